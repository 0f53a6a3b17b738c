"""A news item's dateline under its byline: the reporter and the outlet on one line, then the day and time it was
posted on the next ("Arrijal Rachman, CNBC Indonesia" / "17 October 2031 07:55"). A date and time alone on a line
with no byline above may be a republishing portal's stamp, later than the release (final10 1029): not read here."""

from __future__ import annotations

import re
from functools import cache

from nlp.dates.rules import date_rules

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


# A relay's first line opened by its own date and a dash, then the day of the act it reports ('November 19, 2031 – On
# November 8, 2031, the agency announced …', '3 March 2031 – On 27 February 2031 the Ministry published …'): the first
# date is the relay's.
WRITTEN_DAY = r"(?:[A-Z][a-z]+\.?[ \t]+\d{1,2},?[ \t]+\d{4}|\d{1,2}[ \t]+[A-Z][a-z]+\.?[ \t]+\d{4})"
REPORTED_DAY_AFTER = re.compile(rf"[ \t]*[–—-][ \t]+On[ \t]+{WRITTEN_DAY}\b")
# (the relay's own date may be an ISO date after a one-word field name, with no dash: 'date 2031-06-07 On May 30, 2031,
# the Department announced …', 'Posted: 2031-06-07' / 'On May 30, 2031, …')
DATELINE_BEFORE = re.compile(
    rf"\s*(?:{WRITTEN_DAY}[ \t]*[–—-][ \t]+|(?:[A-Za-z]+:?[ \t]+)?\d{{4}}-\d\d-\d\d(?:[ \t]*[–—-])?\s+)On[ \t]+"
)


def dated_relay_lead(text: str, span_start: int, span_end: int) -> bool:
    """The text opens with the date, a dash and 'On <another date>' reporting an earlier act."""
    return not text[:span_start].strip() and REPORTED_DAY_AFTER.match(text, span_end) is not None


def reported_after_a_dateline(text: str, span_start: int) -> bool:
    """The date is the 'On <date>' a relay's dateline and dash lead into: the reported act's day."""
    return DATELINE_BEFORE.fullmatch(text, 0, span_start) is not None


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


# A republisher's record field naming where the item's information came from: 'Information Source:' over 'Canada
# Border Services Agency (CBSA)', as a customs brokers' society relays an agency's notices
SOURCE_FIELD = re.compile(
    r"^[ \t]*(?:Information[ \t]+Source|Source)[ \t]*:[ \t]*$|^[ \t]*Information[ \t]+Source[ \t]*:", re.M
)


def under_a_relayed_headline(
    text: str, span_start: int, span_end: int, line_start: int, line_end: int, first_line_end: int
) -> bool:
    """The date alone on the line right under the headline of an item that names another body as its source
    ('Certain Steel Piling Pipe, Notice of Expiry Review Investigation' / 'August 30, 2031' / … / 'Information
    Source:'): the day the item was posted, not the relayed act's."""
    if span_start > OPENING_REACH or text[line_start:span_start].strip() or text[span_end:line_end].strip(" .,"):
        return False
    if text[first_line_end:line_start].strip():
        return False
    return SOURCE_FIELD.search(text) is not None


def under_its_headline(
    text: str, span_start: int, span_end: int, line_start: int, line_end: int, first_line_end: int
) -> bool:
    """A news page's or a republisher's date under the item's headline: the day the item was posted."""
    return under_a_repeated_headline(
        text, span_start, span_end, line_start, line_end, first_line_end
    ) or under_a_relayed_headline(text, span_start, span_end, line_start, line_end, first_line_end)


# A weekday before the date, in the languages of news sites ('le Jeudi 15 Septembre 2031', 'jueves, 3 de abril de
# 2031', 'Thursday, 3 April 2031'), an article ('le', 'el', 'the') allowed before it.
WEEKDAY_DATELINE = re.compile(
    r"[ \t]*(?:(?:le|el|the|am|il)[ \t]+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi"
    r"|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|segunda-feira|terça-feira"
    r"|quarta-feira|quinta-feira|sexta-feira|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunedì"
    r"|martedì|mercoledì|giovedì|venerdì|sabato|domenica)[ \t]*,?[ \t]*",
    re.I,
)


# a heading that names an instrument ('NOTICE OF DECISION' over 'Tuesday, February 3, 2032'): the date under it is
# the instrument's own, not a news item's posting day
INSTRUMENT_HEADING = re.compile(
    r"\s*(?:notice|decision|order|determination|finding|ruling|resolution|decree|regulation|notification"
    r"|proclamation|avis|décision|arrêté|décret|resolución|decreto|aviso)\b",
    re.I,
)


