"""Likely HS chapters (and headings) of a document that names no product code.

A lexical match of the document's product words ("hot-rolled coil", "ceramic tiles", "steel")
against product words abridged from the HS chapter and heading descriptions
(`nlp/data/hs_product_terms.json`). Words in the title count most, then the summary, then the
body; multi-word terms count more than single words. Every area carries the terms that
suggested it, so a reader can judge the inference, and is marked inferred wherever it is shown.
"""

from __future__ import annotations

import json
from collections import Counter
from functools import cache, lru_cache
from importlib import resources

from nlp.areas.scope import on_all_goods
from nlp.text.patterns import guarded

# A word is every letter of it, in any script: 'económica' (or its mojibake 'econÃ³mica') is one word, no 'mica'.
WORD = guarded(r"[^\W\d_]+")
BODY_CHARS = 30_000  # the operative part of a notice comes first; annexes add noise
WEIGHTS = {"title": 3.0, "summary": 2.0, "body": 0.5}
BODY_CAP = 5  # a word repeated through a long annex counts at most this often
MIN_SCORE = 2.0
RELATIVE = 0.35  # a chapter is kept when it scores at least this share of the best one
MAX_CHAPTERS = 3
SPECIAL_CHAPTERS = ("98", "99")  # national provisions: they say how, not which goods
# Roles of codes a change names without acting on the goods: the inputs valued in a dumping
# calculation, codes its recitals cite, goods it leaves out or once listed, the old code of a swap or a
# correction (nlp/codes/roles.py).
NOT_ACTED_ON = ("input", "reference", "excluded", "former", "replaced")
MAX_TERM_WORDS = 4  # longer terms are never counted
GENERIC_RANGE_CHAPTERS = 20  # wider than any HS section: "chapters 1 through 97" used generically


@lru_cache(maxsize=1 << 16)  # every word of every body goes through it: most are common words seen before
def singular(word: str) -> str:
    if len(word) <= 3 or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "ses", "oes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") else word


def words(text: str) -> list[str]:
    return [singular(w) for w in WORD.findall(text.lower().replace("-", " "))]


@cache
def _terms() -> dict[str, dict[str, list[tuple[str, ...]]]]:
    data = json.loads(resources.files("nlp").joinpath("data/hs_product_terms.json").read_text("utf-8"))
    return {
        level: {code: [tuple(words(term)) for term in terms] for code, terms in data[level].items()}
        for level in ("chapters", "headings")
    }


@cache
def _term_starts() -> dict[str, dict[tuple[str, ...], int]]:
    """First word of every term -> the terms it starts (scoring reads the counts of terms only)."""
    starts: dict[str, dict[tuple[str, ...], int]] = {}
    for level in _terms().values():
        for terms in level.values():
            for term in terms:
                if 1 <= len(term) <= MAX_TERM_WORDS:
                    starts.setdefault(term[0], {})[term] = len(term)
    return starts


def _ngrams(tokens: list[str]) -> Counter:
    """How often each term (a 1- to 4-word n-gram) occurs in `tokens`; n-grams no term has are not counted."""
    counts: Counter = Counter()
    starts = _term_starts()
    for i, token in enumerate(tokens):
        started = starts.get(token)
        if started is None:  # most words start no term
            continue
        for term, size in started.items():
            if tuple(tokens[i : i + size]) == term:
                counts[term] += 1
    return counts


def _weighted_hits(parts: dict[str, Counter]) -> dict[tuple[str, ...], float]:
    """Each term the parts have, with its hits weighted by part (the same sum, in the same order, for
    every term: terms no part has score nothing and are never looked at)."""
    present = {term for grams in parts.values() for term in grams}
    return {
        term: sum(WEIGHTS[name] * min(grams.get(term, 0), BODY_CAP) for name, grams in parts.items())
        for term in present
    }


@cache
def _term_sets(level: str) -> dict[str, frozenset[tuple[str, ...]]]:
    return {code: frozenset(terms) for code, terms in _terms()[level].items()}


