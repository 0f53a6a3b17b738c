"""Federal Register documents on public inspection, before they are published.

API: GET {base_url}/public-inspection-documents/current.json, with a cache-busting parameter:
the file may come from a shared cache without validators (`Age` up to hours). The text comes from
`raw_text_url` (the service always gives it; read as HTML when it is HTML), else the PDF. The
title is the subject lines joined, whitespace trimmed. When the `federal_register` source later
stores the published document with the same number, the two are linked (`published_document_id`).
"""

from __future__ import annotations

import time
from collections.abc import Iterator

from pydantic import AnyHttpUrl, Field

from crawler.base import Listing, Source, WebSourceSettings
from crawler.documents import response_text
from crawler.shapes import first_item, json_document, require
from crawler.sources.federal_register import field_dates, full_text, parse_json_page
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

    def current(self):
        url = f"{str(self.settings.base_url).rstrip('/')}/public-inspection-documents/current.json"
        return self.context.http.get(url, params={"cache_bust": str(int(time.time()))})

    def probe(self) -> str:
        data = json_document(self.current(), "current.json")
        require(data, ["results"], "current.json")
        item = first_item(data["results"], "current.json results")
        if item is not None:
            keys = ["document_number", "subject_1", "raw_text_url", "pdf_url", "agencies", "publication_date"]
            require(item, keys, "current.json results[0]")
        return f"{len(data['results'])} documents on public inspection"

    def discover(self) -> Iterator[Listing]:
        response = self.current()
        wanted = set(self.settings.agencies)
        for item in parse_json_page(response.content, response.content_type, response.url).get("results") or []:
            slugs = {agency.get("slug") for agency in item.get("agencies") or []}
            if item.get("document_number") and (not wanted or slugs & wanted):
                yield self._listing(item)

    def _listing(self, item: dict) -> Listing:
        return Listing(
            external_id=item["document_number"],
            url=item.get("html_url") or item.get("pdf_url") or "",
            title=subject_title(item),
            published_date=item.get("publication_date"),
            metadata={
                "filed_at": item.get("filed_at"),
                "filing_type": item.get("filing_type"),
                "editorial_note": item.get("editorial_note"),
                "pdf_url": item.get("pdf_url"),
                "raw_text_url": item.get("raw_text_url"),
                "type": item.get("type"),
                "agencies": [a.get("name") for a in item.get("agencies") or []],
                "field_dates": field_dates(item),
            },
        )

    def fetch(self, listing: Listing):
        identifier = {"identifier": f"FR Doc. {listing.external_id}"}
        raw_text_url, pdf_url = listing.metadata.get("raw_text_url"), listing.metadata.get("pdf_url")
        if raw_text_url:
            try:
                text = full_text(self.context.http.get(raw_text_url), "raw_text_url")
                return self.record(listing, text, "text/plain", **identifier)
            except DocumentError as exc:
                if not pdf_url:
                    raise
                self.context.warn(f"federal_register_public_inspection: {exc}; text from the PDF")
        if not pdf_url:
            raise DocumentError(f"{listing.external_id}: no raw_text_url or pdf_url on public inspection")
        _, text, content_type = response_text(self.context.http.get(pdf_url))
        return self.record(listing, text, content_type, **identifier)

    def finish(self, failed: list[Listing]) -> None:
        link_published(self.context.store)


def subject_title(item: dict) -> str | None:
    """The subject lines joined (the API's `title` pads them with spaces)."""
    subjects = [" ".join((item.get(key) or "").split()) for key in ("subject_1", "subject_2", "subject_3")]
    return " ".join(part for part in subjects if part) or " ".join((item.get("title") or "").split()) or None


def link_published(store) -> int:
    """Point each public-inspection document at its published Federal Register document."""
    return store.link_same_documents("federal_register_public_inspection", "federal_register", "published_document_id")


SOURCE = PublicInspection
