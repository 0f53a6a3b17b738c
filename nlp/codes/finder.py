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

from nlp.codes.amended_rows import amended_table_row
from nlp.codes.bracket_digits import bracketed_final_digits
from nlp.codes.cells import table_code_cell
from nlp.codes.chapters import find_chapters
from nlp.codes.columns import (
    cell_of_its_line,
    closes_a_row_under_its_header,
    code_cell,
    in_a_column_of_no_codes,
    in_column,
    opens_a_cell_of_codes,
)
from nlp.codes.compressed_siblings import compressed_sibling
from nlp.codes.cut_tail import without_a_cut_tail
from nlp.codes.ex_marks import ex_after
from nlp.codes.headings import dotted_headings, starts_row
from nlp.codes.introduced import introduced
from nlp.codes.layout_readers import LAYOUT_READERS
from nlp.codes.leader_rows import leader_row_headings
from nlp.codes.lookalikes import DOTTED_DATE, TRUNK_PREFIX_BEFORE, YEAR, YEARS
from nlp.codes.norwegian import SIBLING_GLUE, tariff_number_cell, tariff_number_not_date
from nlp.codes.notation import CANDIDATE, NO_SUCH_HEADING, UNIT_AFTER, digits_of, neutral_notation, notation
from nlp.codes.order_rows import after_an_order_number
from nlp.codes.roles import Roles
from nlp.codes.ruled_out import with_ruled_out
from nlp.codes.schedules import (
    PARENT_REACH,
    CodeHeaders,
    ex_tariff_codes,
    ex_tariff_rows,
    extends,
    flat_serial_row,
    in_introduced_list,
    in_introduced_table,
    inserted_row,
    under_a_code_label,
)
from nlp.codes.siblings import sibling_of
from nlp.codes.substituted import replaced_from, swapped_code
from nlp.text.layout import Layout
from nlp.text.patterns import guarded
from nlp.text.sentences import Sentences
from nlp.types import CodeMention, CodeRange
from tariffwatch.codes import level_for

# A list's glue, in Chinese and Japanese too ('0805、0806和0807', '0805、0806 及び 0807'; a Japanese statute's
# numbers keep their counters: '第0401・10号、第0401・20号', '第7503号及び第7505号'). Czech and Slovak 'a', Serbian and
# Polish 'i', Macedonian 'и' ('0714 10 99 a 0714 90 19'; a bare 'a' is a range's only after 'de'/'da', `_opens_range`);
# Arabic's comma and its 'and' written apart ('رقم 7213، 7214', '7213 و 7214').
LIST_GLUE = re.compile(
    r"^\s*[号項]?\s*(?:,|;|&|、|，|；|،|,?\s*(?:and|or|and/or|et|ou|und|oder|y|e|a|i|и|和|及|与|或|及び|並びに|و))\s*(?:\(?\s*)?第?$",
    re.IGNORECASE,
)
# "7208 to 7212", "9903.80.65 through\n9903.81.19", "7204 10 till 7204 50", Icelandic and Danish "0302.91 til
# 0302.99", "7208–7212"; a list dash on
# a new line is no range.
RANGE_GLUE = re.compile(
    r"^\s+(?:to|through|thru|till|til|until|à|au|bis|al|a)\s+$|^[ \u00a0]?[–—-][ \u00a0]?$", re.IGNORECASE
)
INCLUSIVE = re.compile(r"^,?\s*inclusive", re.IGNORECASE)
# a bare 'a' joins a range in Spanish, Portuguese or Italian ('posições 6402 a 6405', 'da 7208 a 7212'); after a code
# that itself continues a comma list it is the Czech and Slovak 'and' closing it ('KN 0714 10 91, 0714 10 99 a 0714 90
# 19'), unless a word opened the range ('de 0101, … a …')
BARE_A = re.compile(r"^\s+a\s+$", re.IGNORECASE)
RANGE_OPENED = re.compile(r"\b(?:de|del|desde|entre|da|dal|dalla|dai|dos|das)\s+(?:[^\W\d_]+\s+){0,3}$", re.IGNORECASE)
LISTED_BEFORE = re.compile(r"\d\s*,\s*$")
# Only spaces or line breaks between two codes: the cells of a code column flattened from a table
COLUMN_GLUE = re.compile(r"^\s+$")
DATE_SHAPED = re.compile(r"\d\d\.\d\d\.\d{4}$")
DASHED = re.compile(r"[ \t\u00a0]+(?:-[ \t\u00a0]?){1,4}[^\W\d_]")  # a schedule's description: '-- Other'
# a row's description, dashed or not, under a code column's header: '0704.9002 Rauðkál 01.01.-30.06.18 ...'
KEYWORD_REACH = 200
# A SACU schedule's item number glued to the code it covers: 'Dumping Item 215.02/7210.49.10/01.08',
# 'rebate item 460.03/8703.23/01.05' (South African, Botswana, Namibian, Lesotho and Eswatini schedules 2 to 6).
SACU_ITEM_BEFORE = guarded(r"\b\d{3}\.\d\d/$")
SPECIAL_CHAPTERS = ("98", "99")  # national provisions: they say how goods are treated, not which


