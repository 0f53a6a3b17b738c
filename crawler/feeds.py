"""RSS/Atom feeds through feedparser, with the failure modes of real official feeds handled:
an HTML error page where the feed should be (EUR-Lex does this), truncated XML, no entries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from time import struct_time

import feedparser

from crawler.http import Response
from tariffwatch.errors import SourceError


@dataclass
class FeedEntry:
    id: str
    url: str
    title: str | None
    published: str | None
    summary: str | None


def parse_feed(response: Response) -> tuple[list[FeedEntry], str | None]:
    """Entries of a feed, and a warning when the XML was damaged but some entries survived."""
    head = response.content[:400].lstrip().lower()
    if "html" in response.content_type and not head.startswith(b"<?xml"):
        raise SourceError(f"{response.url}: expected an RSS/Atom feed, got {response.content_type} (an error page?)")
    parsed = feedparser.parse(response.content)
    if not parsed.get("version") and not parsed.entries:
        problem = parsed.get("bozo_exception")
        raise SourceError(
            f"{response.url}: not an RSS/Atom feed ({type(problem).__name__ if problem else 'no feed'}"
            f"{': ' + str(problem)[:120] if problem else ''})"
        )
    warning = None
    if parsed.get("bozo") and parsed.entries:
        reason = str(parsed.get("bozo_exception"))[:120]
        warning = f"{response.url}: damaged feed XML ({reason}); {len(parsed.entries)} entries read"
    elif parsed.get("bozo") and not parsed.entries:
        raise SourceError(
            f"{response.url}: damaged feed XML with no readable entry ({str(parsed.get('bozo_exception'))[:120]})"
        )
    return [_entry(item) for item in parsed.entries if item.get("link") or item.get("id")], warning


def _entry(item) -> FeedEntry:
    url = item.get("link") or item.get("id")
    return FeedEntry(
        id=item.get("id") or url,
        url=url,
        title=item.get("title"),
        published=_local_day(item.get("published") or item.get("updated"))
        or _day(item.get("published_parsed") or item.get("updated_parsed")),
        summary=item.get("summary"),
    )


def _local_day(value: str | None) -> str | None:
    """The date as the feed states it, in its own time zone (feedparser's parsed form is UTC,
    which moves an evening bulletin to the next day)."""
    if not value:
        return None
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError):
        try:
            return datetime.fromisoformat(value.replace("Z", "+00:00")).date().isoformat()
        except ValueError:
            return None


def _day(value: struct_time | None) -> str | None:
    return date(value.tm_year, value.tm_mon, value.tm_mday).isoformat() if value else None
