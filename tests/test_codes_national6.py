"""Code notations and list layouts, round 5 of issue 15: chapters listed after a colon with ranges ('for
chapters: 1, 5 - 6, 9') in a trade agreement's summary, a list of bare codes split into groups under short
captions below its introduction, the code inside a SACU schedule's item number ('215.02/7210.49.10/01.08') and
South Africa's 7-digit subheadings ('0207.14.9'), and the year and page of a Swiss official collection
('AS 2016 4127') that look like a CN code. Every passage is written for the test with other goods and numbers
than any evaluation document."""

from tests.test_codes import covered, found


def chapters(*numbers):
    return {(number, "chapter", False, "covered") for number in numbers}


def test_chapters_listed_after_a_colon_with_ranges():
    # a customs authority's summary of a new free trade agreement's tariff schedule
    text = (
        "Summary of the Canada / Ecuador agreement\n\n"
        "- Duty-free entry from day one for chapters: 3, 8 - 10, 44, 50 - 63.\n\n"
        "- Tariffs are phased out over seven years within these chapters: 4, 16 - 17, 22.\n"
    )
    assert found(text) == (chapters("03", "44", "04", "22"), {("08", "10"), ("50", "63"), ("16", "17")})


def test_a_chapter_of_a_statute_after_a_colon_is_no_code():
    text = "Part II\nChapter: 4\nDefinitions and interpretation of terms used in this Act.\n"
    assert found(text) == (set(), set())


def test_a_list_of_codes_split_into_captioned_groups():
    # a border-control notice: one introduction, then each control regime's codes under its own caption
    text = (
        "From 1 March, pre-notification will be required for the following commodity codes:\n\n"
        "Plant health checks\n\n"
        "- 0602\n- 060210\n- 121190\n\n"
        "Wood packaging checks:\n"
        "- 4415\n- 441510\n"
    )
    assert found(text) == (covered("0602", "060210", "121190", "4415", "441510"), set())


def test_captioned_groups_of_numbers_without_a_code_introduction_are_not_codes():
    text = "Direct lines of the licensing office:\n\nImport permits team\n\n- 4412\n- 4413\n\nExport team\n- 4420\n"
    assert found(text) == (set(), set())


def test_a_sentence_between_the_introduction_and_the_numbers_ends_the_list():
    text = (
        "The measure covers the following commodity codes:\n- 030311\n\n"
        "Figures for the past season are given below in tonnes.\n- 1205\n- 1206\n"
    )
    assert found(text) == (covered("030311"), set())


def test_the_code_inside_a_sacu_schedule_item_number():
    # a South African anti-dumping and rebate amendment: item number / tariff subheading / check digits
    text = (
        "The anti-dumping duty on polypropylene film originating in Egypt is levied under Dumping Item "
        "214.06/3920.20.10/02.06. Rebate item 460.03/8703.23/01.05 applies to vehicles assembled locally. "
        "Rebate Items 301.00-399.00 remain unchanged."
    )
    assert found(text) == (covered("39202010", "870323"), set())


def test_a_south_african_seven_digit_subheading():
    text = "The duty applies to canned tuna classifiable in tariff subheading 1604.14.1 from Thailand."
    assert found(text) == ({("1604141", "7digit", False, "covered")}, set())


def test_the_year_and_page_of_a_swiss_official_collection_are_no_code():
    text = (
        "Fassung gemäss Ziff. I der V vom 4. Mai 2016, in Kraft seit 1. Juli 2016 (AS 2016 4127). "
        "Parts such as 8708 29 10 remain duty-free."
    )
    assert found(text) == (covered("87082910"), set())
