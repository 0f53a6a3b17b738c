"""Measure types, round 9 (read12-world): the kinds other countries' everyday documents showed. A Brazilian GECEX
resolution (its enacting formula 'no uso das atribuições ..., resolve:', the TEC exception list's legal basis, the
quota whose allocation it orders), an Australian notice naming the countervailing duty notice by its section, a Chinese
Tariff Commission countermeasure with its duty formula, an Indian notification prescribing effective rates. Every
passage is written for these tests."""

from nlp.pipeline import analyse


def types(text: str, jurisdiction: str | None = None) -> list[str]:
    return sorted(mention.type for mention in analyse(text, jurisdiction=jurisdiction)._.measures)


GECEX_HEAD = (
    "RESOLUÇÃO GECEX Nº 905, DE 2 DE ABRIL DE 2031\n"
    "Altera o Anexo V da Resolução Gecex nº 272, de 19 de novembro de 2021.\n"
    "O COMITÊ-EXECUTIVO DE GESTÃO DA CÂMARA DE COMÉRCIO EXTERIOR, no uso das atribuições que lhe confere o Art. 6º do "
    "Decreto nº 11.428, de 2 de março de 2023, considerando o disposto na Decisão nº 58/10 do Conselho do Mercado Comum "
    "do Mercosul, resolve:\n"
)


def test_a_tec_exception_list_resolution_changes_rates():
    text = GECEX_HEAD + (
        "Art. 1º Ficam incluídos no Anexo V os produtos do Anexo Único.\n"
        "Art. 2º Esta Resolução entra em vigor em 1º de maio de 2031.\nANEXO ÚNICO\nNCM |\nAlíquota |\nDescrição |\n"
        "3824.99.79 |\n6% |\nAditivo para óleos lubrificantes |\n"
    )
    assert types(text, "BR") == ["duty_rate_change"]


def test_a_tec_exception_with_a_quota_whose_allocation_is_ordered():
    text = GECEX_HEAD + (
        "Art. 1º Fica incluído no Anexo V o produto do Anexo Único.\n"
        "Art. 2º A Secretaria de Comércio Exterior editará norma complementar visando estabelecer os critérios de "
        "alocação da quota estabelecida ao produto mencionado no Anexo Único.\n"
        "Art. 3º Esta Resolução entra em vigor na data de sua publicação.\n"
    )
    assert types(text, "BR") == ["duty_rate_change", "tariff_quota"]


def test_an_australian_notice_under_both_sections_names_both_duties():
    text = (
        "Customs Act 1901 – Part XVB\n\nCERTAIN STEEL RACKING\n\nExported from Thailand\n\n"
        "Under subsection 269ZDBH(1) of the Customs Act 1901, I declare a different variable factor for the original "
        "notices published under subsection 269TG(2) and subsection 269TJ(2) of the Act in relation to steel racking "
        "exported from Thailand.\n"
    )
    assert types(text, "AU") == ["anti_dumping", "countervailing"]


def test_a_tariff_commission_countermeasure_with_its_duty_formula():
    text = (
        "The Customs Tariff Commission of the State Council decides on 3120 tax items originating in Canada. The "
        "relevant matters are as follows:\n\n1. As of 12:01 on May 4, 2031, a tariff of 15% is added on the items "
        "listed in Annex 1.\n\n2. The calculation of import taxes:\n\n"
        "Additional customs tariff (duty) = customs duty-paid price × increased tariff rate\n"
    )
    assert types(text, "CN") == ["retaliation"]


def test_an_indian_notification_prescribing_effective_rates_of_a_cess():
    text = (
        "Seeks to amend notification No. 44/2029-Customs to prescribe effective rates of AIDC on certain goods\n"
        "GOVERNMENT OF INDIA\nMINISTRY OF FINANCE\n(DEPARTMENT OF REVENUE)\nNotification No. 12/2031-Customs\n"
        "In exercise of the powers conferred by sub-section (1) of section 25 of the Customs Act, 1962, the Central "
        "Government hereby makes the following further amendments in the said notification, namely:-\n"
        "in the Table, after S. No. 14, the following S. No. shall be inserted: 14A | 0802 51 00 | Pistachios | 10% |\n"
    )
    assert types(text, "IN") == ["duty_suspension"]
