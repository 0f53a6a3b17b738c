"""What a rate found is: its kind (ad valorem, surtax, specific, minimum import price), its role (new, previous,
residual, company-specific, other), and whether its figures are dumping margins rather than duties."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from nlp.text.patterns import guarded

if TYPE_CHECKING:
    from nlp.rates.rate_words import RateWords as Words

COMPANY_COLUMN = guarded(r"\b(?:compan|exporter|producer|manufacturer|société|unternehmen|hersteller)")


def margin_nearer(before: str, words: Words) -> bool:
    """The figure's sentence names a margin after its last duty word: the figures are those
    ('dumping margins ... ranging between 46.2% and 172.2%'), however far the verb puts them."""
    last_margin = max((m.end() for m in words.margin.finditer(before)), default=-1)
    return last_margin > max((m.end() for m in words.duty.finditer(before)), default=-1)


def kind_of(
    context: str, unit: str, words: Words, before: str = "", specific: bool = False, introduction: str = ""
) -> str:
    """The figure's kind from its sentence; a price named just before it ('precio de referencia de 2.05 dólares') is
    a price, however the sentence's duties are written (and whatever the figure's form says: 'specific'), and so is
    an amount listed under a lead-in naming minimum import prices ('The minimum import prices shall be:' over
    '(i) $21 per kilogram for polysilicon;') or right after their name: a floor the goods' value is held to, not a
    duty per unit."""
    if words.kinds["reference_price_before"].search(before):
        return "minimum_import_price"
    if specific:
        prices = words.kinds["minimum_import_price"]
        return (
            "minimum_import_price"
            if _lead_in_names_prices(introduction, words) or prices.search(before)
            else "specific"
        )
    if unit != "percent":
        return "minimum_import_price" if words.kinds["minimum_import_price"].search(context) else "specific"
    return "surtax" if words.kinds["surtax"].search(context) else "ad_valorem"


def _lead_in_names_prices(introduction: str, words: Words) -> bool:
    """The lead-in's items are minimum import prices: it names them before any duty ('The minimum import prices shall
    be:'), not as what its duties are in addition to ('The following specific duties shall apply, in addition to the
    minimum import prices fixed in Article 3:')."""
    price = words.kinds["minimum_import_price"].search(introduction)
    return price is not None and words.duty.search(introduction, 0, price.start()) is None


def role_of(sentence: str, row: str | None, header: str, words: Words, figure: tuple[int, int] = (0, 0)) -> str:
    if row is None and figure[0] and words.compared_previous.search(sentence[max(0, figure[0] - 90) : figure[0]]):
        return "previous"
    for role in ("residual", "previous", "other"):
        said = (
            row.lower()
            if row is not None
            else _clause_of_the_figure(sentence, *figure)
            if role == "residual"
            else sentence
        )
        if words.roles[role].search(said):
            return role
    if row is not None and (words.company.search(row.lower()) or COMPANY_COLUMN.search(header)):
        return "company_specific"
    return "new"


FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
FIGURE_FOR = re.compile(r"\s*(?:for|to|on|applies to|pour|für)\b")


def _clause_of_the_figure(sentence: str, start: int, end: int) -> str:
    """The words that name whom a figure of a sentence is for: from the figure before it to it, and after it only
    when they follow as its object ('30% for all other exporters'). 'TISCO was set at 23.69%, that for LISCO was
    25.82%, and that for all other producers was 24.83%': only the last is the residual rate."""
    if start == end:
        return sentence
    before = max((m.end() for m in FIGURE.finditer(sentence, 0, start) if m.end() < start), default=0)
    after = FIGURE.search(sentence, end)
    clause = sentence[before:end]
    if FIGURE_FOR.match(sentence, end):
        clause += sentence[end : after.start() if after else len(sentence)]
    return clause


# A table printing a duty twice, as it was and as amended: 'Original definitive anti-dumping duty | Anti-dumping duty
# once safeguard measure is due', 'Former rate | New rate'. The original's column holds the previous rate, the other the
# new one, whoever the row's company is.
ORIGINAL_COLUMN = guarded(r"^\s*(?:original|previous|former|old|existing|current)\b", re.I)


def amended_column_role(column: str | None, header: str) -> str | None:
    """'previous' or 'new' for a figure in a table with an original column and another beside it; None elsewhere."""
    cells = header.split("|")
    if column is None or len(cells) < 3 or not any(ORIGINAL_COLUMN.search(cell) for cell in cells):
        return None
    return "previous" if ORIGINAL_COLUMN.search(column) else "new"
