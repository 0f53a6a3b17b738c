"""Rates written as a change with an arrow, as Korean tariff tables print them: an item, then its basic rate and the
rate it takes ('설탕(30→5)', sugar 30% to 5%; two basic rates '유장(20/40→0)'), under a legend that says which rate
stands where and in what unit ('(기본세율→할당세율, %)', basic rate → quota rate, percent). The figures before the arrow
are the rates replaced, the one after it the rate set."""

from __future__ import annotations

import re
from collections.abc import Iterator

ARROW = "→"
# the legend: two rate names either side of the arrow, then the unit ('(기본세율→할당세율, %)', '(old → new, %)')
LEGEND = re.compile(r"\([^()\n→]{1,30}→[^()\n→]{1,30},\s*%\s*\)")
CHANGE = re.compile(
    r"\((?P<before>\d{1,3}(?:\.\d{1,2})?(?:/\d{1,3}(?:\.\d{1,2})?)*)→(?P<after>\d{1,3}(?:\.\d{1,2})?)\)"
)
FIGURE = re.compile(r"\d{1,3}(?:\.\d{1,2})?")


def arrow_rates(text: str, start: int, end: int) -> Iterator[tuple[float, int, int, str, str]]:
    """(value, start, end, unit, hint) of each rate of an arrowed change below a legend naming the unit '%'."""
    if ARROW not in text:
        return
    legend = LEGEND.search(text, 0, end)
    if legend is None:
        return
    for change in CHANGE.finditer(text, max(start, legend.end()), end):
        for figure in FIGURE.finditer(change.group("before")):
            offset = change.start("before") + figure.start()
            yield float(figure.group()), offset, offset + len(figure.group()), "percent", "column:ad_valorem"
        yield float(change.group("after")), change.start("after"), change.end("after"), "percent", "column:ad_valorem"
