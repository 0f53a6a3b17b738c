"""Headings in brackets after the goods they name (nlp/codes/bracketed.py), found by a pattern that skips ahead to
each bracket."""

from nlp.codes.bracketed import bracketed_headings
from nlp.text.sentences import Sentences

PAGE = (
    "Trade update for importers\n\n"
    "The additional duty now covers the following tariff headings:\n"
    "- Dairy products (0402)\n"
    "- Food preparations (2106)\n"
    "- Petroleum oils (2710)\n\n"
    "Orders placed before 12 March (1203 lines in all) are not affected; see item 7 (0402) of the guide.\n"
)


def test_each_heading_of_a_bracketed_list_after_tariff_words_is_read():
    found = bracketed_headings(PAGE, Sentences(PAGE), set())
    assert [(mention.code, PAGE[mention.start : mention.end]) for mention in found] == [
        ("0402", "0402"),
        ("2106", "2106"),
        ("2710", "2710"),
    ]


def test_a_heading_another_reading_took_is_not_read_again():
    taken = PAGE.index("2106")
    found = bracketed_headings(PAGE, Sentences(PAGE), {taken})
    assert [mention.code for mention in found] == ["0402", "2710"]
