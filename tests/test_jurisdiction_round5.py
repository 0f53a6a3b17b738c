"""Implementing jurisdiction, round 5 of issue 15: a WTO document circulated at the request of a delegation
(the notifying Member acts), the Member read from a notification symbol ('G/SPS/N/KEN/214'), a Singapore
Government Gazette's subsidiary legislation number and a Zambian statutory instrument. Every passage is written
for these tests, with other goods, Members and numbers than any eval set."""

from nlp.countries.rules import implementing_jurisdiction
from nlp.pipeline import analyse


def jurisdiction(text: str) -> list[tuple[str, str]]:
    return [(m.code, m.text) for m in implementing_jurisdiction(text)]


def test_a_wto_notification_circulated_at_the_request_of_a_delegation():
    text = (
        "NOTIFICATION UNDER ARTICLE 12.1(A) OF THE AGREEMENT ON SAFEGUARDS\nViet Nam\nFertilisers\n"
        "The following communication, dated 2 May 2031, is being circulated at the request of the delegation of "
        "Viet Nam.\n_______________\n(see _G/SG/N/6/VNM/9)\n"
    )
    assert jurisdiction(text) == [("VN", "Viet Nam")]


def test_the_notifying_member_acts_and_is_not_affected():
    text = (
        "The following communication, dated 2 May 2031, is being circulated at the request of the delegation of "
        "Viet Nam.\n\nViet Nam hereby notifies the initiation of a safeguard investigation on imports of urea.\n"
    )
    assert analyse(text)._.countries == {"implementing": ["VN"], "affected": []}


def test_the_member_of_a_notification_symbol():
    text = (
        "Notice - Notification of WTO Members: KS 2931:2031, Dried mango slices — Specification\n"
        "| WTO code |\nG/SPS/N/KEN/214 |\n| Date notice |\n03/02/2031 |\n"
    )
    assert jurisdiction(text) == [("KE", "G/SPS/N/KEN/")]


def test_the_european_union_as_a_notifying_member():
    text = "WTO notification G/TBT/N/EU/1187 of 4 April 2031 on labelling of textile products.\n"
    assert jurisdiction(text) == [("EU", "G/TBT/N/EU/")]


def test_a_singapore_gazette_subsidiary_legislation_number():
    text = (
        "No. S 118\nCustoms Act 1960\nCustoms (Duties) (Amendment) Order 2031\n"
        "In exercise of the powers conferred by section 10(1), the Minister makes the following Order:\n"
    )
    assert jurisdiction(text) == [("SG", "No. S 118")]


def test_a_zambian_statutory_instrument():
    text = (
        "Customs and Excise (Suspension) (Solar Panels) Regulations, 2031\nStatutory Instrument 17 of 2031\n"
        "Published by the Government of Zambia in the Government Gazette.\n"
    )
    assert jurisdiction(text) == [("ZM", "Government of Zambia")]


def codes_of(text: str) -> list[str]:
    return [m.code for m in implementing_jurisdiction(text)]


def test_a_french_eu_notice_with_a_typographic_apostrophe():
    text = "Journal officiel de l’Union européenne\nC 212/4\nAvis d’ouverture d’une procédure antidumping\n"
    assert codes_of(text) == ["EU"]


def test_an_excerpt_from_the_eur_lex_website():
    text = "This document is an excerpt from the EUR-Lex website\nDocument 52031XC0412(02)\nAviso de inicio\n"
    assert codes_of(text) == ["EU"]


def test_a_cbp_message_and_an_additional_us_note():
    assert codes_of("CSMS Message: 31-000412\n\nTitle: Quota opening for sugar\n") == ["US"]
    text = "COMMODITY: Butter, provided for in Chapter 4, Additional U.S. Note 6, of the tariff schedule.\n"
    assert codes_of(text) == ["US"]


def test_uk_regulations_that_extend_to_england_and_wales():
    text = (
        "1.—(1) These Regulations may be cited as the Customs Tariff (Suspension) (Amendment) Regulations 2031.\n"
        "(2) These Regulations extend to England and Wales, Scotland and Northern Ireland.\n"
        "2. In the Customs Tariff (Establishment) (EU Exit) Regulations 2020, in the definition of “Tariff of the "
        "United Kingdom”, for “version 2.4” substitute “version 2.5”.\n"
    )
    assert codes_of(text) == ["GB"]


def test_an_indian_trade_remedies_initiation_reported_by_a_law_portal():
    text = (
        "Courts || Tribunals || Notifications\n"
        "The Directorate-General, DGTR, has initiated an investigation under the Customs Tariff (Identification, "
        "Assessment and Collection of Anti-Dumping Duty) Rules. The DGTR will examine the dumped imports.\n"
    )
    assert codes_of(text) == ["IN"]


def test_a_swiss_ordinance_citing_its_official_collections():
    text = (
        "Verordnung über die Zollansätze für Zucker vom 3. Mai 2031 (Stand am 1. Juli 2031)\n"
        "¹ Fassung gemäss Ziff. I der V vom 2. Juni 2031 ( AS 2031 1187 ). ² SR 632.10\n"
    )
    assert codes_of(text) == ["CH"]


def test_a_tie_goes_to_the_jurisdiction_named_first():
    # a Bangladeshi circular under its government's heading cites the Customs Act, 1969 it shares with Pakistan
    text = (
        "The Government of the People’s Republic of Bangladesh\nMinistry of Finance\n"
        "Under the Customs Act, 1969, the rates of regulatory duty on onions are modified as follows.\n"
    )
    assert codes_of(text) == ["BD"]
