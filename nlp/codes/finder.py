"""Tariff classification codes: HS, CN, TARIC, HTSUS (chapter 99 too), UK, Canadian and other
national notations (see notation.py for the shapes and nlp/data/code_patterns.yaml for the words).

Candidates are runs of digit groups (`7208 51 20`, `7208.51.0030`, `8714911031`, `ex02011000`).
A candidate becomes a code when its shape is a code shape and its context says so: strong shapes
of 8 digits or more stand on their own; short, solid or weak ones need a keyword nearby (`heading`,
`CN code`, `HTSUS`, `NCM`...), an `ex`, a code column of a table, or to continue a list or a range
that started with one. Regulation numbers, citations, quota order numbers, CAS numbers, amounts,
phone numbers and years are rejected by shape or by their neighbours.
"""

from __future__ import annotations

import re
from dataclasses import replace

from nlp.codes.chapters import find_chapters
from nlp.codes.notation import CANDIDATE, notation
from nlp.codes.roles import Roles, role_at
from nlp.text.layout import Layout
from nlp.text.patterns import guarded
from nlp.text.sentences import Sentences
from nlp.text.tables import column_header
from nlp.types import CodeMention, CodeRange
from tariffwatch.codes import level_for

LIST_GLUE = re.compile(r"^\s*(?:,|;|,?\s*(?:and|or|and/or|et|ou|und|oder|y|e))\s*(?:\(?\s*)?$", re.IGNORECASE)
# "7208 to 7212", "9903.80.65 through\n9903.81.19", "7204 10 till 7204 50", "7208–7212"; a list dash on
# a new line is no range.
RANGE_GLUE = re.compile(
    r"^\s+(?:to|through|thru|till|until|à|au|bis|al|a)\s+$|^[ \u00a0]?[–—-][ \u00a0]?$", re.IGNORECASE
)
INCLUSIVE = re.compile(r"^,?\s*inclusive", re.IGNORECASE)
UNIT_AFTER = re.compile(
    r"^[ \u00a0]?(?:%|percent|per[ ]cent|mm|cm|km|m|kg|g|t|tonnes?|tons?|kw|w|v|ah|rpm|dozen|units?|"
    r"pieces?|days?|months?|years?|eur|euros?|usd|dollars?|hours?|ml|l|litres?|liters?|hz|kwh|m3|m2)\b",
    re.IGNORECASE,
)
# The tail of a phone number: "Telephone: 020 7215 5000", "(0)20 7215 5000", "0300 200 3700".
PHONE_BEFORE = guarded(
    r"(?:\b(?:phone|telephone|tel|fax|call)\b\.?:?[ \u00a0]*[\d \u00a0()+.-]*"
    r"|\+\d{1,3}[\d \u00a0()]*|(?<![\d.])\(?0\d{1,4}\)?[ \u00a0])$",
    re.I,
)
YEARS = re.compile(r"^(?:19[5-9]\d|20[0-4]\d)[ \u00a0](?:19[5-9]\d|20[0-4]\d)$")  # "2020 2021" in a flattened table
KEYWORD_REACH = 200
# Older notation of headings, still in consolidated texts and Asian schedules: "heading No 72.08",
# "headings Nos 72.09 and 72.10", "heading 07.13", "headings 08.01 to 08.06".
OLD_HEADINGS = guarded(
    r"\bheadings?\s+(?:Nos?\.?\s+)?(?P<list>\d{2}\.\d{2}(?!\.?\d)(?:\s*(?:,|and|or|to)\s*\d{2}\.\d{2}(?!\.?\d))*)", re.I
)


SPECIAL_CHAPTERS = ("98", "99")  # national provisions: they say how goods are treated, not which


def find_codes(
    text: str, sentences: Sentences | None = None, layout: Layout | None = None
) -> tuple[list[CodeMention], list[CodeRange]]:
    """All code mentions (each distinct code once, first mention) and ranges in `text`."""
    sentences = sentences or Sentences(text)
    mentions, ranges = _scan(text, sentences)
    mentions = [*mentions, *find_chapters(text, sentences), *_old_headings(text, sentences)]
    mentions = _recital_references(mentions, layout or Layout(text))
    codes: dict[tuple[str, bool], CodeMention] = {}
    found_ranges: dict[tuple[str, str], CodeRange] = {}
    for item in (*mentions, *ranges):
        if isinstance(item, CodeRange):
            found_ranges.setdefault((item.code_from, item.code_to), item)
        else:
            codes.setdefault((item.code, item.ex), item)
    return sorted(codes.values(), key=lambda c: c.start), sorted(found_ranges.values(), key=lambda r: r.start)


def _recital_references(mentions: list[CodeMention | CodeRange], layout: Layout) -> list[CodeMention | CodeRange]:
    """A code the recitals cite but the operative part never names ("exports of ferrous waste of
    heading 7204 are restricted") is a reference, not goods the act concerns, when the operative
    part names the goods itself (otherwise the recitals may be all there is)."""
    operative = [m for m in mentions if isinstance(m, CodeMention) and layout.is_operative(m.start)]
    if not any(m.role == "covered" and not m.code.startswith(SPECIAL_CHAPTERS) for m in operative):
        return mentions
    named = {m.code for m in operative}
    return [
        replace(m, role="reference")
        if isinstance(m, CodeMention)
        and m.role == "covered"
        and m.code not in named
        and layout.kind_at(m.start) == "recitals"
        else m
        for m in mentions
    ]


