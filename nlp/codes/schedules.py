"""Codes in national tariff schedules printed as tables with no keyword beside each code.

Two structures say a bare number is a code: a code column's header line above it ('Product HS Code
Country', 'Tariff Hdg. No.', 'Código', 'GTİP', 'Kode HS'; the words are code_column_headers in
nlp/data/code_patterns.yaml) when the number is the whole cell of its line, and the hierarchy of a
schedule, where a heading or subheading row is followed by the national lines that extend its digits
('0703.10' then '0703.10 10'). A price, a count or an identifier alone on a line has neither.
"""

from __future__ import annotations

import re

from nlp.codes.notation import digits_of, notation
from nlp.codes.roles import Roles
from nlp.text.patterns import guarded
from nlp.text.prefilter import may_occur
from nlp.text.sentences import Sentences
from nlp.text.tables import block_label
from nlp.text.textutil import lines_above
from nlp.types import CodeMention
from tariffwatch.codes import level_for

HEADER_REACH = 1500  # a flattened table's rows below its header line
HEADER_LINE_MAX = 200  # a header line is short; running text that says "HS code" is no header
PARENT_REACH = 600  # a parent row's first subdivision follows within its description
ALONE = re.compile(r"[ \t\u00a0]*(?:\n|$)")
# A line of a bulleted list of bare codes ('·       847330', '- 8542', '• ex 8504 40'), nothing else on it.
CODE_ITEM_LINE = re.compile(r"[ \t|•·▪◦*\-\u00a0]*(?:ex[ \u00a0]?)?\d{2,4}(?:[ .\u00a0]?\d{1,4}){0,4}[ \t\u00a0]*")
# A row's serial number: '12. ' in running text, or alone on the line above the code in a table flattened one
# cell a line ('12.' / '0713'; a blank line may come between).
FLAT_SERIAL = guarded(r"(?<![\w.])(\d{1,3})\.(?:[ \u00a0]+|[ \t\u00a0]*\n(?:[ \t\u00a0]*\n)?[ \t\u00a0]*)$")
LIST_MAX_LINES = 400  # a list of codes this long, blank lines included, still counts as one list
INTRO_REACH = 200  # the words introducing the list end with a colon on the line above it
# A list split into groups under short captions of their own ('Group A controls' then its codes): a caption is a
# few words without a sentence's end; the list's introduction ending with a colon stands above the first one.
GROUP_CAPTION = re.compile(r"[ \t\u00a0]*[^\W\d_][^\n.;!?]{0,58}[^\s.;,!?][ \t\u00a0]*")
MAX_CAPTIONS = 8


def alone_on_line(start: int, end: int, text: str) -> bool:
    """The number is the whole content of its line (a flattened table's cell)."""
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip(" \t\u00a0|") and bool(ALONE.match(text, end))


def in_introduced_list(start: int, end: int, text: str) -> bool:
    """The number is an item alone on its line in a bulleted list of bare codes whose introduction ends with a
    colon and names codes ('... headings and subheadings of the HTSUS:' then '· 8471', '· 847330', ...): a
    memorandum's or notice's list carries no keyword beside each item. The list may be split into groups
    under short captions."""
    position = text.rfind("\n", 0, start) + 1
    # (alone on its line first: a table row's cell fails there, before the item line's backtracking digit groups)
    if not ALONE.match(text, end) or not CODE_ITEM_LINE.fullmatch(text, position, end):
        return False
    captions = 0
    for above_start, above in lines_above(text, position, LIST_MAX_LINES):
        if above.strip() and not CODE_ITEM_LINE.fullmatch(above):
            if _introduces_codes(above_start, position - 1, text):
                return True
            # a group's caption ('Live animals' above its share of the list): the introduction is further up
            captions += 1
            if captions > MAX_CAPTIONS or not GROUP_CAPTION.fullmatch(above):
                return False
        position = above_start
    return False


def _introduces_codes(line_start: int, line_end: int, text: str) -> bool:
    """The line ends with a colon and it, or the sentence it closes, names codes."""
    if not text[line_start:line_end].rstrip().endswith(":"):
        return False
    opening = text[max(0, line_end - INTRO_REACH) : line_end]
    sentence = re.split(r"[.;]\s|\n\s*\n", opening)[-1]
    return bool(notation().keywords.search(sentence))


TABLE_ROW_MAX = 80  # the short lines of a table's cells, flattened with spaces
TABLE_REACH = 600  # from the introducing colon to the row


