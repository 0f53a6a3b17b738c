"""Rates, quota volumes and codes, round 9 second pass (final12's misses by class), on passages written for these
tests."""

from nlp.pipeline import analyse
from tests.test_rates_quotas import quotas
from tests.test_rates_round7 import values

# An EU regulation correcting a safeguard's quota allocations: the replaced rows only, no header, each row naming its
# quota by order number (a residual row by a footnote), its volumes per quarter and its additional duty.
SAFEGUARD_ROWS = (
    "COMMISSION IMPLEMENTING REGULATION (EU) 2032/417\nof 3 March 2032\namending Implementing Regulation (EU) "
    "2032/88 imposing a definitive safeguard measure against imports of certain aluminium products\n\n"
    "Whereas:\n\n(1) The split of the tariff-rate quotas between categories 7A and 7B was not correct.\n\n"
    "HAS ADOPTED THIS REGULATION:\n\nArticle 1\n\nThe part of the table with the title ‘Volumes of tariff-rate "
    "quotas’ concerning product category 7 is replaced by the table in the Annex.\n\nArticle 2\n\nThis Regulation "
    "shall enter into force on the day following that of its publication.\n\nANNEX\n\n"
    "7.A | Aluminium foil | CN codes: 7607 11 90 | Norway | 12 410,50 | 12 870,25 | 11 995,00 | 25% | 09.8841\n"
    "7.A | Aluminium foil | CN codes: 7607 11 90 | Other countries | 88 120,75 | 90 004,10 | 86 500,00 | 25% | (3)\n"
    "\n(3) From 1.1 to 31.3: 09.8850\n"
)


def test_header_less_quota_rows_named_by_order_number_give_unit_less_volumes():
    assert sorted(quotas(SAFEGUARD_ROWS)) == [
        (11995, None, None, None),
        (12410.5, None, None, None),
        (12870.25, None, None, None),
        (86500, None, None, None),
        (88120.75, None, None, None),
        (90004.1, None, None, None),
    ]


def test_the_duty_cell_of_such_rows_is_a_rate():
    assert values(SAFEGUARD_ROWS) == [(25, "percent")]


def test_rows_under_a_header_are_left_to_the_header_readers():
    text = (
        "The tariff quotas are opened as follows:\n\n"
        "Order No | Country | Duty | Note\n"
        "09.8841 | Norway | 25% | 12 410,50\n"
        "09.8842 | Iceland | 25% | 3 200,00\n"
    )
    assert quotas(text) == []


def codes(text: str) -> list[str]:
    return sorted(c.code for c in analyse(text)._.codes)


def test_chapters_of_india_s_import_policy_schedule_are_codes():
    text = (
        "Subject: Amendment in import policy condition under Chapter 03 and 16 of ITC (HS), 2022-Schedule-I (Import "
        "Policy).\nThe Central Government hereby amends the policy condition of Chapter 16 of the ITC (HS) 2022.\n"
    )
    assert codes(text) == ["03", "16"]


def test_an_eaeu_code_named_by_its_nomenclature_after_it():
    text = (
        "1. Apply the anti-dumping measure to seamless tubes 7304 19 100 0 CN FEA EEU originating from the "
        "Republic of Korea.\n"
    )
    assert codes(text) == ["7304191000"]


def test_headings_opening_rows_under_a_heading_column_header():
    text = (
        "The table below lists the headings concerned by this change.\n\n"
        "Tariff Heading Tariff Heading Description\n0811 Fruit, uncooked or cooked by steaming\n"
        "1905 Bread, pastry, cakes and biscuits\n\nPlease contact the helpline on 0300 200 3700.\n"
    )
    assert codes(text) == ["0811", "1905"]


def test_figures_an_indian_amendment_quotes_for_the_tariff_column():
    text = (
        "In the said notification, in the TABLE, -\n\n(i) against serial number 4, in column (2), for the figures "
        '"7202, 7203", the figures "7201, 7202, 7203" shall be substituted;\n\n(ii) against serial number 9, in '
        'column (5), for the figures "1525", the figures "1830" shall be substituted.\n'
    )
    assert codes(text) == ["7201", "7202", "7203"]


def test_the_code_column_of_a_table_run_into_one_line():
    text = (
        "Notification No.41/2015-2020 New Delhi, Dated the 3rd May, 2019 Subject: Amendment in import policy. The "
        "Central Government hereby amends the policy of the following Exim Codes as under: Exim Code | Item "
        "Description | Policy | Revised Policy | 1211 | Plants and parts of plants | free | Restricted | 12119029 | "
        "Other | 4015 | Restricted | 2001 | 12 cans | - - | - - |\n"
    )
    assert codes(text) == ["1211", "12119029", "2001"]


