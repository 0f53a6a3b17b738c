"""European and Swiss documents by class (round 18 second pass, final21 3013-3024): an association agreement's quota
annex writes CN codes with their final digits in brackets and runs of final digits as ranges ('0403 10 (11-99)').
Every passage is written for these tests."""

import pytest

from nlp.pipeline import analyse


def _codes_and_ranges(text: str) -> tuple[list[tuple[str, bool]], list[tuple[str, str]]]:
    doc = analyse(text)
    return (
        sorted((c.code, c.ex) for c in doc._.codes),
        sorted((r.code_from, r.code_to) for r in doc._.code_ranges),
    )


# --- CN codes with bracketed final digits (association agreements' quota annexes) -------------------------------------

BRACKETED_ANNEXES = {
    "a quota table's goods cell": (
        "ANNEX\n\nOrder No | 09.9123\nOrigin | Moldova\n"
        "Product description and CN codes | Sugars, sugar syrups 1701 14 (10), ex 1701 99 (10), 1702 30 (50-90)\n"
        "Quota volume | 4 000 000 kg\n",
        ([("17011410", False), ("17019910", True)], [("17023050", "17023090")]),
    ),
    "a running list with an en dash": (
        "The tariff rate quota shall cover the products falling within CN codes 0402 10 (11–99) and "
        "0406 90 (21) originating in Georgia.\n",
        ([("04069021", False)], [("04021011", "04021099")]),
    ),
}


@pytest.mark.parametrize("name", BRACKETED_ANNEXES)
def test_bracketed_final_digits_complete_the_cn_code(name):
    text, expected = BRACKETED_ANNEXES[name]
    assert _codes_and_ranges(text) == expected


def test_one_subheading_with_a_footnote_mark_keeps_its_six_digits():
    text = "Imports of goods of CN subheading 1701 14 (12) shall be monitored by the Commission.\n"
    assert _codes_and_ranges(text) == ([("170114", False)], [])


# --- Swiss tariff numbers with their statistical key, in a flattened quota table --------------------------------------

SWISS_QUOTA_TABLE = (
    "Zollkontingent Nr. 07 Tomaten im Jahre 2031\n"
    "Tarifnummer\nWarenkategorien\nZollkontingent\nAusnützung\n"
    "0702.0010 911\nCherrytomaten\n1'200\n"
    "0702.0010 999\nandere Tomaten\n3'400\n"
    "2002.1010 / 1020\nTomaten, geschält\n500\n"
    "2002.9011\nTomatenpüree\n250\n"
)


def test_a_swiss_quota_tables_tariff_numbers_keep_their_statistical_key():
    assert _codes_and_ranges(SWISS_QUOTA_TABLE) == (
        [("07020010911", False), ("07020010999", False), ("20021010", False), ("20029011", False)],
        [],
    )


@pytest.mark.parametrize("header", ["Tarifnummer", "Zolltarifnummern", "Numéro de tarif", "Numero di tariffa"])
def test_a_tariff_number_column_header_makes_its_cells_codes(header):
    text = f"Contingent 2031\n{header}\nWaren\n0406.9021\nKäse\n800\n0406.9031\nKäse, andere\n200\n"
    assert _codes_and_ranges(text) == ([("04069021", False), ("04069031", False)], [])
