"""Tariff codes: the round 22 probe matrix (issue 15), the ways a code is written and the numbers that are no codes.

Classes widened (each test below failed before):
- A range of solid or spaced codes written alike and joined by a bare hyphen ('76061200-76069200', '7606 12 00-7606 92
  00', TARIC '7606120010-7606920090'): one range, no codes of its own; years, dates and phone numbers stay out.
- A spaced code a printed line's end splits ('7208\\n51 98', '7208 51\\n20 00') after its keyword or the list's previous
  spaced code: one code, not its heading; a Japanese schedule number split inside its digits ('別表第020\\n7.11号').
- 'ex' written after the code, glued or spaced ('8716ex', '8704 ex'): the code with its ex flag, and a list goes on
  after it; an 'ex' before a digit is the next code's.
- A footnote's superscript mark after a code in a table cell ('8471.30.00¹').
- A form's placeholder of nines ('9999.99.9999', '999999') is no code; the U.S. special reporting numbers '9999.00.60'
  stay codes.
- A Chinese trade remedy notice's number after the tariff book's title ('《…进出口税则》：39071000').

Near misses that already held are kept as guards (marked so). Every passage is written for these tests.
"""

from nlp.pipeline import analyse


def codes(text: str) -> list[str]:
    return sorted({mention.code for mention in analyse(text)._.codes})


def ranges(text: str) -> list[tuple[str, str]]:
    return sorted((found.code_from, found.code_to) for found in analyse(text)._.code_ranges)


# --- a range joined by a bare hyphen ---------------------------------------------------------------------------------
def test_solid_cn_codes_joined_by_a_hyphen_are_one_range():
    text = "Aluminium plates of CN codes 76061200-76069200 are excluded from the scope of the surveillance."
    assert ranges(text) == [("76061200", "76069200")]
    assert codes(text) == []


def test_spaced_cn_codes_joined_by_a_hyphen_are_one_range():
    text = "The suspension covers goods of CN codes 2712 90 31-2712 90 39 imported for refining."
    assert ranges(text) == [("27129031", "27129039")]


def test_taric_codes_joined_by_a_hyphen_are_one_range():
    assert ranges("Goods of TARIC codes 7606120010-7606920090 are released free of duty.") == [
        ("7606120010", "7606920090")
    ]


def test_date_and_phone_spans_of_eight_digits_are_no_range():  # near miss
    text = "For CN code 7606 12 00 see the reporting period 20240101-20241231 or call 22956789-22954321."
    assert ranges(text) == []
    assert codes(text) == ["76061200"]


# --- a spaced code split at a line's end -----------------------------------------------------------------------------
def test_spaced_code_split_at_a_line_end_in_a_list():
    text = (
        "The products concerned are currently classified under CN codes 7219 12 10, 7219 12 90, 7219\n"
        "13 10 and 7219 13 90."
    )
    assert codes(text) == ["72191210", "72191290", "72191310", "72191390"]


def test_ten_digit_code_split_after_its_subheading():
    assert codes("Goods declared under commodity code 8504 40\n30 00 must carry the certificate.") == ["8504403000"]


def test_japanese_schedule_number_split_at_a_line_end():
    text = "豚肉(関税定率法別表第020\n3.12号及び第02\n03.19号に掲げる物品)の割当数量"
    assert codes(text) == ["020312", "020319"]


def test_japanese_item_number_of_an_act_split_at_a_line_end_is_no_code():  # near miss (held before)
    assert codes("令和7年法律第12\n3号により改正された関税定率法") == []


def test_count_on_the_next_line_is_no_wrapped_code():  # near miss (held before)
    assert codes("Tonnage landed in 2025\n14 30 vessels, 12 50 crews.") == []


# --- 'ex' after the code ---------------------------------------------------------------------------------------------
def test_ex_glued_after_a_heading():
    found = {m.code: m.ex for m in analyse("Relief applies to semi-trailers of heading 8716ex only.")._.codes}
    assert found == {"8716": True}


def test_ex_after_each_heading_of_a_list():
    text = "Import ban, HS codes 8702 ex and 8703 ex: used passenger vehicles older than eight years."
    found = {m.code: m.ex for m in analyse(text)._.codes}
    assert found == {"8702": True, "8703": True}


def test_ex_before_a_digit_belongs_to_the_next_code():  # guard (held before)
    found = {m.code: m.ex for m in analyse("Licensing applies to HS code 8702 ex 8704.")._.codes}
    assert found == {"8702": False, "8704": True}


def test_price_ex_works_and_an_ex_post_review_are_no_ex_headings():  # near miss (held before; guards the ex mark)
    assert codes("Sold at 1250 ex works in the 1735 ex post review of these products.") == []


def test_exhibit_after_a_number_is_no_ex_heading():  # near miss (held before)
    assert codes("The petition, pages 3105 Ex. 12, was filed with the Commission.") == []


# --- a footnote mark after a code ------------------------------------------------------------------------------------
def test_superscript_footnote_mark_after_a_code_in_a_cell():
    text = "| Tariff item | Description | Rate |\n| 8517.13.00¹ | Smartphones | Free |\n| 8517.14.00 | Other | Free |"
    assert codes(text) == ["85171300", "85171400"]


def test_square_metres_are_no_code():  # near miss (held before)
    assert codes("The warehouse measures 5000 m² and the yard 7208 m².") == []


# --- placeholders ----------------------------------------------------------------------------------------------------
def test_form_placeholder_of_nines_is_no_code():
    text = "In block 29 enter the HTS number (for example 9999.99.9999); filer code 999999 is a placeholder."
    assert codes(text) == []


def test_us_special_reporting_number_of_heading_9999_stays_a_code():  # guard
    assert codes("| HTS | Note |\n| 9999.00.84 | Appropriate Chapter 1-97 HTS number |") == ["99990084"]


# --- the Chinese tariff book's title before the number ---------------------------------------------------------------
def test_number_after_the_chinese_tariff_book_title():
    text = "调查范围：原产于美国的进口聚甲醛，该产品归在《中华人民共和国进出口税则》：39072010项下。"
    assert codes(text) == ["39072010"]


# --- near misses of the matrix that held before (guards) -------------------------------------------------------------
def test_quota_order_numbers_in_a_table_are_no_codes():  # near miss (held before)
    assert codes("| Order number | Quota volume |\n| 09.4521 | 14,000 tonnes |\n| 09.4522 | 2,500 tonnes |") == []


def test_cas_numbers_beside_a_cn_code():  # near miss (held before)
    assert codes("Vinylidene chloride (CAS RN 75-35-4) of CN code 2903 29 00 and toluene (CAS RN 108-88-3).") == [
        "29032900"
    ]


def test_whole_schedule_named_generically_is_no_chapter():  # near miss (held before)
    assert codes("The additional duty applies to every article of chapters 1 through 97 of the HTSUS.") == []


def test_chapter_as_a_notes_address_is_no_chapter():  # near miss (held before)
    assert codes("Chapter 17, Additional U.S. Note 5 is modified by deleting the quantity shown.") == []


def test_docket_and_investigation_numbers_are_no_codes():  # near miss (held before)
    assert codes("[A-580-914; C-580-915] Investigation Nos. 701-TA-733 and 731-TA-1702 (Final).") == []


def test_dotted_dates_and_file_numbers_are_no_codes():  # near miss (held before)
    assert codes("Dated 14.07.2025. F. No. 354/18/2025-TRU. Die Verordnung gilt ab 01.09.2025.") == []
