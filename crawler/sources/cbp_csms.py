"""CBP's Cargo Systems Messaging Service: the GovDelivery bulletins feed and the PDFs bulletins link to.

The feed (`content.govdelivery.com/accounts/USDHSCBP/bulletins.rss`) carries each bulletin whole:
a numeric `guid`, the title ("CSMS # 65432100 - GUIDANCE: ..."), `pubDate` and the message body as
CDATA HTML in `description`. The message body is the document (it names the chapter 99 headings
and HTSUS lists); every PDF it links to is fetched and its text appended. Only a bulletin whose
feed item has no body is fetched from its page. The feed is asked with a conditional GET.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urljoin

from bs4 import BeautifulSoup
from pydantic import AnyHttpUrl, Field

from crawler.base import FormatChanged, Listing, SourceSettings, field_date
from crawler.documents import response_text
from crawler.feeds import FeedEntry
from crawler.feedsource import FeedSource
from crawler.textract import html_to_text
from tariffwatch.errors import DocumentError

CSMS_NUMBER = re.compile(r"CSMS\s*#?\s*(\d{5,})", re.I)


class Settings(SourceSettings):
    base_url: AnyHttpUrl = "https://content.govdelivery.com/accounts/USDHSCBP/bulletins.rss"
    selector: str | None = None  # bulletin page body, used only when the feed item has no body
    max_attachments: int = Field(5, ge=0, le=50)
    requests_per_second: float = 2
    min_items_per_week: int | None = 3  # CSMS publishes several messages every working week


class CbpCsms(FeedSource):
    kind = "cbp_csms"
    jurisdiction = "US"
    Settings = Settings

    def feed_urls(self) -> list[str]:
        return [str(self.settings.base_url)]

    def listings_for(self, entry: FeedEntry) -> Iterator[Listing]:
        published = entry.published
        yield Listing(
            external_id=entry.id,
            url=entry.url,
            title=entry.title,
            published_date=published,
            metadata={
                "body": entry.summary or "",
                "guid": entry.id,
                "field_dates": field_date("pubDate", "publication", published, "feed field pubDate"),
            },
        )

    def check_entry(self, entry: FeedEntry, url: str) -> None:
        super().check_entry(entry, url)
        if not (entry.summary or "").strip():
            raise FormatChanged(f"{url}: the first item has no description (the bulletin body)")
        if not entry.id.isdigit():
            raise FormatChanged(f"{url}: the first item's guid {entry.id!r} is not GovDelivery's numeric id")

    def fetch(self, listing: Listing):
        body = listing.metadata.pop("body", "")
        if body.strip():
            html, base = body, listing.url
            text = html_to_text(body)[1]
        else:  # an item without its message: read the bulletin page
            response = self.context.http.get(listing.url)
            html, base = response.content, response.url
            text = response_text(response, self.settings.selector)[1]
        parts = [text]
        for pdf_url in pdf_links(html, base)[: self.settings.max_attachments]:
            try:
                _, pdf_text, _ = response_text(self.context.http.get(pdf_url))
                parts.append(f"--- Attachment: {pdf_url} ---\n{pdf_text}")
            except DocumentError as exc:  # the bulletin still counts; the attachment is reported
                self.context.warn(f"cbp_csms: attachment {exc}")
        return self.record(listing, "\n\n".join(parts), "text/html", identifier=csms_identifier(listing))


def csms_identifier(listing: Listing) -> str:
    """ "CSMS # 65432100" from the title, else the GovDelivery bulletin id from its link."""
    found = CSMS_NUMBER.search(listing.title or "")
    if found:
        return f"CSMS # {found.group(1)}"
    return f"GovDelivery bulletin {listing.url.rstrip('/').rsplit('/', 1)[-1]}"


def pdf_links(content: bytes | str, base: str) -> list[str]:
    soup = BeautifulSoup(content, "lxml")
    links = []
    for anchor in soup.find_all("a", href=True):
        href = anchor["href"]
        if href.lower().split("?")[0].endswith(".pdf") or "/attachments/" in href:
            url = urljoin(base, href)
            if url not in links and url.startswith(("http://", "https://")):
                links.append(url)
    return links


SOURCE = CbpCsms
