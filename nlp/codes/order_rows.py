"""Rows of a tariff-quota table that open with the quota's order number, then the code: an EU or UK annex whose grid
was lost, its columns separated by spaces ('09.0515 08061010 Tafeltrauben, frisch 10000 (2)', '09.0504 0201 bis
0204 Frisches … Fleisch …'), below a header line naming the code column ('Laufende Nr. KN-Code Warenbezeichnung
2008(1) …'). The order number is never a code; the number right after it is the row's code."""

from __future__ import annotations

import re

from nlp.codes.notation import notation

ORDER_NUMBER_LEAD = re.compile(r"[ \t|]*\d{2}\.\d{4}[ \t|]+(?:ex[ \t]?)?")
TABLE_REACH = 6000  # how far below its header a table's rows may run


def after_an_order_number(start: int, text: str) -> bool:
    """The number follows the order number opening its line, in a table whose header above names a code column."""
    line_start = text.rfind("\n", 0, start) + 1
    if not ORDER_NUMBER_LEAD.fullmatch(text, line_start, start):
        return False
    return notation().code_column_headers.search(text, max(0, line_start - TABLE_REACH), line_start) is not None
