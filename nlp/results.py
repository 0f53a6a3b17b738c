"""Turning an analysed Doc into the JSON contract and into rows for the store."""

from __future__ import annotations

from spacy.tokens import Doc


def to_json(doc: Doc, file: str | None = None) -> dict:
    """The `tariffwatch extract FILE --format jsonl` object for one document: every fact with
    the character span it was read from."""
    ext = doc._  # spaCy builds a new accessor at each `doc._`
    return {
        "file": file,
        "title": ext.official_title.text if ext.official_title else None,
        "identifier": ext.identifier.text if ext.identifier else None,
        "spans": {
            "title": _span(ext.official_title),
            "identifier": _span(ext.identifier),
        },
        "hs_codes": [
            {
                "code": c.code,
                "level": c.level,
                "ex": c.ex,
                "role": c.role,
                "text": c.text,
                "start": c.start,
                "end": c.end,
            }
            for c in ext.codes
        ],
        "hs_ranges": [r.as_dict() for r in ext.code_ranges],
        "dates": [
            {"type": d.type, "date": d.date, "text": d.text, "start": d.start, "end": d.end, "derived": d.derived}
            for d in ext.dates
        ],
        "measure_types": [m.type for m in ext.measures],
        "measure_evidence": [m.as_dict() for m in ext.measures],
        "countries": ext.countries,
        "country_evidence": [c.as_dict() for c in ext.country_evidence],
        "rates": [r.as_dict() for r in ext.rates],
        "quotas": [q.as_dict() for q in ext.quotas],
        "summary": ext.summary,
    }


def _span(mention) -> list[int] | None:
    return [mention.start, mention.end] if mention else None


def to_change(doc: Doc) -> dict:
    """The store's change dict: every fact with its span and evidence sentence."""
    ext = doc._  # spaCy builds a new accessor at each `doc._`
    sentences = ext.sentences

    def with_sentence(item: dict) -> dict:
        return {**item, "sentence": sentences.sentence(item["start"]) if item.get("text") else ""}

    codes = [
        {
            "code": c.code,
            "code_to": None,
            "level": c.level,
            "ex": int(c.ex),
            "role": c.role,
            "text": c.text,
            "start": c.start,
            "end": c.end,
            "sentence": sentences.sentence(c.start),
        }
        for c in ext.codes
    ]
    codes += [
        {
            "code": r.code_from,
            "code_to": r.code_to,
            "level": r.level,
            "ex": 0,
            "role": r.role,
            "text": r.text,
            "start": r.start,
            "end": r.end,
            "sentence": sentences.sentence(r.start),
        }
        for r in ext.code_ranges
    ]
    dates = [
        {
            "type": d.type,
            "date": d.date,
            "derived": int(d.derived),
            "text": d.text,
            "start": d.start,
            "end": d.end,
            "sentence": sentences.sentence(d.start),
        }
        for d in ext.dates
    ]
    implementing = ext.countries.get("implementing") or []
    return {
        "jurisdiction": implementing[0] if implementing else None,
        "language": doc.lang_,
        "official_title": ext.official_title.as_dict() if ext.official_title else None,
        "identifier": ext.identifier.as_dict() if ext.identifier else None,
        "measure_types": [m.type for m in ext.measures],
        "measure_evidence": [with_sentence(m.as_dict()) for m in ext.measures],
        "countries": ext.countries,
        "country_evidence": [with_sentence(c.as_dict()) for c in ext.country_evidence],
        "rates": [with_sentence(r.as_dict()) for r in ext.rates],
        "quotas": [with_sentence(q.as_dict()) for q in ext.quotas],
        "summary": ext.summary,
        "codes": codes,
        "dates": dates,
    }
