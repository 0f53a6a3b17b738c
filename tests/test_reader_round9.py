"""What a reader of the digest met in round 9, on passages written for these tests: phone and mobile numbers in
letterheads of other languages read as tariff codes, rate rows quoted with their list marker or the instruction
that leads to the figure, and the crawler's guessed title taken from a ministry letterhead or a site's export
stamp."""

import pytest

from crawler.titles import title_from_text
from nlp.pipeline import analyse
from nlp.rates.rows import row_label

LETTERHEAD = """CÔNG TY CỔ PHẦN XUẤT NHẬP KHẨU MINH LONG
Địa chỉ: 45 Lê Lợi, Quận 1, TP. Hồ Chí Minh
ĐT: (028) 3822 4411 DĐ: 0913 45 67 89
Tfno.: 91 349 38 00
Mob: 0712 34 56 78
Puh. 0295 16 0010
Tlf. 2211 0344
Тел.: 8 495 123 45 67

Kính gửi: Cục Hải quan TP. Hồ Chí Minh
Công ty đề nghị xác định trước mã số cho mặt hàng cà phê rang, mã HS 0901 21 00.
"""


def test_phone_and_mobile_numbers_of_a_letterhead_are_no_codes():
    codes = [code.code for code in analyse(LETTERHEAD)._.codes]
    assert codes == ["09012100"]


RATE_TABLE = """G.S.R. 412(E). - The Central Government hereby exempts the goods specified in column (3) of the Table below from so
much of the duty of customs leviable thereon as is in excess of the standard rate specified in column (4), namely -

Table

S. No. Tariff item Description of goods Standard
rate
(1) (2) (3) (4)
1. 2008 11 10 Groundnuts,    roasted 22.5%
2. 1514 11 00 Low erucic rape seed oil, crude 12%
"""


def test_a_numbered_rate_row_is_quoted_without_its_serial_number_and_runs_of_spaces():
    rows = {(str(rate.value), rate.applies_to) for rate in analyse(RATE_TABLE)._.rates}
    assert rows == {
        ("22.5", "2008 11 10 Groundnuts, roasted"),
        ("12", "1514 11 00 Low erucic rape seed oil, crude"),
    }


@pytest.mark.parametrize(
    "line, label",
    [
        ("-   Cotton swabs (medical):  Increase rate to 35", "Cotton swabs (medical)"),
        ("•  Blood pressure cuffs: raised to 40", "Blood pressure cuffs"),
        ("(b) Steel wire rod: rate of duty 15", "Steel wire rod"),
        ("iv)  Hangzhou   Sunrise Tyre Co., Ltd. 38.5", "Hangzhou Sunrise Tyre Co., Ltd."),
        ("‘ 12", None),
    ],
)
def test_a_row_label_drops_the_list_marker_and_the_words_leading_to_its_figure(line, label):
    assert row_label(line, len(line)) == label


def test_a_ministry_letterhead_is_not_a_guessed_title():
    page = "Ministry of Agriculture, Food and Rural Affairs\nPress Release\nKorea opens tariff quotas for 12 items in 2033\n"
    assert title_from_text(page) == "Korea opens tariff quotas for 12 items in 2033"


def test_a_site_export_stamp_is_not_a_guessed_title():
    page = "Exported by: Westfield Metals Pty Ltd\nNotice of termination of the review of dumping duties\n"
    assert title_from_text(page) == "Notice of termination of the review of dumping duties"


EXTENSION = """DECISION No. 41

On the extension of the anti-dumping measure

The Board of the Eurasian Economic Commission decided:
1. To extend until 14 March 2033 inclusive the anti-dumping measure applied by means of the anti-dumping duty at the
rate of 21.45 per cent of the customs value on steel wheels originating in the People's Republic of China.
"""


def test_a_measure_applied_by_means_of_a_duty_is_no_definition_and_gives_its_rate():
    assert [(str(rate.value), rate.unit) for rate in analyse(EXTENSION)._.rates] == [("21.45", "percent")]
