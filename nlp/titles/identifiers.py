"""The document's own number (CELEX, FR Doc., SOR, a WTO symbol, a national notification number), read from
its title, its opening lines or anywhere in the text, as the journals cite it. Patterns: data/titles.json."""

from __future__ import annotations

import re

from nlp.text.layout import Layout
from nlp.titles.cited_numbers import names_another_document
from nlp.titles.finder import OPENING_CHARS
from nlp.titles.joint import own_symbol
from nlp.titles.patterns import TextMention, number_span, title_patterns


def find_identifier(text: str, title: TextMention | None, layout: Layout) -> TextMention | None:
    """The document's own number: in its title, in its opening lines, or in the FR Doc. line."""
    patterns = title_patterns()
    candidates, reach = [], OPENING_CHARS // 4
    if title is not None:
        region = text[title.start : title.end]
        for pattern in (patterns.act, patterns.title_numbers):
            match = pattern.search(region)
            if match and CITED_IN_TITLE.search(region, 0, match.start()):
                reach = OPENING_CHARS  # a publisher's heading over a summary: the act's own number lies lower
                break  # 'Seeks to further amend notification No. 11/2031-Customs': the amended act's number
            if match and not CITED_BEFORE.search(region, 0, match.start()):
                start, end = number_span(match)
                candidates.append((title.start + start, title.start + end))
                break
    if not candidates:
        match = _own_number(patterns.opening_numbers, text, min(len(text), reach), patterns.opening_numbers)
        if match is None:
            match = _own_number(patterns.anywhere_numbers, text, len(text), patterns.opening_numbers)
        if match is not None:
            candidates.append(_fuller_notification(text, number_span(match)))
    if not candidates:
        return _headquarters_ruling(text) or _gazette_serial(text)
    start, end = own_symbol(text, *candidates[0])  # a joint notification's list: the notifying member's symbol
    number = " ".join(text[start:end].split())
    prefix, _, rest = number.partition("/")
    english = patterns.bilingual.get(prefix)
    if english and text[max(0, start - len(english) - 1) : start] == english + "/":
        return TextMention(f"{english}/{rest}", start - len(english) - 1, end, kind="identifier")
    return TextMention(normal_case(number), start, end, kind="identifier")


def _own_number(pattern, text: str, end: int, item) -> re.Match | None:
    """The first number `pattern` finds before `end` that names no other document (a list's item, a link's target)."""
    position = 0
    while (match := pattern.search(text, position, end)) is not None:
        if not names_another_document(text, *number_span(match), item):
            return match
        position = match.end()
    return None


# An Official Journal corrigendum is headed by the act it corrects ('Corrigendum to Commission Implementing Regulation
# (EU) 2015/1953 of …', Italian 'Rettifica del regolamento …', German 'Berichtigung der Verordnung …', French
# 'Rectificatif au règlement …', Spanish 'Corrección de errores del Reglamento …'): the number is that act's, and the
# corrigendum has none of its own.
CORRIGENDUM_OF = (
    r"(?:\bcorrigendum\s+to|\brettifica|\bberichtigung|\brectificatif|\bcorrecci[óo]n\s+de\s+errores"
    r"|\bretifica[çc][ãa]o|\brectificatie)"
    r"\s+(?:[\w’'-]+\s+){0,5}?\w*"  # 'to Commission Implementing', 'del', 'der', 'au', 'de la', 'van de'
)
# A title that names another document it corrects or amends ('Correction to CSMS# 15-000091 – …', 'Update to …'):
# that number is the other document's; the document's own stands in its opening lines.
CITED_BEFORE = re.compile(
    r"(?i:\b(?:correction|corrections|update|updates|modification|amendment|revision|supplement)\s+(?:to|of)\s*)$"
    rf"|(?i:{CORRIGENDUM_OF}\s*)$"
)
# A title that names the act it amends or replaces, right before that act's number; or a news headline reporting
# that another's act was published ('Foi publicado no JO L n.º 61, do dia 03.03.2031, o Regulamento (UE) 2031/310').
CITED_IN_TITLE = re.compile(
    r"\b(?:amend|amends|amending|rescind|rescinds|rescinding|supersede|supersedes|superseding|replace|replaces|"
    r"replacing)\s+(?:the\s+)?(?:(?:principal|said|earlier)\s+)?$"
    r"|\b(?:publicad[oa]s?|published|publiée?s?|veröffentlicht)\b[^;\n]{0,80}?\b(?:o|a|el|la|the|le|l['’]|die|der|das)\s*$",
    re.I,
)


