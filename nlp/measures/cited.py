"""Names of other instruments a document cites: words inside them describe that instrument, not an act of this one.

Besides the parenthesised title of a cited act ('Executive Order 14195 of February 1, 2025 (Imposing Duties …)',
nlp.text.citations), a UK statutory instrument carries its subject in brackets inside its own name: 'the Customs
(Reliefs from a Liability to Import Duty and Miscellaneous Amendments) (EU Exit) Regulations 2020'. Amending that
instrument says nothing of import duty rates; what it acts on is in the words that follow (the definition of the
'UK Reliefs document' it substitutes). A measure the bracketed subject names ('(Tariff Quotas)') still counts.
"""

from __future__ import annotations

import re

from nlp.text.citations import in_cited_title

NAME_REACH = 160  # how far a bracketed part of an instrument's name may run on either side of a word in it
# after the bracketed part: more bracketed parts, then the kind of instrument and its year
INSTRUMENT_AFTER = re.compile(r"\)(?:\s*\([^()]{1,40}\))*\s*(?:Regulations|Order|Rules|Act)\s+\d{4}\b")
# before it: the capitalised name it qualifies ('Customs', 'Customs Tariff', 'Taxation')
NAME_BEFORE = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3}\s*$")


def in_cited_name(text: str, offset: int, plain_duty_words: bool) -> bool:
    """Inside another act's parenthesised title, or plain duty words inside the bracketed subject of a UK instrument's
    name. A measure the name names is what amending the instrument acts on ('the Customs (Tariff Quotas) (EU Exit)
    Regulations 2020 are amended'): only plain duty words ('Import Duty') are the instrument's own description."""
    if in_cited_title(text, offset) or in_cited_notice_title(text, offset) or in_quoted_schedule_name(text, offset):
        return True
    return plain_duty_words and in_instrument_name(text, offset)


# 'See Initiation of Antidumping and Countervailing Duty Administrative Reviews, 75 FR 29976 (May 28, 2010).': the
# title of an earlier Federal Register notice a US notice cites after 'See', its citation closing it
SEE_BEFORE = re.compile(r"\b(?:See|see)(?:,?\s+(?:e\.g\.|also|generally),?)?\s+(?=[A-Z])")
FR_CITATION_AFTER = re.compile(r"[^.;()]{0,200}?,\s*\d{1,3}\s+(?:FR|Fed\.\s*Reg\.)\s+\d{1,6}\b")
SEE_REACH = 200  # a cited notice's title is a line or two


def in_cited_notice_title(text: str, offset: int) -> bool:
    """Inside the title of an earlier FR notice cited after 'See' and before its 'NN FR NNNNN' citation."""
    sees = list(SEE_BEFORE.finditer(text, max(0, offset - SEE_REACH), offset))
    if not sees or any(mark in text[sees[-1].end() : offset] for mark in ".;()"):
        return False
    return FR_CITATION_AFTER.match(text, offset) is not None


def in_instrument_name(text: str, offset: int) -> bool:
    opening = text.rfind("(", max(0, offset - NAME_REACH), offset)
    if opening < 0 or ")" in text[opening:offset]:
        return False
    closing = text.find(")", offset, offset + NAME_REACH)
    if closing < 0 or "(" in text[offset:closing]:
        return False
    return bool(INSTRUMENT_AFTER.match(text, closing) and NAME_BEFORE.search(text, max(0, opening - 60), opening))


# 'an amendment to Part 3 of Schedule No.2 to the Customs and Excise Act, 1964 “Anti-dumping, Countervailing and
# Safeguard Duties on Imported Goods - Safeguards”': the quoted name of the schedule (or its part) an act amends names
# every measure the schedule holds; what the act does is in the words after it ('Safeguard Items … substituted').
# (not the words an amendment puts into the schedule: 'is amended by inserting “Anti-dumping duty on …”')
SCHEDULE_BEFORE = re.compile(
    r"\b(?:Schedule|Part)\s+(?:No\.?\s*)?[\dA-Z]{1,3}\b"
    r"(?:(?!\b(?:insert\w*|substitut\w*|add\w*|replac\w*|the\s+following)\b)[^“\"\n.;]){0,120}?[“\"]$"
)
QUOTE_REACH = 160  # the longest quoted name of a schedule


def in_quoted_schedule_name(text: str, offset: int) -> bool:
    opening = max(
        text.rfind("“", max(0, offset - QUOTE_REACH), offset), text.rfind('"', max(0, offset - QUOTE_REACH), offset)
    )
    if opening < 0 or any(mark in text[opening + 1 : offset] for mark in '”"\n'):
        return False
    return SCHEDULE_BEFORE.search(text, max(0, opening - 160), opening + 1) is not None
