"""Round 25's speed cuts in the dates, pinned by the answers they must keep (each passes on the tree before the cuts
too, but the tests of the new prefilter calls):
- where a placed pattern's superset ends in a text is asked once a text (`placed_ends`), and each window answered from
  it (`ends_between`): the answer `may_occur_between` gives for every window; the month-name dates before each year
  are found as a search of every year's window finds them;
- the label rules' answer remembered by the label (a date's label is asked of twice, labels repeat): the rules' first
  match, read afresh;
- a country exception's end searched only where its window holds 'except' in any case.
Every passage is written for these tests."""

import re

import pytest

from nlp.dates import finder
from nlp.dates.classify import Classifier
from nlp.dates.exception_ends import EXCEPTION_THROUGH, _excepted_countries
from nlp.dates.finder import LETTER, YEAR, YEAR_WINDOW, find_dates
from nlp.dates.layout import Layout
from nlp.dates.rules import date_rules
from nlp.text.prefilter import ends_between, may_occur_between, placed_ends, scan_gated
from nlp.text.sentences import Sentences
from nlp.text.textutil import lower_keeping_offsets
from nlp.types import DateMention

FILLER = "The Board reviewed the market situation of the sector concerned in 2029 and at later meetings. " * 25

PASSAGES = [
    "This Order comes into force on January 1, 2032; the notice of April\n5, 2031 and Sep 01,2031 stand.",
    "done at Ottawa this 25th day of July, 2031, and signed on 2031 budget lines of 1999 and 2030.",
    "En vigueur le 1er janvier 2032. Gültig ab 1. Januar 2032, vom 27.Februar 2031 und 16 th October, 2031.",
    "Fecha de publicación30 Marzo 2031; a los 14 días del mes de marzo de 2031; 16 de junio del año 2031.",
    "صدر في الأول من يونيو 2031 وفي 30 من نوفمبر 2031م و 13 أكتوبر لعام 2031.",
    "2031 2032 1999: years alone, a table of 2030 | 2031 | 2032 and no month before them.",
    "January 2031 and 2031 alone, May 2031, the year 2031, mars 2031 31 December 2031",
]


def _named() -> re.Pattern:
    return next(pattern for kind, pattern in finder._patterns() if kind == "named")


def _texts():
    for passage in PASSAGES:
        for text in (passage, FILLER + passage, passage + "\n" + FILLER, FILLER + passage + "\n" + FILLER):
            yield lower_keeping_offsets(text)


@pytest.mark.parametrize("index", range(len(PASSAGES)))
def test_every_window_is_answered_as_may_occur_between(index):
    """Class: the ends asked once answer each window (every year's, and every window ending at each position of the
    passage) as `may_occur_between` does; a window they rule out holds no match of the pattern."""
    pattern = _named()
    for text in _texts():
        if PASSAGES[index].lower()[:20] not in text:
            continue
        ends = placed_ends(pattern, text)
        windows = [(max(0, y.start() - YEAR_WINDOW), y.end()) for y in YEAR.finditer(text)]
        windows += [(max(0, end - 60), end) for end in range(0, len(text) + 1, 7)]
        for pos, endpos in windows:
            possible = ends_between(ends, pos, endpos)
            assert possible == may_occur_between(pattern, text, pos, endpos)
            if not possible:
                assert pattern.search(text, pos, endpos) is None


def _near_years_searching_every_window(pattern: re.Pattern, lowered: str) -> list:
    """The month-name dates before each year, each year's window searched (no scan asked)."""
    found, last_end = [], -1
    for year in YEAR.finditer(lowered):
        window_start = max(0, year.start() - YEAR_WINDOW, last_end)
        if not LETTER.search(lowered, window_start, year.start()):
            continue
        match = pattern.search(lowered, window_start, year.end())
        if match:
            last_end = match.end()
            found.append((match.span(), match.groupdict()))
    return found


def test_the_dates_before_years_are_those_every_window_finds():
    """Class: the month-name dates found with the scan's ends are those a search of every year's window finds, in
    short and long texts, at either edge and among filler."""
    pattern = _named()
    for text in _texts():
        fast = [(m.span(), m.groupdict()) for m in finder._near_years(pattern, text)]
        assert fast == _near_years_searching_every_window(pattern, text)


