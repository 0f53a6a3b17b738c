"""The EU Official Journal: discovery through CELLAR's SPARQL endpoint, acts through CELLAR content negotiation.

Discovery asks SPARQL for the acts published in a window (CELEX, title, date, ELI); backfill
asks month by month. Since
1 October 2023 the OJ L series is published act by act: each act carries its own publication
date in `cdm:official-journal-act_date_publication`. Acts of the older issue-based model carry
it on their OJ issue (`cdm:resource_legal_published_in_official-journal` ->
`cdm:publication_general_date_publication`). The query asks for both, so either model is found.

Every act's metadata is stored; the full text only for trade-relevant acts (a title filter kept
in config). `eur-lex.europa.eu/legal-content/...` answers non-browser clients with an AWS WAF
challenge, so texts come from `{base_url}/celex/{CELEX}` with `Accept: application/xhtml+xml`
(then `text/html`) and `Accept-Language` (ISO 639-2/T: eng, fra, deu); CELLAR redirects to the
manifestation, or answers 300 with the list of its documents. A corrigendum (CELEX ...R(01)) is
linked to the act it corrects.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date, timedelta
from urllib.parse import urljoin

from bs4 import BeautifulSoup
from pydantic import AnyHttpUrl, Field

from crawler.base import Listing, Source, SourceSettings, field_date
from crawler.history import month_windows
from crawler.http import HttpError, Response
from crawler.shapes import first_item, json_document, require
from crawler.textract import html_to_text
from tariffwatch.errors import DocumentError, SourceError

LANGUAGES = {"EN": "ENG", "FR": "FRA", "DE": "DEU"}  # EUR-Lex code -> CELLAR authority code (ISO 639-2/T)
ACCEPTS = ("application/xhtml+xml", "text/html")  # OJ acts have XHTML; older acts and judgments HTML
TRADE_RELEVANT = (
    r"anti-?dumping|countervailing|anti-?subsidy|safeguard|tariff quota|quota|suspend|suspension|"
    r"Combined Nomenclature|TARIC|customs dut|rules of origin|origin|trade agreement|partnership agreement|"
    r"free trade|import|export|restrictive measures|droit antidumping|contingent|Antidumping|Zoll|Kontingent"
)
QUERY = """PREFIX cdm: <http://publications.europa.eu/ontology/cdm#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
SELECT DISTINCT ?celex ?date ?title ?eli WHERE {
  ?work cdm:resource_legal_id_celex ?celex .
  { ?work cdm:official-journal-act_date_publication ?date . }
  UNION
  { ?work cdm:resource_legal_published_in_official-journal ?oj .
    ?oj cdm:publication_general_date_publication ?date . }
  FILTER (?date >= "{start}"^^xsd:date && ?date <= "{end}"^^xsd:date)
  OPTIONAL { ?expression cdm:expression_belongs_to_work ?work ;
      cdm:expression_uses_language <http://publications.europa.eu/resource/authority/language/{lang3}> ;
      cdm:expression_title ?title . }
  OPTIONAL { ?work cdm:resource_legal_eli ?eli . }
} ORDER BY ?date ?celex LIMIT {limit} OFFSET {offset}"""


class Settings(SourceSettings):
    base_url: AnyHttpUrl = "https://publications.europa.eu/resource"  # CELLAR: {base_url}/celex/{CELEX}
    sparql_url: AnyHttpUrl = "https://publications.europa.eu/webapi/rdf/sparql"
    language: str = Field("EN", pattern="^(EN|FR|DE)$")
    lookback_days: int = Field(3, ge=0, le=365)
    trade_relevant: str = TRADE_RELEVANT  # regular expression over act titles: full text kept for these
    sparql_query: str = QUERY  # placeholders {start} {end} {lang3} {limit} {offset}
    limit: int = Field(1000, ge=1, le=10000)  # rows per SPARQL page
    requests_per_second: float = 2
    min_items_per_week: int | None = 20  # the OJ L series publishes dozens of acts a week


class EurLex(Source):
    kind = "eur_lex"
    jurisdiction = "EU"
    Settings = Settings

    def __init__(self, context):
        super().__init__(context)
        context.http.set_rate(str(self.settings.sparql_url), self.settings.requests_per_second)
        self.relevant = re.compile(self.settings.trade_relevant, re.I)
        marker = context.get_state("next_publication_date")
        self.start = (
            date.fromisoformat(marker) if marker else date.today() - timedelta(days=self.settings.lookback_days)
        )

    def discover(self) -> Iterator[Listing]:
        yield from self.discover_window(self.start, date.today())

    def history_windows(self, start: date, end: date) -> list[tuple[date, date]]:
        return month_windows(start, end)

    def discover_window(self, start: date, end: date) -> Iterator[Listing]:
        """Every act published in the OJ from `start` to `end` (inclusive), once each."""
        seen = set()
        for binding in self.published_acts(start, end):
            celex = binding.get("celex")
            if celex and celex not in seen:
                seen.add(celex)
                yield self._listing(celex, binding)

    def published_acts(self, start: date, end: date) -> Iterator[dict]:
        """SPARQL rows {celex, date, title, eli}, page by page (LIMIT/OFFSET) until a short page."""
        offset = 0
        while True:
            rows = self._sparql(self.query(start, end, offset))
            yield from rows
            if len(rows) < self.settings.limit:
                return
            offset += self.settings.limit

    def probe(self) -> str:
        today = date.today()
        response = self._sparql_response(self.query(today - timedelta(days=7), today, limit=1))
        data = json_document(response, "SPARQL results")
        require(data, ["head", "results"], "SPARQL results")
        require(data["results"], ["bindings"], "SPARQL results.results")
        binding = first_item(data["results"]["bindings"], "SPARQL bindings")
        if binding is not None:
            require(binding, ["celex", "date"], "SPARQL bindings[0]")
        return "acts published in the last 7 days: " + ("some" if binding else "none")

    def query(self, start: date, end: date, offset: int = 0, limit: int | None = None) -> str:
        values = {
            "{start}": start.isoformat(),
            "{end}": end.isoformat(),
            "{lang3}": LANGUAGES[self.settings.language],
            "{limit}": str(limit or self.settings.limit),
            "{offset}": str(offset),
        }
        query = self.settings.sparql_query
        for placeholder, value in values.items():
            query = query.replace(placeholder, value)
        return query

    def _sparql(self, query: str) -> list[dict]:
        response = self._sparql_response(query)
        return sparql_bindings(response.content, response.content_type, response.url)

    def _sparql_response(self, query: str) -> Response:
        return self.context.http.get(
            str(self.settings.sparql_url),
            params={"query": query, "format": "application/sparql-results+json"},
            headers={"Accept": "application/sparql-results+json"},
        )

    def _listing(self, celex: str, binding: dict) -> Listing:
        title = binding.get("title") or celex
        corrects = re.match(r"^(\d[0-9A-Z]+?)R\(\d+\)$", celex)
        published = (binding.get("date") or "")[:10] or None
        return Listing(
            external_id=celex,
            title=title,
            published_date=published,
            url=binding.get("eli")
            or f"https://eur-lex.europa.eu/legal-content/{self.settings.language}/TXT/?uri=CELEX:{celex}",
            metadata={
                "celex": celex,
                "eli": binding.get("eli"),
                "language": self.settings.language,
                "corrects": corrects.group(1) if corrects else None,
                "full_text": bool(self.relevant.search(title)),
                "field_dates": field_date("date", "publication", published, "CELLAR OJ publication date"),
            },
        )

    def fetch(self, listing: Listing):
        references = {"identifier": f"CELEX:{listing.external_id}", "citation": listing.metadata.get("eli")}
        if not listing.metadata["full_text"]:  # metadata only: the title is what we keep
            return self.record(listing, listing.title, "text/plain", **references)
        response = self._act(listing.external_id)
        text = html_to_text(response.content, response.charset)[1]
        number = re.sub(r"^\d(\d{4})[A-Z]+0*(\d+).*$", r"\1/\2", listing.external_id)
        if number not in text and "Article" not in text and "Artikel" not in text:
            raise DocumentError(f"{response.url}: CELLAR answered a page without the act {listing.external_id}")
        return self.record(listing, text, "text/html", **references)

    def _act(self, celex: str) -> Response:
        """The act's XHTML (or HTML) manifestation in the configured language, by content negotiation."""
        url = f"{str(self.settings.base_url).rstrip('/')}/celex/{celex}"
        language = LANGUAGES[self.settings.language].lower()
        missing = None
        for accept in ACCEPTS:
            try:
                response = self.context.http.get(url, headers={"Accept": accept, "Accept-Language": language})
            except HttpError as exc:
                if exc.status not in (404, 406):
                    raise
                missing = exc
                continue
            if response.status == 300:  # several documents in the manifestation: the act is the first
                response = self.context.http.get(first_document(response))
            return response
        raise DocumentError(f"{url}: no XHTML or HTML of {celex} in {language} ({missing})")

    def finish(self, failed: list[Listing]) -> None:
        dates = [item.published_date for item in failed if item.published_date]
        self.context.set_state("next_publication_date", min(dates) if dates else date.today().isoformat())


def first_document(response: Response) -> str:
    """The first DOC_n link of CELLAR's 300 Multiple Choices list."""
    soup = BeautifulSoup(response.content, "lxml")
    links = [urljoin(response.url, a["href"]) for a in soup.find_all("a", href=True) if "DOC_" in a["href"]]
    if not links:
        raise DocumentError(f"{response.url}: 300 Multiple Choices without a document link")
    return sorted(links, key=lambda link: int(re.search(r"DOC_(\d+)", link).group(1)))[0]


def sparql_bindings(content: bytes, content_type: str, url: str) -> list[dict]:
    """SPARQL 1.1 JSON results as plain {variable: value} rows; an error page is one clear line."""
    if "html" in content_type:
        raise SourceError(f"{url}: expected SPARQL JSON results, got {content_type} (an error page?)")
    try:
        data = json.loads(content)
        rows = data["results"]["bindings"]
    except (UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError):
        raise SourceError(f"{url}: truncated or invalid SPARQL JSON results") from None
    return [{name: cell.get("value") for name, cell in row.items()} for row in rows]


SOURCE = EurLex