def weekday_dateline_under_headline(
    text: str, span_start: int, span_end: int, line_start: int, line_end: int, first_line_end: int
) -> bool:
    """The date with its weekday alone on the first line under a news item's headline ('Le Maroc applique un droit
    antidumping …' / 'le Jeudi 15 Septembre 2031'): the day the item was posted, not a reported act's."""
    if span_start > OPENING_REACH or line_start <= first_line_end or text[first_line_end:line_start].strip():
        return False
    if not WEEKDAY_DATELINE.fullmatch(text, line_start, span_start) or INSTRUMENT_HEADING.match(text):
        return False
    return TIME_ONLY.fullmatch(text, span_end, line_end) is not None or not text[span_end:line_end].strip(" .,")


DATELINE_LINE = re.compile(r"[^\n]{0,40}?\b(?:19|20)\d\d\b[^\n]{0,20}")


def weekday_dateline_end(text: str, first_line_end: int) -> int | None:
    """Where the weekday dateline under a news item's headline ends, if the item has one: the acts its lead names
    below are reported (their dates the acts', not the item's)."""
    start = len(text) - len(text[first_line_end:].lstrip())
    if start > OPENING_REACH:
        return None
    weekday = WEEKDAY_DATELINE.match(text, start)
    if weekday is None or weekday.end() == start:
        return None
    line = DATELINE_LINE.match(text, weekday.end())
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    return end if line and line.end() == end else None


# A web page's post date printed before its title, the copy gluing them ('August 18, 2031New Guidance on …'): the day
# the post was published, not the day of the act it reports
GLUED_TITLE = re.compile(r"(?-i:[A-Z])[a-z]")
# ... but an act's own opening glued to its date ('1 March 2031The Minister, acting under section 269TG …', 'May 19,
# 2031In exercise of the powers conferred by …') is the act's own date under its title or agency heading, no post's
ENACTING_LEAD = re.compile(
    r"[^.\n]{0,160}?\b(?:hereby|in\s+exercise\s+of|acting\s+under|pursuant\s+to\s+(?:sub)?(?:section|article))\b", re.I
)


def _glued_to_the_lead(text: str, span_start: int, span_end: int, first_line_end: int) -> bool:
    """The date opens the line under the headline, glued to the lead's first word ('Import margins raised' / 'May
    19, 2031The central bank has …'): the copy lost the space between the page's date element and the story."""
    headline = text[:first_line_end].strip()
    return (
        span_start > first_line_end
        and bool(headline)
        and not headline.endswith((".", ":"))
        and not text[first_line_end:span_start].strip()
        and GLUED_TITLE.match(text, span_end) is not None
        and ENACTING_LEAD.match(text, span_end) is None
    )


# A report's lead naming the day of the act it reports ('On October 17, 2031, the President issued …', 'On 3 May
# 2031, the Commission …')
DATED_REPORT_LEAD = re.compile(
    r"\s*On\s+(?:[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4}),"
)


def heads_a_news_page(text: str, span_start: int, span_end: int, first_line_end: int) -> bool:
    """The date opens the text's first line and is either glued to the post's title or alone above a lead that
    reports another act by its own date: a news page's (a broker's, a trade paper's) date line."""
    if _glued_to_the_lead(text, span_start, span_end, first_line_end):
        return True
    if text[:span_start].strip() or span_end > first_line_end:
        return False
    if GLUED_TITLE.match(text, span_end):
        return True
    if text[span_end:first_line_end].strip(" .,\t"):
        return False
    return bool(DATED_REPORT_LEAD.match(text, first_line_end)) or _over_a_masthead(text, first_line_end)


def _over_a_masthead(text: str, first_line_end: int) -> bool:
    """The next written line is a news service's masthead ('06 / 17 / 24' / 'NEWSLETTER INTERNATIONAL TRADE – March –
    April – 2024', 'Trade News, 4 May 2031'): the date heads the issue, as it does under one."""
    following = text[first_line_end : first_line_end + 200].lstrip().split("\n", 1)[0].strip()
    return _news_masthead_line().fullmatch(following) is not None


# A news service's masthead: its name ending with the word for news ('EU Customs & Trade News', 'Zoll-Nachrichten',
# 'Trade Newsletter', 'Actualités douanières' has it first)
NEWS_MASTHEAD = re.compile(
    r"[^\n]{0,60}\b(?:News|Newsletter|Nachrichten|Meldungen|Aktuelles|Noticias|Actualités|Nieuws)"
    r"|(?:News|Nachrichten|Actualités|Noticias|Nieuws)\b[^\n]{0,60}"
)


@cache
def _news_masthead_line() -> re.Pattern:
    """The masthead as a line of its own, in capitals or not, the issue's months and year around it (its words:
    data/date_rules.en.yaml's masthead_words)."""
    words = "|".join(re.escape(word) for word in date_rules().masthead_words)
    return re.compile(rf"[^\n]{{0,60}}\b(?:{words})\b[^\n]{{0,60}}", re.I)


