"""Rates as acts word them rather than as figures with a percent sign: round rates in words ('shall be zero percent',
'twenty-five per cent', 'cero por ciento'), 'Free' as a schedule row's rate and 'free of duty' as one end of a
change, a zero rate in words ('quotas … at zero duty rates', 'auf 0 festgelegt'), and amounts whose unit the duty's
name gave before them ('the per postal item duty … from 25 dollars to 75 dollars'). Each reader yields (value, start,
end, unit, kind hint) candidates, judged by nlp/rates/finder.py. Also what a currency sign stands for in the act's
country ('$', a cent, 'Rs.'), and where the words bearing on a figure begin (after a tier's condition, after the
duty's name; at the amount when it is a compound duty's floor)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from nlp.rates.cells import introduced_row
from nlp.text.numbers import SPELLED, parse_number, spelled_number
from nlp.text.patterns import guarded
from nlp.text.textutil import lines_above

PER_UNIT_REACH = 300  # how far before its amounts a per-unit duty is named
PER_UNIT_DUTY = guarded(r"\bper\s+[^\W\d]+(?:\s+[^\W\d]+){0,6}\s+dut(?:y|ies)\b")  # 'per postal item … duty', anywhere
PERCENT_WORDS = (
    r"per\s?cent(?:um)?\b|pour\s+cent\b|por\s+ciento\b|por\s+cento\b|per\s+cento\b|prozent\b|v\.\s?h\.|процент(?:а|ов)?\b"
    r"|persen\b|peratus\b"  # Indonesian, Malay
    r"|procent(?:a|u|y)?\b|prosent\b"  # Swedish, Danish, Polish, Czech; Norwegian
    r"|пайыз\w*|տոկոս\w*|foiz\b"  # Kazakh, Armenian, Uzbek
)
# A round rate written in words ('shall be zero percent', 'twenty-five per cent'): found from its percent word, which
# is rare, rather than from every word that may start a number.
PERCENT_WORD = guarded(rf"(?:{PERCENT_WORDS})")
# (not the units of a compound whose tens stand before them: 'TREINTA Y TRES POR CIENTO', 'trinta e três por cento')
SPELLED_BEFORE = re.compile(rf"(?<![\w-])(?<!\w y )(?<!\w e )(?<!\w et )(?P<spelled>{SPELLED})\s+$")
SPELLED_FROM = re.compile(rf"\bfrom\s+(?P<spelled>{SPELLED})\s+to\s+$")
FIGURE_AFTER = re.compile(r"\s+(?P<value>\d{1,3}(?:[.,]\d{1,2})?)\s+(?:from|of)\s+(?:the\s+)?customs\s+value\b")
# A zero rate as tariff schedules write it: 'Free' as the last cell of a row that opens with a code or a dashed
# description ('8903.12.00.00 MFN, GPT: Free', '- - - Cane poles Free'), a Canadian schedule's final rate with its
# staging category after it ('… | UST: Free | UST: Free (A) |'), and 'free of duty' as one end of a change
# ('from 15% to free of duty', 'from free of duty to 5%'); a change's new rate in brackets ('3506.91.90 MFN Rate
# Change (Free)').
# ('… | "5% " | "Free" |': a textual amendment's table quotes its cells)
FREE_CELL = re.compile(
    r"(?m)^[ \t|]*(?:\d{4}|[-–])[^\n]*?(?:(?<=[ \t:|])|(?<=[ \t|][\"“])|(?<=[ \t]\())(?P<free>Free)(?:(?<=\(Free)\))?"
    r"(?:[ \t]+\([A-Z]\d?\))?"
    r"(?:[ \t]?[\"”](?=[ \t]*\|))?(?=[ \t|]*$)"
)
# 'free' alone in its cell of a table printed one cell a line ('free |'), under a header naming the rate of duty; an
# Indian notification writes its zero rate 'Nil' ('Rate |' over 'Nil |').
FREE_ALONE = re.compile(r"(?m)^[ \t]*(?P<free>[Ff]ree|Nil|NIL)[ \t]*\|[ \t]*$")
CELL_LINES_UP = 40
CELL_MAX_CHARS = 80
# 'Free' written into a schedule by a textual amendment ('omitting "5%" and substituting "Free"').
FREE_QUOTED = re.compile(
    r"\b(?:substitut|insert|replac)\w*\s+(?:(?:with\s+)?the\s+(?:word|entry|rate|expression)\s+)?[“\"‘']\s*(?P<free>[Ff]ree)\s*[”\"’']"
)
# The floor of a compound duty ('… but not less than EUR 1.5 per pair', 'at least 1.14 euros per cm3').
MINIMUM_DUTY = re.compile(r"\b(?:not|no)\s+less\s+than\s+$|\bat\s+least\s+$|\bminimum\s+of\s+$")
LOCAL_RUPEE = frozenset({"rs", "rs.", "rupees"})
# 'Free' quoted and named as a rate, as Australian tariff proposals write it ('resulting in a ‘Free’ rate of customs
# duty', 'The rate of ‘Free’ will apply from …'); capitalised, the rate's name, it needs no quotes ('replacing them
# with a duty rate of Free', New Zealand's and Canada's orders).
FREE_NAMED = re.compile(
    r"\brate\s+of\s+(?:[‘'\"“](?P<free>free)[’'\"”]|(?P<free3>(?-i:Free))\b)|[‘'\"“](?P<free2>free)[’'\"”]\s+rates?\b",
    re.I,
)
FREE_OF_DUTY = re.compile(r"(?:\bto\s+|\bfrom\s+)(?P<free>free\s+of\s+dut(?:y|ies))\b")
# A zero rate in words: quotas opened 'at zero duty rates' ('at a zero rate of duty', 'at a zero duty rate'; 'at reduced
# or zero duty rates' says what quotas may give, no rate), French quotas 'à droit nul', rates set 'auf 0' ('sind …
# vorübergehend auf 0 festgelegt worden', 'auf null gesenkt'), an EAEU decision's 'нулевая ставка ввозной таможенной
# пошлины' (a zero rate of import duty); a duty said to be zero ('the reciprocal tariff is zero (0)', 'shall impose a
# section 301 tariff of zero', final28 3901).
ZERO_WORDED = guarded(
    r"\bat\s+(?:a\s+)?(?P<zero>zero(?:[ -]duty)?\s+rates?(?:\s+of\s+duty)?)\b"
    r"|\bauf\s+(?P<zero2>0|null)\s+(?:festgelegt|festgesetzt|gesenkt|herabgesetzt|reduziert)\b"
    r"|\bà\s+(?P<zero3>droit\s+nul)\b"
    r"|(?<!\w)(?P<zero4>нулев(?:ая|ой|ую)\s+ставк(?:а|и|у|ой))(?!\w)"
    r"|\b(?:tariffs?|dut(?:y|ies)|surcharges?|rates?\s+of\s+duty)\s+(?:is|are|shall\s+be|will\s+be)\s+(?P<zero5>zero)(?![\w-])"
    r"|\b(?:tariffs?|dut(?:y|ies)|surcharges?|surtax(?:es)?)\s+of\s+(?P<zero6>zero)(?![\w-])"
)

# a zero the sentence does not set: one a condition awaits ('if Ruritania eliminates its tariffs …, the reciprocal
# tariff is zero') or one the notice leaves as it is ('the tariff is zero for …; this notice does not modify that')
ZERO_CONDITION = re.compile(r"(?:^|[.;:\n])\s*(?:if|unless|should|provided\s+that|in\s+the\s+event\s+that)\b[^.;:]*$")
ZERO_UNTOUCHED = re.compile(
    r"\b(?:does|do|will|shall)\s+not\s+(?:modify|change|affect|alter)\b|\bunchanged\b|\bunaffected\b"
)
# ... or one a party asked for ('Ruritania requested a tariff of zero …; that request is denied', 'commenters asked
# USTR to set a tariff of zero'): the request is no act's rate
ZERO_ASKED = re.compile(
    r"\b(?:request(?:ed|s|ing)?|ask(?:ed|s|ing)?|urg(?:ed|es|ing)|sought|seek(?:s|ing)?|petition(?:ed|s)?|call(?:ed|s)\s+for)"
    r"\b[^.;:\n]*$"
)
ZERO_CLAUSE_REACH = 240


def _zero_not_set(lowered: str, start: int, end: int) -> bool:
    before = lowered[max(0, start - ZERO_CLAUSE_REACH) : start]
    after = lowered[end : end + ZERO_CLAUSE_REACH].split(".", 1)[0]
    if ZERO_CONDITION.search(before) is not None or ZERO_ASKED.search(before) is not None:
        return True
    return ZERO_UNTOUCHED.search(after) is not None


def spelled_percents(lowered: str, start: int, end: int) -> Iterator[tuple]:
    """Round rates in words ('zero por cento'), and a figure after its percent word where a translation of an EAEU act
    keeps the Russian order ('anti-dumping duty in the amount of percent 37,89 from customs value')."""
    for match in PERCENT_WORD.finditer(lowered, start, end):
        spelled = SPELLED_BEFORE.search(lowered, max(start, match.start() - 30), match.start())
        if spelled is not None:
            yield spelled_number(spelled.group("spelled")), spelled.start(), match.end(), "percent", None
            first = SPELLED_FROM.search(lowered, max(start, spelled.start() - 40), spelled.start())
            if first is not None:  # 'from zero to three percent': the change's first end is a rate too
                yield spelled_number(first.group("spelled")), first.start("spelled"), first.end(), "percent", None
        figure_after = FIGURE_AFTER.match(lowered, match.end())
        if figure_after is not None:
            yield parse_number(figure_after.group("value")), match.start(), figure_after.end("value"), "percent", None


def free_rates(text: str, lowered: str, start: int, end: int, duty: re.Pattern) -> Iterator[tuple]:
    yield from _worded_zeros(lowered, start, end)
    if lowered.find("free", start, end) < 0:  # most texts: no scan at all
        yield from _zero_cells(text, lowered, start, end, duty)
        return
    for match in FREE_CELL.finditer(text, start, end):
        column = introduced_row(text, match.start("free"), duty) or _under_a_schedule_header(text, match.start())
        hint = "column" if column else None
        yield 0, match.start("free"), match.end(), "percent", hint
    yield from _zero_cells(text, lowered, start, end, duty)
    for match in FREE_QUOTED.finditer(text, start, end):  # an amendment's new rate, as its quoted '5%' is
        yield 0, match.start("free"), match.end("free"), "percent", "quoted"
    for match in FREE_OF_DUTY.finditer(lowered, start, end):
        yield 0, match.start("free"), match.end(), "percent", None
    for match in FREE_NAMED.finditer(text, start, end):
        group = next(name for name in ("free", "free2", "free3") if match.group(name))
        yield 0, match.start(group), match.end(group), "percent", None


def _zero_cells(text: str, lowered: str, start: int, end: int, duty: re.Pattern) -> Iterator[tuple]:
    """'free' or 'Nil' alone in its cell under a header naming the rate."""
    if lowered.find("free", start, end) < 0 and lowered.find("nil", start, end) < 0:
        return
    for match in FREE_ALONE.finditer(text, start, end):
        if _under_a_rate_header(text, match.start(), duty):
            yield 0, match.start("free"), match.end("free"), "percent", "column"


def _worded_zeros(lowered: str, start: int, end: int) -> Iterator[tuple]:
    if all(lowered.find(word, start, end) < 0 for word in ("zero", "auf ", " nul", "нулев")):
        return
    for match in ZERO_WORDED.finditer(lowered, start, end):
        group = next(name for name in ("zero", "zero2", "zero3", "zero4", "zero5", "zero6") if match.group(name))
        if group in ("zero5", "zero6") and _zero_not_set(lowered, match.start(), match.end()):
            continue
        yield 0, match.start(group), match.end(group), "percent", None


# The rate columns' header of a schedule flattened without cells ('Tariff Item Description of Goods Most-Favoured-Nation
# Tariff Preferential Tariff' / 'Initial Rate Final Rate Initial Rate Final Rate'), a few lines above the rows.
SCHEDULE_RATE_HEADER = re.compile(
    r"\b(?:Most-Favou?red-Nation\s+Tariff|Preferential\s+Tariff|Initial\s+Rate\s+Final\s+Rate|Rates?\s+of\s+Duty)\b"
)
SCHEDULE_HEADER_LINES_UP = 4


def _under_a_schedule_header(text: str, offset: int) -> bool:
    return any(SCHEDULE_RATE_HEADER.search(line) for _, line in lines_above(text, offset, SCHEDULE_HEADER_LINES_UP))


def _under_a_rate_header(text: str, offset: int, duty: re.Pattern) -> bool:
    """A cell of a table printed one cell a line ('kg |', '30% |', 'free |'): the header cells above its rows name the
    duty ('Rate of Duty |'); prose (a long line, a sentence's end) between them ends the table."""
    for _, line in lines_above(text, offset, CELL_LINES_UP):
        above = line.strip()
        if len(above) > CELL_MAX_CHARS or above.endswith((".", ":")):
            return False
        if above.endswith("|") and duty.search(above.lower()):
            return True
    return False


def per_unit_amounts(
    lowered: str,
    start: int,
    end: int,
    patterns: tuple[re.Pattern, re.Pattern],
    currency: Callable[[str], str],
    units: dict[str, str],
) -> Iterator[tuple]:
    """Amounts with no unit after them where the duty they are named for, close before, gives it ('increase the per
    postal item duty in section 2 … from 25 dollars to 75 dollars')."""
    amount, per_unit_duty = patterns
    if not PER_UNIT_DUTY.search(lowered, start, end):
        return
    for match in amount.finditer(lowered, start, end):
        duty = per_unit_duty.search(lowered, max(start, match.start() - PER_UNIT_REACH), match.start())
        if duty is None or "\n\n" in duty.group("rest"):
            continue
        value = parse_number(match.group("v1") or match.group("v2"))
        unit = f"{currency(match.group('cur1') or match.group('cur2'))}/{units[duty.group('unit')]}"
        yield value, match.start(), match.end(), unit, "specific"


def bearing_start(lowered: str, window_start: int, start: int, unit: str, duty: re.Pattern) -> int:
    """Where the words that bear on a figure begin: after a tier's condition, after the duty's name (what stands
    before it describes the goods: 'cars of 1,000 cc or less are subject to an absolute tax of USD 10,000 per unit'),
    and at the amount itself where the amount is a duty's floor ('10%, but not less than EUR 1.5 per pair')."""
    if unit != "percent" and MINIMUM_DUTY.search(lowered, max(window_start, start - 30), start):
        return start
    named = max((m.end() for m in duty.finditer(lowered, window_start, start)), default=window_start)
    # 'vehicles of a cylinder capacity 2500cc and below has been reduced from 32% to 15%': the change's words bear on
    # the figures, what stands before them describes the goods
    changed = max((m.start() for m in RATE_CHANGED_FROM.finditer(lowered, window_start, start)), default=window_start)
    return max(
        named,
        changed,
        _after_a_condition(lowered, window_start, start),
        _after_a_dimension(lowered, window_start, start),
    )


# A goods description's last dimension right before the figure, only spaces between ('… of a thickness of 0,007mm or
# more but less than 0,021mm 7.5%'): a flattened row's description ends there and the rate's cell begins.
DIMENSION_BEFORE = re.compile(
    r"\d(?:[\d.,]*\d)?[ \u00a0]?(?:mm|cm|µm|microns?|kg|g|pa|mpa|kpa|kw|w|v|cc|dtex|°c)[ \t\u00a0|]+$"
)


def _after_a_dimension(lowered: str, window_start: int, start: int) -> int:
    """Where the words that bear on a figure begin: after the dimension closing the description before it (the
    'less than' qualifies the dimension, not the rate)."""
    dimension = DIMENSION_BEFORE.search(lowered, window_start, start)
    return dimension.end() if dimension else window_start


RATE_CHANGED_FROM = re.compile(r"\b(?:reduced|increased|raised|lowered|decreased|cut)\s+from\b")


def _after_a_condition(lowered: str, window_start: int, start: int) -> int:
    """Where the words that bear on a figure begin: after the colon of a tier's condition before it ('Countries with
    a rate of less than 16 percent:  $80 per item': 'less than' qualifies the condition, not the $80)."""
    colon = lowered.rfind(":", window_start, start)
    if colon >= 0 and STATED_AS.search(lowered, window_start, colon):
        return window_start  # 'The pro rata percentage is: 32.03558%': what the figure is, not a condition
    return colon + 1 if colon >= 0 and lowered[colon + 1 : colon + 2].isspace() else window_start


STATED_AS = re.compile(r"\b(?:is|are|was|were|equals?)\s*$")


def currency_reader(currencies: dict[str, str], local: tuple[str, str, str]) -> Callable[[str], str]:
    """What a currency sign or word stands for: a bare '$', cent or 'Rs.' is the one of the act's country."""

    def currency(written: str) -> str:
        found = currencies[written]
        return (
            local[0] if written == "$" else local[1] if found == "¢" else local[2] if written in LOCAL_RUPEE else found
        )

    return currency
