"""Rates and quota volumes, round 9 second pass (final12's misses by class), on passages written for these tests."""

from tests.test_rates_quotas import quotas
from tests.test_rates_round7 import values

# An EU regulation correcting a safeguard's quota allocations: the replaced rows only, no header, each row naming its
# quota by order number (a residual row by a footnote), its volumes per quarter and its additional duty.
SAFEGUARD_ROWS = (
    "COMMISSION IMPLEMENTING REGULATION (EU) 2032/417\nof 3 March 2032\namending Implementing Regulation (EU) "
    "2032/88 imposing a definitive safeguard measure against imports of certain aluminium products\n\n"
    "Whereas:\n\n(1) The split of the tariff-rate quotas between categories 7A and 7B was not correct.\n\n"
    "HAS ADOPTED THIS REGULATION:\n\nArticle 1\n\nThe part of the table with the title ‘Volumes of tariff-rate "
    "quotas’ concerning product category 7 is replaced by the table in the Annex.\n\nArticle 2\n\nThis Regulation "
    "shall enter into force on the day following that of its publication.\n\nANNEX\n\n"
    "7.A | Aluminium foil | CN codes: 7607 11 90 | Norway | 12 410,50 | 12 870,25 | 11 995,00 | 25% | 09.8841\n"
    "7.A | Aluminium foil | CN codes: 7607 11 90 | Other countries | 88 120,75 | 90 004,10 | 86 500,00 | 25% | (3)\n"
    "\n(3) From 1.1 to 31.3: 09.8850\n"
)


def test_header_less_quota_rows_named_by_order_number_give_unit_less_volumes():
    assert sorted(quotas(SAFEGUARD_ROWS)) == [
        (11995, None, None, None),
        (12410.5, None, None, None),
        (12870.25, None, None, None),
        (86500, None, None, None),
        (88120.75, None, None, None),
        (90004.1, None, None, None),
    ]


def test_the_duty_cell_of_such_rows_is_a_rate():
    assert values(SAFEGUARD_ROWS) == [(25, "percent")]


def test_rows_under_a_header_are_left_to_the_header_readers():
    text = (
        "The tariff quotas are opened as follows:\n\n"
        "Order No | Country | Duty | Note\n"
        "09.8841 | Norway | 25% | 12 410,50\n"
        "09.8842 | Iceland | 25% | 3 200,00\n"
    )
    assert quotas(text) == []