def under_a_news_masthead(text: str, span_start: int, span_end: int, line_start: int, first_line_end: int) -> bool:
    """The date alone on its line right under the text's first line, a news service's masthead ('EU Customs & Trade
    News' / '18.02.2019' / the item's headline): the day the item was posted, not an act's."""
    if span_start > OPENING_REACH or text[line_start:span_start].strip():
        return False
    line_end = text.find("\n", span_end)
    if text[span_end : len(text) if line_end < 0 else line_end].strip(" .,\t"):
        return False
    if not text[first_line_end:line_start].strip():
        return NEWS_MASTHEAD.fullmatch(text[:first_line_end].strip()) is not None
    return _headline_under_a_masthead(text[:line_start])


def _headline_under_a_masthead(above: str) -> bool:
    """The service's masthead and its section tags on one line, then the item's headline, then the date ('EU Customs
    & Trade News EU Antidumping' / 'Bekanntmachung des bevorstehenden Außerkrafttretens' / '24.11.2020'), under the
    page's own tag lines."""
    lines = [line.strip() for line in above.splitlines() if line.strip()]
    return len(lines) >= 2 and NEWS_MASTHEAD.match(lines[-2]) is not None and not lines[-1].endswith((".", ":"))


# a press or news release says so in its heading; the date at its foot is the day it was released
PRESS_RELEASE = re.compile(r"\b(?:press|media|news)\s+(?:releases?|statements?)\b", re.I)
PRESS_HEADING_REACH = 300
# ... or a news page labels its item on a line of its own by the dateline ("Tullverket" / "2031-10-06" / "Nyhet"):
# the agency's news item reports another's act; the dateline is the day the item was published
NEWS_ITEM_LABEL = re.compile(
    r"^[ \t]*(?:News|News\s+item|Nyhet|Nyheter|Nyhed|Nyheder|Uutinen|Notícia|Noticia|Notizia|Nachricht|Actualité"
    # ... or a firm's newsletter by its issue line ("NEWSLETTER 제 412호", "Newsletter No. 412")
    r"|(?:NEWSLETTER|Newsletter|뉴스레터)(?:[ \t]+(?:제[ \t]*|No\.?[ \t]*)?\d{1,5}[ \t]*호?)?)"
    r"[ \t]*$",
    re.M,
)


def a_press_release(text: str) -> bool:
    """Whether the text is a press release or a news item by its heading (its closing date is the day of release)."""
    return bool(
        PRESS_RELEASE.search(text, 0, PRESS_HEADING_REACH) or NEWS_ITEM_LABEL.search(text, 0, PRESS_HEADING_REACH)
    )


# A wire's or an agency's dateline opening the body: the place, the agency in brackets and a dash ('Bonn (GTAI) -',
# 'BRUSSELS (Reuters) —', 'Kyiv (Interfax-Ukraine) –')
# (a dash only: a colon after a bracket opens a heading's subject, 'Section 232 (Steel): the agency …')
AGENCY_DATELINE = re.compile(r"[ \t]*(?-i:[A-ZÄÖÜÉ])[\w .'’-]{1,30}?[ \t]*\([ \t]*[\w&./ -]{2,24}\)[ \t]*[-–—][ \t]")


def over_an_agency_dateline(text: str, span_start: int, span_end: int, line_start: int, line_end: int) -> bool:
    """The date alone on its line right above the body's agency dateline ('15.04.2031' / 'Bonn (GTAI) - Nachdem …'),
    under the item's headline: the day the item was posted, not the act's it reports."""
    if span_start > OPENING_REACH or text[line_start:span_start].strip() or text[span_end:line_end].strip(" .,\t"):
        return False
    return AGENCY_DATELINE.match(text, line_end + 1) is not None


# An author's byline under the date, in a news item's heading block: 'Von Stefanie Eich | Bonn', 'By Jane Doe,
# Brussels', 'Par Marie Dupont | Paris', 'Por Ana Gómez - Madrid' (the word for 'by', the author's name, the place
# at most)
AUTHORS_BYLINE = re.compile(
    r"[ \t]*(?:By|Von|Par|Por|Door|Di|Av|Af|Oleh)[ \t]+(?-i:[A-ZÄÖÜÉ])[\w.'’-]+(?:[ \t]+(?-i:[A-ZÄÖÜÉ])[\w.'’-]+){1,3}"
    r"(?:[ \t]*[|,–—-][ \t]*(?-i:[A-ZÄÖÜÉ])[\w.'’ -]{1,40}?)?[ \t]*(?:\n|$)"
)


def over_an_authors_byline(text: str, span_start: int, span_end: int, line_start: int, line_end: int) -> bool:
    """The date alone on its line right above the author's byline near the top ('04.08.2031' / 'Von Stefanie Eich |
    Bonn'): the day the item was posted, not the day of the act it reports."""
    if span_start > OPENING_REACH or text[line_start:span_start].strip() or text[span_end:line_end].strip(" .,\t"):
        return False
    return AUTHORS_BYLINE.match(text, line_end + 1) is not None