def _scan(text: str, sentences: Sentences) -> tuple[list[CodeMention], list[CodeRange]]:
    """Candidates in order; a list carries its first code's acceptance and role, a range its ends."""
    mentions: list[CodeMention] = []
    ranges: list[CodeRange] = []
    roles = Roles(text, sentences)
    previous = None  # the last accepted candidate, for lists and ranges
    range_start = None  # the candidate that may open a range, and its mention
    accepted = None  # the last accepted candidate, whatever came between
    for match in CANDIDATE.finditer(text):
        glue = text[previous.end() : match.start()] if previous else None
        continues_list = glue is not None and bool(LIST_GLUE.match(glue))
        continues_range = glue is not None and bool(RANGE_GLUE.match(glue))
        sibling = _solid_sibling(accepted, match, sentences)
        if not _is_code(match, text, sentences, continues_list or continues_range or sibling):
            previous = range_start = None
            continue
        accepted = match
        if continues_range and range_start is not None and _is_range(range_start[0], match):
            if mentions and mentions[-1] is range_start[1]:
                mentions.pop()  # that number was only the range's first end
            ranges.append(_range(range_start[0], match, text))
            previous, range_start = match, None
            continue
        list_role = mentions[-1].role if continues_list and mentions else None
        mention = _mention(match, roles.at(match.start(), list_role))
        mentions.append(mention)
        previous, range_start = match, (match, mention)
    return mentions, ranges


def _solid_sibling(accepted: re.Match | None, match: re.Match, sentences: Sentences) -> bool:
    """A solid number written like a code accepted earlier in the same sentence ('3824999238 is
    absorbed into 3824999299'): the sentence already speaks of codes."""
    if accepted is None:
        return False
    number, other = match.group("number"), accepted.group("number")
    if not (number.isdigit() and other.isdigit() and len(number) == len(other) >= 8):
        return False
    return sentences.around(match.start())[0] == sentences.around(accepted.start())[0]


def _is_code(match: re.Match, text: str, sentences: Sentences, continues: bool) -> bool:
    words = notation()
    number = match.group("number")
    digits = re.sub(r"\D", "", number)
    shape = words.shape(number)
    if shape is None or digits[:2] == "00" or YEARS.match(number):
        return False
    before = text[max(0, match.start() - 40) : match.start()]
    if UNIT_AFTER.match(text[match.end() : match.end() + 12]) or words.not_before.search(before):
        return False
    if PHONE_BEFORE.search(before) or _in_column(match.start(), text, words.not_code_columns):
        return False
    if continues:
        return True
    heading_keyword = bool(words.heading_keywords.search(before))
    if len(digits) == 4:
        return heading_keyword or _in_column(match.start(), text, words.keywords, whole_cell=number)
    if match.group("ex"):
        return True
    if shape == "strong" and len(digits) >= 8 and digits != number:
        return True
    if shape == "weak" and len(digits) in (9, 12) and digits == number:
        return heading_keyword or _in_column(match.start(), text, words.keywords)
    return heading_keyword or _keyword_near(match.start(), text, sentences) or _starts_table_row(match, text)


def _keyword_near(offset: int, text: str, sentences: Sentences) -> bool:
    sentence_start, _ = sentences.around(offset)
    window = text[max(sentence_start, offset - KEYWORD_REACH) : offset]
    return bool(notation().keywords.search(window)) or _in_column(offset, text, notation().keywords)


def _in_column(offset: int, text: str, header_words: re.Pattern, whole_cell: str | None = None) -> bool:
    """The number stands in a table column whose header has `header_words` (and is the whole cell)."""
    if "|" not in text[max(0, offset - 300) : offset + 300]:
        return False
    header = column_header(text, offset)
    if not header or not header_words.search(header):
        return False
    if whole_cell is None:
        return True
    line_start = text.rfind("\n", 0, offset) + 1
    cell = text[line_start:offset].rsplit("|", 1)[-1]
    return not cell.strip(" \u00a0\t") and not text[offset + len(whole_cell) :].split("|", 1)[0].strip()


def _starts_table_row(match: re.Match, text: str) -> bool:
    """A code of 8 digits or more at the start of a line, where a table row or list item starts."""
    line_start = text.rfind("\n", 0, match.start()) + 1
    if text[line_start : match.start()].strip(" -•*\u00a0|\t") != "":
        return False
    return len(re.sub(r"\D", "", match.group("number"))) >= 8 and notation().shape(match.group("number")) == "strong"


def _is_range(first: re.Match, last: re.Match) -> bool:
    low, high = (re.sub(r"\D", "", m.group("number")) for m in (first, last))
    return len(low) == len(high) and low <= high


def _mention(match: re.Match, role: str) -> CodeMention:
    digits = re.sub(r"\D", "", match.group("number"))
    return CodeMention(
        digits, level_for(digits), bool(match.group("ex")), role, match.group(0), match.start(), match.end()
    )


def _range(first: re.Match, last: re.Match, text: str) -> CodeRange:
    end = last.end()
    inclusive = INCLUSIVE.match(text[end : end + 12])
    if inclusive:
        end += inclusive.end()
    low = re.sub(r"\D", "", first.group("number"))
    high = re.sub(r"\D", "", last.group("number"))
    return CodeRange(low, high, level_for(low), text[first.start() : end], first.start(), end)


def _old_headings(text: str, sentences: Sentences):
    for match in OLD_HEADINGS.finditer(text):
        role = role_at(text, match.start(), sentences)
        for number in re.finditer(r"\d{2}\.\d{2}", match.group("list")):
            start = match.start("list") + number.start()
            code = number.group().replace(".", "")
            yield CodeMention(code, "heading", False, role, number.group(), start, start + len(number.group()))
