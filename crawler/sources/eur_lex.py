"""The EU Official Journal through the Publications Office's CELLAR SPARQL endpoint and EUR-Lex.

Discovery asks SPARQL for the acts published since the last run (CELEX number, title, date,
ELI), page by page (LIMIT/OFFSET); backfill asks month by month. Every act's metadata is
stored; the full text (EUR-Lex HTML by CELEX, in the configured language) only for
trade-relevant acts, by a title filter kept in config. A corrigendum
(CELEX ...R(01)) is linked to the act it corrects.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date, timedelta

from pydantic import AnyHttpUrl, Field

from crawler.base import Listing, Source, SourceSettings
from crawler.documents import response_text
from crawler.history import month_windows
from tariffwatch.errors import DocumentError, SourceError

LANGUAGES = {"EN": "ENG", "FR": "FRA", "DE": "DEU"}
TRADE_RELEVANT = (
    r"anti-?dumping|countervailing|anti-?subsidy|safeguard|tariff quota|quota|suspend|suspension|"
    r"Combined Nomenclature|TARIC|customs dut|rules of origin|origin|trade agreement|partnership agreement|"
    r"free trade|import|export|restrictive measures|droit antidumping|contingent|Antidumping|Zoll|Kontingent"
)
QUERY = """PREFIX cdm: <http://publications.europa.eu/ontology/cdm#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
SELECT DISTINCT ?celex ?date ?title ?eli WHERE {
  ?work cdm:resource_legal_id_celex ?celex ;
        cdm:resource_legal_published_in_official-journal ?oj .
  ?oj cdm:publication_general_date_publication ?date .
  FILTER (?date >= "{start}"^^xsd:date && ?date <= "{end}"^^xsd:date)
  OPTIONAL { ?expression cdm:expression_belongs_to_work ?work ;
      cdm:expression_uses_language <http://publications.europa.eu/resource/authority/language/{lang3}> ;
                         cdm:expression_title ?title . }
  OPTIONAL { ?work cdm:resource_legal_eli ?eli . }
} ORDER BY ?date ?celex LIMIT {limit} OFFSET {offset}"""


class Settings(SourceSettings):
    base_url: AnyHttpUrl = "https://eur-lex.europa.eu"
    sparql_url: AnyHttpUrl = "https://publications.europa.eu/webapi/rdf/sparql"
    language: str = Field("EN", pattern="^(EN|FR|DE)$")
    lookback_days: int = Field(3, ge=0, le=365)
    trade_relevant: str = TRADE_RELEVANT  # regular expression over act titles: full text kept for these
    sparql_query: str = QUERY  # placeholders {start} {end} {lang3} {limit} {offset}
    limit: int = Field(2000, ge=1, le=10000)
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

    def query(self, start: date, end: date, offset: int = 0) -> str:
        values = {
            "{start}": start.isoformat(),
            "{end}": end.isoformat(),
            "{lang3}": LANGUAGES[self.settings.language],
            "{limit}": str(self.settings.limit),
            "{offset}": str(offset),
        }
        query = self.settings.sparql_query
        for placeholder, value in values.items():
            query = query.replace(placeholder, value)
        return query

    def _sparql(self, query: str) -> list[dict]:
        response = self.context.http.get(
            str(self.settings.sparql_url),
            params={"query": query, "format": "application/sparql-results+json"},
            headers={"Accept": "application/sparql-results+json"},
        )
        return sparql_bindings(response.content, response.content_type, response.url)

    def _listing(self, celex: str, binding: dict) -> Listing:
        title = binding.get("title") or celex
        lang = self.settings.language
        corrects = re.match(r"^(\d[0-9A-Z]+?)R\(\d+\)$", celex)
        return Listing(
            external_id=celex,
            title=title,
            published_date=(binding.get("date") or "")[:10] or None,
            url=f"{str(self.settings.base_url).rstrip('/')}/legal-content/{lang}/TXT/HTML/?uri=CELEX:{celex}",
            metadata={
                "celex": celex,
                "eli": binding.get("eli"),
                "language": lang,
                "corrects": corrects.group(1) if corrects else None,
                "full_text": bool(self.relevant.search(title)),
            },
        )

    def fetch(self, listing: Listing):
        if not listing.metadata["full_text"]:  # metadata only: the title is what we keep
            return self.record(listing, listing.title, "text/plain")
        response = self.context.http.get(listing.url)
        title, text, content_type = response_text(response)
        if listing.external_id[1:] not in text.replace(" ", "") and "Article" not in text and "Artikel" not in text:
            raise DocumentError(f"{listing.url}: EUR-Lex returned a page without the act (error or challenge page)")
        return self.record(listing, text, content_type, title=listing.title)

    def finish(self, failed: list[Listing]) -> None:
        dates = [item.published_date for item in failed if item.published_date]
        self.context.set_state("next_publication_date", min(dates) if dates else date.today().isoformat())


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
