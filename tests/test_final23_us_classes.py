"""US quota bulletins, proclamations and CBP messages, by class (round 20 second pass, final23 3401-3407): an HTS
number printed with commas for its dots is a code; a quota bulletin's 'Restraint Levels:' label with a run of spaces
still heads its allocation field, and a line that allots one quantity to countries joined by 'and' allots it to each;
products listed in an annex that 'shall no longer be subject to' a duty an earlier proclamation imposed are carved out
of it (an exclusion), while a whole origin's duty ending stays a rate change; an origin that 'will not be subject to'
the additional duties of a chapter 99 heading is carved out of them, and for a bounded period the duty is suspended
for it (the duty's type beside the exclusion); goods 'excluded from importation' are banned, their origin targeted, not
excepted. Every passage is written for these tests."""

from nlp.codes.finder import find_codes
from tests.fact_readers import affected, measures


def test_an_hts_number_printed_with_commas_for_dots_is_a_code():
    text = "HTS Numbers:\n\nLow Rate - First Tariff Field\n\n  • 0406,10,0800\n  • 0406.20.2900\n  • 0406.90.1200\n"
    codes, _ = find_codes(text)
    assert [code.code for code in codes] == ["0406100800", "0406202900", "0406901200"]


def test_amounts_grouped_by_thousands_stay_amounts():
    codes, _ = find_codes("The aggregate of 2,105,000 kilograms and 1,016,046 kilograms is allotted.\n")
    assert codes == []


BULLETIN = (
    "QB 31-207 Cheese Products 04 AUSN 16\n\n"
    "Quota Period:\n\n"
    "January 1, 2031, through December 31, 2031\n\n"
    "Restraint  Levels:\n\n"
    "Aggregate 9,200,000 kgs.\n\n"
    "Of the quantitative limitations provided for in this note, the countries listed below shall have access to a"
    " quantity of not less than (MAQ):\n\n"
    "Quantitative Limits\n"
    "Country Quantity\n"
    "Ruritania 2,500,000 KGS\n"
    "Norway and Sweden (aggregated) 310,000 KGS\n\n"
    "HTS Numbers:\n\n"
    "  • 0406.90.1200\n"
)


def test_a_restraint_levels_label_with_a_run_of_spaces_heads_the_allocations():
    assert "NO" in affected(BULLETIN)


def test_countries_sharing_one_allocation_line_are_each_allotted():
    assert {"NO", "SE"} <= set(affected(BULLETIN))


def test_annex_products_no_longer_subject_to_an_earlier_duty_are_an_exclusion():
    text = (
        "(1)  Certain products of Ruritania, as set forth in Annex I, Part B to this proclamation, imported into the"
        " United States shall no longer be subject to the additional ad valorem duty of 35 percent imposed pursuant"
        " to Proclamation 12001.  These changes shall be effective with respect to goods entered for consumption on"
        " or after 12:01 a.m. eastern time on March 3, 2031.\n"
    )
    assert "exclusion" in measures(text)


def test_a_whole_origin_no_longer_subject_to_its_duty_is_no_exclusion():
    text = (
        "Sec. 2.  Tariff Modifications.  Effective with respect to goods entered for consumption on or after 12:01"
        " a.m. eastern standard time on March 3, 2031, products of Ruritania imported into the United States shall no"
        " longer be subject to the additional ad valorem rate of duty of 20 percent imposed pursuant to Executive"
        " Order 15001.\n"
    )
    assert "exclusion" not in measures(text)


SUSPENSION = (
    "GUIDANCE\n"
    "Effective March 1, 2031, imports of aluminum articles that are products of Moldova will not be subject to"
    " additional duties under HTSUS subheading 9903.85.01 and 9903.85.03 from 12:00 a.m. March 1, 2031, through"
    " 11:59 p.m. on March 1, 2032.\n"
)


def test_an_origin_relieved_of_a_chapter_99_duty_is_an_exclusion():
    assert "exclusion" in measures(SUSPENSION)


def test_an_origin_relieved_of_a_duty_for_a_bounded_period_suspends_that_duty():
    assert measures(SUSPENSION) == ["duty_rate_change", "exclusion"]


def test_goods_excluded_from_importation_are_banned_not_excepted():
    text = (
        "(1)  Except as otherwise provided in this proclamation, certain products of Canada, as set forth in the Annex"
        " to this proclamation, are excluded from importation into the United States, effective with respect to goods"
        " imported on or after 12:01 a.m. eastern time on March 3, 2031.\n"
    )
    assert "CA" in affected(text)
