"""A gazette's issue line is the publication date; a place-and-date line or a numbered heading 'dtd.' is the
document date. Every passage is written for these tests, in other countries' forms and with other numbers than
any eval set."""

import pytest

from nlp.dates.extract import extract_dates

PUB, DOC = "publication", "document_date"


def typed(text):
    return {(d.type, d.date) for d in extract_dates(text, None, None)}


CASES = {
    "a weekly gazette's volume and number": (
        "Vol. 158, No. 31 — August 3, 2024\n\nGOVERNMENT NOTICES\n",
        {(PUB, "2024-08-03")},
    ),
    "volume and number spelt out": (
        "Volume 60, Number 12 - Friday, March 21, 2031\n\nNOTICE OF TARIFF CHANGES\n",
        {(PUB, "2031-03-21")},
    ),
    "an extraordinary gazette's number and weekday": (
        "No. 2210/14 - TUESDAY, MARCH 04, 2031 EXTRAORDINARY The Gazette of the Republic\n",
        {(PUB, "2031-03-04")},
    ),
    "a national journal's abbreviation heading the page": (
        "BOE 14/02/2031 - Boletín Oficial del Estado\nORDEN HAC/55/2031\n",
        {(PUB, "2031-02-14")},
    ),
    "an official journal of the union in another language, date after": (
        "IT Gazzetta ufficiale dell'Unione europea 22.9.2031\n\nAVVISO\n",
        {(PUB, "2031-09-22")},
    ),
    "a portuguese official journal named with its date": (
        "Jornal Oficial da União Europeia 5.11.2031\n\nAVISO\n",
        {(PUB, "2031-11-05")},
    ),
    "a place with a lowercase connector, then the date": (
        "RESOLUCIÓN 88/2031\n\nSanta Fe de Bogotá, 14/07/2031\n\nVISTO el expediente\n",
        {(DOC, "2031-07-14")},
    ),
    "a south asian notification heading abbreviates dated": (
        "Notification No. 12/2031-Customs (ADD), dtd. 9-6-2031\nWhereas the designated authority\n",
        {(DOC, "2031-06-09")},
    ),
    "the notification heading under a running head, with its file number": (
        "Customs--Notification (ADD)\nNotification No. 12/2031-Customs (ADD), dtd. 9-6-2031 [F.No. 354/7/2031-TRU]\n"
        "Whereas the designated authority\n",
        {(DOC, "2031-06-09")},
    ),
    "a cited notification at the start of a line is history": (
        "Customs--Notification (ADD)\nNotification No. 12/2031-Customs (ADD), dtd. 9-6-2031\n"
        "Whereas the designated authority has recommended the duty;\nNow, therefore, the Central Government orders:\n"
        "Notification No. 5/2030-Customs dated 3 March 2030 is hereby rescinded.\n",
        {(DOC, "2031-06-09"), ("other", "2030-03-03")},
    ),
    "a notice first published earlier says so": (
        "Updated 12 June 2031\n\nThis order was initially published on 4 March 2031 and applies from 1 April 2031.\n",
        {("other", "2031-06-12"), (PUB, "2031-03-04"), ("application_start", "2031-04-01")},
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_issue_lines_and_place_lines(name):
    text, expected = CASES[name]
    assert typed(text) == expected


PERIODS = {
    "extended for a number of years from a day": (
        "The countervailing duty on glass fibre rovings from Egypt is extended for three years from 14 May 2031.\n",
        {("application_start", "2031-05-14"), ("application_end", "2034-05-13")},
    ),
    "a period of months written in words and figures": (
        "The safeguard measure shall apply for a period of eighteen (18) months commencing on 1 February 2031.\n",
        {("application_start", "2031-02-01"), ("application_end", "2032-07-31")},
    ),
}


@pytest.mark.parametrize("name", sorted(PERIODS))
def test_a_period_stated_by_its_length_ends_the_day_before(name):
    text, expected = PERIODS[name]
    assert typed(text) == expected
