"""Round 24's speed cuts in the dates, pinned by the answers they must keep (each passes on the tree before the cuts
too):
- the month-name patterns (the named forms, the ceremonial form, a range's first day, yearless days, a Colombian
  heading's date) compiled `guarded`: their alternations of hundreds of month names grouped by first character and a
  lookahead of the characters a match starts with in front. The same matches, groups and spans as the plain compile,
  found by a whole-text finditer and by a search of each window ending at a year, as the finder searches them;
- a Roman month's date searched only where the text's one scan says one may occur: a text that holds the shortest
  such date, at either edge or among filler, is never skipped;
- a date's label read once per span (Layout.label remembers it): the same label asked of twice;
- whether a notice advises of amendments, whether a text speaks of a new act, and where a title ends, searched only
  where the text's one scan (and, for the advice, its words) says a match may be: never skipped where one is.
Every passage is written for these tests."""

import inspect
import re
from datetime import date

import pytest

from nlp.dates import finder, paired_forms, yearless
from nlp.dates.finder import find_dates
from nlp.dates.layout import TITLE_REACH, Layout
from nlp.dates.recent import reported_recent_change
from nlp.dates.reported_publication import reported_signature
from nlp.dates.roman_months import roman_month_dates
from nlp.dates.rules import date_rules
from nlp.text.sentences import Sentences
from nlp.text.textutil import lower_keeping_offsets
from nlp.types import DateMention

FILLER = "The Board reviewed the market situation of the sector concerned at several meetings. " * 25

PASSAGES = [
    "done at Ottawa this 25th day of July, 2031, and signed the 1\nst\nday of\nNovember, 2031.",
    "This Order comes into force on January 1, 2032; the notice of April\n5, 2031 and Sep 01,2031 stand.",
    "En vigueur le 1er janvier 2032. Gültig ab 1. Januar 2032, vom 27.Februar 2031 und 16 th October, 2031.",
    "Fecha de publicación30 Marzo 2031; a los 14 días del mes de marzo de 2031; 16 de junio del año 2031.",
    "Publicado el 27 de marzo 2031. Post time: Dec-16-2031. Fecha: 30-Sep-2031, 09/يوليو/2031.",
    "صدر في الأول من يونيو 2031 وفي 30 من نوفمبر 2031م و 13 أكتوبر لعام 2031 و 5 مارس من عام 2031.",
    "Publicado em 30 out 2031: vigora desde 1º de enero de 2032; 10 out of 12 items.",
    "Quyết định ngày 9 tháng 2 năm 2031 có hiệu lực.",
    "The quota period runs from 31 March to 13 April 2031 and March 31 to April 13, 2031, January 1, through "
    "December 31, 2031; vom 1. März bis zum 30. April 2031.",
    "RESOLUCIÓN NÚMERO 205 DE 2031\n\n(noviembre 23)\n\nDECRETO 12 de 2031 (marzo 3) por el cual",
    "New codes taking effect on 13 February:\n\nCommodity code 0301990011 ended on 12 June. On 1 October, the duty "
    "will be reinstated; see the notice of 2 May 2031.",
    "The quotas will be revised as of Feb. 7 the agency said; to be Effective March 3 and beginning July 1 of each "
    "year, from July 1st this year to June 30th, 2032 (notice of May 2, 2031).",
    "January 2031 and 2031 alone, May 2031, the year 2031, 1 2031, mars 2031.",
]


def _plain(builder):
    """What `builder` (undecorated) builds with every `guarded` of its module read as `re.compile`."""
    raw = inspect.unwrap(builder)
    module = inspect.getmodule(raw)
    saved = module.guarded
    module.guarded = re.compile
    try:
        return raw()
    finally:
        module.guarded = saved


def _as_list(built) -> list[re.Pattern]:
    if isinstance(built, re.Pattern):
        return [built]
    return [item[1] if isinstance(item, tuple) else item for item in built]


BUILDERS = [
    finder._written_patterns,
    paired_forms._range_start_pattern,
    finder._dated_heading_patterns,
    yearless._yearless_heading_pattern,
    yearless._yearless_in_sentence_patterns,
    yearless._yearless_month_first_pattern,
]


