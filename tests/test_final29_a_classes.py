"""Round 26 second pass (issue 15), final29 quarter a (US): the classes its misses showed.

A year in words typed with the typographic hyphens a web page uses ('twenty‑six', U+2011); a country's adjective
written in a list of country names in place of the name ('from Brazil, Portuguese, Spain'); a Section 301 action
'against Chinese products' (an action against the goods, not against exporters); a flattened Federal Register notice
that runs the agency's name and its ACTION line in before 'AGENCY:'; a relay's present 'apply as of <date> … and
extend to <date>' (a period); duty-free access 'for specified quantities of' goods (a tariff quota). Each class has a
passage in another wording or jurisdiction and a near miss. Every passage is written for these tests."""

import pytest

from nlp.pipeline import analyse


def _dates(text: str) -> set[tuple[str, str]]:
    return {(mention.type, mention.date) for mention in analyse(text, jurisdiction="US")._.dates}


def _affected(text: str, jurisdiction: str = "US") -> list[str]:
    return analyse(text, jurisdiction=jurisdiction)._.countries["affected"]


@pytest.mark.parametrize("hyphen", ["\u2011", "\u2010"])
def test_a_year_in_words_with_a_typographic_hyphen(hyphen):
    text = (
        "IN WITNESS WHEREOF, I have hereunto set my hand this ninth day of March,\n"
        f"in the year of our Lord two thousand thirty{hyphen}one, and of the Independence of the United States.\n"
    )
    assert ("document_date", "2031-03-09") in _dates(text)


def test_a_typographic_hyphen_in_a_commonwealth_signature():
    text = (
        "Given under my hand and the Great Seal this fourth day of May, in the year two thousand and thirty\u2011two.\n"
    )
    assert {date for _, date in _dates(text)} == {"2032-05-04"}


def test_an_adjective_in_a_list_of_origins_names_the_country():
    text = (
        "On 2 May 2031 the Department initiated an anti-dumping investigation on steel nails imported from Brazil, "
        "Portuguese, Spain and Vietnam.\n"
    )
    assert sorted(_affected(text)) == ["BR", "ES", "PT", "VN"]


def test_an_adjective_inside_another_list_of_origins():
    text = (
        "The Directorate General of Trade Remedies initiated an anti-dumping investigation concerning imports of "
        "glass fibre originating in or exported from Turkey, Korean, Japan and Bahrain.\n"
    )
    assert sorted(_affected(text, "IN")) == ["BH", "JP", "KR", "TR"]


def test_adjectives_beside_no_country_name_are_no_list_of_origins():
    text = (
        "The Department initiated an anti-dumping investigation on steel nails imported from Brazil, Spain and "
        "Vietnam. Portuguese, Spanish and Italian producers objected to the petition.\n"
    )
    assert "PT" not in _affected(text) and "IT" not in _affected(text)


def test_an_action_against_an_origins_products():
    text = (
        "On March 3, 2031, the Trade Representative published a notice of product exclusions from the $50 billion "
        "action (List 2) against Chinese products under Section 301.\n"
    )
    assert _affected(text) == ["CN"]


def test_a_retaliatory_action_against_an_origins_goods():
    text = "The Ministry granted exclusions from the retaliatory action (second tranche) against Canadian goods.\n"
    assert _affected(text) == ["CA"]


def test_an_action_against_exporters_names_no_origin():
    text = "The Ministry said it would take action against Canadian exporters who break the labelling rules.\n"
    assert _affected(text) == []


FLAT_NOTICE = (
    "Download as PDF Federal Register / Vol. 96, No. 41 / Monday, March 3, 2031 / Notices INTERNATIONAL TRADE "
    "COMMISSION [Investigation No. 731-TA-1711 (Final)] Steel Door Hinges From Ruritania; Scheduling of the Final "
    "Phase of an Antidumping Duty Investigation {agency} ACTION: Notice. AGENCY: The Commission hereby gives notice "
    "of the scheduling of the final phase of antidumping investigation No. 731-TA-1711 (Final).\n"
)
HINGES = "Steel Door Hinges From Ruritania; Scheduling of the Final Phase of an Antidumping Duty Investigation"


@pytest.mark.parametrize(
    "agency",
    [
        "United States International Trade Commission.",
        "U.S. International Trade Commission.",
        "Department of Commerce.",
    ],
)
def test_a_flattened_subject_ends_before_the_agency_and_its_action_line(agency):
    title = analyse(FLAT_NOTICE.format(agency=agency), jurisdiction="US")._.official_title
    assert title is not None and title.text == HINGES


def test_a_flattened_subject_naming_the_united_states_keeps_its_words():
    text = (
        "[A-201-860] Fresh Tomatoes From Mexico and the United States Suspension Agreement; Termination AGENCY: "
        "Enforcement and Compliance, International Trade Administration, Commerce.\n"
    )
    title = analyse(text, jurisdiction="US")._.official_title
    assert title is not None and title.text.endswith("Suspension Agreement; Termination")


def test_a_relays_present_apply_as_of_and_extend_to_bound_a_period():
    text = (
        "On May 12, 2031, the Trade Representative published a notice granting exclusion requests. The exclusions "
        "apply as of June 15, 2030, the effective date of the action, and extend to June 15, 2031.\n"
    )
    dates = _dates(text)
    assert ("application_start", "2030-06-15") in dates and ("application_end", "2031-06-15") in dates


def test_concessions_that_apply_from_a_day_and_extend_to_another_bound_a_period():
    text = (
        "The concessions granted by this instrument apply from 1 July 2030, the commencement of the scheme, and "
        "extend to 30 June 2032.\n"
    )
    dates = _dates(text)
    assert ("application_end", "2032-06-30") in dates and ("entry_into_force", "2032-06-30") not in dates


def test_a_remission_that_extends_to_a_day_ends_then():
    assert ("application_end", "2032-03-31") in _dates("The remission extends to 31 March 2032 for the goods listed.\n")


def test_a_comment_period_extending_to_the_close_of_business_is_no_measures_end():
    text = "The comment period extends to the close of business on 1 March 2031 for all interested parties.\n"
    assert ("application_end", "2031-03-01") not in _dates(text)


def test_duty_free_access_for_specified_quantities_is_a_tariff_quota():
    text = (
        "NOW, THEREFORE, I, the President, by virtue of the authority vested in me, do proclaim that:\n"
        "(1) In order to provide duty-free access into the United States through December 31, 2031, for specified "
        "quantities of certain cheeses of Jordan, the HTS is modified as set forth in the Annex to this "
        "proclamation.\n"
    )
    assert "tariff_quota" in {mention.type for mention in analyse(text, jurisdiction="US")._.measures}


def test_duty_free_treatment_without_quantities_is_no_tariff_quota():
    text = (
        "NOW, THEREFORE, I, the President, do proclaim that:\n(1) In order to provide duty-free treatment for "
        "goods of Jordan, the HTS is modified as set forth in the Annex to this proclamation.\n"
    )
    assert "tariff_quota" not in {mention.type for mention in analyse(text, jurisdiction="US")._.measures}
