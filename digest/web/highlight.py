"""The source text of a change with each code, date, rate, quota and country marked where it was found."""

from __future__ import annotations

from markupsafe import Markup, escape

KINDS = (("codes", "code"), ("dates", "date"), ("rates", "rate"), ("quotas", "quota"), ("country_evidence", "country"))


def spans_of(change: dict) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, anchor) of every fact with a span; anchors match the digest's evidence links."""
    spans = []
    for key, kind in KINDS:
        for i, item in enumerate(change.get(key) or []):
            if isinstance(item.get("start"), int) and isinstance(item.get("end"), int):
                spans.append((item["start"], item["end"], kind, f"{kind}-{i}"))
    return spans


def highlighted(text: str, change: dict) -> Markup:
    """Escaped text with <mark> around every evidence span; overlapping spans keep the first."""
    parts, position = [], 0
    for start, end, kind, anchor in sorted(spans_of(change)):
        if start < position or not 0 <= start < end <= len(text):
            continue
        parts.append(escape(text[position:start]))
        parts.append(Markup(f'<mark class="{kind}" id="{anchor}">') + escape(text[start:end]) + Markup("</mark>"))
        position = end
    parts.append(escape(text[position:]))
    return Markup("").join(parts)
