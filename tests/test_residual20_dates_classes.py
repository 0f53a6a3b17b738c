"""Typed dates: classes that the misses LEFT across all development sets showed (issue 15, round 20, residual dates).

Thai abbreviated months: Thai tariff tables and gazette schedules write months abbreviated ('1 ม.ค. 2582', '31 มี.ค.
2583', Buddhist Era years), which the finder read only spelled out ('1 มกราคม 2582'); a rate table's column heads give
each rate's period as three cells a line ('1 เม.ย. 2582<br />' / 'ถึง<br />' / '31 มี.ค. 2583<br />'): the joining word
alone on its line between two dates makes them a period (start, end), as 'ถึง' inline does.

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
