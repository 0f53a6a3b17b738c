"""Round 25's review of the date rules, by class: a lunar Hijri date as Saudi and Gulf texts write it
('1447/02/10هـ', '1446/04/12 H') is no Solar Hijri date, nor is a Persian resolution's number cited in an English
text; a date swapped out of a provision that says it starts something is a postponed start, not an end. Each rule's
own case is kept: a Persian text's numeric date, a suspension's end moved by a swap. Passages written for these
tests."""

from nlp.dates.finder import find_dates
from tests.fact_readers import dates


def _years(text: str) -> list[int]:
    return sorted(int(day[:4]) for _, day in dates(text))


SAUDI_DECISION = (
    "قرار مجلس الوزراء رقم (٢٠٥) وتاريخ 1447/02/10هـ\n"
    "بشأن تعديل الرسوم الجمركية على واردات الأسمنت إلى ١٥٪ اعتباراً من 1448/01/01 هـ.\n"
)


def test_a_saudi_lunar_hijri_date_is_no_solar_hijri_date():
    """Class: an Arabic text's 'year/month/day' followed by هـ is lunar: never a day of 2068."""
    assert not [year for year in _years(SAUDI_DECISION) if year > 2040]


GULF_CIRCULAR_IN_ENGLISH = (
    "ZATCA Circular No. 44/1446 dated 1446/04/12 H (15 October 2024) on the customs duty on ceramic tiles.\n"
    "The duty of 12% applies from the date of the circular.\n"
    "Source: هيئة الزكاة والضريبة والجمارك\n"
)


def test_an_english_texts_lunar_date_beside_an_arabic_source_line():
    """Class: one Arabic line in an English text opens no Solar Hijri reading of '1446/04/12 H'."""
    assert [day for _, day in dates(GULF_CIRCULAR_IN_ENGLISH)] == ["2024-10-15"]


PERSIAN_NUMBER_IN_ENGLISH = (
    "Iran: Cabinet Decision No. 1403/07/22 (in Persian, تصویب‌نامه هیئت وزیران) of 2024 raised the import duty on"
    " mobile phones of heading 8517 to 20% with effect from 1 March 2025. Prepared on 2 June 2031 for background.\n"
)


def test_a_persian_resolutions_number_is_no_date():
    """Class: 'No. 1403/07/22' is a resolution's number, even where Persian words stand near it."""
    assert "2024-10-13" not in [day for _, day in dates(PERSIAN_NUMBER_IN_ENGLISH)]


def test_a_persian_texts_numeric_date_is_still_solar_hijri():
    """The rule's own class: '۱۴۱۰/۰۴/۰۱' in a Persian notice, with or without 'ه.ش', is 22 June 2031."""
    for text in ("ابلاغیه گمرک مورخ ۱۴۱۰/۰۴/۰۱ ه.ش", "بخشنامه گمرک مورخ ۱۴۱۰/۰۴/۰۱"):
        assert [str(found.date) for found in find_dates(text)] == ["2031-06-22"]


POSTPONED_START = (
    "Customs and Excise (Tariff) (Amendment) Regulations, 2031 (No. 22)\n"
    "1. The Customs and Excise (Tariff) Regulations, 2031, are amended in section 4 (which provides that the reduced"
    " rate of duty of 15% on tariff heading 1006.30 shall come into effect on 1st March, 2032) by the deletion of"
    " “1st March, 2032” and the substitution of “1st September, 2032”.\n"
)


def test_a_postponed_start_swapped_for_a_later_date_is_no_end():
    """Class: the date swapped out is the provision's start, so the later one is a start moved, not an end."""
    assert ("application_end", "2032-09-01") not in dates(POSTPONED_START)


EXTENDED_SUSPENSION = (
    "Customs and Excise (Suspended Duty) (Amendment) Regulations, 2031 (No. 9)\n"
    "1. The Customs and Excise (Suspended Duty) Regulations are amended in section 12B (“Suspension of duty on"
    " wheat flour”)\n(a) by the deletion of “30th June, 2031” and the substitution of “30th June, 2033”.\n"
    "2. These regulations shall come into effect on 1st June, 2031.\n"
)


def test_a_suspensions_end_swapped_for_a_later_one_is_its_end():
    """The rule's own class: a suspension's date swapped for a later one extends it: the new date is its end."""
    assert ("application_end", "2033-06-30") in dates(EXTENDED_SUSPENSION)
