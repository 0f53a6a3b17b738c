"""The source text of a change with each fact marked where it was found: codes, dates, measure
types, countries, rates, quota volumes and the identifier."""

from __future__ import annotations

from markupsafe import Markup, escape

# change key -> (CSS class, anchor prefix), in the order overlapping spans are preferred.
EVIDENCE = (
    ("codes", "code"),
    ("dates", "date"),
    ("rates", "rate"),
    ("quotas", "quota"),
    ("measure_evidence", "measure"),
    ("country_evidence", "country"),
)


def highlighted(text: str, change: dict) -> Markup:
    """Escaped text with <mark> around every evidence span; where spans overlap, the one that
    starts first is kept (and, at the same start, the fact listed first above)."""
    spans = [
        (item["start"], rank, item["end"], kind, f"{kind}-{index}")
        for rank, (key, kind) in enumerate(EVIDENCE)
        for index, item in enumerate(change.get(key) or [])
        if item.get("text") and item.get("start") is not None  # metadata dates have no span in the text
    ]
    if change.get("identifier_start") is not None:
        spans.append((change["identifier_start"], len(EVIDENCE), change["identifier_end"], "identifier", "identifier"))
    parts, position = [], 0
    for start, _, end, kind, anchor in sorted(spans):
        if start < position or not 0 <= start < end <= len(text):
            continue
        parts.append(escape(text[position:start]))
        parts.append(Markup(f'<mark class="{kind}" id="{anchor}">') + escape(text[start:end]) + Markup("</mark>"))
        position = end
    parts.append(escape(text[position:]))
    return Markup("").join(parts)
