"""Indian, Pakistani, Moroccan (French) and Ecuadorian documents by class (round 21 second pass, final24 3537-3543):
a flattened table's serial number in a cell of its own before a dotted code ('1. | 0403.1000 | Yogurt'); a French
period stated by its length before its start ('pendant cinq ans, à compter du …': the start and the derived end) and an
inquiry's periods a report gives ('L'enquête, couvrant la période du … au …': history); the Registro Oficial's masthead
with the issue after a dash ('Miércoles 13 de Enero de 2016 – R. O. No. 668': publication); French origin adjectives
after the goods ('conserves de tomates égyptiennes'); Morocco named by its ministries, its customs administration's
full name and an imposing clause; an Indian DGFT restriction on imports extended (licensing); a DGFT heading of agency
names run onto one line over the 'Subject:' line, and its number written 'Notification No: …'; a relay's SRO and a
joint ministerial decision's number as identifiers; '|' rate rows opening with their serial and code. Each class
has a passage in another wording or jurisdiction, and a near miss that must not give the fact. Every passage is
written for these tests."""

from nlp.pipeline import analyse
from tests.fact_readers import dates, identifier, jurisdiction, measures, title


def codes(text: str, source: str) -> list[str]:
    return [mention.code for mention in analyse(text, jurisdiction=source)._.codes]


def affected(text: str, source: str) -> list[str]:
    return sorted(analyse(text, jurisdiction=source)._.countries["affected"])


# --- codes: a serial number in its own cell before a dotted code ---------------------------------------------------


def test_the_first_row_of_a_piped_table_with_its_serial_in_a_cell_of_its_own_is_read():
    text = (
        "S.No. | PCT Code | Description | Rate of Regulatory Duty (%) |\n"
        "1. | 0402.1000 | Milk powder\n|\n15 |\n"
        "2. | 0402.2100 | Other milk powder | 15 |\n"
    )
    assert codes(text, "PK") == ["04021000", "04022100"]


def test_a_piped_table_of_another_schedule_reads_its_first_row_too():
    text = (
        "S/N | HS Code | Description of goods | Cess (%) |\n"
        "1. | 2009.1100 | Frozen orange juice\n|\n25 |\n"
        "2. | 2009.1900 | Other orange juice | 25 |\n"
    )
    assert codes(text, "LK") == ["20091100", "20091900"]


def test_a_piped_row_under_a_header_naming_no_code_column_gives_no_code():
    text = "S.No. | Item | Price (Rs) |\n1. | 1250.7500 | Basmati rice\n|\n2. | 1310.2500 | Wheat flour |\n"
    assert codes(text, "PK") == []


# --- dates: a French period by its length, an inquiry's periods -----------------------------------------------------


def test_a_french_duty_for_five_years_from_a_day_starts_then_and_ends_the_day_before_the_fifth_anniversary():
    text = (
        "Par décision des ministères, le Maroc a imposé un droit antidumping définitif de 12,40% sur les importations"
        " de carreaux céramiques pendant cinq ans, à compter du 3 mars 2031.\n"
    )
    assert dates(text) == [("application_end", "2036-03-02"), ("application_start", "2031-03-03")]


def test_a_tunisian_safeguard_extended_for_further_years_from_a_day_has_its_period():
    text = (
        "La Tunisie a décidé de proroger le droit de sauvegarde sur les importations de fils de coton durant trois"
        " années supplémentaires à partir du 1er mars 2031.\n"
    )
    assert dates(text) == [("application_end", "2034-02-28"), ("application_start", "2031-03-01")]


def test_during_a_crisis_names_no_period_length():
    text = "Le Sénégal a relevé les droits de douane pendant la crise, à compter du 2 mai 2031 pour les huiles.\n"
    assert ("application_start", "2031-05-02") not in dates(text)


def test_the_periods_an_inquiry_covered_are_history_in_a_french_report():
    text = (
        "Le Maroc a imposé un droit antidumping définitif sur les importations de carreaux pendant cinq ans, à compter"
        " du 3 mars 2031.\n\n"
        "L’enquête, couvrant la période du 1er juillet 2029 au 30 juin 2030, a révélé un dumping. Une analyse a"
        " également déterminé le préjudice sur la période du 1er janvier 2026 au 30 juin 2030.\n"
    )
    found = dates(text)
    assert ("application_start", "2029-07-01") not in found and ("application_end", "2030-06-30") not in found
    assert ("other", "2026-01-01") in found and ("application_start", "2031-03-03") in found


