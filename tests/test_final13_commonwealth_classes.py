"""Canadian, Australian and New Zealand documents and a WTO request, by class (round 10 second pass, final13
1425-1436): a customs notice that adds a statistical note or changes classification numbers changes the
nomenclature; an amending instrument named for a Harmonized System edition changes the nomenclature, and new
tariff items added to a staging list follow it (no rate change); an order amending a general import permit is
licensing; a Gazette's Extra masthead, its name, its part and its dateline are no title; a Federal Register of
Legislation number under an instrument's name is its identifier; a WTO request for consultations (or a panel) is
the complainant's, acts on no measure and targets no origin, and its heading goes on with the dispute's title; a table of rates one cell a line under a sentence sending to the rates
'listed below' gives its rates; a case page's goods description in parts names every origin, its exporters listed as
dashed items under 'exported from:', and its heading over the goods is no title.
Every passage is written for these tests."""

from nlp.countries.rules import implementing_jurisdiction
from nlp.pipeline import analyse
from tests.test_reader_r7 import read


def types(text: str) -> list[str]:
    return sorted(mention.type for mention in analyse(text)._.measures)


def test_a_statistical_note_added_for_some_chapters_changes_the_nomenclature():
    text = (
        "Customs Notice 31-07: Amendments to the Departmental Consolidation of the Customs Tariff\n\n"
        "1. The Canada Border Services Agency wishes to advise of amendments to the Departmental Consolidation.\n\n"
        "2. A statistical note has been added to clarify the classification of certain footwear in Chapter 64.\n"
    )
    assert types(text) == ["nomenclature_change"]


def test_changes_additions_and_deletions_to_classification_numbers_change_the_nomenclature():
    text = (
        "Amendments to the Departmental Consolidation of the Customs Tariff\nCustoms Notice 31-02\n\n"
        "1. This notice is to advise of amendments made to improve the monitoring of aluminium imports.\n\n"
        "2. The 2031-1 Tariff reflects additions and deletions to classification numbers provided by Statistics"
        " Canada in Chapter 76.\n"
    )
    assert types(text) == ["nomenclature_change"]


def test_a_rate_reduction_notice_whose_changes_are_flagged_in_the_tariff_changes_no_nomenclature():
    text = (
        "Customs Notice 31-09: Rate Reductions\n\n"
        "1. The final duty rate reductions of the Ruritania Tariff under the Canada-Ruritania Free Trade Agreement"
        " will be effective January 1, 2031.\n\n"
        "2. The changes to the tariff items are identified in the PDF version of the Tariff by a change bar.\n"
    )
    assert "nomenclature_change" not in types(text)


def test_an_amending_regulation_named_for_a_harmonized_system_edition_changes_the_nomenclature():
    text = (
        "Customs Amendment (2032 Harmonized System) Regulation 2031\n\n1   Name\n\n"
        "This is the Customs Amendment (2032 Harmonized System) Regulation 2031.\n\n"
        "Schedule 1   Amendments\n\n1   Clause 3 of Schedule 2 (after table item 7)\n\nInsert:\n\n7A\n\n0303.99.10\n"
    )
    assert types(text) == ["nomenclature_change"]


def test_items_added_to_a_staging_list_by_a_harmonized_system_order_change_no_rate():
    text = (
        "Order Amending the Schedule to the Customs Tariff (Harmonized System, 2032)\n\n"
        "1 The List of Tariff Provisions set out in the schedule to the Act is amended by adding, in numerical order,"
        " the tariff provisions set out in Part 2 of the schedule to this Order.\n\n"
        "2 The List of Intermediate and Final Rates for Tariff Items of the “F” Staging Category set out in the"
        " schedule to the Act is amended by adding, in numerical order, the tariff items set out in Part 3 of the"
        " schedule to this Order.\n"
    )
    assert types(text) == ["nomenclature_change"]


def test_an_order_amending_a_general_import_permit_is_licensing():
    text = (
        "Order Amending the General Import Permit No. 207 — Dairy Goods\n\n"
        "The Minister of Foreign Affairs, pursuant to subsection 8(1) of the Export and Import Permits Act, makes"
        " the annexed Order Amending the General Import Permit No. 207 — Dairy Goods.\n\n"
        "1 Item 4 of the schedule to the Permit is replaced by the following:\n\n"
        "4 Butter classified under tariff item No. 0405.10.20.\n"
    )
    assert types(text) == ["licensing"]


def test_the_gazette_extra_masthead_name_part_and_dateline_are_no_title():
    text = (
        "EXTRA Vol. 165, No. 3\n\nCanada Gazette\n\nPart Ⅱ\n\nOTTAWA, MONDAY, MARCH 3, 2031\n\n"
        "Registration\nSOR/2031-44 February 27, 2031\n\nEXPORT AND IMPORT PERMITS ACT\n\n"
        "Order Amending the Export Control List\n\n"
        "The Minister of Foreign Affairs makes the annexed Order Amending the Export Control List.\n"
    )
    assert read(text) == ("Order Amending the Export Control List", "SOR/2031-44")


