"""The parts of an official text: title block, preamble, recitals, operative part, annexes...

What a document enacts is in its operative part (articles, ordering clauses, the ACTION and
SUMMARY blocks of a notice); recitals and background sections restate earlier acts. Extractors
ask `Layout.kind_at(offset)` which part a fact sits in. Markers live in data/layout.json.
"""

from __future__ import annotations

import bisect
import json
import re
from functools import cache
from importlib import resources

from nlp.text.dispatch import dispatched
from nlp.text.front_matter import front_matter_span
from nlp.text.narrowed import NarrowedAlternation
from nlp.text.patterns import guarded, lowered_for_words, required_words, spaces_match_any_whitespace
from nlp.text.textutil import line_start_matches

# Parts whose words say what the document itself does.
OPERATIVE = frozenset({"body", "operative", "action", "summary", "dates", "annex"})
# Parts that only restate, cite or describe: never evidence of what the document does.
BACKGROUND = frozenset({"recitals", "background", "footnote", "header", "contact", "signature", "boilerplate"})
MIN_RESTATEMENT_CHARS = 150  # a quoted passage this long restates or inserts legal text
# a numbered paragraph opens its line after a line that ends a citation or sentence; "(2)" after a line
# ending mid-sentence ("... specified in column\n(2) of the Table") is a hard-wrapped reference
NUMBERED_RECITAL = guarded(r"(?<![A-Za-z0-9]\n)^\(\d+\)\s", re.M)
RECITAL_CONTINUES = re.compile(r"\([0-9a-z]{1,4}\)\s|[-—–•]\s|[a-z]")
# the enacting words of a Commonwealth order or rules ('... hereby makes the following order, namely:-', then '1. Short
# title and commencement. - (1) ... (2) It shall come into force ...'): its numbered paragraphs are its clauses
NUMBERED_CLAUSE = re.compile(r"^[ \t]*(?:\d{1,2}\.|\(\d{1,2}\))(?=\s)", re.M)
ENACTED_CLAUSES = guarded(
    r"\bhereby\s+(?:makes?|issues?|notif(?:y|ies))\s+the\s+following\b|\bShort\s+title\s+and\s+commencement\b", re.I
)
# an executive order opens its sections with 'I hereby order:': a 'NOW, THEREFORE, I, …, find that … and hereby declare
# a national emergency' inside its section 1 closes the findings above it, and what follows is operative
ORDERED_ALREADY = re.compile(r"\b(?:I|it is) hereby (?:determine and )?order(?:ed)?(?: as follows)?\s*:")


def _alternation(groups: dict, prefix: str = "") -> str:
    return "|".join(
        f"(?P<{prefix}{kind}>{'|'.join(f'(?:{p})' for p in patterns)})" for kind, patterns in groups.items()
    )


class _Inline:
    """Inline markers: one scan with a plain alternation (named groups would make the regex
    engine try every branch at every position, ten times slower), dispatched on the first
    character (nlp.text.dispatch), then each hit is told apart. The markers of every language are
    scanned for in each text as the alternation of those the text can hold (nlp.text.narrowed)."""

    def __init__(self, groups: dict[str, list[str]]):
        self.kinds = [(kind, re.compile("|".join(patterns))) for kind, patterns in groups.items()]
        markers = [f"(?:{p})" for patterns in groups.values() for p in patterns]
        self.scan = NarrowedAlternation(markers, build=dispatched)

    def finditer(self, text: str):
        for match in self.scan.finditer(text):
            kind = next(kind for kind, pattern in self.kinds if pattern.match(text, match.start()))
            yield match, kind


class _Headings:
    """Labels and headings at line starts, in one pattern with a named group per kind. A heading that may
    stand anywhere on its line ('.{0,80}\\bAnnex:') costs eighty tries at every line: the pattern is also
    compiled without such headings, for a text that lacks their words (where they cannot match)."""

    def __init__(self, labels: dict[str, list[str]], headings: dict[str, list[str]]):
        roaming = {kind: [p for p in patterns if _roams(p)] for kind, patterns in headings.items()}
        settled = {kind: [p for p in patterns if not _roams(p)] for kind, patterns in headings.items()}
        self.full = self._compiled(labels, headings)
        self.lean = self._compiled(labels, {kind: patterns for kind, patterns in settled.items() if patterns})
        words = [required_words(re.compile(p)) for patterns in roaming.values() for p in patterns]
        self._words = None if any(found is None for found in words) else {word for found in words for word in found}

    @staticmethod
    def _compiled(labels: dict[str, list[str]], headings: dict[str, list[str]]) -> re.Pattern:
        labels_, headings_ = _alternation(labels, "l_"), _alternation(headings, "h_")
        # a markdown copy marks them up ('**SUMMARY:**', '## Background'): the marks are no words
        marks, closing = r"(?:[*_]{1,3}|#{1,6}[ \t]+)?", r"(?:[*_]{1,3})?"
        return re.compile(rf"^[ \t]*{marks}(?:{labels_})|^[ \t]*{marks}(?:{headings_}):?{closing}:?[ \t]*$", re.M)

    def for_text(self, text: str) -> re.Pattern:
        if self._words is None:
            return self.full
        lowered = lowered_for_words(text)
        return self.full if lowered is None or any(word in lowered for word in self._words) else self.lean


