"""WTO ePing: SPS and TBT notifications (the WTO API, key from an environment variable).

Without a key the source reports "not configured" and the run goes on.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import date, timedelta

from pydantic import AnyHttpUrl, Field

from crawler.base import Listing, NotConfigured, Source, WebSourceSettings
from tariffwatch.errors import SourceError


class Settings(WebSourceSettings):
    base_url: AnyHttpUrl = "https://api.wto.org/eping"
    api_key_env: str = "WTO_API_KEY"
    lookback_days: int = Field(7, ge=0, le=365)
    page_size: int = Field(100, ge=1, le=500)
    requests_per_second: float = Field(1, gt=0, le=10)


class WtoEping(Source):
    kind = "wto_eping"
    jurisdiction = None  # the notifying member varies
    Settings = Settings

    def __init__(self, context):
        super().__init__(context)
        self.key = os.environ.get(self.settings.api_key_env, "")

    def probe(self) -> str:
        response = self._search(page_size=1)
        items = notifications(response.content, response.content_type, response.url)
        return f"{len(items)} notification(s) on the first page"

    def discover(self) -> Iterator[Listing]:
        response = self._search(self.settings.page_size)
        for item in notifications(response.content, response.content_type, response.url):
            symbol = item.get("documentSymbol") or item.get("symbol") or str(item.get("id"))
            yield Listing(
                external_id=symbol,
                url=item.get("documentUrl") or item.get("linkToNotification") or "",
                title=item.get("title") or item.get("titlePlain") or symbol,
                published_date=(item.get("distributionDate") or "")[:10] or None,
                metadata={"item": item},
            )

    def _search(self, page_size: int):
        if not self.key:
            raise NotConfigured(f"set {self.settings.api_key_env} to a WTO API key to read ePing notifications")
        since = date.today() - timedelta(days=self.settings.lookback_days)
        return self.context.http.get(
            f"{str(self.settings.base_url).rstrip('/')}/notifications/search",
            params={
                "language": "1",
                "distributionDateFrom": since.isoformat(),
                "pageSize": str(page_size),
            },
            headers={"Ocp-Apim-Subscription-Key": self.key, "Accept": "application/json"},
        )

    def fetch(self, listing: Listing):
        item = listing.metadata.pop("item")
        parts = [
            listing.title or "",
            f"Notifying member: {item.get('notifyingMember') or item.get('member') or ''}",
            f"Products: {item.get('productsFreeText') or item.get('products') or ''}",
            f"HS codes: {', '.join(map(str, item.get('hsCodes') or []))}",
            item.get("description") or item.get("objectiveRationale") or "",
        ]
        record = self.record(listing, "\n".join(p for p in parts if p.strip()), "text/plain")
        record.metadata["notifying_member"] = item.get("notifyingMember")
        return record


def notifications(content: bytes, content_type: str, url: str) -> list[dict]:
    if "html" in content_type:
        raise SourceError(f"{url}: expected JSON, got {content_type} (an error page?)")
    try:
        data = json.loads(content)
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise SourceError(f"{url}: truncated or invalid JSON") from None
    items = data.get("items") or data.get("results") or data.get("notifications") if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise SourceError(f"{url}: no list of notifications in the response")
    return items


SOURCE = WtoEping
