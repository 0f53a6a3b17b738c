"""Duty rates and quota volumes on passages written for these tests: exact values, units, kinds,
roles and the evidence span of each."""

from nlp.evaluate_facts import normalise_unit
from nlp.pipeline import analyse


def rates(text: str, **kwargs) -> list[tuple]:
    doc = analyse(text, **kwargs)
    for rate in doc._.rates:
        assert text[rate.start : rate.end] == rate.text
    return [(r.value, r.unit, r.kind, r.role) for r in doc._.rates]


def test_ad_valorem_and_surtax_rates():
    assert rates("All imports of widgets shall be subject to an additional 12.5 percent ad valorem rate of duty.") == [
        (12.5, "percent", "ad_valorem", "new")
    ]
    assert rates(
        "Goods that originate in Ruritania are subject to a surtax in the amount of 35% of the value for duty."
    ) == [(35, "percent", "surtax", "new")]


def test_specific_rates_in_three_notations():
    assert rates("A specific duty of EUR 0.5/kg net applies to the garlic listed in the Annex.") == [
        (0.5, "EUR/kg", "specific", "new")
    ]
    assert rates("The duty on frozen shrimp is $1.50 per kg from 1 March 2027.") == [(1.5, "USD/kg", "specific", "new")]
    assert rates(
        "Specific Duty. 40 dollars per postal item containing goods, and 80 dollars per postal item later."
    ) == [
        (40, "USD/postal item", "specific", "new"),
        (80, "USD/postal item", "specific", "new"),
    ]


def test_company_rates_in_a_piped_table():
    text = (
        "The definitive anti-dumping duty applicable to the product shall be as follows:\n"
        "Company | Definitive duty | TARIC additional code\n"
        "Sunrise Fastener Co., Ltd | 12,7 % | C501\n"
        "KORVALVE, Busan, Republic of Korea | 9,1 % | C502\n"
        "All other companies | 31,4 % | C999\n"
    )
    doc = analyse(text)
    assert [(r.value, r.role, r.applies_to) for r in doc._.rates] == [
        (12.7, "company_specific", "Sunrise Fastener Co., Ltd"),
        (9.1, "company_specific", "KORVALVE, Busan, Republic of Korea"),
        (31.4, "residual", "All other companies"),
    ]


def test_glued_table_cells_under_a_percent_header():
    text = (
        "2. The rates of the definitive anti-dumping duty shall be as follows:\n\n"
        "CompanyDefinitive anti-dumping duty (%)TARIC additional code\n"
        "Harbour Valve Manufacturing Co., Ltd8,3C611\n"
        "All other companies27,0C999\n"
    )
    assert rates(text) == [
        (8.3, "percent", "ad_valorem", "company_specific"),
        (27, "percent", "ad_valorem", "residual"),
    ]


def test_minimum_import_prices_from_the_unit_column():
    text = (
        "3. The minimum import price set out in the table below shall apply.\n"
        "Minimum Import Price\n"
        "Product range | (EUR/tonne net product weight)\n"
        "Sheets not thicker than 0,5 mm | 1 412\n"
        "(12) OJ L 176, 30.6.2016, p. 21.\n"
        "20.3.2026 | EN | Official Journal of the European Union | L 81/9\n"
        "Sheets thicker than 0,5 mm | 1 298\n"
    )
    assert rates(text) == [
        (1412, "EUR/tonne", "minimum_import_price", "new"),
        (1298, "EUR/tonne", "minimum_import_price", "new"),
    ]


def test_margins_shares_specifications_and_thresholds_are_not_rates():
    text = (
        "The dumping margin established for the exporter was 41,2 %. The complainant accounts for more than "
        "60 % of Union production. The feed additive contains 70 % or more of lysine. Goods valued at or under "
        "800 dollars remain exempt."
    )
    assert rates(text) == []


def test_a_proclamation_that_states_its_rate_only_in_its_recitals():
    text = (
        "Proclamation on Increasing Duties on Widgets\n\n"
        "1. I have determined that increasing the column 2 rates of duty to 42 percent ad valorem on widgets "
        "is warranted.\n\n"
        "NOW, THEREFORE, I, the President, do hereby proclaim as follows:\n\n"
        "(1) The column 2 rates of duty set out in paragraph 1 are provided for in the Annex.\n"
    )
    assert rates(text, jurisdiction="US") == [(42, "percent", "ad_valorem", "new")]


def quotas(text: str) -> list[tuple]:
    doc = analyse(text)
    for quota in doc._.quotas:
        assert text[quota.start : quota.end] == quota.text
    return [(q.amount, q.unit, q.period_start, q.period_end) for q in doc._.quotas]


def test_quota_volumes_with_and_without_their_period():
    assert quotas(
        "A tariff quota of 3,500 tonnes of frozen hake is opened for the period from 1 July 2026 to 30 June 2027."
    ) == [(3500, "tonnes", "2026-07-01", "2027-06-30")]
    assert quotas(
        "The aggregate quantity of fresh tulips that may enter is limited to 12 000 000 kg in a calendar year."
    ) == [(12000000, "kg", None, None)]


