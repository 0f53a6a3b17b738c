"""Tariff codes in layouts the sets lacked (issue 15, round 19, read22-codes): the classes its misses showed.

- A statistical schedule printed one cell a line gives each subheading its statistical code and check digit in cells
  of their own ('| 7201.10 |' / '000 |' / '1 |'); its heading rows ('| 72.01 |', empty cells, the heading's text)
  are codes too, the statistical code and the check digit are not part of the code.
- Japan's 9-digit statistical item numbers (品目番号) in two columns, old and renumbered, the second often '同左'.
- An Arabic tariff record's hierarchy, label and value a line: 'الفصل 72' (chapter), 'البند الرئيسي 72.07' (main
  heading), 'البند الفرعي 7207.10' (subheading).
- A register that lost its cell separators glues the tariff classification to the next cell's number
  ('5111.19.009501174' under 'Tariff ClassificationTCO Number…').
- A heading named in a description right before the row's rate cell ('falling under heading 8523 5% - 9').
- A chapter alone as the code of a row an Indian notification inserts, rows run into one line after the table's
  column numbers ('(1) (2) (3) (4) (5) (6) 293A. 48 Newsprint …; 293B 48 …').
- A tariff book's running header ('Date: 2031-03-30 SCHEDULE 2 Customs & Excise Tariff') dates the book's version
  (other), not an act, and is no title.
- Rates: an Arabic tariff record's rate after 'التعرفة' (the tariff); a fibre's share of the goods ('produced from
  100% wool') is their composition, no rate.
- A Mexican act that extends a NOM (a Norma Oficial Mexicana, a technical regulation checked at import) to goods acts on
  a technical regulation (sps_tbt).
- A Customs Bulletin's heading line names the CFR parts a decision amends, then its number in capitals ('19 CFR PARTS
  12 AND 163 CBP DEC. 31–04'): that number is the decision's identifier.
- A digest of rulings closes each item with 'Ruling Date: …': the reported ruling's date (other), not the digest's.
- A CBP headquarters ruling's file reference printed with a space after each colon ('CLA-2: OT: RR: TCM: H241622 ERB')
  still gives the ruling's number ('HQ H241622').
- Who acts, where a schedule or register names no authority: Japan's customs system NACCS (a column, also spaced
  'N A C C S') and its tariff words in Japanese forms ('特恵税率' with 恵, '実行税率'); Australia's Tariff Concession
  Orders.

Every passage is written for these tests (none is copied from a set)."""

from nlp.pipeline import analyse
from tests.fact_readers import dates, identifier, jurisdiction, measures, rates, title


def codes(text: str) -> list[str]:
    return sorted({mention.code for mention in analyse(text)._.codes})


# --- statistical code and check digit in cells of their own --------------------------------------------------------

STATISTICAL_TABLE = (
    "| No. | Stat. Code No. | N A C C S | Description | \nUnit | Reference | \n"
    "\t| 28.01 | \n\t | \n\t | \n\tFluorine, chlorine, bromine and iodine: | \n\t | \n\t | \n\t\n"
    "\t| 2801.10 | \n\t000 | \n\t4 | \n\t-Chlorine | \n\t | \n\tKG | \n\t | \n\t\n"
    "\t| 2801.20 | \n\t000 | \n\t1 | \n\t-Iodine | \n\t | \n\tKG | \n\t | \n\t\n"
    "\t| 2801.30 | \n\t000 | \n\t5 | \n\t-Fluorine; bromine | \n\t | \n\tKG | \n\t | \n"
)


def test_subheadings_with_statistical_code_cells_and_their_heading_are_codes():
    assert codes(STATISTICAL_TABLE) == ["2801", "280110", "280120", "280130"]


def test_a_price_beside_a_count_once_is_no_statistical_row():
    text = "| Item | Price | Qty |\n| Widget | 1250.75 | \n\t12 | \n"
    assert codes(text) == []


# --- Japanese 9-digit item numbers, old and renumbered ------------------------------------------------------------

