"""An Atom feed of the daily digests (feedgen), for feed readers and other tools."""

from __future__ import annotations

from datetime import UTC, datetime, time

from feedgen.feed import FeedGenerator

from nlp import EXTRACTOR_VERSION
from tariffwatch.store import Store


def digest_days(store: Store, limit: int = 30) -> list[tuple[str, int]]:
    """(date, number of changes) of the most recent days with changes."""
    return store.digest_days(EXTRACTOR_VERSION, limit)


def atom_feed(store: Store, base_url: str) -> str:
    base_url = base_url.rstrip("/")
    feed = FeedGenerator()
    feed.id(f"{base_url}/digests")
    feed.title("tariffwatch daily digests")
    feed.subtitle("Trade-regulation changes first seen each day, by product area")
    feed.link(href=f"{base_url}/digests/feed.atom", rel="self")
    feed.link(href=f"{base_url}/", rel="alternate")
    feed.language("en")
    days = digest_days(store)
    feed.updated(_moment(days[0][0]) if days else datetime(2000, 1, 1, tzinfo=UTC))
    for day, count in reversed(days):  # feedgen lists the last added first
        entry = feed.add_entry()
        entry.id(f"{base_url}/digests/{day}")
        entry.title(f"tariffwatch digest {day}: {count} change{'s' if count != 1 else ''}")
        entry.link(href=f"{base_url}/digests/{day}")
        entry.updated(_moment(day))
        entry.summary(f"{count} trade-regulation change{'s' if count != 1 else ''} first seen on {day}.")
    return feed.atom_str(pretty=True).decode("utf-8")


def _moment(day: str) -> datetime:
    return datetime.combine(datetime.fromisoformat(day).date(), time(0, 0), tzinfo=UTC)
