"""One change as a reader sees it: the facts they scan for, each linked to its sentence.

Everything here is plain data for the templates (HTML, text, Markdown, JSON, e-mail, web):
the official title and identifier, jurisdiction, measure types in words, affected countries,
key dates and the document's own date, rates and quota volumes where extracted, the summary,
the product area (primary, others, inferred), collapsed code lists and amendments.
Links from crawled data are kept only when they are http(s); otherwise the web UI's change page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from digest.age import age_of
from digest.amend import amendment, code_label, rate_label
from digest.areas import placement, shown_order
from digest.links import change_page, safe_url
from digest.words import DATE_WORDS, flag, measure_words
from nlp.codes.nomenclature import chapter_title
from nlp.countries.display import display_name as country_name
from nlp.countries.names import find_country_names
from nlp.summary.period import CASE_STEPS
from nlp.text.numbers import shown_number

KEY_DATE_TYPES = ("entry_into_force", "application_start", "application_end", "expiry", "comment_deadline")
CODES_SHOWN = 5
COUNTRIES_SHOWN = 8  # a preference scheme may list 60 beneficiaries: the rest is one click away
OTHERS_SHOWN = 8  # chapters named in 'also affects'; the change page lists them all


@dataclass
class EntryOptions:
    base_url: str = "http://127.0.0.1:8000"
    older_after_days: int = 30  # published this long before it was first seen: not news


def decorate(change: dict, describe, options: EntryOptions, previous: dict | None = None) -> dict:
    """Add what every format shows to a stored change (in place; returns it)."""
    page = change_page(options.base_url, change["id"])
    official = safe_url(change.get("url"))
    title = display_title(change)
    change.update(
        display_title=title,
        summary_shown=summary_under(change.get("summary"), title),
        identifier=_identifier(change, title),
        change_page=page,
        link=official or page,
        official=bool(official),
        flag=flag(change.get("jurisdiction")),
        jurisdiction_name=country_name(change.get("jurisdiction")) if change.get("jurisdiction") else "unknown",
        measures=measure_words(change.get("measure_types") or []),
        affected=_affected(change, page),
        key_dates=_key_dates(change, page),
        rates_shown=[_rate(rate, i, page) for i, rate in enumerate(change.get("rates") or [])],
        quotas_shown=[_quota(quota, i, page) for i, quota in enumerate(change.get("quotas") or [])],
        also_published_as=[u for u in (safe_url(u) for u in change.get("also_published_as") or []) if u],
    )
    change["affected_shown"] = change["affected"][:COUNTRIES_SHOWN]
    change["affected_more"] = len(change["affected"]) - len(change["affected_shown"])
    _own_date(change)
    _area(change, describe, page)
    age = age_of(change, options.older_after_days)
    change["older"], change["undated"] = age == "older", age == "undated"
    change["amended"] = None
    if previous is not None:
        change["amended"] = amendment(previous, change)
    return change


def _identifier(change: dict, title: str) -> str | None:
    """'FR Doc. 2026-21001 (91 FR 80123)': the document's own number, with its citation when it differs; none
    where the title already ends with it in brackets (a republisher's title: '..., 18913 [2026-07164]') or is
    that number (a document known by its number: 'Resolución 1913/2015')."""
    identifier, citation = change.get("identifier"), change.get("citation")
    if identifier and citation and citation not in identifier:
        identifier = f"{identifier} ({citation})"
    identifier = identifier or citation
    if identifier and (title.rstrip().endswith(f"[{identifier}]") or title.strip() == identifier.strip()):
        return None
    return identifier


LEADING_CODE_COUNT = re.compile(r"^\s*\(\d+ tariff codes?\)(?=[.;])")


def summary_under(summary: str | None, title: str) -> str | None:
    """The summary shown under a heading: without its first sentence when that sentence is the heading (a
    document without a title is headed by its summary's lead), so the reader does not read it twice; none when
    that sentence is all of it."""
    if not summary:
        return summary
    heading = title.rstrip(".")
    rest = summary[len(heading) :] if summary.startswith(heading) else None
    rest = LEADING_CODE_COUNT.sub("", rest) if rest else rest  # the heading leaves the count to the codes line
    if rest and rest.startswith("; "):  # the heading is the lead's first clause: its second reads on alone
        return rest[2:3].upper() + rest[3:]
    if rest is None or (rest and not rest.startswith(".")):  # not the heading, or the heading ends mid-sentence
        return summary
    return rest.lstrip(". ").strip() or None  # a summary that is only its heading says nothing more


def display_title(change: dict) -> str:
    """An act's designation or a notice's subject read from the text beats the source's title;
    a title-like first line does not (the source's metadata knows better)."""
    official = change.get("official_title")
    if change.get("official_title_kind") not in ("act", "subject"):
        official = change.get("title") or official
    return " ".join(str(official or "Untitled document").split())


def _affected(change: dict, page: str) -> list[dict]:
    """Affected countries by name, each linked to the sentence that names it when extraction kept one
    (`country_evidence` rows: code, role, start, end)."""
    countries = change.get("countries") or {}
    evidence: dict[str, int] = {}
    for i, item in enumerate(change.get("country_evidence") or []):
        if item.get("role", "affected") == "affected" and item.get("start") is not None:
            evidence.setdefault(item.get("code"), i)
    return [
        {
            "code": code,
            "name": country_name(code),
            "evidence_url": f"{page}#country-{evidence[code]}" if code in evidence else None,
        }
        for code in countries.get("affected") or []
    ]


def _key_dates(change: dict, page: str) -> list[dict]:
    case_step = is_case_step(change.get("summary"))
    dates = [
        {
            "type": d["type"],
            "label": "notice effective" if case_step and d["type"] == "entry_into_force" else DATE_WORDS[d["type"]],
            "date": d["date"],
            "derived": bool(d.get("derived")),
            "sentence": d.get("sentence"),
            # a date from the source's metadata ("API field effective_on") has no span: the dates table
            "evidence_url": f"{page}#date-{i}" if d.get("start") is not None else f"{page}#dates",
            "field": d.get("field"),
        }
        for i, d in enumerate(change["dates"])
        if d["type"] in KEY_DATE_TYPES
    ]
    seen, unique = set(), []
    for d in sorted(dates, key=lambda d: (KEY_DATE_TYPES.index(d["type"]), d["date"])):
        if (d["type"], d["date"]) not in seen:  # the same date stated twice is one fact for the reader
            seen.add((d["type"], d["date"]))
            unique.append(d)
    return unique


def _own_date(change: dict) -> None:
    """The document's own date: its publication (source metadata, else the text), else its date."""
    found = {}
    for i, d in enumerate(change["dates"]):
        found.setdefault(d["type"], (d["date"], i))
    page = change["change_page"]
    if change.get("published_date"):
        change["own_date"] = {"label": "published", "date": change["published_date"], "evidence_url": None}
    elif "publication" in found:
        day, i = found["publication"]
        change["own_date"] = {"label": "published", "date": day, "evidence_url": f"{page}#date-{i}"}
    elif "document_date" in found:
        day, i = found["document_date"]
        change["own_date"] = {"label": "dated", "date": day, "evidence_url": f"{page}#date-{i}"}
    else:
        change["own_date"] = None
    own = change["own_date"]["date"] if change["own_date"] else None
    change["first_seen_shown"] = change.get("first_seen") if change.get("first_seen") != own else None


def _rate(rate: dict, index: int, page: str) -> dict:
    kind = (rate.get("kind") or "").replace("_", " ")
    role = rate.get("role") if rate.get("role") not in (None, "new", "other") else None
    return {
        "label": rate_label(rate),
        "kind": kind,
        "role": (role or "").replace("_", " "),
        "applies_to": in_english(rate.get("applies_to")),
        "evidence_url": f"{page}#rate-{index}" if rate.get("start") is not None else None,
    }


# An EU act's residual row in its other languages ('Alle übrigen Unternehmen', 'Toutes les autres sociétés').
RESIDUAL = re.compile(
    r"(?i:alle\s+(?:anderen|übrigen)\s+Unternehmen|toutes\s+les\s+autres\s+(?:sociétés|entreprises)|"
    r"todas\s+las\s+demás\s+empresas|tutte\s+le\s+altre\s+(?:società|imprese)|alle\s+andere\s+ondernemingen|"
    # 'Alle übrigen Einfuhren mit Ursprung in der Volksrepublik China': the rest of the origin's imports
    r"(?:alle\s+(?:anderen|übrigen)\s+Einfuhren|toutes\s+les\s+autres\s+importations|todas\s+las\s+demás\s+"
    r"importaciones)\b.*)"
)
# The Union's other standard row of a remedy's table, in the act's language ('Im Anhang aufgeführte andere
# mitarbeitende Unternehmen', 'Autres sociétés ayant coopéré', 'Otras empresas cooperantes'): never German in English.
COOPERATING = re.compile(
    r"(?i:(?:(?:im\s+anhang\s+(?:aufgeführte|genannte)\s+)?(?:andere\s+|sonstige\s+)?(?:mitarbeitende|kooperierende)\s+"
    r"Unternehmen|im\s+anhang\s+(?:aufgeführte|genannte)\s+Unternehmen|autres\s+(?:sociétés|entreprises)\s+"
    r"(?:ayant\s+coopéré|coopérantes)|otras\s+empresas\s+(?:que\s+han\s+cooperado|cooperantes))"
    r"(?:\s+(?:énumérées|figurant|mentionnées)\s+à\s+l['’]annexe|\s+(?:enumeradas|que\s+figuran)\s+en\s+el\s+anexo)?"
    r"(?:\s+[IVX]+)?)"
)


def in_english(label: str | None) -> str | None:
    """A rate table's row label opening with a country named in the act's language ('Indien', 'Russland Joint Stock
    Company …' in a German act) reads with the country's English name ('India', 'Russia, Joint Stock Company …')."""
    if not label:
        return label
    if RESIDUAL.fullmatch(label.strip()):
        return "all other companies"
    if COOPERATING.fullmatch(label.strip()):
        return "other cooperating companies"
    found = next(find_country_names(label), None)
    if found is None or found.start != 0 or label[: found.end] == country_name(found.code):
        return label
    rest = label[found.end :].strip(" ,:;")
    return f"{country_name(found.code)}, {rest}" if rest else country_name(found.code)


def is_case_step(summary: str | None) -> bool:
    """A summary's lead that opens or schedules a case step: its 'entry into force' is the notice's own day."""
    lead = (summary or "").split(". ", 1)[0]
    return any(f" {verb} " in lead for verb in CASE_STEPS)


def _quota(quota: dict, index: int, page: str) -> dict:
    amount = quota.get("amount")
    amount = shown_number(amount, grouped=True)
    start, end = quota.get("period_start"), quota.get("period_end")
    return {
        "label": f"{amount} {quota.get('unit') or ''}".strip(),
        "period": f"{start} to {end}" if start and end else (start or end or ""),
        "applies_to": quota.get("applies_to"),
        "evidence_url": f"{page}#quota-{index}" if quota.get("start") is not None else None,
    }


def _area(change: dict, describe, page: str) -> None:
    place = placement(change)
    change["area"] = {
        **place,
        "title": chapter_title(place["primary"]) if place["primary"] else None,
        "others_label": others_label(place["others"], len(change["codes"]), place["broad"]),
    }
    ordered = sorted(enumerate(change["codes"]), key=lambda item: shown_order(item[1]))
    change["codes_shown"] = [
        {
            "label": code_label(code),
            "description": describe(code["code"]) or chapter_title(code["code"][:2]),
            "role": code.get("role") if code.get("role") not in (None, "covered") else None,
            "evidence_url": f"{page}#code-{i}",
        }
        for i, code in ordered[:CODES_SHOWN]
    ]
    change["codes_more"] = max(0, len(change["codes"]) - CODES_SHOWN)
    change["codes_url"] = f"{page}#codes"
    change["inferred_areas"] = [
        {"code": a["code"], "level": a["level"], "title": chapter_title(a["code"][:2]), "terms": a.get("terms", [])}
        for a in change.get("areas") or []
    ]


def others_label(others: list[dict], total_codes: int, broad: list[tuple[str, str]]) -> str:
    """'ch. 73, 76 (12 codes)', with inferred chapters marked and generic ranges kept short."""
    parts = [o["chapter"] + (" (inferred)" if o["inferred"] else "") for o in others[:OTHERS_SHOWN]]
    if len(others) > OTHERS_SHOWN:
        parts.append(f"and {len(others) - OTHERS_SHOWN} more chapters")
    parts += [f"{low}–{high} (range)" for low, high in broad]
    if not parts:
        return ""
    return "ch. " + ", ".join(parts) + (f" ({total_codes} codes)" if total_codes > 1 else "")
