"""Rates and quota volumes, round 6 of issue 15, on passages written for these tests: the rate cells of a
notification's table flattened one cell a line (rows numbered, a 'Standard rate' column), a Mercosur ex-tariff
annex's rate column, a rate column headed '(in %)', a safeguard's rates by period one row a paragraph; shares and
product specifications that are not rates ('accounting for 15 percent of the value', 'a purity of 98 % or less');
tranches of a quota in 'mt' and volumes in 'kgs'."""

from tests.test_codes_national7 import _notification
from tests.test_rates_quotas import quotas, rates


def test_rate_cells_of_a_notification_table_flattened_one_cell_a_line():
    rows = [
        ("1.", "0402 10", "Skimmed milk powder for infant food manufacture", "15%"),
        ("2.", "1006 30 10", "Parboiled rice of the Basmati variety", "7.5%"),
        ("3.", "0801 31 00", "Cashew nuts, in shell, for processing and export", "Nil"),
        ("4.", "1006", "Rice, other than broken rice", "20%"),
    ]
    text = _notification(rows, header="S. No. Chapter or\nHeading or\nsub-\nheading or\ntariff item\nStandard\nrate")
    assert sorted(v for v, *_ in rates(text)) == [7.5, 15, 20]


def test_percentages_in_a_numbered_list_without_a_rate_column_are_not_rates():
    text = (
        "Survey of importers\n\nS. No.\nQuestion\nShare of answers\n"
        "1.\n\nDid clearance take longer this year?\n35%\n"
        "2.\n\nWere documents returned for correction?\n12%\n"
    )
    assert rates(text) == []


def test_the_rate_column_of_a_mercosur_ex_tariff_annex():
    text = (
        "Art. 1º Fica alterada a alíquota do Imposto de Importação dos Ex-tarifários do Anexo.\n\n"
        "ANEXO\n\n"
        "NCM Ex Alíquota (%) Descrição\n"
        "8477.80.90 014 2 Máquinas de moldagem por injeção de preformas\n"
        "8479.89.99 302 0 Linhas automáticas de envase de iogurte\n"
    )
    assert sorted((v, u) for v, u, *_ in rates(text)) == [(0, "percent"), (2, "percent")]


def test_a_rate_column_headed_in_percent():
    text = (
        "Artikel 1\n(2) Für die von den nachstehend aufgeführten Unternehmen hergestellten Waren gelten folgende "
        "Antidumpingzollsätze:\n\n"
        "Unternehmen Zollsatz (in %) TARIC-Zusatzcode\n"
        "Ningbo Bright Tubes Co., Ltd. 17,4 C811\n"
        "Alle übrigen Unternehmen 41,9 C999\n"
    )
    assert [(v, r) for v, _, _, r in rates(text)] == [(17.4, "company_specific"), (41.9, "residual")]


def test_rates_by_period_one_row_a_paragraph():
    text = (
        "2. The safeguard duty shall be levied for three years at the following rates:\n\n"
        "Period Safeguard duty (%)\n\n"
        "1 July 2025 – 30 June 2026 21.50\n\n"
        "1 July 2026 – 30 June 2027 19.50\n\n"
        "3. The safeguard duty payable under this Order shall be paid in cash.\n\n"
        "(3)\n\n4\n"
    )
    assert sorted(v for v, *_ in rates(text)) == [19.5, 21.5]


def test_shares_and_specifications_are_not_rates():
    text = (
        "The duty is reduced on trucks whose parts accounting for 15 percent of their value originate in a partner "
        "country. The anti-dumping duty applies to silicon of a purity of 98 % or less. "
        "Die Zölle gelten für Legierungen mit einem Siliziumgehalt von 4,5 % oder weniger."
    )
    assert rates(text) == []


def test_quota_tranches_in_mt_and_volumes_in_kgs():
    text = (
        "The tariff-rate quota for raw cane sugar is increased by 60,000 mt. The quota is opened in three tranches. "
        "The first tranche of 20,000 mt opens on 1 March 2027.\n"
        "The quota for dried apricots is limited to 48,500 kgs in the calendar year.\n"
    )
    assert sorted(quotas(text)) == sorted(
        [(60000, "tonnes", None, None), (20000, "tonnes", None, None), (48500, "kg", None, None)]
    )


def test_a_bare_dollar_is_the_currency_of_the_country_whose_act_it_is():
    text = (
        "Excise Tariff Amendment\n\nCommonwealth of Australia\n\nThe Australian Taxation Office advises that from "
        "1 February 2027 the excise duty rate on cigarettes is $1.0242 per stick and on other tobacco products "
        "$1,280.15/kg of tobacco content.\n"
    )
    assert [(v, u) for v, u, *_ in rates(text)] == [(1.0242, "AUD/stick"), (1280.15, "AUD/kg")]
    us = "The duty on frozen catfish fillets is $2.10 per kg from 1 March 2027 under 19 U.S.C. 1671."
    assert [(v, u) for v, u, *_ in rates(us)] == [(2.1, "USD/kg")]