def test_an_examination_covering_a_period_is_history_too():
    text = "L’examen de réexamen couvrait la période du 1er avril 2030 au 31 mars 2031, selon l’avis.\n"
    assert dates(text) == [("other", "2030-04-01"), ("other", "2031-03-31")]


def test_a_quota_covering_a_period_keeps_its_period():
    text = "Le contingent tarifaire couvre la période du 1er juillet 2031 au 30 juin 2032.\n"
    assert dates(text) == [("application_end", "2032-06-30"), ("application_start", "2031-07-01")]


# --- dates: the Registro Oficial's masthead with its issue after a dash ---------------------------------------------


def test_an_ecuadorian_masthead_with_its_issue_after_a_dash_is_the_publication():
    text = "Administración\n\nMiércoles 13 de Enero de 2031 – R. O. No. 668\n\nSUPLEMENTO\n\nSUMARIO\n"
    assert dates(text) == [("publication", "2031-01-13")]


def test_a_masthead_naming_the_registro_oficial_after_a_dash_is_the_publication():
    text = "Lunes 4 de marzo de 2030 - Registro Oficial N° 1021\n\nNo. 012-2030\n"
    assert ("publication", "2030-03-04") in dates(text)


def test_a_weekday_date_over_a_session_is_no_publication():
    text = "Lunes 4 de marzo de 2030 - Sesión ordinaria No. 12 del Pleno\n\nNo. 012-2030\n"
    assert ("publication", "2030-03-04") not in dates(text)


# --- affected countries: French adjectives after the goods -----------------------------------------------------------


def test_a_french_adjective_after_the_goods_names_their_origin():
    text = (
        "Par décision des ministères marocains, le Maroc a imposé un droit antidumping définitif de 18,20% sur les"
        " importations de conserves de sardines tunisiennes pendant cinq ans.\n"
    )
    assert affected(text, "MA") == ["TN"]


def test_french_adjectives_of_other_origins_after_the_goods():
    text = "La Tunisie a imposé un droit antidumping de 18 % sur les carreaux céramiques chinois et turcs.\n"
    assert affected(text, "TN") == ["CN", "TR"]


def test_a_french_adjective_after_the_remedy_or_an_actor_names_no_goods():
    text = (
        "Le droit antidumping indien sur les importations de verre a été prorogé, selon les autorités turques et"
        " l’industrie chinoise.\n"
    )
    assert affected(text, "MA") == []


# --- jurisdiction: Morocco's own words ------------------------------------------------------------------------------


def test_moroccan_ministries_and_the_customs_administrations_full_name_name_morocco():
    assert jurisdiction("Par décision des ministères marocains de l’Industrie, un droit frappe les tuiles.") == ["MA"]
    assert jurisdiction("L’Administration des douanes et des impôts indirects a mis en œuvre la décision.") == ["MA"]


def test_morocco_at_the_head_of_an_imposing_clause_acts():
    assert jurisdiction("Le Maroc a décidé un droit de 20 % sur les cahiers scolaires importés.") == ["MA"]


def test_morocco_named_as_an_origin_does_not_act():
    assert jurisdiction("Le gouvernement tunisien a soumis à licence les importations de ciment du Maroc.") != ["MA"]


# --- measures: an Indian DGFT restriction on imports extended ------------------------------------------------------

DGFT = (
    "Government of India Ministry of Commerce and Industry Directorate General of Foreign Trade Vanijya Bhawan, New"
    " Delhi\n"
    "Notification No: 61/2029-2034\n"
    "New Delhi, the 27th March, 2031\n"
    "Subject: Extension of the import policy condition for Urad under Chapter 7 of the ITC(HS) 2022, Schedule-1.\n"
    "S.O. (E): In exercise of powers conferred by Section 3 of FT (D&R) Act, 1992, the Central Government hereby"
    " makes the following amendment:\n"
)


def test_a_dgft_restriction_on_imports_under_exim_codes_extended_is_licensing():
    text = DGFT + (
        "2. The restriction on import of Lentils classified under Exim Code 0713 40 00, effective till 31/03/2031 as"
        " per the Notification No. 12/2029-2034 dated 20/06/2030, is further extended till 30th June, 2031.\n"
    )
    assert measures(text) == ["licensing"]


