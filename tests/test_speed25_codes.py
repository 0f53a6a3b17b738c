"""Round 25's speed cuts in the code, measure and summary readers, pinned by the answers they must keep (equivalence:
each test passes on the tree before the cuts too). The cuts: a code's 160-character window is searched for a number
corrected 'from' it only where the window holds 'from' (no scan gate asked); a SACU item's window is searched only
where a '/' ends it; a bulleted list's item line is matched only where the number is alone on its line; a measure
signal's sentence rules are asked once per signal group and sentence; the summary's terminated origins read the
text's country names once, not once per origin. Every passage is written for these tests."""

import re

import pytest

from nlp.codes import schedules, substituted
from nlp.codes.finder import SACU_ITEM_BEFORE, find_codes
from nlp.codes.notation import CANDIDATE
from nlp.pipeline import analyse

CORRECTED = (
    "Annex I to the notice is corrected as follows. The entry for lactose syrups is corrected from 2106.90.99 to "
    "1901.90.90, and the entry for whey powder remains under heading 0404."
)
CAPITALS = "TECHNICAL CORRECTION: THE SUBHEADING FOR SEAMLESS TUBES IS CHANGED FROM 7304.19.10 TO 7304.19.50."
MOVED_MANY = "Goods previously entered were moved from subheadings 7208.10 to 7208.90 of the tariff schedule."
# the verb opening 160 characters before the code (inside its window), 161 (cut), 'from' cut, all outside
PADDED = [
    "The rate for this entry is changed from " + "x" * pad + " 2106.90.99 to 1901.90.90."
    for pad in (146, 147, 156, 200)
]


def reference_one_number_from(text: str, start: int) -> re.Match | None:
    """The read without any gate: the pattern searched in the window, many numbers left out."""
    match = substituted.REPLACED_FROM.search(text, max(0, start - 160), start)
    return match if match is not None and substituted.MANY_NUMBERS.search(match.group()) is None else None


@pytest.mark.parametrize("text", [CORRECTED, CAPITALS, MOVED_MANY, *PADDED])
def test_the_corrected_from_window_reads_as_the_plain_search_at_every_offset(text):
    for start in range(len(text) + 1):
        gated, plain = substituted._one_number_from(text, start), reference_one_number_from(text, start)
        assert (gated and gated.span()) == (plain and plain.span()), start


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (CORRECTED, [("21069099", "replaced"), ("19019090", "covered"), ("0404", "covered")]),
        (CAPITALS, [("73041910", "replaced"), ("73041950", "covered")]),
    ],
)
def test_a_code_corrected_from_is_the_replaced_entry(text, expected):
    codes, ranges = find_codes(text)
    assert [(c.code, c.role) for c in codes] == expected and ranges == []


def test_a_number_moved_from_many_subheadings_is_a_range():
    codes, ranges = find_codes(MOVED_MANY)
    assert codes == [] and [(r.code_from, r.code_to) for r in ranges] == [("720810", "720890")]


def test_a_correction_word_outside_the_window_replaces_nothing():
    inside, *cut = (find_codes(text)[0] for text in PADDED)
    assert inside[0].role == "replaced"
    assert [codes[0].role for codes in cut] == ["covered"] * 3


SACU = (
    "Dumping Item 215.02/7210.49.10/01.08 applies to flat-rolled steel.\n"
    "Rebate item 460.03/\n8703.23/01.05 applies to motor cars.\n"
)


def test_codes_inside_sacu_schedule_items_are_read_also_after_a_line_break():
    codes, _ = find_codes(SACU)
    assert [(c.code, c.role) for c in codes] == [("72104910", "covered"), ("870323", "covered")]


@pytest.mark.parametrize("text", [SACU, SACU.replace("/\n", "/"), "item 215.02/\n\n7210.49.10", CORRECTED])
def test_the_sacu_window_gate_never_rules_out_a_window_the_search_finds(text):
    for match in CANDIDATE.finditer(text):
        before = text[max(0, match.start() - 40) : match.start()]
        plain = SACU_ITEM_BEFORE.search(before) is not None
        assert ("/" in before[-2:] and plain) == plain