def test_a_share_column_of_a_quota_table_holds_no_rates():
    text = (
        "The surtax applies to goods imported in excess of the following quarterly quantities:\n"
        "Item | Class of Goods | Quarterly Total (tonnes) | Percentage per Country | Tariff Item\n"
        "1 | Wire rod | 2,350 | 64% | 7213.91.00.00\n"
        "2 | Rebar | 810 | 22% | 7214.20.00.00\n"
    )
    assert rates(text) == []


def test_protein_and_fat_contents_of_products_are_not_rates():
    text = (
        "The rate of duty is reduced to zero for the following goods:\n"
        "Item | Tariff Item | Description\n"
        "1 | 0404.10.10 | Whey protein isolate with a minimum of 85% protein on a dry basis\n"
        "2 | 0405.10.00 | Butter containing 82% milkfat\n"
    )
    assert rates(text) == []


def test_rates_quoted_by_a_textual_amendment():
    text = (
        "Sec. 2. Amendments. Heading 9903.02.14 of the HTSUS shall be amended by deleting “18%” and by inserting "
        "“27%” in lieu thereof.\n"
        "In the circular cited above, the phrase ‘12%’ will be replaced by ‘6%’.\n"
    )
    assert sorted(v for v, *_ in rates(text)) == [6, 12, 18, 27]


def test_quoted_percentages_outside_an_amendment_are_not_rates():
    text = "The survey's most frequent answer was “35%”, and the panel called it ‘a fair share’."
    assert rates(text) == []
    html = 'In Annex II the entry on licences is replaced by the following:\n<table width="100%" border="0">\n'
    assert rates(html) == []  # an HTML attribute's value beside an amending sentence


def test_volume_columns_of_a_quota_table_in_the_unit_a_note_states():
    text = (
        "Quotas available under the agreement\n\n"
        "Order number | Product | Period | In-quota duty | Volume 2027 | Volume 2028\n"
        "058812 | Lamb | 1.1 - 31.12 | 0% | 12,500 | 15,000\n"
        "058813 | Honey | 1.1 - 31.12 | 0% | 900 | 1,100\n\n"
        "- All quota volumes are expressed in tonnes\n"
    )
    assert sorted(quotas(text)) == sorted((amount, "tonnes", None, None) for amount in (12500, 15000, 900, 1100))


def test_a_quota_column_whose_header_names_its_unit():
    text = (
        "Importation Quotas — Countries with No Trade Agreement\n"
        "Item | Class of Goods | Quarterly Total (tonnes) | Tariff Item\n"
        "1 | Wire rod | 2,350 | 7213.91.00.00\n"
    )
    assert quotas(text) == [(2350, "tonnes", None, None)]


def test_figures_of_a_table_without_quotas_or_without_a_unit_are_not_volumes():
    prices = "Monthly prices\nProduct | Volume 2027 | Volume 2028\nLamb | 12,500 | 15,000\n"
    no_unit = "Quotas available\nOrder number | Product | Volume 2027\n058812 | Lamb | 12,500\n"
    assert quotas(prices) == [] and quotas(no_unit) == []


def test_a_proclamation_states_the_agreed_volume_only_in_its_numbered_preamble():
    text = (
        "BY THE PRESIDENT OF THE UNITED STATES OF AMERICA\n\nA PROCLAMATION\n\n"
        "1.  On March 3, 2024, I issued a proclamation adjusting imports of copper articles.\n\n"
        "2.  The alternative means, including the tariff-rate quota, follow the recommendations of the Secretary's"
        " report.  The agreed-upon aggregate tariff-rate quota volume, totaling 42,500 metric tons of refined copper"
        " and 2.4 million metric tons of copper scrap, is consistent with our security needs.\n\n"
        "3.  In 2023 the Commission issued a report regarding raising the quota from 30,000 metric tons to 50,000"
        " metric tons.\n\n"
        "NOW, THEREFORE, I, the President of the United States of America, do hereby proclaim as follows:\n\n"
        "(1)  Imports of copper articles from Ruritania shall be subject to the tariff-rate quota set out in the"
        " Annex to this proclamation.\n"
    )
    assert sorted(quotas(text)) == [(42500, "tonnes", None, None), (2400000, "tonnes", None, None)]


def test_the_operative_volume_is_kept_and_the_recitals_then_restate():
    text = (
        "Whereas:\n\n(1) Regulation (EU) 2019/55 opened a tariff quota of 8 000 tonnes of garlic.\n\n"
        "HAS ADOPTED THIS REGULATION:\n\nArticle 1\n\nA tariff quota of 9 500 tonnes of garlic is opened for the"
        " period from 1 June 2026 to 31 May 2027.\n"
    )
    assert quotas(text) == [(9500, "tonnes", "2026-06-01", "2027-05-31")]
