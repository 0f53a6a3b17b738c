"""An operative summary: who does what to which goods from where, from when, and the operative
sentence it rests on. Built from the extracted facts (measure, rate, countries, dates, codes),
never from the first recital. Words: data/summary.json.

    "Canada imposes a 25% retaliatory surtax on motor vehicles from the United States from
     9 April 2025 (25 tariff codes). Motor vehicles that originate in the United States …"
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from importlib import resources

from nlp.countries.names import names
from nlp.text.sentences import Sentences

MAX_CHARS = 420
MAX_EVIDENCE_CHARS = 240
MAX_NAMED_COUNTRIES = 5
START_DATES = ("application_start", "entry_into_force", "effective")
NOISE = re.compile(r"^\W*(?:for further information|agency|dates|summary|action|addresses|see\b|\\\d+\\)", re.I)


@dataclass
class Facts:
    """What the summary is made of (all already extracted, with their evidence elsewhere)."""

    text: str
    sentences: Sentences
    jurisdiction: str | None
    title: str | None = None
    measures: list = field(default_factory=list)  # MeasureMention, most acted on first
    rates: list = field(default_factory=list)  # RateMention
    affected: list[str] = field(default_factory=list)  # ISO codes
    dates: list = field(default_factory=list)  # DateMention
    code_count: int = 0
    operative_start: int | None = None  # first offset of the operative part, for a fallback sentence


@cache
def _words() -> dict:
    return json.loads(resources.files("nlp").joinpath("data/summary.json").read_text("utf-8"))


def summarise(facts: Facts) -> str:
    """One or two sentences; '' when the document carries no fact to summarise."""
    evidence = _evidence_sentence(facts)
    if not facts.measures:
        return _clip(evidence or "", MAX_CHARS)
    lead = _lead_sentence(facts, evidence or "")
    if evidence and _adds_to(lead, evidence):
        return _clip(f"{lead} {_clip(evidence, MAX_EVIDENCE_CHARS)}", MAX_CHARS)
    return _clip(lead, MAX_CHARS)


def _lead_sentence(facts: Facts, evidence: str) -> str:
    words = _words()
    primary = facts.measures[0]
    verb = _verb(evidence)
    phrase = _measure_phrase(primary.type, facts.rates, words)
    parts = [_actor(facts), verb, phrase]
    goods = _goods(evidence) or _goods(facts.title or "")
    if goods:
        parts.append(f"on {goods}")
    if facts.affected:
        parts.append(f"from {_country_list(facts.affected)}")
    start = _start_date(facts.dates)
    if start:
        parts.append(f"from {start}")
    sentence = " ".join(part for part in parts if part)
    if facts.code_count:
        sentence += f" ({facts.code_count} tariff code{'s' if facts.code_count != 1 else ''})"
    others = [words["measures"][m.type] for m in facts.measures[1:3]]
    if others:
        sentence += f"; it also concerns {' and '.join(others)}"
    return sentence + "."


def _actor(facts: Facts) -> str:
    opening = facts.text[:3000]
    for cue, actor in _words()["actors"].get(facts.jurisdiction or "", [["", "The authority"]]):
        if not cue or re.search(cue, opening, re.M):
            return actor
    return f"{facts.jurisdiction}" if facts.jurisdiction else "The authority"


def _verb(sentence: str) -> str:
    lowered = sentence.lower()
    for pattern, verb in _words()["verbs"]:
        if re.search(pattern, lowered):
            return verb
    return "announces"


def _measure_phrase(kind: str, rates: list, words: dict) -> str:
    phrase = words["measures"][kind]
    rate = _rate_text(rates)
    if not rate:
        return phrase
    if kind in ("anti_dumping", "countervailing", "duty_rate_change", "safeguard"):
        return f"{phrase} of {rate}"
    if kind == "retaliation":
        return f"a {rate} retaliatory surtax"
    return phrase


def _rate_text(rates: list) -> str | None:
    chosen = [r for r in rates if r.role in ("new", "company_specific", "residual")] or rates
    if not chosen:
        return None
    unit = chosen[0].unit
    values = sorted({r.value for r in chosen if r.unit == unit})
    shown = [_number(v) + ("%" if unit == "percent" else "") for v in (values[0], values[-1])]
    suffix = (
        "" if unit == "percent" else f" {unit.split('/')[0]}/{unit.split('/', 1)[1]}" if "/" in unit else f" {unit}"
    )
    if unit != "percent":
        shown = [f"{unit.split('/')[0]} {_number(v)}/{unit.split('/', 1)[1]}" for v in (values[0], values[-1])]
        suffix = ""
    return (shown[0] if len(values) == 1 else f"{shown[0]} to {shown[1]}") + suffix


def _number(value) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def _goods(sentence: str) -> str | None:
    for pattern in _words()["goods"]:
        match = re.search(pattern, sentence)
        if match:
            goods = " ".join(match.group("goods").split()).strip(" ,")
            if len(goods.split()) <= 14 and not re.search(r"\b(?:duty|duties|tariff|surtax|rate)\b", goods, re.I):
                return goods[0].lower() + goods[1:] if goods[:2].istitle() else goods
    return None


def _country_list(codes: list[str]) -> str:
    if len(codes) > MAX_NAMED_COUNTRIES:
        return f"{len(codes)} countries"
    shown = [_country_name(code) for code in codes]
    return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " and " + shown[-1]


@cache
def _country_name(code: str) -> str:
    preferred = {
        "CN": "China",
        "RU": "Russia",
        "KR": "South Korea",
        "US": "the United States",
        "GB": "the UK",
        "EU": "the EU",
        "TR": "Türkiye",
        "TW": "Taiwan",
        "IR": "Iran",
        "VN": "Vietnam",
        "LA": "Laos",
    }
    if code in preferred:
        return preferred[code]
    candidates = [name for name, value in names().items() if value == code and "," not in name]
    return min(candidates, key=len).title() if candidates else code


def _start_date(dates: list) -> str | None:
    for kind in START_DATES:
        for mention in dates:
            if mention.type == kind:
                day = date.fromisoformat(mention.date)
                return f"{day.day} {day:%B %Y}"
    return None


def _evidence_sentence(facts: Facts) -> str | None:
    """The operative sentence of the main measure (its evidence), else the first operative one."""
    offset = facts.measures[0].start if facts.measures and facts.measures[0].text else facts.operative_start
    if offset is None:
        return None
    for start, end in facts.sentences.spans:
        if end <= offset:
            continue
        sentence = " ".join(facts.text[start:end].split())
        if len(sentence) >= 40 and not NOISE.match(sentence) and sentence.count("|") <= 1:
            return _without_label(sentence)
        if start > offset + 2000:
            break
    return None


def _without_label(sentence: str) -> str:
    return re.sub(r"^(?:SUMMARY|ACTION|GUIDANCE|BACKGROUND)\s*:\s*", "", sentence)


def _adds_to(lead: str, evidence: str) -> bool:
    return evidence.lower() not in lead.lower()


def _clip(sentence: str, limit: int) -> str:
    sentence = sentence.strip()
    if len(sentence) <= limit:
        return sentence
    cut = sentence[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"
