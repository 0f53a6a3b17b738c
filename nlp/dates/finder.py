"""Absolute dates as official texts write them, in English, French, German, Spanish and Portuguese.

Finds `1 January 2025`, `January 1, 2025`, `1.1.2025`, `26/04/2023`, `16-03-2025`, `2025-01-01`, `2025/01/01`,
`2025年1月1日`,
`1er janvier 2025`, `1. Januar 2025`, `1º de enero de 2025`, `a los 14 días del mes de marzo de 2025`,
`the 25th day of July, 2013`, `this first day of July, 2007` and `this twenty-seventh day of May, in
the year of our Lord two thousand twenty-two`; `1/1/22` where a date is announced ("with effect from");
cells a converter glued together (`01/03/202528/02/2026`); the first day of a range that leaves its
year to the second (`31 March to 13 April 2023`) and a stop-press heading's date without its year;
and a concession schedule's month/year cells (`5/26 ..`) where the notice says they take effect
from the first day of the month.
Month names come from nlp/data/date_rules.*.yaml. Tariff codes and bare numbers never parse.

Time is linear in the text: month-name forms are searched only just before each year, and a
character mask keeps matches from overlapping.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import cache

from nlp.dates.east_asian_days import with_east_asian_days
from nlp.dates.eras import era_dates
from nlp.dates.found import FoundDate
from nlp.dates.number_words import ordinal_value, year_from_words
from nlp.dates.paired_forms import DAY_SUFFIX, compact_periods, with_range_starts
from nlp.dates.roman_months import roman_month_dates
from nlp.dates.rules import date_rules
from nlp.dates.short_year_lines import numeric_first_line, short_year_lines
from nlp.dates.year_first import year_first_data_form
from nlp.dates.yearless import with_yearless_headings, with_yearless_in_sentences, with_yearless_month_first
from nlp.text.patterns import guarded
from nlp.text.prefilter import ends_between, may_occur, placed_ends, scan_gated, scan_gated_builder
from nlp.text.textutil import lower_keeping_offsets

YEAR = guarded(r"(?<!\d)(?:1[89]|2[01])\d{2}(?!\d)")
LETTER = re.compile(r"[^\W\d_]")
# the ceremonial year's marks, each led by a literal the engine skips ahead to: "of our Lord", and a treaty's "in the
# Year Two Thousand and ..." without it
CEREMONIAL_YEAR = (re.compile(r"our\s+lord"), re.compile(r"year\s+(?:two\s+thousand|nineteen\s+hundred)"))
YEAR_WINDOW = 48  # the longest month-name form before its year: "the 30th day of September, 2025"
SHORT_YEAR_CUE = guarded(
    r"\b(?:from|on|dated|until|till|effective(?:\s+date)?|w\.\s?e\.\s?f\.?|wef|desde|a\s+partir\s+d[eo]|du|vom|ab"
    r"|(?:stop\s+press|tariff)\s+notice)[\s:,-]+$",  # a notice named by its day: 'Stop Press Notice 19/04/31'
    re.I,
)


@scan_gated_builder
@cache
def _patterns() -> list[tuple[str, re.Pattern]]:
    # the month-name forms are searched before each year: the scan tells which of those windows a match may end in
    return [(kind, scan_gated(pattern, placed=kind == "named")) for kind, pattern in _written_patterns()]


def _written_patterns() -> list[tuple[str, re.Pattern]]:
    rules = date_rules()
    month = "|".join(sorted((re.escape(m) for m in rules.months), key=len, reverse=True))
    ordinal = "|".join(sorted(rules.ordinals, key=len, reverse=True))
    return [
        (
            "words",
            guarded(
                rf"\b(?:this\s+)?(?P<dayword>\d{{1,2}}(?:st|nd|rd|th)?|(?:(?:twenty|thirty)-?\s*)?(?:{ordinal}))\s+day\s+of\s+"
                rf"(?P<month>{month}),?\s+in\s+the\s+year\s+(?:of\s+our\s+Lord,?\s+)?"
                r"(?P<yearwords>(?:two\s+thousand|nineteen\s+hundred)(?:\s+(?:and\s+)?[a-z]+(?:-\s*[a-z]+)?)?)",
                re.I,
            ),
        ),
        ("named", _named_forms(month, ordinal, "|".join(map(re.escape, rules.dense_months)) or "(?!)", _glued(rules))),
        ("iso", guarded(r"(?<![\d/.-])(?P<year>(?:19|20)\d{2})-(?P<month>\d{2})-(?P<day>\d{2})(?![\d-])")),
        ("year_first", _year_first_form(month)),
        ("year_first", year_first_data_form(month)),
        # a Korean law page's header writes the day compact, each part closed by a dot, after a Korean word
        # ("[시행 2031.07.06.]", "[대통령령 제33617호 2031.07.06. 일부개정]"); a code's dots never follow a Korean word
        # and a space
        ("iso", guarded(r"(?<=[가-힣][ \u00a0])(?P<year>(?:19|20)\d{2})\.(?P<month>\d{2})\.(?P<day>\d{2})\.(?![\d.])")),
        # ... or as a page's field after its Korean label and a colon, alone on its line ("시행: 2031.3.11", "제정:
        # 2031.03.04"), or with the time a news site stamps after it ("승인 2031.09.05 11:05"); a code is neither
        (
            "iso",
            guarded(
                r"(?:(?:(?<=[가-힣][:：])|(?<=[가-힣][:：][ \u00a0]))(?=\d{4}\.\d{1,2}\.\d{1,2}\.?[ \t\u00a0]*(?:\n|$))"
                r"|(?<=[가-힣][ \u00a0])(?=\d{4}\.\d{2}\.\d{2}[ \u00a0]+\d{1,2}:\d{2}(?!\d)))"
                r"(?P<year>(?:19|20)\d{2})\.(?P<month>\d{1,2})\.(?P<day>\d{1,2})(?![\d])"
            ),
        ),
        # year first with slashes or the year, month and day signs, as East Asian texts write dates ("日期:2031/03/04",
        # "2031/3/4", "2031年7月1日", "2031년 7월 1일")
        (
            "iso",
            guarded(
                r"(?<![\d/.-])(?P<year>(?:19|20)\d{2})(?:/|\s*[年년]\s*)(?P<month>\d{1,2})(?:/|\s*[月월]\s*)"
                r"(?P<day>\d{1,2})(?:\s*[日일])?(?![\d/-])"
            ),
        ),
        (
            "dotted",
            guarded(r"(?<![\d.,])(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>(?:19|20)\d{2})(?!\d|\.\d)"),
        ),
        (
            # day/month/year and day-month-year ("26/04/2023", "16-03-2025"), not "No. 14/12/2012-DGAD", a file number;
            # cells a converter glued together ("01/03/202528/02/2026") are two dates; a two-digit year ("1/1/22")
            # only where a date is announced (SHORT_YEAR_CUE), never a fraction; Brazil writes the first of the month
            # with the ordinal sign ("1º/12/2023"). One pass for all of them.
            "slashed",
            guarded(
                r"(?:(?<![\d/.-])|(?<=\d/(?:19|20)\d\d))(?P<day>\d{1,2})º?(?P<sep>[/-])(?P<month>\d{1,2})(?P=sep)"
                r"(?P<year>(?:19|20)\d{2}(?:(?![\d/-])|(?=-[^A-Za-z\d])|(?=\d\d/\d\d/(?:19|20)\d\d))|\d{2}(?![\d/-]))"
            ),
        ),
    ]


def _year_first_form(month: str) -> re.Pattern:
    """The year first, marked as the year, then the month's name: Hungarian "2031. július 1." ("1-jétől", "1-jén"
    follow), Lithuanian "2031 m. liepos 1 d.", Latvian "2031. gada 1. jūlijā", Azerbaijani "2031-ci il mayın 31-dək"
    (the month in the genitive); or the month's number, each part closed by a dot and a space, as Korean and
    Hungarian texts write dates ("2031. 7. 1.", "2031. 12. 31 .", "2031. 07. 01."; a code's dots are never followed
    by a space: "2009.11.12."). Searched in the lower-cased text."""
    return guarded(
        r"(?<![\d.])(?P<year>(?:19|20)\d{2})(?:\.|\s+m\.|-(?:ci|cı|cu|cü)\s+il)[ \u00a0]+"
        r"(?:gada[ \u00a0]+(?P<day_l>\d{1,2})\.[ \u00a0]*"
        rf"(?P<month_l>{month})|(?P<month_h>{month})[ \u00a0]+(?P<day_h>\d{{1,2}})(?:\.(?!\d)|(?=-)|[ \u00a0]+d\.)?"
        r"|(?P<month_n>\d{1,2})\.[ \u00a0](?P<day_n>\d{1,2})[ \u00a0]?\.(?!\d))"
        r"(?!\w)"
    )


def _glued(rules) -> str:
    """A word boundary before a month, or one of the record labels a copy glues to it ("publisheddec 8, 2031"), the
    label a word of its own ('mandateMay 5' is no 'date' label)."""
    return "(?:" + "|".join([r"\b", *(f"(?<=(?<![a-z]){re.escape(label)})" for label in rules.glued_labels)]) + ")"


def _named_forms(month: str, ordinal: str, dense: str, glued: str = r"\b") -> re.Pattern:
    """The forms with a month name, one pattern ending at the year: "the 25th day of July, 2013",
    "January 1, 2025", "1 January 2025", "1er janvier 2025", "1. Januar 2025", "1º de enero de 2025",
    "ngày 9 tháng 2 năm 2031"."""
    forms = [
        # a PDF's text may put the ordinal on a line of its own: "the 1\nst\nday of\nNovember, 2025"
        rf"\b(?:(?P<day_a>\d{{1,2}})(?:[ \u00a0\n]?(?:st|nd|rd|th)(?=[ \u00a0\n])|{DAY_SUFFIX})"
        rf"|(?P<dayword_a>(?:twenty|thirty)?-?(?:{ordinal})))"
        rf"\s+day\s+of\s+(?P<month_a>{month}),?\s+(?:in\s+the\s+year\s+)?(?P<year_a>\d{{4}})",
        # "April\n5, 2026": a text wrapped at a fixed width may break a date after its month
        # (a Korean ministry's site prints "Sep 01,2031", the year glued to the comma; a web page may leave a stray
        # space before the comma: "January 3 , 2031")
        rf"{glued}(?P<month_b>{month})\.?[ \u00a0\n]+(?P<day_b>\d{{1,2}})(?:st|nd|rd|th)?"
        # a broker's "January 1 of 2026" puts 'of' between the day and the year
        r"(?:[ \u00a0]?,[ \u00a0\n]*|[ \u00a0\n]+(?:of[ \u00a0]+)?)"
        rf"(?P<year_b>\d{{4}})",
        # a PDF's text may split the ordinal from its number and month: "30\nth\nApril, 2026", "16 th October, 2017";
        # a German copy may drop the space after the day's dot: "vom 27.Februar 2017"
        # a record's label glued to its value: "Fecha de publicación30 Marzo 2031"; Spanish "31 diciembre de 2031"
        r"(?:\b|(?<=[^\W\d_]{3}))"
        rf"(?P<day_c>\d{{1,2}})(?:[ \u00a0\n]?(?:st|nd|rd|th)[ \u00a0\n]+|{DAY_SUFFIX}[ \u00a0]+|\.(?=[^\W\d]))"
        r"(?:of[ \u00a0]+)?"
        rf"(?P<month_c>{month})\.?(?:,[ \u00a0\n]*|[ \u00a0\n]+)"  # "the 13th October,2031": glued
        # Arabic puts 'of the year' between them: "13 أكتوبر لعام 2031", "5 مارس من عام 2031"
        r"(?:(?:of|del?)[ \u00a0]+|(?:من\s+)?(?:لعام|لسنة|عام|سنة)\s+)?(?P<year_c>\d{4})",
        # "3 de junio de 2026", "a los 14 días del mes de marzo de 2026"
        # a news byline leaves out the second 'de': "27 de marzo 2031"
        rf"\b(?P<day_d>\d{{1,2}}){DAY_SUFFIX}\s+(?:d[íi]as\s+del?\s+(?:mes\s+de\s+)?|de\s+)(?P<month_d>{month})"
        r"(?:\s+del?(?:\s+año)?)?\s+(?P<year_d>\d{4})",  # a Chilean decree's "16 de junio del año 2031"
        # a spreadsheet's day-month-year with hyphens: "30-Sep-2031", "01-Oct-2031"; an Arabic news site's with
        # slashes: "09/يوليو/2031"
        rf"\b(?P<day_f>\d{{1,2}})(?P<sep_f>[-/])(?P<month_f>{month})(?P=sep_f)(?P<year_f>\d{{4}})",
        # ... or month first, as a web shop's or blog's post line prints it: "Post time: Dec-16-2031"
        rf"\b(?P<month_i>{month})(?P<sep_i>[-/])(?P<day_i>\d{{1,2}})(?P=sep_i)(?P<year_i>\d{{4}})",
        # Arabic, the day as an ordinal word: "الأول من يونيو 2031", "الأولى من يونيو سنة 2031" (the first of June)
        rf"(?<!\w)(?P<dayword_h>{ordinal})\s+من\s+(?P<month_h>{month})\s+(?:سنة\s+|عام\s+)?(?P<year_h>\d{{4}})",
        # ... or in figures, as an Omani or Gulf decision's issue line writes it: "30 من نوفمبر 2031م"
        rf"(?<![\d.])(?P<day_j>\d{{1,2}})\s+من\s+(?P<month_j>{month})\s+(?:سنة\s+|عام\s+)?(?P<year_j>\d{{4}})",
        # an abbreviation that is a word too, read only between a day and a year: "30 out 2025" (not "10 out of 12")
        rf"\b(?P<day_g>\d{{1,2}})[ \u00a0]+(?P<month_g>{dense})\.?[ \u00a0]+(?P<year_g>\d{{4}})",
        # Vietnamese, numeric: "ngày 9 tháng 2 năm 2031"
        r"\bngày\s+(?P<day_e>\d{1,2})\s+tháng\s+(?P<month_e>\d{1,2})\s+năm\s+(?P<year_e>\d{4})",
    ]
    # grouped by first character (guarded): the months' hundreds of names are not each tried at every position
    return guarded("(?:" + "|".join(forms) + ")$")  # searched up to a year's end: "$" is there


LOWERED_KINDS = ("named", "year_first")  # searched in the lowered text


# Arabic-Indic and Eastern Arabic-Indic digits ('٣٠ من نوفمبر ٢٠١٥م'), Devanagari, Bengali, Myanmar, Khmer and Lao
# ones ('৩০ জুন, ২০৩১'), read as ASCII ones, one character for one.
NATIVE_ZEROS = (0x0660, 0x06F0, 0x0966, 0x09E6, 0x1040, 0x17E0, 0x0ED0)
ARABIC_INDIC_DIGITS = re.compile("[" + "".join(f"{chr(zero)}-{chr(zero + 9)}" for zero in NATIVE_ZEROS) + "]")
TO_ASCII_DIGITS = {zero + i: str(i) for zero in NATIVE_ZEROS for i in range(10)}


def find_dates(text: str, month_first_slashes: bool = False) -> list[FoundDate]:
    """Every absolute date in `text`, non-overlapping, in order of appearance."""
    if may_occur(ARABIC_INDIC_DIGITS, text) and ARABIC_INDIC_DIGITS.search(text):
        found = find_dates(text.translate(TO_ASCII_DIGITS), month_first_slashes)
        return [replace(d, text=text[d.start : d.end]) for d in found]
    found: list[FoundDate] = []
    taken = bytearray(len(text) + 1)
    lowered = lower_keeping_offsets(text)  # month names are matched in lower case: faster than re.I
    for kind, pattern in _patterns():
        if not may_occur(pattern, lowered if kind in LOWERED_KINDS else text):
            continue  # nearly always so for most of them: one scan of the text tells
        if kind == "words":
            matches = _near_our_lord(pattern, text, lowered)  # the ceremonial form is rare and costly
        elif kind == "named":
            matches = _near_years(pattern, lowered)
        elif kind == "year_first":
            matches = pattern.finditer(lowered)
        else:
            matches = pattern.finditer(text)
        for match in matches:
            start, end = match.span("date") if "date" in match.re.groupindex else match.span()
            if any(taken[start:end]):
                continue
            if kind == "slashed" and len(match.group("year")) == 2 and not _announced(match, text):
                continue
            value = _to_date(kind, match, month_first_slashes)
            if value is not None:
                found.append(FoundDate(value, text[start:end], start, end))
                taken[start:end] = b"\x01" * (end - start)
    found += _dated_headings(text, lowered, taken)
    found += _month_cells(text, lowered, taken)
    found += era_dates(text, taken)  # "令和21年4月1日", "1 July B.E. 2582"
    found += roman_month_dates(text, taken)  # "(DOF 17/X/2017)", "17.X.2017"
    found += compact_periods(text, taken)  # a quota table's "01.01.-31.12.31", "25.12.30-30.06.31"
    found += short_year_lines(text, lowered, taken)  # a page's date line 'Published: Mon 17th Nov 25'
    found += numeric_first_line(text, taken, month_first_slashes)  # a page opening with its date: '06 / 17 / 24'
    found.sort(key=lambda d: d.start)
    found = with_yearless_headings(text, lowered, found, taken)
    found = with_yearless_in_sentences(text, lowered, found, taken)
    found = with_yearless_month_first(text, lowered, found, taken)
    found = with_east_asian_days(text, found, taken)  # "6月30日,商務部發布公告", "기재부는 14일 …"
    return with_range_starts(text, lowered, found, taken)


# A Colombian act dates itself under its heading, the year given by the heading only:
# "RESOLUCIÓN NÚMERO 205 DE 2017\n\n(noviembre 23)". Searched from the "(": "de" is everywhere in Spanish.
@scan_gated_builder
@cache
def _dated_heading_patterns() -> tuple[re.Pattern, re.Pattern]:
    month = "|".join(sorted((re.escape(m) for m in date_rules().months), key=len, reverse=True))
    return (
        guarded(rf"\((?P<date>(?P<month>{month})\s+(?P<day>\d{{1,2}}))\)"),
        # ... or on the heading's own line, when a copy runs it on: "RESOLUCIÓN NÚMERO 205 DE 2017 (noviembre 23) por"
        guarded(
            r"\bde\s+(?P<year>(?:19|20)\d{2})[ \t]*\n\s*$"
            r"|\b(?:resoluci[oó]n|decreto|acuerdo|circular|ley)\b[^\n()]{0,40}?\bde\s+(?P<inline>(?:19|20)\d{2})[ \t]*$"
        ),
    )


HEADING_REACH = 80  # from the act word of the heading to the "(" of its date


def _dated_headings(text: str, lowered: str, taken: bytearray) -> list[FoundDate]:
    found = []
    in_parentheses, heading = _dated_heading_patterns()
    for match in in_parentheses.finditer(lowered) if may_occur(in_parentheses, lowered) else ():
        year = heading.search(lowered, max(0, match.start() - HEADING_REACH), match.start())
        start, end = match.span("date")
        if year is None or any(taken[start:end]):
            continue
        try:
            year_value = int(year.group("year") or year.group("inline"))
            value = date(year_value, date_rules().months[match.group("month")], int(match.group("day")))
        except ValueError:
            continue
        found.append(FoundDate(value, text[start:end], start, end))
    return found


# A concession schedule's "Effective From | To" cells as month/year ("5/26 .."), in a notice that gives them effect
# "from the first day of the month so specified" (New Zealand Gazette tariff concessions). Only the row's last two
# cells: a start month, then ".." or "-" where the concession has no end yet, on the same line or (a page printing
# one cell per line) on the next one that is not blank.
FIRST_OF_MONTH = scan_gated(guarded(r"\bfirst\s+day\s+of\s+the\s+month\b"))  # searched in the lowered text
MONTH_CELL = guarded(
    r"(?<![\d/.,])(?P<month>\d{1,2})/(?P<year>\d{2})(?=(?:[ \t]+|[ \t]*\n(?:[ \t]*\n)*[ \t]*)(?:\.\.|-|–)[ \t]*$)", re.M
)


def _month_cells(text: str, lowered: str, taken: bytearray) -> list[FoundDate]:
    if not may_occur(FIRST_OF_MONTH, lowered) or not FIRST_OF_MONTH.search(lowered):
        return []
    found = []
    for match in MONTH_CELL.finditer(text):
        month, year = int(match.group("month")), 2000 + int(match.group("year"))
        if 1 <= month <= 12 and not any(taken[match.start() : match.end()]):
            found.append(FoundDate(date(year, month, 1), match.group(), match.start(), match.end(), cell=START_CELL))
    return found


START_CELL = "application_start"


def _announced(match: re.Match, text: str) -> bool:
    """A two-digit year is a date only after the words that announce one ("With effect from 1/1/22")."""
    start = match.start()
    return match.group("sep") == "/" and SHORT_YEAR_CUE.search(text, max(0, start - 24), start) is not None


def _near_years(pattern: re.Pattern, lowered: str):
    """Month-name dates end with a year: search only the stretch before each year, up to its end."""
    ends: list[int] | None = None  # where the text's scan saw such a date end: asked once, at the first window
    asked = False
    last_end = -1
    for year in YEAR.finditer(lowered):
        window_start = max(0, year.start() - YEAR_WINDOW, last_end)
        if not LETTER.search(lowered, window_start, year.start()):
            continue  # no month name can stand there
        if not asked:
            ends, asked = placed_ends(pattern, lowered), True
        if not ends_between(ends, window_start, year.end()):
            continue  # most years have no month name before them: the text's scan saw no such date end there
        match = pattern.search(lowered, window_start, year.end())
        if match:
            last_end = match.end()
            yield match


def _near_our_lord(pattern: re.Pattern, text: str, lowered: str):
    """'the fourth day of July, in the year of our Lord two thousand ...': searched only around 'our Lord'."""
    for mark in CEREMONIAL_YEAR:
        for lord in mark.finditer(lowered):
            yield from pattern.finditer(text, max(0, lord.start() - 120), min(len(text), lord.end() + 90))


def _month_number(name: str) -> int:
    rules = date_rules()
    return rules.months[name] if name in rules.months else rules.dense_months[name]


def _to_date(kind: str, match: re.Match, month_first_slashes: bool) -> date | None:
    # the named forms suffix their groups (day_a, month_b...): one pattern, four forms
    groups = {name.split("_")[0]: value for name, value in match.groupdict().items() if value is not None}
    try:
        month_text = groups["month"]
        month = int(month_text) if month_text.isdigit() else _month_number(month_text.lower())
        if groups.get("yearwords"):
            year = year_from_words(groups["yearwords"])
        else:
            year = int(groups["year"])
            year += 0 if year >= 100 else (1900 if year > 50 else 2000)  # "1/1/22"
        day = int(groups["day"]) if groups.get("day") else ordinal_value(groups.get("dayword") or "")
        if kind == "slashed" and ((month_first_slashes and day <= 12) or month > 12 >= day):
            day, month = month, day  # "05/20/2019" can only be month first; "25/02/2026" only day first
        if day is None or year is None or not 1800 <= year <= 2200:
            return None
        return date(year, month, day)
    except (KeyError, ValueError):
        return None
