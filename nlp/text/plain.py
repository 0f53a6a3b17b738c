"""One layout-neutral view of a text, of the same length, so every offset still points into the original.

The same notice reaches us as a PDF's text, a converted web page, a republisher's markdown or a Windows
file. Rather than teach every rule each layout, the extractors read this view, in which:

- decimal digits of other scripts are ASCII digits ('১৭-০২-২০১৬' in a Bangladeshi gazette, '٢٠٢٣' in an Arabic
  decree, '२०२४' in Devanagari), so dates, rates and numbers read alike in every script;
- CRLF and lone CR line ends are plain line ends; no-break, thin and other spaces, form and vertical
  feeds are plain spaces; a dash between digits ('P.C. 2024–1027') is a hyphen, and so are the typographic hyphens
  (U+2010, U+2011);
- soft hyphens and zero-width characters are gone from inside words ('anti\\u00addumping');
- a word hyphenated across a line end ('provi-\\nsional') is whole again, its hyphen kept only where the
  document itself writes the word with one ('anti-dumping') or the first part is a prefix;
- a table flattened into running text with ' .' between its cells has bars between them and its rows on lines
  (nlp/text/dot_cells.py);
- markdown's '#' heading marks and '**' / '__' emphasis are blank (its front matter stays: the layout makes
  it a header zone, nlp/text/front_matter.py, and its keys are read);
- page furniture (a 'Page 3 of 12' or '- 3 -' line, a running header repeated at page breaks, a form
  feed) is blank, and where a page break fell mid-sentence the sentence goes on across it;
- a hard-wrapped sentence is one line again: a line end is a space where the next line's first word would
  not have fitted on a line as wide as the text's lines, so a rule that reads a clause to its line's end,
  or a number with the words before it, reads it whole.

Nothing is inserted or deleted: a removed character is made a space at the end of its word (the word's own
letters move left by as much), a removed line is blanked. Facts read from this view keep spans that hold
the same words in the original text.
"""

from __future__ import annotations

import re
from collections import Counter

from nlp.text.dot_cells import dot_cells_as_bars

ODD_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\f\v"
INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
# (regular expressions, not str.translate: a translation table costs a dict look-up per character)
_SPACES = re.compile(f"[{ODD_SPACES}\r]")
# Arabic-Indic, Eastern Arabic-Indic (Persian, Urdu), Devanagari and Bengali digits: one ASCII digit each
OTHER_DIGIT_ZEROS = (0x0660, 0x06F0, 0x0966, 0x09E6)
_OTHER_DIGIT = re.compile("[" + "".join(f"{chr(zero)}-{chr(zero + 9)}" for zero in OTHER_DIGIT_ZEROS) + "]")
_AS_ASCII = {zero + value: str(value) for zero in OTHER_DIGIT_ZEROS for value in range(10)}
# a dash between digits joins numbers ('2024–1027', '2019—08—07'): as the hyphen they are typed with
_NUMBER_DASH = re.compile(r"[–—−](?<=\d[–—−])(?=\d)")
# the typographic hyphens (U+2010, and U+2011 that a web page puts in 'twenty‑six' so it never breaks) are the
# hyphen a rule reads: a year in words, 'anti‑dumping'; not between digits ('7208‑10‑00', a code the code reader
# takes as written, where an ASCII '7208-10-00' gives none)
_TYPOGRAPHIC_HYPHEN = re.compile("[\u2010\u2011](?<![0-9][\u2010\u2011])|[\u2010\u2011](?![0-9])")
# whether a text may hold page furniture (its lines are read only then): cheap tests, in this order
PAGE_WORDS = ("Page ", "PAGE ", "Seite ", "Página ", "Pagina ")
_DASHED_NUMBER_LINE = re.compile(r"\n[ \t]*[-–—][ \t]*\d{1,4}[ \t]*[-–—][ \t]*(?:\n|\Z)")
_LONE_CR = re.compile(r"\r(?!\n)")
_INVISIBLE_CHAR = re.compile(f"[{INVISIBLE}]")
_INVISIBLE_WORD = re.compile(rf"[^\s{INVISIBLE}]*[{INVISIBLE}]\S*")
# a word broken at a line end: letters, a hyphen (or soft hyphen), the line end, lower-case letters; found
# from its line end (a pattern that opens with letters would be tried at every letter of the text)
_LINE_END_HYPHEN = re.compile(r"[-\u00ad][ \t]*\n")
_BROKEN_WORD = re.compile(r"(?<![\w-])([A-Za-z]+)([-\u00ad])[ \t]*\n[ \t]*([a-z]+)(?![\w-])")
PREFIXES = frozenset({"anti", "non", "self", "cross", "semi", "quasi", "multi", "co", "ex"})
_MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}(?=[ \t])", re.M)
_MD_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)([^\n]+?)(?<=\S)\1")
_PAGE_NUMBER = re.compile(
    r"[ \t]*(?:(?:Page|PAGE|Seite|Página|Pagina)[ \t]+\d{1,4}(?:[ \t]*(?:of|OF|/|von|de|di)[ \t]*\d{1,4})?"
    r"|[-–—][ \t]*\d{1,4}[ \t]*[-–—])[ \t]*"
)
SENTENCE_END = (".", ":", ";", "!", "?")
MAX_WRAP_WIDTH = 100  # a text whose lines run longer is not hard-wrapped: its line ends are the writer's
# a wrapped text fills most of its lines to near the width: so many lines at least this full show it
MIN_FILLED_LINES = 2
FILLED_SHARE = 0.8
# a line end after a long line, before a word or a number (one standing alone: a number glued to words,
# '3912.39.1000Hidroxi...', is a collapsed table's row)
_BREAK_IN_PROSE = re.compile(r"\n(?<=[^\n]{50}\n)(?=[ \t]*(?:\d[\d.,/-]*+(?:[\s,;:)]|$)|[A-Za-z(]))")
_LIST_ITEM = re.compile(r"[ \t]*(?:\d{1,3}[.)](?:\s|$)|\d{1,3}\.\d{1,2}\.?\s+[A-Z])")


