"""What a new version of a document changed, in old -> new values a reader can check."""

from __future__ import annotations

from digest.words import DATE_WORDS
from nlp.text.numbers import shown_number

COMPARED_DATES = ("entry_into_force", "application_start", "application_end", "expiry", "comment_deadline")


def code_label(code: dict) -> str:
    return ("ex " if code.get("ex") else "") + code["code"] + (f"-{code['code_to']}" if code.get("code_to") else "")


def rate_label(rate: dict) -> str:
    unit = rate.get("unit") or ""
    value = rate.get("value")
    text = shown_number(value)
    return f"{text}%" if unit in ("percent", "%") else f"{text} {unit}".strip()


def amendment(previous: dict, current: dict) -> dict | None:
    """{dates: [{type, label, old, new}], codes_added, codes_removed, rates: [{old, new}]}; None if nothing."""
    dates = []
    for kind in COMPARED_DATES:
        old = sorted({d["date"] for d in previous["dates"] if d["type"] == kind})
        new = sorted({d["date"] for d in current["dates"] if d["type"] == kind})
        if old != new:
            dates.append({"type": kind, "label": DATE_WORDS.get(kind, kind), "old": old, "new": new})
    before = {code_label(c) for c in previous["codes"]}
    after = {code_label(c) for c in current["codes"]}
    old_rates = sorted({rate_label(r) for r in previous.get("rates") or []})
    new_rates = sorted({rate_label(r) for r in current.get("rates") or []})
    rates = [{"old": old_rates, "new": new_rates}] if old_rates != new_rates else []
    result = {
        "previous_change_id": previous["id"],
        "previous_first_seen": previous.get("first_seen"),
        "dates": dates,
        "codes_added": sorted(after - before),
        "codes_removed": sorted(before - after),
        "rates": rates,
    }
    return result if dates or result["codes_added"] or result["codes_removed"] or rates else {**result, "none": True}