def in_introduced_table(start: int, text: str) -> bool:
    """A dotted code inside a short row of a table that the sentence above introduces with a colon and that names
    codes ('... en la posición arancelaria que a continuación se indica:' over 'Mercancía Código Glosa ...' and
    'Trigo 1001.9000 Los demás 106,31'): every line between is a short one of header or row cells."""
    position = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    if (line_end if line_end >= 0 else len(text)) - position > TABLE_ROW_MAX:
        return False
    for above_start, above in lines_above(text, position, LIST_MAX_LINES):
        if start - above_start > TABLE_REACH:
            return False
        if above.rstrip().endswith(":"):
            return _introduces_codes(above_start, above_start + len(above), text)
        if len(above) > TABLE_ROW_MAX:
            return False
    return False


def flat_serial_row(start: int, text: str, header_above: bool = False) -> bool:
    """The number follows a row's serial number ('7. ') in a table flattened into running text, below a code
    column's header ('S. No. PCT Code Description Rate ... 1. 01.05 Live poultry ... 10 2. 03.03 Fish ...'), or
    one cell a line ('16.' / '0713' / 'Pulses'); `header_above`: a long table's header is further up, its code
    column carried down by the rows between. The serial numbers around it count on (the row before or after it
    has the neighbouring number)."""
    serial = FLAT_SERIAL.search(text, max(0, start - 12), start)
    if serial is None:
        return False
    header_zone = text[max(0, start - HEADER_REACH) : serial.start()]
    if not header_above and not notation().code_column_headers.search(header_zone):
        return False
    number = int(serial.group(1))
    following = re.compile(rf"(?<![\d.]){number + 1}\.\s+\d")
    preceding = re.compile(rf"(?<![\d.]){number - 1}\.\s+\d")
    return bool(
        following.search(text, start, start + PARENT_REACH)
        or preceding.search(text, max(0, start - PARENT_REACH), start)
    )


class CodeHeaders:
    """Header lines of code columns ('Product HS Code Country') met so far in one text: scanned lazily and
    once, forwards, as the finder asks about later and later offsets (linear in the text)."""

    def __init__(self, text: str):
        self.text = text
        self.scanned_to = 0
        self.last_header = -HEADER_REACH - 1  # where the last line naming a code column starts
        self.last_valid = False  # and whether it is a header line (short, no case or file column)
        self.last_short = False  # and whether it is short (a serial column allowed)
        self.last_cell = -HEADER_REACH - 1  # the line of the last code cell read below that header

    def carry_on(self, start: int) -> None:
        """A code cell at `start` was read below the header: the column goes on, and the header reaches as far
        below this row as below itself (a long table flattened one cell a line, its header pages above)."""
        if self.above(start):
            self.last_cell = self.text.rfind("\n", 0, start) + 1

    def above(self, start: int) -> bool:
        """A short line above `start`, within HEADER_REACH, names a code column (and no case or file column)."""
        line_start = self._scan_to(start)
        return self.last_valid and line_start - max(self.last_header, self.last_cell) <= HEADER_REACH

    def above_serials(self, start: int) -> bool:
        """A short line above `start`, within HEADER_REACH, names a code column, whatever other columns it
        has: for a row whose serial number stands apart from its code ('S.NO. PCT CODE DESCRIPTION' over
        '1. 0403.1000 Yogurt')."""
        line_start = self._scan_to(start)
        return self.last_short and line_start - max(self.last_header, self.last_cell) <= HEADER_REACH

    def _scan_to(self, start: int) -> int:
        text = self.text
        line_start = text.rfind("\n", 0, start) + 1
        zone_start = max(self.scanned_to, line_start - HEADER_REACH)
        headers = notation().code_column_headers
        for header in headers.finditer(text, zone_start, line_start) if may_occur(headers, text) else ():
            header_start = text.rfind("\n", 0, header.start()) + 1
            if header_start > self.last_header:
                self.last_header, self.last_cell = header_start, -HEADER_REACH - 1
                self.last_valid = _is_header_line(text, header_start, header.end())
                self.last_short = _is_short_line(text, header_start, header.end())
        self.scanned_to = max(self.scanned_to, line_start)
        return line_start


def _header_line(text: str, header_start: int, inside: int) -> str:
    header_end = text.find("\n", inside)
    return text[header_start : header_end if header_end >= 0 else len(text)]