def find_codes(
    text: str, sentences: Sentences | None = None, layout: Layout | None = None
) -> tuple[list[CodeMention], list[CodeRange]]:
    """All code mentions (each distinct code once, first mention) and ranges in `text`; codes in ASCII digits,
    their evidence as written ('０７０２．００' is 070200)."""
    neutral = neutral_notation(text)
    if neutral is not text:
        codes, ranges = find_codes(neutral, sentences, layout)
        return [replace(c, text=text[c.start : c.end]) for c in codes], [
            replace(r, text=text[r.start : r.end]) for r in ranges
        ]
    sentences = sentences or Sentences(text)
    mentions, ranges = _scan(text, sentences)
    mentions = [*mentions, *find_chapters(text, sentences), *dotted_headings(text, sentences, mentions)]
    mentions += leader_row_headings(text, sentences)
    mentions += ex_tariff_codes(text, sentences, mentions)
    for reader in LAYOUT_READERS:  # each reads only where no earlier reader found a code
        mentions += reader(text, sentences, {m.start for m in mentions})
    mentions = _recital_references(mentions, layout or Layout(text))
    mentions = without_a_cut_tail(text, mentions)
    mentions, ranges = bracketed_final_digits(text, sentences, mentions, ranges)
    codes: dict[tuple[str, bool], CodeMention] = {}
    found_ranges: dict[tuple[str, str], CodeRange] = {}
    for item in (*mentions, *ranges):
        if isinstance(item, CodeRange):
            found_ranges.setdefault((item.code_from, item.code_to), item)
        else:
            codes.setdefault((item.code, item.ex), item)
    kept = with_ruled_out(text, sorted(codes.values(), key=lambda c: c.start))
    return kept, sorted(found_ranges.values(), key=lambda r: r.start)


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
    headers = CodeHeaders(text)
    previous = None  # the last accepted candidate, for lists and ranges
    range_start = None  # the candidate that may open a range, and its mention
    accepted = None  # the last accepted candidate, whatever came between
    parent = None  # a rejected number starting a row: a code if the next code extends it
    head = None  # a rejected heading: a list's first code if codes follow it ('commodities 0203, 020630')
    ex_rows = {start for start, _ in ex_tariff_rows(text)}  # read by ex_tariff_codes, without the ex's number
    for match in CANDIDATE.finditer(text):
        if match.start() in ex_rows and len(digits_of(match.group("number"))) > 8:
            previous = range_start = None  # '8471.50.10 023': the NCM, then its ex's number, is no code of 11
            continue
        glue = text[previous.end() + len(ex_after(previous)) : match.start()] if previous else None
        continues_list = glue is not None and bool(
            LIST_GLUE.match(glue) or SIBLING_GLUE.match(glue) or _next_cell(previous, glue, match)
        )
        continues_range = glue is not None and bool(RANGE_GLUE.match(glue)) and _opens_range(previous, glue, text)
        if glue is not None and compressed_sibling(previous, glue, match):
            previous = range_start = None  # '2004.1012 / 1013': the sibling's last digits, no heading 1013
            continue
        sibling = sibling_of(accepted, match, text, sentences)
        if not _is_code(match, text, sentences, continues_list or continues_range or sibling, headers):
            previous = range_start = None
            parent = match if _may_be_parent(match, text) else parent
            head = match if _may_head_a_list(match, text, sentences, headers) else None
            continue
        if head is not None and _heads_list(head, match, text):
            mentions.append(_mention(head, roles.at(head.start())))
        head = None
        if parent is not None and _is_parent(parent, match, text):
            mentions.append(_mention(parent, roles.at(parent.start())))
        parent, accepted = None, match
        if cell_of_its_line(match, text):
            headers.carry_on(match.start())
        if continues_range and range_start is not None and _is_range(range_start[0], match):
            if mentions and mentions[-1] is range_start[1]:
                mentions.pop()  # that number was only the range's first end
            ranges.append(_range(range_start[0], match, text, range_start[1].role))
            previous, range_start = match, None
            continue
        list_role = mentions[-1].role if continues_list and mentions else None
        mention = _mention(match, roles.at(match.start(), list_role))
        mentions.append(mention)
        previous, range_start = match, (match, mention)
    return mentions, ranges


