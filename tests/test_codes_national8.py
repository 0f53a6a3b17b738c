"""Code notations, round 7 of issue 15: a list after its keyword mixing notations as South African and Asian
gazettes write them (dotted headings '56.02', 5-digit subheadings '5407.4', 6- and 8-digit ones), a Chinese
notification's list ('HS编码:07.01、07.02和07.09'), an English SPS record's 'HS Code(s): 16.01', a list whose first
code is a heading its keyword does not stand right before ('on commodities 0407, 040721'), and phone and fax numbers
in other languages that look like codes. Every passage is written for the test with other goods and numbers than
any evaluation document."""

from tests.test_codes import covered, found


def test_a_list_after_its_keyword_mixing_dotted_headings_and_five_digit_subheadings():
    text = (
        "Amendment to Part 1 of Schedule No. 3 by the creation of rebate provisions on knitted fabrics classifiable in"
        " tariff subheadings 60.01, 6004.1, 6005.37, 60.06 and 6006.22.90, for the manufacture of goods classifiable"
        " in tariff subheadings 61.09 and 62.12 – Report 731."
    )
    assert found(text) == (
        covered("6001", "60041", "600537", "6006", "60062290", "6109", "6212"),
        set(),
    )


def test_a_chinese_list_of_dotted_headings():
    text = "涵盖的产品:新鲜蔬菜(HS编码:07.01、07.02、07.06和07.09),柑橘属水果(HS编码:08.05)"
    assert found(text) == (covered("0701", "0702", "0706", "0709", "0805"), set())


def test_a_notification_record_s_hs_codes_written_with_a_dot():
    assert found("Products covered: HS Code(s): 16.01, 16.02 and 1604.14; prepared meat") == (
        covered("1601", "1602", "160414"),
        set(),
    )


def test_figures_and_dates_are_no_short_codes():
    text = "Prices rose from 12.50 to 13.75 per unit; positions 00.12 and 2024.1 of the list were left blank."
    assert found(text) == (set(), set())


def test_a_heading_opening_a_list_its_keyword_introduces():
    text = (
        "There have been changes to the declaration requirements on commodities 0407, 040721, 040729 and 0408, "
        "which now need the health certificate."
    )
    assert found(text) == (covered("0407", "040721", "040729", "0408"), set())


def test_a_count_before_a_code_opens_no_list():
    assert found("The panel reviewed 1204 entries; 030211 was one of the codes checked.") == (set(), set())


def test_phone_and_fax_numbers_in_other_languages_are_not_codes():
    assert found("咨询点 传真:+ (86 10) 6519 7000 电话:6519 7012") == (set(), set())
    assert found("Télécopieur : 0144 8765 12; téléphone 0144 8765 10") == (set(), set())
    assert found("Telefon: 0228 9958 12 00, Fax: + (49 228) 9958 1299") == (set(), set())


INSERTION = (
    "In the said notification, in the Table, after S. No. 312 and the entries relating thereto, the following S. No."
    " and entries shall be inserted, namely: -\n\n1\n\n2\n\n3\n\n4\n\n“312 B.\n\n8906\n\n"
    "Warships converted for use as training vessels:\n\nProvided that the vessel is not re-exported.\n\nNil\n\n-”\n"
)


def test_the_code_cell_of_a_row_an_amendment_inserts():
    assert found(INSERTION) == (covered("8906"), set())


def test_a_number_below_a_plain_serial_or_without_an_insertion_is_no_code():
    assert found(INSERTION.replace("312 B.", "312.")) == (set(), set())
    assert found(INSERTION.replace("following S. No. and entries shall be inserted", "following changes are made")) == (
        set(),
        set(),
    )


def test_codes_in_full_width_and_arabic_indic_digits_are_read_in_ascii():
    assert found("対象品目:HS コード ０８０５．１０ 及び ０８０５．２１") == (covered("080510", "080521"), set())
    assert found("税则号列０８０５．１０．００的商品") == (covered("08051000"), set())
    assert found("تخضع السلع الواردة تحت البند الجمركي رقم ٠٨٠٥٫١٠ لرسم إضافي") == (covered("080510"), set())
    assert found("البند ٠٨٠٥ (الحمضيات)") == (covered("0805"), set())


def test_codes_grouped_with_thin_or_narrow_no_break_spaces():
    assert found("Les produits relevant du code NC 0805\u202f10\u202f20 sont soumis au droit.") == (
        covered("08051020"),
        set(),
    )
    assert found("Products of CN code 0805\u200910\u200920 are covered.") == (covered("08051020"), set())


def test_arabic_indic_years_counts_and_phone_numbers_are_no_codes():
    assert found("بتاريخ ٢٠٢٤ وعدد ١٢٣٤ طلبا، رقم الهاتف ٠١٢٣٤٥٦٧٨٩") == (set(), set())
    assert found("Le contingent est fixé à 1\u202f250 tonnes pour 2026.") == (set(), set())


def test_lists_of_headings_in_chinese_japanese_spanish_and_portuguese():
    assert found("HS编码:0805、0806和0807") == (covered("0805", "0806", "0807"), set())
    assert found("税号 0805，0806") == (covered("0805", "0806"), set())
    assert found("HS コード 0805、0806 及び 0807") == (covered("0805", "0806", "0807"), set())
    assert found("las posiciones 0805, 0806 y 0807") == (covered("0805", "0806", "0807"), set())
    assert found("as posições 0805 e 0806") == (covered("0805", "0806"), set())


def test_chinese_years_articles_times_and_phone_numbers_are_no_codes():
    assert found("2019、2020和2021年,第1、2和3条,时间:1030,电话:6519 7012") == (set(), set())
