"""iCalendar feeds (RFC 5545, the `icalendar` library) of upcoming dates: entry into force,
application start and end, expiry and comment deadlines, from the day asked on, globally and per
subscription, for Outlook or Google."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from icalendar import Calendar, Event

from digest.entry import EntryOptions
from digest.links import change_page, safe_url
from digest.matching import subscription_matches
from digest.words import DATE_WORDS
from nlp import EXTRACTOR_VERSION
from tariffwatch.store import Store

# Every typed date a reader plans around (publication and the document's own date are history).
CALENDAR_TYPES = ("entry_into_force", "application_start", "application_end", "expiry", "comment_deadline")
CALENDAR_DAYS = 731  # two years: a quota period opening next January still shows its end
TITLE_CHARS = 120  # of the event title; longer titles are cut at a word


def calendar_for(store: Store, day: date, options: EntryOptions, subscription: dict | None = None) -> str:
    items = upcoming_items(store, day, options)
    if subscription is not None:
        changes = store.changes_by_id(sorted({item["change_id"] for item in items}))
        items = [i for i in items if subscription_matches(subscription, changes[i["change_id"]])]
    calendar = Calendar()
    calendar.add("prodid", "-//tariffwatch//trade-regulation dates//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "tariffwatch: your dates" if subscription else "tariffwatch: upcoming dates")
    for item in items:
        calendar.add_component(event(item, options))
    return calendar.to_ical().decode("utf-8")


def upcoming_items(store: Store, day: date, options: EntryOptions) -> list[dict]:
    rows = store.upcoming_dates(
        day.isoformat(), (day + timedelta(days=CALENDAR_DAYS)).isoformat(), CALENDAR_TYPES, EXTRACTOR_VERSION
    )
    return [
        {
            "change_id": row["change_id"],
            "type": row["type"],
            "date": row["date"],
            "title": " ".join((row["title"] or "Untitled document").split()),
            "jurisdiction": row["jurisdiction"],
            "summary": row["summary"],
            "sentence": row["sentence"],
            "created_at": row["created_at"],
            "link": safe_url(row["url"]) or change_page(options.base_url, row["change_id"]),
        }
        for row in rows
    ]


def event(item: dict, options: EntryOptions) -> Event:
    day = date.fromisoformat(item["date"])
    page = change_page(options.base_url, item["change_id"])
    ev = Event()
    ev.add("uid", f"{item['change_id']}-{item['type']}-{item['date']}@tariffwatch")
    ev.add("dtstamp", _stamp(item["created_at"]))
    ev.add("dtstart", day)
    ev.add("dtend", day + timedelta(days=1))
    ev.add(
        "summary", f"{DATE_WORDS[item['type']].capitalize()}: {shorten(item['title'])} ({item['jurisdiction'] or '?'})"
    )
    ev.add("description", "\n\n".join(p for p in (item["summary"], item["sentence"], f"Evidence: {page}") if p))
    ev.add("url", item["link"])
    ev.add("transp", "TRANSPARENT")
    return ev


def shorten(title: str, limit: int = TITLE_CHARS) -> str:
    """The title, or its words up to `limit` characters and an ellipsis: never cut inside a word."""
    if len(title) <= limit:
        return title
    cut = title[: limit + 1].rsplit(" ", 1)[0] if " " in title[:limit] else title[:limit]
    return cut.rstrip(" ,;:-–") + "…"


def _stamp(created_at: str | None) -> datetime:
    try:
        return datetime.fromisoformat(created_at).astimezone(UTC)
    except (TypeError, ValueError):
        return datetime(2000, 1, 1, tzinfo=UTC)
