"""A country named as the one an action is taken against ('further actions to be taken against Ruritania’s unfair
technology transfer practices', 'measures against Ruritania'): the country whose goods the action targets, though the
report's sentence only recounts the action."""

from __future__ import annotations

import re
from functools import cache

from nlp.countries.cue_data import cue_data
from nlp.text.patterns import guarded
from nlp.text.prefilter import may_occur, scan_gated

AGAINST_BEFORE = guarded(
    r"\b(?:actions?|measures?|countermeasures?|tariffs?|dut(?:y|ies))\s+(?:(?:to\s+be|being|were|was|been)\s+)?"
    r"(?:taken\s+|directed\s+|imposed\s+)?against\s+(?:the\s+)?$",
    re.I,
)
REACH = 80


def named_as_the_target(text: str, start: int) -> bool:
    return "against" in text[max(0, start - REACH) : start] and bool(
        AGAINST_BEFORE.search(text, max(0, start - REACH), start)
    )


# A quota program named for the goods of its countries ('Absolute Quota for Steel Mill Articles of Ruritania,
# Freedonia, and Sylvania', 'Tariff Rate Quota for Steel Mill Articles of Japan or the United Kingdom', 'Absolute Quota
# for Steel Mill Articles: Ruritania and Freedonia', a bulletin's title 'Absolute Quota Steel Mill Articles of
# Ruritania'): the countries whose goods the quota admits, though a relay or a bulletin list only names the program.
# A program's name is capitalised: 'may establish a tariff-rate quota for widgets of Ruritania' is a power, no name.
QUOTA_OF_BEFORE = guarded(
    r"\b(?:Quotas?|QUOTAS?|TRQs?)\s+(?:(?i:for|on)\s+|(?=[A-Z]))[^.;:\n]{0,60}?(?:\b(?i:of|from)|:)\s+"
    r"(?:(?i:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+))*"
    r"(?i:the\s+)?$"
)
QUOTA_REACH = 160


def named_in_a_quota_program(text: str, start: int) -> bool:
    before = text[max(0, start - QUOTA_REACH) : start]
    return ("uota" in before or "UOTA" in before or "TRQ" in before) and bool(QUOTA_OF_BEFORE.search(before))


# An origin named with the rate its goods pay ('Goods of Ruritania, including …, continue to be subject to the 10%
# reciprocal tariff under heading 9903.01.25', 'products of Freedonia remain subject to a 20 percent duty'): rated on
# its own, it is affected though the sentence only restates the rate (round 20 conventions); not an origin that
# 'is no longer' or 'is not' subject to it (an exception)
GOODS_OF_BEFORE = guarded(r"\b(?:goods|products|articles|imports)\s+(?:of|from|originating\s+in)\s+(?:the\s+)?$", re.I)
OWN_RATE_AFTER = re.compile(
    r"[^.;]{0,80}?\b(?:continues?\s+to\s+be|remains?|(?<!not )(?:are|is)\s+still)\s+subject\s+to\s+(?:the|an|a)\s+"
    r"(?:additional\s+)?\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)(?!\w)[^.;]{0,40}?\b(?:tariffs?|dut(?:y|ies)|rates?)\b",
    re.I,
)
GOODS_REACH = 30


def named_with_its_own_rate(text: str, start: int, end: int) -> bool:
    return bool(GOODS_OF_BEFORE.search(text, max(0, start - GOODS_REACH), start)) and bool(
        OWN_RATE_AFTER.match(text, end)
    )


# A proclamation's recital in which the President decides what the proclamation does for an origin's goods ('I have
# determined that it is necessary … to provide duty-free access … for specified quantities of certain agricultural
# products of Ruritania', '… a technical correction … is necessary to provide for the intended tariff treatment …
# to originating goods of Freedonia'): the goods the act favours, though the operative clause names only the agreement.
# Not a determination that spares them ('… imports of steel from Ruritania do not threaten to impair the national
# security, and I have decided to exclude products of Ruritania from the tariff'): an exception, not a target.
DETERMINED_OPENING = r"\bI\s+(?:have\s+)?(?:also\s+)?determined\s+that"
DETERMINED = re.compile(rf"{DETERMINED_OPENING}\b")
# every DETERMINED match in a part of the text is this one's in the whole text, at the same place (its opening '\b'
# reads the character before the part; only the closing one can read the part's end as the text's)
# registered with the text's scan: it opens with '\b', so the engine tries it at every position of a text without one
ANY_DETERMINATION = scan_gated(re.compile(DETERMINED_OPENING))
SPARING = re.compile(
    r"\b(?:(?:do|does|did|would|will)\s+not|no\s+longer|exclud(?:e|es|ed|ing)|exempt(?:s|ed|ing)?|exemptions?)\b", re.I
)


def may_hold_a_determination(text: str) -> bool:
    """Whether any part of the text can hold a determination (one search of the text: most texts have none, and
    their recitals' names need not be read)."""
    return may_occur(ANY_DETERMINATION, text) and ANY_DETERMINATION.search(text) is not None


def goods_in_a_determination(text: str, start: int, sentence: tuple[int, int]) -> bool:
    determined = DETERMINED.search(text, sentence[0], start)
    return (
        bool(GOODS_OF_BEFORE.search(text, max(0, start - GOODS_REACH), start))
        and determined is not None
        and not SPARING.search(text, determined.end(), sentence[1])
    )


# Canada's tariff treatments named for a partner ('goods entitled to the Peru Tariff, the Colombia Tariff or the Panama
# Tariff'): each partner is a country whose goods the treatment favours, in a sentence that need not act (a schedule's
# quota condition, a flattened table's cell); the patterns are cues.json's tariff_treatment_*.
TREATMENT_REACH = 200  # a list of treatments before the one named ('the Peru Tariff, the Colombia Tariff or the …')
SENTENCE_STOP = re.compile(r"\.(?:\s|$)|\n")


@cache
def _treatment_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    data = cue_data()
    return (
        guarded(data["tariff_treatment_entitled"], re.I),
        re.compile(data["tariff_treatment_name"]),
        re.compile(data["tariff_treatment_left_alone"], re.I),
    )


def named_for_its_tariff_treatment(text: str, start: int) -> bool:
    reach = max(0, start - TREATMENT_REACH)
    if "entitled" not in text[reach:start]:
        return False
    entitled, name, left_alone = _treatment_patterns()
    if not (entitled.search(text, reach, start) and name.match(text, start)):
        return False
    return not left_alone.search(text, _sentence_start(text, start), _sentence_end(text, start))


def _sentence_start(text: str, offset: int) -> int:
    stops = [text.rfind("\n", 0, offset), text.rfind(". ", 0, offset)]
    return max(stops) + 1


def _sentence_end(text: str, offset: int) -> int:
    stop = SENTENCE_STOP.search(text, offset)
    return stop.start() if stop else len(text)
