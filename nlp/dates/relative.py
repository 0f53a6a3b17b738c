"""Dates the text gives relative to another date of the same document, resolved and marked derived.

"the twentieth day following that of its publication", "30 days after the date of this
proclamation", "on the day on which it is registered", "the day before the entry into force of
this Regulation", "ending five years after the day on which this Order comes into force".
Patterns live in nlp/data/date_rules.*.yaml; each is searched only around the words it needs
(day, date, year...), which keeps the search linear in the text.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from nlp.dates.number_words import number_value, ordinal_value
from nlp.dates.rules import DateRules, RelativeRule
from nlp.text.lowered import LoweredSpans
from nlp.text.patterns import guarded
from nlp.text.prefilter import may_occur, scan_gated

# The words every relative phrase has; the patterns are tried only around them.
CUE_SOURCE = (
    r"\b(?:days?|weeks?|months?|years?)\s+(?:after|following|from|of|before|preceding|prior)\b|\banniversary\b"
    r"|\b(?:next|following)\s+day\b|\bon\s+which\s+(?:it|they|th(?:is|ese)\s+\w+)\s+(?:is|are|comes?|enters?)\b|\b(?:date|day)\s+of\s+(?:its|their|this|publication|promulgation|issue|signing|signature)\b|\bending\s+on\s+the\s+coming\b"
    r"|\bjour\s+(?:suivant|de|même)\b|\blendemain\b|\bTag\s+(?:nach|ihrer|seiner)\b"
    r"|\bpublica(?:ci[óo]n|[çc][ãa]o)\b|\bd[íi]as?\s+(?:siguiente|seguinte|h[áa]biles|[úu]teis|despu[ée]s|ap[óo]s|contados)\b"
    # Vietnamese "kể từ ngày ký", Malay/Indonesian "pada tanggal diundangkan", Turkish "yayımı tarihinde"
    r"|\bngày\s+(?:ký|ban\s+hành|đăng|công\s+bố)|\b(?:tanggal|tarikh)\s+(?:ia\s+)?di\w+|\byayım(?:ı|landığı)\s+tarih"
    # Russian "по истечении 30 календарных дней с даты его официального опубликования"
    r"|\bопубликования\b|\bопублікування\b"
    # Norwegian, Danish, Swedish "trer i kraft straks" (in force at once)
    r"|\bi\s+kraft\s+(?:straks|umiddelbart|omedelbart|med\s+det\s+samme)\b"
    # Icelandic "öðlast þegar gildi" (enters into force at once)
    r"|\b(?:öðlast|tekur)\s+þegar\s+gildi\b"
)
CUE = guarded(CUE_SOURCE, re.I)
CUE_BEFORE, CUE_AFTER = 120, 220
_ENGLISH_AND_COMMON_CUES = LoweredSpans(CUE)


@cache
def _cue_spans(rules: DateRules) -> LoweredSpans:
    """The cue words above and those the rule files list (`relative_cues`), one pattern."""
    cues = _joined_file_cues(rules)
    return LoweredSpans(guarded(f"{CUE_SOURCE}|{cues}", re.I)) if cues else _ENGLISH_AND_COMMON_CUES


def _joined_file_cues(rules: DateRules) -> str:
    return "|".join(f"(?:{cue})" for cue in rules.relative_cues)


@cache
def _file_cues(rules: DateRules) -> re.Pattern | None:
    cues = _joined_file_cues(rules)
    return scan_gated(guarded(cues, re.I)) if cues else None


def _cue_spans_for(text: str, rules: DateRules) -> LoweredSpans:
    """The joined pattern only where a rule file's cue occurs: joined, the two dozen languages' cues take the
    engine's skip-ahead from the whole scan (eight times slower); without them it finds what the cues above find."""
    file_cues = _file_cues(rules)
    if file_cues is None or not may_occur(file_cues, text) or not file_cues.search(text):
        return _ENGLISH_AND_COMMON_CUES
    return _cue_spans(rules)


@dataclass(frozen=True)
class RelativePhrase:
    start: int
    end: int
    text: str
    anchor: str  # publication, document_date, registration, entry_into_force
    unit: str  # days, weeks, months, years
    count: int
    kind: str | None = None  # its type, when the phrase says it itself
    period_length: bool = False  # the length of a period: it ends the day before the date counted (PERIOD_LENGTH)


