"""Federal Register documents on public inspection, before they are published.

API: GET {base_url}/public-inspection-documents/current.json. The PDF's text is stored; when the
`federal_register` source later stores the published document with the same number, the two
are linked (metadata `published_document_id`).
"""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import AnyHttpUrl, Field

from crawler.base import Listing, Source, WebSourceSettings
from crawler.documents import response_text
from crawler.sources.federal_register import parse_json_page
from tariffwatch.errors import DocumentError

TRADE_AGENCIES = [
    "u-s-customs-and-border-protection",
    "trade-representative-office-of-united-states",
    "international-trade-administration",
    "international-trade-commission",
    "executive-office-of-the-president",
]


class Settings(WebSourceSettings):
    base_url: AnyHttpUrl = "https://www.federalregister.gov/api/v1"
    agencies: list[str] = Field(default_factory=lambda: list(TRADE_AGENCIES))  # slugs; empty: all
    requests_per_second: float = Field(5, gt=0, le=10)


class PublicInspection(Source):
    kind = "federal_register_public_inspection"
    jurisdiction = "US"
    Settings = Settings

    def discover(self) -> Iterator[Listing]:
        url = f"{str(self.settings.base_url).rstrip('/')}/public-inspection-documents/current.json"
        response = self.context.http.get(url)
        wanted = set(self.settings.agencies)
        for item in parse_json_page(response.content, response.content_type, response.url).get("results") or []:
            slugs = {agency.get("slug") for agency in item.get("agencies") or []}
            if item.get("document_number") and (not wanted or slugs & wanted):
                yield Listing(
                    external_id=item["document_number"],
                    url=item.get("html_url") or item.get("pdf_url") or "",
                    title=item.get("title") or item.get("subject_1"),
                    published_date=item.get("publication_date"),
                    metadata={
                        "filed_at": item.get("filed_at"),
                        "pdf_url": item.get("pdf_url"),
                        "raw_text_url": item.get("raw_text_url"),
                        "type": item.get("type"),
                        "agencies": [a.get("name") for a in item.get("agencies") or []],
                    },
                )

    def fetch(self, listing: Listing):
        url = listing.metadata.get("raw_text_url") or listing.metadata.get("pdf_url")
        if not url:
            raise DocumentError(f"{listing.external_id}: no pdf_url or raw_text_url on public inspection")
        _, text, content_type = response_text(self.context.http.get(url))
        return self.record(listing, text, content_type)

    def finish(self, failed: list[Listing]) -> None:
        link_published(self.context.store)


def link_published(store) -> int:
    """Point each public-inspection document at its published Federal Register document."""
    return store.link_same_documents("federal_register_public_inspection", "federal_register", "published_document_id")


SOURCE = PublicInspection
