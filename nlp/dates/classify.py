"""The type of one date (or relative date phrase) from everything around it.

In order: the line it stands on (a journal's issue header, a signature line), the label it is the
value of ('Effective Date:', a table column), the act's own title, the nearest trigger in the clause
before it, a trigger right after it, an opening 'As of <date>,' read with the tense of the clause
that follows, the section it sits in ('DATES:', 'Entry into force'), a bare 'from', the title line.
A sentence about an investigation or review period makes any measure date history ('other').
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nlp.dates.bylines import (
    a_press_release,
    dated_lead,
    dated_relay_lead,
    heads_a_news_page,
    over_an_agency_dateline,
    over_an_authors_byline,
    under_a_byline,
    under_a_news_masthead,
    under_its_headline,
    weekday_dateline_end,
    weekday_dateline_under_headline,
)
from nlp.dates.citing import CITED_AFTER, CITING, JOURNAL_CITATION, OF_DATE
from nlp.dates.gazette_tables import GazetteTables
from nlp.dates.labels import WEEKDAY_PREFIX
from nlp.dates.layout import CLOSING_REACH, Layout
from nlp.dates.lead_ins import LeadIns
from nlp.dates.opening_sentence import OpeningSentence
from nlp.dates.reaching import TIME_OF_DAY, gap_length, nearest, reaching
from nlp.dates.rules import DateRules, Trigger
from nlp.dates.schedule_rows import opens_a_dated_row
from nlp.dates.title_acts import first_act_word_end
from nlp.text.patterns import guarded

MEASURE_TYPES = {"entry_into_force", "application_start", "application_end", "comment_deadline"}
OTHER = ("other",)
# an agency's notice closes with its contact person's phone or e-mail and then the day it was posted ("Anne-Lii
# Lillbok" / "676 2629" / "16.05.2013"): that date is the notice's publication
CONTACT_LINE = re.compile(r"^(?:\+?\d[\d ()-]{5,16}\d|[\w.+-]+(?:@|\(at\))[\w-]+\.[\w.]+)$")
BRACKET_OPEN = re.compile(r"\S[ \t]*\([ \t]*$")  # words, then "(" right before the date
BRACKET_CLOSE = re.compile(r"[ \t]*\)[ \t.]*$")
WRAPPED_ON = re.compile(r"[ \t]*[a-z]")  # a line that starts in lower case continues the line above
SENTENCE_STOP = guarded(r"[.;:!?][\"”’)\]]*\s+(?=[\"“(\[]?[A-Z0-9])|\n[ \t]*\n")
WRAP_REACH = 200
# a sentence's end (not a blank line, nor an abbreviation's point: 'Gazette Vol. CXXXIII—No. 51 on 14 March 2031')
FULL_STOP = re.compile(
    r"(?<!\bVol)(?<!\bNo)(?<!\bNos)(?<!\bArt)(?<!\bSec)(?<!\bp)(?<!\bpp)[.;!?][\"”’)\]]*\s+(?=[\"“(\[]?[A-Z0-9])"
)
PAST_FINITE = guarded(r"\b(?:took|was|were|had|did)\b", re.I)
PAST_REACH = 100  # the clause before a bare "from"/"as of" read for its verb
LINE_REACH = 150
DATE_AND_TIME = re.compile(r"§(?:[ \t]+\d{1,2}[.:]\d{2}(?:[.:]\d{2})?)?")  # a date alone, or with its time of day
ISSUE_HEADER_MAX = 120
# an act-by-act journal's masthead cell under its name: the act's number, then the day it was published
# ("Official Journal of the European Union | EN L series" / "2031/1422 | 12.5.2031")
ISSUE_NUMBER_CELL = re.compile(r"^\s*\d{4}/\d{1,5}\s*\|\s*§\s*\|?\s*$")
# ... or printed on its own line above it ("2031/1422" / "12.5.2031", the act-by-act journal's header as text)
ISSUE_NUMBER_LINE = re.compile(r"^\s*\d{4}/\d{1,5}\s*$")
# from a title's act word to the act's own date: a German title names the matter first ("Verordnung über die
# Zollansätze für Waren ... (Freihandelsverordnung 2) vom 27. Juni 2031")
TITLE_DATE_REACH = 240
TITLE_DATED_REACH = 120
OPENING_REACH = 1500  # a heading block above an instrument's first sentence
# a news report's day of writing before its bracketed date ('dikutip dari PMK 70/2031, Kamis (17/10/2031)')
REPORTING_DAY = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Senin|Selasa|Rabu|Kamis|Khamis|Jumat|Jumaat|Sabtu"
    r"|Minggu|Ahad|Isnin)[ \t]*\([ \t]*$"
    # ... or 'today' with the day in brackets: 'Die Kommission hat heute (Freitag, 11.03.2031) …', 'today (4 May 2031)'
    r"|\b(?:today|heute|aujourd['’]hui|hoy|oggi|hoje|vandaag|idag)[ \t]*\([ \t]*(?:\w+,?[ \t]+)?$",
    re.I,
)


LEAD_COMMA = re.compile(r"\s*[,，]")  # a date leading its sentence
REPORTING_REACH = 40  # how far before a date in brackets its 'today' or weekday is looked for
# a news item's first line opening "On Friday, September 27, 2031, the agency released ...": the date leads a sentence
ON_A_DAY = re.compile(r"\s*On\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s*,?\s*)?(?:the\s+)?$")


@dataclass
class Span:
    start: int
    end: int
    floor: int = 0  # where the clause before may start: the end of the previous date
    ceiling: int | None = None  # where the clause after must stop: the start of the next date
    relative: bool = False  # a relative phrase ("30 days after publication"), not a written date
    value: str | None = None  # the date, YYYY-MM-DD, when written out


@dataclass
class Around:
    """What is read around one date, computed once."""

    clause: str  # the clause before the date
    sentence: str


class Classifier:
    def __init__(self, text: str, layout: Layout, rules: DateRules):
        self.text, self.layout, self.rules = text, layout, rules
        self.own_title_date: str | None = None
        self.title_act_end = first_act_word_end(text, layout.title_end, rules)
        self.dateline_end = weekday_dateline_end(text, layout.first_line_end)
        self.before, self.after = rules.triggers_for(text)
        self.press_release = a_press_release(text)
        self.opening = OpeningSentence(text, layout)
        self.gazette_tables = GazetteTables(text)
        self.lead_ins = LeadIns(text, layout, rules, self.opening)
        self._reached: dict[tuple[int, str], list[tuple[Trigger, int]]] = {}  # _reaching's, by its question
        # the label rules' answer, by the label: asked twice a date (_label_of_other, then _label); labels repeat
        self._label_types: dict[str, tuple[str, ...]] = {}

    def _closest(self, triggers: list[Trigger], clause: str, sentence: str) -> tuple[str, ...]:
        """The types of the trigger that ends nearest to the end of `clause` (the date), if near enough; the clause is
        searched once (a date's clause is asked about again, with other sentences)."""
        key = (id(triggers), clause)
        reached = self._reached.get(key)
        if reached is None:
            reached = self._reached[key] = reaching(triggers, clause)
        return nearest(reached, sentence)

    def types(self, span: Span) -> tuple[str, ...]:
        around = Around(self._clause_before(span), self.layout.sentence(span.start))
        kinds = self._types(span, around)
        if kinds == OTHER and self.rules.reports_its_headline(self.text[: self.layout.first_line_end], around.clause):
            kinds = ("entry_into_force",)  # a past treaty rule's history, but the item's own subject (its headline)
        if kinds in ((), OTHER) and self._under_a_contact_at_the_foot(span):
            return ("publication",)
        if (
            kinds == ("document_date",)
            and self.press_release
            and (self._at_the_foot(span) or self._alone_above_the_opening(span))
        ):
            # "MINISTRY OF TRADE AND INDUSTRY" / "12 AUGUST 2031" closing a press release, or heading it: released then
            return ("publication",)
        if any(kind in MEASURE_TYPES for kind in kinds) and (
            self.rules.is_background(around.sentence)
            # a hard-wrapped line ends the sentence early: "... are expected to enter into force\non <date>"
            or (not around.sentence.startswith(around.clause.lstrip()) and self.rules.is_background(around.clause))
            or self.rules.is_qualified(TIME_OF_DAY.sub(" ", around.clause))
        ):
            return OTHER
        return kinds

    def _under_a_contact_at_the_foot(self, span: Span) -> bool:
        if span.relative or not self._at_the_foot(span):
            return False
        line_start = self.layout.line_span(span.start)[0]
        return bool(CONTACT_LINE.match(self.layout.previous_line(line_start)))

    def _at_the_foot(self, span: Span) -> bool:
        return self.layout.text_end - span.end <= CLOSING_REACH and self.layout.is_alone_on_its_line(
            span.start, span.end
        )

    def _types(self, span: Span, around: Around) -> tuple[str, ...]:
        for step in (
            self._in_a_gazette_table,
            self._label_of_other,
            self._line,
            self._dateline_under_a_byline,
            self._label,
            self._title,
            self._trigger_before,
            self._trigger_after,
            self._lead_in,
        ):
            kinds = step(span, around)
            if kinds:
                return kinds
        section = self.layout.section_type(span.start)
        if section and not span.relative and self.layout.is_closing_date_line(span.start, span.end):
            return ("document_date",)  # "... comes into force on 1 May 2031.\n\n3 April 2031\nMinister": signed
        if section:
            return (section,)
        kinds = self._closest(self.rules.fallback, around.clause, around.sentence)
        if kinds:
            # "MOFTEC took definitive measures as of 20 November 2029": a bare "as of" after a past main verb is history
            return OTHER if PAST_FINITE.search(around.clause[-PAST_REACH:]) else kinds
        if not span.relative and span.start < self.layout.first_line_end < min(250, len(self.text)):
            if not self._leads_a_sentence(span):
                return ("document_date",)  # a date in the title line of a notice
        if not span.relative and self.layout.is_closing_date_line(span.start, span.end):
            return ("document_date",)  # "Ministry of Commerce\nMarch 3, 2026" closing the text
        if not span.relative and self._alone_above_the_opening(span):
            return ("document_date",)  # "Ministry of Finance\nCirculation\nJune 4, 2026" heading an instrument
        if not span.relative:
            return self._closing_a_heading_in_brackets(span)
        return OTHER

    def _in_a_gazette_table(self, span: Span, around: Around) -> tuple[str, ...]:
        return () if span.relative else self.gazette_tables.types(span.start)

    def _leads_a_sentence(self, span: Span) -> bool:
        """The first line is a news item's lead sentence, its date before a comma ('2031年3月2日,某国通知WTO…。', 'On
        Friday, May 2, 2031, the agency released …:'): the day of the reported act, not a title's date."""
        line_end = self.layout.first_line_end
        if REPORTING_DAY.search(self.text, max(0, span.start - REPORTING_REACH), span.start):
            return True  # '… hat heute (Freitag, 11.03.2031) … eingeführt.': the day of the reported act
        if not LEAD_COMMA.match(self.text, span.end):
            return False
        return self.text[:line_end].rstrip().endswith(("。", ".")) or bool(ON_A_DAY.fullmatch(self.text, 0, span.start))

    def _closing_a_heading_in_brackets(self, span: Span) -> tuple[str, ...]:
        """A date in brackets closing a heading line near the top: a legal database heads an act with its date
        ("Initiation of anti-dumping investigation ... (Ministry of Finance) (3 May 2031)"); a journal's issue
        line with the issue's ("Federal Register Volume 96, Issue 131 (July 9, 2031)")."""
        if span.start > OPENING_REACH:
            return OTHER
        line_start, line_end = self.layout.line_span(span.start)
        before, after = self.text[line_start : span.start], self.text[span.end : line_end]
        if REPORTING_DAY.search(before):
            return OTHER  # a report's '… quoted from the regulation, Thursday (17/10/2031).' is no heading
        if not (BRACKET_OPEN.search(before) and BRACKET_CLOSE.match(after)) or SENTENCE_STOP.search(before.rstrip()):
            return OTHER
        return ("publication",) if self.rules.is_issue_header(before) else ("document_date",)

    def _alone_above_the_opening(self, span: Span) -> bool:
        """A date on a line of its own in an instrument's heading block, above its first sentence."""
        opening = self.opening.start()
        if opening < 0 or span.end > opening or span.start > OPENING_REACH:
            return False
        # a label's value ("OPENING DAY:\nTuesday, January 3, 2031") is not the heading's date
        label = self.layout.label(span.start, span.end) or ""  # an assent date's bracket ("[13 July 2031]") is none
        return self.layout.is_alone_on_its_line(span.start, span.end) and not label.strip("[( \t")

    def _line(self, span: Span, around: Around) -> tuple[str, ...]:
        line_start, line_end = self.layout.line_span(span.start)
        # a date wrapped over two lines ("March" / "12, 2031 - Ottawa, Ontario - ..."): its line runs on to the second
        line_end = max(line_end, self.layout.line_span(span.end)[1])
        if WEEKDAY_PREFIX.fullmatch(self.text, line_start, span.start):
            line_start = span.start  # "Tuesday, May 6, 2031": the weekday belongs to the date, it is no place
        # a long line (a flattened page) is cut around the date; "…" marks a cut, so "^" cannot match there
        head = "" if span.start - line_start <= LINE_REACH else "…"
        tail = "" if line_end - span.end <= LINE_REACH else "…"
        line_start, line_end = max(line_start, span.start - LINE_REACH), min(line_end, span.end + LINE_REACH)
        line = head + self.text[line_start : span.start] + "§" + self.text[span.end : line_end] + tail
        alone = bool(DATE_AND_TIME.fullmatch(line.strip(" \u00a0\t.|")))
        if alone:
            # a date alone on its line (or cell), as in a journal header rendered one cell per line; a news item's
            # dateline with its time ('9.12.2031 13.44') over its kind ('Pressmeddelande') too
            line = " | ".join(["§", *(cell.strip(" |") for cell in self.layout.next_lines(line_end, 2))])
        for index in self.rules.possible("lines", line):  # the first rule found, in order
            if self.rules.lines[index].pattern.search(line):
                return self.rules.lines[index].types
        return self._under_issue_header(line_start) if alone or ISSUE_NUMBER_CELL.match(line) else ()

    def _dateline_under_a_byline(self, span: Span, around: Around) -> tuple[str, ...]:
        line_start, line_end = self.layout.line_span(span.start)
        above = self.layout.previous_line(line_start)
        if under_a_byline(self.text, span.start, span.end, line_start, line_end, above) or under_its_headline(
            self.text, span.start, span.end, line_start, line_end, self.layout.first_line_end
        ):
            return ("publication",)
        first_line_end = self.layout.first_line_end
        if under_a_news_masthead(self.text, span.start, span.end, line_start, first_line_end) or (
            over_an_agency_dateline(self.text, span.start, span.end, line_start, line_end)
            or over_an_authors_byline(self.text, span.start, span.end, line_start, line_end)
        ):
            return ("publication",)
        lead = (
            dated_lead(self.text, span.start, span.end, line_start, first_line_end)
            or dated_relay_lead(self.text, span.start, span.end)
            or (weekday_dateline_under_headline(self.text, span.start, span.end, line_start, line_end, first_line_end))
        )
        if lead or (not span.relative and heads_a_news_page(self.text, span.start, span.end, first_line_end)):
            return ("publication",)
        return ()

    def _under_issue_header(self, line_start: int) -> tuple[str, ...]:
        """A date alone under a journal's issue line is that issue's date ("Canada Gazette, Part I, Volume 160,
        Number 3: COMMISSIONS" / "January 17, 2026"), or under the act's number in an act-by-act journal."""
        above = self.layout.previous_line(line_start)
        if ISSUE_NUMBER_LINE.match(above):
            return ("publication",)
        return ("publication",) if len(above) <= ISSUE_HEADER_MAX and self.rules.is_issue_header(above) else ()

    def _label_of_other(self, span: Span, around: Around) -> tuple[str, ...]:
        """A label naming another document's date ("Notified in" / "G/MA/QR/N/XYZ/3 14/05/2031") wins over the
        line's shape, which alone would read the symbol and date as the document's own."""
        kinds = self._label(span, around)
        return kinds if kinds == OTHER else ()

    def _label(self, span: Span, around: Around) -> tuple[str, ...]:
        label = self.layout.label(span.start, span.end)
        if not label:
            return ()
        kinds = self._label_types.get(label)
        if kinds is None:
            kinds = self._label_types[label] = next(
                (rule.types for rule in self.rules.labels if rule.pattern.match(label)), ()
            )
        return kinds

    def _title(self, span: Span, around: Around) -> tuple[str, ...]:
        """The act's own date in its own title ('REGULATION (EU) 2022/58 of 14 January 2022'): the date
        after the first act word of the title. The dates of acts the title cites are history."""
        if span.start >= self.layout.title_end or self.title_act_end is None or span.start < self.title_act_end:
            return ()
        if self.dateline_end is not None and self.title_act_end > self.dateline_end:
            return OTHER  # the act a news item's lead reports, under the item's dateline: not the item's own date
        before = self.text[max(span.floor, span.start - 120) : span.start]
        of_date = OF_DATE.search(before)
        if not of_date or JOURNAL_CITATION.search(before):
            return ()  # 'Bekanntmachung … ; ABl. C 212 vom 4. Juni 2031': the journal issue of a cited act
        if span.value is not None and span.value == self.own_title_date:
            return ("document_date",)  # the title printed twice (a register entry above the act itself)
        if self._measure_words_before(span, around):
            return ()  # "Avis aux importateurs / À compter du 1er juillet ...": a sentence under the title, no title
        act_line_start = self.text.rfind("\n", 0, self.title_act_end) + 1
        if CITING.search(self.text, act_line_start, span.start) or CITED_AFTER.match(self.text, span.end):
            return OTHER  # "Corrigendum to Regulation ... of", "Regulations amending the Tariff Order of": cited
        # "dated" follows the act's number at once ("Notification No. 5/2031 dated ..."); "vom"/"of" may come late
        reach = TITLE_DATE_REACH if "dated" not in of_date.group().lower() else TITLE_DATED_REACH
        if (
            self.own_title_date is not None
            or span.start - self.title_act_end > reach
            or span.floor > self.title_act_end
        ):
            return OTHER
        self.own_title_date = span.value or "seen"
        return ("document_date",)

    def _measure_words_before(self, span: Span, around: Around) -> bool:
        kinds = self._trigger_before(span, around) or self._lead_in(span, around)
        return any(kind in MEASURE_TYPES for kind in kinds)

    def _clause_before(self, span: Span) -> str:
        if not span.relative and opens_a_dated_row(self.text, span.start, span.end, span.floor):
            return ""  # a schedule's row: the row above is another event's (schedule_rows.py)
        clause = self.layout.clause_before(span.start, span.floor)
        dated_line = self.text.startswith(":", span.end)  # "May 4, 2031: The changes apply ...": its own clause
        opened = self._closest(self.rules.fallback, clause, clause)  # "From <date>, ...": a new clause opens with it
        if (
            len(clause.strip()) < 20
            and not dated_line
            and not opened
            and not self._closest(self.before, clause, clause)
        ):
            # a date on a short line of its own ("THE WHITE HOUSE,\n\n April 2, 2025."): look above
            wider = self.text[max(span.floor, span.start - 160) : span.start]
            # but not past the sentence above ("... for this period of review.\nEFFECTIVE DATE:\n<date>")
            ends = list(FULL_STOP.finditer(wider, 0, len(wider) - len(clause)))
            wider = wider[ends[-1].end() :] if ends else wider
            if wider.strip() != clause.strip() and self._closest(self.before, wider, wider):
                return wider
        elif WRAPPED_ON.match(clause) and not self._closest(self.before, clause, clause):
            # a narrow column's line goes on from the line above ("The effective date of the\ncontinuation of the
            # order will be the\ndate of publication"): the clause starts where the sentence really starts
            wider = self.text[max(span.floor, span.start - WRAP_REACH) : span.start]
            ends = list(SENTENCE_STOP.finditer(wider, 0, len(wider) - len(clause)))
            return wider[ends[-1].end() :] if ends else wider
        return clause

    def _trigger_before(self, span: Span, around: Around) -> tuple[str, ...]:
        # a clause read from above its own sentence (a list item's lead-in) is part of what a condition reads
        widened = not around.sentence.startswith(around.clause.lstrip())
        return self._closest(
            self.before, around.clause, around.clause + around.sentence if widened else around.sentence
        )

    def _trigger_after(self, span: Span, around: Around) -> tuple[str, ...]:
        after = self.layout.clause_after(span.end, span.ceiling).lstrip(" ,\u00a0\n")
        for trigger in self.after:
            match = trigger.pattern.search(after, 0, trigger.within + 80)
            if match and gap_length(after[: match.start()]) <= trigger.within and trigger.admits(around.sentence):
                return trigger.types
        return ()

    def _lead_in(self, span: Span, around: Around) -> tuple[str, ...]:
        """'As of <date>, X will ...' takes effect then; 'On <date>, X initiated ...' is history (lead_ins.py)."""
        return self.lead_ins.types(span.start, span.end, around.clause, around.sentence)
