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


def test_a_pattern_without_regard_to_case_or_with_no_shared_first_letter_is_left_as_it_is():
    assert not _grouped(CURRENCY_AMOUNT, re.IGNORECASE)
    assert not _grouped(r"\b(?:kg|tonnes|litres|pieces)\b")  # no two start alike
    assert not _grouped(r"\b(?:kg|kgs|\d+\s?kg)\b")  # an alternative led by a class
