"""Round 24's speed cuts in the code readers, pinned by the answers they must keep (equivalence: each passes on the
tree before the cuts too). Each cut asks the process's scan gate (one Hyperscan pass a text, nlp/text/prefilter.py)
before a whole-text scan, or before a search in a window before each code, and skips the search where the gate says
the pattern matches nowhere: the inserted rows after a table's column numbers, a tariff book's dashed rows, codes
with bracketed final digits, statistical code cells, chapters (listed, an 'HS code(s):' list, a range whose dash was
lost, a '|' cell under a chapter column), dotted headings after their keyword, a record's tariff lines, an introduced
list of described items, a header glued to the next column's, a code column's header above rows, and a number
corrected 'from' one code to another. A text that holds the shortest such fact, in any case, alone, after a long text
or inside one, is never skipped. Every passage is written for these tests."""

import pytest

from nlp.codes import (
    bracket_digits,
    chapters,
    dashed_rows,
    described_items,
    glued_cells,
    headings,
    record_tariff_lines,
    serial_chapter_cells,
    statistical_cells,
    substituted,
)
from nlp.codes.finder import find_codes
from nlp.codes.notation import notation
from nlp.text.prefilter import may_occur, may_occur_between

FILLER = "The Committee met on several occasions to review the market situation of the sector concerned. " * 30

# each passage, the codes read in it (code, role, ex) and the ranges (first, last)
READINGS = {
    "rows inserted after the column numbers": (
        "In the said notification, in the Table, after S. No. 293 and the entries relating thereto, the following "
        "S. Nos. and entries shall be inserted, namely: - (1) (2) (3) (4) (5) (6) 293A. 48 Newsprint in rolls 5% - "
        "31; 293B 48 Uncoated paper of a kind used for printing 5% - 31",
        [("48", "covered", False)],
        [],
    ),
    "a tariff book's dashed rows": (
        "Schedule No. 1\n01.02 Live bovine animals:\n0102.2 - Cattle:\n0102.21 1 -- Pure-bred breeding animals u free "
        "free\n0102.29 7 -- Other u free free\n0102.3 0102.31 5 -- Pure-bred breeding animals u free free\n0102.39 1 "
        "-- Other u free free\n",
        [
            ("0102", "covered", False),
            ("01022", "covered", False),
            ("010221", "covered", False),
            ("010229", "covered", False),
            ("01023", "covered", False),
            ("010231", "covered", False),
            ("010239", "covered", False),
        ],
        [],
    ),
    "bracketed final digits": (
        "Tariff quota for the following products: CN codes 1001 99 (00), ex 1103 20 (25) and 1101 00 (15-90) apply.",
        [("10019900", "covered", False), ("11032025", "covered", True)],
        [("11010015", "11010090")],
    ),
    "statistical code cells": (
        "| 72.01 |\n|\nPig iron and spiegeleisen in pigs: |\n| 7201.10 |\n000 |\n1 |\n-Non-alloy pig iron |\n"
        "| 7201.20 |\n000 |\n4 |\n-Non-alloy pig iron, other |\n",
        [("7201", "covered", False), ("720110", "covered", False), ("720120", "covered", False)],
        [],
    ),
    "chapters in capitals": (
        "The additional duty applies to goods of CHAPTERS 72 and 73 of the tariff schedule.",
        [("72", "covered", False), ("73", "covered", False)],
        [],
    ),
    "an HS code(s) list": (
        "Steel wire (HS code(s): 7217, 72)",
        [("7217", "covered", False), ("72", "covered", False)],
        [],
    ),
    "a chapter range whose dash was lost": (
        "Die Zollansätze für Waren der Zolltarifkapitel 5060 werden gesenkt.",
        [],
        [("50", "60")],
    ),
    "chapters in a '|' cell under a chapter column": (
        "| S. No. | Chapter/Heading/Sub-heading/Tariff item | Description |\n| 1 | 71 or 98 | Gold jewellery |\n",
        [("71", "covered", False), ("98", "covered", False)],
        [],
    ),
    "dotted headings after their keyword": (
        "Imports of goods falling under Headings 15.07, 15.08 and 15.10 are subject to the levy.",
        [("1507", "covered", False), ("1508", "covered", False), ("1510", "covered", False)],
        [],
    ),
    "a record's tariff lines": (
        "Japan #4410 (v.1)\nMeasure: Import licensing\nTariff lines\n0302.11 0303.14\n8471.30\n",
        [("030211", "covered", False), ("030314", "covered", False), ("847130", "covered", False)],
        [],
    ),
    "a code under its column's header": (
        "Product HS Code Country\nSteel 7208.51.00 China\n",
        [("72085100", "covered", False)],
        [],
    ),
    "an introduced list of described items": (
        "The exemption is expanded to include the following tariff codes:\n- 8412 - Turbo jets and other gas "
        "turbines\n- 2702, 2817 - Chemical fertilisers\n",
        [("8412", "covered", False), ("2702", "covered", False), ("2817", "covered", False)],
        [],
    ),
    "a number corrected from one code to another": (
        "In Annex I, the subheading is corrected from 9903.02.79 to 9903.02.80.",
        [("99030279", "replaced", False), ("99030280", "covered", False)],
        [],
    ),
}


