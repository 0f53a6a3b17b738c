"""Measure types and countries by class of wording, on passages written for these tests (none is taken
from any eval set): carve-outs worded otherwise, interim dumping duties, prohibition orders, code-structure
changes, substitution schedules, Portuguese and Malay texts, discretion that is not an act, cited petitions,
a WTO Member's questions, and countries named for their law rather than their goods."""

import pytest

from nlp.pipeline import analyse

PROCLAIM = (
    "Adjusting Imports of Widgets into the United States\n\n"
    "1. The Secretary transmitted a report on widgets.\n\n"
    "NOW, THEREFORE, I, the President of the United States of America, by the authority vested in me, "
    "including section 232 of the Trade Expansion Act of 1962, do hereby proclaim as follows:\n\n"
    "(1) Imports of widgets shall be subject to an additional 15 percent ad valorem rate of duty.\n"
)


def measure_types(text: str, **kwargs) -> set[str]:
    return {m.type for m in analyse(text, **kwargs)._.measures}


def countries(text: str, **kwargs) -> dict:
    return analyse(text, **kwargs)._.countries


# --- carve-outs from a measure that otherwise continues, however worded ---------------------------------


def test_a_rate_that_shall_remain_notwithstanding_the_increase_is_a_carve_out():
    text = PROCLAIM + (
        "(2) Notwithstanding clause 1 of this proclamation, the rate of duty for widgets of New Zealand shall "
        "remain at 10 percent ad valorem.\n"
    )
    doc = analyse(text, jurisdiction="US")
    assert {m.type for m in doc._.measures} == {"duty_rate_change", "exclusion"}
    assert doc._.countries["affected"] == ["NZ"]


def test_a_duty_that_no_longer_applies_to_one_origin_is_a_carve_out():
    text = (
        "CSMS # 70001234 - Termination of Section 232 Duty For Aluminum Articles of Australia\n"
        "Effective for goods entered on or after 12:01 a.m. on June 3, 2027, the Section 232 duty on aluminum "
        "articles with a country of origin of Australia will no longer be in effect.\n"
    )
    assert measure_types(text, jurisdiction="US") == {"exclusion"}
    assert countries(text, jurisdiction="US")["affected"] == ["AU"]


def test_a_safeguard_suspended_for_one_origin_is_the_safeguard_and_a_carve_out():
    text = (
        "Trade remedies notice 2027/03: safeguard measure on ceramic tiles\n\n"
        "The application of the safeguard measure will be suspended for one year with respect to goods "
        "originating in Moldova.\n"
    )
    assert measure_types(text, jurisdiction="UK") == {"safeguard", "exclusion"}
    assert countries(text, jurisdiction="UK")["affected"] == ["MD"]


def test_additional_duties_that_shall_no_longer_apply_to_goods_of_a_country():
    text = "From 1 May 2027 the additional duties shall no longer apply to goods of Chile entered for consumption."
    assert measure_types(text, jurisdiction="US") == {"exclusion"}


def test_imports_under_an_accepted_undertaking_are_no_carve_out():
    text = (
        "Article 1\n\nA definitive anti-dumping duty is imposed on imports of glass jars originating in Turkey.\n\n"
        "Notwithstanding paragraph 1, the definitive anti-dumping duty shall not apply to imports invoiced under "
        "an undertaking accepted by the Commission.\n"
    )
    assert measure_types(text, jurisdiction="EU") == {"anti_dumping"}


# --- remedies, prohibitions and nomenclature in other countries' words ----------------------------------


def test_an_australian_interim_dumping_duty_notice():
    text = (
        "Customs Tariff (Anti-Dumping) Act 1975\nAluminium extrusions exported from the Socialist Republic of "
        "Vietnam\nI, the Minister for Industry, DIRECT, pursuant to subsection 8(5) of the Dumping Duty Act, that "
        "the interim dumping duty payable on the goods is worked out in accordance with the ad valorem method.\n"
    )
    assert measure_types(text, jurisdiction="AU") == {"anti_dumping"}


