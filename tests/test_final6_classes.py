"""Classes of misses read on eval/heldout/final6: codes, identifiers and titles (measure types, countries and
rates: tests/test_final6_measures.py), each pinned on passages written for these tests: other goods, numbers,
countries and wording."""

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
