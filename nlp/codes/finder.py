"""Tariff classification codes: HS, CN, TARIC, HTSUS (chapter 99 too), UK and Canadian codes.

Candidates are runs of digit groups (`7208 51 20`, `7208.51.0030`, `8714911031`, `ex02011000`).
A candidate becomes a code when its shape is a code shape and its context says so:
8 and 10-digit grouped codes stand on their own; short or unseparated ones need a keyword
nearby (`heading`, `CN code`, `HTSUS`...), an `ex`, a table row, or to continue a list or a
range that started with one. Regulation numbers, citations, CAS numbers, amounts, phone
numbers and years are rejected by shape or by their neighbours.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from nlp.codes.roles import role_at
from nlp.text.sentences import Sentences
from nlp.types import CodeMention, CodeRange
from tariffwatch.codes import level_for

CANDIDATE = re.compile(
    r"""
    (?=[eE\d])                            # lets the regex engine skip quickly to digits or 'ex'
    (?<![\w./@:\-§$€£+])                  # not glued to a word, URL, citation, amount or phone
    (?P<ex>ex[ \u00a0]?)?                 # 'ex 7208 51 20', 'ex02011000'
    (?P<number>\d{4}(?:[.][\d]{2,4}){1,3} # dotted: 8517.62, 9903.80.01, 7208.51.0030
      |\d{4}(?:[ \u00a0]\d{2,4}){1,3}     # grouped: 7208 51 20, 0809 3020 10
      |\d{4}(?:\d{2}){0,3})               # solid: 8703, 870360, 83051000, 8714911031
    (?![\w/@]|[.,]\d|-\d|\s?%|[ \u00a0]\d)  # not a decimal, range of years, percentage, longer number
""",
    re.VERBOSE | re.IGNORECASE,
)

CHAPTERS = re.compile(
    r"""
    (?P<kw>\b(?:chapters?|ch\.|chapitres?|Kapitel))[ \u00a0]+
    (?P<list>\d{1,2}(?:\s*(?:,\s*(?:and\s+|or\s+)?|and|or|to|through|–|-)\s*\d{1,2}\b)*)\b
""",
    re.VERBOSE | re.IGNORECASE,
)

# Words that announce classification codes shortly before them.
KEYWORD = re.compile(
    r"""
    \b(?:sub)?headings?\b | \bHS\b | \bHTS(?:US|A)?\b | \bCN\b | \bTARIC\b | \bcodes?\b
    | \btariff[ ](?:items?|lines?|numbers?|provisions?|classifications?)\b | \bcommodit(?:y|ies)\b
    | \bclassif(?:ied|iable|ication)\b | \bHarmonized\b | \bnomenclature\b | \bsubdivisions?\b
    | \bstatistical[ ]reporting[ ]numbers?\b | \bchapters?\b | \bpositions?\b
    | \bNC\b | \bKN\b | \bSH\b | \bsous-positions?\b | \bUnterpositions?\b | \bchapitres?\b | \bKapitel\b
