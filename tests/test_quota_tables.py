"""Quota volumes of tables whose cells hold bare figures, their unit in the column's header, in a unit column
or in a note about the table; volume wordings and notations of several drafting styles. All passages were
written for these tests."""

from nlp.evaluate_facts import normalise_unit
from nlp.pipeline import analyse


def quotas(text: str) -> list[tuple]:
    doc = analyse(text)
    for quota in doc._.quotas:
        assert text[quota.start : quota.end] == quota.text
    return [(q.amount, q.unit, q.period_start, q.period_end) for q in doc._.quotas]


def amounts(text: str) -> list[tuple]:
    return [(amount, unit) for amount, unit, _, _ in quotas(text)]


def test_a_piped_quota_table_with_the_unit_in_the_volume_header():
    text = (
        "Article 1\nThe following tariff quotas are opened for 2027:\n\n"
        "Order No | CN code | Quota period | Quota volume (kg net weight) | In-quota duty (%)\n"
        "09.5310 | 0406 90 21 | 1.1.2027-31.12.2027 | 2 400 000 | 0\n"
        "09.5311 | 0406 90 50 | 1.1.2027-31.12.2027 | 750 000 | 5\n"
    )
    assert quotas(text) == [
        (2400000, "kg", "2027-01-01", "2027-12-31"),
        (750000, "kg", "2027-01-01", "2027-12-31"),
    ]


def test_yearly_volume_columns_with_the_unit_in_a_note_below_and_a_blank_last_cell():
    text = (
        "Tariff quotas under the Agreement with Ruritania\n\n"
        "Quota number | Product | Volume 2028 | Volume 2029 | Volume 2030\n"
        "061200 | Lamb | 3,150 | 6,300 | 9,450\n"
        "061201 | Honey | 820 | 1,640 |  \n\n"
        "Notes to the table:\n- Quantities are given in tonnes.\n"
    )
    assert amounts(text) == [
        (3150, "tonnes"),
        (6300, "tonnes"),
        (9450, "tonnes"),
        (820, "tonnes"),
        (1640, "tonnes"),
    ]


def test_a_unit_column_names_the_unit_of_each_row():
    text = (
        "Preferential quotas\n\n"
        "| Quota number | Commodity code | Quota volume | Quota unit | In-quota rate |\n"
        "|---|---|---|---|---|\n"
        "| 051840 | 0402 10 19 | 1,250,000 | Kilograms | 0% |\n"
        "| 051841 | 2204 21 79 | 36,000 | Litres | 0% |\n"
    )
    assert amounts(text) == [(1250000, "kg"), (36000, "litres")]


def test_a_quarterly_total_column_of_an_importation_quota_schedule():
    text = (
        "SCHEDULE\nImportation Quotas\n"
        "Item | Class of Goods | Quarterly Total (tonnes) | Share per Country | Tariff Item\n"
        "1 | Wire Rod | 9,412 | 55% | 7213.10.00.00\n"
        "2 | Rails | 31 | 90% | 7302.10.00.10 7302.10.00.90\n"
    )
    assert amounts(text) == [(9412, "tonnes"), (31, "tonnes")]


def test_a_table_with_columns_parted_by_runs_of_spaces():
    text = (
        "The annual tariff quotas shall be as follows:\n\n"
        "Order number    Description          Volume (tonnes)\n"
        "09.7001         Frozen squid         4 500\n"
        "09.7002         Dried figs           1 250\n"
    )
    assert amounts(text) == [(4500, "tonnes"), (1250, "tonnes")]


def test_a_table_printed_one_cell_per_line():
    text = (
        "ANNEX\n\nThe tariff quotas referred to in Article 1 are:\n\n"
        "Order No\n\nCN code\n\nDescription\n\nQuota volume (tonnes)\n\n"
        "09.6120\n\n0805 10 20\n\nSweet oranges, fresh\n\n12 000\n\n"
        "09.6121\n\n0805 50 10\n\nLemons\n\n3 600\n\n"
        "09.6122\n\n0806 10 10\n\nTable grapes\n\n900\n\n"
        "Article 2\n\nThis Regulation shall enter into force on the day following its publication.\n"
    )
    assert amounts(text) == [(12000, "tonnes"), (3600, "tonnes"), (900, "tonnes")]


def test_a_column_heading_its_period_gives_the_period_of_its_volumes():
    text = (
        "Quota order number | Category | Quota volume 1.7.2027-30.9.2027 (net tonnes)\n"
        "09.8601 | Flat products | 18 250\n"
        "09.8602 | Tubes | 4 075\n"
    )
    assert quotas(text) == [
        (18250, "tonnes", "2027-07-01", "2027-09-30"),
        (4075, "tonnes", "2027-07-01", "2027-09-30"),
    ]


def test_thousands_in_the_header_scale_the_volumes():
    text = "Tariff-rate quota allocations\nCountry | Quota ('000 tonnes)\nRuritania | 12.5\nFreedonia | 40\n"
    assert amounts(text) == [(12500, "tonnes"), (40000, "tonnes")]


def test_statistics_duties_codes_and_order_numbers_of_a_quota_table_are_no_volumes():
    text = (
        "Quota number | Commodity code | Quota volume (tonnes) | Used (tonnes) | Duty (EUR/tonne) | Rate (%)\n"
        "052101 | 1701 99 10 | 5,000 | 1,275 | 98 | 12\n"
        "052102 | 1701 14 10 | 2,400 | 2,400 | 98 | 12\n"
    )
    assert amounts(text) == [(5000, "tonnes"), (2400, "tonnes")]


