"""Typed dates that the few words before a date do not decide (issue 15, round 19, read22-dates): the classes its
misses showed. A Federal Register page copied from a two-column PDF puts a line of the other column between the
previous notice's '[FR Doc. … Filed …]' line and its 'BILLING CODE' line: the marks still close that notice, whose
'Dated:' line is not this document's. A register's timeline of an act lists one event a line, the date first and its
kind AFTER it ('January 1, 2031 Application - See Art 2', 'November 7, 2030 Entry into force - Date pub. +20'): the
kind names the date, and 'Date pub. +20' dates the publication twenty days before the entry into force (derived);
EUR-Lex's dates block names each 'Date of effect' by its kind after it ('Date of effect: 01/01/2032; Application').
A legal database's notes under a Russian act's heading name LATER acts ('Утратило силу решением … от …', 'Продление
действия:' over the prolonging decision, 'Срок действия … продлен по … решением …'): their dates are those acts', not
this act's date or end. A database's in-force line in the future tense ('Вступит в силу 23 декабря 2031 года') is the
entry into force, and a rate set 'с даты вступления в силу настоящего Решения по …' starts that day (derived). A
republisher's bare date line over a notice's place-and-date line ('Ottawa, April 17, 2031') is no date of the notice;
a site's content-type label over a date line ('ARTICLE' / '30 September 2031') marks the item's own posting date.
A portal's pair of record stamps ('Date of publication: 05.12.2031 09:32' / 'Date of changing: …') dates the page that
copies an act, not the act.
Every passage is written for these tests."""

from tests.fact_readers import dates


def scored_dates(text: str) -> list[tuple[str, str]]:
    return [item for item in dates(text) if item[0] not in ("other", "registration")]


# --- a previous notice's closing marks split by the other column ----------------------------------------------------

INTERLEAVED_PAGE = (
    "Large Diameter Welded Pipe From Ruritania: Final Results of Sunset Review, 40211-40212 [2031-17788]\n"
    "Federal Register / Vol. 96, No. 150 / Monday, August 4, 2031 / Notices\n"
    "Dated: July 29, 2031.\n"
    "Harriet L. Osgood,\n"
    "Deputy Assistant Secretary for Policy.\n"
    "received a notice of intent to participate\n"
    "[FR Doc. 2031-17702 Filed 8-1-31; 8:45 am]\n"
    "from the domestic interested parties within\n"
    "BILLING CODE 3510-DS-P\n"
    "the deadline specified in the regulations.\n"
    "DEPARTMENT OF COMMERCE\n"
    "International Trade Administration\n"
    "[A-999-801]\n"
    "Large Diameter Welded Pipe From Ruritania: Final Results of Sunset Review\n"
    "SUMMARY: Commerce finds that revocation of the antidumping duty order would be likely to lead to continuation "
    "of dumping.\n"
)


def test_a_previous_notices_dated_line_split_from_its_billing_code_is_not_this_notices_date():
    assert scored_dates(INTERLEAVED_PAGE) == [("publication", "2031-08-04")]


# --- a register's timeline: the kind after the date ----------------------------------------------------------------

TIMELINE = (
    "Commission Implementing Regulation (EU) 2030/2214 of 2 October 2030 opening tariff quotas for certain frozen fish "
    "fillets for 2031 and 2032\n"
    "Amendments and corrections\n"
    "December 31, 2032 End of validity - See Art 3\n"
    "January 1, 2031 Application - See Art 3\n"
    "October 25, 2030 Entry into force - Date pub. +20 See Art 3\n"
    "Consolidated texts\n"
)


def test_a_timelines_event_kind_after_the_date_types_it():
    assert ("application_start", "2031-01-01") in scored_dates(TIMELINE)
    assert ("entry_into_force", "2030-10-25") in scored_dates(TIMELINE)


def test_a_timelines_entry_into_force_counted_from_publication_dates_the_publication():
    assert ("publication", "2030-10-05") in scored_dates(TIMELINE)


# --- a legal database's notes about later acts -----------------------------------------------------------------------

STATUS_NOTES = (
    "РЕШЕНИЕ СОВЕТА ЕВРАЗИЙСКОЙ ЭКОНОМИЧЕСКОЙ КОМИССИИ\n"
    "14 марта 2030 г. № 12\n"
    "г. Москва\n"
    "Об установлении ставки ввозной таможенной пошлины в отношении отдельных видов полиамидных нитей\n"
    "Утратило силу решением Совета Евразийской экономической комиссии от 9 октября 2033 г. № 61\n"
    "Вступило в силу 14 апреля 2030 года\n"
    "Продление действия:\n"
    "Решение Совета Евразийской экономической комиссии от 20 мая 2031 г. № 33\n"
    "Срок действия ставки ввозной таможенной пошлины продлен по 31 декабря 2032 г. включительно решением Совета "
    "Евразийской экономической комиссии от 20 мая 2031 г. № 33\n"
    "В соответствии со статьями 42 и 45 Договора Совет решил:\n"
)


