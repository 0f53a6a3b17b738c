"""The Atom feed's links and the calendar's events, from a document written for the test, extracted for real."""

from __future__ import annotations

from lxml import etree

from tests.digest_helpers import add_documents, pin_first_seen, set_base_url, write_digest

ATOM = "{http://www.w3.org/2005/Atom}"
QUOTA_TEXT = """COMMISSION IMPLEMENTING REGULATION (EU) 2031/884 of 3 March 2031 opening and providing for the \
administration of a Union tariff quota for certain cold-rolled flat products of stainless steel originating in the \
Republic of Korea

THE EUROPEAN COMMISSION,

HAS ADOPTED THIS REGULATION:

Article 1

A tariff quota of 12 500 tonnes is opened for cold-rolled flat products of stainless steel falling within CN codes \
7219 33 10 and 7219 34 10 originating in the Republic of Korea.

Article 2

This Regulation shall enter into force on 10 March 2031.

It shall apply from 1 January 2032 until 31 December 2032.

Interested parties may submit comments until 30 June 2031.
"""
TITLE = (
    "Commission Implementing Regulation (EU) 2031/884 opening and providing for the administration of a Union "
    "tariff quota for certain cold-rolled flat products of stainless steel originating in the Republic of Korea"
)


def quota_project(project, url: str) -> None:
    set_base_url(project)
    add_documents(project, [{"title": TITLE, "text": QUOTA_TEXT, "url": url, "published_date": "2031-03-04"}])
    pin_first_seen(project, "2031-03-04")


def test_atom_entry_has_one_alternate_link_and_its_change_page_as_related(project):
    quota_project(project, "https://eur-lex.example/eli/reg_impl/2031/884/oj")
    feed = etree.fromstring(write_digest(project, "atom", "2031-03-04").encode("utf-8"))
    (entry,) = feed.findall(f"{ATOM}entry")
    links = [(link.get("rel"), link.get("href")) for link in entry.findall(f"{ATOM}link")]
    assert links == [
        ("alternate", "https://eur-lex.example/eli/reg_impl/2031/884/oj"),
        ("related", "https://tariffwatch.example/changes/1"),
    ]


def test_atom_entry_without_official_link_has_its_change_page_once(project):
    quota_project(project, "file:///inbox/quota.txt")
    feed = etree.fromstring(write_digest(project, "atom", "2031-03-04").encode("utf-8"))
    (entry,) = feed.findall(f"{ATOM}entry")
    links = [(link.get("rel"), link.get("href")) for link in entry.findall(f"{ATOM}link")]
    assert links == [("alternate", "https://tariffwatch.example/changes/1")]


def events(calendar: str) -> list[tuple[str, str]]:
    """(DTSTART, SUMMARY) of each event, folded lines joined back (RFC 5545 3.1)."""
    unfolded = calendar.replace("\r\n", "\n").replace("\n ", "")
    found = []
    for block in unfolded.split("BEGIN:VEVENT")[1:]:
        fields = dict(line.split(":", 1) for line in block.splitlines() if ":" in line)
        found.append((fields["DTSTART;VALUE=DATE"], fields["SUMMARY"]))
    return found


def test_calendar_lists_every_upcoming_typed_date_and_no_past_one(project):
    quota_project(project, "https://eur-lex.example/eli/reg_impl/2031/884/oj")
    # 20 March 2031: in force since the 10th (past); comments, application start and end still ahead.
    cut = "Commission Implementing Regulation (EU) 2031/884 opening and providing for the administration of a Union tariff quota…"
    assert events(write_digest(project, "ics", "2031-03-20")) == [
        ("20310630", f"Comments due: {cut} (EU)"),
        ("20320101", f"Applies from: {cut} (EU)"),
        ("20321231", f"Applies until: {cut} (EU)"),
    ]


def test_calendar_includes_a_date_falling_today(project):
    quota_project(project, "https://eur-lex.example/eli/reg_impl/2031/884/oj")
    assert [start for start, _ in events(write_digest(project, "ics", "2031-03-10"))] == [
        "20310310",
        "20310630",
        "20320101",
        "20321231",
    ]
