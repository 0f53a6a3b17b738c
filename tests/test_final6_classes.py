"""Classes of misses read on eval/heldout/final6 (codes, identifiers, titles, measure types, countries,
rates), each pinned on passages written for these tests: other goods, numbers, countries and wording."""

from nlp.codes.finder import find_codes
from nlp.pipeline import analyse


def codes(text: str) -> list[str]:
    mentions, _ = find_codes(text)
    return [m.code for m in mentions]


def facts(text: str, jurisdiction: str) -> dict:
    doc = analyse(text, jurisdiction=jurisdiction)
    return {
        "codes": [c.code for c in doc._.codes],
        "measures": {m.type for m in doc._.measures},
        "affected": set(doc._.countries["affected"]),
        "title": doc._.official_title.text if doc._.official_title else None,
        "identifier": doc._.identifier.text if doc._.identifier else None,
        "rates": sorted((r.value, r.unit) for r in doc._.rates),
    }


# --- codes: bare numbers in a bulleted list introduced by words naming codes -----------------------------


def test_a_bulleted_list_of_bare_codes_under_an_introduction_naming_headings_is_read_whole():
    text = (
        "For the purposes of this proclamation, 'solar components' means the products classified in the\n"
        "following headings and subheadings of the HTSUS:\n\n"
        "·       8504\n\n·       850440\n\n·       85414300\n\n·       8507\n\n"
        "These articles shall be entered under heading 9903.45.21 from June 3, 2031.\n"
    )
    assert codes(text) == ["8504", "850440", "85414300", "8507", "99034521"]


def test_a_bulleted_list_of_numbers_not_introduced_as_codes_gives_none():
    text = "The committee met on the following days of the session:\n\n· 1504\n\n· 2301\n\n· 1712\n"
    assert codes(text) == []


def test_a_list_item_with_words_after_its_number_is_no_bare_code_item():
    text = "Products covered by the tariff headings below:\n\n· 8471 units\n\n· 8486 boxes\n"
    assert codes(text) == []


# --- codes: a table flattened into one line of running text, rows numbered ------------------------------


def test_rows_of_a_flattened_table_after_a_code_column_header_are_codes_and_dotted_headings():
    text = (
        "the Board is pleased to levy additional customs duty on the goods specified in column (3) of the Table "
        "below at the rates in column (4), namely:- TABLE S. No. PCT Code Description Rate (%) (1) (2) (3) (4) "
        "1. 08.04 Dates, figs, pineapples, fresh or dried. 15 2. 0805.1000 Oranges 20 3. 0806.2000 Raisins 10 "
        "4. 20.09 Fruit juices, unfermented. 25"
    )
    assert codes(text) == ["0804", "08051000", "08062000", "2009"]


def test_numbered_amounts_without_a_code_column_are_not_codes():
    text = (
        "The fees are as follows: 1. 0805.1000 rupees for a licence 2. 0806.2000 rupees for a renewal "
        "3. 20.09 rupees per page."
    )
    assert codes(text) == []


# --- codes: an amending notification's substituted figures ---------------------------------------------


def test_a_figure_substituted_in_a_code_column_is_a_code():
    text = (
        "In the aforesaid Notification, in Table-II, against S. No. 42 in column (1), in column (2), for the "
        "figure “271019”, the figure “2710.1931” shall be substituted."
    )
    assert codes(text) == ["271019", "27101931"]


# --- codes: the product line of a WTO SPS/TBT notification record -----------------------------------------


def test_the_hs_codes_of_a_wto_notification_record_include_two_digit_chapters():
    text = "| Product |\nFish and crustaceans (HS code(s): 03, 1604); Seafood safety (ICS code(s): 67.120.30) |\n"
    assert codes(text) == ["03", "1604"]


def test_a_decimal_after_hs_codes_is_no_chapter():
    assert codes("Imports under HS code(s): 12.5 per cent of the volume came from third countries.") == []


# --- identifiers: national numbering of notifications, decisions and notices ------------------------------


def test_a_pakistani_notification_is_numbered_by_the_sro_running_into_its_enacting_words():
    text = (
        "GOVERNMENT OF PAKISTAN MINISTRY OF FINANCE (REVENUE DIVISION) Islamabad, the 9 th March, 2031 "
        "NOTIFICATION (CUSTOMS) S.R.O. 412(I)/2031.- In exercise of the powers conferred by section 18 of the "
        "Customs Act, 1969, and in supersession of its Notification No. S.R.O. 77(I)/2029 dated the 2nd "
        "February, 2029, the Federal Government is pleased to direct that the following amendments shall be made."
    )
    assert facts(text, "PK")["identifier"] == "S.R.O. 412(I)/2031"