def _roams(pattern: str) -> bool:
    """Whether a heading may start anywhere on its line: its first item is any character (".")."""
    return pattern.startswith(".")


@cache
def _markers() -> tuple[_Inline, _Headings, re.Pattern, re.Pattern]:
    data = json.loads(resources.files("nlp").joinpath("data/layout.json").read_text("utf-8"))
    inline = {kind: [spaces_match_any_whitespace(p) for p in patterns] for kind, patterns in data["inline"].items()}
    return (
        _Inline(inline),
        _Headings(data["labels"], data["headings"]),
        re.compile(rf"^[ \t]*(?:{_alternation(data['lines'])})[^\n]*$", re.M),
        re.compile("|".join(p.replace(" ", r"\s+") for p in data["recitals_before_operative"])),
    )


class Layout:
    """Zones of one text: sorted (start, kind) boundaries, plus single lines that override them."""

    def __init__(self, text: str):
        self.text = text
        inline, headings, lines, now_therefore = _markers()
        marks = [_inline_mark(match, kind) for match, kind in inline.finditer(text)]
        marks += [(m.start(), m.lastgroup[2:], False) for m in line_start_matches(headings.for_text(text), text)]
        boundaries = _boundaries(sorted(marks))
        _recitals_before(text, now_therefore, boundaries)
        _numbered_recitals(text, boundaries)
        _front_matter(text, boundaries)
        _unlabelled_supplementary_information(boundaries)
        self._starts = [start for start, _ in boundaries]
        self._kinds = [kind for _, kind in boundaries]
        self._lines = [(m.start(), m.end(), m.lastgroup) for m in line_start_matches(lines, text)]
        self._line_starts = [start for start, _, _ in self._lines]
        self._quotes = _restatements(text)

    def kind_at(self, offset: int) -> str:
        index = bisect.bisect_right(self._line_starts, offset) - 1
        if index >= 0 and offset < self._lines[index][1]:
            return self._lines[index][2]
        return self._kinds[bisect.bisect_right(self._starts, offset) - 1]

    def is_operative(self, offset: int) -> bool:
        return self.kind_at(offset) in OPERATIVE

    def in_restatement(self, offset: int) -> bool:
        """Inside a long quoted passage (a clause 'revised to read as follows: “…”', an inserted note)."""
        index = bisect.bisect_right(self._quotes, (offset, len(self.text))) - 1
        return index >= 0 and offset < self._quotes[index][1]

    def boundary_between(self, start: int, end: int) -> bool:
        """Whether a part begins, or a single-line part (page header, footnote) lies, in (start, end]."""
        index = bisect.bisect_right(self._starts, start)
        if index < len(self._starts) and self._starts[index] <= end:
            return True
        line = bisect.bisect_right(self._line_starts, start)
        if line < len(self._line_starts) and self._line_starts[line] <= end:
            return True
        return self.kind_at(start) in ("header", "footnote")

    def zone_start(self, offset: int) -> int:
        return self._starts[bisect.bisect_right(self._starts, offset) - 1]

    def spans(self, kinds: frozenset[str] | set[str]) -> list[tuple[int, int]]:
        """The stretches of text in zones of these kinds, merged, in order: extractors scan only
        these (the recitals of a 200-page act are most of its text and never evidence)."""
        merged: list[tuple[int, int]] = []
        for start, end, kind in self.zones():
            if kind not in kinds:
                continue
            if merged and merged[-1][1] == start:
                merged[-1] = (merged[-1][0], end)
            else:
                merged.append((start, end))
        return merged

    def zones(self) -> list[tuple[int, int, str]]:
        ends = self._starts[1:] + [len(self.text)]
        return [(s, e, k) for s, e, k in zip(self._starts, ends, self._kinds, strict=True) if e > s]


def _inline_mark(match: re.Match, kind: str) -> tuple[int, str, bool]:
    if kind == "operative_after":  # the enacting formula belongs to the preamble
        return match.end(), "operative", True
    return match.start(), kind, True


def _boundaries(marks: list[tuple[int, str, bool]]) -> list[tuple[int, str]]:
    """Zone starts from the markers in text order; recitals opened by 'Whereas' end only where
    the enacting terms begin (their sub-headings are part of them)."""
    boundaries, in_recitals = [(0, "body")], False
    for start, kind, inline in marks:
        if in_recitals and kind not in ("operative", "signature"):
            continue
        in_recitals = kind == "recitals" and inline
        if kind != boundaries[-1][1]:
            boundaries.append((start, kind))
    return boundaries