def test_a_malay_anti_dumping_order_and_the_act_it_is_made_under():
    text = (
        "PERINTAH KASTAM (DUTI ANTI-LAMBAKAN SEMENTARA) 2026 PADA menjalankan kuasa yang diberikan oleh seksyen 25 "
        "Akta Duti Timbal Balas dan Anti-Lambakan 1993, Menteri membuat perintah yang berikut:\n\n"
        "2. Duti anti-lambakan sementara hendaklah dilevi terhadap barang-barang yang dinyatakan dalam Jadual.\n"
    )
    assert measure_types(text, jurisdiction="MY") == {"anti_dumping"}


def test_a_new_zealand_import_prohibition_order():
    text = (
        "Customs Import Prohibition (Toothfish) Order 2027\n\n"
        "3 Prohibition\nThe importation of the goods specified in the Schedule is prohibited unless a permit "
        "has been granted by the chief executive.\n"
    )
    assert measure_types(text, jurisdiction="NZ") == {"prohibition"}


def test_changes_to_commodity_code_structure_in_a_stop_press_notice():
    text = (
        "Commodity code updates\n\nChanges to commodity code structure from 1 July 2027:\n\n"
        "Commodity | Action\n3920109000 | Code merged into 3920108900\n"
    )
    assert measure_types(text, jurisdiction="UK") == {"nomenclature_change"}


def test_a_schedule_substituting_codes_descriptions_and_rates():
    text = (
        "In exercise of the powers conferred by section 18 of the Customs Act, the Federal Government is pleased "
        "to direct that in the First Schedule, for the tariff code, description and rate of duty specified in "
        "columns (1), (2) and (3), the following tariff code, description and rate of duty shall be "
        "substituted, namely:\n"
    )
    assert measure_types(text, jurisdiction="PK") == {"nomenclature_change", "duty_rate_change"}


def test_a_classification_regulation_and_a_drawback_amendment_are_other_measures():
    classification = (
        "COMMISSION IMPLEMENTING REGULATION (EU) 2027/310\nof 2 February 2027\nconcerning the classification "
        "of certain goods in the Combined Nomenclature\n\nTHE EUROPEAN COMMISSION,\n"
    )
    assert measure_types(classification) == {"other"}
    drawback = (
        "In exercise of the powers conferred by section 75 of the Customs Act, 1962, read with the Customs and "
        "Central Excise Duties Drawback Rules, 2017, the Central Government hereby makes the following "
        "amendments in the notification No. 77/2026-Customs (N.T.), namely:-\n"
    )
    assert measure_types(drawback, jurisdiction="IN") == {"other"}


# --- Portuguese and Spanish ------------------------------------------------------------------------------


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


# --- what does not act -------------------------------------------------------------------------------------


def test_a_power_the_secretary_may_use_later_is_no_measure_and_names_no_affected_country():
    text = PROCLAIM + (
        "(2) The Secretary may adjust the rate and may establish a tariff-rate quota for widgets of Norway if "
        "he determines that it is appropriate.\n"
    )
    doc = analyse(text, jurisdiction="US")
    assert {m.type for m in doc._.measures} == {"duty_rate_change"}
    assert doc._.countries["affected"] == []


def test_the_title_of_a_cited_petition_is_no_measure():
    text = (
        "Steel Racks From Thailand: Initiation of Countervailing Duty Investigation\n\n"
        "SUPPLEMENTARY INFORMATION:\n\nThe Department is initiating a countervailing duty investigation of "
        "steel racks from Thailand.\n\nSee Petitioner's letter, “Petitions for the Imposition of Antidumping and "
        "Countervailing Duties on Steel Racks from Thailand,” dated March 3, 2027.\n"
    )
    assert measure_types(text, jurisdiction="US") == {"countervailing"}


def test_a_wto_members_questions_on_another_members_notification_enact_nothing():
    text = (
        "Committee on Anti-Dumping Practices\nQUESTIONS POSED BY CHILE TO ECUADOR CONCERNING ITS NOTIFICATION OF "
        "A PROVISIONAL ANTI-DUMPING MEASURE\n\nThe following communication, dated 4 May 2026, is circulated at "
        "the request of the delegation of Chile.\n\n1. Could Ecuador explain how it imposed the provisional "
        "anti-dumping duty on imports of tiles from Argentina?\n"
    )
    doc = analyse(text, jurisdiction="WTO")
    assert doc._.measures == []
    assert doc._.countries == {"implementing": ["CL"], "affected": []}
    # nor does the similarity fallback read the other Member's measure into it
    assert analyse(text, jurisdiction="WTO", embeddings=True)._.measures == []


