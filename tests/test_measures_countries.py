"""Measure types and countries on realistic passages written for these tests (none is taken from
the development set): the exact set of types, the exact affected countries, and the evidence."""

import pytest

from nlp.pipeline import analyse

PROCLAMATION_OPENING = "Adjusting Imports of Widgets into the United States\n\n"
PROCLAIM = (
    "NOW, THEREFORE, I, the President of the United States of America, by the authority vested in me, "
    "do hereby proclaim as follows:\n\n"
)


def measure_types(text: str, **kwargs) -> set[str]:
    return {m.type for m in analyse(text, **kwargs)._.measures}


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "COMMISSION IMPLEMENTING REGULATION (EU) 2026/901\nof 3 March 2026\nimposing a definitive anti-dumping "
            "duty on imports of ceramic sinks originating in Malaysia\n\nTHE EUROPEAN COMMISSION,\n",
            {"anti_dumping"},
        ),
        (
            "Stop press: a provisional countervailing duty on steel wheels from Vietnam is being introduced "
            "from 2 February 2027.",
            {"countervailing"},
        ),
        (
            "The global safeguard measure on certain steel products is extended until 30 June 2028.",
            {"safeguard"},
        ),
        (
            "Tariff-rate quota order number 058123 is opened for 4 200 tonnes of frozen hake for the period "
            "from 1 July 2026 to 30 June 2027.",
            {"tariff_quota"},
        ),
        (
            "The autonomous Common Customs Tariff duties on the industrial goods listed in the Annex are "
            "suspended until 31 December 2028.",
            {"duty_suspension"},
        ),
        (
            "Five product exclusions from the additional duties are extended until 31 May 2027.",
            {"exclusion"},
        ),
        (
            "From 1 January 2027 the preferential tariff treatment under the scheme is granted to Cambodia.",
            {"preference"},
        ),
        (
            "The import ban on goods of Belarusian origin has been extended to chapters 44 and 94.",
            {"prohibition"},
        ),
        (
            "The Council hereby adopts restrictive measures and further sanctions on iron and steel products.",
            {"sanction"},
        ),
        (
            "Please insert the following commodity codes: 0304 8990 10 and 0304 8990 20.",
            {"nomenclature_change"},
        ),
        (
            "The rules of origin set out in Annex II are amended to allow bilateral cumulation with Norway.",
            {"rules_of_origin"},
        ),
        (
            "From 1 May 2027 an import licence is required for imports of the rough diamonds listed below.",
            {"licensing"},
        ),
        (
            "The phytosanitary certificate requirement for imports of citrus fruit is removed from 3 April 2027.",
            {"sps_tbt"},
        ),
        (
            "Supplementary units have been added to these commodity codes in the declaration system.",
            {"other"},
        ),
    ],
)
def test_each_measure_type_from_an_operative_sentence(text, expected):
    doc = analyse(text)
    assert {m.type for m in doc._.measures} == expected
    for mention in doc._.measures:
        assert text[mention.start : mention.end] == mention.text


@pytest.mark.parametrize(
    "basis,expected",
    [
        ("under subsection 53(2) of the Customs Tariff", {"retaliation"}),
        ("under section 115 of the Customs Tariff", {"remission"}),
    ],
)
def test_canadian_orders_are_typed_by_the_statute_they_are_made_under(basis, expected):
    text = (
        "SOR/2026-301\nRegistration 2026-05-04\nWidget Order (2026)\nP.C. 2026-611 2026-05-03\n"
        f"His Excellency the Governor General in Council makes the annexed Widget Order (2026) {basis}.\n"
        "Charge\n1\nGoods that originate in Chile are subject to a charge of 10% of the value for duty.\n"
    )
    assert measure_types(text, jurisdiction="CA") == expected


@pytest.mark.parametrize(
    "authority,expected",
    [
        ("section 301 of the Trade Act of 1974, as amended", {"retaliation"}),
        ("section 232 of the Trade Expansion Act of 1962, as amended", {"duty_rate_change"}),
    ],
)
def test_us_proclamations_are_typed_by_their_legal_basis(authority, expected):
    text = (
        PROCLAMATION_OPENING
        + "1. The Secretary transmitted a report on widgets.\n\n"
        + f"NOW, THEREFORE, I, the President, by the authority vested in me, including {authority}, "
        "do hereby proclaim as follows:\n\n(1) Imports of widgets shall be subject to a 15 percent tariff.\n"
    )
    assert measure_types(text, jurisdiction="US") == expected


def test_section_301_of_title_3_is_the_power_to_delegate_not_a_retaliation():
    text = (
        "Ending Certain Widget Duties\n\nBy the authority vested in me as President, including section 301 of "
        "title 3, United States Code, it is hereby ordered:\n\nSec. 2. Termination. The additional ad valorem "
        "duties imposed under IEEPA on widgets shall no longer be collected.\n"
    )
    assert measure_types(text, jurisdiction="US") == {"duty_rate_change"}


def test_recitals_and_continuing_duties_are_background():
    text = (
        "COMMISSION IMPLEMENTING REGULATION (EU) 2026/77\nof 9 January 2026\nopening a tariff quota for frozen "
        "hake\n\nTHE EUROPEAN COMMISSION,\nWhereas:\n(1) A safeguard measure on steel and countervailing duties "
        "on bicycles were imposed in 2019.\nHAS ADOPTED THIS REGULATION:\nArticle 1\nA tariff quota of 4 000 "
        "tonnes is opened for frozen hake. All anti-dumping or countervailing duties applicable to such goods "
        "shall continue to be imposed.\n"
    )
    assert measure_types(text) == {"tariff_quota"}