def test_restrictions_on_imports_under_itc_hs_codes_extended_in_other_words_are_licensing():
    text = DGFT + (
        "2. The restrictions on imports of Urad (ITC(HS) Codes 0713 31 10 and 0713 31 90), in place till 31.03.2031"
        " as per Notification No. 12/2029-2034 dated 20.06.2030, are extended till 31.03.2032.\n"
    )
    assert measures(text) == ["licensing"]


def test_a_last_date_of_shipment_extended_under_an_exim_code_is_no_licensing():
    text = DGFT + (
        "2. The last date for shipment of Urad under Exim Code 0713 31 10 as per Notification No. 12/2029-2034 dated"
        " 20.06.2030 is extended till 31.03.2032.\n"
    )
    assert "licensing" not in measures(text)


# --- title and identifier: a DGFT heading run onto one line, 'Notification No: …' ---------------------------------


def test_a_dgft_heading_of_agency_names_on_one_line_is_no_title_the_subject_is():
    assert title(DGFT) == (
        "Extension of the import policy condition for Urad under Chapter 7 of the ITC(HS) 2022, Schedule-1"
    )
    assert identifier(DGFT) == "Notification No: 61/2029-2034"


def test_a_government_line_naming_no_ministry_stays_an_agency_line():
    text = DGFT.replace(
        "Government of India Ministry of Commerce and Industry Directorate General of Foreign Trade Vanijya Bhawan, New"
        " Delhi\n",
        "Government of India\nMinistry of Commerce and Industry\n",
    )
    assert title(text).startswith("Extension of the import policy condition for Urad")


# --- identifiers: a relay's SRO, a joint ministerial decision; a number line over no issuer ----------------------


def test_the_sro_a_relay_says_a_duty_was_imposed_through_is_its_identifier():
    text = "ISLAMABAD: The government has imposed regulatory duty of 10 percent on 120 items through SRO 455(I)/2031.\n"
    assert identifier(text) == "SRO 455(I)/2031"


def test_an_sro_superseded_is_no_identifier():
    text = "ISLAMABAD: The government has raised regulatory duty in supersession of SRO 567(I)/2026 on 120 items.\n"
    assert identifier(text) is None


def test_a_joint_ministerial_decision_a_french_report_names_is_its_identifier():
    text = (
        "Le Maroc a imposé un droit antidumping définitif sur les importations de carreaux.\n\n"
        "L’Administration des douanes a mis en œuvre la décision, conformément à la décision ministérielle conjointe"
        " numéro 1047.31.\n"
    )
    assert identifier(text) == "décision ministérielle conjointe numéro 1047.31"


def test_a_number_line_over_no_issuer_is_no_identifier():
    text = "SUMARIO\n\nNo. 012-2031\n\nConsiderando:\n\nQue, el artículo 261 de la Constitución dispone …\n"
    assert identifier(text) is None


# --- rates: a '|' table's rows opening with their serial cell under a header naming the unit -----------------------


def rates(text: str, source: str) -> list[tuple[float, str]]:
    return sorted((rate.value, rate.unit) for rate in analyse(text, jurisdiction=source)._.rates)


def test_piped_rows_opening_with_their_serial_cell_give_the_rate_of_the_unit_column():
    text = (
        "S.No. | PCT Code | Description | Rate of Regulatory Duty (%) |\n"
        "1. | 0402.1000 | Milk powder\n|\n15 |\n"
        "2. | 0402.2100 | Other milk powder | 15 |\n"
    )
    assert rates(text, "PK") == [(15, "percent")]


def test_a_cess_column_of_another_schedule_gives_its_rate():
    text = "S/N | HS Code | Description of goods | Cess (%) |\n1. | 2009.1100 | Frozen orange juice | 25 |\n"
    assert rates(text, "LK") == [(25, "percent")]


def test_a_numbered_paragraph_after_a_unit_header_ends_the_table():
    text = "S.No. | PCT Code | Description | Rate (%) |\n2. Nothing else changes for the 12 items.\n"
    assert rates(text, "PK") == []


def test_numbered_paragraphs_in_bars_after_a_unit_table_end_it():
    text = (
        "Company | Duty (EUR/tonne) |\nAlpha Steel | 120 |\n"
        "8. | The amount of the duty, calculated on the basis of paragraph 2\nabove, shall be reduced.\n"
        "9. | Unless otherwise specified, the provisions in force shall apply.\n"
    )
    assert rates(text, "EU") == [(120, "EUR/tonne")]
