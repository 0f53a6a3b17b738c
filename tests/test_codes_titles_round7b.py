"""Codes and titles of document kinds the rules had not met (issue 15, round 7 second pass), on passages written for
these tests: a quota bulletin's rows pairing a solid chapter 99 number with the dotted HTS number it is reported with,
under an 'HTS NUMBERS:' label; a table's chapter column ('06') before a dotted tariff item, which is no phone number's
trunk prefix; a bulletin's masthead line ('… Stop Press Notice - 3 Mar 2031') as its title, while a bulletin opening
with its first item's heading has none; a portal's 'Notification No. …, Dated <date>' line is no title."""

from tests.test_codes import covered, found
from tests.test_reader_r7 import read


def test_a_bulletins_rows_of_a_chapter_99_number_and_its_hts_number_under_their_label():
    text = (
        "HTS NUMBERS:\nFirst Tariff Field Second Tariff Field\nLOW RATE\n"
        "99041205 1202.41.0500\n99041205 1202.42.0500\n99041210 2008.11.0500\n"
    )
    assert found(text) == (covered("99041205", "1202410500", "1202420500", "99041210", "2008110500"), set())


def test_solid_figures_under_a_label_of_no_codes_stay_figures():
    text = "RESTRAINT LEVELS:\nArticle A 12345678 1234.56\nREPORTING INSTRUCTIONS:\nReport in kilograms\n"
    assert found(text) == (set(), set())


def test_a_chapter_column_before_a_dotted_tariff_item_is_no_phone_prefix():
    text = (
        "The following tariff items were subject to description changes.\n\n"
        "Chapter Tariff Item Language of the modified description\n"
        "07 0709.60.10 French\n0709.99.20 English\n08 0811.90.10 English and French\n"
    )
    assert found(text)[0] == covered("07096010", "07099920", "08119010")
    assert found("For queries call 020 7215 5000 or 0300 200 3700.") == (set(), set())


STOP_PRESS = (
    "Tariff Stop Press Notice - 3 Mar 2031\n\n"
    "Includes upcoming changes to commodity codes and quota updates.\n\n"
    "Commodity code changes\n\nThe following commodity codes will be end-dated on 4 March 2031:\n\n"
    "Commodity | Description\n8501 3100 10 | Brushless motors\n\n"
    "Quota updates\n\nThe following quota will reopen from 4 March 2031 at the in-quota rate.\n"
)
FIRST_ITEM_FIRST = (
    "Measure updates\n\nPlease add the following:\n\nCommodity | Measure\n8501 3100 10 | Suspension\n\n"
    "Additional code changes\n\nThe following additional codes have been end-dated on 4 March 2031.\n"
)


def test_a_bulletins_masthead_is_its_title_and_its_first_items_heading_is_none():
    assert read(STOP_PRESS, "GB")[0] == "Tariff Stop Press Notice - 3 Mar 2031"
    assert read(FIRST_ITEM_FIRST, "GB") == (None, None)


def test_a_portals_number_and_date_line_is_no_title():
    text = (
        "Notification No. 41/2031, Dated 12 June 2031\n\n"
        "GOVERNMENT OF INDIA\nMINISTRY OF FINANCE\n(DEPARTMENT OF REVENUE)\n\n"
        "NOTIFICATION No. 41/2031-Customs (ADD)\n\nNew Delhi, the 12th June, 2031\n\n"
        "G.S.R. (E). - Whereas the designated authority has recommended a duty.\n"
    )
    assert read(text, "IN")[0] is None
