"""Chapter and heading rows of a '|' table under a code column's header, as EU acts print the schedule rows they
replace and the lists of goods in their annexes:

    CN code | Description | Conventional rate of duty (%)
    10 | Cereals |
    1002 | Rye: |
     | - Other: |
    1518 00 | Fats and oils ... |
    Ex 07 | Edible vegetables ..., except: ...
    Ex31 05 | Mineral or chemical fertilisers ...

The scan takes a chapter only after its word and a bare heading only with its keyword or its column's header right
above it; a schedule's rows of descriptions only (' | - Other: |') read as header rows and hide the real header from
all but the first rows. Here the header's first cell names the code column, and every line down to the first line
without a bar is a row of that table: a first cell that is only a chapter, a heading or a subheading (perhaps 'Ex'
before it) is a code.
"""

from __future__ import annotations

import re

from nlp.codes.notation import NO_SUCH_HEADING, notation
from nlp.codes.roles import Roles
from nlp.text.sentences import Sentences
from nlp.types import CodeMention
from tariffwatch.codes import level_for

# a header row: its first cell names the code column ('CN code', 'Commodity code', 'KN-Code')
HEADER_LINE = re.compile(r"^[ \t]*(?P<first>[^|\n]{2,40})\|[^\n]*$", re.M)
# a row's whole first cell: 'Ex' perhaps, then a chapter, a heading or a subheading in pairs of digits
FIRST_CELL = re.compile(r"[ \t\u00a0]*(?:(?P<ex>[Ee]x)[ \u00a0]?)?(?P<code>\d\d(?:[ \u00a0]?\d\d){0,2})[ \t\u00a0]*\|")
MIN_CODE_ROWS = 2  # one row under such a header may be anything; two make a column of codes
# a column that also holds statistical suffixes ('Fracción Arancelaria /NICO'): its two-digit rows ('01 | En cápsulas')
# are the suffixes of the code above them, not chapters
SUFFIX_COLUMN = re.compile(r"\b(?:NICOS?|suffix(?:es)?|sufijos?|stat(?:istical)?\.?\s+(?:suffix|key|code)s?)\b", re.I)


def code_column_rows(text: str, sentences: Sentences, read: set[int]) -> list[CodeMention]:
    """The chapters, headings and subheadings that are a whole first cell of a row under a code column's header,
    where no other reading took them."""
    if "|" not in text:
        return []
    headers = notation().code_column_headers
    roles = None
    found: list[CodeMention] = []
    for header in HEADER_LINE.finditer(text):
        first = header["first"].strip()
        if not headers.search(first) or re.search(r"\d", first):
            continue
        if sum(1 for cell in header[0].split("|") if cell.strip()) < 2:
            continue  # a table printed one cell a line ('Tariff Item |' / '99 |'): its lines are no rows
        rows = list(_code_rows(text, header.end() + 1, header[0].count("|")))
        if len(rows) < MIN_CODE_ROWS:
            continue
        roles = roles or Roles(text, sentences)
        suffixes = SUFFIX_COLUMN.search(first) is not None
        for match in rows:
            start = match.start("code")
            if start in read or (match["ex"] and match.start("ex") in read):
                continue
            if suffixes and len(match["code"]) == 2:
                continue
            digits = re.sub(r"\D", "", match["code"])
            role = roles.at(start)
            end = match.end("code")
            found.append(CodeMention(digits, level_for(digits), bool(match["ex"]), role, text[start:end], start, end))
            found += _excepted_subheadings(text, match.end(), read)
    return found


# the exceptions a row's description names ('Ex 07 | Edible vegetables …, except: 0713 10 peas 0713 20 chickpeas'):
# subheadings in pairs of digits after 'except', each before its own description
EXCEPT = re.compile(r"\bexcept(?:ing)?\b:?", re.I)
EXCEPTED_SUBHEADING = re.compile(r"(?<![\d.,])(?P<code>\d{4}[ \u00a0]\d\d)(?![\d.,]|[ \u00a0]\d)")


def _excepted_subheadings(text: str, offset: int, read: set[int]) -> list[CodeMention]:
    """The 6-digit subheadings after 'except' in a code row's description: goods the row's chapter or heading
    leaves out (the scan has no keyword for them in the cell)."""
    line_end = text.find("\n", offset)
    line_end = len(text) if line_end < 0 else line_end
    exception = EXCEPT.search(text, offset, line_end)
    if exception is None:
        return []
    return [
        CodeMention(digits, level_for(digits), False, "excluded", found["code"], found.start(), found.end())
        for found in EXCEPTED_SUBHEADING.finditer(text, exception.end(), line_end)
        if found.start() not in read
        and not NO_SUCH_HEADING.match(digits := found["code"].replace(" ", "").replace("\u00a0", ""))
    ]


def _code_rows(text: str, offset: int, bars: int):
    """The rows below a header line (offset: the next line's start) whose first cell is a code, down to the
    first line without a bar; a row has as many cells as the header."""
    while offset < len(text):
        line_end = text.find("\n", offset)
        line_end = len(text) if line_end < 0 else line_end
        if "|" not in text[offset:line_end]:
            return
        match = FIRST_CELL.match(text, offset, line_end)
        if (
            match
            and text.count("|", offset, line_end) == bars
            and not NO_SUCH_HEADING.match(re.sub(r"\D", "", match["code"]))
        ):
            yield match
        offset = line_end + 1