def layout_neutral(text: str) -> str:
    """The text with layout noise blanked (see the module's docstring); the same length as `text`."""
    if "\r" in text:
        text = _LONE_CR.sub("\n", text)
    text = _NUMBER_DASH.sub("-", _SPACES.sub(" ", text))
    if "\u2010" in text or "\u2011" in text:
        text = _TYPOGRAPHIC_HYPHEN.sub("-", text)
    if _OTHER_DIGIT.search(text):
        text = text.translate(_AS_ASCII)
    text = _in_words_around(_LINE_END_HYPHEN, _BROKEN_WORD, text, _joined_in(text))
    text = _in_words_around(_INVISIBLE_CHAR, _INVISIBLE_WORD, text, _without_invisible)
    text = dot_cells_as_bars(_without_markdown(text))
    return _hard_wraps_joined(_without_page_furniture(text))


def _in_words_around(marker: re.Pattern, word: re.Pattern, text: str, replaced) -> str:
    """`word.sub(replaced, ...)` over the lines around each `marker` only (most lines hold none): from the
    line before a marker's (a word may open there) to the line after it, overlapping stretches merged."""
    windows: list[list[int]] = []
    for found in marker.finditer(text):
        start = text.rfind("\n", 0, max(0, found.start() - 1)) + 1
        end = text.find("\n", found.end())
        end = len(text) if end < 0 else end
        if windows and start <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], end)
        else:
            windows.append([start, end])
    if not windows:
        return text
    pieces, done = [], 0
    for start, end in windows:
        pieces += [text[done:start], word.sub(replaced, text[start:end])]
        done = end
    return "".join(pieces) + text[done:]


def _joined_in(text: str):
    words: set[str] = set()  # the document's words, hyphenated or not, read on the first broken word

    def joined(match: re.Match) -> str:
        if not words:
            words.update(re.findall(r"[a-z]+(?:-[a-z]+)*", text.lower()))
        left, hyphen, right = match.groups()
        whole = left + right
        hyphenated = f"{left}-{right}".lower()
        keep = hyphen == "-" and whole.lower() not in words and (left.lower() in PREFIXES or hyphenated in words)
        kept = f"{left}-{right}" if keep else whole
        return kept + " " * (len(match.group(0)) - len(kept))

    return joined


def _without_invisible(match: re.Match) -> str:
    """Invisible characters between two letters go (the word's letters move left, spaces pad its end);
    any other becomes a space in place, so digits (a code, a date) never move."""
    word, kept, dropped = match.group(0), [], 0
    for index, ch in enumerate(word):
        if ch not in INVISIBLE:
            kept.append(ch)
        elif 0 < index < len(word) - 1 and word[index - 1].isalpha() and word[index + 1].isalpha():
            dropped += 1
        else:
            kept.append(" ")
    return "".join(kept) + " " * dropped


