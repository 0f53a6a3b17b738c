"""Measure types by wording family on passages written for these tests (none is taken from any eval set):
other gazettes' names for the same measures (Indonesian, Malay, Australian, Indian, Pakistani, New Zealand,
South African), Portuguese and Spanish texts, and EU suspensions, nomenclature and classification in
English, French and German."""

import pytest

from nlp.pipeline import analyse


def measure_types(text: str, **kwargs) -> set[str]:
    return {m.type for m in analyse(text, **kwargs)._.measures}


def test_a_portuguese_temporary_reduction_and_a_cited_nomenclature_change():
    text = (
        "RESOLUÇÃO GECEX Nº 901, DE 5 DE MARÇO DE 2026\n\n"
        "Altera a Resolução Gecex nº 300, de 2 de abril de 2022, que alterou a Nomenclatura Comum do Mercosul.\n\n"
        "Art. 1º Fica concedida redução temporária da alíquota do Imposto de Importação para o produto "
        "discriminado no Anexo, até 30 de junho de 2027.\n"
    )
    assert measure_types(text, jurisdiction="BR") == {"duty_suspension"}


def test_portuguese_anti_dumping_duties():
    text = (
        "Art. 1º Ficam aplicados direitos antidumping definitivos, por um prazo de até cinco anos, às "
        "importações de pneus originárias da Tailândia.\n"
    )
    assert measure_types(text, jurisdiction="BR") == {"anti_dumping"}


def test_spanish_alleged_dumping_in_imports_and_the_mercosur_nomenclature_named_as_such():
    text = (
        "RESOLUCIÓN NÚMERO 77 DE 2027\n\npor la cual se adopta la determinación preliminar\n\n"
        "Que la Dirección ordenó la apertura de una investigación para determinar la existencia de un supuesto "
        "dumping en las importaciones de vajilla clasificada en la Nomenclatura Común del MERCOSUR, originaria "
        "de la India.\n"
    )
    assert measure_types(text, jurisdiction="CO") == {"anti_dumping"}


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Bea Masuk Tindakan Pengamanan (BMTP) dikenakan terhadap impor benang kapas selama tiga tahun.",
            {"safeguard"},
        ),
        (
            "Bea masuk imbalan dikenakan terhadap impor ban sepeda dari Thailand.",
            {"countervailing"},
        ),
        (
            "The Comptroller-General has made the Tariff Concession Orders listed in the Schedule, effective 4 August 2027.",
            {"duty_suspension"},
        ),
        (
            "From 1 March 2027 an import permit system is introduced for imports of refrigerant gases.",
            {"licensing"},
        ),
        (
            "The Commission initiates an expiry review of the anti-dumping measures on imports of steel ropes.",
            {"anti_dumping"},
        ),
        (
            "The sunset review of the countervailing duty order on aluminum foil from Korea is initiated.",
            {"countervailing"},
        ),
        (
            "The provisional safeguard duty of 12% on imports of flat-rolled steel is imposed for 200 days.",
            {"safeguard"},
        ),
        (
            "Steel Goods Remission Order: remission of the customs duties paid on the goods listed is granted.",
            {"remission"},
        ),
    ],
)
def test_other_gazettes_names_for_a_measure(text, expected):
    assert measure_types(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The Central Government hereby reduces the effective rate of basic customs duty on float glass to "
            "7.5 per cent.",
            {"duty_rate_change"},
        ),
        (
            "The Ministry raises the customs duty on motorcycles up to the bound rate of 35 percent from "
            "1 January 2028.",
            {"duty_rate_change"},
        ),
        (
            "Schedule No. 1 is hereby amended by the insertion of the following tariff subheadings after "
            "subheading 8507.60.",
            {"nomenclature_change"},
        ),
        (
            "This Regulation grants a temporary derogation from the preferential rules of origin for canned "
            "tuna from Seychelles.",
            {"rules_of_origin"},
        ),
        (
            "The Commission hereby withdraws the Everything But Arms arrangement for sugar from Myanmar.",
            {"preference"},
        ),
        (
            "These goods shall not be imported into the State unless the Minister has granted a written approval.",
            {"prohibition"},
        ),
        (
            "A new import health standard for dried mushrooms is issued and takes effect on 9 March 2027.",
            {"sps_tbt"},
        ),
        (
            "The biosecurity import conditions for fresh lychees are amended from 2 June 2027.",
            {"sps_tbt"},
        ),
        (
            "Duty drawback is hereby extended to exports of woven fabrics with effect from 1 April 2027.",
            {"other"},
        ),
    ],
)
def test_more_gazettes_wordings_of_a_measure(text, expected):
    assert measure_types(text) == expected


def test_an_eu_act_under_the_enforcement_regulation_is_a_retaliation():
    text = (
        "COMMISSION IMPLEMENTING REGULATION (EU) 2027/88\nof 4 March 2027\nconcerning commercial policy "
        "measures on certain products originating in Ruritania\n\nTHE EUROPEAN COMMISSION,\n\nHaving regard to "
        "Regulation (EU) No 654/2014 of the European Parliament and of the Council concerning the exercise of "
        "the Union's rights for the application and enforcement of international trade rules,\n\nWhereas:\n\n"
        "(1) Norway imposed duties on aluminium.\n\nHAS ADOPTED THIS REGULATION:\n\nArticle 1\n\nAdditional "
        "import duties are imposed on the products listed in Annex I originating in Norway.\n"
    )
    doc = analyse(text)
    assert {m.type for m in doc._.measures} == {"retaliation"}
    assert doc._.countries == {"implementing": ["EU"], "affected": ["NO"]}


