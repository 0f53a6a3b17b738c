"""Quota volumes and rates, round 8 second pass of issue 15, on passages written for these tests: an autonomous
tariff quota annex longer than a page (its header far above most rows; product specifications such as 'a purity of
99 % or more' in the description cell, never a volume's or a rate's context), square meter equivalents of US textile
bulletins ('SME'), a note number standing before a volume ('US Note 9 240,000 KG'), growth rates of quota quantities,
a figure joined to its unit as an adjective ('a 25,000-tonne quota') and the quantity field of an EU quota sheet."""

from nlp.pipeline import analyse
from tests.test_rates_quotas import quotas
from tests.test_rates_round7 import values

SPECIFICATIONS = [
    "in powder form, of a purity of 97,5 % or more by mass",
    "containing not more than 0,5 % of water",
    "of a thickness not exceeding 12 mm",
    "having a customs value of not less than EUR 310 per 100 kg net weight",
    "with a capacity of 40 litres or more",
]
UNITS = ["tonnes", "kilograms", "square meters", "pieces", "tonnes"]


def _annex_of(rows: int) -> tuple[str, list[tuple]]:
    lines = [
        "ANNEX",
        "",
        "Order No | CN code | TARIC | Description of goods | Quota period | Quota amount | In-quota duty",
    ]
    expected = []
    for number in range(rows):
        amount = 1200 + 50 * number
        unit = UNITS[number % len(UNITS)]
        duty = "3 %" if number == rows - 1 else "0 %"
        lines.append(
            f"09.{3100 + number} | ex 2934 99 90 | {10 + number} | Heterocyclic compound No {number} (CAS RN"
            f" 5{number}-11-2) {SPECIFICATIONS[number % len(SPECIFICATIONS)]} | 1.1.-31.12. |"
            f" {amount // 1000} {amount % 1000:03d} {unit} | {duty}"
        )
        name = {"kilograms": "kg", "square meters": "m2"}.get(unit, unit)
        expected.append((amount, name, None, None))
    return "\n".join(lines) + "\n", expected


def test_every_volume_of_a_long_quota_annex():
    text, expected = _annex_of(45)
    assert quotas(text) == expected


def test_the_in_quota_duties_of_a_long_annex_and_none_from_its_descriptions():
    text, _ = _annex_of(45)
    assert values(text) == [(0, "percent"), (3, "percent")]


def test_square_meter_equivalents_of_a_textile_bulletin():
    text = (
        "COMMODITIES\nApparel articles assembled in a beneficiary country from regional fabric\n"
        "QUOTA PERIOD\nOctober 1, 2030, through September 30, 2031\nRESTRAINT LEVELS\n"
        "Product | Overall Limits\nKnit apparel of chapter 61 | 62,500,000 SME\n"
        "Woven shirts and blouses of cotton (see U.S. note 14(c)) | 8,750,000 SME\n"
        "Restraint Level:\n212,400,110 Square Meter Equivalents value added limit\n"
    )
    assert [(amount, unit) for amount, unit, *_ in quotas(text)] == [
        (62500000, "square meter equivalents"),
        (8750000, "square meter equivalents"),
        (212400110, "square meter equivalents"),
    ]


def test_a_note_number_before_a_volume_is_not_part_of_it():
    text = (
        "RESTRAINT LEVEL:\nThe aggregate quantities of qualifying goods entered under the subheadings are:\n"
        "99140610 US Note 9 240,000 KG\n99140615 US Note 12 1,350,000 KG\n"
    )
    assert quotas(text) == [(240000, "kg", None, None), (1350000, "kg", None, None)]


def test_the_growth_rate_of_a_quota_quantity_is_no_rate():
    text = (
        "99140610 US Note 9 240,000 KG\nFrom calendar year 2031, the quantitative limitations on such goods shall"
        " increase at a compounded annual growth rate of 5 percent, to be published in the Federal Register.\n"
    )
    assert values(text) == []


