"""Other notices printed on the same page as the document.

A republished Federal Register page (a PDF's text, a legal portal's page view) starts with the end of the
notice printed before the document on that page and may end with the start of the one after it. The end of
a notice is marked: its "[FR Doc. 2019-25653 Filed 11-29-19; 11:15 am]" line and "BILLING CODE" line (one or two
lines of the page's other column may stand between them). What
lies before another notice's closing marks belongs to that notice (its signature date, the measures and
countries it names); what follows the document's own closing marks belongs to the next. Both are blanked
(same length, line breaks kept, so every offset still points into the original text).

A web page that relays a document ends with the site's own lists under it ('Related reading', 'Share the Post:'):
other items' headlines and dates ('From January 1, 2031, China Will Adjust …'), not the document's. From such a
marker on, the page is blanked the same way.
"""

from __future__ import annotations

import re

# the document's own number: "[2019-26038]" at the end of a portal's title line, "[FR Doc No: 2016-12971]"
OWN_NUMBER = (
    re.compile(r"\A[^\n]{0,400}\[((?:\d{4}|E\d)[-–]\d{4,6})\][ \t]*(?:\n|$)"),
    re.compile(r"\[FR Doc(?:ument)? No:?\s*((?:\d{4}|E\d)[-–]\d{4,6})\]"),
)
# (a PDF's two columns read line by line put a line of the other column between the two marks: "[FR Doc. 2020-04002
# Filed 2-26-20; 8:45 am]" / "The domestic interested party claimed" / "BILLING CODE 3510-DS-P")
CLOSING = re.compile(
    r"\[FR Doc\.?\s*((?:\d{4}|E\d)\s*[-–]\s*\d{4,6})\s+Filed\b[^\]\n]{0,40}\]"
    r"(?:\s*|[ \t]*(?:\n[^\n\[]{0,120}){1,2}\n[ \t]*)BILLING CODE\s+[\w–-]+"
)
PAGE_HEADER = re.compile(r"Federal Register\s*/\s*Vol\.\s*\d+,\s*No\.\s*\d+\s*/\s*[^/\n]{0,40}/\s*\w+")
OPENING = 3000  # where a document's own number is looked for


def without_other_notices(text: str) -> str:
    """The text with the other notices' parts blanked; unchanged when the document's own number is not
    known (nothing then tells another notice's closing marks from its own)."""
    own = _own_number(text)
    if own is None:
        return text
    spans = []
    for closing in CLOSING.finditer(text):
        if _digits(closing.group(1)) != own:
            spans.append((_start_of_page_text(text, closing.start()), closing.end()))
        else:
            spans.append((closing.end(), len(text)))  # the next notice on the page
            break
    return _blanked(text, spans) if spans else text


def _own_number(text: str) -> str | None:
    for pattern in OWN_NUMBER:
        found = pattern.search(text, 0, OPENING)
        if found:
            return _digits(found.group(1))
    return None


def _start_of_page_text(text: str, before: int) -> int:
    """Where the text of the page starts: after the journal's page header line above `before`, else after
    the portal's title line."""
    headers = list(PAGE_HEADER.finditer(text, 0, before))
    if headers:
        return headers[-1].end()
    first_line_end = text.find("\n")
    return first_line_end + 1 if 0 <= first_line_end < before else 0


def _digits(number: str) -> str:
    return re.sub(r"\D", "", number)


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for start, end in spans:
        for index in range(start, end):
            if chars[index] != "\n":
                chars[index] = " "
    return "".join(chars)


# a site's list under the document it shows, on a line of its own (a bullet before it)
TRAILER = re.compile(
    r"^[ \t•·*-]*(?:Related\s+(?:reading|articles?|news|posts?|stories|content|topics)|Share\s+(?:the|this)\s+"
    r"(?:post|article|page|story)|You\s+(?:may|might)\s+also\s+like|Read\s+also|More\s+(?:news|stories))"
    r"[ \t]*:?[ \t]*$",
    re.M | re.I,
)
MIN_BODY = 400  # the document above the marker: a page opening with a site's menu keeps it


def without_page_trailer(text: str) -> str:
    """The text with the site's lists under the document blanked, from the first marker on."""
    marker = TRAILER.search(text, MIN_BODY)
    return _blanked(text, [(marker.start(), len(text))]) if marker else text
