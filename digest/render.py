"""Rendering digests with Jinja2 templates: HTML (email-safe), text, Markdown, JSON.

Each change's entry is rendered once and reused in every digest that lists it, which keeps
10,000 personalised digests fast. HTML is autoescaped; Markdown escapes its own syntax.
"""

from __future__ import annotations

import json
import re

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

FORMATS = {
    "html": ("digest.html.j2", "_entry.html.j2"),
    "text": ("digest.txt.j2", "_entry.txt.j2"),
    "markdown": ("digest.md.j2", "_entry.md.j2"),
}
EXTENSIONS = {"html": "html", "text": "txt", "markdown": "md", "json": "json", "atom": "atom", "ics": "ics"}
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+!|~])")


def escape_markdown(value) -> str:
    """Crawled text in Markdown: backslash-escape every character Markdown or HTML would act on."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", str(value or ""))


def markdown_url(value) -> str:
    """A URL inside (...) in Markdown: no spaces, parentheses or angle brackets."""
    return re.sub(r"[\s()<>]", lambda m: f"%{ord(m.group()):02X}", str(value or ""))


class DigestRenderer:
    def __init__(self):
        self.env = Environment(
            loader=PackageLoader("digest", "templates"),
            autoescape=select_autoescape(enabled_extensions=("html.j2",), default=False),
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.env.filters["md"] = escape_markdown
        self.env.filters["mdurl"] = markdown_url
        self._entries: dict[tuple[int, str], str] = {}

    def render(self, data: dict, fmt: str, **extra) -> str:
        """One digest in `fmt`; `extra` carries one subscriber's fields (subscriber, period_label)."""
        if fmt == "json":
            return json.dumps(to_json(data), indent=2, ensure_ascii=False)
        page, _ = FORMATS[fmt]
        entries = {change["id"]: self.entry(change, fmt) for change in data["changes"]}
        context = {"subscriber": None, "period_label": None, **data, **extra}
        return self.env.get_template(page).render(**context, entries=entries)

    def entry(self, change: dict, fmt: str) -> str:
        key = (change["id"], fmt)
        if key not in self._entries:
            rendered = self.env.get_template(FORMATS[fmt][1]).render(c=change)
            self._entries[key] = Markup(rendered) if fmt == "html" else rendered
        return self._entries[key]


ENTRY_FIELDS = (
    "id",
    "display_title",
    "identifier",
    "link",
    "official",
    "change_page",
    "jurisdiction",
    "jurisdiction_name",
    "measure_types",
    "measures",
    "affected",
    "affected_more",
    "own_date",
    "first_seen",
    "first_seen_shown",
    "older",
    "key_dates",
    "rates_shown",
    "quotas_shown",
    "summary",
    "area",
    "inferred_areas",
    "codes_shown",
    "codes_more",
    "codes_url",
    "amended",
    "also_published_as",
)


def to_json(data: dict) -> dict:
    """The JSON digest: the same content as the HTML one, as data."""
    return {
        "date": data["date"],
        "counts_by_jurisdiction": dict(data["counts_by_jurisdiction"]),
        "counts_by_measure": dict(data["counts_by_measure"]),
        "groups": [
            {"anchor": g["anchor"], "label": g["label"], "change_ids": [c["id"] for c in g["entries"]]}
            for g in data["groups"]
        ],
        "changes": [entry_json(c) for c in data["changes"]],
        "upcoming": data["upcoming"],
    }


def entry_json(change: dict) -> dict:
    """One entry as data: what the reader sees, plus every code and date with its evidence."""
    return {
        **{key: change.get(key) for key in ENTRY_FIELDS},
        "title": change.get("display_title"),
        "codes": [
            {k: code.get(k) for k in ("code", "code_to", "level", "ex", "role", "text", "start", "end", "sentence")}
            for code in change["codes"]
        ],
        "dates": [
            {k: d.get(k) for k in ("type", "date", "derived", "text", "start", "end", "sentence")}
            for d in change["dates"]
        ],
    }