def test_a_database_note_on_a_later_prolongation_is_not_this_acts_date_or_end():
    assert scored_dates(STATUS_NOTES) == [("document_date", "2030-03-14"), ("entry_into_force", "2030-04-14")]


# --- a Russian in-force line in the future tense, and a rate from the entry into force --------------------------------

RATE_FROM_ENTRY_INTO_FORCE = (
    "Об установлении ставки ввозной таможенной пошлины в отношении отдельных видов катодов\n\n"
    "Вступит в силу 11 февраля 2031 года\n\n"
    "Коллегия Евразийской экономической комиссии решила:\n"
    "1. Установить ставку ввозной таможенной пошлины в отношении отдельных видов катодов в размере 0 процентов от "
    "таможенной стоимости с даты вступления в силу настоящего Решения по 31 января 2033 г. включительно.\n"
)


def test_a_future_in_force_line_is_the_entry_into_force():
    assert ("entry_into_force", "2031-02-11") in scored_dates(RATE_FROM_ENTRY_INTO_FORCE)


def test_a_rate_from_the_acts_entry_into_force_starts_that_day():
    assert ("application_start", "2031-02-11") in scored_dates(RATE_FROM_ENTRY_INTO_FORCE)
    assert ("application_end", "2033-01-31") in scored_dates(RATE_FROM_ENTRY_INTO_FORCE)


# --- a republisher's date line over a notice's place-and-date line --------------------------------------------------

COPIED_NOTICE = (
    "Customs Notice 31-07: Ruritania Surtax Remission Order\n\n"
    "June 2, 2031\n\n"
    "Updated June 2, 2031:  Customs Notice 31-07: Ruritania Surtax Remission Order:\n\n"
    "Customs Notice 31-07: Ruritania Surtax Remission Order\n\n"
    "Ottawa, March 12, 2031\n\n"
    "Updated: June 2, 2031\n\n"
    "1. The purpose of this Customs Notice is to advise of the Ruritania Surtax Remission Order.\n"
)


def test_a_bare_date_line_over_the_notices_place_line_is_not_its_date():
    assert scored_dates(COPIED_NOTICE) == [("document_date", "2031-03-12")]


# --- a site's content-type label over the item's date line ----------------------------------------------------------


def test_a_date_under_a_sites_article_label_is_the_items_publication():
    text = (
        "ARTICLE\n"
        "14 October 2031\n\n"
        "Two Upcoming Deadlines At The Trade Representative\n\n"
        "The Trade Representative is seeking comments on whether the exclusions should be extended.\n"
    )
    assert scored_dates(text) == [("publication", "2031-10-14")]


# --- a portal's record stamps over a copied act ---------------------------------------------------------------------


def test_a_portals_publication_and_change_stamps_are_not_the_acts_publication():
    text = (
        "Date of publication: 14.03.2031 10:47\n"
        "Date of changing: 15.03.2031 08:02\n\n"
        "Об установлении ставки ввозной таможенной пошлины в отношении отдельных видов катодов\n\n"
        "Вступит в силу 11 апреля 2031 года\n"
    )
    assert scored_dates(text) == [("entry_into_force", "2031-04-11")]


EURLEX_DATES_BLOCK = (
    "Commission Implementing Regulation (EU) 2031/1412 of 9 September 2031 fixing the trigger volumes for 2032\n"
    "Document information\n"
    "Dates\n"
    "Date of document: 09/09/2031\n"
    "Date of effect: 30/09/2031; Entry into force Date pub. +20 See Art 2\n"
    "Date of effect: 01/01/2032; Application See Art 2\n"
    "Date of end of validity: 31/12/2032; See Art 2\n"
)


def test_a_date_of_effect_named_application_is_the_start_of_application():
    assert ("application_start", "2032-01-01") in scored_dates(EURLEX_DATES_BLOCK)
    assert ("entry_into_force", "2032-01-01") not in scored_dates(EURLEX_DATES_BLOCK)


def test_a_date_of_effect_counted_from_publication_dates_the_publication():
    assert ("publication", "2031-09-10") in scored_dates(EURLEX_DATES_BLOCK)
