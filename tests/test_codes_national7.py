"""Code notations and table layouts, round 6 of issue 15: a South Asian exemption notification's table flattened one
cell a line (a row's serial alone on its line, a code column headed 'Chapter or Heading or sub-heading or tariff
item' holding chapters, headings and tariff items, rows running far below the header), a Mercosur ex-tariff annex
(NCM, then the ex's number, then the rate), and national lines with their check characters: Argentina's SIM line
('6404.11.00.290U'), Taiwan's CCC code ('8517.13.00.00-3'), New Zealand's statistical key ('0304.89.00 19K') and the
GCC's 12-digit lines. Every passage is written for the test with other goods and numbers than any evaluation
document."""

from tests.test_codes import covered, found

# The rows of an exemption table as a PDF of a gazette flattens them: one cell a line.
ROWS = [
    ("1.", "01", "Horses imported by registered stud farms", "Nil"),
    ("2.", "0402 10", "Skimmed milk powder for infant food manufacture", "15%"),
    ("3.", "03, 05\nor 10", "Materials for research institutions, namely, samples of fish, seeds and grain", "Nil"),
    ("4.", "1006", "Rice, other than broken rice", "20%"),
    ("5.", "1006 30 10", "Parboiled rice of the Basmati variety", "10%"),
    ("6.", "0801 31 00", "Cashew nuts, in shell, for processing and export", "2.5%"),
]
FILLER = "Provided that the importer furnishes an undertaking to the Deputy Commissioner of Customs.\n" * 4


def _notification(rows=ROWS, header="S. No. Chapter or\nHeading or\nsub-\nheading or\ntariff item\nDescription"):
    lines = [
        "In exercise of the powers conferred by section 25 of the Customs Act, the Central Government hereby exempts"
        " the goods specified in the Table below from so much of the duty as is in excess of the rate in column (4).",
        "",
        "TABLE",
        "",
        header,
        "of goods\nRate\n(1)\n(2)\n(3)\n(4)",
    ]
    for serial, code, goods, rate in rows:
        lines += [serial, "", code, goods, FILLER.strip(), rate]
    return "\n".join(lines) + "\n"


def chapters(*numbers):
    return {(number, "chapter", False, "covered") for number in numbers}


def test_a_notification_table_flattened_one_cell_a_line():
    text = _notification()
    assert len(text) > 1500 * 1.5  # the last rows stand far below the header: the column carries it down
    assert found(text) == (
        chapters("01", "03", "05", "10") | covered("040210", "1006", "10063010", "08013100"),
        set(),
    )


def test_quantities_and_rates_of_such_a_table_are_not_codes():
    rows = [
        ("1.", "0713 10", "Peas, whole, up to a quantity of", "2000"),
        ("2.", "0713 40 00", "Lentils, up to a quantity of", "1500"),
        ("3.", "0713 60 00", "Pigeon peas, whole", "Nil"),
    ]
    assert found(_notification(rows)) == (covered("071310", "07134000", "07136000"), set())


def test_two_digit_cells_under_a_column_that_names_no_chapters_are_not_codes():
    # a conference programme: numbered sessions, the room and the number of seats
    text = (
        "S. No.\nSession\nRoom\nSeats\n"
        "1.\n\n12\nOpening address on customs valuation\n40\n"
        "2.\n\n14\nWorkshop on rules of origin\n25\n"
        "3.\n\n12\nClosing remarks\n40\n"
    )
    assert found(text) == (set(), set())


def test_four_digit_numbers_after_serials_without_a_code_column_are_not_codes():
    text = "Price list\n1.\n\n1250\nCement bags\n2.\n\n2005\nSteel bars\n3.\n\n1806\nRoofing sheets\n"
    assert found(text) == (set(), set())


def test_a_mercosur_ex_tariff_annex_spaced_and_glued():
    # a resolution changing temporary rates of ex-tariffs: NCM, the ex's number, the rate, the description
    text = (
        "Art. 1º Ficam alteradas para 2% as alíquotas do Imposto de Importação dos Ex-tarifários abaixo.\n\n"
        "ANEXO\n\n"
        "NCM Ex Alíquota (%) Descrição\n"
        "8477.80.90 014 2 Máquinas de moldagem por injeção de preformas\n"
        "8479.89.99 302 0 Linhas automáticas de envase de iogurte\n\n"
        "NCMNº ExAlíquota (%)Descrição\n"
        "8422.30.29106Máquinas de rotular garrafas\n"
    )
    assert found(text) == (covered("84778090", "84798999", "84223029", ex=True), set())


def test_numbers_starting_rows_without_an_ex_column_are_not_read_as_ex_tariffs():
    text = "Tabela de preços\nProduto Lote Valor\n8477.80.901 14 2 unidades de moldes\n"
    assert found(text) == (set(), set())


def test_national_lines_with_their_check_characters():
    text = (
        "Argentina: footwear of posición SIM 6403.99.90.900K and 6404.11.00.290U requires a non-automatic licence.\n"
        "Taiwan: handsets of CCC code 8517.13.00.00-3 are exempt from the commodity tax.\n"
        "New Zealand: the statistical keys of Tariff items 0304.89.00 19K and 2106.90.59 09A are revoked.\n"
    )
    assert found(text) == (covered("64039990900", "64041100290", "8517130000", "03048900", "21069059"), set())


def test_the_twelve_digit_lines_of_the_gcc_integrated_tariff():
    text = "From 1 January the duty on HS code 870323110000 falls to 5 per cent (tariff code 8703.24.11.00.00 too)."
    assert found(text) == (covered("870323110000", "870324110000"), set())


def test_twelve_digit_identifiers_and_lookalikes_are_not_codes():
    text = (
        "Call centre 966112345678 answers questions on the new tariff. Receipt no. 870323110000 was issued.\n"
        "Lot 6403.99.90.900K of the auction was sold. The report 2024.05.17-3 is attached.\n"
    )
    assert found(text) == (set(), set())