def _opens_range(previous: re.Match, glue: str, text: str) -> bool:
    """A range's joining word makes one, save a bare 'a' after the last item of a comma list (a list's 'and' in Czech
    and Slovak) with no 'de'/'da' before the range's first end."""
    if glue.strip().lower() == "to" and replaced_from(text, previous.start()):
        return False
    if not BARE_A.match(glue):
        return True
    before = text[max(0, previous.start() - 60) : previous.start()]
    return bool(RANGE_OPENED.search(before)) or not LISTED_BEFORE.search(before)


def _next_cell(previous: re.Match, glue: str, match: re.Match) -> bool:
    """A dotted code then only white space: the next cell of a flattened code column
    ('7404.0010 7404.0090\n7407.1010 9918'), or a solid code of 8 digits or more then one as long (a row
    of a decree's list); a year there is a date column's."""
    number, before = match.group("number"), previous.group("number")
    if not COLUMN_GLUE.match(glue) or re.fullmatch(YEAR, number):
        return False
    if before.isdigit():  # a row of solid codes ('3907300000 3907610000'): the same length, 8 digits or more
        return len(before) >= 8 and number.isdigit() and len(number) == len(before)
    if "." not in before:
        return False
    # a bare heading only as the column's last cell ('… 8710.0090 9918\n'), not a count in running text
    return len(number) > 4 or match.string[match.end() : match.end() + 1] in ("\n", "")


def _may_be_parent(match: re.Match, text: str) -> bool:
    """A number of a code shape starting a row: a heading or subheading row of a schedule, if the next
    code extends it."""
    number = match.group("number")
    return len(digits_of(number)) >= 6 and notation().shape(number) is not None and starts_row(match.start(), text)


def _may_head_a_list(match: re.Match, text: str, sentences: Sentences, headers: CodeHeaders) -> bool:
    """A heading a keyword of the sentence introduces without standing right before it ('the requirements on
    commodities 0203, 020630 and 0209'): whatever else makes it a code holds, it only lacks its keyword."""
    number = match.group("number")
    return (
        len(number) == 4
        and number.isdigit()
        and LIST_GOES_ON.match(text, match.end()) is not None
        and _keyword_near(match.start(), text, sentences)
        and _is_code(match, text, sentences, True, headers)
    )


LIST_GOES_ON = re.compile(r"[ \t\u00a0]*[,;、][ \t\u00a0]*\d")  # a comma, then the list's next number


def _heads_list(head: re.Match, match: re.Match, text: str) -> bool:
    """The code accepted next follows the heading after a list's comma: the heading opens that list of codes."""
    return text[head.end() : match.start()].strip() in (",", ";", "、")


def _is_parent(parent: re.Match, child: re.Match, text: str) -> bool:
    """The code right after a row's number extends its digits and starts a row itself ('0703.10' /
    '- Onions:' / '0703.10 10'): the schedule's hierarchy makes the first a subheading."""
    if child.start() - parent.end() > PARENT_REACH or not starts_row(child.start(), text):
        return False
    digits = (digits_of(m.group("number")) for m in (parent, child))
    return extends(*digits) and not UNIT_AFTER.match(text[parent.end() : parent.end() + 12])