def test_the_named_dates_are_still_read():
    found = {d.text: d.date.isoformat() for d in find_dates(FILLER + " ".join(PASSAGES[:4]) + FILLER)}
    assert found["April\n5, 2031"] == "2031-04-05"
    assert found["25th day of July, 2031"] == "2031-07-25"
    assert found["27.Februar 2031"] == "2031-02-27"
    assert found["16 de junio del año 2031"] == "2031-06-16"


def test_ends_of_a_pattern_the_scan_cannot_tell():
    """Class guard: a pattern never registered has no ends to read (every window possible); a placed pattern absent
    from a text has none (no window possible)."""
    unregistered = re.compile(r"never\s+registered")
    assert placed_ends(unregistered, "never registered") is None
    assert ends_between(None, 0, 5) is True
    absent = scan_gated(re.compile(r"zq[0-9]zq"), placed=True)
    text = FILLER + " no such mark here"
    ends = placed_ends(absent, text)
    assert ends in ([], None)  # None only where Hyperscan is missing
    assert ends_between(ends, 0, len(text)) == may_occur_between(absent, text, 0, len(text))
    present = FILLER + " zq5zq " + FILLER
    ends = placed_ends(absent, present)
    mark = present.index("zq5zq")
    assert ends_between(ends, mark, mark + 5)
    assert ends is None or not ends_between(ends, 0, mark + 4)


LABELLED = (
    "NOTICE OF AMENDMENT\n"
    "Effective Date: 1 May 2031\n"
    "Date of publication: 3 April 2031\n"
    "| Date of Hearing | 29 October 2031 |\n"
    "Notified in: 14/05/2031\n"
    "Issue date:\n12 March 2031\n"
    "Effective Date: 2 June 2031\n"
    "The Order comes into force on 1 July 2031.\n"
)


def test_the_label_rules_answer_as_read_afresh():
    """Class: the label rules' answer, remembered by the label, is the first rule matching it, for each date of a
    text, asked twice, and for a label repeated on two dates."""
    rules = date_rules()
    layout = Layout(LABELLED, Sentences(LABELLED), rules)
    classifier = Classifier(LABELLED, layout, rules)
    labels = []
    for found in find_dates(LABELLED):
        span = finder_span(found)
        label = layout.label(found.start, found.end)
        expected = next((r.types for r in rules.labels if label and r.pattern.match(label)), ())
        assert classifier._label(span, None) == expected
        assert classifier._label(span, None) == expected
        labels.append(label)
    assert labels.count("Effective Date") == 2
    assert classifier._label(finder_span(find_dates(LABELLED)[0]), None) != ()


def finder_span(found):
    from nlp.dates.classify import Span

    return Span(found.start, found.end, value=found.date.isoformat())


def test_only_ascii_letters_match_except_in_any_case():
    """Class guard: 'except' under IGNORECASE matches only its ASCII letters in either case, so a window whose
    lower-cased copy holds no 'except' holds no exception."""
    for letter in "except":
        pattern = re.compile(letter, re.I)
        assert [c for c in map(chr, range(0x110000)) if pattern.fullmatch(c)] == [letter.upper(), letter]
    assert EXCEPTION_THROUGH.search("from all countries EXCEPT Canada through ")


@pytest.mark.parametrize(
    "lead",
    [
        "from all countries except Canada through ",
        "from all countries EXCEPT CANADA THROUGH ",
        "from all countries Except Canada and Mexico through 11:59 p.m. eastern daylight time on ",
    ],
)
def test_an_exception_end_is_read_in_any_case(lead):
    """Class: the countries of an exception are read whatever the case of 'except', at a text's start and after
    filler; a window without 'except' reads none."""
    for before in ("", FILLER):
        text = before + lead + "June 1, 2032, for steel articles."
        start = text.index("June 1, 2032")
        mention = DateMention("application_end", "2032-06-01", "June 1, 2032", start, start + 12)
        assert "CA" in _excepted_countries(text, mention)
    text = FILLER + "from all countries, Canada included, through June 1, 2032."
    start = text.index("June 1, 2032")
    assert (
        _excepted_countries(text, DateMention("application_end", "2032-06-01", "June 1, 2032", start, start + 12)) == ()
    )
