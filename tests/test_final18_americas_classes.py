"""Documents of the Americas and the Pacific by class (round 15 second pass, final18 2425-2434): a statistics office's
note on new import statistical codes told in relative clauses and glued to their units, corrected code descriptors, a
trade-press relay's lead and its post line, a deadline extension in a trade-remedy inquiry, codes written in dotted
pairs. Every passage is written for these tests."""

from nlp.dates.finder import find_dates
from nlp.pipeline import analyse


def dates(doc) -> set[tuple[str, str]]:
    return {(mention.type, mention.date) for mention in doc._.dates}


def measures(doc) -> list[str]:
    return [measure.type for measure in doc._.measures]


def codes(doc) -> list[str]:
    return [code.code for code in doc._.codes]


# --- a statistics office's note on nomenclature changes -------------------------------------------------------------

STATISTICS_NOTE = (
    "5432.0 - International Merchandise Exports, Australia, Mar 2031\n"
    "Released at 11:30 AM (CANBERRA TIME) 12/05/2031\n\n"
    "CHANGES IN THIS ISSUE\n\n"
    "CHANGES TO CUSTOMS TARIFF EXPORT CLASSIFICATION\n\n"
    "With this issue, several export classifications have been revised with new statistical codes which came into"
    " effect on 1 March 2031 under subheadings 0402 and 1905.\n\n"
    "The tables below list the codes that closed on 28 February 2031 and the replacement codes that opened on"
    " 1 March 2031.\n"
)


def test_codes_that_closed_and_replacement_codes_that_opened_date_the_nomenclature_change():
    assert dates(analyse(STATISTICS_NOTE, jurisdiction="AU")) == {
        ("publication", "2031-05-12"),
        ("entry_into_force", "2031-03-01"),
        ("application_end", "2031-02-28"),
    }


def test_classifications_revised_with_new_statistical_codes_are_a_nomenclature_change():
    assert measures(analyse(STATISTICS_NOTE, jurisdiction="AU")) == ["nomenclature_change"]


def test_an_earlier_act_that_came_into_effect_in_a_relative_clause_stays_history():
    text = (
        "Customs notice 31-07\n\n"
        "The suspension of duties on bicycle parts, which came into effect on 1 January 2031, is extended until"
        " 31 December 2032.\n"
    )
    assert ("other", "2031-01-01") in dates(analyse(text, jurisdiction="CA"))


DESCRIPTORS_NOTE = (
    "5432.0 - International Merchandise Exports, Australia, Apr 2031\n"
    "Released at 11:30 AM (CANBERRA TIME) 09/06/2031\n\n"
    "CHANGES IN THIS ISSUE\n\n"
    "The descriptors for statistical codes 0402210011 and 1905901099 have been updated on 2 June 2031 to correct"
    " a drafting slip. The change only applies to the labels and does not affect the data.\n"
)


def test_descriptors_of_codes_updated_on_a_day_are_a_nomenclature_change_taking_effect_then():
    doc = analyse(DESCRIPTORS_NOTE, jurisdiction="AU")
    assert measures(doc) == ["nomenclature_change"]
    assert dates(doc) == {("publication", "2031-06-09"), ("entry_into_force", "2031-06-02")}


# --- a trade-press relay of a trade-remedy authority's step ---------------------------------------------------------

RELAY = (
    "On October 3, 2031, the Example Anti-Dumping Commission announced an extension of the deadline to publish the"
    " statement of essential facts, the final report, and recommendations on the anti-dumping and countervailing"
    " duty measures on steel wheels from Vietnam.\n\n"
    "The statement of essential facts will be issued no later than January 9, 2032.\n\n"
    "Post time: Oct-21-2031\n\n"
    "Leave Your Message\n"
)


def test_a_date_written_month_first_with_hyphens_is_read():
    assert [(found.date.isoformat(), found.text) for found in find_dates("Post time: Oct-21-2031")] == [
        ("2031-10-21", "Oct-21-2031")
    ]