def test_a_remedy_absorbs_plain_duty_words_and_a_meeting_notice_has_no_measure():
    remedy = "A countervailing duty rate of 6.1% will apply to imports of steel wheels from Vietnam."
    assert measure_types(remedy) == {"countervailing"}
    meeting = (
        "DEPARTMENT OF COMMERCE\n\nBureau of Industry and Security\n\nSensors Technical Advisory Committee\n\n"
        "SUMMARY: The committee advises the Secretary on export control policies and will meet on 4 March 2027.\n"
    )
    assert measure_types(meeting, jurisdiction="US") == set()


def test_chapter_99_headings_that_carry_a_duty_are_no_nomenclature_change():
    text = PROCLAIM + "(1) Heading 9903.45.10 is inserted and the following new U.S. note is added to carry the duty.\n"
    assert "nomenclature_change" not in measure_types(PROCLAMATION_OPENING + text, jurisdiction="US")


def test_implementing_is_the_source_jurisdiction_even_when_the_text_never_names_it():
    doc = analyse("Please see the changes below: the duty suspension on tungsten wire is updated.", jurisdiction="UK")
    assert doc._.countries["implementing"] == ["GB"]
    assert [(m.code, m.role, m.text) for m in doc._.country_evidence] == [
        (
            "GB",
            "implementing",
            "",
        )
    ]


def test_implementing_evidence_names_the_jurisdiction_not_a_fragment_of_an_act_number():
    text = (
        "COMMISSION IMPLEMENTING REGULATION (EU) 2031/77 of 3 March 2031 amending Implementing Regulation "
        "(EU) 2019/159\n\nTHE EUROPEAN COMMISSION,\n\nThe European Commission extends the duty on hot-rolled "
        "steel originating in India.\n"
    )
    doc = analyse(text)
    implementing = [(m.code, m.text) for m in doc._.country_evidence if m.role == "implementing"]
    assert implementing == [("EU", "European Commission")]


def test_affected_countries_with_their_evidence():
    text = (
        "Tariff stop press notice: anti-dumping duty on steel nails from Malaysia and Thailand\n\n"
        "An anti-dumping duty on steel nails originating in Malaysia and Thailand is being introduced from "
        "1 March 2027. The analogue country used for normal value was Mexico.\n"
    )
    doc = analyse(text, jurisdiction="GB")
    assert doc._.countries == {"implementing": ["GB"], "affected": ["MY", "TH"]}
    affected = [m for m in doc._.country_evidence if m.role == "affected"]
    assert [(m.code, text[m.start : m.end]) for m in affected] == [("MY", "Malaysia"), ("TH", "Thailand")]


def test_exceptions_restatements_and_cited_titles_are_not_affected():
    text = (
        PROCLAMATION_OPENING
        + "1. Proclamation 9999 of May 2, 2024 (Adjusting Imports of Widgets From Ecuador) imposed duties.\n\n"
        + PROCLAIM
        + "(1) Clause 2 of Proclamation 9999 is revised to read as follows:\n“(2) All widgets shall be subject "
        "to a 20 percent ad valorem rate of duty from all countries except Norway, Iceland and Chile, with "
        "effect from 1 January 2025, and through the end of the period set out in the annex to this "
        "proclamation for goods entered for consumption.”\n"
        "(2) Imports of widgets from Peru shall be subject to the duty set in clause 1, except goods of "
        "Colombia.\n(3) The duties are in addition to those imposed by Executive Order 14999 of March 3, 2025 "
        "(Imposing Duties on Widgets From Brazil and Argentina), which shall be amended.\n"
    )
    assert analyse(text, jurisdiction="US")._.countries["affected"] == ["PE"]


def test_a_list_under_its_lead_in_sentence_and_a_list_of_exceptions():
    notice = (
        "Preferential duty rates have been updated for imports of goods from the following origins:\n\n"
        "- Iceland\n- Switzerland & Liechtenstein\n- Faroe Islands\n"
    )
    assert analyse(notice, jurisdiction="UK")._.countries["affected"] == ["IS", "CH", "LI", "FO"]
    order = (
        "SOR/2026-88\nWidget Surtax Order\nHer Excellency the Governor General in Council makes the annexed "
        "Widget Surtax Order under subsection 53(2) of the Customs Tariff.\nSurtax\n1\nGoods that originate in "
        "Vietnam are subject to a surtax of 15% of the value for duty.\nExceptions\n2\nThe following goods are "
        "not subject to the surtax:\n(a)\ngoods that originate in Mexico, as determined by the marking rules; and\n"
        "(b)\ngoods in transit.\n"
    )
    assert analyse(order, jurisdiction="CA")._.countries == {"implementing": ["CA"], "affected": ["VN"]}


def test_country_names_in_french_and_german_texts():
    french = "Il est institué un droit antidumping définitif sur les importations de vis originaires de Thaïlande."
    german = (
        "Auf die Einfuhren von Schrauben mit Ursprung in der Volksrepublik China wird ein Antidumpingzoll eingeführt."
    )
    assert analyse(french, jurisdiction="EU")._.countries["affected"] == ["TH"]
    assert analyse(german, jurisdiction="EU")._.countries["affected"] == ["CN"]