def _recitals_before(text: str, now_therefore: re.Pattern, boundaries: list[tuple[int, str]]) -> None:
    """'NOW, THEREFORE' closes the recitals of a proclamation: the paragraphs before it (after
    the title line) are recitals even though nothing marked where they began."""
    match = now_therefore.search(text)
    if not match:
        return
    title_end = text.find("\n", 0, match.start()) + 1
    kept = [(start, kind) for start, kind in boundaries if start >= match.start() or kind not in ("body", "operative")]
    opening = {(0, "body"), (match.start(), "preamble")}
    if ordered := ORDERED_ALREADY.search(text, 0, match.start()):
        # an executive order's findings: recitals from its 'I hereby order:' on; what it finds 'NOW, THEREFORE' (the
        # duty it determines to impose) and the sections after are its operative part
        opening = {(0, "body"), (ordered.end(), "recitals"), (match.start(), "operative")}
    elif title_end < match.start():  # a text that opens with its first recital has no title line before it
        opening.add((title_end, "recitals"))
    # parts starting at one offset: the later one wins, so the preamble over all, and a text that opens with its
    # first recital starts with recitals, not body (the kind is the last key: a set's order depends on the hash seed)
    boundaries[:] = sorted(
        {*kept, *opening}, key=lambda part: (part[0], part[1] == "preamble", part[1] != "body", part[1])
    )


def _numbered_recitals(text: str, boundaries: list[tuple[int, str]]) -> None:
    """An EU act printed without 'Whereas' and 'HAS ADOPTED' (a plain-text rendering): its
    numbered paragraphs '(1) …' after the citations are recitals, and the first unnumbered
    paragraph after them begins the enacting terms."""
    kinds = [kind for _, kind in boundaries]
    if "preamble" not in kinds or "recitals" in kinds or "operative" in kinds[kinds.index("preamble") :]:
        return
    start = boundaries[kinds.index("preamble")][0]
    first = NUMBERED_RECITAL.search(text, start)
    if not first:
        return
    if enacted := ENACTED_CLAUSES.search(text, start, first.start()):
        clause = NUMBERED_CLAUSE.search(text, enacted.end(), first.start() + 1)
        boundaries.append((clause.start() if clause else first.start(), "operative"))
        boundaries.sort()
        return
    position = text.find("\n", first.start())
    while 0 <= position < len(text) - 1:
        line_start = position + 1
        if text[line_start : line_start + 1].strip() and not RECITAL_CONTINUES.match(text, line_start):
            boundaries += [(first.start(), "recitals"), (line_start, "operative")]
            boundaries.sort()
            return
        position = text.find("\n", line_start)


def _front_matter(text: str, boundaries: list[tuple[int, str]]) -> None:
    """A markdown copy's front matter block is the copy's metadata (a header), whatever marker lies inside it;
    the part that was open at its end goes on after it."""
    span = front_matter_span(text)
    if span is None:
        return
    start, end = span
    after = [kind for at, kind in boundaries if at <= end][-1]
    kept = [(at, kind) for at, kind in boundaries if not start <= at <= end]
    boundaries[:] = sorted({*kept, (start, "header"), (end, after)})


def _unlabelled_supplementary_information(boundaries: list[tuple[int, str]]) -> None:
    """A Federal Register notice copied without its 'SUPPLEMENTARY INFORMATION:' label (casetext and
    federalregister.com renderings drop it): a 'Background' heading straight after the contact block, with no part
    after it, heads all the notice says of its own (a CBP quota announcement's 'It has been determined that …
    kilograms … may be entered'). A background between other parts, or after the label, stays background."""
    kinds = [kind for _, kind in boundaries]
    if len(kinds) >= 2 and kinds[-2:] == ["contact", "background"] and "preamble" in kinds:
        boundaries[-1] = (boundaries[-1][0], "operative")


def _restatements(text: str) -> list[tuple[int, int]]:
    spans, position = [], 0
    while True:
        opening = text.find("“", position)
        closing = _closing_quote(text, opening) if opening >= 0 else -1
        if closing < 0:
            return spans
        if closing - opening >= MIN_RESTATEMENT_CHARS:
            spans.append((opening, closing + 1))
        position = closing + 1


def _closing_quote(text: str, opening: int) -> int:
    """The curly quote's closing mark; a straight one where the text closed it so ('substitute “version 1.22, dated
    4th December 2024"'): the next curly closing mark, after another quote opens, belongs to that later quote, and
    reading up to it would take the articles between for a quoted restatement."""
    closing = text.find("”", opening + 1)
    reopening = text.find("“", opening + 1, closing) if closing >= 0 else -1
    straight = text.find('"', opening + 1, reopening) if reopening >= 0 else -1
    return straight if straight >= 0 else closing
