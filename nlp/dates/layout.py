"""Where a date stands in its document: its clause, its line, its label, its section, the title.

Built once per document in linear time; each question about a date then looks at a bounded
stretch of text around it, so typing N dates costs O(N).
"""

from __future__ import annotations

import bisect
import re
from functools import cache
from itertools import islice

from nlp.dates.labels import OTHER_CALENDAR, WEEKDAY_PREFIX, label_of
from nlp.dates.rules import DateRules
from nlp.text.patterns import guarded
from nlp.text.prefilter import may_occur_between, scan_gated
from nlp.text.sentences import Sentences
from nlp.text.textutil import line_start_matches, lines_with_text_below
from nlp.titles.finder import is_furniture_line

CLAUSE_REACH = 250  # characters looked at on each side of a date
# Where the title of an act ends and its body begins.
# guarded: boundaries and a lookbehind first would have it tried at every position; placed with the scan gate: searched
# only where the text's scan sees a match end within the title's reach (most texts' titles end at no such marker)
TITLE_END = scan_gated(
    guarded(
        # (a title's own authors, "REGULATION (EU) 2031/5 OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL", end nothing)
        # (an enacting formula in capitals ends it too: "IN EXERCISE of powers conferred by ...")
        r"Having\s+regard|\bWhereas\b|THE\s+EUROPEAN\s+COMMISSION|THE\s+COUNCIL\s+OF\s+THE|(?<!OF\s)THE\s+EUROPEAN\s+PARLIAMENT|"
        r"\bVu\s+l[ea]\b|LA\s+COMMISSION\s+EUROPÉENNE|LE\s+CONSEIL\s+DE|gestützt\s+auf|DIE\s+EUROPÄISCHE\s+KOMMISSION|"
        r"DER\s+RAT\s+DER|By\s+the\s+authority|BY\s+THE\s+PRESIDENT|NOW,\s+THEREFORE|(?:Her|His)\s+Excellency|"
        r"\n\s*1\.\s|\n\s*AGENCY:|\n\s*SUMMARY:|(?i:in\s+exercise\s+of\s+(?:the\s+)?powers)|"
        r"\bno\s+uso\s+d[ae]s?\s+atribuições|\bCONSIDERANDO\b|\ben\s+ejercicio\s+de\s+las?\s+(?:facultades|atribuciones)|"
        # the EU's enacting formula in its other languages: "LA COMISIÓN EUROPEA,", "A COMISSÃO EUROPEIA,", "Visto il"
        r"LA\s+COMISIÓN\s+EUROPEA|EL\s+CONSEJO\s+DE\s+LA|LA\s+COMMISSIONE\s+EUROPEA|IL\s+CONSIGLIO\s+DELL|"
        r"A\s+COMISSÃO\s+EUROPEIA|O\s+CONSELHO\s+DA|DE\s+EUROPESE\s+COMMISSIE|DE\s+RAAD\s+VAN\s+DE|"
        r"\bVisto\s+(?:el|il)\s+[Tt]ratado|\bTendo\s+em\s+conta\b|\bGezien\s+het\b",
    ),
    placed=True,
)
TITLE_REACH = 1500
BANNER_LINES = 3  # site banners and skip links above a document's first line
SECTION_LINE_MAX = 120
LABEL_AFTER = (" ", "\u00a0", ".", "\t")  # what a block label inside a flattened page follows
LIST_ITEM = re.compile(r"[\s•*-]*\(?(?:[a-z]{1,2}|[ivx]{1,5}|\d{1,2})\)\s")
BARE_LIST_ITEM = re.compile(r"[ \t]*\((?:[a-z]{1,2}|[ivx]{1,5}|\d{1,2})\)[ \t]*\n\s*")
# (a UK instrument ends its lead-in with a dash: '… is for an application received in respect of the quota—')
LEAD_IN_END = guarded(r"(?::|—|\b(?:if|where|when|unless|that|provided))\s*$", re.I)
# an earlier item of the same list: it closes with the list's 'or' / 'and' or a semicolon
SIBLING_ITEM_END = re.compile(r"(?:,?\s+(?:or|and)|;)\s*$")
LEAD_IN_REACH = 4  # how many items of a list its lead-in may stand above
CLOSING_REACH = 300  # how near the end of a text its closing date line stands
DATED_ROW_END = re.compile(r"\b\d{1,2}\s+[A-Z][a-z]+\s+(?:19|20)\d\d$|\b[A-Z][a-z]+\s+\d{1,2},\s+(?:19|20)\d\d$")
HEADING_MAX = 80  # a heading line is short and ends without a sentence's punctuation
ORDER_SECTION = re.compile(r"(?:Sec(?:tion)?\.?\s*\d+[A-Za-z]?\.(?:\s|$)|Sec(?:tion)?\.$)")
HISTORY_LINES_MAX = 200  # how many lines a history section may run before its end is taken as unknown