BULLETIN = (
    "QB 31-204 Colombia TPA\n\nCOMMODITY\n\nTextile and apparel goods of Section XI, Additional U.S. Note 9\n\n"
    "QUOTA PERIOD\n\nJanuary 1, 2031, through December 31, 2031\n\nOPENING DATE\n\nThursday, January 2, 2031\n\n"
    "(1) Cotton apparel | 12,500,000 Square Meter Equivalent (SME) |\n(2) Wool fabrics | 750,000 SME |\n"
    "(3) Yarns | 400,000 Kil |\n\nCHAPTER 98, SUBCHAPTER XXII, U.S. NOTE 30\n\n0 kg*\n\n"
    "*No quantity is available for 2031.\n\nREPORTING INSTRUCTIONS\n\nReport 2,500 kg lots in the unit of "
    "the HTS.\n"
)


def test_a_bulletin_s_limits_between_its_quota_period_and_its_instructions():
    assert quotas(BULLETIN) == [
        (12500000, "square meter equivalents", None, None),
        (750000, "square meter equivalents", None, None),
        (400000, "kg", None, None),
        (0, "kg", None, None),
    ]


def test_a_country_allotted_nothing_in_a_limit_table():
    text = (
        "RESTRAINT LEVEL\nThe TRQs below do not apply to every partner.\nCHAPTER 99, U.S. NOTE 9 (Use HTS1 9915.17.05):\n"
        "Country | Limit |\n---|---|\nHonduras | 45,000 kg |\nNicaragua | 0 kg |\n"
    )
    assert quotas(text) == [(45000, "kg", None, None), (0, "kg", None, None)]


def test_a_hedged_change_of_imports_is_no_volume():
    text = (
        "1.  In Proclamation 11002, the President noted that imports from countries subject to quotas increased by "
        "approximately 2.5 million metric tons, while domestic demand declined by more than 4 million tons.\n\n"
        "NOW, THEREFORE, I, JANE DOE, President of the United States of America, by the authority vested in me by "
        "the Constitution and the laws of the United States, do hereby proclaim as follows:\n\n(1)  For calendar "
        "year 2032, the aggregate in-quota quantity of Additional U.S. Note 3 to Chapter 2 will be increased by "
        "60,000 metric tons (mt).\n"
    )
    assert quotas(text) == [(60000, "tonnes", None, None)]


def test_a_duty_amount_column_naming_its_currency_per_counted_good():
    text = (
        "Table 1: Duty amount and additional TAP codes\n"
        "Overseas exporter | Duty amount GBP (£) per wheel | Additional TAP code |\n---|---|---|\n"
        "Ningbo Rim Co., Ltd | 12.406 | C501 |\nOverseas exporter specified in Annex 1 | Nil | (per Annex 1) |\n"
        "All other overseas exporters (residual rate) | 41.25 | C999 |\n"
    )
    assert values(text) == [(0, "GBP/piece"), (12.406, "GBP/piece"), (41.25, "GBP/piece")]


def test_rates_in_force_restated_in_an_anti_circumvention_initiation():
    text = (
        "Whereas:\n\n(4) The anti-dumping measures in force are being circumvented by transhipment via Laos.\n\n"
        "(5) The measures in force range from 18,3 % to 64,9 %.\n\n(9) Companies subject to the residual duty of "
        "64,9 % may be selling the product under investigation through Laos.\n"
    )
    assert values(text) == [(18.3, "percent"), (64.9, "percent")]


def test_free_quoted_and_named_as_a_rate():
    text = (
        "Reasons for changes: To remove the customs duty on certain goods.\n\nThe Proposal repeals the items, "
        "resulting in a ‘Free’ rate of customs duty for goods of these subheadings.\n"
    )
    assert values(text) == [(0, "percent")]


def test_a_round_rate_in_portuguese_words():
    text = "Art. 1º Fica alterada para zero por cento a alíquota do Imposto de Importação das mercadorias abaixo.\n"
    assert values(text) == [(0, "percent")]


def test_a_percent_word_before_its_figure_in_a_translated_eaeu_decision():
    text = "The anti-dumping duty is set in the amount of percent 21,5 from customs value of the goods.\n"
    assert values(text) == [(21.5, "percent")]


def test_a_fibre_content_by_weight_in_spanish_is_no_rate():
    text = (
        "Imponen derechos antidumping definitivos sobre tejidos de poliéster (donde el poliéster representa más "
        "del 65% en peso) originarios de la República Popular China\n"
    )
    assert values(text) == []
