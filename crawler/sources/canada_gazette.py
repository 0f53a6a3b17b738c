"""Canada Gazette Parts I and II: the RSS feeds, each issue's index page, the regulations in it.

An issue's index lists its regulations and notices; the ones whose titles concern trade
(customs tariff, surtaxes, remission, import or export controls...) become documents, fetched
as HTML (or PDF when that is the only form).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urljoin

from bs4 import BeautifulSoup
from pydantic import AnyHttpUrl, Field

from crawler.base import Listing, SourceSettings
from crawler.feeds import FeedEntry
from crawler.feedsource import FeedSource
from tariffwatch.errors import DocumentError

TRADE_TITLES = (
    r"customs tariff|surtax|tariff|remission|import|export|anti-dumping|countervailing|"
    r"safeguard|free trade|trade agreement|quota|sanction|special economic measures|duties"
)


class Settings(SourceSettings):
    base_url: AnyHttpUrl = "https://gazette.gc.ca/rss/"
    feeds: list[str] = Field(default_factory=lambda: ["p1-eng.xml", "p2-eng.xml"])
    trade_titles: str = TRADE_TITLES  # regular expression over the titles in an issue's index
    selector: str | None = "main"
    requests_per_second: float = 2
    min_items_per_week: int | None = None  # trade items do not appear every week


class CanadaGazette(FeedSource):
    kind = "canada_gazette"
    jurisdiction = "CA"
    Settings = Settings

    def __init__(self, context):
        super().__init__(context)
        self.relevant = re.compile(self.settings.trade_titles, re.I)

    def feed_urls(self) -> list[str]:
        return [urljoin(str(self.settings.base_url), name) for name in self.settings.feeds]

    def listings_for(self, entry: FeedEntry) -> Iterator[Listing]:
        """An issue: read its index page and list the trade regulations in it."""
        try:
            response = self.context.http.get(entry.url)
        except DocumentError as exc:
            self.context.warn(f"canada_gazette: issue index {exc}")
            return
        soup = BeautifulSoup(response.content, "lxml")
        for anchor in (soup.select_one("main") or soup).find_all("a", href=True):
            title = " ".join(anchor.get_text(" ", strip=True).split())
            url = urljoin(response.url, anchor["href"]).split("#")[0]
            if (
                title
                and self.relevant.search(title)
                and url.lower().endswith((".html", ".pdf"))
                and url != response.url
            ):
                yield Listing(
                    external_id=url,
                    url=url,
                    title=title,
                    published_date=entry.published,
                    metadata={"issue": entry.url, "issue_title": entry.title},
                )


SOURCE = CanadaGazette
