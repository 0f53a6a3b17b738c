"""Round 26's speed cuts: whole-text patterns asked of every text (a quota-numbers heading, a percentage column's
header) are registered with the text's one scan and searched only where it finds them possible. Pinned by the
invariant the cut rests on (the scan never rules out a text in any window of which the pattern matches) and by the
readers' answers on passages written for this test (passing on the tree before the cuts too)."""

from nlp.countries.quota_numbers import QUOTA_NUMBERS_HEADING, origins_with_quota_numbers
from nlp.rates.named_columns import PERCENT_COLUMN, percent_column_rows
from nlp.text.prefilter import may_occur

COLUMNS = (
    "Schedule 2 is amended as follows:\n\n"
    "Tariff item   Description   Duty %\n"
    "7208.10   Flat-rolled products of iron   12.5\n"
    "7208.25   Other flat-rolled products   8\n"
)
GLUED = "Rate %b" + " Duty %\n7208.10 Flat-rolled products of iron 7\n"  # a header glued to a letter, then one
QUOTAS = (
    "The quota order numbers are as follows:\n- Thailand 058099\n- Viet Nam 058100\n\n"
    "The volumes are set out in Annex I.\n"
)
PLAIN = ["A surtax of 25 % is imposed on widgets.", "No numbers here at all.", ""]


def _windows(text: str):
    for start in range(0, len(text) + 1, 3):
        for end in range(start, len(text) + 1, 5):
            yield start, end


def test_the_scan_never_rules_out_a_window_the_pattern_matches_in():
    """Class: every window of every passage (a match cut by the window's end included: 'Rate %' before a letter)."""
    for pattern in (PERCENT_COLUMN, QUOTA_NUMBERS_HEADING):
        for text in (COLUMNS, GLUED, QUOTAS, *PLAIN):
            possible = may_occur(pattern, text)
            for start, end in _windows(text):
                assert possible or pattern.search(text, start, end) is None


def test_a_percentage_column_is_read():
    rows = list(percent_column_rows(COLUMNS, 0, len(COLUMNS)))
    assert [value for value, _, _ in rows] == [12.5, 8.0]
    assert list(percent_column_rows(PLAIN[0], 0, len(PLAIN[0]))) == []


def test_origins_under_a_quota_numbers_heading_are_read():
    assert [m.code for m in origins_with_quota_numbers(QUOTAS, set())] == ["TH", "VN"]
    assert origins_with_quota_numbers(PLAIN[0], set()) == []
