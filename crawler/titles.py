"""Titles and identifiers of documents that come without metadata (inbox files).

A document's first line is often not its title: a page header ("Federal Register / Vol. 81,
No. 73 / Friday, April 15, 2016 / Notices"), a billing code, a table header, a bare number
("SOR/2005-106"), an Official Journal running head. The title is the first line that is none
of these; the identifier is an official number the text states.
"""

from __future__ import annotations

import re

NOT_TITLES = [
    re.compile(pattern, re.I)
    for pattern in (
        r"^federal register\s*/\s*vol",  # FR page header
        r"^\[?federal register volume",  # FR text banner
        r"^\[(notices|rules|proposed rules|presidential documents|pages? [\d-]+)\]$",
        r"^\[?fr doc",
        r"billing code",
        r"^(from the federal register online|-{5,})",
        r"^official journal of the european union$",
        r"^(\d{1,2}\.\d{1,2}\.\d{4}|[A-Z]{2}|[LC] \d+/\d+)$",  # OJ running head: date, language, page
        r"^(SOR|SI|TR)/\d{4}-\d+$",  # a bare regulation number
        r"^\[?(docket|agency docket|rin)\b",
        r"^\[[A-Z]-\d{3}-\d{3}\]$",  # a case number alone
        r"^(article|section|annex|chapter|part)\s+[\dIVXLC]+\.?$",
        r"^(page \d+|\d+)$",
        # an agency line ("DEPARTMENT OF COMMERCE", "International Trade Administration")
        r"^(u\.s\. )?(department|office|executive office|committee|bureau) of\b[^.:;]{0,60}$",
        r"^[\w .,&'-]{0,60}\b(administration|service|office|commission|bureau|agency|protection|representative|"
        r"council|tribunal)$",
        # a ministry's letterhead in any language ("Ministry of Trade, Industry and Energy", "Ministerio de Economía")
        r"^(ministry|ministère|ministerio|ministério|ministero|bundesministerium|secretar[ií]a|kementerian|bộ)\b"
        r"[^.:;]{0,80}$",
        # an export or print stamp of the site the copy came from ("Exported by: …", "Printed on …")
        r"^(exported|prepared|printed|downloaded|generated|retrieved|saved)\s+(by|on|from|at)\b",
        # a wiki's page name ("Page:United States Statutes at Large Volume 107 Part 3.djvu/667") and proofreading note
        r"^(page|index|file|category|template|author|portal|special|wikisource|wikipedia)(?:[ _]talk)?:\S",
        r"^this page (needs to be|has been|has not been) (proofread|validated)",
        # a letter's file reference: office symbols joined by colons ("CLA-2 CO:R:C:T 951027 CRS")
        r"^([a-z]{2,5}-\d{1,3}(-\d{1,3})?[ :]+)?[a-z][a-z0-9]{0,5}(:[a-z0-9]{1,6}){2,}"
        r"( +[a-z]?\d{3,7})*( +[a-z]{2,4})?$",
        # a republisher's source label ("PUBLISHER: Revenue Service Website", "Source: …", "Fuente: …")
        r"^(publisher|source|éditeur|editorial|fuente|quelle|herausgeber)\s*:",
        # an Indian gazette's registration line ('REGD. No. D. L.-33004/99')
        r"^(regd\.?|registered)\s*no\b|^रजिस्ट्री\s+सं",
        # an Indian gazette's part line ('PART II—Section 3—Sub-section (ii)', Hindi 'भाग II—खण्ड 3—उप-खण्ड (ii)')
        r"^(part|भाग)[\s-]+[IVX]+\s*[—–-]|^(published by authority|प्राधिकार से प्रकाशित)$",
        r"^<!--.*-->$",  # a converter's markup comment ('<!-- page 1 -->')
        # a news page's reading time ('Tiempo de lectura aprox: 50 segundos', '3 min read')
        r"^(tiempo de lectura|reading time|temps de lecture|lesezeit|tempo de leitura)\b|^\d+\s+min(ute)?s?\s+read$",
        r":$",  # a label whose value follows ("This content is relevant for:", "Dieser Inhalt ist relevant für:")
        # a masthead's line wrapped from the one above or over the next: it opens in lower case ('del Señor Ec. …',
        # 'of the Republic of …') or ends on an article or preposition ('Presidente Constitucional de la República del')
        r"^(?-i:[a-zà-ÿ])|\b(of|the|and|de|del|la|las|los|el|y|da|do|dos|das|du|des|et|der|die|und)$",
        # a gazette's dateline with its weekday ('Miércoles 13 de Enero de 2016 – R. O. No. 668', 'Tuesday, 4 March')
        r"^(lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|monday|tuesday|wednesday|thursday|friday|"
        r"saturday|sunday|segunda-feira|ter[çc]a-feira|quarta-feira|quinta-feira|sexta-feira),?\s+\d{1,2}\b",
    )
]
IDENTIFIERS = [
    (re.compile(r"\bFR Doc\.? (?:No:? )?(\d{4}-\d{4,6})"), "FR Doc. {}"),
    (re.compile(r"\b((?:SOR|SI|TR)/\d{4}-\d+)\b"), "{}"),
    (re.compile(r"\bCSMS\s*#\s*(\d{5,})"), "CSMS # {}"),
    (re.compile(r"\bCELEX[:\s]*([0-9][0-9A-Z()]{8,})"), "CELEX:{}"),
]
MAX_TITLE = 300


def title_from_text(text: str, lines_to_read: int = 40) -> str | None:
    """The first line that reads as a title, or None."""
    for line in [line.strip() for line in text.splitlines() if line.strip()][:lines_to_read]:
        if is_title_like(line):
            return line[:MAX_TITLE]
    return None


def is_title_like(line: str) -> bool:
    if " | " in line or len(line.split()) < 3:  # a table row; a lone word such as a country name
        return False
    return not any(pattern.search(line) for pattern in NOT_TITLES)


def identifier_from_text(text: str) -> str | None:
    """An official number the document states near its start, in its usual written form."""
    head = text[:5000]
    for pattern, form in IDENTIFIERS:
        found = pattern.search(head)
        if found:
            return form.format(found.group(1))
    return None
