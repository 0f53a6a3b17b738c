"""Round 21 review, regressions of the round's widened rules pinned on passages written for these tests: a range over
many subheadings 'revised'/'moved from' one code to another stays a range (only a single number is corrected from one
to the other); two quoted sums swapped ('for "1000.00" substitute "1250.00"') are amounts, no codes."""

from nlp.codes.finder import find_codes


def _codes(text: str) -> tuple[list[str], list[tuple[str, str]]]:
    codes, ranges = find_codes(text)
    return [code.code for code in codes], [(found.code_from, found.code_to) for found in ranges]


# --- codes: a range over many subheadings is no single number corrected ------------------------------------------


def test_rates_revised_for_all_subheadings_from_one_code_to_another_keep_the_range():
    text = "Duty rates shall be revised for all subheadings from 7304.11 to 7304.90 as listed in Schedule B.\n"
    assert _codes(text) == ([], [("730411", "730490")])


def test_goods_moved_from_subheadings_one_to_another_keep_the_range():
    text = "The surcharge covers goods moved from subheadings 7606.11 to 7606.92 into a free zone after 1 May 2031.\n"
    assert _codes(text) == ([], [("760611", "760692")])


# --- codes: quoted sums swapped in a regulation are amounts ------------------------------------------------------


def test_quoted_sums_with_zero_cents_swapped_are_no_codes():
    text = 'THE CUSTOMS (TARIFF QUOTAS) (AMENDMENT) REGULATIONS 2031\n\n3. In regulation 9(1), for "2000.00" substitute "2250.00".\n'
    assert _codes(text) == ([], [])
