"""Quota volumes and rates, round 7 second pass of issue 15, on passages written for these tests: a quota bulletin
written as labelled blocks (its volumes one per line under 'RESTRAINT LEVELS:', each with or without its country on
the line before; its period in the 'QUOTA PERIOD:' block), litres written 'L', the volumes an amendment writes into a
quota note's quantity column as quoted bare figures ('… the “Quantity (kg)” column … the quantity “2,150,000”');
company rates with the TARIC additional codes opened after the letter series, and rates a recital only contemplates."""

from tests.test_rates_quotas import quotas
from tests.test_rates_round7 import values

BULLETIN = """QB 27-114 2028 Raw Cane Sugar Tariff Rate
COMMODITY:
Raw cane sugar provided for in Chapter 17, Additional U.S. Note 5
QUOTA PERIOD:
October 1, 2027 through September 30, 2028
OPENING DATE:
Monday, October 2, 2027 at 12:00 PM Eastern Daylight Time
RESTRAINT LEVELS:
Raw Cane Sugar (global) 1,117,000 kg
Dominican Republic
185,335,000 kg
Philippines (certificate required) 142,160,000 kg
HTS NUMBERS:
99031705 1701.13.1000
REPORTING INSTRUCTIONS:
Report in kilograms. Entries of 2,000 kg or more need a certificate.
"""


def test_a_bulletins_volumes_one_per_line_under_their_label():
    period = ("2027-10-01", "2028-09-30")
    assert quotas(BULLETIN) == [
        (1117000, "kg", *period),
        (185335000, "kg", *period),
        (142160000, "kg", *period),
    ]


def test_a_label_about_something_else_makes_no_volume():
    text = "PRODUCT:\nTomato paste\nPACKAGING:\nDrums of 220 kg\nCartons holding 12 cans of 3 kg\n"
    assert quotas(text) == []


def test_litres_written_l_in_a_restraint_table():
    text = (
        "RESTRAINT LEVEL:\nThe aggregate quantity of qualifying goods allowed under the subheadings is:\n"
        "99125301 | U.S. Note 21 | 7,450 L |\n99125305 | U.S. Note 22 | 12,300 Kg |\n"
    )
    assert quotas(text) == [(7450, "litres", None, None), (12300, "kg", None, None)]


def test_volumes_an_amendment_writes_into_a_quantity_column():
    text = (
        "ANNEX\n\nEffective with respect to goods entered on or after January 1, 2029, subchapter IX of chapter 99 is"
        " hereby modified as follows:\n\n"
        "1.  U.S. note 2 to such subchapter is modified by adding at the end of the “Applicable period” column in the"
        " table “Calendar year 2029” and by adding at the end of the “Quantity (kg)” column opposite such year the"
        " quantity “2,150,000”.\n\n"
        "2.  U.S. note 9 to such subchapter is modified by inserting in the “Quantity (tonnes)” column the figure"
        " “3,400”.\n"
    )
    assert quotas(text) == [(2150000, "kg", "2029-01-01", "2029-12-31"), (3400, "tonnes", None, None)]


def test_a_quoted_figure_outside_a_quantity_column_is_no_volume():
    text = (
        "1.  Heading 9903.88.15 is modified by inserting in the “Rate of duty (%)” column the figure “25”.\n\n"
        "2.  The article description of subheading 9903.88.16 is modified by striking “1,500” and inserting “2,000”.\n"
    )
    assert quotas(text) == []


def test_company_rows_with_new_series_additional_codes_and_a_group_over_several_paragraphs():
    # the TARIC additional codes opened after the letter series ('89QK', '8999'), a group of related producers one a
    # paragraph before its figure, and the row sending to the annex's list ('See Annex')
    text = (
        "Article 1\n\n(2) The rates of the definitive anti-dumping duty applicable to the net, free-at-Union-frontier"
        " price, before duty, of the product described in paragraph 1 and produced by the companies listed below"
        " shall be as follows:\n\n"
        "Country Company Definitive anti-dumping duty (%) TARIC additional code\n"
        "Republic of Korea Hanbit Valve Industries Co., Ltd 23,4 89QK\n"
        "Republic of Korea\n\nSeorin Cylinder Corporation\n\nSeorin Metal Works Co., Ltd\n\n31,2 89QL\n"
        "Republic of Korea Other cooperating companies listed in the Annex 27,9 See Annex\n"
        "Republic of Korea All other imports originating in the Republic of Korea 44,6 8999\n"
    )
    assert values(text) == [(23.4, "percent"), (27.9, "percent"), (31.2, "percent"), (44.6, "percent")]


def test_a_rate_a_recital_only_contemplates_is_none():
    text = (
        "By the President of the United States of America\n\nA Proclamation\n\n"
        "1.  Partners that conclude an agreement might see the additional duty on their goods lowered to 5 percent.\n\n"
        "2.  My willingness to lower the duty to 0 percent will depend on the partner's commitments.\n\n"
        "NOW, THEREFORE, I do hereby proclaim as follows:\n\n"
        "(1)  The Secretary shall publish the procedures for such agreements in the Federal Register.\n"
    )
    assert values(text) == []


def test_free_alone_in_its_cell_of_a_table_printed_one_cell_a_line():
    schedule = (
        "Part 1 of Schedule No. 1 to the said Act is hereby amended to the extent set out in the Schedule hereto.\n"
        "By the substitution of the following:\nHeading/\nSubheading |\nCD |\nArticle Description |\n"
        "Statistical Unit |\nRate of Duty |\nGeneral |\nEU |\nSADC |\n"
        "8467.29.40 |\n3 |\n- - Electric hedge\ntrimmers |\nu |\n15% |\nfree |\nfree |\n"
    )
    assert values(schedule) == [(0, "percent"), (15, "percent")]
    form = "Applicant |\nLicence |\nFee |\nRuritania Steel Ltd |\nfree |\n"
    assert values(form) == []