def test_a_bangladeshi_circular_is_numbered_by_its_own_sro_and_not_by_the_one_it_modifies():
    text = (
        "Ministry of Finance\nInternal Resource Division\nCustoms and VAT Wing\nCirculation\nMarch 2, 2031\n"
        "In accordance with SRO No. 61-Law/2031/90/Customs, the government has decided to modify the SRO No. "
        "33-Law/2030/44/Customs as follows:\n"
    )
    found = facts(text, "BD")
    assert (found["title"], found["identifier"]) == (None, "SRO No. 61-Law/2031/90/Customs")


def test_a_tribunal_decision_page_is_numbered_by_its_review_and_titled_by_its_goods():
    text = (
        "Dumping and Subsidizing Injury Inquiries\n\nDecision Information\n\nDecision Content\n\n"
        "Interim Review No. RR-2031-002\n\nCold-rolled Steel Strip\n\nOrder issued\nTuesday, May 6, 2031\n\n"
        "IN THE MATTER OF an interim review of the order made by the Tribunal in Inquiry No. NQ-2027-004.\n"
    )
    found = facts(text, "CA")
    assert (found["title"], found["identifier"]) == ("Cold-rolled Steel Strip", "Interim Review No. RR-2031-002")


def test_a_thai_notification_title_runs_over_its_number_and_subject_lines():
    text = (
        "Notification of the Ministry of Finance\nNo. 41/2574\nRe : Exemption of Customs Duty for Medical "
        "Supplies\n\nBy virtue of section 12 of the Customs Tariff Decree, the Minister issues the following.\n"
    )
    found = facts(text, "TH")
    assert (found["title"], found["identifier"]) == (
        "Notification of the Ministry of Finance No. 41/2574 Re : Exemption of Customs Duty for Medical Supplies",
        "No. 41/2574",
    )


def test_a_portal_document_number_label_gives_the_wto_symbol():
    text = "Trade portal\nCommittee on Safeguards - Notifications\n文件編號:G/SG/N/8/XYZ/4\n附件下載:x.pdf\n"
    assert facts(text, "WTO")["identifier"] == "G/SG/N/8/XYZ/4"


def test_a_federal_register_document_number_before_the_title_is_cut_off_and_gives_the_identifier():
    text = (
        "2031-04417. Certain Brake Drums From Ruritania: Final Results of Countervailing Duty Review\n\n"
        "  • Start Preamble\n\n    AGENCY:\n\n    Enforcement and Compliance, International Trade Administration.\n"
    )
    found = facts(text, "US")
    assert (found["title"], found["identifier"]) == (
        "Certain Brake Drums From Ruritania: Final Results of Countervailing Duty Review",
        "2031-04417",
    )


def test_an_eu_c_series_notice_flattened_into_one_line_is_titled_before_its_number():
    text = (
        "+ All Categories\nHome > Documents > Notice of initiation of an anti-subsidy...\n\nDate post: 01-Jan-2031\n"
        "View: 88 times\nShare this document with a friend\n12\nNotice of initiation of an anti-subsidy proceeding "
        "concerning imports of glass fibre fabrics originating in Ruritania (2031/C 45/07) The European Commission "
        "has received a complaint pursuant to Article 10 of the basic Regulation.\n"
    )
    found = facts(text, "EU")
    assert (found["title"], found["identifier"]) == (
        "Notice of initiation of an anti-subsidy proceeding concerning imports of glass fibre fabrics originating "
        "in Ruritania",
        "2031/C 45/07",
    )


# --- titles: prefixes, labels and bulletins ----------------------------------------------------------------


def test_a_memorandum_subject_label_is_cut_off_and_the_title_wrapped_after_executive_goes_on():
    text = (
        "MEMORANDUM FOR THE SECRETARY OF COMMERCE\n\nTHE UNITED STATES TRADE REPRESENTATIVE\n\n\n"
        "SUBJECT:       Adjusting Exceptions Under Executive\n\nOrder 15001 of March 3, 2031\n\n\n"
        "In Executive Order 15001 I imposed duties on certain imports.\n"
    )
    assert facts(text, "US")["title"] == "Adjusting Exceptions Under Executive Order 15001 of March 3, 2031"


def test_a_register_site_citation_before_the_title_is_cut_off():
    text = "92_FR_1204 92 FR 1190 - Duty-Free Treatment of Certain Textiles\n\nDEPARTMENT OF THE TREASURY\n"
    assert facts(text, "US")["title"] == "Duty-Free Treatment of Certain Textiles"


