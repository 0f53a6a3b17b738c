"""Canada Gazette Parts I and II: the RSS feeds, each issue's index page, the regulations in it.

An issue's index lists its regulations and notices; the ones whose titles concern trade
(customs tariff, surtaxes, remission, import or export controls...) become documents, fetched
as HTML (or PDF when that is the only form). Backfill walks the archive year by year: each part's
year index ({archive_url}p2/2024/index-eng.html) links its issues' index pages, read as above.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from urllib.parse import urljoin

from bs4 import BeautifulSoup
from pydantic import AnyHttpUrl, Field

from crawler.base import Listing, SourceSettings
from crawler.feeds import FeedEntry
from crawler.feedsource import FeedSource
from crawler.history import year_windows
from tariffwatch.errors import DocumentError

TRADE_TITLES = (
    r"customs tariff|surtax|tariff|remission|import|export|anti-dumping|countervailing|"
    r"safeguard|free trade|trade agreement|quota|sanction|special economic measures|duties"
)


ISSUE_INDEX = re.compile(r"/(\d{4}-\d{2}-\d{2})/html/index-eng\.html$")  # an issue's own index page


class Settings(SourceSettings):
    base_url: AnyHttpUrl = "https://gazette.gc.ca/rss/"
    feeds: list[str] = Field(default_factory=lambda: ["p1-eng.xml", "p2-eng.xml"])
    trade_titles: str = TRADE_TITLES  # regular expression over the titles in an issue's index
    selector: str | None = "main"
    archive_url: AnyHttpUrl = "https://gazette.gc.ca/rp-pr/"  # {archive_url}{part}/{year}/index-eng.html
    archive_parts: list[str] = Field(default_factory=lambda: ["p1", "p2"])
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

    def history_windows(self, start: date, end: date) -> list[tuple[date, date]]:
        return year_windows(start, end)

    def discover_window(self, start: date, end: date) -> Iterator[Listing]:
        """The trade items of every issue published from `start` to `end`, from the year archives."""
        for part in self.settings.archive_parts:
            for year in range(start.year, end.year + 1):
                index = urljoin(str(self.settings.archive_url), f"{part}/{year}/index-eng.html")
                for day, url in self.archived_issues(index):
                    if start.isoformat() <= day <= end.isoformat():
                        # An issue index that cannot be read stops the window (retried next time), not warned past.
                        entry = FeedEntry(url, url, f"Canada Gazette {part} {day}", day, None)
                        yield from self.issue_listings(entry, self.context.http.get(url))

    def archived_issues(self, index: str) -> list[tuple[str, str]]:
        """(publication day, issue index URL) of each issue a year's archive page links, oldest first."""
        response = self.context.http.get(index)
        soup = BeautifulSoup(response.content, "lxml")
        issues = {}
        for anchor in soup.find_all("a", href=True):
            url = urljoin(response.url, anchor["href"]).split("#")[0]
            found = ISSUE_INDEX.search(url)
            if found:
                issues[url] = found.group(1)
        return sorted((day, url) for url, day in issues.items())

    def listings_for(self, entry: FeedEntry) -> Iterator[Listing]:
        """An issue: read its index page and list the trade regulations in it."""
        try:
            response = self.context.http.get(entry.url)
        except DocumentError as exc:
            self.context.warn(f"canada_gazette: issue index {exc}")
            return
        yield from self.issue_listings(entry, response)

    def issue_listings(self, entry: FeedEntry, response) -> Iterator[Listing]:
        """The trade regulations an issue's index page links."""
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
