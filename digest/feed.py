"""An Atom feed (feedgen) with one entry per change: the global feed and each subscriber's own."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from feedgen.feed import FeedGenerator

from digest.build import todays_changes
from digest.entry import EntryOptions
from digest.matching import subscription_matches
from nlp import EXTRACTOR_VERSION
from tariffwatch.store import Store

FEED_DAYS = 30
FEED_LIMIT = 200


def digest_days(store: Store, limit: int = 30) -> list[tuple[str, int]]:
    """(date, number of changes) of the most recent days with changes."""
    return store.digest_days(EXTRACTOR_VERSION, limit)


def atom_feed(store: Store, options: EntryOptions, subscription: dict | None = None, self_url: str = "") -> str:
    """Changes first seen in the last FEED_DAYS days (of the latest day with changes), newest first."""
    base_url = options.base_url.rstrip("/")
    days = digest_days(store, limit=1)
    last = date.fromisoformat(days[0][0]) if days else date(2000, 1, 1)
    changes = todays_changes(store, last - timedelta(days=FEED_DAYS - 1), options, until=last)
    if subscription is not None:
        changes = [c for c in changes if subscription_matches(subscription, c)]
    changes = sorted(changes, key=lambda c: (c["first_seen"], c["id"]), reverse=True)[:FEED_LIMIT]
    feed = FeedGenerator()
    feed.id(self_url or f"{base_url}/feed.atom")
    feed.title(
        "tariffwatch: your trade-regulation changes" if subscription else "tariffwatch: trade-regulation changes"
    )
    feed.subtitle("One entry per change: title, summary, key dates, link to the source")
    feed.link(href=self_url or f"{base_url}/feed.atom", rel="self")
    feed.link(href=f"{base_url}/", rel="alternate")
    feed.language("en")
    feed.updated(_moment(changes[0]["first_seen"]) if changes else _moment(last.isoformat()))
    for change in reversed(changes):  # feedgen lists the last added first
        entry = feed.add_entry()
        entry.id(change["change_page"])
        entry.title(("Amended: " if change.get("amended") else "") + change["display_title"])
        entry.link(href=change["link"])
        entry.link(href=change["change_page"], rel="related")
        entry.updated(_moment(change["first_seen"]))
        if change.get("own_date"):
            entry.published(_moment(change["own_date"]["date"]))
        entry.summary(entry_summary(change))
        for measure in change["measures"]:
            entry.category(term=measure)
    return feed.atom_str(pretty=True).decode("utf-8")


def entry_summary(change: dict) -> str:
    """One paragraph: jurisdiction, measures, countries, key dates, then the summary."""
    facts = [change.get("jurisdiction") or "unknown", ", ".join(change["measures"])]
    if change["affected"]:
        more = f" and {change['affected_more']} more" if change["affected_more"] else ""
        facts.append("goods from " + ", ".join(a["name"] for a in change["affected_shown"]) + more)
    facts += [f"{d['label']} {d['date']}" for d in change["key_dates"]]
    if change["area"]["primary"]:
        facts.append(f"ch. {change['area']['primary']}" + (" (inferred)" if change["area"]["inferred"] else ""))
    lead = " · ".join(part for part in facts if part)
    return f"{lead}. {change['summary']}" if change.get("summary") else f"{lead}."


def _moment(day: str) -> datetime:
    return datetime.combine(date.fromisoformat(day[:10]), time(0, 0), tzinfo=UTC)