def _is_header_line(text: str, header_start: int, inside: int) -> bool:
    line = _header_line(text, header_start, inside)
    # a header with a case or file number column too: a bare number below may be that column's
    return len(line) <= HEADER_LINE_MAX and not notation().identifier_columns.search(line)


def _is_short_line(text: str, header_start: int, inside: int) -> bool:
    return len(_header_line(text, header_start, inside)) <= HEADER_LINE_MAX


def extends(parent_digits: str, child_digits: str) -> bool:
    """The child row is a subdivision of the parent row ('070310' -> '07031010')."""
    return len(child_digits) > len(parent_digits) and child_digits.startswith(parent_digits)


# A Mercosur annex of ex-tariffs (Brazilian GECEX resolutions: LETEC, LEBIT, ex-tarifários): the header names an
# NCM column then an Ex column ('NCM | Nº Ex | Alíquota (%)', glued as 'NCMNº ExAlíquota' when a page is
# flattened), and each row starts with the 8-digit NCM, then the ex's 3-digit number, then the rate: '8419.89.99
# 001 14 Secadores ...', or glued '3912.39.100030Hidroxi...' (NCM 3912.39.10, Ex 003, 0 %).
EX_TARIFF_HEADER = guarded(r"\bNCM(?![a-zà-ÿ])[^\n]{0,20}?\bEx(?![a-zà-ÿ])")
EX_TARIFF_ROW = re.compile(r"^[ \t|]*(?P<code>\d{4}\.\d\d\.\d\d)[ \t|]*\d{3}(?=\D|\d{1,3}(?:[,.]\d+)?\D)", re.M)


def ex_tariff_rows(text: str) -> list[tuple[int, int]]:
    """The spans of the NCM codes starting the rows of ex-tariff tables, each row close below the header or
    the row before."""
    spans: list[tuple[int, int]] = []
    if "NCM" not in text:  # the header names the column (a fast test: most texts have none)
        return spans
    for header in EX_TARIFF_HEADER.finditer(text):
        reach = header.end() + HEADER_REACH
        if spans and spans[-1][0] > header.start():
            continue  # a header repeated on the next page of a table already read
        for row in EX_TARIFF_ROW.finditer(text, header.end()):
            if row.start() > reach:
                break
            spans.append(row.span("code"))
            reach = row.end() + HEADER_REACH
    return spans


# A row an amending notification inserts into a table: its serial carries a letter after the number it follows
# ('551A.', '“551 A.', '12B.'), the code cell comes next on a line of its own, and a sentence close above says that
# serial numbers and entries are inserted ('after S. No. 551 … the following Sl. No. and entries shall be inserted').
INSERTED_SERIAL = re.compile(
    r"(?<![\w.])[“\"‘']?\d{1,4}[ \u00a0]?[A-Z]\.[ \t\u00a0]*\n(?:[ \t\u00a0]*\n){0,2}[ \t\u00a0]*$"
)
INSERTING = re.compile(
    r"\bfollowing\s+(?:(?:S|Sl|Serial)\.?\s*Nos?\.?\s+and\s+)?entr(?:y|ies)\s+(?:shall|will|are|is)\s+(?:be\s+)?inserted\b",
    re.I,
)
INSERTION_REACH = 1500


def inserted_row(start: int, end: int, text: str) -> bool:
    """The number is the code cell, alone on its line, of a row an amendment inserts after a lettered serial."""
    if not alone_on_line(start, end, text) or not INSERTED_SERIAL.search(text, max(0, start - 20), start):
        return False
    return bool(INSERTING.search(text, max(0, start - INSERTION_REACH), start))


def under_a_code_label(offset: int, text: str) -> bool:
    """A number in a labelled block of codes ('HTS NUMBERS:' over a quota bulletin's rows '99031701 1701.12.1000')."""
    label = block_label(text, offset)
    words = notation()
    return label is not None and bool(words.keywords.search(label)) and not words.identifier_columns.search(label)


def ex_tariff_codes(text: str, sentences: Sentences, mentions: list) -> list[CodeMention]:
    """The NCM codes of a Mercosur ex-tariff annex's rows, an ex of each (the scan may have read some)."""
    read = {m.start for m in mentions}
    roles = Roles(text, sentences)
    found = []
    for start, end in ex_tariff_rows(text):
        if start not in read:
            digits = digits_of(text[start:end])
            found.append(CodeMention(digits, level_for(digits), True, roles.at(start), text[start:end], start, end))
    return found