def _matches(pattern: re.Pattern, text: str, pos: int = 0, endpos: int | None = None) -> list:
    endpos = len(text) if endpos is None else endpos
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text, pos, endpos)]


@pytest.mark.parametrize("builder", BUILDERS, ids=lambda builder: builder.__name__)
def test_guarded_month_patterns_match_as_the_plain_compile(builder):
    """Class: each month-name pattern, compiled guarded, finds what the plain compile of the same source finds: in
    each passage, lower-cased and not, alone and among filler, and in each window ending anywhere (the named forms
    are searched in the window before each year, up to its end, where '$' matches)."""
    fast, plain = _as_list(inspect.unwrap(builder)()), _as_list(_plain(builder))
    assert len(fast) == len(plain)
    for passage in PASSAGES:
        for text in (passage, lower_keeping_offsets(passage), FILLER + passage + "\n" + FILLER):
            for quick, slow in zip(fast, plain, strict=True):
                assert _matches(quick, text) == _matches(slow, text)
        lowered = lower_keeping_offsets(passage)
        for end in range(len(lowered) + 1):
            for quick, slow in zip(fast, plain, strict=True):
                start = max(0, end - 60)
                found, expected = quick.search(lowered, start, end), slow.search(lowered, start, end)
                assert (found and (found.span(), found.groupdict())) == (
                    expected and (expected.span(), expected.groupdict())
                )


def test_the_named_forms_are_read_as_dates():
    """Class: the forms of a month's name before a year are each read, with their day, month and year."""
    found = {d.text: d.date.isoformat() for d in find_dates(FILLER + " ".join(PASSAGES[:8]) + FILLER)}
    assert found["25th day of July, 2031"] == "2031-07-25"
    assert found["April\n5, 2031"] == "2031-04-05"
    assert found["Sep 01,2031"] == "2031-09-01"
    assert found["1er janvier 2032"] == "2032-01-01"
    assert found["27.Februar 2031"] == "2031-02-27"
    assert found["30 Marzo 2031"] == "2031-03-30"
    assert found["16 de junio del año 2031"] == "2031-06-16"
    assert found["Dec-16-2031"] == "2031-12-16"
    assert found["30 من نوفمبر 2031"] == "2031-11-30"
    assert found["30 out 2031"] == "2031-10-30"
    assert found["ngày 9 tháng 2 năm 2031"] == "2031-02-09"


def test_range_starts_and_yearless_days_take_their_years():
    """Class: a range's first day borrows the year of its end; a yearless day that of the nearest full date."""
    found = {d.text: d.date.isoformat() for d in find_dates(PASSAGES[8] + "\n" + PASSAGES[10] + "\n" + PASSAGES[11])}
    assert found["31 March"] == "2031-03-31"
    assert found["March 31"] == "2031-03-31"
    assert found["12 June"] == "2031-06-12"
    assert found["Feb. 7"] == "2031-02-07"
    assert "July 1" not in found  # 'beginning July 1 of each year' recurs: no date


def test_a_colombian_heading_dates_the_act():
    found = [(d.text, d.date.isoformat()) for d in find_dates(PASSAGES[9])]
    assert ("noviembre 23", "2031-11-23") in found
    assert ("marzo 3", "2031-03-03") in found


@pytest.mark.parametrize(
    "passage",
    ["17.X.2031", "(DOF 17/X/2031)", "el 3-IV-2031 se publicó", "dnia 1. XII. 2031 r.", "Vyhláška z 30.IX.2031"],
)
def test_a_roman_month_date_is_never_skipped(passage):
    """Class: the shortest Roman month dates, at either edge of a text or among filler, are found after the gate."""
    for text in (passage, passage + " " + FILLER, FILLER + passage, FILLER + passage + " " + FILLER):
        found = roman_month_dates(text, bytearray(len(text) + 1))
        assert len(found) == 1 and text[found[0].start : found[0].end] in passage


def test_no_roman_month_where_there_is_none():
    text = FILLER + "Section IV.2 of Annex X, item 3.IV and 12/XI are no dates. " + FILLER
    assert roman_month_dates(text, bytearray(len(text) + 1)) == []