GECEX = (
    "RESOLUÇÃO GECEX Nº 512, DE 10 DE JULHO DE 2026\n\nO COMITÊ-EXECUTIVO DE GESTÃO DA CÂMARA DE COMÉRCIO "
    "EXTERIOR, no uso das atribuições que lhe confere o Decreto nº 11.428, de 2 de março de 2023, resolve:\n\n"
)


@pytest.mark.parametrize(
    "article,expected",
    [
        ("Art. 1º Ficam aplicados direitos compensatórios definitivos às importações de aço.", {"countervailing"}),
        ("Art. 1º Fica prorrogada a medida de salvaguarda aplicada às importações de coco ralado.", {"safeguard"}),
        ("Art. 1º Fica estabelecida cota tarifária de 5.000 toneladas para importações de trigo.", {"tariff_quota"}),
        ("Art. 1º Ficam concedidos ex-tarifários para os bens de capital relacionados no Anexo.", {"duty_suspension"}),
        ("Art. 1º Fica estabelecida a proibição de importação de pneus usados.", {"prohibition"}),
    ],
)
def test_portuguese_names_of_measures(article, expected):
    assert measure_types(GECEX + article + "\n", jurisdiction="BR") == expected


def test_a_spanish_change_to_the_mercosur_nomenclature():
    text = (
        "Artículo 1. Modifícase la Nomenclatura Común del MERCOSUR en las posiciones que se indican en el Anexo "
        "de la presente resolución, que forma parte integrante de la misma.\n"
    )
    assert measure_types(text, jurisdiction="AR") == {"nomenclature_change"}


def test_rates_modified_to_implement_a_preference_are_the_preference():
    text = (
        "EXECUTIVE ORDER NO. 401\nMODIFYING THE RATES OF IMPORT DUTY ON CERTAIN ARTICLES IN ORDER TO IMPLEMENT "
        "THE GENERALIZED SYSTEM OF PREFERENCES OF THE REPUBLIC\n\nNOW, THEREFORE, I, the President, by virtue of "
        "the powers vested in me, do hereby order:\n\nSECTION 1. The articles listed in Annex A shall be subject "
        "to the preferential rate of duty indicated in Column 4 when imported from Laos.\n"
    )
    assert measure_types(text, jurisdiction="PH") == {"preference"}


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Article premier\nLes droits autonomes du tarif douanier commun pour les produits agricoles et "
            "industriels énumérés à l'annexe sont suspendus jusqu'au 31 décembre 2029.\n",
            {"duty_suspension"},
        ),
        (
            "Article premier\nL'annexe I du règlement (CEE) no 2658/87 relatif à la nomenclature tarifaire et "
            "statistique et au tarif douanier commun est modifiée conformément à l'annexe du présent règlement.\n",
            {"nomenclature_change"},
        ),
        (
            "Article premier\nLes marchandises décrites dans la colonne 1 du tableau figurant à l'annexe sont "
            "classées dans la nomenclature combinée sous le code NC indiqué dans la colonne 2 dudit tableau.\n",
            {"other"},
        ),
        (
            "Artikel 1\nDie Zollsätze des Gemeinsamen Zolltarifs für die in Anhang I aufgeführten "
            "landwirtschaftlichen Waren werden vollständig ausgesetzt.\n",
            {"duty_suspension"},
        ),
        (
            "Artikel 1\nDie in Spalte 1 der Tabelle im Anhang beschriebenen Waren werden in die Kombinierte "
            "Nomenklatur unter dem in Spalte 2 der Tabelle genannten KN-Code eingereiht.\n",
            {"other"},
        ),
        (
            "Article 1\nAnnex I to Regulation (EEC) No 2658/87 is amended as set out in the Annex to this "
            "Regulation.\n",
            {"nomenclature_change"},
        ),
        (
            "Article 1\nThe goods described in column (1) of the table set out in the Annex shall be classified "
            "within the Combined Nomenclature under the CN code indicated in column (2) of that table.\n",
            {"other"},
        ),
    ],
)
def test_eu_suspensions_nomenclature_and_classification_in_three_languages(text, expected):
    assert measure_types(text, jurisdiction="EU") == expected


def test_spanish_enclitic_imperatives_act():
    text = (
        "RESOLUCIÓN 512/2027\n\nVISTO el expediente de la Secretaría, y\n\nCONSIDERANDO:\n\nQue la Comisión "
        "determinó la existencia de daño a la rama de producción nacional.\n\nPor ello, EL MINISTRO DE ECONOMÍA "
        "RESUELVE:\n\nARTÍCULO 1°.- Fíjase para las operaciones de exportación hacia la República Argentina de "
        "ollas de acero originarias de la República de la India un derecho antidumping definitivo.\n\n"
        "ARTÍCULO 2°.- Prorrógase por el término de un año la medida de salvaguardia aplicada a las "
        "importaciones de calzado.\n"
    )
    doc = analyse(text, jurisdiction="AR")
    assert {m.type for m in doc._.measures} == {"anti_dumping", "safeguard"}
    assert doc._.countries["affected"] == ["IN"]
