"""One layout-neutral view of a text, of the same length, so every offset still points into the original.

The same notice reaches us as a PDF's text, a converted web page, a republisher's markdown or a Windows
file. Rather than teach every rule each layout, the extractors read this view, in which:

- CRLF and lone CR line ends are plain line ends; no-break, thin and other spaces, form and vertical
  feeds are plain spaces; a dash between digits ('P.C. 2024–1027') is a hyphen;
- soft hyphens and zero-width characters are gone from inside words ('anti\\u00addumping');
- a word hyphenated across a line end ('provi-\\nsional') is whole again, its hyphen kept only where the
  document itself writes the word with one ('anti-dumping') or the first part is a prefix;
- markdown's front matter, '#' heading marks and '**' / '__' emphasis are blank;
- page furniture (a 'Page 3 of 12' or '- 3 -' line, a running header repeated at page breaks, a form
  feed) is blank, and where a page break fell mid-sentence the sentence goes on across it;
- a hard-wrapped sentence is one line again: a line end is a space where the next line's first word would
  not have fitted on a line as wide as the text's lines (or the next line starts with a number), so a
  rule that reads a clause to its line's end, or a number with the words before it, reads it whole.

Nothing is inserted or deleted: a removed character is made a space at the end of its word (the word's own
letters move left by as much), a removed line is blanked. Facts read from this view keep spans that hold
the same words in the original text.
"""

from __future__ import annotations

import re
from collections import Counter

ODD_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\f\v"
INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_SPACES = str.maketrans({ch: " " for ch in ODD_SPACES + "\r"})
# a dash between digits joins numbers ('2024–1027', '2019—08—07'): as the hyphen they are typed with
_NUMBER_DASH = re.compile(r"(?<=\d)[–—−](?=\d)")
_DROP_INVISIBLE = str.maketrans({ch: None for ch in INVISIBLE})
# one scan tells whether a text needs any of the work below (most texts need none of it)
_NEEDS_WORK = re.compile(
    rf"[\r{ODD_SPACES}{INVISIBLE}]|\d[–—−]\d|[-\u00ad]\n|^[ \t]{{0,3}}#{{1,6}}[ \t]|\*\*|__|\A---|"
    r"^[ \t]*(?:Page|PAGE)[ \t]+\d|"
    r"^[ \t]*[-–—][ \t]*\d{1,4}[ \t]*[-–—][ \t]*$",
    re.M,
)
_LONE_CR = re.compile(r"\r(?!\n)")
_INVISIBLE_WORD = re.compile(rf"[^\s{INVISIBLE}]*[{INVISIBLE}]\S*")
# a word broken at a line end: letters, a hyphen (or soft hyphen), the line end, lower-case letters
_BROKEN_WORD = re.compile(r"(?<![\w-])([A-Za-z]+)([-\u00ad])[ \t]*\n[ \t]*([a-z]+)(?![\w-])")
PREFIXES = frozenset({"anti", "non", "self", "cross", "semi", "quasi", "multi", "inter-", "co", "ex"})
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?:[^\n]*\n){0,40}?---[ \t]*(?:\n|\Z)")
_MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}(?=[ \t])", re.M)
_MD_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)([^\n]+?)(?<=\S)\1")
_PAGE_NUMBER = re.compile(
    r"[ \t]*(?:(?:Page|PAGE|Seite|Página|Pagina)[ \t]+\d{1,4}(?:[ \t]*(?:of|OF|/|von|de|di)[ \t]*\d{1,4})?"
    r"|[-–—][ \t]*\d{1,4}[ \t]*[-–—])[ \t]*"
)
SENTENCE_END = (".", ":", ";", "!", "?")
MAX_WRAP_WIDTH = 100  # a text whose lines run longer is not hard-wrapped: its line ends are the writer's
# a line end after a long line, before a word or a number (one standing alone: a number glued to words,
# '3912.39.1000Hidroxi...', is a collapsed table's row)
_BREAK_IN_PROSE = re.compile(r"(?<=[^\n]{50})\n(?=[ \t]*(?:\d[\d.,/-]*+(?:[\s,;:)]|$)|[A-Za-z(]))")
_LIST_ITEM = re.compile(r"[ \t]*(?:\d{1,3}[.)](?:\s|$)|\d{1,3}\.\d{1,2}\.?\s+[A-Z])")
_TABULAR = re.compile(r"\||\t|\S {3,}\S")


def layout_neutral(text: str) -> str:
    """The text with layout noise blanked (see the module's docstring); the same length as `text`."""
    if not _NEEDS_WORK.search(text):
        return _hard_wraps_joined(text)
    if "\r" in text:
        text = _LONE_CR.sub("\n", text)
    text = _NUMBER_DASH.sub("-", text.translate(_SPACES))
    if "-\n" in text or "\u00ad" in text:
        text = _BROKEN_WORD.sub(lambda match: _joined(match, text), text)
    if any(ch in text for ch in INVISIBLE):
        text = _INVISIBLE_WORD.sub(_without_invisible, text)
    text = _without_markdown(text)
    return _hard_wraps_joined(_without_page_furniture(text))