def test_a_relay_dated_by_its_post_line_reads_its_lead_as_the_relayed_announcement():
    assert dates(analyse(RELAY)) == {
        ("other", "2031-10-03"),
        ("other", "2032-01-09"),
        ("publication", "2031-10-21"),
    }


def test_an_extended_deadline_for_the_report_and_recommendations_acts_on_the_trade_remedy_measures():
    doc = analyse(RELAY)
    assert sorted(measures(doc)) == ["anti_dumping", "countervailing"]
    assert doc._.countries["affected"] == ["VN"]


def test_a_recommendation_alone_is_still_no_act():
    text = (
        "Notice 2031/88\n\n"
        "The Commission recommends that the Minister consider anti-dumping measures on steel wheels from Vietnam.\n"
    )
    assert measures(analyse(text)) == []


# --- codes in dotted pairs, a relay of a WTO notification -----------------------------------------------------------

PAIRED_RELAY = (
    "On 14 April Tunisia notified the World Trade Organisation (WTO) Committee on Safeguards that it had initiated a"
    " safeguard investigation on float glass, classifiable under tariff heading and tariff subheadings 70.05,"
    " 70.05.21, 70.05.29.10.10, 70.05.29.10.90 et 70.05.30.\n"
    "Interested parties must make themselves known by 2 May.\n"
)


def test_codes_in_dotted_pairs_after_a_code_keyword_are_read_whatever_their_length():
    doc = analyse(PAIRED_RELAY)
    assert [(code.code, code.text, code.level) for code in doc._.codes] == [
        ("7005", "70.05", "heading"),
        ("700521", "70.05.21", "subheading"),
        ("7005291010", "70.05.29.10.10", "national10"),
        ("7005291090", "70.05.29.10.90", "national10"),
        ("700530", "70.05.30", "subheading"),
    ]


def test_a_french_list_of_positions_in_dotted_pairs_is_read():
    text = "Les sous-positions tarifaires 84.18.10.00.10 et 84.18.21.00.00 sont soumises au droit additionnel.\n"
    assert codes(analyse(text, lang="fr")) == ["8418100010", "8418210000"]


def test_dates_and_section_numbers_in_dotted_pairs_are_no_codes():
    text = (
        "The order of 12.05.31 amends section 14.03.02 of the customs code. Under the Harmonized System code"
        " 12.05.31 the goods stay where they were.\n"
    )
    assert codes(analyse(text)) == []


def test_the_member_a_news_item_says_notified_the_wto_implements_the_measure():
    doc = analyse(PAIRED_RELAY)
    assert doc._.countries == {"implementing": ["TN"], "affected": []}
    assert measures(doc) == ["safeguard"]


# --- statistical codes glued to their units ---------------------------------------------------------------------------

GLUED_UNITS = (
    "The following tables show the codes that closed on 31 December 2030 and the replacement codes that opened on"
    " 1 January 2031.\n\n"
    "Previous Customs Tariff\n"
    "040690\n"
    "0406909024KG- Other cheese\n"
    "New Customs Tariff\n"
    "040690- Other cheese\n"
    "0406909031KGHalloumi\n"
    "0406909032KGOther\n\n"
    "Previous Customs Tariff\n"
    "940360\n"
    "9403600010NR- Other wooden furniture\n"
)


def test_ten_digit_codes_glued_to_their_unit_and_the_subheadings_above_them_are_codes():
    assert codes(analyse(GLUED_UNITS, jurisdiction="AU")) == [
        "040690",
        "0406909024",
        "0406909031",
        "0406909032",
        "940360",
        "9403600010",
    ]


def test_a_ten_digit_number_glued_to_a_unit_letter_is_no_code_where_nothing_names_codes():
    assert codes(analyse("Account\n7208510090L\nBalance carried forward\n")) == []


# --- a Canadian remission order, a CBSA notice, a New Zealand order, a Mexican resolution -------------------------