LIST = (
    "The following headings and subheadings of the HTSUS are covered by this memorandum:\n"
    "· 8471\n· 847330\n- 8542 \nGroup B controls\n• ex 8504 40\n"
)
TABLE = "Goods code | Origin group | Unit of quantity\n7019650011 | 1011 | m² of fabric\n8504406000 | 1011 | pieces\n"
LIST_AT_THE_END = "These subheadings of the HTSUS are covered:\n· 8471\n· 8473"


def reference_in_introduced_list(start: int, end: int, text: str) -> bool:
    """The list test with its two line checks in their former order."""
    position = text.rfind("\n", 0, start) + 1
    if not schedules.CODE_ITEM_LINE.fullmatch(text, position, end):
        return False
    return schedules.in_introduced_list(start, end, text)


@pytest.mark.parametrize("text", [LIST, TABLE, LIST_AT_THE_END])
def test_an_introduced_list_item_reads_as_before_at_every_number(text):
    for match in re.finditer(r"\d+(?:[ .]\d+)*", text):
        for start in range(match.start(), match.end()):
            for end in range(start + 1, match.end() + 1):
                assert schedules.in_introduced_list(start, end, text) == reference_in_introduced_list(start, end, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (LIST, [("8471", False), ("847330", False), ("8542", False), ("850440", True)]),
        (TABLE, [("7019650011", False), ("8504406000", False)]),
        (LIST_AT_THE_END, [("8471", False), ("8473", False)]),
    ],
)
def test_list_items_and_table_cells_are_read_and_area_ids_are_not(text, expected):
    codes, _ = find_codes(text)
    assert [(c.code, c.ex) for c in codes] == expected


CIRCUMVENTION = (
    "Commission Implementing Regulation extending the anti-dumping duty on steel ropes\n\nArticle 1\n"
    "The definitive anti-dumping duty imposed on imports of steel ropes is extended to imports consigned from Malaysia, "
    "which circumvent the anti-dumping measures in force, and that anti-dumping duty shall be collected on them; the "
    "anti-dumping duty applies from the date of entry into force.\n\nArticle 2\n"
    "Importers shall not circumvent the registration procedure laid down in Article 3.\n"
)


def test_signals_sharing_a_sentence_keep_its_rules_and_a_bare_circumvent_is_none():
    signals = analyse(CIRCUMVENTION, jurisdiction="EU")._.measure_signals
    assert [(s.group, s.where, s.start) for s in signals] == [
        ("s__anti_dumping", "title", 49),
        ("s__anti_dumping", "acting", 108),
        ("s__anti_dumping__0", "acting", 214),  # 'circumvent' in a sentence naming the duty
        ("s__anti_dumping", "acting", 229),
        ("s__anti_dumping", "acting", 270),
        ("s__anti_dumping", "acting", 320),
    ]


TERMINATED = (
    "Commission Implementing Regulation imposing a definitive anti-dumping duty on imports of glass fibre fabrics\n\n"
    "Article 1\nA definitive anti-dumping duty is imposed on imports of glass fibre fabrics originating in China, Egypt "
    "and Bahrain.\nThe proceeding also concerned imports of glass fibre fabrics originating in Bahrain. That proceeding "
    "is terminated.\nArticle 2\nThis Regulation shall enter into force on the day following its publication.\n"
)


def test_an_origin_whose_proceeding_is_terminated_leaves_the_lead_and_the_others_stay():
    summary = analyse(TERMINATED, jurisdiction="EU")._.summary
    assert summary.startswith(
        "The European Commission imposes an anti-dumping duty on glass fibre fabrics from China and Egypt."
    )


def test_an_origin_whose_proceeding_continues_stays_in_the_lead():
    text = TERMINATED.replace("That proceeding is terminated.", "That proceeding continues.")
    summary = analyse(text, jurisdiction="EU")._.summary
    assert summary.startswith(
        "The European Commission imposes an anti-dumping duty on glass fibre fabrics from China, Egypt and Bahrain."
    )
