"""Rates, quota volumes and affected countries, round 9 (read12-world), on passages written for these tests: a
Brazilian annex printed one cell a line with its quota, unit and validity columns, a product's content range ('teor
de ... entre 20 e 30 %') that is no rate, India's cess rates listed after the goods, MOFCOM's 'originated in', and a
ministry's account of its earlier announcement."""

from nlp.pipeline import analyse
from tests.test_rates_quotas import quotas
from tests.test_rates_round7 import values

ANNEX = (
    "RESOLUÇÃO GECEX Nº 910, DE 5 DE MAIO DE 2031\n"
    "O COMITÊ-EXECUTIVO DE GESTÃO DA CÂMARA DE COMÉRCIO EXTERIOR, no uso das atribuições que lhe confere o Art. 6º, "
    "considerando o disposto na Decisão nº 58/10 do Conselho do Mercado Comum, resolve:\n"
    "Art. 1º Fica incluído no Anexo V da Resolução Gecex nº 272 o produto do Anexo Único.\n"
    "ANEXO ÚNICO\nNCM |\nNº Ex |\nAlíquota (%) |\nDescrição |\nQuota |\nUnidade Quota |\nInício da Vigência |\n"
    "Término da Vigência |\n3902.30.00 |\n004 |\n4% |\nCopolímero de propileno, com teor de etileno entre 20 e 30 %, "
    "em grânulos |\n12.500 |\ntoneladas |\n01/08/2031 |\n31/07/2032 |\n"
)


def test_a_one_cell_a_line_annex_gives_its_quota_with_unit_and_period():
    assert quotas(ANNEX) == [(12500, "tonnes", "2031-08-01", "2032-07-31")]


def test_a_content_range_in_the_description_is_no_rate():
    assert values(ANNEX) == [(4, "percent")]


def test_cess_rates_listed_after_the_goods():
    text = (
        "The Ministry of Finance has amended the cess notification. For instance, dried figs now attract 15% AIDC, "
        "cashew kernels 2.5%, and almonds 35%. Additionally, walnuts are levied at 12.5%.\n"
    )
    assert values(text) == [(2.5, "percent"), (12.5, "percent"), (15, "percent"), (35, "percent")]


def test_goods_originated_in_two_countries_are_both_affected():
    text = (
        "MOFCOM Announcement No. 12 of 2031 on Expiry Review Investigations of Anti-dumping Measures against Imports "
        "of Nitrile Rubber\n\nOn March 3, 2031, the Ministry of Commerce issued Announcement No. 7 of 2031, announcing "
        "that the anti-dumping measures against imports of nitrile rubber originated in Korea and Japan will expire "
        "on November 8, 2031.\n"
    )
    assert analyse(text)._.countries["affected"] == ["KR", "JP"]


def test_an_account_of_an_earlier_announcement_names_no_target():
    text = (
        "MOFCOM Announcement No. 30 of 2031 on Initiating an Interim Review of Measures on Nitrile Rubber Originating "
        "in Korea\n\nMOFCOM released MOFCOM Announcement No. 7 of 2026 on March 3, 2026, and decided to impose "
        "anti-dumping duties on imports of nitrile rubber originating in Korea and Japan for five years.\n"
    )
    assert analyse(text)._.countries["affected"] == ["KR"]


def test_a_quota_column_without_a_unit_gives_no_volume():
    text = "ANNEX\nLicence |\nQuota |\nHolder |\nAB/2031/01 |\n14 |\nImporter A |\nAB/2031/02 |\n9 |\nImporter B |\n"
    assert quotas(text) == []
