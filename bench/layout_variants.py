"""Layout variants of a document that keep its content: how the same notice reaches us from other sources.

A PDF's text is hard-wrapped at 60-80 columns, hyphenates long words across lines and prints a running
header and a page number between any two lines (mid-sentence); a republisher writes markdown ('#'
headings, '**bold**', YAML front matter); a converted web page keeps no-break spaces and soft hyphens;
a Windows tool ends lines with CRLF; a typesetter curls quotes and dashes; a gazette sets its headings in
capitals. Each variant is deterministic (no randomness: a figure must be reproducible) and adds no fact:
the running header names no date, code or country.
"""

from __future__ import annotations

import re
import textwrap

HEADING = re.compile(r"^(?:Article|ARTICLE|Section|SECTION|Annex|ANNEX|Part|PART|Chapter|CHAPTER)\b[^\n]{0,40}$")
LIST_ITEM = re.compile(r"(?:\(\w{1,4}\)|\d{1,3}\.|[-•*]|[a-z]\))\s")
LONG_WORD = re.compile(r"\b([a-z]{4,})([a-z]{4,})\b")


def wrapped(text: str, width: int = 64) -> str:
    """Each run of prose lines re-flowed at `width` columns (a PDF's text); tables, list items and
    short lines (headings) keep their own lines."""
    out: list[str] = []
    run: list[str] = []
    for line in text.split("\n"):
        if run and _starts_new_run(run[-1], line):
            out += _flowed(run, width)
            run = []
        run.append(line)
    return "\n".join(out + _flowed(run, width))


def _starts_new_run(previous: str, line: str) -> bool:
    stripped = line.strip()
    return (
        not stripped
        or not previous.strip()
        or _tabular(line)
        or _tabular(previous)
        or len(previous.strip()) < 50
        or previous.rstrip().endswith((":", ";"))
        or bool(LIST_ITEM.match(stripped))
    )


def _tabular(line: str) -> bool:
    return "|" in line or "\t" in line or "   " in line.strip()


def _flowed(run: list[str], width: int) -> list[str]:
    if len(run) == 1 and (_tabular(run[0]) or len(run[0]) <= width):
        return run
    indent = run[0][: len(run[0]) - len(run[0].lstrip())]
    joined = " ".join(line.strip() for line in run)
    return textwrap.wrap(joined, width, initial_indent=indent, break_long_words=False, break_on_hyphens=False)


def hyphenated(text: str, width: int = 72) -> str:
    """Wrapped at `width`, and where the next word would not fit, a long word is split across the lines
    with a hyphen ('provi-\\nsional'), as typeset PDFs print it."""
    lines = []
    for line in wrapped(text, width).split("\n"):
        lines.append(line)
        if len(lines) < 2:
            continue
        previous, current = lines[-2], lines[-1]
        first = current.split(" ", 1)
        match = LONG_WORD.fullmatch(first[0])
        if match and len(previous) > 40:
            lines[-2] = f"{previous} {match.group(1)}-"
            lines[-1] = match.group(2) + (" " + first[1] if len(first) > 1 else "")
    return "\n".join(lines)


def paged(text: str, every: int = 25) -> str:
    """The wrapped text with a page footer and running header after every `every` lines, wherever the
    sentence stands."""
    lines, out, page = wrapped(text).split("\n"), [], 1
    for index, line in enumerate(lines, 1):
        out.append(line)
        if index % every == 0 and index < len(lines):
            page += 1
            out += ["", f"Page {page - 1} of 40", "\f", "OFFICIAL GAZETTE OF THE ISSUING AUTHORITY", ""]
    return "\n".join(out)


def crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


def html_spaces(text: str) -> str:
    """A converted web page: no-break spaces after numbers and before units and short words, soft
    hyphens inside long words."""
    text = re.sub(r"(?<=\d) (?=\S)", "\u00a0", text)
    text = re.sub(r"\b(No\.|of|to|on|in|Article|Annex|the|per) ", "\\1\u00a0", text)
    return LONG_WORD.sub(lambda m: f"{m.group(1)}\u00ad{m.group(2)}", text)


def typographic(text: str) -> str:
    """Curly quotes and apostrophes, en dashes between numbers, em dashes for spaced hyphens."""
    text = re.sub(r"(?<=\w)'(?=\w)", "\u2019", text)
    text = re.sub(r'"(?=\w)', "\u201c", text)
    text = re.sub(r'(?<=[\w.,;:!?)])"', "\u201d", text)
    text = re.sub(r"(?<=\b\d{4})-(?=\d{4}\b)|(?<=\d) - (?=\d)", "\u2013", text)  # year spans, never ISO dates
    return text.replace(" - ", " \u2014 ")


def markdown(text: str) -> str:
    """A republisher's markdown: front matter, the first line as '# ' heading, article headings as
    '## ', labels ('DATES:', 'Article 3') in bold."""
    lines = text.split("\n")
    out = ["---", "layout: notice", "tags: [trade, customs]", "---", ""]
    titled = False
    for line in lines:
        stripped = line.strip()
        if not titled and stripped:
            out.append(f"# {stripped}")
            titled = True
        elif HEADING.match(stripped):
            out.append(f"## {stripped}")
        elif re.match(r"^[A-Z][A-Z ]{2,30}:\s", stripped):
            label, rest = stripped.split(":", 1)
            out.append(f"**{label}:**{rest}")
        else:
            out.append(line)
    return "\n".join(out)


def capital_headings(text: str) -> str:
    """Headings set in capitals ('ARTICLE 2'), as some gazettes print them."""
    return "\n".join(line.upper() if HEADING.match(line.strip()) else line for line in text.split("\n"))


VARIANTS = {
    "wrap64": wrapped,
    "hyphens": hyphenated,
    "pages": paged,
    "crlf": crlf,
    "html": html_spaces,
    "typography": typographic,
    "markdown": markdown,
    "capitals": capital_headings,
}
