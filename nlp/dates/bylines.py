"""A news item's dateline under its byline: the reporter and the outlet on one line, then the day and time it was
posted on the next ("Arrijal Rachman, CNBC Indonesia" / "17 October 2031 07:55"). A date and time alone on a line
with no byline above may be a republishing portal's stamp, later than the release (final10 1029): not read here."""

from __future__ import annotations

import re

# the rest of the date's line: its time, a zone ("07:55", "07:55 WIB", "- 09:15 GMT+7")
TIME_ONLY = re.compile(
    r"\s*[-–—|,]?\s*\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}(?:[+-]\d{1,2})?)?\s*$"
)
# "Name Surname, Outlet Name", "By Name Surname", "Reporter: Name Surname": capitalised words, no figures
BYLINE = re.compile(
    r"^(?:(?:By|Oleh|Por|Par|Von|Reporter\s*:|Penulis\s*:)\s+)?(?-i:[A-Z])[\w.'’-]+(?:\s+(?-i:[A-Z])[\w.'’-]+){1,3}"
    r"(?:\s*,\s*(?-i:[A-Z])[\w.&'’-]+(?:\s+(?-i:[A-Z])[\w.&'’-]+){0,3})?$"
)
OPENING_REACH = 600  # a dateline stands under the headline
# A post's lead paragraph opened by its date, a dash and its subject before a colon, as a forwarder's or a law firm's
# news page relays a gazette's notices under the page's heading ("Legal Counsel – Tariff Amendments 2031" /
# "25 January 2031 – Customs and Excise Act, 1964: The tariff amendment notices … relate to"): the day it was posted.
# (The same lead as a text's first line, no page heading above it, is the notice's own date: final3 313.)
DATED_LEAD = re.compile(r"[ \t]*[–—-][ \t]+[A-Z][^:\n]{2,80}:[ \t]+[A-Z]")


def under_a_byline(text: str, span_start: int, span_end: int, line_start: int, line_end: int, above: str) -> bool:
    """The date opens its line near the top, only its time after it, under a byline naming a person."""
    if span_start > OPENING_REACH or text[line_start:span_start].strip():
        return False
    if not TIME_ONLY.fullmatch(text, span_end, line_end):
        return False
    return bool(BYLINE.match(above)) and ("," in above or above.split()[0] in {"By", "Oleh", "Por", "Par", "Von"})


def dated_lead(text: str, span_start: int, span_end: int, line_start: int, first_line_end: int) -> bool:
    """The date opens a lead paragraph below the page's heading line, a dash and the subject after it."""
    if line_start <= first_line_end or span_start > OPENING_REACH or text[line_start:span_start].strip():
        return False
    return DATED_LEAD.match(text, span_end) is not None


HEADLINE_PREFIX = 40  # how much of the headline the body must open with


def under_a_repeated_headline(
    text: str, span_start: int, span_end: int, line_start: int, line_end: int, first_line_end: int
) -> bool:
    """The date alone on the line right under a news page's headline, the body opening with the headline again
    (a forwarder's or a portal's item: 'Expiry review of … opened' / '09 มกราคม 2561' / 'Expiry review of … opened. The
    notice …'): the day the item was posted, not the act's."""
    if span_start > OPENING_REACH or text[line_start:span_start].strip() or text[span_end:line_end].strip(" .,"):
        return False
    headline = text[:first_line_end].strip()
    if len(headline) < HEADLINE_PREFIX // 2 or text[first_line_end:line_start].strip():
        return False
    return text[line_end : line_end + len(headline) + 200].lstrip().startswith(headline[:HEADLINE_PREFIX])


# A web page's post date printed before its title, the copy gluing them ('August 18, 2031New Guidance on …'): the day
# the post was published, not the day of the act it reports
GLUED_TITLE = re.compile(r"(?-i:[A-Z])[a-z]")
# A report's lead naming the day of the act it reports ('On October 17, 2031, the President issued …', 'On 3 May
# 2031, the Commission …')
DATED_REPORT_LEAD = re.compile(
    r"\s*On\s+(?:[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4}),"
)


def heads_a_news_page(text: str, span_start: int, span_end: int, first_line_end: int) -> bool:
    """The date opens the text's first line and is either glued to the post's title or alone above a lead that
    reports another act by its own date: a news page's (a broker's, a trade paper's) date line."""
    if text[:span_start].strip() or span_end > first_line_end:
        return False
    if GLUED_TITLE.match(text, span_end):
        return True
    return not text[span_end:first_line_end].strip(" .,\t") and bool(DATED_REPORT_LEAD.match(text, first_line_end))
