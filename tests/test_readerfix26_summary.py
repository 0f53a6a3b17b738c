"""Round 26 reader fixes, summaries and rate kinds (issue 15: final28's digest read by a policy officer). Every
passage is written for these tests, in another wording than the final28 document."""

from nlp.pipeline import analyse
from tests.summary_lead import lead, summary_of


def _kinds(text: str) -> dict:
    return {(rate.value, rate.unit): rate.kind for rate in analyse(text)._.rates}


PRICES_AND_PARTNERS = """Adjusting Imports of Titanium Sponge and its Derivatives into the United States

NOW, THEREFORE, I, the President of the United States of America, by the authority vested in me by the \
Constitution and the laws of the United States, including section 232, do hereby proclaim as follows:

(1)  The minimum import prices for imported titanium sponge and titanium derivatives shall be:

(i)    $9 per kilogram for titanium sponge; and

(ii)   $40 per kilogram for titanium ingots and billets.

(2)  Effective with respect to goods entered for consumption on or after 12:01 a.m. eastern time on June 2, 2031, \
imports of titanium ingots and titanium derivatives specified in Annex I shall be subject to an additional 20 \
percent ad valorem rate of duty.

(3)  For products of Japan and Norway, the rate of duty under clause (2) of this proclamation shall be such that the \
sum of that rate and the Column 1 General rate of duty equals 15 percent.
"""


def test_amounts_listed_under_minimum_import_prices_are_prices():
    """Class: amounts listed under a numbered clause's lead-in naming minimum import prices (final28 3902) are
    prices, not specific duties."""
    kinds = _kinds(PRICES_AND_PARTNERS)
    assert kinds[(9, "USD/kg")] == "minimum_import_price"
    assert kinds[(40, "USD/kg")] == "minimum_import_price"
    assert kinds[(20, "percent")] == "ad_valorem"


def test_amounts_listed_under_a_duty_lead_in_stay_specific():
    """Near miss: amounts listed under a numbered clause's lead-in naming a duty stay specific duties."""
    text = (
        "(1)  The specific duties on imported titanium sponge shall be:\n\n(i)    $9 per kilogram for titanium "
        "sponge; and\n\n(ii)   $40 per kilogram for titanium ingots."
    )
    assert set(_kinds(text).values()) == {"specific"}


def test_partners_given_their_own_rate_are_not_the_origins_hit():
    """Class: partners given an all-in or capped rate of their own under a duty on all imports are not the
    countries the duty is imposed on; the lead names the duty's own rate, beside its minimum import prices."""
    sentence = lead(summary_of(PRICES_AND_PARTNERS, "US"))
    assert "duty of 20% and minimum import prices of USD 9/kg to USD 40/kg" in sentence
    assert "from Japan" not in sentence
    assert "(a rate of their own for products of Japan and Norway)" in sentence


def test_a_duty_on_one_origins_products_still_names_it():
    """Near miss: a paragraph giving a named origin's products the act's only rate is the duty on them."""
    text = (
        "NOW, THEREFORE, I, the President of the United States of America, do hereby proclaim as follows:\n\n"
        "(1)  For products of Vietnam entered on or after June 2, 2031, the rate of duty on steel wire shall be "
        "50 percent ad valorem.\n"
    )
    sentence = lead(summary_of(text, "US"))
    assert "from Vietnam" in sentence
    assert "rate of their own" not in sentence


BUDGET_LIST = """BUDGET MEASURES FOR THE CUSTOMS TARIFF

The Minister of Finance presented the 2031/32 Budget to the National Assembly on Friday, 12th June 2031. The \
following Customs measures took effect on 13th June 2031:

Removal of 5% import duty on crude palm oil under tariff subheading 1511.10.00

Reduction of import excise duty from 45% to 25% on fruit juices under tariff subheading 2009.89.00
"""


def test_a_budget_list_removing_one_duty_and_cutting_another_names_both():
    """Class: a budget list that removes one duty and moves another (final28 3942's second item) keeps the move in
    the lead beside the removal, not the removal alone."""
    assert "removes a duty and reduces another from 45% to 25%" in lead(summary_of(BUDGET_LIST, "MW"))


def test_a_removal_alone_is_not_given_a_move():
    """Near miss: a list that only removes a duty says so, with no other rate."""
    text = BUDGET_LIST.split("Reduction of")[0]
    sentence = lead(summary_of(text, "MW"))
    assert "removes a duty" in sentence and "another" not in sentence
