"""The UK Trade Tariff API v2: news items (stop-press notices) and commodity change lists.

Requests carry the Accept header the API requires (application/vnd.hmrc.2.0+json); responses
are JSON:API documents ({"data": [{"id", "type", "attributes"}], "meta": {"pagination"}}).
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterator
from datetime import date

from pydantic import AnyHttpUrl, Field

from crawler.base import Listing, Source, WebSourceSettings
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
            metadata={"kind": "news", "content": text, "precis": attributes.get("precis")},
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
            content = listing.metadata["content"]
            text = html_to_text(content)[1] if "<" in content else content
            return self.record(listing, f"{listing.title}\n\n{text}", "text/markdown")
        data = self._get(listing.url)
        lines = [f"Changes to commodity code {listing.metadata['code']}"]
        for change in data.get("data") or []:
            a = change.get("attributes") or {}
            lines.append(
                f"{a.get('operation_date', '')}: {a.get('operation', '')} {a.get('record_name') or a.get('oid', '')} "
                f"{listing.metadata['code']} {a.get('description') or ''}".strip()
            )
        return self.record(listing, "\n".join(lines), "text/plain")


def _last_page(data: dict, page: int, items: list) -> bool:
    pagination = (data.get("meta") or {}).get("pagination") or {}
    return not items or page * int(pagination.get("per_page") or len(items)) >= int(pagination.get("total_count") or 0)


SOURCE = UkTradeTariff
