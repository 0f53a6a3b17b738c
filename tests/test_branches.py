"""Alternations of words grouped by their first character (nlp.text.branches): the same matches, fewer tries."""

import re
from re import _parser

from nlp.text.branches import group_alternations
from nlp.text.patterns import guarded

CURRENCY_AMOUNT = (
    r"(?P<currency>dollars|euros|dollar|euro|eur|usd|yen)\s?(?P<value>\d+(?:\.\d+)?)\s*(?:/|per)\s*(?P<unit>kg|t)\b"
)
DUTY_TEXT = "a specific duty of euro 12.50 per t, raised from usd 9/kg; dollars per tonne are not a rate"


def _grouped(source: str, flags: int = 0) -> bool:
    return group_alternations(_parser.parse(source, flags), flags)


def test_a_list_of_currencies_is_grouped_and_finds_the_same_amounts_in_the_same_places():
    assert _grouped(CURRENCY_AMOUNT)
    found = [(m.span(), m["currency"], m["value"], m["unit"]) for m in guarded(CURRENCY_AMOUNT).finditer(DUTY_TEXT)]
    assert found == [((19, 35), "euro", "12.50", "t"), ((49, 57), "usd", "9", "kg")]


def test_alternatives_sharing_a_first_letter_are_tried_in_their_own_order_backtracking_included():
    # at 'abcd': 'ab' then 'c' matches first ('a' then 'bcd' would give 'abcd'); at 'xyzb': 'xy' finds no 'c' after
    # it, so the engine backtracks into the next 'x' alternative, 'xyz'
    source = r"(?:ab|xy|a|abc|xyz)(?:c|bcd|b)"
    assert _grouped(source)
    assert [m.group() for m in guarded(source).finditer("abcd xyzb")] == ["abc", "xyzb"]


def test_an_alternation_with_no_shared_first_letter_or_an_alternative_led_by_a_class_is_left_as_it_is():
    assert not _grouped(r"\b(?:kg|tonnes|litres|pieces)\b")  # no two start alike
    assert not _grouped(r"\b(?:kg|kgs|\d+\s?kg)\b")  # an alternative led by a class


def test_without_regard_to_case_the_same_amounts_are_found_in_the_same_places():
    assert _grouped(CURRENCY_AMOUNT, re.IGNORECASE)
    plain, fast = re.compile(CURRENCY_AMOUNT, re.I), guarded(CURRENCY_AMOUNT, re.I)
    text = DUTY_TEXT.upper() + " Euro 3/KG, EUROS 4 per t"
    assert [(m.span(), m.groups()) for m in fast.finditer(text)] == [
        (m.span(), m.groups()) for m in plain.finditer(text)
    ]
    assert [m["currency"] for m in fast.finditer(text)] == ["EURO", "USD", "Euro", "EUROS"]


def test_without_regard_to_case_first_letters_that_match_the_same_one_are_left_as_they_are():
    # 'S' and 's' match the same letters: apart, 'sab' would be tried before 'Sa', which comes first at 'sab'
    source = r"(?:sq|Sa|sab|sc)"
    assert not _grouped(source, re.IGNORECASE)
    assert not _grouped(r"(?i:sq|Sa|sab|sc)")  # a group ignoring case inside a pattern that does not
    assert not _grouped(r"(?:\u017ftop|sa|st|sx)", re.IGNORECASE)  # the long s matches 's' too
    assert _grouped(r"(?:sq|sa|sab|sc)", re.IGNORECASE)
    assert [m.group() for m in guarded(source, re.I).finditer("SAB sab")] == ["SA", "sa"]


def test_alternatives_led_by_a_word_boundary_are_grouped_where_those_of_each_letter_all_are():
    source = r"(?:\bimpos|\bintroduc|\bextend|\bextension\b|\bsuspend)"
    assert _grouped(source) and _grouped(source, re.IGNORECASE)
    text = "Reimposes nothing; it imposes, extends and introduces; an extension; Suspended, suspend"
    for flags in (0, re.IGNORECASE):
        found = [m.span() for m in guarded(source, flags).finditer(text)]
        assert found == [m.span() for m in re.compile(source, flags).finditer(text)]
    assert [m.group() for m in guarded(source).finditer(text)] == [
        "impos",
        "extend",
        "introduc",
        "extension",
        "suspend",
    ]
    assert not _grouped(r"(?:\bimpos|introduc|\bextend|\bexport)")  # 'i' led by a boundary once, once not
