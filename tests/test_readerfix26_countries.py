"""Round 26 reader fixes, the countries a lead names (issue 15: final28's digest read by a policy officer). Every
passage is written for these tests, in another wording than the final28 document."""

from tests.fact_readers import affected
from tests.summary_lead import lead, summary_of

REFUND_ON_EXPORT = (
    "With effect from 3 March 2031\n\n"
    "  • Schedule No. 6, by the insertion of refund item 530.02 to allow refunds of excise duties paid on imported "
    "diesel upon its later export to Angola, Zambia and Zimbabwe\n"
    "  • Part 1 of Schedule No. 1, by the substitution of tariff subheading 8431.43.10, in order to increase the rate "
    "of customs duty on parts of boring machinery from 5% to 15%\n"
)


def test_destinations_of_a_refund_on_export_are_not_where_goods_come_from():
    """Class: the countries goods are exported to after paying duty (a refund or drawback on export, final28 3941)
    are affected as destinations the refund favours, but the lead never says the goods come from them."""
    assert affected(REFUND_ON_EXPORT) == ["AO", "ZM", "ZW"]
    sentence = lead(summary_of(REFUND_ON_EXPORT, "ZA"))
    assert "Zambia" not in sentence and "Angola" not in sentence


def test_origins_listed_after_a_duty_are_still_named():
    """Near miss: a list of origins after 'imports from' stays the lead's countries."""
    text = (
        "With effect from 3 March 2031, an anti-dumping duty of 30% is imposed on float glass imported from "
        "Angola, Zambia and Zimbabwe."
    )
    sentence = lead(summary_of(text, "ZA"))
    assert "Angola, Zambia and Zimbabwe" in sentence
