"""Countries: the implementing jurisdiction, and the countries the measure affects (origin etc.)."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

# Phrases that only one jurisdiction's official texts use (counted as plain substrings: fast).
JURISDICTION_CUES = {
    "EU": (
        "European Commission",
        "Official Journal of the European Union",
        "Council of the European Union",
        "Combined Nomenclature",
        "TARIC",
        "THE COMMISSION OF THE EUROPEAN",
        "(EU) No",
        "(EU) 20",
        "(EC) No",
        "Journal officiel de l'Union",
        "Amtsblatt der Europäischen Union",
    ),
    "US": (
        "Federal Register",
        "President of the United States",
        "HTSUS",
        "Harmonized Tariff Schedule of the United States",
        "U.S. Customs and Border Protection",
        "19 CFR",
        "THE WHITE HOUSE",
        "Department of Commerce",
    ),
    "GB": (
        "HMRC",
        "UK Global Tariff",
        "UK global tariff",
        "Trade Remedies Authority",
        "Tariff stop press",
        "CDS and CHIEF",
        "the UK’s",
        "the UK's",
        "gov.uk",
    ),
    "CA": ("Governor General in Council", "Customs Tariff", "SOR/", "Canada Gazette", "Canada Border Services"),
}
AFFECTED_CUE = re.compile(
    r"\b(?i:originat(?:ing|es?)\s+in|consigned\s+from|exemption\s+of|imports?\s+(?:of\s+[^.;]{0,80}?\s+)?from|exported\s+from|"
    r"products?\s+of|goods\s+from|from)\s+(?:the\s+)?(?P<name>[A-Z][\w’'\-]*(?:\s+(?:of\s+)?(?:the\s+)?[A-Z][\w’'\-]*){0,4})"
)


@cache
def _names() -> dict[str, str]:
    data = json.loads(resources.files("nlp").joinpath("data/countries.json").read_text("utf-8"))
    return {name: code for name, code in data.items() if not name.startswith("_")}


def implementing_jurisdiction(text: str, source_jurisdiction: str | None = None) -> list[str]:
    if source_jurisdiction:
        return [source_jurisdiction]
    opening = text[:8000]  # the heading and first paragraphs say who acts
    scores = {code: sum(opening.count(cue) for cue in cues) for code, cues in JURISDICTION_CUES.items()}
    best = max(scores, key=scores.get)
    return [best] if scores[best] else []


LIST_SEPARATOR = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")


def affected_countries(text: str, implementing: list[str]) -> list[str]:
    """Countries named after 'originating in', 'from', 'imports of ... from' (lists too:
    'originating in Türkiye and Ukraine'); most frequent first."""
    counts: dict[str, int] = {}
    for match in AFFECTED_CUE.finditer(text):
        for code in _country_list(text[match.start("name") : match.start("name") + 160]):
            if code not in implementing:
                counts[code] = counts.get(code, 0) + 1
    return sorted(counts, key=lambda c: -counts[c])


def _country_list(phrase: str) -> list[str]:
    """The countries at the start of `phrase`, as long as they follow each other in a list."""
    found = []
    for part in LIST_SEPARATOR.split(phrase.split(".")[0].split(";")[0]):
        part = re.sub(r"^(?:the\s+)", "", part.strip(), flags=re.I)
        code = _longest_country_prefix(part) if part[:1].isupper() else None
        if code is None:
            break
        found.append(code)
    return found


def _longest_country_prefix(phrase: str) -> str | None:
    words = phrase.replace("’", "'").split()
    names = _names()
    for size in range(len(words), 0, -1):
        candidate = " ".join(words[:size]).lower().strip(",.;:()")
        candidate = re.sub(r"\s*\(.*$", "", candidate)
        if candidate in names:
            return names[candidate]
        if candidate.replace("'", "’") in names:
            return names[candidate.replace("'", "’")]
    return None
