"""An operative summary: who does what to which goods from where, from when, and the operative
sentence it rests on. Built from the extracted facts (measure, rate, countries, dates, codes),
never from the first recital. Words: data/summary.json.

    "Canada imposes a 25% retaliatory surtax on motor vehicles from the United States from
     9 April 2025 (35 tariff codes). Motor vehicles that originate in the United States …"
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from importlib import resources

from nlp.countries.names import display_name
from nlp.text.acting import ActingSentences
from nlp.text.layout import OPERATIVE, Layout

MAX_CHARS = 450
OPENING_CHARS = 20000
OPEN_ENDED = re.compile(r"\b(?:and|or|of|the|to|in|for|on|a|an|by|with|from)$", re.I)
LATER = 1000  # a verb after the measure's words counts as this much further than one before
MAX_EVIDENCE_CHARS = 260
MAX_NAMED_COUNTRIES = 5
START_DATES = ("application_start", "entry_into_force", "effective")
# The measure a summary leads with when a document acts on several.
PRIORITY = (
    "anti_dumping",
    "countervailing",
    "safeguard",
    "retaliation",
    "duty_rate_change",
    "tariff_quota",
    "duty_suspension",
    "preference",
    "remission",
    "sanction",
    "prohibition",
    "exclusion",
    "licensing",
    "sps_tbt",
    "rules_of_origin",
    "nomenclature_change",
    "other",
)
SHORT_NAMES = {
    "CN": "China",
    "RU": "Russia",
    "KR": "South Korea",
    "US": "the United States",
    "GB": "the UK",
    "PH": "the Philippines",
    "EU": "the EU",
}
# What may open a sentence without being part of it: a block label, a short heading, a clause number.
LABEL = re.compile(
    r"^(?:(?:SUMMARY|SUPPLEMENTARY INFORMATION|ACTION|GUIDANCE|BACKGROUND|DATES)\s*:\s*)?"
    r"(?:[A-Z][\w ]{0,40}\.\s+(?=\())?"
    r"(?:\(?\w{1,4}[.)](?!\d)\s*(?:\|\s*)?)?"  # never the '0.' of '0.00%'
)


@dataclass
class Facts:
    """What the summary is made of (all already extracted, with their evidence elsewhere)."""

    text: str
    layout: Layout
    acting: ActingSentences
    jurisdiction: str | None
    title: str | None = None
    title_span: tuple[int, int] | None = None
    measures: list = field(default_factory=list)  # MeasureMention, most acted on first
    rates: list = field(default_factory=list)  # RateMention
    affected: list = field(default_factory=list)  # CountryMention
    dates: list = field(default_factory=list)  # DateMention
    code_count: int = 0


@cache
def _words() -> dict:
    return json.loads(resources.files("nlp").joinpath("data/summary.json").read_text("utf-8"))


def summarise(facts: Facts) -> str:
    """One or two sentences; '' when the document carries nothing to summarise."""
    measures = sorted(facts.measures, key=lambda m: (m.type == "other", -m.hits, PRIORITY.index(m.type)))
    operative = _operative_sentence(facts, measures[0] if measures else None)
    if not measures:
        return _clip(operative or "", MAX_CHARS)
    lead = _lead_sentence(facts, measures, operative or "")
    if operative and operative.lower() not in lead.lower() and not _restates_title(operative, facts.title):
        return _clip(f"{lead} {_clip(operative, MAX_EVIDENCE_CHARS)}", MAX_CHARS)
    return _clip(lead, MAX_CHARS)


def _restates_title(sentence: str, title: str | None) -> bool:
    """A title line taken for the operative sentence ('83 FR 31727 - Shrimp From China: Rescission of …')
    says nothing the lead does not."""
    words = set(re.findall(r"\w+", sentence.lower()))
    return bool(title) and len(words - set(re.findall(r"\w+", title.lower()))) <= max(2, len(words) // 5)


def _lead_sentence(facts: Facts, measures: list, operative: str) -> str:
    words = _words()
    primary = measures[0]
    if primary.type == "exclusion":
        return _exclusion_sentence(facts, measures)
    verb = (
        _title_verb(facts.title, primary.type) or words["measures"][primary.type].get("verb") or _verb(facts, primary)
    )
    parts = [_actor(facts), verb, _measure_phrase(primary.type, _lead_rates(facts), words)]
    goods = _goods(facts.title or "") or _goods(operative)
    if goods:
        parts.append(f"on {goods}")
    if facts.affected:
        parts.append(f"from {_country_list([m.code for m in facts.affected])}")
    start = _start_date(facts.dates)
    if start:
        parts.append(f"from {start}")
    sentence = " ".join(parts)
    if facts.code_count:
        sentence += f" ({facts.code_count} tariff code{'s' if facts.code_count != 1 else ''})"
    others = [words["measures"][m.type]["phrase"] for m in measures[1:3]]
    if others:
        sentence += f"; it also concerns {' and '.join(others)}"
    return sentence + "."


# What a document does to exclusions, in the order the words decide it: an extension notice also
# says 'grant' (of the original exclusions), so 'extend' is read first.
# What is done to exclusions, read from the operative sentence that names them. Only verbs count:
# 'establishing 7 August 2020 as a uniform expiration date for all exclusions granted' grants.
EXCLUSION_VERBS = (
    (re.compile(r"\bextend(?:s|ed|ing)?\b|\bextension\b", re.I), "extends"),
    (re.compile(r"\b(?:revok(?:es?|ed|ing)|terminat(?:es?|ed|ing)|expire[sd]?|no longer)\b", re.I), "ends"),
    (re.compile(r"\breinstat(?:es?|ed|ing)\b", re.I), "reinstates"),
    (re.compile(r"\bgrant(?:s|ed|ing)?\b", re.I), "grants"),
)
EXCLUSION_WORD = re.compile(r"\bexclu(?:sions?|ded|ding)\b", re.I)


EXCLUSION_COUNT = re.compile(r"\b(\d{1,4})\s+(?:product\s+)?exclusions\b", re.I)


def _exclusion_sentence(facts: Facts, measures: list) -> str:
    """'USTR extends product exclusions from the Section 301 duties on China until 29 November 2025':
    what the exclusions are carved out of, whose goods, and until when they run."""
    scope = _operative_text(facts)
    verb = _exclusion_verb(facts)
    base = next((phrase for pattern, phrase in _words()["exclusion_from"] if re.search(pattern, facts.text)), None)
    count = EXCLUSION_COUNT.search(scope)
    parts = [_actor(facts), verb, f"{count.group(1)} product exclusions" if count else "product exclusions"]
    if base:
        parts.append(f"from {base}")
    if facts.affected:
        parts.append(f"on {'goods from ' if not base else ''}{_country_list([m.code for m in facts.affected])}")
    end, start = _first_date(facts.dates, ("application_end",)), _start_date(facts.dates)
    if end and verb in ("extends", "grants", "reinstates"):
        parts.append(f"until {end}")
    elif start:
        parts.append(f"from {start}")
    sentence = " ".join(parts)
    if facts.code_count:
        sentence += f" ({facts.code_count} tariff code{'s' if facts.code_count != 1 else ''})"
    return sentence + "."


def _exclusion_verb(facts: Facts) -> str:
    """The verb of the first operative sentence that acts on exclusions, the one nearest before the word
    'exclusions' (else after it); 'grants' when no sentence says more."""
    for start, end in facts.layout.spans(OPERATIVE - {"annex"}):
        for word in EXCLUSION_WORD.finditer(facts.text, start, end):
            if _in_title(facts, word.start()) or not facts.acting(word.start()):
                continue
            sentence_start, sentence_end = facts.acting.sentence_at(word.start())
            at = word.start() - sentence_start
            sentence = facts.text[sentence_start:sentence_end]
            found = [
                (at - m.start() if m.start() <= at else LATER + m.start() - at, verb)
                for pattern, verb in EXCLUSION_VERBS
                for m in pattern.finditer(sentence)
            ]
            if found:
                return min(found)[1]
    return "grants"


def _operative_text(facts: Facts) -> str:
    """The title and the operative parts: where what the document does is said."""
    spans = facts.layout.spans(OPERATIVE - {"annex"})
    return " ".join([facts.title or ""] + [facts.text[start:end] for start, end in spans])


def _operative_sentence(facts: Facts, primary) -> str | None:
    """The sentence the summary rests on: where the main measure is acted on, else where a new
    rate is set or an affected country named, else the first operative sentence that acts."""
    if primary is not None and primary.where == "operative":
        candidates = [primary.start]
    else:
        candidates = [r.start for r in facts.rates if r.role == "new"] + [c.start for c in facts.affected]
        candidates = sorted(c for c in candidates if facts.layout.is_operative(c) and not _in_title(facts, c))
    for offset in candidates[:1] or _acting_offsets(facts):
        start, end = facts.acting.sentence_at(offset)
        if ACTION_LINE.match(facts.text, start):  # 'ACTION: Notice of …' names the document's kind
            summary_line = SUMMARY_LINE.search(facts.text, end, end + OPENING_CHARS)
            if summary_line is None:
                continue
            start, end = facts.acting.sentence_at(summary_line.end())
        start = max(start, facts.layout.zone_start(offset))  # never a recital before the enacting terms
        if facts.title_span and start < facts.title_span[1] <= offset:
            start = facts.title_span[1]
        sentence = _without_heading(facts.text[start:end])
        if len(sentence) >= 30 and sentence.count("|") <= 1:
            return sentence
    return None


ACTION_LINE = re.compile(r"\s*ACTION\s*:")
SUMMARY_LINE = re.compile(r"^[ \t]*SUMMARY\s*:\s*", re.M)


def _without_heading(passage: str) -> str:
    """The sentence without a heading line above it or a label or clause number before it."""
    lines = passage.strip().split("\n")
    first = lines[0].rstrip()
    heading = len(lines) > 1 and len(first) < 60 and not first.endswith((".", ":", ";", ","))
    if heading and not (lines[1].lstrip()[:1].islower() or OPEN_ENDED.search(first)):  # not a wrapped line
        lines = lines[1:]
    return FOOTNOTE_MARK.sub("", LABEL.sub("", " ".join(" ".join(lines).split())))


# Footnote references as GPO's text prints them ("in question.\7\ At the end"): not words of the sentence.
FOOTNOTE_MARK = re.compile(r"\\\d{1,3}\\")


def _in_title(facts: Facts, offset: int) -> bool:
    return facts.title_span is not None and facts.title_span[0] <= offset < facts.title_span[1]


def _acting_offsets(facts: Facts):
    for start, end in facts.layout.spans(OPERATIVE - {"annex"}):
        for sentence_start, _ in facts.acting.sentences.spans:
            if start <= sentence_start < end and not _in_title(facts, sentence_start) and facts.acting(sentence_start):
                yield sentence_start
                return


def _actor(facts: Facts) -> str:
    """Who acts: told by the title first ('Council Decision …'), else by the opening."""
    actors = _words()["actors"].get(facts.jurisdiction or "", [])
    for place in (facts.title or "", facts.text[:OPENING_CHARS]):
        for cue, actor in actors:
            if cue and re.search(cue, place):
                return actor
    fallback = [actor for cue, actor in actors if not cue]
    if fallback:
        return fallback[0]
    if facts.jurisdiction and len(facts.jurisdiction) == 2:  # 'India', 'The Philippines', never 'IN'
        name = country_name(facts.jurisdiction)
        return name[0].upper() + name[1:]
    return facts.jurisdiction or "The authority"


def _verb(facts: Facts, primary) -> str:
    """The verb acting on the main measure: in its evidence sentence, the known verb nearest
    before the measure's words (else the nearest after)."""
    if primary.where == "legal_basis":
        return "imposes" if facts.rates else "announces"
    if primary.where == "title" and facts.title_span:
        start, end = facts.title_span
    else:
        start, end = facts.acting.sentence_at(primary.start)
        start = max(start, facts.layout.zone_start(primary.start))
    lowered, at = facts.text[start:end].lower(), primary.start - start
    found = [
        (at - m.start() if m.start() <= at else LATER + m.start() - at, verb)
        for pattern, verb in _words()["verbs"]
        for m in re.finditer(pattern, lowered)
    ]
    return min(found)[1] if found else "announces"