ITEM_NUMBER_TABLE = (
    "(別表2) 鉱工業品 品目番号 (~R5.12) 品目番号 (R6.1~) 品名 国 実行税率 特恵税率 輸入額 (千円) 連絡先 "
    "250510100 同左 けい砂 ベトナム 3.9% 無税 2,481,920 経済産業省 03-3501-1511 "
    "392690299 392690999 その他のプラスチック製品 タイ 3.9% 2.6% 5,902,113 経済産業省 03-3501-1511"
)


def test_japanese_item_numbers_in_old_and_new_columns_are_codes():
    assert codes(ITEM_NUMBER_TABLE) == ["250510100", "392690299", "392690999"]


def test_nine_digit_numbers_without_the_item_number_column_are_not_codes():
    text = "受付番号 250510100 同左 の申請について、本日付けで承認しました。"
    assert codes(text) == []


# --- an Arabic tariff record's hierarchy ---------------------------------------------------------------------------

ARABIC_RECORD = (
    "نتيجة البحث\n\nالقسم 16\nالفصل 84\nالبند الرئيسي 84.15\nالبند الفرعي 8415.10\n"
    "بند التعرفة 8415.10.90\nالوصف ـ غيرها\nالتعرفة 5.00 %\n"
)


def test_an_arabic_records_chapter_main_heading_and_subheading_are_codes():
    assert codes(ARABIC_RECORD) == ["84", "8415", "841510", "84151090"]


def test_a_statutes_chapter_over_its_numbered_sections_is_no_code():
    assert codes("CHAPTER 12\n12.01 Purpose of this chapter\n12.02 Definitions\n") == []


# --- a code glued to the next cell's number -----------------------------------------------------------------------

GLUED_REGISTER = (
    "Tariff Concession Orders\n\n"
    "Tariff ClassificationTCO NumberTCO descriptionOperative dateDecision date\n"
    "8479.89.901512345\nWINDERS, cable, automatic, having ALL of the following:\n"
    "   (a) winding speed of 200 m/min or greater;\n14/03/201502/06/2015\n"
    "8479.89.901809876\nPRESSES, baling, hydraulic\n21/09/201830/11/2018\n"
)


def test_a_classification_glued_to_its_order_number_is_read_without_it():
    assert codes(GLUED_REGISTER) == ["84798990"]


# --- a heading right before the rate cell --------------------------------------------------------------------------


def test_a_heading_named_before_the_rate_cell_is_a_code():
    text = (
        "(1) (2) (3) (4) (5) (6) 411A. 8471 30 90 Parts for use in manufacture of Set Top Boxes falling under "
        "heading 8528 10% - 9 ;"
    )
    assert codes(text) == ["84713090", "8528"]


def test_a_year_before_a_percentage_is_no_code():
    assert codes("Imports in 2031 5% above the level of the year before.") == []


# --- a chapter alone as an inserted row's code ---------------------------------------------------------------------


def test_chapters_opening_inserted_rows_after_the_column_numbers_are_codes():
    text = (
        "(12) after S. No. 140 and the entries relating thereto, the following S. Nos. and entries shall be inserted, "
        "namely: - (1) (2) (3) (4) (5) (6) 140A. 44 Wood in the rough, for use in the manufacture of match splints "
        "5% - 9; 140B 47 Pulp of wood, for use in the manufacture of newsprint Nil - - ;"
    )
    assert codes(text) == ["44", "47"]


def test_a_count_after_column_numbers_is_no_chapter_without_a_serial():
    text = "Columns (1) (2) (3) (4) give 12 Rows of data for each month."
    assert codes(text) == []


# --- who acts: a schedule's or register's own words ----------------------------------------------------------------


def test_a_statistical_schedule_with_a_naccs_column_is_japans():
    assert jurisdiction(STATISTICAL_TABLE) == ["JP"]


def test_a_table_of_applied_and_gsp_rates_in_japanese_forms_is_japans():
    assert jurisdiction(ITEM_NUMBER_TABLE) == ["JP"]


def test_a_register_of_tariff_concession_orders_is_australias():
    assert jurisdiction(GLUED_REGISTER) == ["AU"]


# --- a tariff book's running header ---------------------------------------------------------------------------------

