"""European documents by class (round 14 second pass, final17 2213-2224). Every passage is written for these tests."""

from nlp.pipeline import analyse
from tests.fact_readers import affected, measures


def codes(text: str) -> list[str]:
    return sorted({mention.code for mention in analyse(text)._.codes})


# --- codes -----------------------------------------------------------------------------------------------------------

CODE_AND_DUTY_ROWS = (
    "Notice to traders: additional duties on certain goods from Ruritania\n\n"
    "Annex A\n\n"
    "TARIC codes Additional duty\n"
    "9506620010 20%\n"
    "9506620090 20%\n\n"
    "Annex B\n\n"
    "TARIC codes Additional duty\n"
    "1604 14 28 10 35%\n"
    "1604 14 28 90 35%\n"
    "2208 30 11 00 12,5 %\n"
)


def test_codes_each_with_only_its_rate_on_the_row_under_a_taric_codes_header_are_codes():
    assert codes(CODE_AND_DUTY_ROWS) == [
        "1604142810",
        "1604142890",
        "2208301100",
        "9506620010",
        "9506620090",
    ]


def test_numbers_with_a_percentage_under_a_header_naming_no_codes_are_no_codes():
    text = "Survey results by region\n\nRespondents Share\n4512006080 20%\n4512006081 35%\n"
    assert codes(text) == []


# --- measures and countries of a notice relaying WTO-authorised duties -----------------------------------------------

DSB_DUTIES = (
    "Notice to importers: measures on certain products\n\n"
    "Following the arbitration in the WTO dispute DS999 and following the authorisation of the WTO Dispute "
    "Settlement Body, the Commission has applied additional customs duties at 20% on imports of certain products "
    "originating in Canada, by Implementing Regulation (EU) no. 2031/1777.\n\n"
    "Products which the importers can prove have been shipped from Canada to the EU before 3 March 2031 will "
    "not be subject to the additional duty.\n"
)


def test_duties_applied_after_the_dispute_settlement_bodys_authorisation_retaliate():
    assert measures(DSB_DUTIES) == ["retaliation"]


def test_the_french_dispute_settlement_bodys_authorisation_is_retaliation_too():
    text = (
        "Avis aux importateurs\n\nÀ la suite de l'autorisation de l'Organe de règlement des différends de l'OMC, la "
        "Commission a institué des droits de douane additionnels de 20 % sur certains produits originaires du "
        "Canada.\n"
    )
    assert measures(text) == ["retaliation"]


def test_the_issuer_in_an_acts_number_and_where_shipped_goods_went_are_no_origins():
    assert affected(DSB_DUTIES) == ["CA"]
