"""Classes of misses found on the held-out tune half (eval/heldout/tune), each pinned on passages
written for these tests: other goods, numbers, dates and wording than the held-out documents."""

from nlp.pipeline import analyse


def facts(text: str, jurisdiction: str) -> dict:
    doc = analyse(text, jurisdiction=jurisdiction)
    return {
        "codes": {c.code for c in doc._.codes},
        "measures": {m.type for m in doc._.measures},
        "dates": {(d.type, d.date) for d in doc._.dates},
        "title": doc._.official_title.text if doc._.official_title else None,
        "identifier": doc._.identifier.text if doc._.identifier else None,
        "summary": doc._.summary,
    }


# --- identifiers: as the journals cite them, in the national forms ---------------------------------


def test_an_eu_act_designation_printed_in_capitals_is_given_in_normal_case():
    text = (
        "COMMISSION IMPLEMENTING REGULATION (EU) 2031/977\nof 9 March 2031\nimposing a provisional anti-dumping "
        "duty on imports of aluminium radiators originating in Ruritania\n\nTHE EUROPEAN COMMISSION,\n"
    )
    assert facts(text, "EU")["identifier"] == "Regulation (EU) 2031/977"


def test_the_number_heading_an_indian_notification_is_its_identifier_and_not_a_cited_one():
    text = (
        "MINISTRY OF FINANCE\n(Department of Revenue)\nNew Delhi\n"
        "Notification No. 51/2031-Customs (ADD) | Dated: 12th May, 2031\n"
        "G.S.R. 410(E).—Whereas the Central Government had imposed a provisional duty vide notification No. "
        "20/2030-Customs (ADD), the Central Government hereby imposes on the subject goods a duty.\n"
    )
    found = facts(text, "IN")
    assert (found["title"], found["identifier"]) == (None, "Notification No. 51/2031-Customs (ADD)")


def test_a_resolution_number_on_its_own_line_is_the_identifier_not_the_title():
    text = (
        "MINISTERIO DE PRODUCCIÓN\n\nResolución 88/2031\n\nBs. As., 3/2/2031\n\nVISTO el Expediente N° "
        "S01:0001/2030, y\n\nCONSIDERANDO:\n"
    )
    found = facts(text, "AR")
    assert (found["title"], found["identifier"]) == (None, "Resolución 88/2031")


def test_an_executive_order_heading_in_capitals_is_given_in_normal_case():
    text = (
        "[ EXECUTIVE ORDER NO. 41, March 3, 2031 ]\n\nREDUCING THE RATES OF IMPORT DUTY ON FERTILIZERS "
        "UNDER SECTION 1608 OF REPUBLIC ACT NO. 10863\n\nWHEREAS, prices of urea rose in 2030;\n"
    )
    assert facts(text, "PH")["identifier"] == "Executive Order No. 41"


def test_a_federal_register_doc_number_written_fr_doc_no():
    text = (
        "[Federal Register Volume 96, Number 14 (Wednesday, January 22, 2031)]\n[Notices]\n"
        "[FR Doc No: 2031-01234]\n\nDEPARTMENT OF COMMERCE\n\nInternational Trade Administration\n\n"
        "Paper Clips From Ruritania: Final Results of Antidumping Duty Administrative Review\n\n"
        "AGENCY: Enforcement and Compliance, International Trade Administration.\n"
    )
    assert facts(text, "US")["identifier"] == "FR Doc No: 2031-01234"


def test_a_wto_document_symbol_heading_a_notification():
    text = (
        "WORLD TRADE ORGANIZATION\n\nG/SG/N/8/RUR/3\n14 May 2031\n\nCommittee on Safeguards\n\n"
        "NOTIFICATION UNDER ARTICLE 12.1(B) OF THE AGREEMENT ON SAFEGUARDS\n"
    )
    assert facts(text, "WTO")["identifier"] == "G/SG/N/8/RUR/3"


# --- titles: lines that are never a title ----------------------------------------------------------


