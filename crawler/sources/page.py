"""Any web page or document URL: agreement texts, tariff schedules, annex PDFs.

Every run asks again with a conditional GET (ETag / Last-Modified), so an unchanged page costs
a 304 and no body. Only the meaningful content is hashed: with `selector`, the one element
that holds the text; otherwise the page without navigation, headers, footers and scripts.
A change of that content is a new version; `tariffwatch diff` shows it. robots.txt is obeyed.
"""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import AnyHttpUrl, BaseModel, ConfigDict

from crawler.base import UNCHANGED, FormatChanged, Listing, NotConfigured, Source, SourceSettings
from crawler.documents import response_text
from crawler.robots import Robots
from tariffwatch.errors import DocumentError


class PageSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")
    url: AnyHttpUrl
    title: str | None = None
    selector: str | None = None  # CSS selector of the element whose text matters
    jurisdiction: str | None = None


class Settings(SourceSettings):
    pages: list[PageSettings] = []
    requests_per_second: float | None = 1.0
    respect_robots: bool = True


class Page(Source):
    kind = "page"
    Settings = Settings

    def __init__(self, context):
        super().__init__(context)
        self.robots = Robots(context.http, context.http.settings.user_agent)
        for page in self.settings.pages:
            context.http.set_rate(str(page.url), self.settings.requests_per_second)

    def discover(self) -> Iterator[Listing]:
        for page in self.settings.pages:
            url = str(page.url)
            yield Listing(
                external_id=url,
                url=url,
                title=page.title,
                always_fetch=True,
                metadata={"selector": page.selector, "jurisdiction": page.jurisdiction},
            )

    def probe(self) -> str:
        if not self.settings.pages:
            raise NotConfigured("no page configured")
        page = self.settings.pages[0]
        _, text, _ = response_text(self.context.http.get(str(page.url)), page.selector)
        if not text.strip():
            raise FormatChanged(f"{page.url}: no text in the page")
        return f"{page.url}: {len(text)} characters"

    def fetch(self, listing: Listing):
        refusal = self.robots.refusal(listing.url) if self.settings.respect_robots else None
        if refusal:
            raise DocumentError(f"{listing.url}: {refusal}")
        response = self.get_conditional(listing.url)
        if response is None:
            return UNCHANGED
        title, text, content_type = response_text(response, listing.metadata.get("selector"))
        if not text.strip():
            raise DocumentError(f"{listing.url}: no text in the page")
        record = self.record(listing, text, content_type, title=listing.title or title or listing.url)
        record.jurisdiction = listing.metadata.get("jurisdiction")
        record.metadata["validators"] = dict(zip(("etag", "last_modified"), response.validators, strict=True))
        return record

    def on_saved(self, listing: Listing, record) -> None:
        # remembered only now, so a crash before saving means the page is fetched in full again
        validators = record.metadata.get("validators") or {}
        self.context.store.save_validators(listing.url, validators.get("etag"), validators.get("last_modified"))


SOURCE = Page
