"""Countries in tables: a trade-remedy status table's 'Concerned countries' column, an allocation table whose
rows are headed by a country (moved from rules.py, which had grown past its size) and a quota table's origin cells
printed one cell a line."""

from __future__ import annotations

import re

from nlp.countries.code_cells import origins_by_code_in_column
from nlp.countries.mention import CountryMention
from nlp.countries.names import NameMatch, find_country_names
from nlp.text.cell_line_tables import cell_line_rows
from nlp.text.layout import OPERATIVE, Layout
from nlp.text.tables import bar_lines

OPENING_CHARS = 6000  # where a status table's header may stand


TABLE_REACH = 4000  # how far below its header a status table's rows may run
# the ISO name's inverted tail an EU annex prints after the name ('Korea (Republic of)', 'Iran (Islamic Republic of)')
# (a Portuguese, Spanish or French cell joins them with 'e', 'y', 'et' and an article: 'República Popular da China e da
# República da Índia')
# (the Union's other languages join them with their own 'and': Danish 'og', Swedish 'och', Estonian 'ja', ...; an
# expiry notice's cell adds the countries a duty was extended to: 'China and Thailand and extended to Taiwan, …',
# Swedish 'och utvidgat till att omfatta', Danish 'og udvidet til')
EXTENDED_TO = (
    r"(?:(?:and\s+)?extended\s+to(?:\s+include)?|(?:och\s+)?utvidgat\s+till(?:\s+att\s+omfatta)?"
    r"|(?:og\s+)?udvidet\s+til|(?:und\s+)?ausgeweitet\s+auf|(?:et\s+)?étendu(?:e|es|s)?\s+(?:à|aux)"
    r"|(?:en\s+)?uitgebreid\s+tot|(?:ja\s+)?laiendatud)"
)
# a name's other form in brackets after it ('Myanmar (Burma)', 'Türkiye (Turkey)', 'Eswatini (Swaziland)')
LIST_WORDS = re.compile(
    r"(?:[\s,;&/()]|\b(?:and|e|y|et|og|och|ja|und|en|ed|és|ir|un|și|oraz)\b(?:\s+(?:da|do|de|del|la|el|du|des)\b)?"
    rf"|\b{EXTENDED_TO}\b|\([A-Z][a-z]+(?: [A-Za-z]+)* of\))*"
)


def origins_in_cell_line_rows(text: str, skip: set[str]) -> list[CountryMention]:
    """A quota table printed one cell a line ('0,00 2 500 EU', 'nlp/text/cell_line_tables.py'): the countries its
    rows' origin cells name are those the quotas are for (a group such as 'WTO' or 'GSP-land' names none)."""
    found: dict[str, CountryMention] = {}
    for row in cell_line_rows(text):
        for name in find_country_names(text, *row.origin) if row.origin else ():
            if name.code not in skip:
                found.setdefault(
                    name.code, CountryMention(name.code, "affected", text[name.start : name.end], name.start, name.end)
                )
    return list(found.values())


def origins_in_table_cells(
    text: str, skip: set[str], headers: re.Pattern, layout: Layout | None = None
) -> list[CountryMention]:
    """A status table of trade remedies ('Product | HS code | Concerned countries | Date of initiation'): the
    country names that fill a cell below such a header ('China', 'India, Malaysia'), or the ISO codes alone in its
    column, are the origins its measures target. With `layout`, the headers of the operative part anywhere in the
    text (an act's table of companies in its Article 1), else those of the opening."""
    found: dict[str, CountryMention] = {}
    position = 0
    for header in headers.finditer(text, 0, len(text) if layout else min(len(text), OPENING_CHARS)):
        if layout is not None and layout.kind_at(header.start()) not in OPERATIVE:
            continue
        for mention in origins_by_code_in_column(text, header, skip):
            found.setdefault(mention.code, mention)
        start = max(header.end(), position)
        position = min(len(text), header.end() + TABLE_REACH)
        names = list(find_country_names(text, start, position))
        for name in names:
            if name.code not in skip and _fills_its_cell(text, name, names):
                found.setdefault(
                    name.code, CountryMention(name.code, "affected", text[name.start : name.end], name.start, name.end)
                )
    return list(found.values())


