"""Round 5, fresh Canadian, Indian, Malaysian and Latin American documents: a tribunal's heading block (the
decision issued one day, its reasons another), a decision line that names the weekday, a definitive duty's
period counted from the day the provisional duty was imposed and named in apposition ('that is, the ...'), a
currency named after a country ('United States dollars') that is no origin of goods, and a site's navigation
lines above a notice. Every passage is written for these tests (other goods, numbers, dates and countries than
any document read or any eval set)."""

import pytest

from nlp.dates.extract import extract_dates
from nlp.pipeline import analyse
from tests.test_titles import title_and_identifier

DOC, OTHER, START, PUB = "document_date", "other", "application_start", "publication"


def typed(text: str, jurisdiction: str | None = None) -> set[tuple[str, str]]:
    return {(d.type, d.date) for d in extract_dates(text, None, jurisdiction)}


def affected(text: str, jurisdiction: str) -> list[str]:
    return sorted(analyse(text, jurisdiction=jurisdiction)._.countries["affected"])


TRIBUNAL_HEADING = (
    "GARDEN HOSE FITTINGS\nPreliminary Injury Inquiry No. PI-2031-006\n\n"
    "Determination issued\nThursday, May 8, 2031\n\n"
    "Reasons issued\nFriday, May 23, 2031\n\n"
    "IN THE MATTER OF a preliminary injury inquiry, pursuant to subsection 34(2) of the Special Import Measures "
    "Act, respecting garden hose fittings of brass originating in or exported from the Republic of Peru.\n"
)


def test_a_tribunal_heading_block_dates_the_decision_and_leaves_its_later_reasons_as_history():
    assert typed(TRIBUNAL_HEADING, "CA") == {(DOC, "2031-05-08"), (OTHER, "2031-05-23")}


def test_an_order_issued_with_its_reasons_on_one_day_is_the_document_date():
    text = (
        "BRASS VALVES\nExpiry Review No. RR-2031-002\n\nOrder and reasons issued\nMonday, June 16, 2031\n\n"
        "IN THE MATTER OF an expiry review, pursuant to subsection 76.03(3) of the Special Import Measures Act, "
        "of the order made on June 20, 2026, respecting brass valves originating in Peru.\n"
    )
    assert typed(text, "CA") == {(DOC, "2031-06-16"), (OTHER, "2026-06-20")}


def test_a_decision_line_with_its_weekday_is_where_and_when_the_decision_was_made():
    text = (
        "Public Interest Investigation No. PB-2031-001\n\nOttawa, Wednesday, October 1, 2031\n\n"
        "IN THE MATTER OF representations as to whether the imposition of anti-dumping duties on garden hose "
        "fittings raises public interest issues.\n"
    )
    assert typed(text, "CA") == {(DOC, "2031-10-01")}


def test_a_weekday_alone_before_a_date_is_no_place_name():
    text = (
        "NOTICE OF DECISION\n\nTuesday, February 3, 2032\n\n"
        "The Tribunal hereby determines that the evidence discloses a reasonable indication of injury to the "
        "domestic industry producing garden hose fittings.\n"
    )
    assert typed(text, "CA") == {(DOC, "2032-02-03")}


def test_a_weekday_before_a_date_under_a_gazette_issue_line_is_the_issue_date():
    text = (
        "Canada Gazette, Part I, Volume 166, Number 6: COMMISSIONS\nSaturday, February 7, 2032\n\n"
        "The Tribunal hereby gives notice that it has initiated an inquiry into garden hose fittings.\n"
    )
    assert typed(text, "CA") == {(PUB, "2032-02-07")}


AMENDED_PERIOD = (
    "Notification No. 9/2031-Customs (ADD), dated the 12th March, 2031\n\n"
    "In exercise of the powers conferred by section 9A of the Customs Tariff Act, 1975, the Central Government "
    "hereby makes the following amendment in notification No. 4/2031-Customs (ADD), namely:-\n"
    "In the said notification, for paragraph 3, the following shall be substituted, namely:-\n"
    '"3. The anti-dumping duty imposed under this notification shall be effective for a period of five years '
    "(unless revoked, superseded or amended earlier) from the date of imposition of the provisional anti-dumping "
    'duty, that is, the 19th August, 2030 and shall be payable in Indian currency."\n'
)


