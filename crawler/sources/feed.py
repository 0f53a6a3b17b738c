"""Any RSS or Atom feed a user adds; each entry's page (HTML or PDF) is fetched once."""

from __future__ import annotations

from pydantic import AnyHttpUrl

from crawler.base import SourceSettings
from crawler.feedsource import FeedSource


class Settings(SourceSettings):
    urls: list[AnyHttpUrl] = []
    selector: str | None = None  # CSS selector of the entry page's main text
    jurisdiction: str | None = None


class Feed(FeedSource):
    kind = "feed"
    Settings = Settings

    def feed_urls(self) -> list[str]:
        return [str(url) for url in self.settings.urls]

    def fetch(self, listing):
        record = super().fetch(listing)
        record.jurisdiction = self.settings.jurisdiction
        return record


SOURCE = Feed