REMISSION_ORDER = (
    "Certain Bicycle Parts Remission Order: SOR/2031-55\n"
    "Canada Gazette, Part II, Volume 165, Number 8\n"
    "Registration\n"
    "SOR/2031-55 April 9, 2031\n"
    "CUSTOMS TARIFF\n"
    "P.C. 2031-210 April 8, 2031\n"
    "His Excellency the Governor General in Council, on the recommendation of the Minister of Finance, pursuant to"
    " section 115 of the Customs Tariff, makes the annexed Certain Bicycle Parts Remission Order.\n"
    "Remission\n"
    "1 Remission is hereby granted of all duties of customs, paid or payable under the Customs Tariff, on bicycle"
    " frames classified under tariff item No. 8714.91.00.\n"
    "Conditions\n"
    "2 Remission is granted on condition that\n"
    "- (a) the goods were imported into Canada during the period beginning on the coming into force of this Order;"
    " and\n"
    "- (b) a claim for remission is made within two years of the date of importation.\n"
    "Coming into force\n"
    "3 This Order comes into force on the day on which it is registered.\n"
)


def test_an_importation_period_beginning_on_the_coming_into_force_starts_that_day():
    assert dates(analyse(REMISSION_ORDER, jurisdiction="CA")) == {
        ("registration", "2031-04-09"),
        ("document_date", "2031-04-08"),
        ("entry_into_force", "2031-04-09"),
        ("application_start", "2031-04-09"),
    }


CBSA_NOTICE = (
    "Notice of initiation of expiry review investigation: Cold-Rolled Steel Coil (CRS2 2031 ER)\n\n"
    "Ottawa,\n\n"
    "On March 3, 2031, the Canadian International Trade Tribunal initiated an expiry review of its finding made on"
    " April 19, 2026, concerning the dumping of certain cold-rolled steel coil originating in or exported from"
    " Vietnam.\n\n"
    "The CBSA will make a determination no later than August 1, 2031.\n"
)


def test_a_case_code_in_brackets_closing_a_notice_title_is_its_identifier():
    assert analyse(CBSA_NOTICE, jurisdiction="CA")._.identifier.text == "CRS2 2031 ER"


def test_the_finding_an_expiry_review_concerns_is_history_not_an_end():
    assert ("other", "2026-04-19") in dates(analyse(CBSA_NOTICE, jurisdiction="CA"))
    assert all(kind != "application_end" for kind, _ in dates(analyse(CBSA_NOTICE, jurisdiction="CA")))


def test_a_treaty_done_at_a_place_after_its_bracketed_short_name_is_no_signature_of_the_order():
    text = (
        "Tariff (Free Trade Agreement Between New Zealand and Example Partner) Amendment Order 2031\n"
        "1. Commencement—The order will come into force on 1 July 2031.\n"
        "2. Effect of order—The amendments give effect to the Free Trade Agreement between New Zealand and the"
        " Republic of Chile (“NZCFTA”) done at Santiago, Chile, on 4 March 2031.\n"
    )
    assert dates(analyse(text, jurisdiction="NZ")) == {("entry_into_force", "2031-07-01"), ("other", "2031-03-04")}


def test_a_spanish_title_naming_the_origin_after_del_outweighs_the_recitals_of_an_earlier_case():
    text = (
        "RESOLUCIÓN por la que se declara el inicio del procedimiento de revisión de las cuotas compensatorias"
        " impuestas a las importaciones de tubos de acero originarias del Reino de España\n\n"
        "RESULTANDOS\n\n"
        "1. El 3 de marzo de 2030 se publicó en el DOF la Resolución final sobre las importaciones de tubos de acero"
        " originarias de la República Federal de Alemania, el Reino de España y el Reino Unido de la Gran Bretaña e"
        " Irlanda del Norte.\n"
    )
    assert analyse(text, jurisdiction="MX", lang="es")._.countries["affected"] == ["ES"]


def test_the_united_kingdoms_full_name_names_no_ireland():
    text = (
        "Se imponen cuotas compensatorias a las importaciones de tubos de acero originarias del Reino Unido de la"
        " Gran Bretaña e Irlanda del Norte.\n"
    )
    assert analyse(text, jurisdiction="MX", lang="es")._.countries["affected"] == ["GB"]