def test_a_definitive_duty_counted_from_the_provisional_duty_named_in_apposition_starts_that_day():
    assert (START, "2030-08-19") in typed(AMENDED_PERIOD, "IN")


def test_a_day_named_in_apposition_without_a_period_of_duty_sets_no_start():
    text = (
        "Notification No. 9/2031-Customs (ADD), dated the 12th March, 2031\n\n"
        "The designated authority recalled the date of imposition of the provisional anti-dumping duty, that is, "
        "the 19th August, 2030, in its final findings on glass fibre from Thailand.\n"
    )
    assert (START, "2030-08-19") not in typed(text, "IN")


@pytest.mark.parametrize(
    "sentence",
    [
        "A definitive anti-dumping duty of 2.75 United States dollars per kilogram is imposed on garden hose "
        "fittings originating in Peru.",
        "A definitive anti-dumping duty of 2.75 Hong Kong dollars per kilogram is imposed on garden hose fittings "
        "originating in Peru.",
        "A definitive anti-dumping duty of 2.75 dollars of the United States per kilogram is imposed on garden "
        "hose fittings originating in Peru.",
    ],
)
def test_a_currency_named_after_a_country_is_no_origin_of_the_goods(sentence):
    assert affected(sentence, "CA") == ["PE"]


def test_a_spanish_currency_named_after_a_country_is_no_origin_of_the_goods():
    text = (
        "RESOLUCIÓN FINAL\n\nSe impone una cuota compensatoria definitiva de 1.85 dólares de los Estados Unidos de "
        "América por kilogramo a las importaciones de válvulas de latón originarias de la República del Perú.\n"
    )
    assert affected(text, "MX") == ["PE"]


def test_goods_from_the_united_states_priced_in_dollars_still_come_from_there():
    text = (
        "A definitive anti-dumping duty of 2.75 dollars per kilogram is imposed on garden hose fittings "
        "originating in the United States of America."
    )
    assert affected(text, "CA") == ["US"]


@pytest.mark.parametrize(
    "banner",
    ["Language selection\n\nSearch\n\n", "News & Events > Trade Remedies\n", "Skip to main content\n\nOn this page\n"],
)
def test_a_sites_navigation_lines_are_never_the_title(banner):
    text = (
        banner + "BH2 2031 IN: Certain brass hose fittings\n\n"
        "Pursuant to subsection 31(1) of the Special Import Measures Act, the Canada Border Services Agency "
        "initiated an investigation respecting brass hose fittings originating in Peru.\n"
    )
    assert title_and_identifier(text)[0] == "BH2 2031 IN: Certain brass hose fittings"


def facts(text: str, jurisdiction: str) -> tuple[set[str], list[str]]:
    doc = analyse(text, jurisdiction=jurisdiction)
    return {m.type for m in doc._.measures}, sorted(doc._.countries["affected"])


def test_additions_and_deletions_made_to_tariff_classifications_are_a_nomenclature_change():
    text = (
        "Customs Notice 31-07\n\nOttawa, March 2, 2031\n\n"
        "1. The Canada Border Services Agency wishes to advise of an amendment to the Departmental Consolidation "
        "of the Customs Tariff.\n\n2. The following additions and deletions have been made to the following tariff "
        "classifications:\n\nClassification Number Change Type\n4202.92.10.00 Delete\n4202.92.11.00 Add\n"
    )
    assert facts(text, "CA")[0] == {"nomenclature_change"}


def test_final_rate_reductions_under_a_free_trade_agreement_are_a_preference_not_a_rate_change():
    text = (
        "Customs Notice 31-09\n\nOttawa, April 6, 2031\n\n"
        "1. The Canada Border Services Agency wishes to advise of amendments to the Departmental Consolidation of "
        "the Customs Tariff.\n\n2. The final duty rate reductions of the Colombia Tariff (COLT), included in the "
        "Canada-Colombia Free Trade Agreement, will be effective on January 1, 2032. The relevant reductions are "
        "as follows:\n\nTariff item New rate of duty\n1701.99.10 COLT: Free\n"
    )
    assert facts(text, "CA") == ({"preference"}, ["CO"])


