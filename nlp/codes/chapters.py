"""Chapters as product codes: "Chapter 72", "chapters 24, 28 and 29", "chapters 72 to 73", a list after a
colon ("duty-free for chapters: 1, 5 - 6, 9").

Not product codes: a chapter of anything else ("Report, Chapter 14, p. 358", "5 U.S.C. chapter 63",
"chapter 33 of the Statutes of Canada"), the structure of the schedule ("subchapter III of
chapter 99", "U.S. note 36 to chapter 99"), and the whole schedule named generically ("chapters
1 through 97"). A chapter counts only in a sentence about goods or the tariff, or in the code column of a table whose
header names chapters ('Chapter or Heading or sub-heading or tariff item', as Indian customs notifications
head theirs), a row's cell holding only two-digit numbers ('06, 07, 08 or 12').
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from nlp.codes.gated import gated_finditer
from nlp.codes.notation import notation
from nlp.codes.roles import role_at
from nlp.text.patterns import guarded
from nlp.text.prefilter import may_occur, scan_gated
from nlp.text.sentences import Sentences
from nlp.text.serial_rows import rows_count_down_to
from nlp.text.tables import column_header
from nlp.types import CodeMention, CodeRange
from tariffwatch.codes import level_for

# the joins of a list of chapters; the Nordic 'og'/'och' (and), 'eller' (or), 'til'/'till' (to)
LIST_JOIN = (
    r"[ \u00a0]*(?:,[ \u00a0]*(?:and[ \u00a0]+|or[ \u00a0]+|og[ \u00a0]+|och[ \u00a0]+)?"
    r"|and|or|to|through|–|-|et|und|bis|à|y|e|og|och|eller|till?)[ \u00a0]*"
)
# a news story's field label may name how its chapters are concerned ('Chapters affected: 84'); with its colon only
FIELD_PARTICIPLE = r"(?:affected|concerned|impacted)"
# 'chapters 24, 28 and 29'; the Nordic 'kapittel 28 og 29', 'følgende kapitler: 42-44', 'kapitlerne', 'kapitlen'; the
# Arabic 'الفصل 72' of a tariff record (its sentence must still be about the tariff: chapter_context)
CHAPTERS = scan_gated(
    guarded(
        rf"(?P<kw>\b(?:chapters?|ch\.|chapitres?|Kapitels?|capítulos?|kapittel|kapitlene|kapitler|kapitlerne|kapitlen|الفصل))"
        rf"(?:[ \u00a0]+{FIELD_PARTICIPLE}[ \u00a0]*:|[ \u00a0]*:)?[ \u00a0]+"
        rf"(?P<list>\d{{1,2}}(?:{LIST_JOIN}\d{{1,2}}\b){{0,99}})\b",
        re.IGNORECASE,
    )
)
# The product line of WTO SPS/TBT notification records: 'Cereals (HS code(s): 10, 1101)': every item is a code,
# a two-digit one a chapter.
HS_CODE_LIST = scan_gated(
    guarded(
        r"\bHS[ \u00a0]+codes?(?:\(s\))?[ \u00a0]*:[ \u00a0]*"
        r"(?P<list>\d[\d, ;\u00a0]*(?:(?:and|or)[ \u00a0]+\d+)?)(?![.,]\d)",
        re.I,
    )
)
LIST_ITEM = guarded(r"(?<!\d)\d{2}(?:\d{2}){0,4}(?!\d|[.,]\d)")
RANGE_WORDS = re.compile(r"^[ \u00a0]*(?:to|through|–|-|bis|à|till?)[ \u00a0]*$", re.I)
# A table flattened one cell a line: a row's serial number alone on its line, then its code cell of two-digit
# numbers only ('14.' / '06, 07, 08, 09' / 'or 12').
CHAPTER_CELL = guarded(
    r"^[ \t]*(?P<serial>\d{1,3})\.[ \t]*\n(?:[ \t]*\n)?[ \t]*"
    r"(?P<list>\d\d(?:[ \t]*(?:,[ \t]*\n?[ \t]*(?:(?:or|and)[ \t]+)?|\n?[ \t]*(?:or|and)[ \t]+)\d\d)*)[ \t]*,?[ \t]*$",
    re.MULTILINE,
)
# A code column's header that names chapters first: 'Chapter or Heading or sub-heading or tariff item',
# 'Chapter/Heading/Sub-heading/Tariff item', 'Chapter, heading or sub-heading'.
CHAPTER_COLUMN = scan_gated(guarded(r"\bChapter[ \t]*(?:\n[ \t]*)?(?:or|/|,)\s*(?:sub-?\s*)?heading", re.I))
# A '|' table's cell holding only two-digit numbers ('| 71 or 98 |'): chapters when its column's header names them.
BAR_CHAPTER_CELL = scan_gated(
    guarded(r"(?<=\|)[ \t]*(?P<list>\d\d(?:[ \t]*(?:,[ \t]*(?:(?:or|and)[ \t]+)?|(?:or|and)[ \t]+)\d\d)*)[ \t]*(?=\|)")
)
# A range of chapters whose dash the copy lost ('Zollansätze … der Zolltarifkapitel 5060' for 50–60): four digits after
# a chapter word are no chapter, two ascending chapters they are.
LOST_DASH = scan_gated(
    guarded(
        r"(?P<kw>\b(?:chapters|chapitres|capítulos|Zolltarifkapitel|Kapitel))[ \u00a0]+"
        r"(?P<list>(?P<low>\d\d)(?P<high>\d\d))(?![\d.,]|[ \u00a0]?[-–])",
        re.IGNORECASE,
    )
)
SPECIAL_CHAPTERS = frozenset({"98", "99"})  # the U.S. schedule's special provisions and temporary modifications
WHOLE_SCHEDULE = (1, 97)  # "chapters 1 through 97": every chapter of goods, said generically
CONTEXT_BEFORE, CONTEXT_AFTER = 200, 80


def find_chapters(text: str, sentences: Sentences) -> Iterator[CodeMention | CodeRange]:
    words = notation()
    for match in gated_finditer(CHAPTERS, text):
        before = text[max(0, match.start() - 60) : match.start()]
        after = text[match.end() : match.end() + 80]
        if words.chapter_not_tariff_after.match(after) or (
            words.chapter_not_tariff_before.search(before) and not _note_amended(text, match, sentences)
        ):
            continue
        if match.group("list") in SPECIAL_CHAPTERS and words.special_chapter_kind_after.match(after):
            continue
        if not (
            _about_goods(text, match, sentences)
            or _chapter_field(text, match)
            or _in_chapter_column(text, match)
            or _opens_next_line(text, match)
        ):
            continue
        yield from _items(match, text, sentences)
    yield from _lost_dash_ranges(text, sentences)
    yield from _hs_code_list(text, sentences)
    yield from _chapter_cells(text, sentences)
    yield from _bar_chapter_cells(text, sentences)


def _note_amended(text: str, match: re.Match, sentences: Sentences) -> bool:
    """'In Additional note 6 to Chapter 17 … the following paragraph is added': a chapter's note (not a U.S. note) that
    the sentence amends; the chapter is where the nomenclature changes."""
    words = notation()
    if not words.note_to_chapter_before.search(text[max(0, match.start() - 60) : match.start()]):
        return False
    start, end = sentences.around(match.start())
    return words.note_amended.search(text, match.end(), end) is not None


def _in_chapter_column(text: str, match: re.Match) -> bool:
    """'Chapter 3' as a cell of the code column whose header names chapters ('Chapter, Heading, Sub-heading or Tariff
    Item' over rows of a table printed one cell a line)."""
    return bool(CHAPTER_COLUMN.search(text)) and bool(CHAPTER_COLUMN.search(column_header(text, match.start()) or ""))


def _opens_next_line(text: str, match: re.Match) -> bool:
    """One chapter alone on its line whose next line's code opens with its digits: a tariff record's hierarchy, label
    and value a line ('الفصل 72' / 'البند الرئيسي 72.07' / 'البند الفرعي 7207.10'), each line a sentence of its own."""
    chapter = match.group("list")
    line_end = text.find("\n", match.end())
    if not chapter.isdigit() or line_end < 0 or text[match.end() : line_end].strip():
        return False
    next_end = text.find("\n", line_end + 1)
    next_line = text[line_end + 1 : len(text) if next_end < 0 else next_end]
    opens = re.search(rf"(?<![\d.]){chapter.zfill(2)}(?:\.\d\d|\d\d)(?!\d)", next_line)
    # the next line names its number a heading: a statute's 'CHAPTER 12' / '12.01 Purpose' has no such word
    return (
        opens is not None and re.search(notation().dotted_heading_words, next_line[: opens.start()], re.I) is not None
    )


def _lost_dash_ranges(text: str, sentences: Sentences) -> Iterator[CodeRange]:
    for match in gated_finditer(LOST_DASH, text):
        low, high = match.group("low"), match.group("high")
        if not 1 <= int(low) < int(high) <= WHOLE_SCHEDULE[1] or not _about_goods(text, match, sentences):
            continue
        yield CodeRange(low, high, "chapter", match.group(), match.start(), match.end())


def _chapter_cells(text: str, sentences: Sentences) -> Iterator[CodeMention]:
    """Two-digit numbers filling a row's code cell in a table whose code column's header names chapters, where
    the serial numbers count from 1 below that header down to the row."""
    headers = [m.start() for m in gated_finditer(CHAPTER_COLUMN, text)]
    if not headers:
        return
    for cell in CHAPTER_CELL.finditer(text):
        above = bisect.bisect_left(headers, cell.start())
        serial = int(cell.group("serial"))
        if not above or not rows_count_down_to(text, headers[above - 1], serial, cell.start(), cell.end()):
            continue
        role = role_at(text, cell.start("list"), sentences)
        base = cell.start("list")
        for number in re.finditer(r"\d\d", cell.group("list")):
            if number.group() != "00":
                start = base + number.start()
                yield CodeMention(number.group(), "chapter", False, role, number.group(), start, start + 2)


def _bar_chapter_cells(text: str, sentences: Sentences) -> Iterator[CodeMention]:
    """Two-digit numbers filling a '|' row's cell in the column whose header names chapters ('Chapter/ heading/
    sub-heading/tariff item' over '| 71 or 98 |')."""
    if "|" not in text or not may_occur(CHAPTER_COLUMN, text) or not CHAPTER_COLUMN.search(text):
        return
    for cell in gated_finditer(BAR_CHAPTER_CELL, text):
        if not CHAPTER_COLUMN.search(column_header(text, cell.start("list")) or ""):
            continue
        role = role_at(text, cell.start("list"), sentences)
        for number in re.finditer(r"\d\d", cell.group("list")):
            if number.group() != "00":
                start = cell.start("list") + number.start()
                yield CodeMention(number.group(), "chapter", False, role, number.group(), start, start + 2)


def _hs_code_list(text: str, sentences: Sentences) -> Iterator[CodeMention]:
    for match in gated_finditer(HS_CODE_LIST, text):
        role = role_at(text, match.start(), sentences)
        for number in LIST_ITEM.finditer(match.group("list")):
            code = number.group()
            if code[:2] != "00":
                start = match.start("list") + number.start()
                yield CodeMention(code, level_for(code), False, role, code, start, start + len(code))


# An online tariff's news story labels the chapters it concerns on a line of their own ('Chapter: 40',
# 'Chapters: 72, 73', 'Chapters affected: 84')
CHAPTER_FIELD = guarded(rf"^[ \t]*(?-i:Chapters?)(?:[ \t]+{FIELD_PARTICIPLE})?[ \t]*:[ \t]*$", re.I | re.M)


FIELD_CONTEXT_BEFORE, FIELD_CONTEXT_AFTER = 300, 1000  # the story's banner and heading above, its text below


def _chapter_field(text: str, match: re.Match) -> bool:
    """The match is a 'Chapter: 40' field, alone on its line, in a text about goods or the tariff around it (a
    statute's 'Chapter: 4' over its definitions is no tariff chapter)."""
    line_start = text.rfind("\n", 0, match.start()) + 1
    line_end = text.find("\n", match.end())
    rest = text[match.end() : len(text) if line_end < 0 else line_end]
    label = text[line_start : match.start("list")]
    if ":" not in match.group() or rest.strip() or not CHAPTER_FIELD.match(label):
        return False
    around = text[max(0, line_start - FIELD_CONTEXT_BEFORE) : match.end() + FIELD_CONTEXT_AFTER]
    return bool(notation().chapter_context.search(around.replace(match.group("kw"), " ", 1)))


def _about_goods(text: str, match: re.Match, sentences: Sentences) -> bool:
    start, end = sentences.around(match.start())
    context = text[max(start, match.start() - CONTEXT_BEFORE) : min(end, match.end() + CONTEXT_AFTER)]
    context = context.replace(match.group("kw"), " ", 1)  # the word "chapter" itself proves nothing
    return bool(notation().chapter_context.search(context))


def _items(match: re.Match, text: str, sentences: Sentences) -> Iterator[CodeMention | CodeRange]:
    numbers = list(re.finditer(r"\d{1,2}", match.group("list")))
    base = match.start("list")
    role = role_at(text, match.start(), sentences)
    index = 0
    while index < len(numbers):
        number = numbers[index]
        start, end = base + number.start(), base + number.end()
        code = number.group().zfill(2)
        following = numbers[index + 1] if index + 1 < len(numbers) else None
        glue = match.group("list")[number.end() : following.start()] if following else ""
        if following and RANGE_WORDS.match(glue):
            high = following.group().zfill(2)
            if int(code) <= WHOLE_SCHEDULE[0] and int(high) >= WHOLE_SCHEDULE[1]:
                index += 2  # the whole schedule, not a product range
                continue
            range_end = base + following.end()
            yield CodeRange(code, high, "chapter", text[match.start() : range_end], match.start(), range_end)
            index += 2
            continue
        if code != "00":
            text_start = match.start() if index == 0 else start
            yield CodeMention(code, "chapter", False, role, text[text_start:end], text_start, end)
        index += 1
