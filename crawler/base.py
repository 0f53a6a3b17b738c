"""What a source is: declared settings, discovery of items, and fetching one item.

Discovery is kept apart from fetching so the runner can skip items it already holds
(incremental crawling) and so one broken item never stops the rest.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, ClassVar

from pydantic import AnyHttpUrl, BaseModel, ConfigDict

from crawler.textclean import checked_text, one_line
from tariffwatch.store import DocumentRecord

if TYPE_CHECKING:
    from crawler.http import HttpClient
    from tariffwatch.store import Store


class SourceSettings(BaseModel):
    """Settings every source accepts; a source subclasses this with its own keys."""

    model_config = ConfigDict(extra="forbid")
    enabled: bool = True
    # Health: fewer new items than this in 7 days marks the source unhealthy (None: no expectation).
    min_items_per_week: int | None = None


class WebSourceSettings(SourceSettings):
    base_url: AnyHttpUrl
    requests_per_second: float | None = None


def field_date(field: str, kind: str, day: str | None, evidence: str | None = None) -> list[dict]:
    """A typed date the source's metadata states ([] when it states none), for extraction to reconcile
    with the dates in the text: {field, type, date, evidence}."""
    if not day:
        return []
    return [{"field": field, "type": kind, "date": day[:10], "evidence": evidence or f"API field {field}"}]


UNCHANGED = object()  # fetch() result: a conditional GET said 304, nothing to store


class FormatChanged(Exception):
    """A live response no longer has the shape the source's parser reads (`sources --check`)."""


class NotConfigured(Exception):
    """The source needs a setting it does not have (an API key): reported, not a failure."""


class NoHistory(Exception):
    """The source keeps no history a backfill can walk: one line saying so, not a failure."""


@dataclass
class Listing:
    """One item a source found during discovery, before its content is fetched."""

    external_id: str
    url: str
    title: str | None = None
    published_date: str | None = None
    revision: str | None = None  # changes when the item may have changed; None: fetch once
    metadata: dict = field(default_factory=dict)
    always_fetch: bool = False  # pages: ask every run (a conditional GET keeps that cheap)


@dataclass
class CrawlContext:
    """What a source may use: its settings, the HTTP layer, its saved state, a problem log."""

    name: str
    settings: SourceSettings
    http: HttpClient
    store: Store
    problems: list[str] = field(default_factory=list)
    incomplete: bool = False  # something the source should have read was not: the run is partial

    def get_state(self, key: str) -> str | None:
        return self.store.get_state(self.name, key)

    def set_state(self, key: str, value: str) -> None:
        self.store.set_state(self.name, key, value)

    def warn(self, message: str) -> None:
        self.problems.append(message)

    def missed(self, message: str) -> None:
        """Warn that part of the source was not read (a feed down, results past an API cap)."""
        self.warn(message)
        self.incomplete = True


class Source:
    """Base class. Subclasses set `kind`, `jurisdiction`, `Settings` and implement the two steps."""

    kind: ClassVar[str]
    jurisdiction: ClassVar[str | None] = None
    Settings: ClassVar[type[SourceSettings]] = SourceSettings

    def __init__(self, context: CrawlContext):
        self.context = context
        self.settings = context.settings
        base_url, rate = getattr(self.settings, "base_url", None), getattr(self.settings, "requests_per_second", None)
        if base_url and rate:  # every source is polite to its host by default
            context.http.set_rate(str(base_url), rate)

    def discover(self) -> Iterator[Listing]:
        raise NotImplementedError

    def fetch(self, listing: Listing) -> DocumentRecord:
        raise NotImplementedError

    def probe(self) -> str:
        """One small live request, its shape checked: a short description when it is as expected,
        FormatChanged (what differs) when not. HTTP errors mean unreachable."""
        raise NotConfigured("no live check for this source")

    # Backfill (crawler.backfill): a source whose history is reachable cuts it into windows it can
    # really query and lists each window's items; the others say in one line why they cannot.
    def history_windows(self, start: date, end: date) -> list[tuple[date, date]]:
        """The windows from `start` to `end` (inclusive), oldest first, that `discover_window` reads."""
        raise NoHistory(f"{self.context.name}: no history to backfill (the source offers only its current items)")

    def discover_window(self, start: date, end: date) -> Iterator[Listing]:
        """Every item published from `start` to `end` (inclusive)."""
        raise NotImplementedError

    def finish(self, failed: list[Listing]) -> None:
        """Called after every listing was handled (those in `failed` were not stored):
        persist markers such as the last date seen."""

    def on_saved(self, listing: Listing, record: DocumentRecord) -> None:
        """Called once the document is safely stored (e.g. to remember HTTP validators)."""

    def get_conditional(self, url: str, **kwargs):
        """GET with the validators stored for `url`; None when the server says 304 Not Modified."""
        response = self.context.http.get(url, validators=self.context.store.validators(url), **kwargs)
        return None if response.not_modified else response

    def remember_validators(self, response) -> None:
        self.context.store.save_validators(response.url, *response.validators)

    def record(self, listing: Listing, text: str, content_type: str, **extra) -> DocumentRecord:
        """The document to store: its text through the one cleaning step (empty or binary text
        raises DocumentError; repaired mojibake is reported), its title on one clean line."""
        text, warning = checked_text(text, listing.url or listing.external_id)
        if warning:
            self.context.warn(f"{self.context.name}: {warning}")
        title = extra.pop("title", listing.title)
        return DocumentRecord(
            source=self.context.name,
            external_id=listing.external_id,
            url=listing.url,
            title=one_line(title) if title else None,
            text=text,
            content_type=content_type,
            published_date=extra.pop("published_date", listing.published_date),
            revision=listing.revision,
            jurisdiction=self.jurisdiction,
            metadata={**listing.metadata, **extra.pop("metadata", {})},
            **extra,
        )
