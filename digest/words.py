"""What codes mean to a reader: measure types, countries, date types and flags in words."""

from __future__ import annotations

MEASURE_WORDS = {
    "anti_dumping": "anti-dumping duty",
    "countervailing": "countervailing duty",
    "safeguard": "safeguard",
    "tariff_quota": "tariff quota",
    "duty_rate_change": "duty rate change",
    "duty_suspension": "duty suspension",
    "exclusion": "exclusion",
    "preference": "preferential tariff",
    "prohibition": "prohibition",
    "licensing": "licensing",
    "sanction": "sanctions",
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


def measure_words(types: list[str]) -> list[str]:
    return list(dict.fromkeys(MEASURE_WORDS.get(t, t.replace("_", " ")) for t in types or []))


def flag(code: str | None) -> str:
    """The flag emoji of a two-letter code (regional indicator symbols); '' for anything else."""
    if not code or len(code) != 2 or not code.isalpha() or not code.isascii():
        return ""
    code = "GB" if code.upper() == "UK" else code.upper()
    return "".join(chr(0x1F1E6 + ord(ch) - ord("A")) for ch in code)
