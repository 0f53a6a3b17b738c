"""Persian official texts and the Solar Hijri calendar, by class (round 25): a resolution of Iran's Council of Ministers
and an Afghan decree's dates. The converter is checked on days whose common-era dates are known (Nowruz, the leap
year's 30 Esfand, 1 January); the passages are written for these tests in the style of those acts."""

from datetime import date

import pytest

from nlp.dates.finder import find_dates
from nlp.dates.solar_hijri import solar_hijri_to_gregorian
from tests.fact_readers import affected, dates, jurisdiction, measures


@pytest.mark.parametrize(
    ("solar", "common"),
    [
        ((1403, 1, 1), date(2024, 3, 20)),  # Nowruz after a common year
        ((1404, 1, 1), date(2025, 3, 21)),  # ... after the leap year 1403
        ((1403, 12, 30), date(2025, 3, 20)),  # the leap year's 30 Esfand
        ((1402, 10, 11), date(2024, 1, 1)),
        ((1404, 4, 1), date(2025, 6, 22)),  # 1 Tir
        ((1395, 12, 30), date(2017, 3, 20)),
    ],
)
def test_solar_hijri_days_convert_to_their_common_era_days(solar, common):
    assert solar_hijri_to_gregorian(*solar) == common


def test_a_day_its_month_lacks_is_no_date():
    """Near miss: the months from Mehr have 30 days ('31 مهر' is no day), and a common year's Esfand 29."""
    assert find_dates("تاریخ: ۳۱ مهر ۱۴۱۰") == []
    with pytest.raises(ValueError):
        solar_hijri_to_gregorian(1410, 12, 30)


def test_persian_and_afghan_month_names_and_the_numeric_form():
    """Class: '۱ تیر ۱۴۱۰' (Iran's month names), '۱ سرطان ۱۴۱۰' (Afghanistan's) and '۱۴۱۰/۰۴/۰۱' in a Persian text
    are 22 June 2031."""
    for text in ("از ۱ تیر ۱۴۱۰", "از ۱ سرطان ۱۴۱۰", "ابلاغیه مورخ ۱۴۱۰/۰۴/۰۱"):
        assert [found.date for found in find_dates(text)] == [date(2031, 6, 22)]


IRANIAN_RESOLUTION = (
    "جمهوری اسلامی ایران\nهیئت وزیران\n"
    "تاریخ: ۱۴۱۰/۰۳/۱۵\nشماره: ۴۵۱۲۳/ت۶۱۲۰۰هـ\n"
    "تصویب‌نامه در خصوص حقوق ورودی کالاها\n"
    "هیئت وزیران در جلسه ۱۴۱۰/۰۳/۱۲ تصویب کرد:\n"
    "۱- حقوق ورودی کالاهای مشمول ردیف تعرفه ۸۷۰۳۲۱۱۰ از تاریخ ۱ تیر ۱۴۱۰ تا ۲۹ اسفند ۱۴۱۰ به میزان پنج درصد تعیین"
    " می‌شود.\n"
    "۲- این تصویب‌نامه از تاریخ ۱ تیر ۱۴۱۰ لازم‌الاجرا است.\n"
)


def test_an_iranian_resolutions_date_line_period_and_entry_into_force():
    """Class: 'تاریخ: <date>' heading the resolution is its date; 'از تاریخ ... تا ...' (from ... until) its period;
    '... لازم‌الاجرا است' (is enforceable from) its entry into force; import duties set ('حقوق ورودی ... تعیین
    می‌شود'): a rate change, Iran's act. The session's date ('در جلسه <date>') is no end nor start."""
    found = dates(IRANIAN_RESOLUTION)
    assert ("document_date", "2031-06-05") in found
    assert ("application_start", "2031-06-22") in found
    assert ("application_end", "2032-03-19") in found
    assert ("entry_into_force", "2031-06-22") in found
    assert not [kind for kind, day in found if day == "2031-06-02" and kind != "other"]
    assert measures(IRANIAN_RESOLUTION) == ["duty_rate_change"]
    assert jurisdiction(IRANIAN_RESOLUTION)[:1] == ["IR"]


def test_a_persian_anti_dumping_duty_on_goods_of_china():
    """Same classes: 'عوارض ضد دامپینگ' (anti-dumping duty) on goods of 'جمهوری خلق چین' (China)."""
    text = "هیئت وزیران تصویب کرد: بر واردات کالاهای با منشأ جمهوری خلق چین عوارض ضد دامپینگ وضع می‌شود.\n"
    assert measures(text) == ["anti_dumping"]
    assert affected(text) == ["CN"]