def _title_verb(title: str | None, kind: str) -> str | None:
    """What the title says the document does ('…: Rescission of Antidumping Duty Administrative Review',
    'Regulation … amending Regulation … imposing …'): the earliest action named after the title's last
    ': ', else anywhere in it. Not for notices of plain customs changes, whose verb is fixed."""
    if not title or kind in ("other", "nomenclature_change"):
        return None
    action = title.rsplit(": ", 1)[-1]
    found = [
        (m.start(), index, verb)
        for index, (pattern, verb) in enumerate(_words()["title_verbs"])
        if (m := re.search(pattern, action))
    ]
    return min(found)[2] if found else None


def _lead_rates(facts: Facts) -> list:
    """The rates the summary may quote. Rates that all stand in clauses the act restates ("clause 2 is
    amended to read: … 25 percent … 50 percent …") and differ are the earlier measure's, rewritten
    around what the act changes (an exemption for one country, say): quoting their range would say
    the act sets them."""
    restated = [r for r in facts.rates if facts.layout.in_restatement(r.start)]
    if restated and len(restated) == len(facts.rates) and len({(r.value, r.unit) for r in restated}) > 1:
        return []
    return facts.rates


def _measure_phrase(kind: str, rates: list, words: dict) -> str:
    phrase = words["measures"][kind]["phrase"]
    rate = _rate_text(rates)
    if not rate:
        return phrase
    if kind in ("anti_dumping", "countervailing", "duty_rate_change", "safeguard"):
        return f"{phrase} of {rate}"
    if kind == "retaliation":
        surtax = any(r.kind == "surtax" for r in rates)
        return f"a {rate} retaliatory surtax" if surtax else f"{phrase} of {rate}"
    return phrase


