"""Canada Gazette Parts I and II: the RSS feeds, each issue's index page, the trade items in it.

Part II lists regulations one page each ("SOR/2026-301 United States Surtax Order..."): their
titles say what they are, so a title filter picks the trade ones and each page is fetched.
Part I notices share pages and are linked as anchors (`notice-avis-eng.html#na1`) with link
texts such as "Notice No. HA-2026-015" that say nothing of the subject: each anchor is its own
document (its section of the page, up to the next linked anchor), kept when the notice's own
heading and opening text concern trade. A shared page is fetched once. Backfill walks the
archive year by year: each part's year index ({archive_url}p2/2024/index-eng.html) links its
issues' index pages, read as above.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from urllib.parse import urljoin

from bs4 import BeautifulSoup
from pydantic import AnyHttpUrl, Field

from crawler.base import Listing, SourceSettings
from crawler.documents import response_text
from crawler.feeds import FeedEntry
from crawler.feedsource import FeedSource
from crawler.history import year_windows
from crawler.textract import decode, html_to_text
from tariffwatch.errors import DocumentError

TRADE_TITLES = (
    r"customs tariff|surtax(?:es)?|tariffs?|remission|imports?|importation|importers?|exports?|exportation|"
    r"exporters?|anti-dumping|countervailing|dumping|subsidi[sz]\w*|safeguards?|free trade|trade agreements?|"
    r"quotas?|sanctions?|special economic measures|duties|customs"
)
REGULATION_NUMBER = re.compile(r"\b(SOR|SI|TR)/(\d{4})-(\d+)\b")
SECTION_MARK = "\u27e6tw-section:{}\u27e7"  # placed before each anchored element, split on after conversion
SECTION_SPLIT = re.compile("\u27e6tw-section:([^\u27e7]*)\u27e7")
RELEVANCE_WINDOW = 1500  # heading and opening paragraphs: what a notice is about


ISSUE_INDEX = re.compile(r"/(\d{4}-\d{2}-\d{2})/html/index-eng\.html$")  # an issue's own index page


class Settings(SourceSettings):
    base_url: AnyHttpUrl = "https://gazette.gc.ca/rss/"
    feeds: list[str] = Field(default_factory=lambda: ["p1-eng.xml", "p2-eng.xml"])
    trade_titles: str = TRADE_TITLES  # regular expression over titles and notice openings (whole words)
    selector: str | None = "main"
    archive_url: AnyHttpUrl = "https://gazette.gc.ca/rp-pr/"  # backfill: {archive_url}{part}/{year}/index-eng.html
    archive_parts: list[str] = Field(default_factory=lambda: ["p1", "p2"])
    requests_per_second: float = 2
    min_items_per_week: int | None = None  # trade items do not appear every week


class CanadaGazette(FeedSource):
    kind = "canada_gazette"
    jurisdiction = "CA"
    Settings = Settings

    def __init__(self, context):
        super().__init__(context)
        self.relevant = re.compile(rf"\b(?:{self.settings.trade_titles})\b", re.I)

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
                        yield from self.listings_for(FeedEntry(url, url, f"Canada Gazette {part} {day}", day, None))

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
        """An issue: read its index page; list its trade regulations and its trade notices."""
        try:
            index = self.context.http.get(entry.url)
        except DocumentError as exc:
            self.context.missed(f"canada_gazette: issue index {exc}")
            return
        anchored: dict[str, list[tuple[str, str]]] = {}
        issue = {"issue": entry.url, "issue_title": entry.title}
        for title, url, fragment in index_links(index.content, index.url):
            if fragment:
                anchored.setdefault(url, []).append((fragment, title))
            elif self.relevant.search(title):
                yield Listing(external_id=url, url=url, title=title, published_date=entry.published, metadata=issue)
        for page_url, anchors in anchored.items():
            yield from self._notices(page_url, anchors, entry, issue)

    def _notices(self, page_url: str, anchors: list[tuple[str, str]], entry: FeedEntry, issue: dict):
        try:
            page = self.context.http.get(page_url)
            sections = notice_sections(page.content, page.charset, [f for f, _ in anchors], self.settings.selector)
        except DocumentError as exc:
            self.context.missed(f"canada_gazette: notice page {exc}")
            return
        for fragment, link_text in anchors:
            text = sections.get(fragment)
            if not text:
                self.context.warn(f"canada_gazette: {page_url}#{fragment}: no element with that id on the page")
                continue
            if not self.relevant.search(text[:RELEVANCE_WINDOW]):
                continue
            yield Listing(
                external_id=f"{page_url}#{fragment}",
                url=f"{page_url}#{fragment}",
                title=section_title(text) or link_text,
                published_date=entry.published,
                metadata={**issue, "section": text, "link_text": link_text},
            )

    def fetch(self, listing: Listing):
        section = listing.metadata.pop("section", None)
        if section is not None:
            return self.record(listing, section, "text/html", identifier=listing.metadata.get("link_text"))
        response = self.context.http.get(listing.url)
        title, text, content_type = response_text(response, self.settings.selector)
        number = REGULATION_NUMBER.search(f"{listing.title} {text[:2000]}")
        return self.record(listing, text, content_type, identifier=number.group(0) if number else None)


def index_links(content: bytes, base: str) -> Iterator[tuple[str, str, str]]:
    """(link text, page URL, fragment) of every document link in an issue index's main part."""
    soup = BeautifulSoup(content, "lxml")
    for anchor in (soup.select_one("main") or soup).find_all("a", href=True):
        title = " ".join(anchor.get_text(" ", strip=True).split())
        url, _, fragment = urljoin(base, anchor["href"]).partition("#")
        if title and url.lower().endswith((".html", ".pdf")) and url != base.partition("#")[0]:
            yield title, url, fragment


def notice_sections(content: bytes, charset: str | None, fragments: list[str], selector: str | None) -> dict:
    """fragment -> the text from the element with that id up to the next linked one."""
    soup = BeautifulSoup(decode(content, charset), "lxml")
    for fragment in fragments:
        element = soup.find(id=fragment)
        if element is not None:
            element.insert_before(soup.new_string(f"\n{SECTION_MARK.format(fragment)}\n"))
    scope = selector if selector and soup.select_one(selector) else None
    text = html_to_text(str(soup), selector=scope)[1]
    pieces = SECTION_SPLIT.split(text)
    return {pieces[i]: pieces[i + 1].strip() for i in range(1, len(pieces) - 1, 2)}


def section_title(text: str) -> str | None:
    """The notice's heading lines (short lines before the first sentence), joined."""
    heading = []
    for line in [line.strip() for line in text.splitlines() if line.strip()][:4]:
        if len(line) > 160 or line.endswith("."):
            break
        heading.append(line)
    return " — ".join(heading) or None


SOURCE = CanadaGazette
