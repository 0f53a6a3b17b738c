"""Round 24 integration: what merging the round's second-pass branches broke on earlier sets, by class. Every passage
is written for these tests."""

from tests.fact_readers import measures


def test_goods_admitted_at_a_zero_rate_that_now_bear_a_rate_are_a_rate_change():
    """Class: a zero rate named as the goods' former treatment, the provision giving them a non-zero rate (read15-world
    1928 lost its rate change to round 24's 'zero rate of duty' suspension row): duty_rate_change, no suspension."""
    text = (
        "Section 4\nArticles admissible at a zero rate of duty under Chapter 97 of the Schedule shall now bear a reduced"
        " duty rate of 7.5%, except articles of the following headings:\n(a) 9701.10 - paintings;\n"
    )
    assert measures(text) == ["duty_rate_change"]


def test_a_zero_rate_of_duty_granted_for_a_year_stays_a_suspension():
    """Near miss: a zero rate granted for a period, no other rate in its sentence, stays a suspension."""
    text = "A zero rate of import duty shall apply to cane sugar from 1 March 2031 until 28 February 2032.\n"
    assert measures(text) == ["duty_suspension"]