def test_an_enabling_act_heading_and_a_parenthesised_department_line_are_not_titles():
    act_heading = (
        "Tariff Act 1988\n\nI, Jane Roe, Chief Customs Officer, acting pursuant to section 8 of the Tariff Act "
        "1988 hereby approve the concessions in the Schedule:\n"
    )
    department = "MINISTRY OF FINANCE\n(Department of Revenue)\nNew Delhi, the 4th June, 2031\nIn exercise of the powers conferred by section 25, the Central Government hereby exempts the goods.\n"
    assert (facts(act_heading, "NZ")["title"], facts(department, "IN")["title"]) == (None, None)


# --- codes -----------------------------------------------------------------------------------------


def test_message_numbers_are_not_codes_and_statistical_breakouts_are():
    text = (
        "CSMS # 71234567 - Correction to CSMS # 71230001\nAs advised in CSMS 71229999, one breakout changes.\n"
        "Previous Statistical Breakout 8504409510\nNew Statistical Breakout 8504409520\n"
        "Related messages: 71230001, 71229999\n"
    )
    assert facts(text, "US")["codes"] == {"8504409510", "8504409520"}


def test_a_code_absorbed_into_another_names_both():
    text = "Commodity code changes\n\n8471300010 is being absorbed into 8471300090 from 2 March 2031.\n"
    found = facts(text, "UK")
    assert (found["codes"], found["measures"]) == ({"8471300010", "8471300090"}, {"nomenclature_change"})


# --- measure types ---------------------------------------------------------------------------------


def test_seasonal_preferences_added_to_the_tariff_are_a_preference():
    text = (
        "0.00% seasonal preferences for imports from Norway from 1 May 2031 to 30 September 2031 have been "
        "added to the tariff for these commodity codes:\n\nCommodity | Description\n0709930000 | Courgettes\n"
    )
    found = facts(text, "UK")
    assert found["measures"] == {"preference"}
    assert ("application_start", "2031-05-01") in found["dates"] and ("application_end", "2031-09-30") in found["dates"]


def test_substituted_figures_in_an_exemption_notification_are_a_nomenclature_change():
    text = (
        "Notification No. 9/2031-Customs\nNew Delhi, the 2nd February, 2031\nIn exercise of the powers conferred "
        "by sub-section (1) of section 25 of the Customs Act, 1962, the Central Government hereby directs that "
        "in the said notification, against serial number 7, for the figures “8507 60 00”, the figures "
        "“8507 60 10” shall be substituted.\n"
    )
    assert facts(text, "IN")["measures"] == {"nomenclature_change"}


def test_approved_exemptions_from_duty_are_a_duty_suspension_not_a_rate_change():
    text = (
        "I, Jane Roe, acting pursuant to section 8 of the Tariff Act 1988 hereby:\n(a) approve in respect of the "
        "entry of goods listed in the First Schedule to this notice the rates of duty or exemptions from duty "
        "specified in that Schedule with effect from the first day of the month so specified;\n"
        "A 8436.80.90 Poultry feeders Free Free\n"
    )
    assert facts(text, "NZ")["measures"] == {"duty_suspension"}


def test_exclusions_from_additional_duties_are_an_exclusion_only():
    text = (
        "Notice of Product Exclusion Extensions: Brazil's Trade Practices\n\nAGENCY: Office of the United "
        "States Trade Representative.\n\nSUMMARY: This notice further extends the exclusions from additional "
        "duties under Section 301 on certain products of Brazil through March 31, 2032.\n"
    )
    found = facts(text, "US")
    assert found["measures"] == {"exclusion"}
    assert found["summary"].startswith(
        "USTR extends product exclusions from the Section 301 duties on Brazil until 31 March 2032."
    )


# --- dates: history in recitals and reports of earlier acts ----------------------------------------


def test_dates_in_a_recital_and_in_a_report_of_an_earlier_extension_are_history():
    recital = (
        "EXECUTIVE ORDER NO. 52\n\nWHEREAS, Executive Order No. 20 reduced the rates of duty on wheat until 30 "
        "June 2031;\n\nNOW, THEREFORE, the reduced rates shall apply from 1 July 2031.\n"
    )
    report = (
        "SUMMARY: USTR further extends the exclusions.\n\nOn March 3, 2031, USTR announced the extension of 80 "
        "exclusions through June 30, 2031.\n"
    )
    assert facts(recital, "PH")["dates"] == {("other", "2031-06-30"), ("application_start", "2031-07-01")}
    assert facts(report, "US")["dates"] == {("other", "2031-03-03"), ("other", "2031-06-30")}