def test_a_volume_joined_to_its_unit_as_an_adjective():
    text = (
        "On 3 March 2031 the Republic applied a safeguard measure on sorbitol in the form of a 25,000\u2011tonne"
        " annual tariff rate quota, with an additional duty of USD 95 per tonne on imports beyond it."
    )
    assert [(amount, unit) for amount, unit, *_ in quotas(text)] == [(25000, "tonnes")]


def test_a_volume_of_bags_is_no_quota_volume():
    text = "The tariff quota covers rice imported in 50-kg bags or in bulk."
    assert quotas(text) == []


def test_the_quantity_field_of_a_quota_sheet():
    german = (
        "Laufende Nummer 09.4721\nWarenbezeichnung und KN-Codes\nGerste:\n    1003\nUrsprung Moldau\n"
        "Menge 2500000 kg Eigengewicht\nZollkontingentszeitraum 1. Juli bis 30. Juni\nKontingentszollsatz 0 EUR\n"
    )
    english = (
        "Order number 09.4722\nDescription of goods and CN codes\nMaize: 1005 90 00\nOrigin Moldova\n"
        "Quantity 750 tonnes\nTariff quota period 1 July to 30 June\nIn-quota duty 0 EUR\n"
    )
    assert [(amount, unit) for amount, unit, *_ in quotas(german)] == [(2500000, "kg eigengewicht")]
    assert [(amount, unit) for amount, unit, *_ in quotas(english)] == [(750, "tonnes")]


def test_a_quantity_field_with_no_quota_near_is_no_volume():
    text = "Consignment record\nOrigin Moldova\nQuantity 750 tonnes\nVessel Marina II\nPort of discharge Constanta\n"
    assert quotas(text) == []


TIGIE_HEADER = "CÓDIGO\nDESCRIPCIÓN\nUNIDAD\nCUOTA (ARANCEL)\nIMPUESTO DE IMP.\nIMPUESTO DE EXP.\n"


def test_the_import_duty_column_of_a_mexican_tariff_table_one_cell_a_line():
    text = (
        "Artículo Único.- Se modifican los aranceles de las fracciones arancelarias que se indican a continuación:\n"
        + TIGIE_HEADER
        + "6402.99.05\nCalzado con la parte superior de caucho.\nPar\n35\nEx.\n"
        "6403.91.01\nLos demás calzados de cuero natural.\nPar\n20\nEx.\n"
        "9503.00.06\nMuñecas que representen solamente seres humanos.\nPza\nEx.\nEx.\n"
        "2208.30.04\nWhisky de malta con un grado alcohólico de 40% vol. o más.\nL\n15\nEx.\n"
    )
    assert values(text) == [(15, "percent"), (20, "percent"), (35, "percent")]


def test_the_import_duty_column_of_a_mexican_tariff_table_in_cells():
    text = (
        "Se modifica la tarifa en las fracciones siguientes:\n"
        "CÓDIGO | DESCRIPCIÓN | UNIDAD | IMP. | EXP.\n"
        "8711.60.01 | Bicicletas eléctricas. | Pza | 10 | Ex.\n"
        "8712.00.05 | Las demás bicicletas. | Pza | 15 | Ex.\n"
    )
    assert values(text) == [(10, "percent"), (15, "percent")]


def test_a_table_of_units_without_an_import_duty_column_gives_no_rate():
    text = "CÓDIGO\nDESCRIPCIÓN\nUNIDAD\nCANTIDAD\n0402.10.01\nLeche en polvo.\nKg\n35\n"
    assert values(text) == []


STANDARD_RATE = (
    "G.S.R. 912(E).– In exercise of the powers conferred by section 25 of the Customs Act, the Central Government"
    " hereby exempts the goods specified in column (3) of the Table below from so much of the duty of customs as is"
    " in excess of the amount calculated at the rate specified in column (4).\n\nTable\n\n"
    "S. No. Chapter or Heading or sub- heading or tariff item Description of goods Standard\nrate\n(1) (2) (3) (4)\n"
    "1. 0802 31 00 Walnuts in shell Nil\n"
    "2. 0802 32 00 Walnuts, shelled, of which 80 % are halves, whether or not blanched 12.5%\n"
    "3. 0804 10 20 Dates, fresh or dried 10% 5%\n"
    "4. 0806 20 Dried grapes, other than in consumer packs 20%\n"
)


