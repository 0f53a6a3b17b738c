"""CBP's Cargo Systems Messaging Service: GovDelivery bulletins (HTML) and their PDF attachments.

Discovery reads the CSMS topic's GovDelivery RSS feed; each bulletin page is fetched, its body
kept, and every PDF it links to is fetched and its text appended (guidance often lives there).
"""

from __future__ import annotations

from urllib.parse import urljoin

from bs4 import BeautifulSoup
from pydantic import AnyHttpUrl, Field

from crawler.base import SourceSettings
from crawler.documents import response_text
from crawler.feedsource import FeedSource
from tariffwatch.errors import DocumentError


class Settings(SourceSettings):
    base_url: AnyHttpUrl = "https://public.govdelivery.com/topics/USDHSCBP_50/feed.rss"
    selector: str | None = None  # bulletin body; None keeps the page without boilerplate
    max_attachments: int = Field(5, ge=0, le=50)
    requests_per_second: float = 2
    min_items_per_week: int | None = 3  # CSMS publishes several messages every working week


class CbpCsms(FeedSource):
    kind = "cbp_csms"
    jurisdiction = "US"
    Settings = Settings

    def feed_urls(self) -> list[str]:
        return [str(self.settings.base_url)]

    def fetch(self, listing):
        response = self.context.http.get(listing.url)
        title, text, content_type = response_text(response, self.settings.selector)
        parts = [text]
        for pdf_url in pdf_links(response.content, response.url)[: self.settings.max_attachments]:
            try:
                _, pdf_text, _ = response_text(self.context.http.get(pdf_url))
                parts.append(f"--- Attachment: {pdf_url} ---\n{pdf_text}")
            except DocumentError as exc:  # the bulletin still counts; the attachment is reported
                self.context.warn(f"cbp_csms: attachment {exc}")
        return self.record(listing, "\n\n".join(parts), content_type, title=listing.title or title)


def pdf_links(content: bytes, base: str) -> list[str]:
    soup = BeautifulSoup(content, "lxml")
    links = []
    for anchor in soup.find_all("a", href=True):
        href = anchor["href"]
        if href.lower().split("?")[0].endswith(".pdf") or "/attachments/" in href:
            url = urljoin(base, href)
            if url not in links:
                links.append(url)
    return links


SOURCE = CbpCsms
