"""Typed dates: classes that the misses LEFT across all development sets showed (issue 15, round 20, residual dates).

Thai abbreviated months: Thai tariff tables and gazette schedules write months abbreviated ('1 ม.ค. 2582', '31 มี.ค.
2583', Buddhist Era years), which the finder read only spelled out ('1 มกราคม 2582'); a rate table's column heads give
each rate's period as three cells a line ('1 เม.ย. 2582<br />' / 'ถึง<br />' / '31 มี.ค. 2583<br />'): the joining word
alone on its line between two dates makes them a period (start, end), as 'ถึง' inline does.

Japanese periods: a duty's period is its two dates joined by 'から' ('2031年6月24日から2036年6月23日までの期間') or by a wave
dash under a label ('課税期間 2031年8月9日~2036年8月12日'); the first date is the start, not the document's date (final14,
final19: cabinet orders and customs notices, JP).

Reference periods: a period in which imports or actions are COUNTED (a report's 'actions taken during the period', a
condition 'if a country quota is exhausted in the period', 'à condition que les importations n'aient pas dépassé …
au cours de la période du … au …', a formula's term 'B is the quantity of goods … imported during the period beginning
on … and ending on …') is no period of the measure: both dates are `other` (final7 CA, read14-world WTO, read16-tables
FR and UK). A line a PDF wrapped mid-sentence is read with the line above it.

Country exceptions in a restated clause: an amending proclamation rewrites a clause that lists each stage with the
countries excepted and until when ('… except for Kazakhstan through 11:59 p.m. … on June 1, 2032, and except the
member countries of the European Union through … December 31, 2032, …'). The latest end of the exception of a
country the act deals with (an affected country) is the measure's end; the other exceptions' ends, and that
country's earlier ones, are restated (eval-dev, final7, final8, final9, final10: US section 232 proclamations).

Every passage is written for these tests."""

from tests.fact_readers import dates


def scored_dates(text: str) -> list[tuple[str, str]]:
    return [item for item in dates(text) if item[0] not in ("other", "registration")]


# --- Thai abbreviated months and a rate table's period heads -------------------------------------------------------

THAI_RATE_TABLE = (
    "ประกาศกระทรวงการคลัง\n\n"
    "ประเภท ประเภทย่อย รหัส<br />\n\n"
    "อัตราอากรตามราคาร้อยละ<br />\n\n"
    "1 เม.ย. 2582<br />\n\n"
    "ถึง<br />\n\n"
    "31 มี.ค. 2583<br />\n\n"
    "1 เม.ย. 2583<br />\n\n"
    "ถึง<br />\n\n"
    "31 มี.ค. 2584<br />\n\n"
    "1701.99.10 00 - - น้ำตาลทราย 5 ยกเว้นอากร<br />\n"
)


def test_thai_rate_table_heads_are_periods():
    """Class: Thai abbreviated months in a rate table's period heads, one cell a line."""
    assert scored_dates(THAI_RATE_TABLE) == [
        ("application_end", "2040-03-31"),
        ("application_end", "2041-03-31"),
        ("application_start", "2039-04-01"),
        ("application_start", "2040-04-01"),
    ]


def test_thai_abbreviated_months_inline_period():
    """Class: an inline period with abbreviated Thai months ('ตั้งแต่ 1 ก.ค. 2582 ถึง 30 มิ.ย. 2583')."""
    text = "ให้ลดอัตราอากรสำหรับสินค้าตามบัญชีท้ายประกาศนี้ ตั้งแต่ 1 ก.ค. 2582 ถึง 30 มิ.ย. 2583 เป็นต้นไป\n"
    assert scored_dates(text) == [("application_end", "2040-06-30"), ("application_start", "2039-07-01")]


# --- Japanese periods joined by 'から' or a wave dash -------------------------------------------------------------


def test_japanese_period_joined_by_kara():
    """Class: Japanese period 'XからYまでの期間' in an order's item list (the start was typed as the order's date)."""
    text = (
        "第一条 次に掲げる貨物には、不当廉売関税を課する。\n"
        "1号 関税定率法別表第3920.62号に掲げる物品のうちポリエステルフィルム\n"
        "2号 ルリタニア\n"
        "3号 2031年7月1日から2036年6月30日までの期間\n"
    )
    assert scored_dates(text) == [("application_end", "2036-06-30"), ("application_start", "2031-07-01")]


