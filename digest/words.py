"""What codes mean to a reader: measure types, countries, date types and flags in words."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

MEASURE_WORDS = {
    "anti_dumping": "anti-dumping duty",
    "countervailing": "countervailing duty",
    "safeguard": "safeguard",
    "tariff_quota": "tariff quota",
    "duty_rate_change": "duty rate change",
    "duty_suspension": "duty suspension",
    "suspension": "duty suspension",
    "exclusion": "exclusion",
    "preference": "preferential tariff",
    "preference_fta": "preferential tariff",
    "prohibition": "prohibition",
    "prohibition_or_licensing": "prohibition or licensing",
    "licensing": "licensing",
    "sanction": "sanctions",
    "sanctions": "sanctions",
    "retaliation": "retaliatory duty",
    "nomenclature_change": "tariff code changes",
    "rules_of_origin": "rules of origin",
    "sps_tbt": "SPS/TBT measure",
    "remission": "duty remission",
    "other": "other measure",
}
DATE_WORDS = {
    "entry_into_force": "in force",
    "application_start": "applies from",
    "application_end": "applies until",
    "expiry": "expires",
    "comment_deadline": "comments due",
    "publication": "published",
    "document_date": "dated",
}
SPECIAL_NAMES = {
    "EU": "European Union",
    "GB": "United Kingdom",
    "UK": "United Kingdom",
    "US": "United States",
    "KR": "South Korea",
}


def measure_words(types: list[str]) -> list[str]:
    return list(dict.fromkeys(MEASURE_WORDS.get(t, t.replace("_", " ")) for t in types or []))


@cache
def _country_names() -> dict[str, str]:
    data = json.loads(resources.files("nlp").joinpath("data/countries.json").read_text("utf-8"))
    names: dict[str, str] = {}
    for name, code in data.items():
        if not name.startswith("_"):
            names.setdefault(code, name)  # the file lists the everyday name first
    return {code: _title(name) for code, name in names.items()} | SPECIAL_NAMES


def _title(name: str) -> str:
    small = {"and", "of", "the"}
    return " ".join(w if w in small and i else w[:1].upper() + w[1:] for i, w in enumerate(name.split()))


def country_name(code: str | None) -> str:
    return _country_names().get(code or "", code or "unknown")


def flag(code: str | None) -> str:
    """The flag emoji of a two-letter code (regional indicator symbols); '' for anything else."""
    if not code or len(code) != 2 or not code.isalpha() or not code.isascii():
        return ""
    code = "GB" if code.upper() == "UK" else code.upper()
    return "".join(chr(0x1F1E6 + ord(ch) - ord("A")) for ch in code)
