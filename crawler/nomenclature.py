"""`tariffwatch nomenclature sync`: a crawler job that downloads the official code lists into the store,
where nlp and digest read them.

- HS: the UN Comtrade reference file (JSON: {"results": [{"id", "text", "parent"}]}).
- HTSUS: the USITC HTS export (JSON list of {"htsno", "indent", "description", ...}).
Each list replaces the previous one atomically; a failed download keeps what was there.
"""

from __future__ import annotations

import json
import re

from crawler.http import HttpClient
from tariffwatch.codes import level_for
from tariffwatch.errors import SourceError


def parse_comtrade_hs(content: bytes) -> list[dict]:
    data = _json(content, "HS reference file")
    results = data.get("results") if isinstance(data, dict) else None
    if not isinstance(results, list):
        raise SourceError("HS reference file: no 'results' list")
    entries = []
    for item in results:
        code = str(item.get("id", ""))
        if not code.isdigit() or len(code) not in (2, 4, 6):
            continue  # 'TOTAL', 'AG2'... are aggregates, not codes
        text = re.sub(rf"^{code}\s*-\s*", "", str(item.get("text", ""))).strip()
        entries.append(
            {"code": code, "description": text, "parent": str(item.get("parent") or ""), "level": level_for(code)}
        )
    return entries


def parse_usitc_hts(content: bytes) -> list[dict]:
    data = _json(content, "HTS export")
    if not isinstance(data, list):
        raise SourceError("HTS export: expected a JSON list of rows")
    entries, trail = [], {}
    for row in data:
        code = re.sub(r"\D", "", str(row.get("htsno") or ""))
        description = " ".join(str(row.get("description") or "").split())
        indent = int(row.get("indent") or 0)
        trail[indent] = description
        if not code or len(code) not in (4, 6, 8, 10):
            continue
        # HTS rows often say only "Other": prefix the parent line so the description stands alone
        if description.lower().rstrip(":") == "other" and indent > 0 and trail.get(indent - 1):
            description = f"{trail[indent - 1].rstrip(':')}: other"
        entries.append({"code": code, "description": description, "parent": "", "level": level_for(code)})
    return entries


def _json(content: bytes, what: str):
    try:
        return json.loads(content)
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise SourceError(f"{what}: not valid JSON (truncated or an error page?)") from None


SYSTEMS = {"hs": ("hs_url", parse_comtrade_hs), "us_hts": ("us_hts_url", parse_usitc_hts)}


def sync(config, store, systems: list[str] | None = None) -> dict[str, int | str]:
    """Download and load each system; returns entries loaded, or the one-line error, per system."""
    http = HttpClient(config.http)
    results: dict[str, int | str] = {}
    try:
        for system in systems or list(SYSTEMS):
            setting, parse = SYSTEMS[system]
            url = str(getattr(config.nomenclature, setting))
            try:
                entries = parse(http.get(url).content)
                if not entries:
                    raise SourceError("no codes found")
                results[system] = store.replace_nomenclature(system, url, entries)
            except Exception as exc:  # one system failing must not stop the other
                results[system] = f"failed: {exc}"
    finally:
        http.close()
    return results