def test_a_federal_register_of_legislation_number_under_the_name_is_the_identifier():
    text = (
        "Customs Amendment (Ruritania Free Trade Agreement) Regulations 2031\n\n(F2031L00417)\n\n"
        "2 March 2031\n\nCustoms Act 1901\n\n1   Name\n\n"
        "This is the Customs Amendment (Ruritania Free Trade Agreement) Regulations 2031.\n"
    )
    assert read(text) == ("Customs Amendment (Ruritania Free Trade Agreement) Regulations 2031", "F2031L00417")


REQUEST = (
    "Peru – Anti-Dumping Duties on Certain Paper or\nPaperboard Products\n"
    "REQUEST FOR CONSULTATIONS BY CHILE\n"
    "The following communication, dated 3 March 2031, from the delegation of Chile to the delegation of"
    " Peru and to the Chairperson of the Dispute Settlement Body, is circulated in accordance with Article 4.4"
    " of the DSU.\n_______________\n"
    "My authorities have instructed me to request consultations with Peru pursuant to Articles 1 and 4 of the"
    " DSU and Article 17 of the Anti-Dumping Agreement with respect to the imposition of definitive anti-dumping"
    " duties by Peru on imports of coated paperboard.\n"
)


def test_a_wto_request_for_consultations_is_the_complainants_and_acts_on_no_measure():
    doc = analyse(REQUEST, jurisdiction="WTO")
    assert doc._.countries == {"implementing": ["CL"], "affected": []}
    assert doc._.measures == []
    assert doc._.official_title.text == (
        "Peru – Anti-Dumping Duties on Certain Paper or Paperboard Products REQUEST FOR CONSULTATIONS BY CHILE"
    )


def test_a_wto_request_for_consultations_read_alone_is_the_complainants():
    assert [mention.code for mention in implementing_jurisdiction(REQUEST)] == ["CL"]


def test_a_panel_request_names_its_complainant_in_the_communication_line():
    text = REQUEST.replace("REQUEST FOR CONSULTATIONS BY CHILE", "REQUEST FOR THE ESTABLISHMENT OF A PANEL BY CHILE")
    assert analyse(text, jurisdiction="WTO")._.countries["implementing"] == ["CL"]


def test_a_national_notice_citing_a_request_for_consultations_keeps_its_own_measure():
    text = (
        "Notice of Final Determination of the Anti-Dumping Duty on Coated Paperboard From Peru\n\n"
        "I hereby give notice that I have continued the imposition of anti-dumping duty on coated paperboard from"
        " Peru. Peru has since filed a request for consultations under the DSU.\n"
    )
    assert types(text) == ["anti_dumping"]


def rates(text: str, jurisdiction: str) -> list[tuple[float, str]]:
    return [(rate.value, rate.unit) for rate in analyse(text, jurisdiction=jurisdiction)._.rates]


def test_rate_cells_one_a_line_under_a_sentence_sending_to_the_rates_listed_below_are_rates():
    text = (
        "Notice of Final Determination of the Anti-dumping Duty on Canned Tomatoes From Ruritania\n\n"
        "I hereby give notice that I have continued the imposition of anti-dumping duty at the rates in Schedule 2.\n\n"
        "Schedule 2\n\nRates of Anti-Dumping Duty\n\n"
        "The rates of anti-dumping duty for the subject goods shall be the rates listed below, calculated as a"
        " percentage of the declared Customs value for duty of the subject goods.\n\n"
        "Producers\n\nGoods\n\nDuty\n\nAll producers\n\nCans not exceeding 500g\n\n12.4%\n\n"
        "All producers\n\nCans exceeding 500g\n\n9.8%\n"
    )
    assert rates(text, "NZ") == [(12.4, "percent"), (9.8, "percent")]


def test_a_case_pages_goods_description_in_parts_names_every_origin_and_its_dashed_exporters():
    text = (
        "Goods under review\n"
        "In relation to Thailand and Chile, the goods description is:\n"
        "Aluminium extrusions of a length not exceeding 6 metres exported from:\n"
        "- Thailand by Siam Extrusion Co., Ltd; or\n"
        "- Chile by Alumin Andes S.A.\n"
        "and\n"
        "In relation to Egypt, the goods description is:\n"
        "Aluminium extrusions of any length exported to Australia from Egypt.\n"
        "Case information\nApplicant | Capral Limited |\n"
    )
    assert analyse(text, jurisdiction="AU")._.countries == {"implementing": ["AU"], "affected": ["TH", "CL", "EG"]}


def test_an_earlier_measures_origins_narrated_below_the_goods_are_no_part_of_their_description():
    text = (
        "Announcement No. 12 of 2031 on Initiating an Interim Review of Imports of Glass Fibre Originating in Japan\n\n"
        "The Ministry released Announcement No. 3 of 2025 on May 4, 2025, and decided to implement final anti-dumping"
        " measures against imports of glass fibre originating in Japan and the United States for two years starting"
        " from May 4, 2025.\n"
    )
    assert analyse(text, jurisdiction="CN")._.countries["affected"] == ["JP"]


def test_a_case_pages_heading_over_its_goods_is_no_title():
    text = (
        "Goods Covered by the Investigation\n"
        "In relation to Egypt, the goods description is:\n"
        "Aluminium extrusions of any length exported to Australia from Egypt.\n"
        "Case information\nApplicant | Capral Limited |\n"
    )
    assert read(text, "AU") == (None, None)
