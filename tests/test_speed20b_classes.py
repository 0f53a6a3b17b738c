"""Round 20's second speed cuts: header rows found through a map of the text's lines, a long table's top read
without splitting the whole table above each row. Each answer is the one the per-row splitting gave."""

from nlp.text.header_rows import line_map
from nlp.text.tables import _first_lines, column_header


def _table(rows: int) -> str:
    lines = ["Schedule of duties", "", "Tariff item | Description | Rate of duty"]
    lines += [f"{1000 + row}.10.00 | Goods of kind {row} | {row % 9}%" for row in range(rows)]
    return "\n".join(lines) + "\n"


def test_a_row_far_below_its_header_reads_the_header_column():
    """Class: a long '|' table (an annex of many rows): each row's column header is the header row above it, whether
    it stands within the lines looked back over or atop the table."""
    text = _table(200)
    near = text.index("1005.10.00")
    far = text.index("1190.10.00")
    assert column_header(text, near + 14) == "Description"
    assert column_header(text, far) == "Tariff item"


def test_the_line_map_cuts_the_first_line_where_the_lookback_starts():
    """Class: the 4,000 characters looked back over start inside a line: that line is read from there on, as a slice
    split into lines read it (digits cut off leave a header-like line)."""
    text = "7 | " + "a" * 4100 + " | b\n12 | row | 3\n"
    line_start = text.index("12 |")
    assert line_map(text).nearest_header(max(0, line_start - 4000), line_start, 60)[1].endswith("a | b")


def test_first_lines_of_a_long_slice_are_those_of_the_whole_split():
    """Class: the first lines of a table's top, read from a long text, are those a split of the whole slice gives,
    '\\r\\n' and other line breaks included."""
    text = "Head | Cols\r\nUnit | (EUR)\x0crow 1 | 2\n" + "row | 3\n" * 2000
    for count in (1, 3, 5):
        assert _first_lines(text, 0, len(text), count) == text.splitlines()[:count]
