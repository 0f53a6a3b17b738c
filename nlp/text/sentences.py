"""Sentence boundaries for official texts: hard-wrapped paragraphs, tables and lists.

A rule-based splitter: official texts are full of abbreviations (No., U.S.C., Fed. Reg.)
that trip statistical splitters, and table rows and list items are their own "sentences".
"""

from __future__ import annotations

import bisect
import re

ABBREVIATIONS = {
    "no",
    "nos",
    "art",
    "arts",
    "fed",
    "reg",
    "u.s",
    "u.s.c",
    "mr",
    "mrs",
    "ms",
    "dr",
    "inc",
    "ltd",
    "co",
    "corp",
    "e.g",
    "i.e",
    "etc",
    "bzw",  # German 'beziehungsweise' (or, respectively): '70 Prozent bzw. 840 Tiere' goes on
    "vol",
    "p",
    "pp",
    "para",
    "sec",
    "secs",
    "st",
    "nw",
    "sw",
    "ne",
    "se",
    "a.m",
    "p.m",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "s.c",
    "r.s",
    "p.c",
    "c",
    "s",
    "v",
    "al",
    "cf",
    "ch",
    "op",
    "cit",
    "approx",
    "ex",
    "seq",
    "subpara",
    "doc",
    "dept",
    "gov",
    "stat",
    "ibid",
    "viz",
    "fig",
    "hon",
    "l",
    # German, Dutch and Nordic 'Nr.' (number), Icelandic 'skv.' (according to) and 'jf.' (cf.): a number or a
    # name follows them inside the sentence ('forskrift 22. desember 2005 nr. 1723 om ...')
    "nr",
    "skv",
    "jf",
    # German and Swiss citations of a provision's parts: 'Ziff. I der V vom …' (Ziffer), 'Abs. 2', 'Bst. a'
    "ziff",
    "abs",
    "bst",
}
_SENTENCE_END = re.compile(r"[.!?][\"”’)\]]*\s+(?=[\"“(\[]?[A-Z0-9])")
# German writes the day of a date with a full stop ("1. Juli 2026"): no sentence ends there.
_DAY_OF_MONTH = re.compile(
    r"(?<![\d.])\d{1,2}\.\s+(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|"
    r"Dezember)\b"
    # ... or with its month shortened, as Swiss footnotes write it ('in Kraft seit 1. Jan. 2022')
    r"|(?<![\d.])\d{1,2}\.\s+(?:Jan|Febr?|Mär|Apr|Aug|Sept?|Okt|Nov|Dez)\.\s+\d{4}\b"
)
# an Indonesian company's legal form that is also a country code: 'PT. Miwon Indonesia' goes on, while a list of
# codes ends its sentence before the next one's opening word ('Comments were received from DE, FR and PT. The rate ...')
_FORMS_LIKE_CODES = {"pt"}
_SENTENCE_OPENER = re.compile(
    r"\s*[\"“(\[]?(?:The|This|These|That|Those|It|Its|In|On|At|As|An?|For|From|By|With|Any|All|Such|Where|When|If|"
    r"Under|There|We|Our)\b"
)
_HARD_BREAK = re.compile(r"\n[ \t]*\n|\n(?=[ \t]*(?:[-•*]\s|\(\w{1,4}\)\s|\d+\.\s|\|))")


class Sentences:
    """Sentence spans of one text, with lookup of the sentence around a character offset."""

    def __init__(self, text: str):
        self.text = text
        self.spans = list(split_spans(text))
        self._starts = [start for start, _ in self.spans]
        self._joined: dict[tuple[int, int], str] = {}  # `sentence`'s, by the span: facts of one row ask it in turn

    def around(self, offset: int) -> tuple[int, int]:
        index = bisect.bisect_right(self._starts, offset) - 1
        if index < 0:
            return 0, len(self.text)
        return self.spans[index]

    def sentence(self, offset: int) -> str:
        span = self.around(offset)
        joined = self._joined.get(span)
        if joined is None:
            joined = self._joined[span] = " ".join(self.text[span[0] : span[1]].split())
        return joined


def split_spans(text: str):
    """Yield (start, end) of each sentence, covering the text without gaps."""
    for block_start, block_end in _blocks(text):
        start = block_start
        for match in _SENTENCE_END.finditer(text, block_start, block_end):
            if _ends_with_abbreviation(text, start, match.start()) or _is_day_of_month(text, match.start()):
                continue
            yield start, match.end()
            start = match.end()
        if start < block_end:
            yield start, block_end


def _blocks(text: str):
    """Paragraphs and lines that stand alone (list items, table rows, short headings)."""
    start = 0
    for match in _HARD_BREAK.finditer(text):
        yield from _split_short_lines(text, start, match.start())
        start = match.end()
    yield from _split_short_lines(text, start, len(text))


def _split_short_lines(text: str, start: int, end: int):
    """A line that ends without punctuation mid-paragraph and is short is a heading or table row."""
    line_start = start
    while True:
        newline = text.find("\n", line_start, end)
        if newline < 0:
            break
        line = text[line_start:newline].rstrip()
        if len(line) < 50 or line.endswith((":", ";")) or _ends_a_sentence(text, line_start, line) or "|" in line:
            yield start, newline + 1
            start = newline + 1
        line_start = newline + 1
    if start < end:
        yield start, end


def _ends_a_sentence(text: str, line_start: int, line: str) -> bool:
    """A long line ending with a full stop ends its sentence, unless the stop is an abbreviation's
    ('... on or after 12:01 a.m.' / 'eastern daylight time on ...': the clause goes on)."""
    return line.endswith(".") and not _ends_with_abbreviation(text, line_start, line_start + len(line) - 1)


def _is_day_of_month(text: str, dot: int) -> bool:
    # a day's full stop follows a digit (every character \d matches is a digit to str.isdigit)
    if dot < 1 or not text[dot - 1].isdigit():
        return False
    return any(_DAY_OF_MONTH.match(text, dot - width) for width in (1, 2) if dot - width >= 0)


def _ends_with_abbreviation(text: str, start: int, dot: int) -> bool:
    word_start = dot
    while word_start > start and not text[word_start - 1].isspace() and text[word_start - 1] not in "([":
        word_start -= 1
    word = text[word_start:dot].lower()
    if word in _FORMS_LIKE_CODES:
        return not _SENTENCE_OPENER.match(text, dot + 1)
    return word in ABBREVIATIONS or (len(word) == 1 and word.isalpha())