def _without_markdown(text: str) -> str:
    if "#" in text:
        text = _MD_HEADING.sub(lambda match: " " * len(match.group(0)), text)
    if "**" in text or "__" in text:
        text = _MD_EMPHASIS.sub(lambda match: f"  {match.group(2)}  ", text)
    return text


def _without_page_furniture(text: str) -> str:
    """Page-number lines, and lines repeated next to them (running headers and footers), blanked; a page
    break that fell mid-sentence is joined (its line ends become spaces but the last) so the sentence
    reads on."""
    if not any(word in text for word in PAGE_WORDS) and not _DASHED_NUMBER_LINE.search(text):
        return text
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
    it: where the next line's first word did not fit on a line of a hard-wrapped text (the wrapping parts
    'CSMS message' from its number, a code's groups '7019 12' / '00 39', a title or a clause read to its
    line's end). Never after a line that ends a sentence or a clause, before a numbered item, or in a
    table; never in a text of lines longer than any wrapping (a page whose cells run on one line)."""
    candidates = [match.start() for match in _BREAK_IN_PROSE.finditer(text)]
    if not candidates:
        return text
    width = _wrap_width(text)
    if not width or width > MAX_WRAP_WIDTH:  # not a hard-wrapped text: its line ends are the writer's
        return text
    breaks = [newline for newline in candidates if _soft_break(text, newline, width)]
    if not breaks:
        return text
    chars = list(text)
    for position in breaks:
        chars[position] = " "
    return "".join(chars)


def _wrap_width(text: str) -> int:
    """The width a text is wrapped at, or 0 where nothing shows a wrapping: a few short lines (a message's
    title over its first line of body) are laid out by their writer, not wrapped."""
    lengths = sorted(len(line.rstrip()) for line in text.split("\n") if line.strip())
    if not lengths:
        return 0
    width = lengths[int(len(lengths) * 0.9)]
    filled = sum(1 for length in lengths if length >= width * FILLED_SHARE)
    return width if filled >= MIN_FILLED_LINES else 0


def _soft_break(text: str, newline: int, width: int) -> bool:
    line = text[text.rfind("\n", 0, newline) + 1 : newline].rstrip()
    next_end = text.find("\n", newline + 1)
    following = text[newline + 1 : next_end if next_end >= 0 else len(text)]
    ends_paragraph = next_end < 0 or not _line_from(text, next_end + 1).strip()
    next_word = len(following.lstrip().partition(" ")[0])
    length = len(line)
    # a hard-wrapped line fills the width but for a word that did not fit; one longer than it is the writer's
    fits = length + 1 + next_word <= width or length > width or width > MAX_WRAP_WIDTH
    return (
        not fits
        and not line.endswith(SENTENCE_END)
        and not (_heading_over_a_sentence(line, following) and not _title_runs_on(following, ends_paragraph))
        and not _FIELD_LINE.match(following)
        and not _tabular(line)
        and not _tabular(following)
        and not _LIST_ITEM.match(following)
    )


def _line_from(text: str, start: int) -> str:
    """The line that starts at `start`, without its break (a slice of that line alone: a slice of the rest of the
    text for each line end asked about made the pass quadratic on a long text)."""
    end = text.find("\n", start)
    return text[start : end if end >= 0 else len(text)]


# a 'key: value' line (front matter, a form's field) stands on its own line
_FIELD_LINE = re.compile(r"[ \t]*[A-Za-z][\w-]*:[ \t]")


def _heading_over_a_sentence(line: str, following: str) -> bool:
    """A line with no stop or comma at its end over one opening with a capital is a title or heading over its
    first sentence ('CSMS # … - GUIDANCE: …' over 'Effective …'), which a wrapping would seldom make."""
    first = following.lstrip()[:1]
    return (first.isupper() or first == "(") and not line.endswith((",", ";", ":", "-"))


def _title_runs_on(following: str, ends_paragraph: bool) -> bool:
    """The last words of a title the wrapping broke off ('… of Antidumping Duty' / 'Administrative Review' and a
    blank line): a line that ends its paragraph without a sentence's stop is no sentence under a heading."""
    return (
        ends_paragraph
        and not following.rstrip().endswith(SENTENCE_END)
        and len(following.split()) <= 12
        and not _PAGE_ACTION.match(following)
    )


# a page's own link or button under a title ('Download as PDF', 'Print this page'), no words of the title
_PAGE_ACTION = re.compile(r"[ \t]*(?i:download|print|share|view|save|open|back|home|menu|skip)\b")


def _tabular(line: str) -> bool:
    """A table's row: cells parted by bars, tabs or runs of spaces."""
    return "|" in line or "\t" in line or "   " in line.strip()