def test_the_first_item_heading_of_a_bulletin_of_updates_is_no_title():
    text = (
        "Quota volume updates\n\nThe volumes of three quotas for frozen fish have been raised from today.\n\n"
        "Sugar duty changes\n\nDuties on cane sugar for refining are suspended until the end of June.\n"
    )
    assert facts(text, "GB")["title"] is None


def test_a_title_followed_by_numbered_sections_is_still_a_title():
    text = (
        "Tariff changes for imported bicycles\n\n1. The duty on bicycles of heading 8712 is reduced to 5% "
        "from 1 July 2031 by this notice.\n\nFurther guidance\n\nImporters may contact the helpline for "
        "more information on these changes.\n"
    )
    assert facts(text, "GB")["title"] == "Tariff changes for imported bicycles"


def test_a_wto_safeguard_notification_title_goes_on_with_its_article_subject():
    text = (
        "NOTIFICATION UNDER ARTICLE 12.\n\n1(B) OF THE AGREEMENT\n\nON SAFEGUARDS ON FINDING A SERIOUS INJURY OR "
        "THREAT THEREOF CAUSED BY INCREASED IMPORTS\n\nRURITANIA\n\nCeramic Tiles\n"
    )
    assert facts(text, "WTO")["title"] == (
        "NOTIFICATION UNDER ARTICLE 12. 1(B) OF THE AGREEMENT ON SAFEGUARDS ON FINDING A SERIOUS INJURY OR "
        "THREAT THEREOF CAUSED BY INCREASED IMPORTS"
    )


# --- countries and measures of a trade tribunal's order -----------------------------------------------------


def test_an_origin_phrase_after_excluded_products_names_the_targeted_countries():
    text = (
        "ORDER\n\nThe Canadian International Trade Tribunal, pursuant to subsection 76.03(3) of the Special Import "
        "Measures Act, has conducted an expiry review of its finding concerning the dumping of welded steel pipe, "
        "excluding galvanized pipe and stainless products, originating in or exported from the Republic of Korea "
        "and the Kingdom of Thailand and the subsidizing of the aforementioned goods originating in or exported "
        "from India.\n"
    )
    found = facts(text, "CA")
    assert (found["measures"], found["affected"]) == ({"anti_dumping", "countervailing"}, {"KR", "TH", "IN"})


def test_goods_other_than_those_originating_in_a_country_leave_it_out():
    text = (
        "ORDER\n\nThe Tribunal hereby continues its finding concerning the dumping of steel wire from all "
        "countries, other than goods originating in Mexico.\n"
    )
    assert facts(text, "CA")["affected"] == set()


# --- measures: what a notice acts on, not what it cites or stacks on -------------------------------------


def test_extending_product_exclusions_from_a_retaliatory_duty_acts_on_the_exclusions_only():
    text = (
        "Cargo Systems Messaging Service\nCSMS # 70000123 - GUIDANCE: Extension of Section 301 Product Exclusions\n"
        "The purpose of this message is to provide guidance on the extension of 41 product exclusions from Section "
        "301 duties on imports of goods of Ruritania through March 31, 2032.\n"
    )
    assert facts(text, "US")["measures"] == {"exclusion"}


def test_duties_an_additional_duty_stacks_on_are_context():
    text = (
        "Cargo Systems Messaging Service\nCSMS # 70000456 - GUIDANCE – Additional Duties on Imports from Ruritania\n"
        "For goods that are products of Ruritania, entered on or after June 2, 2032, an additional ad valorem rate "
        "of duty of 15% applies. The additional duty applies in addition to the duties imposed by earlier orders, "
        "as well as all other applicable duties (including antidumping and countervailing duties), taxes and fees.\n"
    )
    assert facts(text, "US")["measures"] == {"duty_rate_change"}


def test_the_cbsa_customs_act_boilerplate_names_no_countervailing_measure():
    text = (
        "Ottawa, March 3, 2032\n\nThe Canada Border Services Agency today made a final determination of dumping "
        "in respect of certain steel racks originating in or exported from Ruritania.\n"
        "The Customs Act applies, with any modifications that the circumstances require, with respect to the "
        "accounting and payment of anti-dumping and countervailing duty.\n"
    )
    assert facts(text, "CA")["measures"] == {"anti_dumping"}