@cache
def _section_pattern(rules: DateRules) -> re.Pattern:
    """Every section rule as one multi-line pattern; the group name says which rule matched."""
    # every section pattern starts at a line's start: one "^" in front lets the engine skip other positions
    parts = [f"(?P<s{index}>{_unanchored(rule.pattern.pattern)})" for index, rule in enumerate(rules.sections)]
    return re.compile("^(?:" + "|".join(parts) + ")", re.IGNORECASE | re.MULTILINE)


def _unanchored(pattern: str) -> str:
    return pattern.replace("(?:^", "(?:", 1) if pattern.startswith("(?:^") else pattern


class Layout:
    """Lines, sections and the title zone of one text, for questions about positions in it."""

    def __init__(self, text: str, sentences: Sentences, rules: DateRules):
        self.text = text
        self.sentences = sentences
        self.rules = rules
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.text_end = len(text.rstrip())  # a page's blanked trailer (nlp/text/pages.py) is no text below
        self._sections = list(self._find_sections())
        self._section_starts = [start for start, _ in self._sections]
        self._history = list(self._find_history_sections()) + list(self._find_recitals())
        marker = TITLE_END.search(text, 0, TITLE_REACH) if may_occur_between(TITLE_END, text, 0, TITLE_REACH) else None
        self.title_end = marker.start() if marker else self._end_of_line(self._first_lines_end(4))
        self.first_line_end = self._end_of_line(self._first_line_after_banners())
        self._labels: dict[tuple[int, int], str | None] = {}  # label's, by the date's span: asked of twice a date

    # --- lines ---------------------------------------------------------------------------------------
    def line_span(self, offset: int) -> tuple[int, int]:
        index = bisect.bisect_right(self._line_starts, offset) - 1
        return self._line_starts[index], self._end_of_line(self._line_starts[index])

    def _end_of_line(self, offset: int) -> int:
        """The end of the line `offset` is on, from the table of line starts (no scan of a long line)."""
        index = bisect.bisect_right(self._line_starts, offset)
        return self._line_starts[index] - 1 if index < len(self._line_starts) else len(self.text)

    def _first_line_after_banners(self) -> int:
        """The start of the first non-empty line that is no site banner or skip link ('UK Integrated Online Tariff'
        over a news story's heading 'Update to … – 4 December 2031'): the document's own first line. A furniture
        line with figures (a journal's dated banner 'DOU 26/12/2031 - Diário Oficial') stays the first line."""
        for count in range(1, BANNER_LINES + 2):
            start = self._first_lines_end(count)
            line = self.text[start : self._end_of_line(start)]
            if start >= len(self.text) or any(c.isdigit() for c in line) or not is_furniture_line(line):
                return start
        return self._first_lines_end(1)

    def _first_lines_end(self, count: int) -> int:
        """The offset of the start of the `count`th non-empty line."""
        seen = 0
        for start in self._line_starts:
            if self.text[start : self._end_of_line(start)].strip():
                seen += 1
                if seen == count:
                    return start
        return len(self.text)

    def previous_line(self, line_start: int) -> str:
        """The nearest non-empty line above, within a few lines."""
        index = bisect.bisect_right(self._line_starts, line_start) - 1
        for previous in range(index - 1, max(-1, index - 4), -1):
            start = self._line_starts[previous]
            line = self.text[start : self._end_of_line(start)].strip()
            if line:
                return line
        return ""

    def next_lines(self, line_end: int, count: int) -> list[str]:
        """The next `count` non-empty lines below, within a few lines."""
        index = bisect.bisect_right(self._line_starts, line_end)
        lines: list[str] = []
        for following in range(index, min(len(self._line_starts), index + 2 * count + 2)):
            start = self._line_starts[following]
            line = self.text[start : self._end_of_line(start)].strip()
            if line:
                lines.append(line)
                if len(lines) == count:
                    break
        return lines

    def is_alone_on_its_line(self, start: int, end: int) -> bool:
        """Whether nothing but spaces, a full stop or comma, square brackets (and its weekday before it) stand
        beside text[start:end] on its line."""
        line_start, line_end = self.line_span(start)
        before, after = self.text[line_start:start], self.text[end:line_end]
        if WEEKDAY_PREFIX.fullmatch(before):
            before = ""
        other_calendar = OTHER_CALENDAR.search(before)
        if other_calendar:  # "28 Kislev 5800 (14 December 2039)": one date in two calendars
            before, after = before[: other_calendar.start()], after.replace(")", "", 1)
        return not (before + after).strip(" \t\u00a0.,[]")  # an act's assent date in square brackets: "[13 July 2031]"

    def is_closing_date_line(self, start: int, end: int) -> bool:
        """A date alone on its line at the very end of a text, under a short line naming who signs
        ("Ministry of Commerce of the People's Republic of China\nMarch 3, 2026"): the date it was made."""
        if self.text_end - end > CLOSING_REACH or not self.is_alone_on_its_line(start, end):
            return False
        line_start = self.line_span(start)[0]
        signer = self.previous_line(line_start)
        if 0 < len(signer) <= HEADING_MAX and not any(ch.isdigit() for ch in signer) and signer[-1] not in ".:;":
            # not the last row of a list of dated notices ('2031/123 Termination of … 06 August 2031' / 'Initiation
            # of …' / '09 July 2031'): the row above ends with its own date
            signer_start = self.text.rfind(signer, 0, line_start)
            return not DATED_ROW_END.search(self.previous_line(signer_start)) if signer_start >= 0 else True
        # ... or the text's last line, a paragraph of its own under the notice's last sentence ("... comes into
        # operation on 5 January 2031.\n\n2 January 2031"): dated at its foot, the signer's name beside it or left out
        # (a table printed one cell per line ends with a cell, no sentence)
        return (
            signer.endswith(".")
            and self._only_a_signer_below(end)
            and self.text[max(0, line_start - 2) : line_start] == "\n\n"
        )

    def _only_a_signer_below(self, end: int) -> bool:
        """Nothing after the date but at most two short lines naming who signs ("Minister of Finance")."""
        lines = list(islice(lines_with_text_below(self.text, end), 3))  # a third line already says no
        return len(lines) <= 2 and all(_is_heading(line) and not any(ch.isdigit() for ch in line) for line in lines)

    # --- clauses -------------------------------------------------------------------------------------
    def clause_before(self, start: int, floor: int = 0) -> str:
        sentence_start, _ = self.sentences.around(start)
        return self.text[max(sentence_start, floor, start - CLAUSE_REACH) : start]

    def clause_after(self, end: int, ceiling: int | None = None) -> str:
        _, sentence_end = self.sentences.around(max(0, end - 1))
        limit = min(sentence_end, end + CLAUSE_REACH, len(self.text) if ceiling is None else ceiling)
        return self.text[end:limit]

    def sentence(self, offset: int) -> str:
        start, end = self.sentences.around(offset)
        sentence = self.text[start : min(end, start + 2000)]
        marker_start = self.sentences.around(start - 1)[0] if start > 0 else 0
        if start > 0 and BARE_LIST_ITEM.fullmatch(self.text, marker_start, start):
            # a consolidation prints the item's marker on a line of its own: "(a)" / "the goods were imported ..."
            sentence, start = self.text[marker_start:start].strip() + " " + sentence, marker_start
        if start > 0 and LIST_ITEM.match(sentence):
            # "(a) the good is imported on or after ..." reads with its lead-in: "The remission is granted if"
            lead = self._lead_in(start)
            if lead is not None:
                return lead + " " + sentence
        return sentence

    def _lead_in(self, start: int) -> str | None:
        """The lead-in of the list item at `start`, over the items before it that end in 'or' / 'and' / ';' ("(a) … for
        an application received—" / "(i) within the period …, or" / "(ii) within the period …")."""
        for _ in range(LEAD_IN_REACH):
            lead_start, lead_end = self.sentences.around(start - 1)
            lead = self.text[max(lead_start, lead_end - 300) : lead_end]
            if LEAD_IN_END.search(lead):
                return lead
            if lead_start <= 0 or not (LIST_ITEM.match(lead) and SIBLING_ITEM_END.search(lead)):
                return None
            start = lead_start
        return None

    # --- labels --------------------------------------------------------------------------------------
    def label(self, start: int, end: int) -> str | None:
        """The label a date is the value of: 'Effective Date: <date>', a table column, a line above."""
        key = (start, end)
        if key not in self._labels:
            self._labels[key] = label_of(self, start, end)  # a function of the text and the span alone
        return self._labels[key]

    # --- sections ------------------------------------------------------------------------------------
    def _find_sections(self):
        return sorted([*self._heading_lines(), *self._inline_labels()], key=lambda section: section[0])

    def _heading_lines(self):
        """Heading lines, found in one pass of all section patterns over the text."""
        pattern = _section_pattern(self.rules)
        for match in line_start_matches(pattern, self.text):
            start = self.text.rfind("\n", 0, match.start()) + 1
            if self._end_of_line(start) - start <= SECTION_LINE_MAX:
                rule = self.rules.sections[int(match.lastgroup[1:])]
                yield start, (rule.types[0] if rule.types else None)

    def _inline_labels(self):
        """A notice's block labels inside a page flattened into long lines ("... to comment. DATES: Applicable
        November 6, 2026. ADDRESSES: ..."): each starts a section where it stands."""
        for rule in self.rules.inline_sections:
            for match in rule.pattern.finditer(self.text):
                start, end = self.line_span(match.start())
                if end - start > SECTION_LINE_MAX and self.text[match.start() - 1 : match.start()] in LABEL_AFTER:
                    yield match.start(), (rule.types[0] if rule.types else None)

    def _find_history_sections(self):
        """(start, end) of each section that restates earlier acts ("BACKGROUND"): from its heading to the next
        heading-like line (short, without a sentence's final punctuation), so the operative part after it is not
        taken for history. Each line is read by at most one section: linear."""
        pattern = self.rules.history_heading
        headings = [match.span() for match in line_start_matches(pattern, self.text)] if pattern else []
        resume = 0
        for heading, heading_end in headings:
            if heading < resume:
                continue
            # an order's numbered section ("Section 1. Background.") runs to the next "Sec. 2.": its hard-wrapped
            # lines may start with a capital and end without punctuation like headings
            ends_at = (
                ORDER_SECTION.match if ORDER_SECTION.match(self.text[heading:heading_end].strip()) else _is_heading
            )
            # the lines after the heading's own ("Section 1.\n Background.  In Executive Order ...")
            index = bisect.bisect_right(self._line_starts, heading_end)
            last = min(len(self._line_starts), index + HISTORY_LINES_MAX)
            end = self._line_starts[last] if last < len(self._line_starts) else len(self.text)
            for following in range(index, last):
                start = self._line_starts[following]
                if ends_at(self.text[start : self._end_of_line(start)].strip()):
                    end = start
                    break
            resume = end
            yield heading, end

    def _find_recitals(self):
        """(start, end) of a proclamation's recitals: from the line that opens them to the one that ends them
        ("NOW, THEREFORE"); none where that closing line is missing (an excerpt)."""
        for opening, closing in self.rules.recitals:
            start = next(line_start_matches(opening, self.text), None)  # its first match: search's
            end = closing.search(self.text, start.end()) if start else None
            if end:
                yield start.start(), end.start()

    def in_history_section(self, offset: int) -> bool:
        return any(start <= offset < end for start, end in self._history)

    def section_type(self, offset: int) -> str | None:
        index = bisect.bisect_right(self._section_starts, offset) - 1
        return self._sections[index][1] if index >= 0 else None


def _is_heading(line: str) -> bool:
    return 0 < len(line) <= HEADING_MAX and line[0].isupper() and line[-1] not in ".,;)"
