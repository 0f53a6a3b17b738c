"""Typed dates: absolute forms, relative forms resolved against the document's dates, traps."""

import pytest

from nlp.dates.extract import extract_dates


def typed(text, published=None, jurisdiction=None):
    return {(d.type, d.date, d.derived) for d in extract_dates(text, published, jurisdiction)}


@pytest.mark.parametrize(
    "text,expected",
    [
        ("This Regulation shall enter into force on 1 January 2025.", ("entry_into_force", "2025-01-01")),
        ("These duties are effective January 1, 2025.", ("entry_into_force", "2025-01-01")),
        ("It shall apply from 1.1.2025.", ("application_start", "2025-01-01")),
        ("The measure applies to goods entered on or after 2025-01-01.", ("entry_into_force", "2025-01-01")),
        ("Comments must be received on or before March 3, 2025.", ("comment_deadline", "2025-03-03")),
        ("The exemption has been extended until 30 May 2024.", ("application_end", "2024-05-30")),
        ("The tariff quota shall expire on 31 December 2026.", ("expiry", "2026-12-31")),
        ("Dated: April 4, 2016.", ("document_date", "2016-04-04")),
        ("Done at Brussels, 24 April 2017.", ("document_date", "2017-04-24")),
        (
            "IN WITNESS WHEREOF, I have hereunto set my hand this twenty-seventh day of May, in the year of our "
            "Lord two thousand twenty-two, and of the Independence",
            ("document_date", "2022-05-27"),
        ),
        ("Le présent règlement entre en vigueur le 1er janvier 2025.", ("entry_into_force", "2025-01-01")),
        ("Diese Verordnung tritt am 1. Januar 2025 in Kraft.", ("entry_into_force", "2025-01-01")),
        ("Elle est applicable à partir du 15 mars 2025.", ("application_start", "2025-03-15")),
        ("Sie gilt ab dem 1. März 2025.", ("application_start", "2025-03-01")),
        ("Fait à Bruxelles, le 14 novembre 2026.", ("document_date", "2026-11-14")),
    ],
)
def test_absolute_forms_are_typed(text, expected):
    assert (*expected, False) in typed(text)


def test_a_period_gives_start_and_end():
    assert typed("Quota period: From 21.9.2017 to 31.12.2017") >= {
        ("application_start", "2017-09-21", False),
        ("application_end", "2017-12-31", False),
    }


def test_period_of_review_is_background():
    dates = typed("The period of review (POR) is March 1, 2014, through February 28, 2015.")
    assert {d[0] for d in dates} == {"other"}


@pytest.mark.parametrize(
    "text,published,expected",
    [
        (
            "This Regulation shall enter into force on the twentieth day following that of its publication in the "
            "Official Journal of the European Union.",
            "2025-03-10",
            ("entry_into_force", "2025-03-30"),
        ),
        (
            "This Regulation shall enter into force on the day following that of its publication.",
            "2025-03-10",
            ("entry_into_force", "2025-03-11"),
        ),
        (
            "Interested parties may submit written comments within 30 days of the date of publication of this notice.",
            "2016-04-15",
            ("comment_deadline", "2016-05-15"),
        ),
        (
            "Le présent règlement entre en vigueur le vingtième jour suivant celui de sa publication.",
            "2025-03-10",
            ("entry_into_force", "2025-03-30"),
        ),
        (
            "Diese Verordnung tritt am zwanzigsten Tag nach ihrer Veröffentlichung in Kraft.",
            "2025-03-10",
            ("entry_into_force", "2025-03-30"),
        ),
    ],
)
def test_relative_forms_are_resolved_and_marked_derived(text, published, expected):
    assert (*expected, True) in typed(text, published)


def test_relative_to_the_document_date():
    text = (
        "IN WITNESS WHEREOF, I have hereunto set my hand this first day of March, in the year of our Lord "
        "two thousand twenty-five. The duties apply to goods entered 30 days after the date of this proclamation."
    )
    assert ("entry_into_force", "2025-03-31", True) in typed(text)