def test_an_earlier_order_recounted_and_cited_by_title_is_not_what_a_memorandum_does():
    text = (
        "MEMORANDUM FOR THE SECRETARY OF COMMERCE\n\nSUBJECT: Clarifying Exceptions for Medicines\n\n"
        "In Executive Order 15010 of May 5, 2032 (Imposing Reciprocal Tariffs on Trading Partners), I declared a "
        "national emergency and imposed additional ad valorem duties. The Executive Order of May 9, 2032 (Answering "
        "Trading Partner Retaliation) incorporated its exceptions.\n\nThe HTSUS shall be modified to list the "
        "products of heading 3004 as excepted from the ad valorem duties imposed under Executive Order 15010.\n"
    )
    assert facts(text, "US")["measures"] == {"exclusion"}


def test_a_pakistani_regulatory_duty_levied_at_table_rates_is_a_duty_rate_change():
    text = (
        "NOTIFICATION (CUSTOMS) S.R.O. 88(I)/2032.- In exercise of the powers conferred by section 18 of the Customs "
        "Act, 1969, the Board is pleased to levy regulatory duty on import of goods specified in column (3) of the "
        "Table below at the rates specified in column (4) thereof.\n"
    )
    assert facts(text, "PK")["measures"] == {"duty_rate_change"}


def test_a_code_figure_substituted_in_an_amended_table_is_a_nomenclature_change():
    text = (
        "In exercise of the powers conferred by section 19 of the Customs Act, 1969, the Federal Government is "
        "pleased to direct that the following amendments shall be made in its Notification No. S.R.O. 12(I)/2030, "
        "namely:- in the Table, against S. No. 7, in column (2), for the figure “850440”, the figure “8504.4090” "
        "shall be substituted.\n"
    )
    assert facts(text, "PK")["measures"] == {"nomenclature_change"}


def test_a_cbsa_initiation_of_injurious_dumping_and_subsidizing_is_both_measures():
    text = (
        "CANADA BORDER SERVICES AGENCY\n\nSPECIAL IMPORT MEASURES ACT\n\nCertain steel grating — Decision\n\n"
        "On May 2, 2032, pursuant to subsection 31(1) of the Special Import Measures Act, the Canada Border Services "
        "Agency initiated investigations into the alleged injurious dumping and subsidizing of certain steel grating "
        "from Ruritania.\n"
    )
    assert facts(text, "CA")["measures"] == {"anti_dumping", "countervailing"}


def test_a_regulation_suspending_customs_duties_named_in_its_title_is_a_duty_suspension():
    text = (
        "COUNCIL REGULATION (EU) 2032/88 of 3 March 2032 amending Regulation (EU) 2030/12 suspending the Common "
        "Customs Tariff duties on certain industrial products\n\nTHE COUNCIL OF THE EUROPEAN UNION,\n"
    )
    assert facts(text, "EU")["measures"] == {"duty_suspension"}


def test_a_record_numbered_with_an_sps_notification_symbol_is_an_sps_measure():
    text = (
        "| WTO code |\nG/SPS/N/XYZ/77 |\n| Notice type |\nRegular |\n| Title |\nDraft standard for dried "
        "mangoes |\n| Product |\nDried mangoes |\n"
    )
    assert facts(text, "WTO")["measures"] == {"sps_tbt"}


def test_a_stop_press_item_list_names_its_licensing_sps_and_exemption_review_measures():
    text = (
        "UK trade remedies exemption review: Alpha Frames\n\nAnti-dumping duty has been suspended on certain "
        "frames imported by Alpha Frames Limited from Ruritania.\n\nCITES update\n\nUpdate to CITES measures "
        "affecting commodity code 4203100010 from 3 June 2032.\n\nFeed and food measure removal\n\nOn 9 June "
        "2032, the measure type 722 - Entry into free circulation (restriction - feed and food) measures against "
        "Ruritania will end.\n"
    )
    assert facts(text, "GB")["measures"] == {"anti_dumping", "exclusion", "licensing", "sps_tbt"}


def test_new_versions_of_the_rules_of_origin_and_suspensions_documents_are_those_measures():
    text = (
        "4. In the Customs (Origin of Chargeable Goods) (EU Exit) Regulations 2020, in regulation 2, in the "
        "definition of “Rules of Origin”, for “version 2.0” substitute “version 2.1”.\n"
        "5. In the Customs Tariff (Suspension of Import Duty Rates) (EU Exit) Regulations 2020, in the definition "
        "of “Suspensions of Import Duty Rates Document”, for “version 1.3” substitute “version 1.4”.\n"
    )
    assert facts(text, "GB")["measures"] == {"rules_of_origin", "duty_suspension"}


# --- affected countries: names that are no origin ------------------------------------------------------------


