"""iCalendar feeds (RFC 5545, the `icalendar` library) of upcoming dates: entry into force,
application end and comment deadlines, globally and per subscription, for Outlook or Google."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from icalendar import Calendar, Event

from digest.build import UPCOMING_TYPES
from digest.entry import EntryOptions
from digest.links import change_page, safe_url
from digest.matching import subscription_matches
from digest.words import DATE_WORDS
from nlp import EXTRACTOR_VERSION
from tariffwatch.store import Store

CALENDAR_DAYS = 366
LOOKBACK_DAYS = 30  # keep recent dates too, so a calendar client does not drop what it just showed


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
    start = day - timedelta(days=LOOKBACK_DAYS)
    rows = store.upcoming_dates(
        start.isoformat(), (day + timedelta(days=CALENDAR_DAYS)).isoformat(), UPCOMING_TYPES, EXTRACTOR_VERSION
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
    ev.add("summary", f"{DATE_WORDS[item['type']].capitalize()}: {item['title'][:150]} ({item['jurisdiction'] or '?'})")
    ev.add("description", "\n\n".join(p for p in (item["summary"], item["sentence"], f"Evidence: {page}") if p))
    ev.add("url", item["link"])
    ev.add("transp", "TRANSPARENT")
    return ev


def _stamp(created_at: str | None) -> datetime:
    try:
        return datetime.fromisoformat(created_at).astimezone(UTC)
    except (TypeError, ValueError):
        return datetime(2000, 1, 1, tzinfo=UTC)
