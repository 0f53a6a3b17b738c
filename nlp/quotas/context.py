"""Whether an amount beside a quota word is a quota volume: the context that names it one (a ceiling, a sentence
referring back, a bulletin's block, a quantity field) and the shapes that are none (an increment beside its total, a
rate per unit, a unit in the next row, a side of an equation)."""

from __future__ import annotations

import json
import re
from functools import cache, lru_cache
from importlib import resources

from nlp.text.sentences import Sentences
from nlp.text.tables import line_at

# A quantity capped by the amount right after it ('the total quantity of such goods exported through the said stations,
# taken collectively, shall not exceed one thousand metric tonnes'): a ceiling, however the copy's lines part its words.
CEILING_BEFORE = re.compile(r"\bquantit(?:y|ies)\b[^;:]*?\b(?:shall|will|may|does|do)\s+not\s+exceed\s+$")
CEILING_REACH = 300

# The sentence after a volume may name it a quota by referring back to it ('It has been determined that 15,000,000
# kilograms of tuna may be entered … at the rate of 6.0 percent. Any such tuna … in excess of this quota will be
# dutiable at …'): its quota word counts only in such a reference.
REFERS_BACK = re.compile(r"\b(?:this|that|such|the\s+said)\s+(?:tariff[- ]rate\s+|in-quota\s+)?quota\b")


def referring_sentence(lowered: str, sentences: Sentences, sentence_end: int) -> str:
    if sentence_end >= len(lowered):
        return ""
    start, end = sentences.around(min(len(lowered) - 1, sentence_end + 1))
    match = REFERS_BACK.search(lowered, start, end)
    return match.group() if match else ""


# A hedged change of a quantity is a statistic, not a volume the act sets ('imports increased by approximately 1.5
# million metric tons'); an act's own change is exact ('the in-quota quantity will be increased by 80,000 metric tons').
CHANGED_BY = re.compile(
    r"\b(?:increas|decreas|declin|ris|rose|fell|fall|grew|grow|drop|jump|surg)\w*\s+by\s+"
    r"(?:approximately|about|around|roughly|nearly|almost|some|over|more\s+than|less\s+than)\s+$"
)
# A quantity dated by a past year in a sentence telling a trend ('Australian production of FSS … declined 12 percent
# from 744,000 mt in 2023 to 659,000 mt in 2024', 'imports rose from 120,500 tonnes in 2028 to …') is a statistic,
# when the sentence names no quota itself: a quota word of the sentence before ('this sustained import volume') does
# not make it one. A quota's own change between years names its quota ('the quota volume will be increased from …').
TREND_VERB = re.compile(
    r"\b(?:increas|decreas|declin|ris(?:e|es|en|ing)\b|rose\b|fell\b|fall|grew\b|grow|drop|jump|surg|climb|slump)\w*"
)
DATED_BY_A_YEAR = re.compile(r"\s+in\s+(?:19|20)\d\d\b")


def a_statistic_over_years(lowered: str, match: re.Match, sentence: tuple[int, int], quota_words: re.Pattern) -> bool:
    if not DATED_BY_A_YEAR.match(lowered, match.end()):
        return False
    return bool(TREND_VERB.search(lowered, *sentence)) and not quota_words.search(lowered, *sentence)


# A change stated with the total it makes ('an increase to the limit (10,300,000 kg) by 5,000,000 kilograms, making the
# new limit 15,300,000 kg'): the total is the quota volume, the step is none (a change stated alone stays a volume:
# 'the in-quota quantity will be increased by 80,000 metric tons').
CHANGE_BY = re.compile(r"\b(?:increas|rais|reduc|decreas|lower|cut|expand|enlarg)\w*\b[^.;]{0,120}?\bby\s+$")
TOTAL_AFTER = re.compile(
    r"[^.;]{0,40}?\b(?:making|bringing|for\s+a\s+(?:new\s+)?total\s+of|to\s+a\s+(?:new\s+)?total\s+of|resulting\s+in"
    r"|which\s+(?:makes|brings))\b[^.;]{0,60}?\d"
)
INCREMENT_REACH = 160


# A change stated by its step ('a temporary increase of 15,000 tonnes', 'eine Erhöhung um 8000 t', 'um 8000 t erhöht'),
# in a sentence that also states a volume that is no step (the one before or after: 'pour être porté de 4000 t à
# 6500 t', 'est passé de 6500 t à 21 500 t'): the step is none. A step stated alone stays a volume ('the in-quota
# quantity will be increased by 80,000 metric tons'). The step words of each language: data/quotas.json 'quota_steps'.
@cache
def _steps() -> dict[str, re.Pattern]:
    data = json.loads(resources.files("nlp").joinpath("data/quotas.json").read_text("utf-8"))["quota_steps"]
    return {
        "before": re.compile(rf"(?:{'|'.join(data['before'])})\s+$"),
        "um_before": re.compile(rf"{data['um_before']}\s+$"),
        "verb_after": re.compile(data["verb_after"]),
    }


def a_step_beside_a_volume(lowered: str, match: re.Match, sentence: tuple[int, int], amounts: re.Pattern) -> bool:
    return _a_step(lowered, match, sentence[0]) and _holds_a_volume(lowered, *sentence, amounts)