def test_quota_table_rows_and_order_numbers():
    text = (
        "Order No | CN code | Quota period | Quota volume (in tonnes net weight) |\n"
        "09.4410 | 0303 66 11 | From 1.1.2027 to 31.12.2027 | 2 750 tonnes |\n"
        "09.4411 | 0303 66 12 | From 1.1.2027 to 31.12.2027 | 600 tonnes product weight |\n"
    )
    assert quotas(text) == [
        (2750, "tonnes", "2027-01-01", "2027-12-31"),
        (600, "tonnes product weight", "2027-01-01", "2027-12-31"),
    ]


def test_amounts_in_product_descriptions_are_not_quotas():
    assert (
        quotas("Please insert the following: 8501 3100 85 | Motor of a weight of 28 kg or more, in packings of 50 kg")
        == []
    )


def test_company_rates_of_a_table_printed_one_cell_per_paragraph():
    text = (
        "Article 1\n\n2.\n\nThe rates of the definitive anti-dumping duty applicable to the products of the companies "
        "listed below shall be as follows:\n\nCompany\n\nDefinitive anti-dumping duty (%)\n\nTARIC additional code\n\n"
        "Northstar Glassworks Co., Ltd — No 8 Harbour Road, Ningbo, PRC\n\n21,4\n\nC912\n\n"
        "Lakeside Fibre Co., Ltd — Linyi, Shandong Province, PRC\n\n9,8\n\nC913\n\n"
        "All other companies\n\n44,1\n\nC999\n\n3.\n\nThe provisions in force concerning customs duties shall apply.\n"
    )
    assert [(value, unit) for value, unit, _, _ in rates(text)] == [
        (21.4, "percent"),
        (9.8, "percent"),
        (44.1, "percent"),
    ]


def test_a_paragraph_table_with_a_margin_column_is_not_read():
    # two figure columns printed one cell per paragraph: which figure is the duty cannot be told
    text = (
        "Article 1\n\nThe duty shall be as follows:\n\nCompany\n\nDumping margin (%)\n\nDuty rate (%)\n\n"
        "Northstar Glassworks Co., Ltd\n\n35,2\n\n21,4\n\n2.\n\nThe provisions in force shall apply.\n"
    )
    assert rates(text) == []


def test_quota_volumes_counted_in_vehicles():
    assert quotas(
        "Imports are subject to an annual tariff-rate quota of\n85,000 automobiles of heading 8703 of the HTSUS."
    ) == [(85000, "automobiles", None, None)]


def test_sugar_quota_volumes_in_metric_tons_raw_value():
    assert quotas(
        "The in-quota quantity of the tariff-rate quota for raw cane sugar is set at 1,231,400 metric tons raw "
        "value (MTRV) for fiscal year 2027."
    ) == [(1231400, "tonnes raw value", None, None)]
    assert quotas("USDA is raising the specialty sugar tariff-rate quota by 85,000 MTRV.") == [
        (85000, "tonnes raw value", None, None)
    ]
    assert quotas("The refined sugar tariff-rate quota is 190,000 metric tons, raw value, for the year.") == [
        (190000, "tonnes raw value", None, None)
    ]


def test_a_mexican_countervailing_duty_per_kilogram():
    text = (
        "Se impone una cuota compensatoria definitiva de $0.318 dólares de los Estados Unidos de América, en "
        "adelante dólares, por kilogramo a las importaciones de alambrón originarias de Ucrania."
    )
    assert rates(text) == [(0.318, "USD/kg", "specific", "new")]


def test_margins_named_far_before_their_figures_are_not_rates():
    assert (
        rates(
            "Se determinaron márgenes de dumping para las importaciones de válvulas de la República Popular China, "
            "durante el periodo de investigación, que fluctúan entre 38.4% y 151.9%, y se recomienda un derecho antidumping."
        )
        == []
    )
    assert (
        rates(
            "The anti-dumping duty follows the dumping margins found for exporters of valves in the period, which "
            "ranged from 12.6% to 48.9% of the export price."
        )
        == []
    )


def test_a_rate_restated_in_a_messages_background_section_is_not_its_own():
    text = (
        "CSMS # 70011223 - GUIDANCE: Additional Aluminum Derivative Products\n"
        "The purpose of this message is to provide guidance on adding aluminum derivative products to Annex I.\n"
        "BACKGROUND\n"
        "On March 3, 2026, the President issued Proclamation 10977, which imposes a 30 percent ad valorem "
        "tariff on certain imports of aluminum articles.\n"
        "ENTRY FILING INSTRUCTIONS\n"
        "Filers must report the new heading for the derivative products listed in Annex I.\n"
    )
    assert rates(text) == []


def test_the_scorer_reads_quota_units_as_one_base_unit():
    assert [normalise_unit(u) for u in ("MTRV", "tonnes raw value", "t", "tonnes carcass weight equivalent")] == [
        "tonnes",
        "tonnes",
        "tonnes",
        "tonnes",
    ]