# --- the summary never cuts a rate ------------------------------------------------------------------


def test_a_summary_keeps_the_zero_of_a_rate_opening_its_sentence():
    text = "0.00% tariff preferences for imports from Norway have been added to the tariff from 1 May 2031.\n"
    assert "0.00% tariff preferences" in facts(text, "UK")["summary"]


def test_an_exclusion_notice_is_summarised_from_its_summary_block_with_the_count_and_the_base_duty():
    text = (
        "OFFICE OF THE UNITED STATES TRADE REPRESENTATIVE\n\nNotice of Modification of Section 301 Action: "
        "Extension of Certain Exclusions\n\nAGENCY: Office of the United States Trade Representative (USTR).\n\n"
        "ACTION: Notice of extension of product exclusions.\n\nSUMMARY: USTR extends 9 exclusions from the "
        "additional duties imposed under Section 301 on products of China.\n\nDATES: The extensions apply "
        "to goods entered for consumption on or after March 1, 2032.\n"
    )
    assert facts(text, "US")["summary"] == (
        "USTR extends 9 product exclusions from the Section 301 duties on China from 1 March 2032. "
        "USTR extends 9 exclusions from the additional duties imposed under Section 301 on products of China."
    )


# --- Spanish: Latin American gazettes --------------------------------------------------------------


def test_a_spanish_resolution_measure_countries_signature_date_and_journal_date():
    text = (
        "Viernes 14 de marzo de 2031\n\n"
        "RESOLUCIÓN NÚMERO 77 DE 2031\n\n"
        "Santiago, 12 de marzo de 2031\n\n"
        "CONSIDERANDO:\n\nQue la rama de producción nacional solicitó la investigación.\n\n"
        "RESUELVE:\n\nArtículo 1. Imponer derechos antidumping definitivos a las importaciones de tubos de acero "
        "originarias de la República Popular China, clasificadas en la subpartida 7306.30.00.\n"
    )
    doc = analyse(text, jurisdiction="CL")
    assert doc.lang_ == "es"
    assert {m.type for m in doc._.measures} == {"anti_dumping"}
    assert doc._.countries["affected"] == ["CN"]
    assert {(d.type, d.date) for d in doc._.dates} == {("publication", "2031-03-14"), ("document_date", "2031-03-12")}
    assert doc._.identifier.text == "Resolución número 77 de 2031"


def test_countries_named_in_spanish_recitals_only_are_not_affected():
    text = (
        "RESOLUCIÓN 12/2031\n\nCONSIDERANDO:\n\nQue mediante la Resolución N° 5 se aplicaron derechos "
        "antidumping a las importaciones originarias de la República Federativa del Brasil.\n\n"
        "RESUELVE:\n\nArtículo 1. Establécese un contingente arancelario de 500 toneladas para el trigo.\n"
    )
    doc = analyse(text, jurisdiction="AR")
    assert ({m.type for m in doc._.measures}, doc._.countries["affected"]) == ({"tariff_quota"}, [])


# --- titles and summaries: register pages, recitals, national actors --------------------------------


def test_a_register_page_repeating_an_act_title_gives_it_once():
    line = (
        "Commission Implementing Regulation (EU) 2031/55 of 2 February 2031 imposing a definitive safeguard "
        "measure on imports of ferro-alloys"
    )
    text = (
        f"Document 32031R0055\n{line}\n{line}\nC/2031/700\nOJ L 33, 3.2.2031, p. 1–9\nIn force\n"
        "3.2.2031 | EN | Official Journal of the European Union | L 33/1 |\n"
        "COMMISSION IMPLEMENTING REGULATION (EU) 2031/55\nof 2 February 2031\nimposing a definitive safeguard "
        "measure on imports of ferro-alloys\nTHE EUROPEAN COMMISSION,\nHaving regard to the Treaty,\n"
    )
    assert facts(text, "EU")["title"] == line