def test_registration_anchors_the_day_on_which_it_is_registered():
    text = "P.C. 2025-500 2025-04-07\nRegistration 2025-04-10\nThis Order comes into force on the day on which it is registered."
    assert ("entry_into_force", "2025-04-10", True) in typed(text)


def test_explicit_date_wins_over_the_registration_fallback():
    text = (
        "Registration 2025-04-08\nThis Order comes into force on April 9, 2025, but if it is registered after "
        "that day, it comes into force on the day on which it is registered."
    )
    eif = {d for d in typed(text) if d[0] == "entry_into_force"}
    assert eif == {("entry_into_force", "2025-04-09", False)}


def test_no_dates_from_codes_or_bare_numbers():
    text = "Products of CN code 7208 10 00 and subheading 7208.10, heading 2025, 1 2 2025, 3000 tonnes in 2024."
    assert typed(text) == set()


def test_restated_history_is_other():
    text = (
        "IN WITNESS WHEREOF, I have hereunto set my hand this twenty-seventh day of May, in the year of our "
        "Lord two thousand twenty-two. Clause 2 is revised to read: duties apply on or after 12:01 a.m. "
        "eastern daylight time on March 23, 2018, and on or after 12:01 a.m. eastern daylight time on June 1, 2022."
    )
    dates = typed(text)
    assert ("other", "2018-03-23", False) in dates
    assert ("entry_into_force", "2022-06-01", False) in dates


def test_dates_of_earlier_acts_are_other():
    dates = typed(
        "Having regard to Council Regulation (EC) No 384/96 of 22 December 1995 on protection against dumped imports"
    )
    assert dates == {("other", "1995-12-22", False)}


def test_us_slashes_are_month_first():
    assert ("entry_into_force", "2025-03-04", False) in typed("Effective 03/04/2025.", jurisdiction="US")
    assert ("entry_into_force", "2025-04-03", False) in typed("Effective 03/04/2025.", jurisdiction="GB")


def test_canada_gazette_registration_line_anchors_registration():
    text = (
        "Registration\nSOR/2025-118 April 8, 2025\nCUSTOMS TARIFF\nP.C. 2025-463 April 7, 2025\n"
        "This Order comes into force on the day on which it is registered."
    )
    dates = typed(text)
    assert ("registration", "2025-04-08", False) in dates and ("document_date", "2025-04-07", False) in dates
    assert ("entry_into_force", "2025-04-08", True) in dates


def test_injury_period_considered_is_background():
    text = (
        "The examination of trends relevant for the assessment of injury covered the period from 1 January 2022 "
        "to the end of the review investigation period ('period considered')."
    )
    assert {d[0] for d in typed(text)} == {"other"}


def test_effective_on_the_date_of_publication():
    dates = typed("This notice is effective on the date of publication in the Federal Register.", "2025-03-10")
    assert ("entry_into_force", "2025-03-10", True) in dates


def test_deadline_with_a_time_without_minutes():
    dates = typed("Comments must be received no later than 5 p.m. on March 3, 2025.")
    assert ("comment_deadline", "2025-03-03", False) in dates


def test_federal_register_raw_text_header_is_the_publication_date():
    text = "[Federal Register Volume 91, Number 222 (Wednesday, November 18, 2026)]\n[Notices]\n[Pages 88012-88014]"
    assert ("publication", "2026-11-18", False) in typed(text)


def test_gov_uk_published_and_updated_lines():
    dates = typed(
        "Tariff stop press notice 05/2024\nPublished 12 March 2024\nLast updated 14 March 2024\n"
        "From 1 April 2024 the following commodity codes change."
    )
    assert ("publication", "2024-03-12", False) in dates and ("other", "2024-03-14", False) in dates
    assert ("entry_into_force", "2024-04-01", False) in dates


def test_in_force_on_the_day_it_is_published():
    dates = typed(
        "This Order comes into force on the day on which it is published in the Canada Gazette, Part II.", "2025-06-04"
    )
    assert ("entry_into_force", "2025-06-04", True) in dates
