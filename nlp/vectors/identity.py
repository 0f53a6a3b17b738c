"""What makes two near-identical changes two different acts: their numbers and dates.

Pages of one template (a remedies authority's case pages, a ministry's yearly orders) read alike
and name the same goods, so their vectors and codes match; only the case number, the act's own
number or its date tells them apart. Two changes whose identifiers, case numbers or dates of the
act disagree are never duplicates, however similar their text. A republication of one act (other
address, same act) agrees on each of them, or leaves one out (a news copy without the number).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A case number as a title states it: '482 - Aluminium extrusions from China' (a case page's heading), 'Case
# No. 543', 'Investigation No. 731-TA-1600', 'Expediente Nº 12/2025', or a US order number 'A-570-831'.
LEADING_CASE_NUMBER = re.compile(r"^\s*(\d{1,6}[A-Z]?)(?:\s+[-–—|]|\s*:)\s+\S")
CASE_WORDS = (
    "case|investigation|inquiry|enquiry|review|proceeding|dossier|docket|file|inv|"
    "expediente|processo|procedimiento|affaire|enquête|verfahren|untersuchung|caso"
)
CASE_REFERENCE = re.compile(
    rf"\b(?:{CASE_WORDS})\.?\s*(?:no\.?|nos?\.|number|nr\.?|n[º°o]\.?|#)\s*:?\s*([A-Z]{{0,4}}[- ]?\d[\w./-]*)"
    r"|\bcase\s+([A-Z]{0,4}[- ]?\d[\w./-]*)",
    re.IGNORECASE,
)
US_ORDER_NUMBER = re.compile(r"\b((?:[AC]-\d{3}-\d{3})|(?:\d{3}-TA-\d{1,4}))\b", re.IGNORECASE)
DIGITS = re.compile(r"\d+")


@dataclass(frozen=True)
class Identity:
    identifier_numbers: frozenset[str]  # the digits of the act's identifier: 'Regulation (EU) 2025/60' -> 2025, 60
    case_numbers: frozenset[str]
    act_dates: frozenset[str]  # the act's own date(s) ('of 14 January 2025'), ISO


def identity_of(identifier: str | None, titles: list[str | None], act_dates: list[str]) -> Identity:
    return Identity(
        frozenset(str(int(digits)) for digits in DIGITS.findall(identifier or "")),
        frozenset(number for title in titles if title for number in case_numbers(title)),
        frozenset(act_dates),
    )


def case_numbers(title: str) -> set[str]:
    """The case numbers a title states, written one way ('No. 731-TA-1600' and '731 TA 1600' alike)."""
    found = [match.group(1) for match in LEADING_CASE_NUMBER.finditer(title)]
    found += [match.group(1) or match.group(2) for match in CASE_REFERENCE.finditer(title)]
    found += [match.group(1) for match in US_ORDER_NUMBER.finditer(title)]
    return {re.sub(r"[\s./-]+", "-", number.upper()).strip("-") for number in found}


def different_acts(one: Identity, other: Identity) -> bool:
    """True where the two disagree on the act's number, its case or its date. A number one of them
    leaves out is no disagreement ('Regulation 2025/60' and '2025/60 of 14 January 2025' agree)."""
    return (
        _neither_within(one.identifier_numbers, other.identifier_numbers)
        or _neither_within(one.case_numbers, other.case_numbers)
        or bool(one.act_dates and other.act_dates and not one.act_dates & other.act_dates)
    )


def _neither_within(one: frozenset[str], other: frozenset[str]) -> bool:
    return bool(one and other) and not (one <= other or other <= one)
