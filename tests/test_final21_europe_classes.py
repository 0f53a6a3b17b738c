"""European and Swiss documents by class (round 18 second pass, final21 3013-3024): an association agreement's quota
annex writes CN codes with their final digits in brackets and runs of final digits as ranges ('0403 10 (11-99)'),
its quantity as a pro-rata share ('7/12 of …') and its in-quota duty with the currency first ('EUR 0'); a Swiss
quota table prints tariff numbers with their statistical key ('0701.9010 912') under 'Tarifnummer', a sibling written
short ('2004.1012 / 1013') and its own authorities ('OZD').
Every passage is written for these tests."""

import pytest

from nlp.countries.jurisdiction import implementing_jurisdiction
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


# --- a pro-rata quota sheet: the share of the annual volume, and the in-quota duty with its currency first -------------

PRO_RATA_SHEET = (
    "ANNEX\n\nOrder No | 09.6801\nOrigin | Moldova\n"
    "Product description and CN codes | Grape juice 2009 61 (10-90)\n"
    "Quota period | Only applicable from 1 August to 31 December 2031\n"
    "Quantity | 5/12 of 2 400 000  kg\n"
    "In-quota customs duty | EUR 0\n"
)


def test_a_pro_rata_quantity_field_gives_the_printed_annual_volume():
    assert [(q.amount, q.unit) for q in analyse(PRO_RATA_SHEET)._.quotas] == [(2400000, "kg")]


@pytest.mark.parametrize("field", ["In-quota customs duty | EUR 0", "In-quota duty: 0 EUR", "Kontingentszollsatz € 0"])
def test_an_in_quota_duty_field_in_a_currency_alone_is_a_specific_rate(field):
    text = PRO_RATA_SHEET.replace("In-quota customs duty | EUR 0", field)
    assert [(r.value, r.unit) for r in analyse(text)._.rates] == [(0, "EUR")]


def test_a_fraction_in_running_text_is_no_quantity_field():
    text = "Exporters shipped 7/12 of 2 400 000 kg of grape juice last year, according to the association.\n"
    assert analyse(text)._.quotas == []


# --- a Swiss quota table names its own authorities and quota numbers --------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Zollkontingent Nr. 05 Obst im Jahre 2031 - Einfuhren in Tonnen",
        "Effektive Einfuhren laut OZD",
        "Verteilung aufgrund der Inlandleistung",
        "Angaben der Oberzolldirektion, Stand Januar 2031",
    ],
)
def test_a_swiss_quota_tables_own_words_name_switzerland(line):
    text = f"{line}\nTarifnummer\nWarenkategorien\n0808.1011\nÄpfel\n1'000\n"
    assert {mention.code for mention in implementing_jurisdiction(text)} == {"CH"}