# --- countries named for their law, their version of a text or the act's own name -----------------------


def test_countries_naming_a_law_or_where_a_text_applies_are_not_affected():
    text = (
        "Commission Implementing Regulation (EU) 2027/55 amending Implementing Regulation (EU) 2026/12 imposing "
        "definitive safeguard measures against imports of certain aluminium products\n\n"
        "The version on this site is the version that applies in the UK, with any subsequent UK changes and "
        "effects applied.\n"
    )
    assert countries(text, jurisdiction="EU")["affected"] == []
    notice = (
        "Trade remedies notice 2027/11: the safeguard measure on steel is extended under the Trade Remedies "
        "(Increase in Imports Causing Serious Injury to UK Producers) (EU Exit) Regulations 2019.\n\n"
        "Footnote | Amendment\nCD901 | Amendment to footnote description: removal of reference to EU\n"
    )
    assert countries(notice, jurisdiction="UK")["affected"] == []


def test_a_country_in_the_name_of_the_order_an_enacting_formula_makes_is_affected():
    text = (
        "PC Number: 2027-0412\n\nDate: 2027-05-02\n\nHis Excellency the Governor General in Council, on the "
        "recommendation of the Minister of Finance, makes the annexed Vietnam Surtax Order (2027) under "
        "subsection 53(2) of the Customs Tariff.\n"
    )
    doc = analyse(text, jurisdiction="CA")
    assert {m.type for m in doc._.measures} == {"retaliation"}
    assert doc._.countries == {"implementing": ["CA"], "affected": ["VN"]}


# --- other gazettes' names for the same measures ---------------------------------------------------------


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
        # no substitution: the headings only say which goods a safeguard covers
        (
            "For goods classified under the headings listed in Annex I and the following headings of chapter 73, "
            "a safeguard duty is imposed from 1 May 2027.",
            {"safeguard"},
        ),
        # 'shall remain' without an exception to a clause is a restatement, not a carve-out
        (
            "The anti-dumping duty imposed on imports of glass fibre from Egypt shall remain at 21.3 percent.",
            {"anti_dumping"},
        ),
        # a duty that no longer applies to everyone is its end, not a carve-out for one origin
        (
            "The additional duty on imports of copper wire is hereby removed and shall no longer be collected.",
            {"duty_rate_change"},
        ),
    ],
)
def test_near_misses_of_the_carve_out_and_substitution_wordings(text, expected):
    assert measure_types(text) == expected


def test_origins_cut_by_a_pdf_line_break_in_an_excerpt_without_operative_part():
    text = (
        "RESOLUCIÓN NÚMERO 91 DE 2027\n\npor la cual se adopta la determinación preliminar\n\nCONSIDERANDO:\n\n"
        "Que la Dirección ordenó la apertura de una investigación por un supuesto dumping en las importaciones "
        "de ollas de aluminio originarias de la República Socialista de\n\nVietnam.\n\nQue la Embajada de la "
        "República de Corea recibió los cuestionarios.\n"
    )
    assert countries(text, jurisdiction="CO") == {"implementing": ["CO"], "affected": ["VN"]}


def test_an_exception_for_one_origin_in_a_revised_clause_is_a_carve_out():
    text = PROCLAIM + (
        "(2) Clause 1 is amended to read as follows: all widgets from all countries, and except from Georgia "
        "through 31 May 2028, shall be subject to the additional duty.\n"
    )
    assert measure_types(text, jurisdiction="US") == {"duty_rate_change", "exclusion"}


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


def test_each_measure_type_is_reported_once():
    text = PROCLAIM + (
        "(2) Notwithstanding clause 1 of this proclamation, the rate of duty for widgets of New Zealand shall "
        "remain at 10 percent ad valorem.\n"
    )
    types = [m.type for m in analyse(text, jurisdiction="US")._.measures]
    assert sorted(types) == ["duty_rate_change", "exclusion"]