def _rate_text(rates: list) -> str | None:
    """'25%', '14.5% to 19.9%', 'USD 25/postal item': the rates the document sets."""
    chosen = [r for r in rates if r.role in ("new", "company_specific", "residual")] or rates
    if not chosen:
        return None
    unit = chosen[0].unit
    values = sorted({r.value for r in chosen if r.unit == unit})
    shown = [_rate(value, unit) for value in (values[0], values[-1])]
    return shown[0] if len(values) == 1 else f"{shown[0]} to {shown[1]}"


def _rate(value, unit: str) -> str:
    number = f"{value:g}" if isinstance(value, float) else str(value)
    if unit == "percent":
        return f"{number}%"
    currency, _, per = unit.partition("/")
    return f"{currency} {number}/{per}" if per else f"{number} {unit}"


def _goods(sentence: str) -> str | None:
    for pattern in _words()["goods"]:
        match = re.search(pattern, sentence)
        if match:
            goods = " ".join(match.group("goods").split()).strip(" ,")
            if len(goods.split()) <= 12 and not re.search(
                r"\b(?:duty|duties|tariff|surtax|rate|measures?|preferences?|imports?|exports?|exclusions?|"
                r"consumption|warehouse|entered|withdrawn)\b",
                goods,
                re.I,
            ):  # 'seasonal preferences on imports from …' names the measure, 'entered for consumption' the entry
                return _sentence_case(goods)
    return None


