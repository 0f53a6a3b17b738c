"""Round 13 (issue 15), read16-tables: the classes the misses of real texts whose facts sit in tables and lists showed.
A table printed one cell a line between bar lines (a customs notification's table on a republishing portal): a cell's
column counted from the header's cells, its headings, ranges, excepted codes and chapters, its bare rate figures; an
EU quota annex whose grid was lost (order number, code, description and yearly volumes on one line, apart by
spaces); countries listed after 'excluding:' with their ISO codes glued in brackets, and origins whose goods 'are
excluded from' the measure; the annual quotas of a German annex, the CN disclaimer that is no preference, quotas and
the import licences that administer them in Portuguese, Korea's tariff-quota duty, a surtax over a quota, a CEPA; a
register's date glued to its label; a dash list of volumes 'for serial number 09.xxxx' in a copy without article
headings, a threshold on past imports that is no volume; rates written with an arrow under a legend. Every passage is
written for these tests, in other words, numbers, products and countries than the set."""

import pytest

from nlp.codes.finder import find_codes
from nlp.pipeline import analyse
from tests.fact_readers import affected, dates, measures


def _codes(text: str) -> tuple[list[str], list[tuple[str, str]]]:
    codes, ranges = find_codes(text)
    return sorted(c.code for c in codes), sorted((r.code_from, r.code_to) for r in ranges)


def _rate_values(text: str) -> list[tuple[float, str | None]]:
    return sorted({(rate.value, rate.unit) for rate in analyse(text)._.rates}, key=str)


def _quotas(text: str) -> list[tuple[float, str | None]]:
    return sorted((quota.amount, quota.unit) for quota in analyse(text)._.quotas)


def _stacked(cells: list[str]) -> str:
    return "\n|\n".join(cells) + "\n"


# --- a table printed one cell a line between bar lines ---------------------------------------------------------------

HEADER = ["S. No.", "Chapter, Heading, Sub-heading or Tariff Item", "Description of goods", "Rate", "(1)", "(2)", "(3)"]
STACKED_TABLE = (
    "Seeks to amend Notification No. 41/2030-Customs (India-Japan CEPA)\n"
    "In the said notification, for the Table, the following Table shall be substituted, namely:-\n“TABLE\n"
    + _stacked(
        [*HEADER, "(4)"]
        + ["1", "0902", "All Goods", "12.50"]
        + ["2", "0904 to 0906", "All Goods", "7.25"]
        + ["3", "Chapter 9", "All Goods", "30.00"]
        + ["4", "0910 (except 091011 and 091012)", "All Goods", "3.00"]
    )
)


def test_codes_of_a_table_one_cell_a_line_are_read_from_its_code_column():
    assert _codes(STACKED_TABLE) == (["09", "0902", "0910", "091011", "091012"], [("0904", "0906")])


def test_bare_rate_figures_of_such_a_table_are_rates_of_an_unwritten_unit():
    assert _rate_values(STACKED_TABLE) == [(12.5, None), (3.0, None), (30.0, None), (7.25, None)]


def test_a_cepa_names_a_preference():
    assert measures(STACKED_TABLE) == ["preference"]


def test_figures_of_a_stacked_table_without_a_code_column_are_no_codes():
    text = "Imports by year:\n" + _stacked(["Year", "Imports", "Share", "2029", "1450", "12", "2030", "1620", "14"])
    assert _codes(text) == ([], [])


# --- an EU quota annex whose grid was lost: order number, code, description, volumes apart by spaces ----------------

SPACED_ANNEX = (
    "ANNEX\n"
    "Order No CN code Description 2031(1) 2032(1)\n"
    "09.0711 07020000 Tomatoes, fresh or chilled 2000 (2) 2500 (2)\n"
    "09.0712 ex0703 Onions, fresh 500 (2) 600 (2)\n"
    "09.0713 0801 bis 0802 Coconuts and other nuts 100 (3) 100 (3)\n"
)


def test_the_code_after_a_rows_order_number_is_read_under_a_code_columns_header():
    assert _codes(SPACED_ANNEX) == (["07020000", "0703"], [("0801", "0802")])


def test_a_number_after_an_order_number_without_a_code_column_is_no_code():
    text = "Quota volumes\nOrder No Quantity\n09.0711 2500 tonnes\n09.0712 6000 tonnes\n"
    assert _codes(text) == ([], [])


# --- countries left out of a measure ---------------------------------------------------------------------------------


def test_countries_after_excluding_with_glued_iso_codes_are_not_affected():
    text = (
        "Imposing safeguard measures for imports of certain aluminium products.\n"
        "Origin: Countries subject to the safeguard measure (SAVG): All third countries excluding: Bhutan(BT) "
        "Cote d’Ivoire(CI) Nepal(NP) Lao People’s Democratic Republic(LA) Zambia(ZM)\n"
    )
    assert affected(text) == []


