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
