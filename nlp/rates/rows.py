"""The row a rate of a table belongs to: the company or goods its first cell names, read as a reader would
quote it (no list marker, no run of spaces, no instruction that only leads to the figure)."""

from __future__ import annotations

import re

from nlp.text.patterns import guarded
from nlp.text.tables import line_at

ROW_LABEL_MAX = 160
FLAT_ROW_START = guarded(r"(?<![\w.,])\d{1,3}\.[ \u00a0]+(?=\d)")  # '7. ' before a row's code
# A list item's marker: '- Facemasks', '• Steel', '2. 1507 90 10 Soya-bean oil', '(b) Lorries', 'iv) Tyres'
LIST_MARKER = re.compile(r"^(?:[-–—•*·▪]|\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)])[ \t\u00a0]+", re.I)
# What follows the goods' colon only leads to the figure: 'Facemasks: Increase rate to 25%', 'Steel: rate of duty'
LEADS_TO_FIGURE = re.compile(
    r"[ \t\u00a0]*:[ \t\u00a0]+"
    r"(?:(?:increase|decrease|reduce|raise|lower|set|change)[sd]?\b|(?:the\s+)?(?:new\s+)?(?:rate|duty)\b)[^:|]*$",
    re.I,
)
SPACES = re.compile(r"[ \t\u00a0]{2,}")


def row_label(text: str, offset: int) -> str | None:
    """The first cell of a table row: the company or goods the rate is for."""
    start, _ = line_at(text, offset)
    label = text[start:offset].split("|")[0].strip(" |\t")
    label = re.sub(r"\s*\d[\d,. ]*$", "", label).strip()
    rows = list(FLAT_ROW_START.finditer(label)) if len(label) > ROW_LABEL_MAX else []
    if rows:  # a table flattened into one line: the row is what follows its serial number
        label = label[rows[-1].end() :]
    label = SPACES.sub(" ", LEADS_TO_FIGURE.sub("", LIST_MARKER.sub("", label))).strip()
    return label if any(ch.isalnum() for ch in label) else None