def _sentence_case(goods: str) -> str:
    """'Hardwood Plywood' (from a title) -> 'hardwood plywood'; acronyms stay as written."""
    words = goods.split()
    if all(w[:1].isupper() for w in words if w.isalpha() and len(w) > 3):
        return " ".join(w if w.isupper() and len(w) > 1 else w.lower() for w in words)
    return goods[0].lower() + goods[1:] if goods[1:2].islower() else goods


def _country_list(codes: list[str]) -> str:
    if len(codes) > MAX_NAMED_COUNTRIES:
        return f"{len(codes)} countries"
    shown = [country_name(code) for code in codes]
    return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " and " + shown[-1]


def country_name(code: str) -> str:
    return SHORT_NAMES.get(code) or display_name(code)


def _start_date(dates: list) -> str | None:
    return _first_date(dates, START_DATES)


def _first_date(dates: list, kinds: tuple[str, ...]) -> str | None:
    """'29 November 2025': the first date of the first of `kinds` the document has; for an end,
    the latest (an extension's new end comes after the ends it replaces)."""
    for kind in kinds:
        found = sorted(mention.date for mention in dates if mention.type == kind)
        if found:
            day = date.fromisoformat(found[-1] if kind == "application_end" else found[0])
            return f"{day.day} {day:%B %Y}"
    return None


def _clip(sentence: str, limit: int) -> str:
    sentence = sentence.strip()
    if len(sentence) <= limit:
        return sentence
    return sentence[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"
