"""Tables flattened into running text with ' .' between cells, as a mirror of the Diário Oficial da União prints
the annexes of a resolution: 'ANEXO I . .NCM .Nº Ex .Alíquota (%) ... . .3004.90.79 .056 .0 .Contendo ... .- .'.
Each cell opens with a dot after a space, and ' . .' closes a row and opens the next. The table readers know
cells between bars and rows on lines: the view makes each such dot a bar and each row break a line end (the same
length: ' . .' becomes ' |' + line end + '|'). Only in a text that shows the pattern row after row, so a stray
' .' or an ellipsis ('. . .') in prose is left alone."""

from __future__ import annotations

import re

# a row break: the previous row's closing dot, a space, the next row's first cell (no space or dot: not '. . .')
ROW_BREAK = re.compile(r" \. \.(?=[^\s.])")
# a cell's opening dot: after a space, before a cell's first character or an empty cell's space
CELL_DOT = re.compile(r"(?<= )\.(?=[^\s.]| )")
MIN_ROW_BREAKS = 2
MIN_CELLS = 8


def dot_cells_as_bars(text: str) -> str:
    """`text` with a dot-celled table's separators as bars and its rows on lines; any other text unchanged."""
    if " . ." not in text or len(ROW_BREAK.findall(text)) < MIN_ROW_BREAKS:
        return text
    if len(CELL_DOT.findall(text)) < MIN_CELLS:
        return text
    return CELL_DOT.sub("|", ROW_BREAK.sub(" |\n|", text))