def test_origins_whose_goods_are_excluded_from_the_measure_are_not_affected():
    text = (
        "A definitive anti-dumping duty is imposed on imports of ceramic tiles originating in Turkey. Goods "
        "originating in Switzerland and Andorra under their agreements are excluded from the application of the "
        "measures imposed by this Regulation.\n"
    )
    assert affected(text) == ["TR"]


# --- measures named in tables' headings and lists --------------------------------------------------------------------

MEASURE_CASES = {
    "German annual duty-free quotas under the CN disclaimer of a quota annex": (
        "ANHANG\nUngeachtet der Auslegungsregeln für die Kombinierte Nomenklatur gilt die Bezeichnung der Waren nur "
        "als Hinweis; für die Präferenzbehandlung nach diesem Anhang sind die KN-Codes maßgebend.\n"
        "Waren, für die zollfreie Jahreskontingente gelten\n",
        ["tariff_quota"],
    ),
    "a Portuguese quota's distribution, its import licences administering it": (
        "Art. 1º A distribuição das cotas se dará conforme os seguintes critérios: será concedida a cada empresa uma "
        "cota máxima de 800 toneladas, desde que o somatório das Licenças de Importação seja inferior ao limite.\n",
        ["tariff_quota"],
    ),
    "Korea's tariff-quota duty": (
        "□ 내년 할당관세 적용품목\n옥수수(사료용)(3→0)\n대두(사료용)(3→0)\n",
        ["tariff_quota"],
    ),
    "a surtax on imports above a quota's volumes": (
        "The Order imposes tariff rate quotas on imports of wire rod from non-free trade agreement countries. "
        "Imports above these volumes will be subject to a surtax in the amount of 40% of the value for duty.\n",
        ["duty_rate_change", "tariff_quota"],
    ),
}


@pytest.mark.parametrize("case", MEASURE_CASES)
def test_measures_named_in_tables_and_lists(case):
    text, expected = MEASURE_CASES[case]
    assert measures(text) == expected


# --- a register's date glued to its label ----------------------------------------------------------------------------


def test_dates_glued_to_a_registers_labels_are_typed_by_them():
    text = (
        "Acuerdo por el que se da a conocer el cupo para importar peras originarias de Chile\n\n"
        "Fecha de disposición11 Junio 2029\nFecha de publicación12 Junio 2029\nEmisorSECRETARIA DE ECONOMIA\n"
    )
    assert dates(text) == [("document_date", "2029-06-11"), ("publication", "2029-06-12")]


# --- quota volumes of lists --------------------------------------------------------------------------------------------


def test_a_list_of_volumes_for_serial_numbers_in_a_copy_without_article_headings():
    text = (
        "Commission Regulation (EC) No 812/2031\nproviding for a further allocation of import rights for heifers\n"
        "THE COMMISSION OF THE EUROPEAN COMMUNITIES,\nThe quantities referred to in Article 4 shall be:\n"
        "- 1200 head for serial number 09.0005,\n- 1350 head for serial number 09.0007.\n"
        "This Regulation shall enter into force on 3 May 2031.\n"
    )
    assert _quotas(text) == [(1200, "head"), (1350, "head")]


def test_a_threshold_on_past_imports_is_no_quota_volume():
    text = (
        "Le contingent tarifaire numéro d'ordre 09.1188 est ouvert du 1er mai au 30 juin, à condition que les "
        "importations totales de concombres originaires de Tunisie n'aient pas dépassé 80 000 tonnes.\n"
    )
    assert _quotas(text) == []


# --- rates written with an arrow ---------------------------------------------------------------------------------------


def test_rates_written_with_an_arrow_under_a_legend_naming_the_unit():
    text = (
        "할당관세 품목 및 관세율 (기본세율→할당세율, %)\n\n옥수수(사료용)(3→0)\n\n설탕(30→5)\n\n유장(사료용)(20/40→0)\n"
    )
    assert _rate_values(text) == [
        (0.0, "percent"),
        (20.0, "percent"),
        (3.0, "percent"),
        (30.0, "percent"),
        (40.0, "percent"),
        (5.0, "percent"),
    ]


# --- two periods written as one run ------------------------------------------------------------------------------------


def test_periods_chained_by_then_run_from_the_first_start_to_the_last_end():
    text = (
        "Imports of certain wire products (Tariff Quota Notice 9)\nNew quotas came into force on 3 March 2031.\n"
        "Quota period: 3 March 2031 to 30 June 2031 then 1 July 2031 to 30 June 2032\n"
    )
    found = [(kind, value) for kind, value in dates(text) if kind != "other"]
    assert found == [
        ("application_end", "2032-06-30"),
        ("application_start", "2031-03-03"),
        ("entry_into_force", "2031-03-03"),
    ]
