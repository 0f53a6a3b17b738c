"""US Federal Register: documents of the agencies that change tariffs, via the API v1.

API: GET {base_url}/documents.json with conditions[...] filters, fields[], per_page, page.
The API returns at most 10,000 results per query (count may be larger), and it resets a page past
50 to page 1 and caps `total_pages` at 50, so one query reaches at most min(10,000, 50 x per_page)
results: a window whose count exceeds that is split in halves by publication date until each half
fits, so nothing is silently lost. Full text comes from raw_text_url, else body_html_url.
Backfill walks the history month by month (each month split the same way when it must be).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, timedelta

from pydantic import BaseModel, ConfigDict, Field

from crawler.base import Listing, Source, WebSourceSettings
from crawler.history import month_windows
from crawler.textract import html_to_text
from tariffwatch.errors import DocumentError, SourceError

FIELDS = [
    "document_number",
    "title",
    "type",
    "abstract",
    "action",
    "publication_date",
    "effective_on",
    "comments_close_on",
    "html_url",
    "pdf_url",
    "raw_text_url",
    "body_html_url",
    "agencies",
    "citation",
    "dates",
]


class Query(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    agencies: list[str] = []
    types: list[str] = []
    term: str | None = None


class Settings(WebSourceSettings):
    requests_per_second: float = Field(5, gt=0, le=10)
    lookback_days: int = Field(7, ge=0, le=3650)
    per_page: int = Field(100, ge=1, le=1000)
    result_cap: int = Field(10_000, ge=1)  # the API's documented ceiling per query
    queries: list[Query] = Field(min_length=1)


MAX_PAGES = 50  # the API serves pages 1..50 only


class FederalRegister(Source):
    kind = "federal_register"
    jurisdiction = "US"
    Settings = Settings

    def __init__(self, context):
        super().__init__(context)
        self.window_end = date.today()
        self.window_start = self._resume_date()

    def _resume_date(self) -> date:
        marker = self.context.get_state("next_publication_date")
        if marker:
            return date.fromisoformat(marker)
        return self.window_end - timedelta(days=self.settings.lookback_days)

    def discover(self) -> Iterator[Listing]:
        yield from self.discover_window(self.window_start, self.window_end)

    def history_windows(self, start: date, end: date) -> list[tuple[date, date]]:
        return month_windows(start, end)

    def discover_window(self, start: date, end: date) -> Iterator[Listing]:
        """Every document of every query published from `start` to `end` (inclusive), once each."""
        seen = set()
        for query in self.settings.queries:
            for item in self._window(query, start, end):
                number = item.get("document_number")
                if not number or number in seen:
                    continue
                seen.add(number)
                yield self._listing(item)

    def _window(self, query: Query, start: date, end: date) -> Iterator[dict]:
        first = self._page(query, start, end, 1)
        count = int(first.get("count") or 0)
        cap = min(self.settings.result_cap, MAX_PAGES * self.settings.per_page)
        if count > cap and start < end:
            middle = start + (end - start) // 2
            yield from self._window(query, start, middle)
            yield from self._window(query, middle + timedelta(days=1), end)
            return
        if count > cap:
            self.context.warn(
                f"{query.name}: {count} documents on {start} exceed the {cap} the API lets one query reach; "
                f"only the first {cap} are reachable (raise per_page)"
            )
        yield from first.get("results") or []
        reachable = min(count, cap)
        pages = min(int(first.get("total_pages") or 1), MAX_PAGES, -(-reachable // self.settings.per_page))
        for page in range(2, pages + 1):
            yield from self._page(query, start, end, page).get("results") or []

    def _page(self, query: Query, start: date, end: date, page: int) -> dict:
        url = f"{str(self.settings.base_url).rstrip('/')}/documents.json"
        params = [
            ("conditions[publication_date][gte]", start.isoformat()),
            ("conditions[publication_date][lte]", end.isoformat()),
            *[("conditions[agencies][]", agency) for agency in query.agencies],
            *[("conditions[type][]", kind) for kind in query.types],
            *([("conditions[term]", query.term)] if query.term else []),
            *[("fields[]", name) for name in FIELDS],
            ("per_page", str(self.settings.per_page)),
            ("page", str(page)),
            ("order", "oldest"),
        ]
        response = self.context.http.get(url, params=params)
        return parse_json_page(response.content, response.content_type, response.url)

    def _listing(self, item: dict) -> Listing:
        agencies = [a.get("name") or a.get("raw_name") for a in item.get("agencies") or []]
        return Listing(
            external_id=item["document_number"],
            url=item.get("html_url") or item.get("pdf_url") or "",
            title=item.get("title"),
            published_date=item.get("publication_date"),
            metadata={
                "type": item.get("type"),
                "agencies": agencies,
                "abstract": item.get("abstract"),
                "effective_on": item.get("effective_on"),
                "comments_close_on": item.get("comments_close_on"),
                "citation": item.get("citation"),
                "raw_text_url": item.get("raw_text_url"),
                "body_html_url": item.get("body_html_url"),
                "pdf_url": item.get("pdf_url"),
            },
        )

    def fetch(self, listing: Listing):
        text_url = listing.metadata.get("raw_text_url") or listing.metadata.get("body_html_url")
        if not text_url:
            raise DocumentError(f"{listing.external_id}: no raw_text_url or body_html_url in the API record")
        response = self.context.http.get(text_url)
        if response.content_type in ("text/plain", ""):
            text = response.content.decode(response.charset or "utf-8", errors="replace")
        else:
            text = html_to_text(response.content, response.charset)[1]
        if not text.strip():
            raise DocumentError(f"{text_url}: empty full text")
        return self.record(listing, text, "text/plain")

    def finish(self, failed: list[Listing]) -> None:
        """Resume next time from the earliest date that still has a failed document, else today."""
        failed_dates = [item.published_date for item in failed if item.published_date]
        resume = min(failed_dates) if failed_dates else self.window_end.isoformat()
        self.context.set_state("next_publication_date", resume)


def parse_json_page(content: bytes, content_type: str, url: str) -> dict:
    """The API's JSON page, or a SourceError naming what came instead."""
    if "html" in content_type:
        raise SourceError(f"{url}: expected JSON, got {content_type} (an error page?)")
    try:
        data = json.loads(content)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SourceError(
            f"{url}: truncated or invalid JSON ({exc.__class__.__name__} at byte {getattr(exc, 'pos', '?')})"
        ) from None
    if not isinstance(data, dict) or "results" not in data and "count" not in data:
        raise SourceError(f"{url}: JSON without 'count'/'results': not a documents page")
    if data.get("errors"):
        raise SourceError(f"{url}: API error {json.dumps(data['errors'])[:200]}")
    return data


SOURCE = FederalRegister