""",
    re.VERBOSE | re.IGNORECASE,
)

# A heading (4 digits) needs its keyword right in front of it.
HEADING_KEYWORD = re.compile(
    r"(?:\b(?:sub)?headings?|\bHS|\bHTS(?:US)?|\bCN|\bposition|\bSH|\bKN|\btariff[ ]item)"
    r"(?:[ ]No\.?|[ ]code|[ ]number)?s?[ \u00a0]*(?:\(\w+\)[ ])?$",
    re.IGNORECASE,
)

LIST_GLUE = re.compile(r"^\s*(?:,|;|,?\s*(?:and|or|and/or))\s*(?:\(?\s*)?$", re.IGNORECASE)
# "7208 to 7212", "9903.80.65 through\n9903.81.19", "7208–7212"; a list dash on a new line is no range.
RANGE_GLUE = re.compile(r"^\s+(?:to|through|thru)\s+$|^[ \u00a0]?[–—-][ \u00a0]?$", re.IGNORECASE)
INCLUSIVE = re.compile(r"^,?\s*inclusive", re.IGNORECASE)

UNIT_AFTER = re.compile(
    r"^[ \u00a0]?(?:%|percent|per[ ]cent|mm|cm|km|m|kg|g|t|tonnes?|tons?|kw|w|v|ah|rpm|dozen|units?|"
    r"pieces?|days?|months?|years?|eur|euros?|usd|dollars?|hours?|ml|l|litres?|liters?|hz|kwh)\b",
    re.IGNORECASE,
)
NOT_A_CODE_BEFORE = re.compile(
    r"(?:\bCAS(?:[ ]RN)?s?|\bISO(?:[ ]Standard)?|\bEN|\bRoom|\bBox|\bFR|\bReg\.|\bU\.S\.C\.|\bCFR|"
    r"\bSuite|\bUS\$|\bphone|\bfax|\btel\.?|\btelephone|\bProclamation|\bOrder|\bAct|\bLaw|"
    r"\bsection|\bNotice|\bDecision|\bBILLING[ ]CODE|\bPage|\bEUR|\bUSD|\bGBP|\bCAD|"
    r"\+\d{1,3}(?:[ \u00a0(]+\d{1,4}\)?)*)[ \u00a0]*(?:No\.?[ ]?)?$",
    re.IGNORECASE,
)
# The tail of a phone number: "Telephone: 020 7215 5000", "(0)20 7215 5000", "0300 200 3700".
PHONE_BEFORE = re.compile(
    r"(?:\b(?:phone|telephone|tel|fax|call)\b\.?:?[ \u00a0]*[\d \u00a0()+.-]*"
    r"|\+\d{1,3}[\d \u00a0()]*|(?<![\d.])\(?0\d{1,4}\)?[ \u00a0])$",
    re.I,
)
YEARS = re.compile(r"^(?:19[5-9]\d|20[0-4]\d)[ \u00a0](?:19[5-9]\d|20[0-4]\d)$")  # "2020 2021" in a flattened table
CHAPTER_NOT_TARIFF = re.compile(
    r"^\s*of\s+(?!the\s+(?:HTS|Harmonized|Combined|List|Customs|Schedule|Nomenclature|CN|HS)|"
    r"(?:the\s+)?(?:HTS|HTSUS|CN|HS|Combined|Harmonized|Annex|Schedule))",
    re.IGNORECASE,
)
STRUCTURAL_CHAPTER = re.compile(r"\bsubchapter\s+[IVXLC\d]+\s+of\s*$", re.IGNORECASE)


def find_codes(text: str, sentences: Sentences | None = None) -> tuple[list[CodeMention], list[CodeRange]]:
    """All code mentions (each distinct code once, first mention) and ranges in `text`."""
    sentences = sentences or Sentences(text)
    codes: dict[tuple[str, bool], CodeMention] = {}
    ranges: dict[tuple[str, str], CodeRange] = {}
    for item in _accepted(text, sentences):
        if isinstance(item, CodeRange):
            ranges.setdefault((item.code_from, item.code_to), item)
        else:
            codes.setdefault((item.code, item.ex), item)
    for item in (*_chapters(text), *_old_headings(text)):
        if isinstance(item, CodeRange):
            ranges.setdefault((item.code_from, item.code_to), item)
        else:
            codes.setdefault((item.code, item.ex), item)
    range_ends = {end for key in ranges for end in key}
    kept = [c for c in codes.values() if c.code not in range_ends]
    return sorted(kept, key=lambda c: c.start), sorted(ranges.values(), key=lambda r: r.start)


def _accepted(text: str, sentences: Sentences) -> Iterator[CodeMention | CodeRange]:
    previous = None  # the last accepted candidate, for lists and ranges
    pending_range_start = None
    for match in CANDIDATE.finditer(text):
        digits = re.sub(r"[^\d]", "", match.group("number"))
        glue = text[previous.end() : match.start()] if previous else None
        continues_list = glue is not None and bool(LIST_GLUE.match(glue))
        continues_range = glue is not None and bool(RANGE_GLUE.match(glue))
        if not _is_code(match, digits, text, sentences, continues_list or continues_range):
            previous, pending_range_start = None, None
            continue
        if continues_range and pending_range_start is not None:
            yield _range(pending_range_start, match, text)
            previous, pending_range_start = match, None
            continue
        mention = _mention(match, digits, text)
        pending_range_start = match
        previous = match
        yield mention


def _is_code(match: re.Match, digits: str, text: str, sentences: Sentences, continues: bool) -> bool:
    number = match.group("number")
    if len(digits) not in (4, 6, 8, 10) or digits[:2] == "00":
        return False
    before = text[max(0, match.start() - 40) : match.start()]
    after = text[match.end() : match.end() + 12]
    if UNIT_AFTER.match(after) or NOT_A_CODE_BEFORE.search(before) or PHONE_BEFORE.search(before):
        return False
    if YEARS.match(number):
        return False
    if not _groups_look_like_code(number):
        return False
    if continues:
        return True
    if match.group("ex"):
        return len(digits) >= 6 or bool(HEADING_KEYWORD.search(before))
    if len(digits) == 4:
        return bool(HEADING_KEYWORD.search(before))
    separated = any(ch in number for ch in " .\u00a0")
    if separated and len(digits) >= 8:
        return True
    return _keyword_near(match.start(), text, sentences) or _starts_table_row(match.start(), text)


DOTTED_SHAPES = {(2,), (2, 2), (2, 4), (2, 2, 2)}  # 8517.62, 0603.10.11, 7208.51.0030, 8703.22.00.10
GROUPED_SHAPES = {(), (2,), (2, 2), (2, 2, 2), (4,), (4, 2), (2, 4)}  # 8703 60, 7208 51 20, 0809 3020 10


def _groups_look_like_code(number: str) -> bool:
    """The lengths of the digit groups after the first four must be a shape codes are written in."""
    tail = tuple(len(group) for group in re.split(r"[ .\u00a0]", number)[1:])
    return tail in (DOTTED_SHAPES if "." in number else GROUPED_SHAPES)


def _keyword_near(offset: int, text: str, sentences: Sentences) -> bool:
    sentence_start, _ = sentences.around(offset)
    window = text[max(sentence_start, offset - 200) : offset]
    if KEYWORD.search(window):
        return True
    return _table_header_has_keyword(offset, text)


def _starts_table_row(offset: int, text: str) -> bool:
    """A code at the start of a line followed by a cell separator or a description is a table row."""
    line_start = text.rfind("\n", 0, offset) + 1
    if text[line_start:offset].strip(" -•*\u00a0|\t") != "":
        return False
    digits = len(re.match(r"[\d \u00a0.]*", text[offset:]).group().replace(" ", "").replace(".", ""))
    return digits >= 8 or _table_header_has_keyword(offset, text)


def _table_header_has_keyword(offset: int, text: str) -> bool:
    """A cell under a 'CN code' / 'Commodity code' / 'HTSUS' column header."""
    header_zone = text[max(0, offset - 3000) : offset]
    for line in reversed(header_zone.splitlines()[-60:]):
        if "|" in line and KEYWORD.search(line) and not re.search(r"\d{4}", line):
            return True
    return False


def _mention(match: re.Match, digits: str, text: str) -> CodeMention:
    return CodeMention(
        code=digits,
        level=level_for(digits),
        ex=bool(match.group("ex")),
        role=role_at(text, match.start()),
        text=match.group(0),
        start=match.start(),
        end=match.end(),
    )


def _range(first: re.Match, last: re.Match, text: str) -> CodeRange:
    end = last.end()
    inclusive = INCLUSIVE.match(text[end : end + 12])
    if inclusive:
        end += inclusive.end()
    low = re.sub(r"\D", "", first.group("number"))
    high = re.sub(r"\D", "", last.group("number"))
    return CodeRange(low, high, level_for(low), text[first.start() : end], first.start(), end)


# Older notation of headings, still in consolidated texts: "heading No 72.08", "headings Nos 72.08 and 72.09".
OLD_HEADINGS = re.compile(r"\bheadings?\s+Nos?\.?\s+(?P<list>\d{2}\.\d{2}(?:\s*(?:,|and|or|to)\s*\d{2}\.\d{2})*)", re.I)


def _old_headings(text: str) -> Iterator[CodeMention]:
    for match in OLD_HEADINGS.finditer(text):
        for number in re.finditer(r"\d{2}\.\d{2}", match.group("list")):
            start = match.start("list") + number.start()
            yield CodeMention(
                number.group().replace(".", ""),
                "heading",
                False,
                role_at(text, start),
                number.group(),
                start,
                start + len(number.group()),
            )


def _chapters(text: str) -> Iterator[CodeMention | CodeRange]:
    for match in CHAPTERS.finditer(text):
        before = text[max(0, match.start() - 40) : match.start()]
        after = text[match.end() : match.end() + 60]
        if STRUCTURAL_CHAPTER.search(before) or CHAPTER_NOT_TARIFF.match(after):
            continue
        yield from _chapter_items(match, text)


def _chapter_items(match: re.Match, text: str) -> Iterator[CodeMention | CodeRange]:
    numbers = list(re.finditer(r"\d{1,2}", match.group("list")))
    base = match.start("list")
    index = 0
    while index < len(numbers):
        number = numbers[index]
        code = number.group().zfill(2)
        if code == "00" or int(code) > 99:
            index += 1
            continue
        glue = match.group("list")[number.end() : numbers[index + 1].start()] if index + 1 < len(numbers) else ""
        if RANGE_GLUE.match(glue):
            high = numbers[index + 1].group().zfill(2)
            yield CodeRange(
                code,
                high,
                "chapter",
                text[match.start() : base + numbers[index + 1].end()],
                match.start(),
                base + numbers[index + 1].end(),
            )
            index += 2
            continue
        yield CodeMention(
            code,
            "chapter",
            False,
            role_at(text, match.start()),
            text[match.start() : match.end()],
            match.start(),
            match.end(),
        )
        index += 1
