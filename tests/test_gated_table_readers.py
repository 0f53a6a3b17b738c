"""Table readers asked of the whole text again and again (each zone's rates, the quotas, the countries; each code
candidate's column header): the scan gate or a remembered answer rules out a text without their tables, and what it
lets through is still read in long texts."""

from nlp.text.cell_line_tables import cell_line_rows
from nlp.text.prefilter import LONG_TEXT
from nlp.text.stacked_cells import stacked_header

PROSE = (
    "Landbruksdirektoratet fordeler tollkvoter for import av landbruksvarer etter auksjon hvert kalenderår. "
    "Kvotene gjelder for varer med opprinnelse i de landene som er nevnt nedenfor.\n"
)
QUOTA_TABLE = (
    "Vare og varenummer Tollavgiftssats (kr/kg) Mengde (tonn) Opprinnelse\n"
    "Poteter til industri\n"
    "07.01.9000\n"
    "0,00 3 200 EU\n"
    "Hvitkål\n"
    "07.04.9010\n"
    "4,15 kr/kg\n"
    "6,90 kr/kg\n"
    "1 150 WTO\n"
    "Kvotene fordeles ved auksjon.\n"
)


def _long(body: str) -> str:
    filler = PROSE * (LONG_TEXT // len(PROSE) + 1)
    return filler + body + filler


def test_a_quota_table_printed_one_cell_a_line_is_read_in_a_long_text():
    rows = list(cell_line_rows(_long(QUOTA_TABLE)))
    assert [([r.value for r in row.rates], row.quantity.value, row.quantity.unit) for row in rows] == [
        ([0.0], 3200.0, "tonnes"),
        ([4.15, 6.9], 1150.0, "tonnes"),
    ]


def test_a_long_text_without_the_header_has_no_rows():
    assert list(cell_line_rows(_long(QUOTA_TABLE.replace("Mengde (tonn)", "Merknad")))) == []


STACKED = "S. No.\n|\nTariff Item\n|\nRate\n|\n1\n|\n0101\n|\n17.50\n|\n2\n|\n0102\n|\n12.25\n\n"


def test_a_stacked_cell_header_is_found_in_each_long_text_asked_in_turn():
    without = _long("Chapter 01 lists live animals and the rates that apply to them.\n")
    with_stacks = _long(STACKED)
    cell = with_stacks.index("0102")
    assert stacked_header(without, without.index("01 lists")) is None
    assert stacked_header(with_stacks, cell) == "Tariff Item"  # another text: asked anew, not the last answer
    assert stacked_header(without, without.index("01 lists")) is None