def _joined(match: re.Match, text: str) -> str:
    left, hyphen, right = match.groups()
    whole = left + right
    keep = (
        hyphen == "-"
        and not _written_whole(text, whole)
        and (left.lower() in PREFIXES or f"{left}-{right}".lower() in text.lower())
    )
    joined = f"{left}-{right}" if keep else whole
    return joined + " " * (len(match.group(0)) - len(joined))


def _written_whole(text: str, word: str) -> bool:
    return re.search(rf"\b{re.escape(word)}\b", text, re.I) is not None


def _without_invisible(match: re.Match) -> str:
    word = match.group(0).translate(_DROP_INVISIBLE)
    return word + " " * (len(match.group(0)) - len(word))


def _without_markdown(text: str) -> str:
    if text.startswith("---"):
        text = _FRONT_MATTER.sub(lambda match: _blank(match.group(0)), text)
    if "#" in text:
        text = _MD_HEADING.sub(lambda match: " " * len(match.group(0)), text)
    if "**" in text or "__" in text:
        text = _MD_EMPHASIS.sub(lambda match: f"  {match.group(2)}  ", text)
    return text


def _blank(part: str) -> str:
    return re.sub(r"[^\n]", " ", part)


def _without_page_furniture(text: str) -> str:
    """Page-number lines, and lines repeated next to them (running headers and footers), blanked; a page
    break that fell mid-sentence is joined (its line ends become spaces but the last) so the sentence
    reads on."""
    lines = text.split("\n")
    numbered = [index for index, line in enumerate(lines) if _PAGE_NUMBER.fullmatch(line)]
    if not numbered:
        return text
    furniture = set(numbered) | _running_lines(lines, numbered)
    joined_to_previous = set()
    for start, end in _breaks(lines, furniture):
        for index in range(start, end):
            lines[index] = " " * len(lines[index])
        before = lines[start - 1].rstrip() if start > 0 else ""
        if before and not before.endswith(SENTENCE_END) and end < len(lines):
            joined_to_previous.update(range(start, end))
    out = [lines[0]]
    for index in range(1, len(lines)):
        out.append((" " if index in joined_to_previous else "\n") + lines[index])
    return "".join(out)


def _running_lines(lines: list[str], numbered: list[int]) -> set[int]:
    """Lines within two lines of a page number whose text recurs at two page breaks or more."""
    near = {
        index
        for number in numbered
        for index in range(max(0, number - 3), min(len(lines), number + 4))
        if index != number and lines[index].strip()
    }
    counts = Counter(lines[index].strip() for index in near)
    return {index for index in near if counts[lines[index].strip()] >= 2 and len(lines[index].strip()) < 100}


def _breaks(lines: list[str], furniture: set[int]) -> list[tuple[int, int]]:
    """Runs of furniture and blank lines that hold at least one furniture line: (first, after last)."""
    runs, index = [], 0
    while index < len(lines):
        if index in furniture or not lines[index].strip():
            end = index
            while end < len(lines) and (end in furniture or not lines[end].strip()):
                end += 1
            if any(i in furniture for i in range(index, end)):
                runs.append((index, end))
            index = end
        else:
            index += 1
    return runs


def _hard_wraps_joined(text: str) -> str:
    """A line end inside a sentence of running prose is a space where a PDF's wrapping, not the writer, put
    it: before a number (the wrapping parts 'CSMS message' from its number, a code's groups '7019 12' /
    '00 39'), or where the next line's first word did not fit on a line of a hard-wrapped text (a title or
    a clause read to its line's end). Never after a line that ends a sentence or a clause, before a
    numbered item, or in a table."""
    candidates = [match.start() for match in _BREAK_IN_PROSE.finditer(text)]
    if not candidates:
        return text
    width = _wrap_width(text)
    breaks = [newline for newline in candidates if _soft_break(text, newline, width)]
    if not breaks:
        return text
    chars = list(text)
    for position in breaks:
        chars[position] = " "
    return "".join(chars)


def _wrap_width(text: str) -> int:
    lengths = sorted(len(line.rstrip()) for line in text.split("\n") if line.strip())
    return lengths[int(len(lengths) * 0.9)] if lengths else 0


def _soft_break(text: str, newline: int, width: int) -> bool:
    line = text[text.rfind("\n", 0, newline) + 1 : newline]
    next_end = text.find("\n", newline + 1)
    following = text[newline + 1 : next_end if next_end >= 0 else len(text)]
    words = following.split()
    next_word = len(words[0]) if words else 0
    length = len(line.rstrip())
    # a hard-wrapped line fills the width but for a word that did not fit; one longer than it is the writer's
    fits = length + 1 + next_word <= width or length > width or width > MAX_WRAP_WIDTH
    return (
        (not fits or following.lstrip()[:1].isdigit())
        and not line.rstrip().endswith(SENTENCE_END)
        and not _TABULAR.search(line)
        and not _TABULAR.search(following)
        and not _LIST_ITEM.match(following)
    )