def _score(terms: list[tuple[str, ...]], hits_of: dict[tuple[str, ...], float]) -> tuple[float, list[str]]:
    score, found = 0.0, []
    for term in terms:
        weight = 1.5 if len(term) > 1 else 1.0
        hits = hits_of.get(term, 0)
        if hits:
            score += weight * hits
            found.append(" ".join(term))
    return score, found


def infer_areas(title: str | None, summary: str | None, body: str | None) -> list[dict]:
    """[{code, level ('chapter' | 'heading'), score, terms}] best first; [] when nothing is clear."""
    body = (body or "")[:BODY_CHARS]
    if on_all_goods(body) or on_all_goods(summary or ""):
        summary = body = ""  # a tariff on all goods of an economy: its product words are asides
    parts = {
        "title": _ngrams(words(title or "")),
        "summary": _ngrams(words(summary or "")),
        "body": _ngrams(words(body)),
    }
    hits_of = _weighted_hits(parts)
    chapters, sets = [], _term_sets("chapters")
    for code, terms in _terms()["chapters"].items():
        if hits_of.keys().isdisjoint(sets[code]):
            continue  # no term of the chapter is there: it scores 0, under MIN_SCORE
        score, found = _score(terms, hits_of)
        if score >= MIN_SCORE:
            chapters.append({"code": code, "level": "chapter", "score": round(score, 2), "terms": found})
    if not chapters:
        return []
    best = max(area["score"] for area in chapters)
    chapters = sorted(
        (area for area in chapters if area["score"] >= RELATIVE * best), key=lambda a: (-a["score"], a["code"])
    )[:MAX_CHAPTERS]
    kept = {area["code"] for area in chapters}
    headings, sets = [], _term_sets("headings")
    for code, terms in _terms()["headings"].items():
        if code[:2] in kept and not hits_of.keys().isdisjoint(sets[code]):
            score, found = _score(terms, hits_of)
            if score >= MIN_SCORE:
                headings.append({"code": code, "level": "heading", "score": round(score, 2), "terms": found})
    return chapters + sorted(headings, key=lambda a: (-a["score"], a["code"]))


def is_generic_range(code: dict) -> bool:
    """A range over more than GENERIC_RANGE_CHAPTERS chapters ("chapters 1 through 97") names no goods."""
    low, high = str(code["code"])[:2], str(code.get("code_to") or code["code"])[:2]
    return low.isdigit() and high.isdigit() and int(high) - int(low) + 1 > GENERIC_RANGE_CHAPTERS


def names_product_code(codes: list[dict]) -> bool:
    """Whether a change names a code of the goods themselves (not only chapter 98/99 provisions
    or a generic range over most of the nomenclature)."""
    return any(not str(code["code"]).startswith(SPECIAL_CHAPTERS) and not is_generic_range(code) for code in codes)


def needs_inferred_areas(codes: list[dict]) -> bool:
    """Whether a change's product words should place it too: it names no product code, or only
    chapter 98/99 provisions with at most bare chapters named in their descriptions ("9903.81.90:
    steel derivatives classified in Chapter 73"), which say little about the goods."""
    codes = placing_codes(codes)
    if not names_product_code(codes):
        return True
    specific = [code for code in codes if code.get("level") != "chapter" and not is_generic_range(code)]
    return bool(specific) and all(str(code["code"]).startswith(SPECIAL_CHAPTERS) for code in specific)


def placing_codes(codes: list[dict]) -> list[dict]:
    """The codes that say where a change belongs: those of the goods it acts on when it has any
    (an anti-dumping duty on steel is no energy news because its margin valued electricity)."""
    acted_on = [code for code in codes if (code.get("role") or "covered") not in NOT_ACTED_ON]
    return acted_on or codes


def acted_on_count(codes: list, ranges: list) -> int:
    """How many codes and ranges a change acts on, for its headline ('(63 tariff codes)'): a note that lists 550
    excepted provisions under its 63 covered ones acts on 63 (all of them when it acts on none)."""
    kept_codes = [code for code in codes if (code.role or "covered") not in NOT_ACTED_ON]
    kept_ranges = [item for item in ranges if (item.role or "covered") not in NOT_ACTED_ON]
    if not kept_codes and not kept_ranges:
        kept_codes, kept_ranges = codes, ranges
    return len({code.code for code in kept_codes}) + len(kept_ranges)