def test_an_mfn_rate_reduction_stays_a_rate_change():
    text = (
        "Customs Notice 31-10\n\nOttawa, April 6, 2031\n\n"
        "1. The Canada Border Services Agency wishes to advise that the Most-Favoured-Nation rate of customs duty "
        "is reduced from 6% to 3% on refined sugar, effective on January 1, 2032.\n"
    )
    assert facts(text, "CA")[0] == {"duty_rate_change"}


FLATTENED_ORDER = (
    "DEPARTMENT ADMINISTRATIVE ORDER NO. 31-04 Series of 2031\n\n"
    "SUBJECT: RULES ON THE TARIFF RATE QUOTA FOR IMPORTS OF REFINED SUGAR\n\n"
    "WHEREAS, the Philippines and Thailand concluded an agreement on the refined sugar trade; WHEREAS, the "
    "Department is mandated to administer the tariff rate quota; NOW, THEREFORE, these rules are hereby promulgated "
    "to administer the tariff rate quota for imports of refined sugar from Thailand. Section 1. Eligible importers "
    "shall apply to the Bureau of Import Services.\n"
)


def test_now_therefore_and_hereby_promulgated_end_the_recitals_of_a_flattened_order():
    assert facts(FLATTENED_ORDER, "PH") == ({"tariff_quota"}, ["TH"])


def test_scanned_specks_above_an_order_are_never_its_title():
    text = "• dti\n\n(.\n\n-I\n\n" + FLATTENED_ORDER
    assert title_and_identifier(text)[0] != "• dti"


def test_a_wto_notification_without_its_masthead_is_the_notifying_members_not_an_affected_country():
    text = (
        "Committee on Safeguards - Notification under article 12.1(a) of the Agreement on Safeguards - Ukraine - "
        "Ceramic tiles\n\nNOTIFICATION UNDER ARTICLE 12.1(a) OF THE AGREEMENT ON SAFEGUARDS ON INITIATION OF AN "
        "INVESTIGATION AND THE REASONS FOR IT\n\nUkraine\n\n(Ceramic Tiles)\n\nThe following communication, dated "
        "9 March 2031, is being circulated at the request of the Delegation of Ukraine.\n"
    )
    doc = analyse(text)
    assert (doc._.countries["implementing"], doc._.countries["affected"]) == (["UA"], [])


def test_a_mexican_cuota_compensatoria_is_an_anti_dumping_duty():
    text = (
        "RESOLUCIÓN Final de la investigación sobre las importaciones de válvulas de latón originarias de la "
        "República del Perú.\n\nRESOLUCIÓN\n\n1. Se impone una cuota compensatoria definitiva de 1.85 dólares por "
        "kilogramo a las importaciones de válvulas de latón originarias del Perú.\n"
    )
    assert facts(text, "MX") == ({"anti_dumping"}, ["PE"])


def test_a_cuota_compensatoria_in_a_sentence_naming_a_subsidy_is_no_anti_dumping_duty():
    text = (
        "RESOLUCIÓN\n\n1. Se impone una cuota compensatoria definitiva de 1.85 dólares por kilogramo por la "
        "subvención a las importaciones de válvulas de latón originarias del Perú.\n"
    )
    assert "anti_dumping" not in facts(text, "MX")[0]


def implementing(text: str) -> list[str]:
    return analyse(text)._.countries["implementing"]


def test_a_hard_wrapped_circulation_line_still_names_the_notifying_member():
    text = (
        "NOTIFICATION UNDER ARTICLE 12.1(B) OF THE AGREEMENT ON SAFEGUARDS\nViet Nam\nFibreboard\n"
        "The following communication, dated 3 June 2031, is being circulated at\nthe request of the delegation of "
        "Viet Nam.\n"
    )
    assert implementing(text) == ["VN"]


