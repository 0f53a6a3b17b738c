"""Measure types in national forms: a levy or import adjustment tax on imported goods is a rate change, a
strategic goods control order is licensing, additional tariffs answering a partner's tariffs are retaliation
while additional duties on a country's products alone are not. Every passage is written for these tests."""

from nlp.pipeline import analyse


def measures(text: str, jurisdiction: str | None = None) -> set[str]:
    return {m.type for m in analyse(text, jurisdiction=jurisdiction)._.measures}


def test_a_levy_on_imported_goods_substituted_is_a_rate_change():
    text = (
        'THE FINANCE ACT, 2034\n\n12. Section 7 of the Fees and Levies Act is amended by deleting the words "two '
        'per cent" and substituting therefor the words "three per cent" in respect of the port development levy '
        "on goods imported for home use.\n"
    )
    assert measures(text) == {"duty_rate_change"}


def test_an_import_adjustment_tax_levied_is_a_rate_change():
    text = (
        "FISCAL POLICY MEASURES 2034\n\n1. An Import Adjustment Tax of 5% shall be levied on the tariff lines of "
        "heading 8703 listed in Annex I with effect from 1 May 2034.\n"
    )
    assert measures(text) == {"duty_rate_change"}


def test_a_strategic_goods_control_order_amended_is_licensing():
    text = (
        "STRATEGIC GOODS (CONTROL) (AMENDMENT) ORDER 2034\n\n2. The Schedule to the Order is amended by inserting, "
        'immediately after item 5A002, the item "5A003 Quantum key distribution equipment".\n'
    )
    assert measures(text) == {"licensing"}


def test_additional_tariffs_imposed_on_imported_goods_originating_in_a_partner_are_retaliation():
    text = (
        "Announcement No. 9 of 2034\n\nOn 2 May 2034, the Government of Australia announced a 20% tariff on all "
        "goods from our country.\n\nThe Commission decided to impose additional tariffs on certain imported goods "
        "originating in Australia from 15 May 2034: a 10% tariff shall be imposed on soybeans of heading 1201.\n"
    )
    assert measures(text) == {"retaliation"}


def test_additional_duties_on_articles_that_are_products_of_a_country_are_not_read_as_retaliation():
    text = (
        "Executive Order\n\nSec. 2. All articles that are products of Ruritania shall be subject to an additional "
        "ad valorem rate of duty of 25 percent, effective 1 June 2034.\n"
    )
    assert measures(text) == {"duty_rate_change"}
