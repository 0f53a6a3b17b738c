"""may_match / finditer_where_possible: a whole-text scan is skipped only where it could find nothing."""

import re

from nlp.text.patterns import finditer_where_possible, may_match

LABEL = re.compile(r"^[ \t]*(?:quota[ \t]+)?period[ \t]*:[ \t]*\n(?P<dates>[^\n]+)", re.I | re.M)
HEADINGS = re.compile(r"\b(?:heading|subheading)s?\s+(?P<list>\d{4}(?:\s*,\s*\d{4})*)", re.I)


def test_a_text_without_the_needed_word_is_not_scanned_and_nothing_is_missed():
    text = "The Board lowers the levy on frozen peas to 4 per cent.\nIt applies from 2 March 2032."
    assert may_match(LABEL, text) is False
    assert list(finditer_where_possible(LABEL, text)) == []


def test_a_text_with_the_word_gives_the_engine_s_matches():
    text = "Notice 19/2032\nQUOTA PERIOD:\nApril 1, 2032, through March 31, 2033\nAmounts below."
    assert may_match(LABEL, text) is True
    assert [m.group("dates") for m in finditer_where_possible(LABEL, text)] == ["April 1, 2032, through March 31, 2033"]


def test_the_word_in_another_case_counts():
    text = "Goods of HEADINGS 0811, 0812 enter free."
    assert [m.group("list") for m in finditer_where_possible(HEADINGS, text)] == ["0811, 0812"]


def test_a_character_folding_to_ascii_keeps_the_scan():
    # a dotless 'ı' matches 'i' when case is ignored: the lower-cased text lacks 'heading', the engine finds it
    text = "Under Head\u0131ng 0901, 0902 the rate falls."
    assert may_match(HEADINGS, text) is True
    assert [m.group("list") for m in finditer_where_possible(HEADINGS, text)] == ["0901, 0902"]


def test_a_pattern_without_known_words_is_always_scanned():
    digits = re.compile(r"\d{4}[.,]\d{2}")
    assert may_match(digits, "no figures here") is True
    assert list(finditer_where_possible(digits, "code 0406.90 here"))[0].group() == "0406.90"