def test_a_label_asked_of_twice_is_the_same():
    """Class: the label of a date's span, remembered, is what reading it afresh gives, for every date of a text."""
    text = "NOTICE\nEffective Date: 1 May 2031\n| Date of Hearing | 29 October 2031 |\nIssue date:\n3 April 2031\n"
    layout = Layout(text, Sentences(text), date_rules())
    fresh = Layout(text, Sentences(text), date_rules())
    for found in find_dates(text):
        first = layout.label(found.start, found.end)
        assert first == layout.label(found.start, found.end)
        assert first == fresh.label(found.start, found.end)
    assert layout.label(text.index("1 May"), text.index("1 May") + 10) == "Effective Date"


NOTICE_DAY = date(2031, 9, 30)
CHANGE = "Commodity code 0305399010 has been reinstated with effect from "


@pytest.mark.parametrize(
    "advice",
    [
        "The Agency wishes to advise of an amendment to the January 1, 2031 version of the Departmental Consolidation",
        "THE AGENCY ADVISES OF AMENDMENTS TO THE DEPARTMENTAL CONSOLIDATION",  # in capitals
        "advising of the following amendments to the consolidation",
    ],
)
@pytest.mark.parametrize("where", ["first", "last", "alone"])
def test_a_notice_advising_of_amendments_is_never_skipped(advice, where):
    """Class: whether a notice advises of amendments, now searched only where its words and the text's scan say it
    may be: a date 100 days before the notice ends a reported change wherever the advice stands, in any case."""
    text = {"first": advice + ". " + FILLER, "last": FILLER + advice, "alone": advice}[where] + "\n" + CHANGE
    mentioned = date.fromordinal(NOTICE_DAY.toordinal() - 100).isoformat()
    assert reported_recent_change(mentioned, NOTICE_DAY, text, 0, len(text), date_rules()) is True
    plain = FILLER + "\n" + CHANGE  # no advice: outside the recent reach, history
    assert reported_recent_change(mentioned, NOTICE_DAY, plain, 0, len(plain), date_rules()) is False


@pytest.mark.parametrize("words", ["the new decision", "THE NEW DECREE", "Quyết định mới", "новое решение"])
def test_a_new_act_is_never_skipped(words):
    """Class: a text speaking of a new act, searched only where the text's scan finds the words, at either edge or
    among filler, is anchored by no cited act's signature."""
    cited = "Decision No. 1105/QD-BCT dated 30 March 2031 on the duties"
    for text in (cited + " " + words, words + " " + FILLER + cited, FILLER + cited + " " + words + " " + FILLER):
        start = text.index("30 March")
        mention = DateMention("other", "2031-03-30", "30 March 2031", start, start + 13)
        assert reported_signature(text, [mention]) == {}
    start = cited.index("30 March")
    mention = DateMention("other", "2031-03-30", "30 March 2031", start, start + 13)
    assert reported_signature(cited, [mention]) == {"document_date": date(2031, 3, 30)}


@pytest.mark.parametrize(
    "marker", ["Whereas", "Having regard", "NOW, THEREFORE", "\n1. ", "In Exercise of the powers", "CONSIDERANDO"]
)
def test_the_title_ends_at_a_marker_within_its_reach(marker):
    """Class: the title's end marker, searched only where the text's scan sees one end within the title's reach,
    is found at the text's start, among filler, and ending at the reach's last character; not past it."""
    head = "COMMISSION IMPLEMENTING REGULATION (EU) 2031/12\nof 3 May 2031\n"
    for offset in (0, len(head), TITLE_REACH - len(marker)):
        assert _title_end(_placed(head, offset) + marker + " " + FILLER) == offset
    past = TITLE_REACH - len(marker) + 1
    assert _title_end(_placed(head, past) + marker + " " + FILLER) != past


def _placed(head: str, offset: int) -> str:
    """`offset` characters of a title over filler, the last a space (a word boundary before the marker)."""
    return (head + "x " * TITLE_REACH)[: offset - 1] + " " if offset else ""


def _title_end(text: str) -> int:
    return Layout(text, Sentences(text), date_rules()).title_end
