"""The readers of code layouts the scan misses, in the order they run (`find_codes`)."""

from __future__ import annotations

from nlp.codes.bar_stacked import bar_stacked_code_cells
from nlp.codes.bracketed import bracketed_headings
from nlp.codes.code_column_rows import code_column_rows
from nlp.codes.dashed_rows import dashed_schedule_rows
from nlp.codes.described_items import described_list_codes
from nlp.codes.glued import codes_opening_glued_rows, dotted_codes_glued_to_words, glued_codes, gtips_glued_to_figures
from nlp.codes.glued_cells import codes_glued_to_numbers
from nlp.codes.glued_tails import dotted_codes_glued_after_words
from nlp.codes.item_number_columns import item_number_columns
from nlp.codes.kanji_numerals import kanji_numeral_codes
from nlp.codes.lettered import lettered_codes
from nlp.codes.norwegian_cells import norwegian_number_cells
from nlp.codes.paired_dots import paired_dot_codes
from nlp.codes.record_tariff_lines import record_tariff_lines
from nlp.codes.serial_chapter_cells import serial_chapter_cells
from nlp.codes.statistical_cells import statistical_code_cells
from nlp.codes.unit_glued import codes_glued_to_units

# Readers of the layouts the scan misses (codes glued to words or units, rows run into one line, cells one a line),
# in the order they claim a start: each is given the starts found before it.
LAYOUT_READERS = (
    glued_codes,
    codes_opening_glued_rows,
    lettered_codes,
    kanji_numeral_codes,
    dotted_codes_glued_to_words,
    dotted_codes_glued_after_words,
    gtips_glued_to_figures,
    bracketed_headings,
    dashed_schedule_rows,
    bar_stacked_code_cells,
    norwegian_number_cells,
    paired_dot_codes,
    codes_glued_to_units,
    described_list_codes,
    code_column_rows,
    statistical_code_cells,
    item_number_columns,
    codes_glued_to_numbers,
    serial_chapter_cells,
    record_tariff_lines,
)
