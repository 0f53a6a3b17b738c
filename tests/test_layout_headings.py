"""The layout's headings: a heading that may stand anywhere on its line is looked for only in a text with its words."""

from nlp.text.layout import Layout, _markers
from nlp.text.textutil import line_start_matches

WITH_ANNEX = (
    "Notice of changes to the tariff schedule\n"
    "SUMMARY:\n"
    "The rates below apply from 3 June 2031.\n"
    "Schedule of goods concerned, see Annex:\n"
    "Steel wire rod of heading 7213.\n"
)
WITHOUT_ANNEX = WITH_ANNEX.replace("see Annex:", "see the table")


def _headings(pattern, text):
    return [(m.start(), m.lastgroup) for m in line_start_matches(pattern, text)]


def test_a_text_with_the_words_of_a_roaming_heading_is_read_with_it():
    headings = _markers()[1]
    assert headings.for_text(WITH_ANNEX) is headings.full
    assert _headings(headings.full, WITH_ANNEX) == [(41, "l_summary"), (90, "h_annex")]
    assert Layout(WITH_ANNEX).kind_at(WITH_ANNEX.index("Steel")) == "annex"


def test_a_text_without_them_is_read_without_it_and_gets_the_same_headings():
    headings = _markers()[1]
    assert headings.for_text(WITHOUT_ANNEX) is headings.lean
    assert _headings(headings.lean, WITHOUT_ANNEX) == _headings(headings.full, WITHOUT_ANNEX) == [(41, "l_summary")]
    assert Layout(WITHOUT_ANNEX).kind_at(WITHOUT_ANNEX.index("Steel")) == "summary"