def test_a_volume_table_without_quota_words_is_not_read():
    text = (
        "Table 2: Union consumption\n"
        "Year | 2024 | 2025 | 2026\nVolume (tonnes) | 51 200 | 49 800 | 47 300\n"
        "Period | Volume (tonnes) | Market share (%)\n2025 | 18 400 | 12\n2026 | 21 900 | 14\n"
    )
    assert amounts(text) == []


def test_goods_counted_in_a_column_header_give_no_unit():
    text = "Quota allocation\nClass of vehicles | Order number\nMotorcycles | 340\nCars | 2500\n"
    assert amounts(text) == []


def test_volumes_with_a_scale_word_and_every_thousands_notation():
    assert amounts("A tariff quota of 1.2 million tonnes of maize is opened for the marketing year.") == [
        (1200000, "tonnes")
    ]
    assert amounts("The quota for rolled oats is 5'000 tonnes per year.") == [(5000, "tonnes")]
    assert amounts("Le contingent tarifaire est fixé à 7\u202f500 tonnes.") == [(7500, "tonnes")]
    assert amounts("Das Zollkontingent beträgt 1.250.000 kg.") == [(1250000, "kg")]


def test_abbreviated_units_and_trq_wordings():
    assert amounts("RESTRAINT LEVEL:\nAggregate 2,431,900 kgs.") == [(2431900, "kg")]
    assert amounts("The TRQ for raw cane sugar is established at 1,200,500 MTRV for fiscal year 2028.") == [
        (1200500, "tonnes raw value")
    ]
    assert amounts("The in-quota quantity is increased by 15,000 mt in two tranches of 7,500 mt each.") == [
        (15000, "tonnes"),
        (7500, "tonnes"),
    ]
    assert amounts("The tariff-rate quota on imported solar cells is set at 3.5 GW for the year.") == [(3.5, "GW")]


def test_figures_of_prose_beside_a_quota_are_no_volumes():
    assert amounts("The TRQ was set in 2019. Imports reached 4.6 billion pounds and cost $5.10 per pound.") == []
    assert amounts("The herd totaled 91.3 million head in July 2026.") == []


def test_rows_that_lost_cells_under_a_merged_cell_are_not_read_in_the_header_columns():
    text = (
        "Order No | CN code | Subdivision | Description | Quota volume (tonnes) |\n"
        "09.4501 | 0204 10 00 | 15 | Lamb carcases, fresh | 2 250 |\n"
        "0204 21 00 | 15 | Other cuts of lamb, fresh | |\n"
        "0204 22 10 | 40 | Short forequarters of lamb |\n"
    )
    assert amounts(text) == [(2250, "tonnes")]


def test_a_tariff_rate_quota_column_in_metric_tons_raw_value():
    text = (
        "Allocation of the tariff-rate quota\n"
        "Country | Tariff-rate quota quantity (metric tons, raw value) | In-quota rate (cents/kg)\n"
        "Ruritania | 12,090 | 1.46\n"
        "Freedonia | 7,258 | 1.46\n"
    )
    assert amounts(text) == [(12090, "tonnes raw value"), (7258, "tonnes raw value")]


def test_columns_headed_by_periods_under_a_caption_giving_the_quota_volumes_unit():
    text = (
        "ANNEX\nQuota volumes (net tonnes)\n"
        "Order number | Product category | Origin | 1.7.2027-30.9.2027 | 1.10.2027-31.12.2027\n"
        "09.8701 | Coated sheets | Ruritania | 41 250 | 42 010\n"
        "09.8702 | Wire rod | Other countries | 9 830 | 10 115\n"
    )
    assert quotas(text) == [
        (41250, "tonnes", "2027-07-01", "2027-09-30"),
        (42010, "tonnes", "2027-10-01", "2027-12-31"),
        (9830, "tonnes", "2027-07-01", "2027-09-30"),
        (10115, "tonnes", "2027-10-01", "2027-12-31"),
    ]


def test_year_columns_of_a_statistics_table_near_a_quota_are_not_read():
    text = (
        "The quota is set out in Annex I. Figures are given in tonnes.\n"
        "Indicator | 2025 | 2026 | 2027\n"
        "Union production | 410 200 | 398 700 | 401 900\n"
    )
    assert amounts(text) == []


def test_rows_with_leaders_of_dots_under_a_quantity_header():
    text = (
        "The aggregate quantity of cheese entered under this note in any calendar year shall not exceed the "
        "quantities allocated below:\n\n"
        "Country                                  Quantity (kg)\n"
        "Ruritania ............................... 2,150,000\n"
        "Freedonia ............................... 640,500\n"
        "Other countries ......................... 75,000\n"
    )
    assert amounts(text) == [(2150000, "kg"), (640500, "kg"), (75000, "kg")]


def test_the_scorer_reads_quantity_units_written_in_other_ways_as_one_unit():
    written = ("metric tons", "net tonnes", "mt", "metric tons raw value", "kgs", "kilograms", "hl", "liters", "m²")
    assert [normalise_unit(u) for u in written] == [
        "tonnes",
        "tonnes",
        "tonnes",
        "tonnes",
        "kg",
        "kg",
        "hectolitres",
        "litres",
        "m2",
    ]
