"""Round 20's speed cuts, each an answer remembered or a read narrowed, that keep every answer: table headers read
once per row line a text, a row's digits tested in C, the lines below an offset read one at a time."""

import random

from nlp.countries.tables import _has_a_digit
from nlp.text.tables import table_header
from nlp.text.textutil import lines_with_text_below

DUTY_TABLE = (
    "Annex I\n\nProduct | Origin | Duty (%)\nSteel wire | Ruritania | 12\nSteel rods | Freedonia | 7\n"
    "Steel bars | Ruritania | 4.5\n"
)
QUOTA_TABLE = "Allocation (EUR/tonne net)\nRuritania 1 250\nFreedonia 3 400\n"


def test_a_rows_header_is_the_same_asked_once_or_again_and_for_another_text():
    """The class: the header of a row's table is remembered per row line for the last text asked about; each row
    asks again for every figure, and a new text (even one sharing offsets) gets its own header."""
    row = DUTY_TABLE.index("Steel rods")
    first = table_header(DUTY_TABLE, row + 25)
    assert first == "Product | Origin | Duty (%)"
    assert table_header(DUTY_TABLE, row + 2) == first  # the same row line, another figure
    assert table_header(QUOTA_TABLE, QUOTA_TABLE.index("3 400")) == "Allocation (EUR/tonne net)"
    assert table_header(DUTY_TABLE, DUTY_TABLE.index("4.5")) == first  # back to the first text: read again
    assert table_header("A prose sentence.\nDuty of 12 %.", 22) is None


def test_a_rows_digits_are_told_as_str_isdigit_tells_them_in_every_script():
    """The class: an ASCII row is searched for 0-9 in one call; another keeps str.isdigit's every digit (a
    superscript two, Devanagari, Arabic-Indic digits)."""
    for piece in ("| 49,165,000 | kg |", "| kg |", "", "Teil ²", "भारत ४", "مصر ٣", "Ruritania | — |"):
        assert _has_a_digit(piece) == any(ch.isdigit() for ch in piece), piece


def test_the_lines_below_an_offset_are_those_of_a_split_of_the_rest_of_the_text():
    """The class: the lines with text below the line holding an offset, stripped, read one at a time instead of
    splitting the rest of the text for each offset (quadratic on a long text); the same lines, in order."""
    letter = "Done at Brussels, 5 January 2031.\n\n  For the Council \n\t\nThe President\n"
    assert list(lines_with_text_below(letter, 10)) == ["For the Council", "The President"]
    assert list(lines_with_text_below("no line break", 3)) == []
    pick = random.Random(20)
    for _ in range(2000):
        text = "".join(pick.choice("ab \n\n\t") for _ in range(pick.randint(0, 30)))
        offset = pick.randint(0, len(text))
        expected = [line.strip() for line in text[offset:].split("\n")[1:] if line.strip()]
        assert list(lines_with_text_below(text, offset)) == expected, (text, offset)