@lru_cache(maxsize=32)
def _holds_a_volume(lowered: str, sentence_start: int, sentence_end: int, amounts: re.Pattern) -> bool:
    """Whether the sentence states an amount that is no step: once a sentence, not once an amount (a quota table read
    as one sentence holds hundreds of amounts). The text's hash is computed once and kept by the string."""
    return any(
        not _a_step(lowered, other, sentence_start) for other in amounts.finditer(lowered, sentence_start, sentence_end)
    )


def _a_step(lowered: str, match: re.Match, sentence_start: int) -> bool:
    steps, start = _steps(), match.start()
    window = max(sentence_start, start - INCREMENT_REACH), start
    if steps["before"].search(lowered, *window):
        return True
    # German 'um 8000 t erhöht': 'um' alone is everyday ('es handelt sich um 12 000 t'), the verb after makes it a step
    return bool(steps["um_before"].search(lowered, *window)) and bool(steps["verb_after"].match(lowered, match.end()))


# Korean states a change by its amount before the verb ('3만8000t 더 늘리기로', '6000t 늘어나고'); the total it makes
# takes the particle of a target ('2만4810t으로'): the amount right before the verb is the step, not a volume.
KOREAN_STEP = re.compile(r"\s*(?:더\s*)?(?:늘|증가|증량|확대|감소|감량|줄|축소)")


def an_increment_beside_its_total(lowered: str, match: re.Match) -> bool:
    if KOREAN_STEP.match(lowered, match.end()):
        return True
    before = lowered[max(0, match.start() - INCREMENT_REACH) : match.start()]
    return bool(CHANGE_BY.search(before)) and bool(TOTAL_AFTER.match(lowered, match.end()))


# A list's lead-in ends with a colon ('The in-quota quantity for the sugar-related quotas are as follows:' / 'Raw cane
# sugar: …;' / 'Refined sugar: 232,000 MTRV;'): its quota word names every item of the list, however far down.
LEAD_IN_LINES = 12
LIST_ITEM_MAX = 160


def list_lead_in(lowered: str, start: int) -> str:
    """The colon-ended line that opens the list `start` stands in, when every line between is a short item."""
    line_start = lowered.rfind("\n", 0, start) + 1
    for _ in range(LEAD_IN_LINES):
        if line_start == 0:
            return ""
        above_start = lowered.rfind("\n", 0, line_start - 1) + 1
        above = lowered[above_start : line_start - 1].strip()
        if above.endswith(":"):
            return above
        if len(above) > LIST_ITEM_MAX:
            return ""
        line_start = above_start
    return ""


# A CBP quota bulletin's fields: 'QUOTA PERIOD' heads it, 'REPORTING INSTRUCTIONS' follow its volumes; a volume between
# them is the bulletin's limit, however its table rows or headings ('CHAPTER 99, … U.S. NOTE 4') part it from its label.
BULLETIN_START = re.compile(r"^[ \t]*quota[ \t]+period[ \t]*:?[ \t]*$", re.M)
BULLETIN_END = re.compile(r"^[ \t]*reporting[ \t]+instructions\b", re.M)


def in_a_bulletin(lowered: str, match: re.Match) -> bool:
    start = BULLETIN_START.search(lowered, 0, match.start()) if "quota period" in lowered else None
    return start is not None and not BULLETIN_END.search(lowered, start.end(), match.start())


# The base a specific duty is charged on, not a volume ('6 Franken je 100 kg brutto', 'EUR 12 per 100 kg').
PER_BASE = re.compile(r"(?:\b(?:per|je|pro|par|por|за)|/)\s*$")


# A quota sheet's quantity field ('Menge 4000000 kg', 'Quantity: 3 000 tonnes'): the sheet's other fields name the quota
# ('Zollkontingentszeitraum', 'Quota period'). A quota opened for part of its year states the share of the annual
# volume it prints ('Quantity | 7/12 of 1 000 000 kg', 'Menge | 5/12 von ...'): the figure is still the field's.
QUANTITY_FIELD = re.compile(
    r"[ \t]*(?:quantity|volume|quantité|menge|cantidad|quantità|hoeveelheid|ilość)[ \t]*[:|]?[ \t]*"
    r"(?:\d{1,2}/\d{1,2}[ \t]+(?:of|de|du|von|di|del|van)[ \t]+)?$"
)
FIELD_LINES = 4


def quota_field(lowered: str, start: int, words: dict) -> bool:
    line_start = lowered.rfind("\n", 0, start) + 1
    if not QUANTITY_FIELD.match(lowered, line_start, start):
        return False
    above = line_start
    for _ in range(FIELD_LINES):
        above = lowered.rfind("\n", 0, max(0, above - 1)) + 1
    below = start
    for _ in range(FIELD_LINES):
        below = lowered.find("\n", below + 1) if lowered.find("\n", below + 1) >= 0 else len(lowered)
    return bool(words["quota"].search(lowered, above, below))


def unit_in_the_next_row(text: str, match: re.Match) -> bool:
    """A row's last cell ('Trucks | 340') followed by the next row's first ('Cars | 2500'): a wrapped line of
    prose may part a figure from its unit, a table row may not."""
    between = text[match.end("value") : match.start("unit")]
    return "\n" in between and "|" in text[line_at(text, match.start())[0] : match.start()]


def in_an_equation(lowered: str, match: re.Match) -> bool:
    """Either side of a unit conversion ('conversion factor: 1 metric ton = 1.10231125 short tons') is no volume."""
    before = lowered[max(0, match.start() - 3) : match.start()]
    after = lowered[match.end() : match.end() + 3]
    return before.rstrip().endswith("=") or after.lstrip().startswith("=")