def test_an_executive_order_whose_visible_part_is_recitals_is_summarised_without_them():
    text = (
        "EXECUTIVE ORDER NO. 61\n\nREDUCING THE RATES OF IMPORT DUTY ON WHEAT\n\nWHEREAS, Executive Order No. "
        "20 modified the rates of import duty on wheat until 30 June 2031;\n\nWHEREAS, the NEDA Board endorsed "
        "the reduction of the tariff rates on wheat;\n"
    )
    found = facts(text, "PH")
    assert (found["title"], found["summary"]) == (
        "REDUCING THE RATES OF IMPORT DUTY ON WHEAT",
        "The Philippines reduces a duty.",
    )


def test_a_country_named_in_the_possessive_in_a_notice_title_is_affected():
    text = (
        "Notice of Product Exclusions: Vietnam’s Acts, Policies, and Practices Related to Timber Imports\n\n"
        "AGENCY: Office of the United States Trade Representative (USTR).\n\nSUMMARY: USTR grants the "
        "exclusions listed in the Annex.\n"
    )
    doc = analyse(text, jurisdiction="US")
    (evidence,) = [m for m in doc._.country_evidence if m.role == "affected"]
    assert (doc._.countries["affected"], evidence.text) == (["VN"], "Vietnam")  # the name, without the 's


def test_a_remission_period_reaching_back_before_the_order_and_ending_when_it_comes_into_force():
    text = (
        "SOR/2031-40\nRegistration 2031-03-12\nBicycle Parts Remission Order\nP.C. 2031-201 2031-03-11\n"
        "His Excellency the Governor General in Council makes the annexed Bicycle Parts Remission Order under "
        "section 115 of the Customs Tariff.\n1 Remission is granted of the customs duties paid in respect of "
        "goods of tariff item No. 8714.91.00 that were imported during the period beginning on June 1, 2030 "
        "and ending on the coming into force of this Order.\n"
        "2 This Order comes into force on the day on which it is registered.\n"
    )
    dates = {(d.type, d.date, d.derived) for d in analyse(text, jurisdiction="CA")._.dates}
    assert dates == {
        ("registration", "2031-03-12", False),
        ("document_date", "2031-03-11", False),
        ("application_start", "2030-06-01", False),
        ("application_end", "2031-03-12", True),
        ("entry_into_force", "2031-03-12", True),
    }


def test_a_bilingual_gazette_number_is_given_in_english_and_its_dated_running_header_is_the_publication():
    text = (
        "2031-04-09 Supplement to the Canada Gazette Part II, Vol. 165, No. 8 Supplément à la Gazette du Canada "
        "Partie II, Vol. 165, no 8 SOR/DORS/2031-77\n\nRegistration Enregistrement SOR/2031-77 March 20, 2031 "
        "DORS/2031-77 Le 20 mars 2031\n\nCUSTOMS TARIFF TARIF DES DOUANES\n"
    )
    found = facts(text, "CA")
    assert found["identifier"] == "SOR/2031-77"
    assert ("publication", "2031-04-09") in found["dates"]
    assert not {kind for kind, _ in found["dates"]} & {"entry_into_force", "document_date", "application_start"}


def test_an_indian_non_tariff_notification_heading_is_its_identifier():
    text = (
        "[Customs Notification No. 12 (Non Tariff) dated 3rd February 2031]\n\nIn exercise of the powers "
        "conferred by section 75 of the Customs Act, 1962, the Central Government hereby amends the drawback "
        "schedule.\n"
    )
    assert facts(text, "IN")["identifier"] == "Customs Notification No. 12 (Non Tariff)"


def test_a_malay_order_in_force_for_a_period_gives_its_start_and_end():
    text = (
        "PERINTAH KASTAM (DUTI ANTI-LAMBAKAN) 2031\n\n1. (1) Perintah ini bolehlah dinamakan Perintah Kastam "
        "(Duti Anti-Lambakan) 2031.\n\n(2) Perintah ini berkuat kuasa bagi tempoh lima tahun mulai 3 Mac 2031 "
        "hingga 2 Mac 2036.\n"
    )
    dates = {(d.type, d.date) for d in analyse(text, jurisdiction="MY")._.dates}
    assert dates == {("application_start", "2031-03-03"), ("application_end", "2036-03-02")}