def find_relative(text: str, rules: DateRules) -> list[RelativePhrase]:
    """Every relative date phrase, the longest where two overlap."""
    phrases: dict[tuple[int, int], RelativePhrase] = {}
    for match, rule in _matches(text, rules):
        phrase = _phrase(match, rule, rules)
        if phrase is not None:
            phrases.setdefault((phrase.start, phrase.end), phrase)
    kept: list[RelativePhrase] = []
    for phrase in sorted(phrases.values(), key=lambda p: (p.start, -p.end)):
        if kept and phrase.start < kept[-1].end:
            continue  # inside a longer phrase already kept
        kept.append(phrase)
    return kept


def _matches(text: str, rules: DateRules) -> Iterator[tuple[re.Match, RelativeRule]]:
    needed = rules.needed_words("relative")
    for window_start, window_end in _windows(text, _cue_spans_for(text, rules)):
        for index in needed.possible(text[window_start:window_end]):  # the rules whose words are there
            rule = rules.relative[index]
            for match in rule.pattern.finditer(text, window_start, window_end):
                yield match, rule


def _windows(text: str, cue_spans: LoweredSpans) -> Iterator[tuple[int, int]]:
    """Disjoint stretches around the cue words, overlapping windows merged."""
    current = None
    for cue_start, cue_end in cue_spans.spans(text):  # found in the lower-cased text where that is exact
        start, end = max(0, cue_start - CUE_BEFORE), min(len(text), cue_end + CUE_AFTER)
        if current and start <= current[1]:
            current = (current[0], end)
            continue
        if current:
            yield current
        current = (start, end)
    if current:
        yield current


def _phrase(match: re.Match, rule: RelativeRule, rules: DateRules) -> RelativePhrase | None:
    groups = match.groupdict()
    anchor = rules.anchor_kind(groups.get("anchor") or "")
    if anchor is None:
        return None
    unit = rule.unit or _unit(groups.get("unit") or "days", rules)
    if rule.count is not None:
        count = rule.count
    elif groups.get("count"):
        count = number_value(groups["count"])
    elif groups.get("ordinal"):
        count = ordinal_value(groups["ordinal"])
    else:
        count = 1
    if count is None:
        return None
    count, length = rule.sign * count, _period_length(match, unit, rule.sign)
    return RelativePhrase(match.start(), match.end(), match.group(0), anchor, unit, count, rule.kind, length)


# A period's length counted from a day of the act: "shall not be operative for a period of 3 years from date of
# publication in the gazette", "for a period of six months from the date of this notification". The period's last day
# is the day before the anniversary, its end (as "for a period of five years from <date>", durations in the rules;
# "for a period of 200 days from the date of publication": the 200th day, the day before the date counted),
# where the clause makes it a date of the measure (a grace period to invoke old rulings stays `other`).
PERIOD_LENGTH = re.compile(r"\bfor\s+(?:a|the)\s+(?:further\s+)?period\s+of\s*$", re.I)
PERIOD_LEAD_CHARS = 40
# a licence or certificate 'valid for a period of 60 days from the date of issue': the paper's life, no measure's end
PAPER_VALIDITY = re.compile(
    r"\b(?:licen[cs]es?|certificates?|permits?)\b[^.;]{0,80}\bvalid\s+for\s+(?:a|the)\s+period\s+of\s*$", re.I
)
PAPER_LEAD_CHARS = 160


def _period_length(match: re.Match, unit: str, sign: int) -> bool:
    if sign < 0 or unit not in ("years", "months", "weeks", "days"):
        return False
    if PAPER_VALIDITY.search(match.string, max(0, match.start() - PAPER_LEAD_CHARS), match.start()):
        return False
    return PERIOD_LENGTH.search(match.string, max(0, match.start() - PERIOD_LEAD_CHARS), match.start()) is not None


def _unit(word: str, rules: DateRules) -> str:
    """days, weeks, months or years; other languages' unit words by their yaml `units` ("gün", "hari")."""
    word = word.lower()
    if word in rules.units:
        return rules.units[word]
    return word if word.endswith("s") else word + "s"


def resolve(phrase: RelativePhrase, anchors: dict[str, date]) -> date | None:
    base = anchors.get(phrase.anchor)
    if base is None:
        return None
    try:
        if phrase.unit == "days":
            return base + timedelta(days=phrase.count)
        if phrase.unit == "weeks":
            return base + timedelta(weeks=phrase.count)
        if phrase.unit == "month_starts":  # "the first day of the month following ...": the next month's first day
            return _add_months(base.replace(day=1), phrase.count)
        months = phrase.count * (12 if phrase.unit == "years" else 1)
        return _add_months(base, months)
    except (OverflowError, ValueError):
        return None


def _add_months(base: date, months: int) -> date:
    index = base.year * 12 + base.month - 1 + months
    year, month = divmod(index, 12)
    day = min(base.day, calendar.monthrange(year, month + 1)[1])
    return date(year, month + 1, day)