def test_a_notification_symbol_names_its_member_when_no_line_does():
    text = (
        "Notice - Notification of WTO Members: Draft standard for dried mangoes\n| WTO code |\n"
        "G/SPS/N/KEN/412 |\n| Date notice |\n04/03/2031 |\n| Summary |\nThe draft standard sets requirements "
        "for dried mangoes.\n"
    )
    assert implementing(text) == ["KE"]


def test_a_joint_notification_of_several_members_names_none_of_them_by_its_symbols():
    text = (
        "World Trade Organization\nAddendum\nThe draft standard notified in G/TBT/N/KEN/1301 and "
        "G/TBT/N/RWA/702 was adopted.\n"
    )
    assert implementing(text) == []


def test_a_committee_document_listing_the_reports_received_is_no_members_act():
    text = (
        "Committee on Anti-Dumping Practices - Semi-annual reports under article 16.4 of the Agreement\n\n"
        "1. Semi-annual reports of anti-dumping actions taken during the period 1 July-31 December 2030 have been "
        "received from the following Members: Argentina; Brazil; India.\n"
    )
    assert implementing(text) == []


STATEMENT_OF_REASONS = (
    "BH2 2031 FD: Certain brass hose fittings\nStatement of Reasons—Final determination\n\n"
    "Concerning the final determination with respect to the dumping of certain brass hose fittings originating "
    "in or exported from Peru.\n\nDecision\n\nOttawa,{signed}\n\n"
    "Pursuant to paragraph 41(1)(b) of the Special Import Measures Act, the Canada Border Services Agency made a "
    "final determination on June 9, 2031 respecting the dumping of certain brass hose fittings from Peru.\n\n"
    "Summary of events\n\n[1] On December 2, 2030, the Canada Border Services Agency received a written "
    "complaint from a producer of brass hose fittings.\n"
)


def test_a_statement_of_reasons_with_a_blank_date_line_is_dated_by_the_decision_it_reports():
    assert typed(STATEMENT_OF_REASONS.format(signed=""), "CA") == {(DOC, "2031-06-09"), (OTHER, "2030-12-02")}


def test_a_statement_of_reasons_signed_on_its_own_day_keeps_the_decision_as_history():
    assert typed(STATEMENT_OF_REASONS.format(signed=" June 23, 2031"), "CA") == {
        (DOC, "2031-06-23"),
        (OTHER, "2031-06-09"),
        (OTHER, "2030-12-02"),
    }


NZ_NOTICE = (
    "Notice Type\nDepartmental\nNotice Title\n\nProvisional Direction: Brass Hose Fittings From Peru\n\n"
    "Pursuant to section 16(1) of the Trade (Anti-dumping and Countervailing Duties) Act 1988, I hereby give notice "
    "of a provisional direction that payment of the rate of anti-dumping duty set out in the Second Schedule to "
    "this notice shall be secured in respect of brass hose fittings from Peru.\n"
    "Dated at Wellington this 4th day of March 2031.\n"
)


def test_a_gazette_sites_field_labels_are_never_the_title():
    assert title_and_identifier(NZ_NOTICE)[0] == "Provisional Direction: Brass Hose Fittings From Peru"


def test_a_statute_named_after_both_remedies_names_neither_in_the_sentence_citing_it():
    assert facts(NZ_NOTICE, "NZ") == ({"anti_dumping"}, ["PE"])


def test_a_remedy_named_outside_the_statutes_name_in_the_same_sentence_still_counts():
    text = (
        "Pursuant to section 16(1) of the Trade (Anti-dumping and Countervailing Duties) Act 1988, I hereby give "
        "notice that a countervailing duty shall be secured in respect of brass hose fittings from Peru.\n"
    )
    assert facts(text, "NZ") == ({"countervailing"}, ["PE"])


def test_an_investigation_into_alleged_subsidisation_is_countervailing():
    text = (
        "Pursuant to section 10(1) of the Trade (Anti-dumping and Countervailing Duties) Act 1988, I have initiated "
        "an investigation into the alleged subsidisation of brass hose fittings from Peru.\n"
    )
    assert facts(text, "NZ") == ({"countervailing"}, ["PE"])