def test_the_rates_ending_the_numbered_rows_of_a_standard_rate_table():
    assert values(STANDARD_RATE) == [(12.5, "percent"), (20, "percent")]


def test_a_numbered_paragraph_ending_in_a_percentage_is_no_row():
    text = "Standard rate\n\n1. The Committee noted the request.\n2. The volume of imports in the period rose by 14%\n"
    assert values(text) == []


def test_each_item_of_a_list_takes_the_duty_its_introduction_names():
    text = (
        "The Trade Representative shall modify the action to raise the additional ad valorem rates of duty on the\n"
        "following products of the Republic:\n\n"
        "-   Tungsten wire:  Increase rate to 35\n    percent in 2031;\n"
        "-   Electric scooters:  Increase rate to 75 percent in 2031;\n"
        "-   Drone parts:  Increase rate to 60 percent in 2032.\n"
    )
    assert values(text) == [(35, "percent"), (60, "percent"), (75, "percent")]


def test_a_list_under_no_duty_gives_no_rate():
    text = (
        "The Committee reviewed the following market shares of the applicants:\n\n"
        "-   Applicant A:  increased to 35 percent in 2031;\n"
        "-   Applicant B:  fell to 12 percent in 2031.\n"
    )
    assert values(text) == []


def test_both_ends_of_a_range_of_duties_in_effect():
    text = (
        "Provisional anti-dumping duties ranging from 12.45 to 29.80 percent are in effect for cold-rolled stainless"
        " coil from the Republic until 30 June 2031."
    )
    assert values(text) == [(12.45, "percent"), (29.8, "percent")]


def test_the_low_end_of_a_range_of_margins_is_no_rate():
    text = "The dumping margins ranged from 12.45 to 29.80 percent for the sampled exporters."
    assert values(text) == []


def test_a_duty_a_commission_decided_to_recommend_is_no_rate():
    text = (
        "For exporters that offered no undertaking, the Commission decided to recommend a five-year anti-dumping"
        " duty of 21.30 percent to the Minister of Finance."
    )
    assert values(text) == []


def test_the_in_quota_duty_field_of_a_quota_sheet():
    german = "Laufende Nummer 09.4721\nMenge 2500000 kg Eigengewicht\nKontingentszollsatz 0 EUR\n"
    english = "Order number 09.4722\nQuantity 750 tonnes\nIn-quota duty 5 %\n"
    assert values(german) == [(0, "EUR")]
    assert values(english) == [(5, "percent")]


def test_the_taric_subdivisions_of_a_long_annex_are_no_codes():
    text, _ = _annex_of(45)
    text = text.replace("| ex 2934 99 90 | 10 |", "| ex 2934 99 90 ex 2934 99 90 | 10 20 30 40 |", 1)
    text = text.replace("| ex 2934 99 90 | 44 |", "| ex 2934 99 90 ex 2934 99 90 | 51 52 53 54 |", 1)
    assert sorted({code.code for code in analyse(text)._.codes}) == ["29349990"]


def test_a_list_under_a_condition_takes_no_duty_from_the_sentence_before():
    text = (
        "Such goods shall not count toward the limits that trigger the over-quota rates of duty.\n"
        "     (3)  If, after this extension takes effect, the Secretary finds that:\n"
        "     (a)  the share of imports of any listed country exceeds 4 percent;\n"
        "     (b)  imports from all listed countries exceed the limit.\n"
    )
    assert values(text) == []


def test_the_low_end_of_a_tiers_range_is_no_rate():
    text = (
        "A specific duty shall be assessed on each parcel as follows:\n\n"
        "(i)   Countries with an effective tariff rate between 12 and 30\npercent (inclusive):  $90 per item;\n"
    )
    assert values(text) == [(90, "USD/item")]