def _is_code(match: re.Match, text: str, sentences: Sentences, continues: bool, headers: CodeHeaders) -> bool:
    words = notation()
    number = match.group("number")
    digits = digits_of(number)
    shape = words.shape(number)
    # no HS chapter 00 and no heading xx00: '100000' and '2500.00' are amounts; one digit repeated ('999999', a
    # number format's placeholder: 'XXyyyy999999') is no heading of any schedule
    if (
        shape is None
        or len(set(digits)) == 1
        or digits[:2] == "00"
        or digits[2:4] == "00"
        or YEARS.match(number)
        or NO_SUCH_HEADING.match(digits)
    ):
        return False
    before = text[max(0, match.start() - 40) : match.start()]
    if UNIT_AFTER.match(text[match.end() : match.end() + 12]) or words.not_before.search(before):
        return False
    # ('ex' before the number: the rest of a phone number never has it; 'ex 0712 32 00 ex 0712 33 00' lists ex codes)
    if words.phone_before.search(before) or (
        "." not in number and not match.group("ex") and TRUNK_PREFIX_BEFORE.search(before)
    ):
        return False
    if in_a_column_of_no_codes(match.start(), text, words.not_code_columns):
        return False
    if DATE_SHAPED.match(number):  # Norway's '04.07.1900' reads as a date unless its keyword stands right before it
        if words.heading_keywords.search(before) or tariff_number_cell(match, text, headers):
            return True
        reach = text[max(0, match.start() - KEYWORD_REACH) : match.start()]
        return continues and tariff_number_not_date(number, reach)
    # (a SACU item's '/' ends the window, or stands before a last '\n': most windows are ruled out without a search)
    if continues or ("/" in before[-2:] and SACU_ITEM_BEFORE.search(before)):
        return True
    heading_keyword = bool(words.heading_keywords.search(before) or words.keywords_after.match(text, match.end()))
    if len(digits) == 4:
        # 'ex 8710' (part of a heading) is tariff usage in lower case; 'Ex 1001' is an exhibit
        return (
            heading_keyword
            or match.group("ex") in ("ex", "ex ")
            or ex_after(match) != ""
            or in_column(match.start(), text, words.keywords, whole_cell=number)
            or opens_a_cell_of_codes(match, text, words.keywords)
            or after_an_order_number(match.start(), text)
            or in_introduced_list(match.start(), match.end(), text)
            or flat_serial_row(match.start(), text, headers.above(match.start()))
            or inserted_row(match.start(), match.end(), text)
            or table_code_cell(match.start(), match.end(), text)
            or amended_table_row(match.start(), match.end(), text)
        )
    if match.group("ex"):
        return True
    if shape == "strong" and len(digits) >= 8 and digits != number and not DOTTED_DATE.match(number):
        return True
    if shape == "weak" and len(digits) in (9, 12) and digits == number:
        return heading_keyword or in_column(match.start(), text, words.keywords)
    return (
        heading_keyword
        or _keyword_near(match.start(), text, sentences)
        or _starts_table_row(match, text)
        or code_cell(match, text, digits, headers)
        or closes_a_row_under_its_header(match, text, digits, headers)
        or in_introduced_list(match.start(), match.end(), text)
        or flat_serial_row(match.start(), text, headers.above(match.start()))
        or inserted_row(match.start(), match.end(), text)
        or under_a_code_label(match.start(), text)
        or table_code_cell(match.start(), match.end(), text)
        or after_an_order_number(match.start(), text)
        or amended_table_row(match.start(), match.end(), text)
        or ("." in number and in_introduced_table(match.start(), text))
        or swapped_code(match.start("number"), match.end("number"), text)
    )


def _keyword_near(offset: int, text: str, sentences: Sentences) -> bool:
    sentence_start, _ = sentences.around(offset)
    window = text[max(sentence_start, offset - KEYWORD_REACH) : offset]
    return bool(notation().keywords.search(window)) or in_column(offset, text, notation().keywords)


def _starts_table_row(match: re.Match, text: str) -> bool:
    """A code of 8 digits or more at the start of a line, where a table row or list item starts."""
    if not starts_row(match.start(), text, marker=False):
        return False
    number = match.group("number")
    if number.isdigit() and re.match(r"[ \u00a0]+\d", text[match.end() : match.end() + 3]):
        return introduced(match.start(), text)  # a row of solid numbers is one of codes where a word says so
    if notation().shape(number) == "weak":  # a list's first item in a weak notation ('codes:\n - 72 08 10 00')
        return introduced(match.start(), text)
    return len(digits_of(number)) >= 8 and notation().shape(number) == "strong"


def _is_range(first: re.Match, last: re.Match) -> bool:
    low, high = (digits_of(m.group("number")) for m in (first, last))
    return len(low) == len(high) and low <= high


def _mention(match: re.Match, role: str) -> CodeMention:
    digits = digits_of(match.group("number"))
    return CodeMention(
        digits,
        level_for(digits),
        bool(match.group("ex") or ex_after(match)),
        role,
        match.group(0),
        match.start(),
        match.end(),
    )


def _range(first: re.Match, last: re.Match, text: str, role: str) -> CodeRange:
    end = last.end()
    inclusive = INCLUSIVE.match(text[end : end + 12])
    if inclusive:
        end += inclusive.end()
    low = digits_of(first.group("number"))
    high = digits_of(last.group("number"))
    return CodeRange(low, high, level_for(low), text[first.start() : end], first.start(), end, role)
