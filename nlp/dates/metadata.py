"""Typed dates from a document's own metadata (API fields), reconciled with the dates in its text.

A source such as the Federal Register API states some dates authoritatively (`effective_on`,
`comments_close_on`...). The crawler passes them as `field_dates` ({field, type, date, evidence});
here they become facts of the change beside those found in the text:
- the same type and date in both: one fact with both evidences (the text span and the API field);
- the same type with another date in the text: both kept, each flagged with what the other says;
- only in the metadata: a fact whose evidence is the field ("API field effective_on").
Documents that came without a publication date or jurisdiction take them from the text.
"""

from __future__ import annotations

DATE_KEYS = ("type", "date", "derived", "text", "start", "end", "sentence", "field", "conflict")
# Text facts that stand for a document's publication date when its metadata has none.
PUBLICATION_TYPES = ("publication", "document_date")


def reconcile_dates(text_dates: list[dict], field_dates: list[dict]) -> list[dict]:
    """The change's dates with the metadata dates merged in (see the module docstring)."""
    dates = [{**dict.fromkeys(DATE_KEYS), **fact} for fact in text_dates]
    for official in field_dates:
        kind, day, evidence = official["type"], official["date"], official.get("evidence") or official["field"]
        same_type = [fact for fact in dates if fact["type"] == kind and fact["field"] is None]
        matching = [fact for fact in same_type if fact["date"] == day]
        if matching:
            matching[0]["field"] = evidence
            continue
        conflict = None
        if same_type:
            said = ", ".join(sorted({fact["date"] for fact in same_type}))
            conflict = f"the text says {said}"
            for fact in same_type:
                fact["conflict"] = f"{evidence} says {day}"
        dates.append(_metadata_fact(kind, day, evidence, conflict))
    return dates


def _metadata_fact(kind: str, day: str, evidence: str, conflict: str | None) -> dict:
    return {
        "type": kind,
        "date": day,
        "derived": 0,
        "text": evidence,
        "start": None,
        "end": None,
        "sentence": evidence,  # readers that quote a date's sentence quote its field
        "field": evidence,
        "conflict": conflict,
    }


def missing_document_facts(document: dict, change: dict) -> dict:
    """Publication date and jurisdiction the document lacks but its text states."""
    facts = {}
    if not document.get("published_date"):
        for kind in PUBLICATION_TYPES:
            found = sorted(fact["date"] for fact in change["dates"] if fact["type"] == kind)
            if found:
                facts["published_date"] = found[0]
                break
    if not document.get("jurisdiction") and change.get("jurisdiction"):
        facts["jurisdiction"] = change["jurisdiction"]
    return facts
