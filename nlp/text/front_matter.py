"""A markdown copy's front matter: the block of `key: value` lines between two `---` lines that a
republisher (a static site, a legal-data export) puts at the top of a page. It is the copy's metadata,
never the document's words: no fact is evidenced by it and no summary quotes it; its `title` key names
the document when no heading does.

    ---
    title: "Fiscal Year 2031 Raw Cane Sugar Tariff-Rate Quota"
    document_number: "2031-01234"
    ---
"""

from __future__ import annotations

import re

OPENING_CHARS = 4000  # front matter stands at the top, after at most a site's banner lines
# The block: '---', then keys ('publication_date: …'), list items ('  - "Agriculture Department"') or
# blank lines, then '---'. Two keys at least: a lone 'Note: …' between rules is a horizontal rule's text.
# The opening '---' written first, then that it starts its line ('^' under re.M): a literal first lets the engine
# jump from one '---' to the next instead of trying a line start at every character.
FRONT_MATTER = re.compile(
    r"---(?<![^\n]---)[ \t]*\n(?P<body>(?:[ \t]*(?:[A-Za-z_][\w-]*:[^\n]*|-[ \t][^\n]*)?\n){2,}?)---[ \t]*$", re.M
)
KEY_LINE = re.compile(r"^[A-Za-z_][\w-]*:", re.M)
MIN_KEYS = 2


def front_matter_span(text: str) -> tuple[int, int] | None:
    """Where the front matter block lies (both rules included), or None."""
    match = FRONT_MATTER.search(text, 0, min(len(text), OPENING_CHARS))
    if match is None or len(KEY_LINE.findall(match.group("body"))) < MIN_KEYS:
        return None
    return match.start(), match.end()


def front_matter_value(text: str, key: str) -> tuple[int, int] | None:
    """The span of a key's value in the front matter, its quotes left out ('title: "X"' -> X), or None."""
    span = front_matter_span(text)
    if span is None:
        return None
    line = re.compile(rf"^{re.escape(key)}:[ \t]*(?P<quote>[\"']?)(?P<value>[^\n]*?)(?P=quote)[ \t]*$", re.M)
    match = line.search(text, *span)
    if match is None or not match.group("value").strip() or match.group("value") in ("null", "~"):
        return None
    return match.span("value")
