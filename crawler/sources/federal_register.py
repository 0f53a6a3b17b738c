"""US Federal Register: documents of the agencies that change tariffs, via the API v1.

API: GET {base_url}/documents.json with conditions[...] filters, fields[], per_page, page.
The API resets a page past 50 to page 1 and caps `total_pages` at 50, so one query reaches at
most 50 x per_page results: a window whose `count` exceeds that is split in halves by publication
date until each half fits; a single day still over it is reported and the run is partial.
`conditions[term]` is Elasticsearch `simple_query_string` (AND by default, `|` for OR).

Full text comes from `full_text_xml_url` (GPO XML, structure kept), else `body_html_url`, else
`raw_text_url` (a `.txt` whose body is GovInfo's HTML: decoded as HTML whenever it looks like it).
The API's typed dates (publication_date, effective_on, comments_close_on, signing_date) travel
with the document as `field_dates`, for extraction to reconcile with the dates in the text.
Backfill walks the history month by month (each month split the same way when it must be).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, timedelta

from pydantic import BaseModel, ConfigDict, Field, field_validator

from crawler.base import Listing, Source, WebSourceSettings, field_date
from crawler.history import month_windows
from crawler.http import Response
from crawler.shapes import first_item, json_document, require
from crawler.textract import decode, html_to_text, looks_like_html, xml_to_text
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
    "signing_date",
    "html_url",
    "pdf_url",
    "full_text_xml_url",
    "body_html_url",
    "raw_text_url",
    "agencies",
    "citation",
    "docket_ids",
    "dates",
]
# The API's typed dates and what they mean for a change.
FIELD_DATES = {
    "publication_date": "publication",
    "effective_on": "entry_into_force",
    "comments_close_on": "comment_deadline",
    "signing_date": "document_date",
}
TEXT_URLS = ("full_text_xml_url", "body_html_url", "raw_text_url")  # in order of preference
MAX_PAGES = 50  # the API serves pages 1..50 only


class Query(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    agencies: list[str] = []
    types: list[str] = []
    term: str | None = None

    @field_validator("term")
    @classmethod
    def _no_or_keyword(cls, value: str | None) -> str | None:
        if value and " OR " in value:
            raise ValueError(
                "' OR ' is not an operator in conditions[term] (every word is required): "
                "write 'tariff | duty' for either word"
            )
        return value


class Settings(WebSourceSettings):
    requests_per_second: float = Field(5, gt=0, le=10)
    lookback_days: int = Field(7, ge=0, le=3650)
    # 1000 results of our fields weigh about 2 MB: far below the response cap, and 50 pages reach
    # 50,000 documents a window before it needs splitting. The API accepts up to 2000.
    per_page: int = Field(1000, ge=1, le=2000)
    queries: list[Query] = Field(min_length=1)


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
            for item in self.documents(query, start, end):
                number = item.get("document_number")
                if not number or number in seen:
                    continue
                seen.add(number)
                yield self._listing(item)

    def documents(self, query: Query, start: date, end: date) -> Iterator[dict]:
        """The API records of one query in a window, splitting it wherever 50 pages cannot reach them all."""
        first = self._page(query, start, end, 1)
        count = int(first.get("count") or 0)
        reachable = MAX_PAGES * self.settings.per_page
        if count > reachable and start < end:
            middle = start + (end - start) // 2
            yield from self.documents(query, start, middle)
            yield from self.documents(query, middle + timedelta(days=1), end)
            return
        if count > reachable:
            self.context.missed(
                f"federal_register: query {query.name!r}: {count} documents published on {start} exceed the "
                f"{reachable} that {MAX_PAGES} pages of {self.settings.per_page} reach; {count - reachable} not read "
                f"(raise per_page, at most 2000)"
            )
        yield from first.get("results") or []
        pages = min(int(first.get("total_pages") or 1), MAX_PAGES, -(-count // self.settings.per_page))
        for page in range(2, pages + 1):
            yield from self._page(query, start, end, page).get("results") or []

    def probe(self) -> str:
        query, today = self.settings.queries[0], date.today()
        url = f"{str(self.settings.base_url).rstrip('/')}/documents.json"
        response = self.context.http.get(url, params=self._params(query, today - timedelta(days=7), today, 1, 1))
        data = json_document(response, "documents.json")
        require(data, ["count", "results"], "documents.json")
        item = first_item(data["results"], "documents.json results")
        if item is not None:
            require(item, ["document_number", "title", "publication_date", *TEXT_URLS], "documents.json results[0]")
        return f"{data['count']} documents of {query.name!r} in the last 7 days"

    def _page(self, query: Query, start: date, end: date, page: int) -> dict:
        url = f"{str(self.settings.base_url).rstrip('/')}/documents.json"
        response = self.context.http.get(url, params=self._params(query, start, end, page, self.settings.per_page))
        return parse_json_page(response.content, response.content_type, response.url)

    @staticmethod
    def _params(query: Query, start: date, end: date, page: int, per_page: int) -> list[tuple[str, str]]:
        return [
            ("conditions[publication_date][gte]", start.isoformat()),
            ("conditions[publication_date][lte]", end.isoformat()),
            *[("conditions[agencies][]", agency) for agency in query.agencies],
            *[("conditions[type][]", kind) for kind in query.types],
            *([("conditions[term]", query.term)] if query.term else []),
            *[("fields[]", name) for name in FIELDS],
            ("per_page", str(per_page)),
            ("page", str(page)),
            ("order", "oldest"),
        ]

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
                "citation": item.get("citation"),
                "docket_ids": item.get("docket_ids") or [],
                "field_dates": field_dates(item),
                "pdf_url": item.get("pdf_url"),
                **{key: item.get(key) for key in TEXT_URLS},
            },
        )

    def fetch(self, listing: Listing):
        problems = []
        for key in TEXT_URLS:
            url = listing.metadata.get(key)
            if not url:
                continue
            try:
                text = full_text(self.context.http.get(url), key)
            except DocumentError as exc:
                problems.append(f"{key} {exc}")
                continue
            if problems:  # the text came from a lesser form: say why
                self.context.warn(f"federal_register: {listing.external_id}: {'; '.join(problems)}; text from {key}")
            return self.record(
                listing,
                text,
                "text/plain",
                identifier=f"FR Doc. {listing.external_id}",
                citation=listing.metadata.get("citation"),
            )
        if not problems:
            raise DocumentError(f"{listing.external_id}: the API record has no {', '.join(TEXT_URLS)}")
        raise DocumentError(f"{listing.external_id}: no full text ({'; '.join(problems)})")

    def finish(self, failed: list[Listing]) -> None:
        """Resume next time from the earliest date that still has a failed document, else today."""
        failed_dates = [item.published_date for item in failed if item.published_date]
        resume = min(failed_dates) if failed_dates else self.window_end.isoformat()
        self.context.set_state("next_publication_date", resume)


def full_text(response: Response, key: str) -> str:
    """The document's text from one of its full-text URLs, markup removed whatever the Content-Type."""
    content = response.content
    if key == "full_text_xml_url" and not looks_like_html(content):
        return xml_to_text(content)[1]
    if key == "body_html_url" or "html" in response.content_type or looks_like_html(content):
        return html_to_text(content, response.charset)[1]
    return decode(content, response.charset)


def field_dates(item: dict) -> list[dict]:
    """The API's typed dates as facts: {field, type, date, evidence}."""
    return [fact for name, kind in FIELD_DATES.items() for fact in field_date(name, kind, item.get(name))]


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
