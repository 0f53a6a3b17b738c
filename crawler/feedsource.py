"""What feed-driven sources share: read the feed (conditionally), list entries, fetch each one."""

from __future__ import annotations

from collections.abc import Iterator

from crawler.base import FormatChanged, Listing, NotConfigured, Source
from crawler.documents import response_text
from crawler.feeds import FeedEntry, parse_feed
from tariffwatch.errors import SourceError, TariffwatchError


class FeedSource(Source):
    """Subclasses name their feeds (`feed_urls`) and may turn an entry into listings or text."""

    def feed_urls(self) -> list[str]:
        raise NotImplementedError

    def discover(self) -> Iterator[Listing]:
        """Entries of every feed; one feed that fails is reported and the others are still read."""
        self._feed_responses = []
        failures = []
        urls = self.feed_urls()
        for url in urls:
            try:
                response = self.get_conditional(url)
                if response is None:
                    continue  # 304: nothing new in this feed since the last run
                entries, warning = parse_feed(response)
            except TariffwatchError as exc:
                failures.append(str(exc))
                continue
            if warning:
                self.context.warn(warning)
            self._feed_responses.append(response)
            for entry in entries:
                yield from self.listings_for(entry)
        if failures and len(failures) == len(urls):
            raise SourceError(failures[0] if len(urls) == 1 else f"every feed failed; first: {failures[0]}")
        for failure in failures:
            self.context.missed(f"{self.context.name}: feed {failure}")

    def probe(self) -> str:
        """The first feed read and parsed: items with an id and a link, as discovery reads them."""
        urls = self.feed_urls()
        if not urls:
            raise NotConfigured("no feed URL configured")
        entries, _ = parse_feed(self.context.http.get(urls[0]))
        if not entries:
            raise FormatChanged(f"{urls[0]}: the feed has no item")
        self.check_entry(entries[0], urls[0])
        return f"{len(entries)} items in {urls[0]}"

    def check_entry(self, entry: FeedEntry, url: str) -> None:
        if not entry.id or not entry.url:
            raise FormatChanged(f"{url}: the first item has no guid/id or no link")

    def listings_for(self, entry: FeedEntry) -> Iterator[Listing]:
        yield Listing(
            external_id=entry.id,
            url=entry.url,
            title=entry.title,
            published_date=entry.published,
            metadata={"summary": entry.summary},
        )

    def fetch(self, listing: Listing):
        title, text, content_type = response_text(self.context.http.get(listing.url), self.selector())
        return self.record(listing, text, content_type, title=listing.title or title)

    def selector(self) -> str | None:
        return getattr(self.settings, "selector", None)

    def finish(self, failed: list[Listing]) -> None:
        """Feeds are asked conditionally next time only when every entry was stored."""
        if not failed:
            for response in getattr(self, "_feed_responses", []):
                self.remember_validators(response)