TARIFF_BOOK_PAGE = (
    "Date: 2031-03-30 SCHEDULE 3 Customs & Excise Tariff\n\nSCHEDULE 3\n\nINDUSTRIAL REBATES OF CUSTOMS DUTIES\n\n"
    "NOTES:\n\n1. The rebates provided for in this Part apply to goods imported by a manufacturer registered for the "
    "purpose, subject to the conditions specified in each item.\n"
)


def test_a_tariff_books_running_header_dates_its_version():
    assert dates(TARIFF_BOOK_PAGE) == [("other", "2031-03-30")]


def test_a_tariff_books_running_header_is_no_title():
    assert title(TARIFF_BOOK_PAGE) != "Date: 2031-03-30 SCHEDULE 3 Customs & Excise Tariff"


def test_a_circulars_date_field_before_a_schedule_in_lower_case_is_its_date():
    text = "Circular No. 4 of 2031\nDate: 2031-03-30 Schedule 2 amendments to the tariff\nThe duties are amended.\n"
    assert ("document_date", "2031-03-30") in dates(text)


# --- rates: an Arabic record's tariff, a fibre's share -------------------------------------------------------------


def test_an_arabic_records_tariff_rate_is_a_rate():
    assert rates(ARABIC_RECORD) == [(5, "percent", None)]


def test_a_fibres_share_of_the_goods_is_no_rate():
    text = (
        "Tariff Concession Orders\nFABRIC, upholstery, in the roll, produced from 100% wool, having a width of 140 cm "
        "or greater\n"
    )
    assert rates(text) == []


def test_a_rate_beside_a_fibres_share_stays_a_rate():
    text = "FABRIC, woven, produced from 100% wool, is dutiable at 5% under the tariff concession order."
    assert rates(text) == [(5, "percent", None)]


# --- a Mexican NOM extended to goods --------------------------------------------------------------------------------


def test_goods_added_to_a_noms_annex_are_a_technical_regulation():
    text = (
        "Modificaciones al Anexo de Normas\n"
        "El 4 de mayo de 2031 se publicó en el Diario Oficial de la Federación el Acuerdo que modifica el Anexo 2.4.1.\n"
        "- Se adicionan las fracciones arancelarias 8516.60.99 y 8516.79.99 a la NOM-003-SCFI-2014, por lo que su "
        "importación deberá cumplir con dicha norma.\n"
    )
    assert "sps_tbt" in measures(text)


# --- a Customs Bulletin decision's number after the CFR parts ------------------------------------------------------


def test_a_bulletin_decisions_number_after_its_cfr_parts_is_its_identifier():
    text = (
        "U.S. Customs and Border Protection\n\n◆ DEPARTMENT OF THE TREASURY\n\n19 CFR PARTS 12 AND 163 CBP DEC. 31–04\n\n"
        "CHANGES TO RECORDKEEPING REQUIREMENTS\n\nAGENCY: U.S. Customs and Border Protection. ACTION: Final rule.\n"
    )
    assert identifier(text) in ("CBP DEC. 31–04", "CBP DEC. 31-04", "CBP Dec. 31-04")


# --- a digest's ruling dates --------------------------------------------------------------------------------------


def test_a_digests_ruling_date_fields_date_the_rulings_it_reports():
    text = (
        "Recent CBP NY Rulings\n\nThe following are short summaries of recent CBP NY rulings:\n\n"
        "N351234: The tariff classification of a ceramic mug from Portugal\n\n"
        'HTS: 6912.00.4810, 9.8%, "Ceramic tableware: other: mugs."\nItem: A stoneware mug.\nReason: N/A\n'
        "Ruling Date: May 6, 2031\n"
    )
    assert dates(text) == [("other", "2031-05-06")]


# --- a ruling's file reference with spaces after its colons --------------------------------------------------------


def test_a_rulings_file_reference_spaced_after_its_colons_gives_its_number():
    text = (
        "CLA-2: OT: RR: CTF: TCM: H351234 ABC\nPort Director\nU.S. Customs and Border Protection\n"
        "RE: Application for Further Review of Protest No. 2704-31-100123; ceramic mugs\nDear Port Director:\n"
    )
    assert identifier(text) == "HQ H351234"
