"""The in-quota duty field of an EU tariff quota sheet (the annexes that list each quota as labelled fields: 'Order
No 09.4721', 'Quantity …', 'In-quota duty 0 EUR' / 'Kontingentszollsatz 0 EUR' / 'Droit contingentaire 0 EUR'). A
duty written with the currency alone has no base: its unit is the currency (a percentage is read as any other).
Yields (value, start, end, unit)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from nlp.text.numbers import NUMBER, parse_number
from nlp.text.prefilter import may_occur, scan_gated

# the field's label, then its cell after a space, a colon or a table's bar; the currency after the figure or before it
# ('In-quota customs duty | EUR 0', as the Association Agreements' quota tables print it)
# scan-gated: asked of every span a rate is read in, and most texts are no quota sheet
IN_QUOTA_DUTY_FIELD = scan_gated(
    re.compile(
        r"^[ \t]*(?:in-quota (?:customs )?duty(?: rate)?|kontingentszollsatz|droit contingentaire"
        r"|derecho contingentario|dazio contingentale|contingentrecht)[ \t]*[:|]?[ \t]*"
        rf"(?:(?P<value>{NUMBER})[ \t]*(?P<currency>EUR|€)|(?P<leading>EUR|€)[ \t]*(?P<led>{NUMBER}))[ \t|]*$",
        re.I | re.M,
    )
)


def in_quota_duty_fields(text: str, start: int, end: int) -> Iterator[tuple[float, int, int, str]]:
    if not may_occur(IN_QUOTA_DUTY_FIELD, text):
        return
    for field in IN_QUOTA_DUTY_FIELD.finditer(text, start, end):
        if field.group("value") is not None:  # '0 EUR'
            figure, span = field.group("value"), (field.start("value"), field.end("currency"))
        else:  # 'EUR 0'
            figure, span = field.group("led"), (field.start("leading"), field.end("led"))
        value = parse_number(figure)
        if value is not None:
            yield value, *span, "EUR"