def test_the_uruguay_round_is_a_trade_round_not_uruguay():
    text = (
        "ACTION: Notice.\n\nSUMMARY: The Secretary of Agriculture is increasing the tariff-rate quota for "
        "refined sugar to the minimum to which the United States is committed under the Uruguay Round "
        "Agreements, effective today.\n"
    )
    assert facts(text, "US")["affected"] == set()


def test_a_pointer_to_the_full_notice_names_no_target():
    text = (
        "Anti-dumping duty has been removed on certain glass jars originating in Ruritania.\n\n"
        "For the full notice, see Trade remedies notice 2032/07: glass jars from Ruritania (including jars "
        "consigned from Thailand and Vietnam) <https://www.example.gov/notice-2032-07>\n"
    )
    assert facts(text, "GB")["affected"] == set()


def test_an_act_number_ending_with_the_union_names_no_country():
    text = (
        "From 2 May 2032, measures of type 277 apply to imports from the countries listed in Council Implementing "
        "Decision of 3 June 2031 (2031/522/EU).\n\nThis applies to the following countries:\n\n- Belize\n- Fiji\n"
    )
    assert facts(text, "GB")["affected"] == {"BZ", "FJ"}


def test_the_territorial_extent_and_a_defined_term_name_no_country():
    text = (
        "1.—(1) These Regulations may be cited as the Customs Tariff (Miscellaneous Amendments) Regulations 2032.\n"
        "(2) These Regulations extend to England and Wales, Scotland and Northern Ireland.\n"
        "2. In regulation 1(2), in the definition of “Tariff of the United Kingdom”, for “version 2.4” substitute "
        "“version 2.5”.\n"
    )
    assert facts(text, "GB")["affected"] == set()


def test_quotas_apportioned_after_a_withdrawal_target_no_origin():
    text = (
        "COMMISSION IMPLEMENTING REGULATION (EU) 2032/51 of 4 January 2032 on the apportionment of tariff rate "
        "quotas following the withdrawal of the United Kingdom from the Union\n\nArticle 1\nThe tariff rate quotas "
        "for cheese shall be apportioned between the Union and the United Kingdom as set out in the Annex.\n"
    )
    assert facts(text, "EU")["affected"] == set()


# --- rates: tables that lost their grid -----------------------------------------------------------------------


def rates(text: str, jurisdiction: str) -> list[tuple[float, str, str | None]]:
    doc = analyse(text, jurisdiction=jurisdiction)
    return [(r.value, r.unit, r.applies_to) for r in doc._.rates]


def test_rate_cells_printed_one_per_paragraph_under_a_sentence_naming_the_duty():
    text = (
        "Article 1\n\n1\n\nA definitive countervailing duty is hereby imposed on imports of steel wheels originating "
        "in Ruritania.\n\n2\n\nThe rates of the definitive countervailing duty applicable to the net, "
        "free-at-Union-frontier price shall be as follows:\n\nCompany\n\nDuty\n\nTARIC additional code\n\n"
        "Alpha Wheels Co., Ltd\n\n18,4 %\n\nC101\n\nAll other companies\n\n27,1 %\n\nC999\n\n3\n\n"
        "The duty rates of paragraph 2 apply on presentation of a valid invoice.\n"
    )
    assert [(value, unit) for value, unit, _ in rates(text, "EU")] == [(18.4, "percent"), (27.1, "percent")]


def test_figures_in_paragraphs_under_an_introduction_without_duty_words_are_no_rates():
    text = (
        "Article 1\n\nThe Commission shall publish the following shares of the quota volume:\n\nRuritania\n\n"
        "18,4 %\n\nOther countries\n\n81,6 %\n"
    )
    assert rates(text, "EU") == []


def test_rates_of_a_numbered_table_flattened_into_one_enacting_sentence():
    text = (
        "NOTIFICATION (CUSTOMS) S.R.O. 91(I)/2032.- In exercise of the powers conferred by section 18 of the Customs "
        "Act, 1969, the Board is pleased to levy regulatory duty on import of goods specified in column (3) of the "
        "Table below at the rates specified in column (4) thereof, namely: - TABLE S. No. PCT Code Description "
        "Rate of Regulatory Duty (%) (1) (2) (3) (4) 1. 08.02 Nuts, fresh or dried. 30 2. 0806.1000 Fresh grapes "
        "15 3. 2009.1100 Orange juice, frozen 35"
    )
    assert rates(text, "PK") == [
        (30, "percent", "08.02 Nuts, fresh or dried."),
        (15, "percent", "0806.1000 Fresh grapes"),
        (35, "percent", "2009.1100 Orange juice, frozen"),
    ]
