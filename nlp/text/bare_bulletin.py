"""A quota bulletin copied without its field labels: the page's 'Commodity:', 'Quota Period:', 'Restraint Level:' and
'Country Limits' labels were lost, and only the values remain under the bulletin's number ('QB 21-201 2021 Beef' /
'January 1, 2031, through December 31, 2031' / 'Ruritania (export certificate required)12,000,000 kg' / 'Freedonia
no limit'). A table's cells may be glued together too: a country's label runs into its figure. A copy that kept its
labels but glued its cells ('Restraint Level' / 'Ruritania2,450,000 kg') is read so too: the labelled readers cannot
part such a cell. In a glued table, 'EU 271,313,000 kg' is the Union of 27 and 1,313,000 kg (the space is the label's
own).

The bulletin number heading the text says what it is; its allocation lines are the lines that end with a figure in
a quota unit, or with 'no limit' (a country outside the quota). The period is the first line of the head that holds
two dates."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

# the bulletin's number heading the text: 'QB 21-201', 'QB 21–201', 'Quota Bulletin QB 31-105', 'QB-2-214' as one
# bulletin prints it, maybe under the site's banner line ('US flag Official website of the Department of Homeland
# Security' / 'QB 15-118 Dairy …')
BULLETIN_HEADING = re.compile(r"^[ \t]*(?:Quota\s+Bulletin\s+)?QB[ \t-]*\d{1,2}[ \t]*[-–—][ \t]*\d{3}\b", re.M)
HEAD_LINES = 3  # the lines of the text's head the heading may stand on
# the labels a complete copy keeps: where they stand, the labelled readers read the bulletin
FIELD_LABELS = re.compile(r"^[ \t]*(?:quota[ \t]+period|restraint[ \t]+levels?|country[ \t]+limits)\b", re.I | re.M)
# a line ending with a figure in a quota unit, its label glued to the figure or not
ALLOTMENT = re.compile(
    r"^[ \t]*(?P<label>[^\d\n|]*?[^\d\s|])(?P<space>[ \t]*)(?P<value>\d{1,3}(?:,\d{3})+|\d+)[ \t]*"
    r"(?P<unit>kg|kgs|kilograms?|liters|litres|metric[ \t]+tons|tonnes|dozen|head|pieces|units)\b\.?[ \t]*$",
    re.I | re.M,
)
# a line ending with 'no limit', maybe glued to its label, maybe followed by an instruction in brackets
NO_LIMIT = re.compile(r"^[ \t]*(?P<label>[^\d\n|]*?)[ \t]*no[ \t]+limit\b[^\n]*$", re.I | re.M)


@cache
def _units() -> dict[str, str]:
    """A unit as written -> its name, as the quota reader names it (nlp/data/quotas.json)."""
    data = json.loads(resources.files("nlp").joinpath("data/quotas.json").read_text("utf-8"))
    return {" ".join(unit.split()): name for unit, name in data["units"].items()}


@dataclass(frozen=True)
class Allotment:
    label_start: int
    label_end: int
    amount: int | None  # None: the line says 'no limit'
    unit: str | None
    start: int  # the figure and unit, the evidence of the volume
    end: int


def is_bare_bulletin(text: str) -> bool:
    """A text headed by a quota bulletin's number, without the labels of a complete copy."""
    return _headed_by_a_bulletin_number(text) and not FIELD_LABELS.search(text)


def _headed_by_a_bulletin_number(text: str) -> bool:
    """The bulletin's number on one of the first lines of the text."""
    head = text.lstrip()
    head_end = -1
    for _ in range(HEAD_LINES):
        head_end = head.find("\n", head_end + 1)
        if head_end < 0:
            head_end = len(head)
            break
    return bool(BULLETIN_HEADING.search(head, 0, head_end))


def bare_bulletin_allotments(text: str) -> list[Allotment]:
    """The allocation lines of a bulletin copied without its labels, or with its cells glued, in the order of the
    text."""
    if not _headed_by_a_bulletin_number(text):
        return []
    lines = [(line, unit) for line in ALLOTMENT.finditer(text) if (unit := _unit_of(line))]
    glued = sum(not line["space"] for line, _ in lines) * 2 > len(lines)
    if not glued and FIELD_LABELS.search(text):
        return []  # a labelled copy with cells apart: the labelled readers read it
    found = [_allotment(line, unit, glued) for line, unit in lines]
    for line in NO_LIMIT.finditer(text):
        found.append(Allotment(line.start("label"), line.end("label"), None, None, line.start(), line.end()))
    return sorted(found, key=lambda allotment: allotment.start)


# the Union named with its number of members, in a glued table the label's own digits ('EU 27' + '1,313,000 kg')
MEMBER_COUNT = re.compile(r"(?<![^\W\d_])EU[ \t-]?$")
GROUPED_AFTER_COUNT = re.compile(r"(2[5-8])([1-9]\d{0,2}(?:,\d{3})+)$")


def _unit_of(line: re.Match) -> str | None:
    return _units().get(" ".join(line["unit"].lower().split()))


def _allotment(line: re.Match, unit: str, glued: bool) -> Allotment:
    value, value_start = line["value"], line.start("value")
    count = GROUPED_AFTER_COUNT.match(value) if glued and MEMBER_COUNT.search(line["label"]) else None
    if count:
        value, value_start = count[2], value_start + len(count[1])
    label_end = value_start if count else line.end("label")
    return Allotment(line.start("label"), label_end, int(value.replace(",", "")), unit, value_start, line.end("unit"))