MIN_COUNTRY_ROWS = 3  # rows headed by a country: an allocation table, not a stray line


def countries_heading_rows(text: str, skip: set[str], layout: Layout) -> list[CountryMention]:
    """An allocation table ('Argentina | 49,165,000 | kg |', one row per country): the countries whose first
    cell is the row's only name and whose row states an amount are those the quotas or rates are for; not a
    recital's table of import statistics ('Norway | 12 400 | 14 %': sources, not beneficiaries)."""
    found: dict[str, CountryMention] = {}
    position = 0
    while (bar := text.find("|", position)) >= 0:
        start = text.rfind("\n", 0, bar) + 1
        end = text.find("\n", bar)
        end = len(text) if end < 0 else end
        position = end + 1
        first_cell = text[start:bar]
        if layout.kind_at(start) not in OPERATIVE:
            continue
        if not _has_a_digit(text[bar:end]) or _has_a_digit(first_cell):
            continue
        names = list(find_country_names(text, start, bar))
        if _one_country(names) and names[0].code not in skip and _fills_its_cell(text, names[0], names):
            name = names[0]
            found.setdefault(
                name.code, CountryMention(name.code, "affected", text[name.start : name.end], name.start, name.end)
            )
    return list(found.values()) if len(found) >= MIN_COUNTRY_ROWS else []


# a quantity cell: '34 726,32', '1,250,000', '12.5 %', '800 t'
AMOUNT_CELL = re.compile(r"\s*\d[\d\s.,\u00a0\u202f]*(?:%|[a-z]{1,6})?\s*")


def countries_in_amount_rows(text: str, skip: set[str], layout: Layout) -> list[CountryMention]:
    """An allocation table whose rows open with the product ('4.B | Coated sheets | TARIC codes … | Ruritania |
    41 250,00 | 41 250,00 |', a safeguard's country-specific quotas): a cell after the first holding a single
    country name and followed by an amount names a country the quota is for. Read in the operative part and the
    annexes only (a recital's import statistics name sources, not beneficiaries); three countries at least."""
    found: dict[str, CountryMention] = {}
    for row in bar_lines(text) if "|" in text else ():
        if layout.kind_at(row[0].start) not in OPERATIVE:
            continue
        for cell, next_cell in zip(row[1:], row[2:], strict=False):
            if not AMOUNT_CELL.fullmatch(next_cell.text):
                continue  # asked first: most cells stand before no amount, and reading a cell's names costs more
            names = list(find_country_names(text, cell.start, cell.end))
            if not _one_country(names) or names[0].code in skip:
                continue
            if _fills_its_cell(text, names[0], names):
                found.setdefault(names[0].code, _mention(text, names[0]))
    return list(found.values()) if len(found) >= MIN_COUNTRY_ROWS else []


ASCII_DIGIT = re.compile(r"[0-9]")


def _has_a_digit(piece: str) -> bool:
    """Any character of `piece` a digit (str.isdigit): one search in C where it is ASCII, the only digits there."""
    if piece.isascii():
        return ASCII_DIGIT.search(piece) is not None
    return any(ch.isdigit() for ch in piece)


def _one_country(names: list[NameMatch]) -> bool:
    """The names of one country: one name, or a name with its other form ('Myanmar (Burma)')."""
    return bool(names) and len({name.code for name in names}) == 1


def _mention(text: str, name: NameMatch) -> CountryMention:
    return CountryMention(name.code, "affected", text[name.start : name.end], name.start, name.end)


def _fills_its_cell(text: str, name: NameMatch, names: list[NameMatch]) -> bool:
    """Whether the cell (between line breaks or '|') holding a name holds nothing but country names."""
    cell_start = max(text.rfind("\n", 0, name.start), text.rfind("|", 0, name.start)) + 1
    ends = [i for i in (text.find("\n", name.end), text.find("|", name.end)) if i >= 0]
    cell_end = min(ends) if ends else len(text)
    rest, position = [], cell_start
    for other in (n for n in names if cell_start <= n.start and n.end <= cell_end):
        rest.append(text[position : other.start])
        position = other.end
    rest.append(text[position:cell_end])
    return all(LIST_WORDS.fullmatch(piece) for piece in rest)
