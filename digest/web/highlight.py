"""The source text of a change with each code and date marked where it was found."""

from __future__ import annotations

from markupsafe import Markup, escape


def highlighted(text: str, change: dict) -> Markup:
    """Escaped text with <mark> around every evidence span; overlapping spans keep the first."""
    spans = [(c["start"], c["end"], "code", f"code-{i}") for i, c in enumerate(change["codes"])]
    # dates taken from source metadata ("API field effective_on") have no span in the text
    spans += [
        (d["start"], d["end"], "date", f"date-{i}") for i, d in enumerate(change["dates"]) if d["start"] is not None
    ]
    parts, position = [], 0
    for start, end, kind, anchor in sorted(spans):
        if start < position or not 0 <= start < end <= len(text):
            continue
        parts.append(escape(text[position:start]))
        parts.append(Markup(f'<mark class="{kind}" id="{anchor}">') + escape(text[start:end]) + Markup("</mark>"))
        position = end
    parts.append(escape(text[position:]))
    return Markup("").join(parts)