def test_japanese_period_with_wave_dash_under_label():
    """Class: a taxation period label and two dates joined by a wave dash, in a customs summary page."""
    text = "概要\n品目 関税率表第2836.40号に掲げる物品\n課税期間 2031年8月9日~2036年8月12日\n税率 32.9%\n"
    assert scored_dates(text) == [("application_end", "2036-08-12"), ("application_start", "2031-08-09")]


# --- reference periods: imports or actions counted in them --------------------------------------------------------


def test_report_period_wrapped_over_two_lines_is_no_period_of_a_measure():
    """Class: reference period of a report; the report's words on the line a PDF wrapped above the dates."""
    text = (
        "COMMITTEE ON SAFEGUARDS\n"
        "2. Semi-annual reports of safeguard actions\n"
        "taken during the period 1 July-31 December 2031\n"
        "have been received from the following Members: Ruritania; Freedonia.\n"
    )
    assert scored_dates(text) == []


def test_condition_on_a_quota_exhausted_in_a_period():
    """Class: reference period of a condition (a country quota exhausted in a quarter)."""
    text = (
        "Where the allocation for a named country is exhausted in the period 1 October 2031 to 31 December 2031, "
        "the residual quota for other countries may be drawn.\n"
    )
    assert scored_dates(text) == []


def test_formula_term_counting_imports_over_a_period():
    """Class: reference period of a formula's term (the quantity imported under permits in a period)."""
    text = (
        "the quantity determined by the formula\n"
        "C − D\n"
        "where\n"
        "C\n"
        "is the annual total set out in column 3 of the Schedule, and\n"
        "D\n"
        "is the quantity of goods of the same class that are imported during the period beginning on March 3, 2031 "
        "and ending on April 30, 2031 under a permit issued under the Act.\n"
    )
    assert scored_dates(text) == []


def test_french_condition_on_imports_not_exceeding_a_volume_in_a_period():
    """Class: reference period of a condition, French ('n'aient pas dépassé … au cours de la période du … au …')."""
    text = (
        "L'ouverture du contingent est subordonnée à la condition que les importations de concombres originaires "
        "de Ruritanie n'aient pas dépassé 12 000 tonnes au cours de la période du 1er novembre 2031 au 28 février 2032.\n"
    )
    assert scored_dates(text) == []


def test_a_quota_period_stated_for_the_measure_stays_a_period():
    """Counter-case: the measure's own quota period, with the quantity it allows, keeps its start and end."""
    text = (
        "A tariff quota of 3 000 tonnes is opened for the period 1 January 2031 to 31 December 2031 "
        "for goods of subheading 0703.10.\n"
    )
    assert scored_dates(text) == [("application_end", "2031-12-31"), ("application_start", "2031-01-01")]


# --- the end of a country's exception in a restated clause --------------------------------------------------------

RESTATED_CLAUSE = (
    "WHEREAS Kazakhstan's steel industry has been severely disrupted, and continuing the exemption of its steel "
    "articles from the additional duty for a further year is warranted;\n"
    "NOW, THEREFORE, I, the President of the United States of America, do hereby proclaim as follows:\n"
    "(1) Clause 2 of Proclamation 9999 is amended to read as follows:\n"
    "\u201c(2) an additional 25 percent ad valorem rate of duty on imports of steel articles from Kazakhstan shall "
    "not apply. The rate shall apply to imports (i) on or after 12:01 a.m. eastern daylight time on June 1, 2030, "
    "from all countries except Brazil and Kazakhstan through 11:59 p.m. eastern daylight time on June 1, 2031, "
    "and (ii) on or after 12:01 a.m. eastern daylight time on June 2, 2031, from all countries except Brazil, "
    "and except for Kazakhstan through 11:59 p.m. eastern daylight time on June 1, 2032, and except the member "
    "countries of the European\nUnion through 11:59 p.m. eastern standard time on December 31, 2032, for steel "
    "articles.\u201d\n"
    "IN WITNESS WHEREOF, I have hereunto set my hand this twenty-ninth day of May, in the year of our Lord two "
    "thousand thirty-one.\n"
)


def test_latest_exception_end_of_the_country_the_act_deals_with():
    """Class: country exception ends in a restated clause: only the affected country's latest end is the measure's."""
    ends = [item for item in scored_dates(RESTATED_CLAUSE) if item[0] == "application_end"]
    assert ends == [("application_end", "2032-06-01")]


def test_exception_ends_before_the_acts_date_stay_restated():
    """Class guard: a later act that ends every exception restates their old ends; none is its measure's end."""
    text = RESTATED_CLAUSE.replace("thirty-one.", "thirty-five.")
    ends = [item for item in scored_dates(text) if item[0] == "application_end"]
    assert ends == []