# An Indian notification's number without its year ('CUSTOMS Notification No 60', a portal's heading) and the full
# number the notification prints of itself ('Notification No. 60/2023-Customs'), as it is cited.
SHORT_NOTIFICATION = re.compile(r"(?i:notification)\s+No\.?\s*(?P<digits>\d+)$")
FULL_NOTIFICATION = (
    r"(?i:notification)\s+(?P<number>No\.?\s*{digits}\s*/\s*(?:19|20)\d\d\s*[-–—]\s*"
    r"(?i:customs)(?:\s*\((?:ADD|CVD|SG)\))?)"
)


def _fuller_notification(text: str, span: tuple[int, int]) -> tuple[int, int]:
    short = SHORT_NOTIFICATION.search(text, *span)
    if short is None or short.end() != span[1]:
        return span
    full = re.search(FULL_NOTIFICATION.format(digits=short["digits"]), text[:OPENING_CHARS])
    return (full.start(), full.end("number")) if full else span


def normal_case(identifier: str) -> str:
    """An identifier as the journals cite it: 'REGULATION (EU) 2022/58' -> 'Regulation (EU) 2022/58'
    (a designation printed in capitals in a heading); numbers, acronyms and '(EU)' stay as written."""
    words = title_patterns().normal_case
    return " ".join(words.get(token, token) for token in identifier.split(" "))


# A US Customs headquarters ruling letter's file reference: the office symbols of Headquarters' rulings offices
# ('CO:R:…', 'OT:RR:…'), then the ruling's number and the writer's initials ('CLA-2 CO:R:C:T 951027 CRS'). The
# ruling is cited as 'HQ 951027' (HQ H277116 for the numbers of later years).
# A protest decision prints the number and initials on a line of their own over the office symbols ('PRO 2' /
# 'H298167 SMS' / 'OT:RR:CTF:ER').
# (some rulings print a space after each colon: 'CLA-2: OT: RR: TCM: H241622 ERB')
OFFICE_SYMBOLS = r"(?:CO|OT):[ \t]?[A-Z0-9]{1,5}(?::[ \t]?[A-Z0-9]{1,6})*"
HEADQUARTERS_REFERENCE = re.compile(
    rf"^[ \t]*(?:[A-Z]{{2,5}}-\d{{1,3}}:?[ \t]+)?{OFFICE_SYMBOLS}"
    r":?[ \t]+(?P<number>H?\d{6})(?:[ \t]+[A-Z]{2,4})?[ \t]*$"
    rf"|^[ \t]*(?P<above>H\d{{6}})[ \t]+[A-Z]{{2,4}}[ \t]*\n[ \t]*{OFFICE_SYMBOLS}[ \t]*$",
    re.M,
)


def _headquarters_ruling(text: str) -> TextMention | None:
    match = HEADQUARTERS_REFERENCE.search(text, 0, min(len(text), OPENING_CHARS // 4))
    if match is None:
        return None
    group = "number" if match["number"] else "above"
    return TextMention(f"HQ {match[group]}", *match.span(group), kind="identifier")


# An Indian notification copied without its 'No. NN/YYYY-Customs' line (a legal portal's rendering that opens with
# the summary line): the Gazette's own serial that opens its body ('G.S.R. 277(E).-Whereas ...', a ministry's order or
# a corrigendum 'S.O. 3300(E).— In exercise ...') is the only number the notification carries. Only at a line's start
# in the opening: a serial cited in the text ('vide number G.S.R. 153(E)') is the amended notification's.
GAZETTE_SERIAL = re.compile(r"^[ \t]*(?P<number>(?:G\.\s?S\.\s?R|S\.\s?O)\.\s?\d{1,4}\s?\(E\))\.?[ \t]*[-–—]", re.M)
# A bilingual Gazette of India issue prints its Hindi half first: the English serial lies a page further down.
BILINGUAL_GAZETTE = re.compile(r"GAZETTE OF INDIA|असाधारण|भारत का राजपत्र")


# ... not where the copy prints the notification's number in a form not read as its identifier ('CUS NTF NO. 66/2012');
# the number of the notification a corrigendum or an amendment is 'to' is another's ('Corrigendum to Notification No.
# 66/2025-26').
NOTIFICATION_NUMBER = re.compile(
    r"(?<!\bto )(?<!\bvide )\b(?:notification|ntf)\b[^\n]{0,20}?\bno\.?\s*\d+\s*(?:/|of)\s*(?:19|20)\d\d", re.I
)


def _gazette_serial(text: str) -> TextMention | None:
    reach = OPENING_CHARS if BILINGUAL_GAZETTE.search(text, 0, OPENING_CHARS // 4) else OPENING_CHARS // 4
    opening = min(len(text), reach)
    match = GAZETTE_SERIAL.search(text, 0, opening)
    if match is None or NOTIFICATION_NUMBER.search(text, 0, opening):
        return None
    return TextMention(match["number"], *match.span("number"), kind="identifier")