@pytest.mark.parametrize("name", READINGS)
@pytest.mark.parametrize("where", ["alone", "after a long text", "inside a long text"])
def test_a_gated_reader_still_reads_its_shortest_fact(name, where):
    """Class: each gated reading finds its codes in a short text, at the end of a long one and in its middle."""
    passage, codes, ranges = READINGS[name]
    text = {"alone": passage, "after a long text": FILLER + passage, "inside a long text": FILLER + passage + FILLER}
    found, found_ranges = find_codes(text[where])
    assert [(c.code, c.role, c.ex) for c in found] == codes
    assert [(r.code_from, r.code_to) for r in found_ranges] == ranges


GATED = {
    "serial": (serial_chapter_cells.FIRST_ROW, ["(1) (2) (3) 1 48 Paper", "(1)(2)(3)293A. 48 Newsprint"]),
    "dashed": (dashed_rows.GATE, ["0102.2 -", "0102.21\u00a01\u00a0-", "0102.21 1 -"]),
    "bracket": (bracket_digits.BRACKETED_TAIL, ["1001 99 (00)", "EX 1103.20\u00a0(25)", "1101 00 (15\u201390)"]),
    "statistical": (statistical_cells.SUBHEADING_ROW, ["\n7201.10|00|", "\n| 7201.10.00 |\n000 |"]),
    "chapters": (chapters.CHAPTERS, ["CH. 7", "ChapterS\u00a072", "chapitre 3", "KAPITEL 28 OG 29", "الفصل 72"]),
    "hs list": (chapters.HS_CODE_LIST, ["hs code:1", "HS CODES(S): 72"]),
    "lost dash": (chapters.LOST_DASH, ["KAPITEL 5060", "cap\u00cdtulos 1020"]),
    "chapter column": (chapters.CHAPTER_COLUMN, ["CHAPTER/HEADING", "chapter\n or sub heading"]),
    "bar chapter cell": (chapters.BAR_CHAPTER_CELL, ["|71|", "| 71 or 98 |"]),
    "old headings": (headings.OLD_HEADINGS, ["HEADING 15.07", "Subheadings: 1507.1", "HS编码:03.02"]),
    "record tariff lines": (record_tariff_lines._record_words()[0], ["\nJapan #1 (v.1)\n"]),
    "record header": (record_tariff_lines._record_words()[1], ["\nTARIFF LINES\n", "\nl\u00edneas arancelarias:\n"]),
    "described items": (described_items.DESCRIBED_ITEM, ["\n-12 - Wool\n", "\n\u2022 8412, 8413 \u2013 Pumps\n"]),
    "glued header": (glued_cells.GLUED_HEADER, ["Tariff ItemDuty", "HS CodeRate", "Commodity\tCodeX"]),
    "code column": (notation().code_column_headers, ["HS CODE", "Tariff item"]),
}


@pytest.mark.parametrize("name", GATED)
def test_the_gate_never_rules_out_a_text_the_pattern_matches(name):
    """Class: the shortest matches of each gated pattern, in other cases and scripts, at a text's edges: where the
    pattern finds one, the gate says it may occur (short texts are scanned by value, long ones by identity)."""
    pattern, passages = GATED[name]
    for passage in passages:
        for text in (passage, FILLER + passage, passage + "\n" + FILLER, FILLER + passage + "\n" + FILLER):
            assert pattern.search(text) is not None, (name, passage)
            assert may_occur(pattern, text), (name, passage)


@pytest.mark.parametrize(
    "passage",
    [
        "corrected from ",
        "CHANGED the entry FROM subheading ",
        "reclassified goods of the former item from the old ",
        "Moved from\n",
    ],
)
def test_the_windowed_gate_keeps_every_window_before_a_corrected_code(passage):
    """Class: the words that move a number 'from' a code, found in the window that ends at the code: the gate asked of
    that window (in a long text) lets the search through."""
    for text in (passage + "9903.02.79", FILLER + passage + "9903.02.79 to 9903.02.80." + FILLER):
        start = text.index("9903")
        window_start = max(0, start - 160)
        assert substituted.REPLACED_FROM.search(text, window_start, start) is not None
        assert may_occur_between(substituted.REPLACED_FROM, text, window_start, start)
