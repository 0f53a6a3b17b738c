"""The UK Trade Tariff API v2: news items (stop-press notices) and commodity change lists.

Requests carry the Accept header the API requires (application/vnd.hmrc.2.0+json); responses
are JSON:API documents ({"data": [{"id", "type", "attributes"}], "meta": {"pagination"}}).
A `/changes` item holds only `oid, model_name, operation, operation_date` and a polymorphic
`record` relationship: what changed (measure type, geographical area, duty expression, dates)
arrives in `included` and is resolved here, so a stored change says what it changes.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterator
from datetime import date

from pydantic import AnyHttpUrl, Field

from crawler.base import Listing, Source, WebSourceSettings, field_date
from crawler.shapes import first_item, json_document, require
from crawler.textract import html_to_text
from tariffwatch.errors import SourceError

ACCEPT = {"Accept": "application/vnd.hmrc.2.0+json"}


class Settings(WebSourceSettings):
    base_url: AnyHttpUrl = "https://www.trade-tariff.service.gov.uk/api/v2"
    news_path: str = "/news/items"
    pages: int = Field(2, ge=1, le=20)  # news pages read per run (newest first)
    watch_commodities: list[str] = []  # 10-digit codes whose change lists are followed
    requests_per_second: float = Field(4, gt=0, le=10)
    min_items_per_week: int | None = 1


class UkTradeTariff(Source):
    kind = "uk_trade_tariff"
    jurisdiction = "GB"
    Settings = Settings

    def __init__(self, context):
        super().__init__(context)
        self.base = str(self.settings.base_url).rstrip("/")

    def discover(self) -> Iterator[Listing]:
        for page in range(1, self.settings.pages + 1):
            data = self._get(f"{self.base}{self.settings.news_path}", {"page": str(page)})
            items = data.get("data") or []
            for item in items:
                yield self._news_listing(item)
            if _last_page(data, page, items):
                break
        for code in self.settings.watch_commodities:
            yield self._changes_listing(re.sub(r"\D", "", code))

    def history_windows(self, start: date, end: date) -> list[tuple[date, date]]:
        return [(start, end)]  # news pages come newest first and cannot be asked by date: one walk

    def discover_window(self, start: date, end: date) -> Iterator[Listing]:
        """News items published from `start` to `end`: pages newest first, until one reaches before `start`."""
        first, last = start.isoformat(), end.isoformat()
        for page in itertools.count(1):
            data = self._get(f"{self.base}{self.settings.news_path}", {"page": str(page)})
            items = data.get("data") or []
            listings = [self._news_listing(item) for item in items]
            yield from (item for item in listings if item.published_date and first <= item.published_date <= last)
            days = [item.published_date for item in listings if item.published_date]
            if _last_page(data, page, items) or (days and min(days) < first):
                return

    def probe(self) -> str:
        response = self.context.http.get(f"{self.base}{self.settings.news_path}", params={"page": "1"}, headers=ACCEPT)
        data = json_document(response, "news items")
        require(data, ["data"], "news items")
        item = first_item(data["data"], "news items data")
        if item is not None:
            require(item, ["id", "attributes"], "news items data[0]")
            require(item["attributes"], ["title", "content", "start_date"], "news items data[0].attributes")
        return f"{len(data['data'])} news items on page 1"

    def _get(self, url: str, params: dict | None = None) -> dict:
        response = self.context.http.get(url, params=params, headers=ACCEPT)
        if "html" in response.content_type:
            raise SourceError(f"{response.url}: expected JSON:API, got {response.content_type} (an error page?)")
        try:
            data = json.loads(response.content)
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise SourceError(f"{response.url}: truncated or invalid JSON") from None
        if not isinstance(data, dict) or "data" not in data:
            raise SourceError(f"{response.url}: JSON without 'data': not a JSON:API document")
        return data

    def _news_listing(self, item: dict) -> Listing:
        attributes = item.get("attributes") or {}
        slug = attributes.get("slug") or item.get("id")
        text = attributes.get("content") or attributes.get("precis") or ""
        return Listing(
            external_id=f"news:{item.get('id')}",
            url=f"https://www.trade-tariff.service.gov.uk/news/stories/{slug}",
            title=attributes.get("title"),
            published_date=(attributes.get("start_date") or "")[:10] or None,
            revision=attributes.get("updated_at") or str(hash(text)),
            metadata={
                "kind": "news",
                "content": text,
                "precis": attributes.get("precis"),
                "news_item_id": str(item.get("id")),
                "field_dates": field_date("start_date", "publication", attributes.get("start_date")),
            },
        )

    def _changes_listing(self, code: str) -> Listing:
        return Listing(
            external_id=f"changes:{code}",
            url=f"{self.base}/commodities/{code}/changes",
            title=f"Changes to commodity code {code}",
            always_fetch=True,
            metadata={"kind": "changes", "code": code},
        )

    def fetch(self, listing: Listing):
        if listing.metadata["kind"] == "news":
            content = listing.metadata.pop("content")
            text = html_to_text(content)[1] if "<" in content else content
            identifier = f"Trade Tariff news item {listing.metadata['news_item_id']}"
            return self.record(listing, f"{listing.title}\n\n{text}", "text/markdown", identifier=identifier)
        data = self._get(listing.url)
        code = listing.metadata["code"]
        included = {(item.get("type"), str(item.get("id"))): item for item in data.get("included") or []}
        lines = [f"Changes to commodity code {code}"]
        lines += [describe_change(change, included, code) for change in data.get("data") or []]
        return self.record(listing, "\n".join(lines), "text/plain", identifier=f"Trade Tariff changes {code}")


OPERATIONS = {"C": "created", "U": "updated", "D": "deleted"}


def describe_change(change: dict, included: dict, code: str) -> str:
    """One line saying what a change did: '20 November 2026: measure created: Third country duty (103)
    for ERGA OMNES (1011) on 7208510000, duty 0.00 %, from 20 November 2026'."""
    attributes = change.get("attributes") or {}
    record = _related(change, "record", included)
    record_attributes = (record or {}).get("attributes") or {}
    kind = (attributes.get("model_name") or (record or {}).get("type") or "record").replace("_", " ").lower()
    operation = OPERATIONS.get(attributes.get("operation"), attributes.get("operation") or "changed")
    parts = [f"{_spelled(attributes.get('operation_date'))}: {kind} {operation}"]
    measure_type = _related(record, "measure_type", included)
    if measure_type:
        parts.append(f": {_described(measure_type)}")
    area = _related(record, "geographical_area", included)
    if area:
        parts.append(f" for {_described(area)}")
    parts.append(f" on {record_attributes.get('goods_nomenclature_item_id') or code}")
    duty = _related(record, "duty_expression", included)
    duty_text = ((duty or {}).get("attributes") or {}).get("base") or record_attributes.get("duty_expression")
    if duty_text:
        parts.append(f", duty {duty_text}")
    start = record_attributes.get("effective_start_date") or record_attributes.get("validity_start_date")
    end = record_attributes.get("effective_end_date") or record_attributes.get("validity_end_date")
    if start:
        parts.append(f", from {_spelled(start)}")
    if end:
        parts.append(f" to {_spelled(end)}")
    return "".join(parts)


def _related(item: dict | None, name: str, included: dict) -> dict | None:
    link = (((item or {}).get("relationships") or {}).get(name) or {}).get("data")
    if not isinstance(link, dict):
        return None
    return included.get((link.get("type"), str(link.get("id"))))


def _described(item: dict) -> str:
    attributes = item.get("attributes") or {}
    return f"{attributes.get('description') or item.get('type')} ({item.get('id')})"


def _spelled(value: str | None) -> str:
    """'2026-11-20' as '20 November 2026', the form the date extractor reads in every source."""
    try:
        day = date.fromisoformat((value or "")[:10])
    except ValueError:
        return value or "undated"
    return f"{day.day} {day:%B %Y}"


def _last_page(data: dict, page: int, items: list) -> bool:
    pagination = (data.get("meta") or {}).get("pagination") or {}
    return not items or page * int(pagination.get("per_page") or len(items)) >= int(pagination.get("total_count") or 0)


SOURCE = UkTradeTariff
