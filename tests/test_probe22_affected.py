"""Affected countries: the round 22 probe matrix (issue 15). Rows are the ways a text makes a country affected or
not, columns the forms the product reads (eval/heldout/README.md, 'Round 22 probe matrix: affected countries').
Passages written for these tests. Each class test failed on the base of the round; tests marked 'guard' held
already and pin the near misses the fixes must keep right."""

from nlp.pipeline import analyse


def _affected(text: str, jurisdiction: str | None = None) -> list[str]:
    return sorted(analyse(text, jurisdiction=jurisdiction)._.countries["affected"])


EU_ACT = (
    "COMMISSION IMPLEMENTING REGULATION (EU) 2031/211\n\nof 14 March 2031\n\nimposing a definitive anti-dumping duty"
    " on imports of solar glass originating in the People's Republic of China\n\nTHE EUROPEAN COMMISSION,\n\nWhereas:"
    "\n\n(1) The investigation was initiated on 2 May 2030.\n\nHAS ADOPTED THIS REGULATION:\n\nArticle 1\n\n1. A"
    " definitive anti-dumping duty is imposed on imports of solar glass originating in the People's Republic of China."
    "\n\n{}\n\nArticle 2\n\nThis Regulation shall enter into force on the day following that of its publication.\n"
)
GECEX = (
    "RESOLUÇÃO GECEX Nº 531, DE 3 DE MARÇO DE 2031\n\nO COMITÊ EXECUTIVO DE GESTÃO DA CÂMARA DE COMÉRCIO EXTERIOR"
    " resolve:\n\nArt. 1º Aplicar direito antidumping definitivo às importações brasileiras de ácido cítrico,"
    " originárias da China.\n\n{}\n"
)
INDECOPI = (
    "RESOLUCIÓN N° 046-2031/CDB-INDECOPI\n\nLima, 3 de marzo de 2031\n\nSE RESUELVE:\n\nArtículo 1°.- Imponer derechos"
    " antidumping definitivos sobre las importaciones de tejidos de poliéster originarios de la República Popular China."
    "\n\n{}\n"
)

# Class 'contingency': an origin named in a condition that opens its sentence, whose verb is a change in the goods'
# flow or whose main clause only may act (nlp/countries/contingencies.py).


def test_an_origin_whose_imports_might_increase_in_an_article_is_not_affected():
    """Class 'contingency', an EU article's 'Where imports from … increase …, the Commission may …'."""
    text = EU_ACT.format(
        "2. Where imports from Malaysia increase significantly, the Commission may initiate an anti-circumvention"
        " investigation."
    )
    assert _affected(text, "EU") == ["CN"]


def test_a_portuguese_contingency_names_no_origin():
    """Class 'contingency', Portuguese 'Caso as importações originárias de … aumentem, poderá …'."""
    text = GECEX.format(
        "Art. 2º Caso as importações originárias da Tailândia aumentem, poderá ser aberta investigação de circunvenção."
    )
    assert _affected(text, "BR") == ["CN"]


def test_a_spanish_contingency_names_no_origin():
    """Class 'contingency', Spanish 'En caso de que las importaciones originarias de … aumenten, … podrá …'."""
    text = INDECOPI.format(
        "Artículo 2°.- En caso de que las importaciones originarias de la India aumenten, la Comisión podrá iniciar un"
        " examen."
    )
    assert _affected(text, "PE") == ["CN"]


def test_a_french_contingency_names_no_origin():
    """Class 'contingency', French 'Si les importations originaires de … augmentent, la Commission peut …'."""
    text = (
        "RÈGLEMENT D'EXÉCUTION (UE) 2031/153 DE LA COMMISSION\n\ninstituant un droit antidumping définitif sur les"
        " importations de roues en acier originaires de la République populaire de Chine\n\nA ADOPTÉ LE PRÉSENT"
        " RÈGLEMENT:\n\nArticle premier\n\n1. Un droit antidumping définitif est institué sur les importations de roues"
        " en acier originaires de la République populaire de Chine.\n\n2. Si les importations originaires de Malaisie"
        " augmentent sensiblement, la Commission peut ouvrir une enquête.\n"
    )
    assert _affected(text, "EU") == ["CN"]


def test_a_proclamation_clause_on_what_the_secretary_does_if_imports_rise_names_no_origin():
    """Class 'contingency', a proclamation's 'If imports … from … increase significantly, the Secretary shall
    inform me …' (the main clause is no discretion; the condition's verb is the change)."""
    text = (
        "Proclamation 12452 of May 2, 2031\n\nAdjusting Imports of Shrimp Into the United States\n\nNOW, THEREFORE, I,"
        " the President, do hereby proclaim as follows:\n\n(1) An additional ad valorem duty of 20 percent is imposed"
        " on frozen shrimp that is the product of India.\n\n(2) If imports of frozen shrimp from Ecuador increase"
        " significantly, the Secretary shall inform me of the need for further action.\n"
    )
    assert _affected(text, "US") == ["IN"]


def test_a_condition_under_which_the_duty_applies_keeps_its_origin():
    """Guard (held before), near miss of 'contingency': 'Where goods originating in … are declared for release …, the
    duty shall apply' is the measure on them (neither a change in flow nor a discretionary main clause)."""
    text = (
        "COMMISSION IMPLEMENTING REGULATION (EU) 2031/212\n\nof 14 March 2031\n\nimposing a definitive anti-dumping duty"
        " on imports of certain fasteners\n\nTHE EUROPEAN COMMISSION,\n\nWhereas:\n\n(1) The investigation was"
        " initiated.\n\nHAS ADOPTED THIS REGULATION:\n\nArticle 1\n\n1. Where fasteners originating in Vietnam are"
        " declared for release for free circulation, a definitive anti-dumping duty of 23 % shall apply.\n"
    )
    assert _affected(text, "EU") == ["VN"]


def test_a_german_contingency_names_no_origin():
    """Guard (held before): German 'Falls die Einfuhren mit Ursprung in … steigen, kann …'."""
    text = (
        "DURCHFÜHRUNGSVERORDNUNG (EU) 2031/152 DER KOMMISSION\n\nzur Einführung eines endgültigen Antidumpingzolls auf"
        " die Einfuhren von Edelstahlrohren mit Ursprung in Indonesien\n\nHAT FOLGENDE VERORDNUNG ERLASSEN:\n\nArtikel 1"
        "\n\n(1) Auf die Einfuhren von Edelstahlrohren mit Ursprung in Indonesien wird ein endgültiger Antidumpingzoll"
        " eingeführt.\n\n(2) Falls die Einfuhren mit Ursprung in Malaysia erheblich steigen, kann die Kommission eine"
        " Untersuchung einleiten.\n"
    )
    assert _affected(text, "EU") == ["ID"]


# Class 'negation in Spanish and Portuguese': 'does not apply to' before the names, 'is not the subject of this act'
# after them (cues.json not_affected, excluded_after), like English 'not apply' and French 'ne s'applique pas'.


def test_spanish_duties_that_do_not_apply_to_an_origin_leave_it_out():
    """Class 'negation', Spanish 'Los derechos no se aplicarán a las importaciones originarias de …'."""
    text = INDECOPI.format("Artículo 2°.- Los derechos no se aplicarán a las importaciones originarias de la India.")
    assert _affected(text, "PE") == ["CN"]


def test_a_mexican_tariff_that_does_not_apply_to_fta_partners_targets_none_of_them():
    """Class 'negation', Spanish 'El arancel no se aplicará a las mercancías originarias de países con los que … como
    Chile o Perú': an erga omnes rate with its partners left out."""
    text = (
        "DECRETO por el que se modifica la Tarifa de la Ley de los Impuestos Generales de Importación y de"
        " Exportación\n\nARTÍCULO PRIMERO.- Se modifica la tarifa de las fracciones arancelarias 7208.10.01 y 7208.25.01"
        " para establecer un arancel de 25%.\n\nARTÍCULO SEGUNDO.- El arancel no se aplicará a las mercancías"
        " originarias de países con los que México tenga un tratado de libre comercio, como Chile o Perú.\n"
    )
    assert _affected(text, "MX") == []


def test_a_portuguese_duty_said_not_to_be_the_resolutions_subject_is_background():
    """Class 'negation', Portuguese '… originárias da …, encerrado em 2027, não é objeto desta Resolução'."""
    text = GECEX.format(
        "Art. 2º O direito aplicado às importações originárias da Tailândia, encerrado em 2027, não é objeto desta"
        " Resolução."
    )
    assert _affected(text, "BR") == ["CN"]


def test_portuguese_duties_that_do_not_apply_to_an_origin_leave_it_out():
    """Class 'negation', Portuguese 'O direito não se aplica às importações originárias de …'."""
    text = GECEX.format("Art. 2º O direito não se aplica às importações originárias do Paraguai.")
    assert _affected(text, "BR") == ["CN"]


# Class 'negative finding': the designated authority found another origin's goods not dumped or negligible.


def test_origins_found_not_dumped_in_an_indian_notification_are_not_affected():
    """Class 'negative finding', 'imports from … were not dumped and were insignificant'."""
    text = (
        "[TO BE PUBLISHED IN THE GAZETTE OF INDIA, EXTRAORDINARY]\n\nGovernment of India\nMinistry of Finance\n"
        "(Department of Revenue)\n\nNotification No. 13/2031-Customs (ADD)\n\nNew Delhi, the 3rd March, 2031\n\nG.S.R."
        " 151(E).- Whereas, in the matter of 'Flexible Slabstock Polyol' originating in or exported from Saudi Arabia,"
        " the designated authority has found that imports from Singapore and Korea RP were not dumped and were"
        " insignificant;\n\nNow, therefore, the Central Government hereby imposes on the subject goods originating in"
        " or exported from Saudi Arabia an anti-dumping duty at the rate specified in the Table below.\n"
    )
    assert _affected(text, "IN") == ["SA"]


# Class 'comparison': another origin's goods a treatment is only compared with.


def test_goods_another_origins_treatment_is_compared_with_are_not_affected():
    """Class 'comparison', a UK notice's 'in the same way as for tiles originating in …'."""
    text = (
        "Taxation Notice 2031/12: anti-dumping duty on ceramic tiles\n\nThis notice is issued under the Taxation"
        " (Cross-border Trade) Act 2018.\n\nFrom 3 March 2031 anti-dumping duty applies to ceramic tiles originating in"
        " the People's Republic of China, in the same way as for tiles originating in India under Taxation Notice"
        " 2029/04.\n"
    )
    assert _affected(text, "GB") == ["CN"]


def test_a_csms_stacking_rule_shared_with_other_origins_names_no_origin():
    """Class 'comparison', a CSMS message's 'The same stacking rules apply as for goods of … and …'."""
    text = (
        "CSMS # 65012347 - GUIDANCE: Additional Duties on Imports from Brazil\n\nEffective for goods entered for"
        " consumption on or after August 6, 2031, products of Brazil are subject to an additional 40 percent ad valorem"
        " duty under heading 9903.01.77. The same stacking rules apply as for goods of Canada and Mexico that are"
        " subject to the fentanyl duties.\n"
    )
    assert _affected(text, "US") == ["BR"]


# Class 'case lines': a US notice's list of proceedings, one case a line with its Commerce case number
# (nlp/countries/case_lines.py).

INITIATION = (
    "DEPARTMENT OF COMMERCE\n\nInternational Trade Administration\n\nInitiation of Antidumping and Countervailing Duty"
    " Administrative Reviews\n\nAGENCY: Enforcement and Compliance, International Trade Administration, Department of"
    " Commerce.\n\nACTION: Notice.\n\nSUMMARY: The Department of Commerce has received requests to conduct"
    " administrative reviews of various antidumping duty orders with March anniversary dates. We are initiating those"
    " administrative reviews.\n\nDATES: Applicable April 2, 2031.\n\nSUPPLEMENTARY INFORMATION:\n\n{}\n"
)


def test_countries_heading_the_case_lines_of_an_initiation_notice_are_affected():
    """Class 'case lines', 'INDIA: Welded Stainless Pressure Pipe, A-533-867 | 3/1/30-2/28/31'."""
    text = INITIATION.format(
        "Antidumping Duty Proceedings | Period to be reviewed\n\nINDIA: Welded Stainless Pressure Pipe, A-533-867 |"
        " 3/1/30-2/28/31\nREPUBLIC OF KOREA: Large Diameter Welded Pipe, A-580-897 | 3/1/30-2/28/31\nTHAILAND: Circular"
        " Welded Carbon Steel Pipes and Tubes, A-549-502 | 3/1/30-2/28/31"
    )
    assert _affected(text, "US") == ["IN", "KR", "TH"]


def test_a_country_cell_of_a_sunset_table_row_is_affected():
    """Class 'case lines', a sunset initiation table's 'A-570-909 | 731-TA-1114 | China | Steel Nails'."""
    text = INITIATION.format(
        "DOC Case No. | ITC Case No. | Country | Product\nA-570-909 | 731-TA-1114 | China | Steel Nails\nC-533-901 |"
        " 701-TA-620 | India | Steel Racks"
    )
    assert _affected(text, "US") == ["CN", "IN"]


def test_a_case_number_in_the_background_prose_names_no_origin():
    """Guard (held before), near miss of 'case lines': an order cited by its number in prose ('… from Oman
    (A-523-808) …') heads no line."""
    text = (
        "DEPARTMENT OF COMMERCE\n\nInternational Trade Administration\n\n[A-570-142]\n\nCertain Steel Nails From the"
        " People's Republic of China: Final Results of Antidumping Duty Administrative Review; 2029-2030\n\nAGENCY:"
        " Enforcement and Compliance, International Trade Administration, Department of Commerce.\n\nACTION: Notice."
        "\n\nSUMMARY: Commerce determines that certain steel nails from the People's Republic of China were sold at less"
        " than normal value.\n\nSUPPLEMENTARY INFORMATION:\n\nBackground\n\nThe order on certain steel nails from the"
        " Sultanate of Oman (A-523-808) is not covered by this review.\nCertain Steel Nails From Taiwan: Rescission of"
        " Review, A-583-854\n"
    )
    assert _affected(text, "US") == ["CN"]


# Class 'tables': the origin column of a table read in the forms the probes showed missed: an 'Origin' column in the
# middle of a quota table's header, an operative anti-dumping table headed 'Country | Company', origins given by their
# ISO codes in the origin column, and a plain-text list of countries with their amounts (nlp/countries/code_cells.py,
# nlp/countries/amount_lines.py).

EU_FASTENERS = (
    "COMMISSION IMPLEMENTING REGULATION (EU) 2031/150\n\nof 14 March 2031\n\nimposing a definitive anti-dumping duty on"
    " imports of fasteners\n\nTHE EUROPEAN COMMISSION,\n\nWhereas:\n\n{}HAS ADOPTED THIS REGULATION:\n\nArticle 1\n\n"
    "1. A definitive anti-dumping duty is imposed on imports of fasteners originating in the countries listed below."
    "\n\n2. The rates of the definitive anti-dumping duty shall be as follows:\n\nCountry | Company | Definitive duty |"
    " TARIC additional code\nChina | Ningbo Alpha Fasteners Co., Ltd. | 22.1 % | C871\nChina | All other companies |"
    " 86.5 % | C999\nTaiwan | Beta Screw Industrial Corp. | 8.4 % | C872\n"
)


def test_the_countries_of_an_operative_company_table_are_affected():
    """Class 'tables', an EU act's Article 1 table 'Country | Company | Definitive duty | TARIC additional code'."""
    assert _affected(EU_FASTENERS.format("(1) The investigation was initiated.\n\n"), "EU") == ["CN", "TW"]


def test_the_company_table_of_a_representative_country_in_a_recital_names_no_origin():
    """Guard (held before), near miss of 'tables': a recital's 'Country | Company | Volume' of the representative
    country's producers."""
    text = (
        "COMMISSION IMPLEMENTING REGULATION (EU) 2031/251\n\nof 14 March 2031\n\nimposing a definitive anti-dumping duty"
        " on imports of bicycles originating in the People's Republic of China\n\nTHE EUROPEAN COMMISSION,\n\nWhereas:"
        "\n\n(1) The representative country data came from the following producers:\n\nCountry | Company | Volume\n"
        "Thailand | Siam Bike Co. | 12 000\n\nHAS ADOPTED THIS REGULATION:\n\nArticle 1\n\n1. A definitive anti-dumping"
        " duty is imposed on imports of bicycles originating in the People's Republic of China.\n"
    )
    assert _affected(text, "EU") == ["CN"]


def test_the_origin_column_in_the_middle_of_a_quota_table_names_the_quotas_origins():
    """Class 'tables', 'Quota number | Origin | Commodity code | Volume'."""
    text = (
        "The Customs (Tariff Quotas) (Amendment) Regulations 2031\n\nThe Treasury make these Regulations in exercise of"
        " the powers conferred by section 15 of the Taxation (Cross-border Trade) Act 2018.\n\n2. The following quotas"
        " are opened:\n\nQuota number | Origin | Commodity code | Volume\n05.1001 | New Zealand | 0204 | 35,000 tonnes\n"
        "05.1002 | Australia | 0201 | 20,000 tonnes\n"
    )
    assert _affected(text, "GB") == ["AU", "NZ"]


def test_iso_codes_in_the_origin_column_name_the_origins():
    """Class 'tables', a CSMS table 'Country of origin | HTS | Rate' / 'CN | 8541.42.0010 | 50%'."""
    text = (
        "CSMS # 65012500 - Entry guidance for solar cells\n\nEffective May 1, 2031, the following additional duties"
        " apply to solar cells of the following countries of origin:\n\nCountry of origin | HTS | Rate\nCN |"
        " 8541.42.0010 | 50%\nVN | 8541.42.0010 | 25%\n"
    )
    assert _affected(text, "US") == ["CN", "VN"]


def test_a_plain_list_of_countries_with_their_quota_amounts_names_the_quotas_origins():
    """Class 'tables', a proclamation's allocation printed without bars ('Argentina 20,000 metric tons')."""
    text = (
        "Proclamation 12480 of September 1, 2031\n\nTo Modify the Tariff-Rate Quota on Imports of Beef\n\nNOW,"
        " THEREFORE, I, the President, do proclaim:\n\n(1) The in-quota quantity of the tariff-rate quota for beef is"
        " allocated among the following supplying countries:\n\nArgentina 20,000 metric tons\nBrazil 10,000 metric"
        " tons\nAustralia 378,214 metric tons\n"
    )
    assert _affected(text, "US") == ["AR", "AU", "BR"]


def test_a_recitals_import_statistics_without_bars_name_no_origin():
    """Guard (held before), near miss of 'tables': a recital's 'Norway 120,000 tonnes' lines are sources, not
    beneficiaries."""
    text = (
        "COMMISSION IMPLEMENTING REGULATION (EU) 2031/250\n\nof 14 March 2031\n\nimposing a definitive safeguard measure"
        " on imports of certain ferro-alloys\n\nTHE EUROPEAN COMMISSION,\n\nWhereas:\n\n(1) Imports in 2030 were as"
        " follows:\n\nNorway 120,000 tonnes\nBrazil 40,000 tonnes\nUkraine 35,000 tonnes\n\nHAS ADOPTED THIS REGULATION:"
        "\n\nArticle 1\n\nA definitive safeguard measure is imposed on imports of the products listed in Annex I.\n"
    )
    assert _affected(text, "EU") == []


def test_a_french_sanctions_title_names_the_destabilised_country_as_no_origin():
    """Class 'destabilised country' in French: '… la Russie déstabilisant la situation en Ukraine'."""
    text = (
        "RÈGLEMENT (UE) 2031/180 DU CONSEIL\n\ndu 14 mars 2031\n\nmodifiant le règlement (UE) no 833/2014 concernant des"
        " mesures restrictives eu égard aux actions de la Russie déstabilisant la situation en Ukraine\n\nA ADOPTÉ LE"
        " PRÉSENT RÈGLEMENT:\n\nArticle premier\n\nIl est interdit d'importer des produits sidérurgiques originaires de"
        " Russie.\n"
    )
    assert _affected(text, "EU") == ["RU"]


def test_a_plain_text_annex_of_rates_by_country_names_the_partners():
    """Class 'tables', an executive order's annex printed without bars ('Country    Reciprocal tariff, adjusted' /
    'Algeria    30%')."""
    text = (
        "Executive Order 14601 of August 1, 2031\n\nFurther Modifying the Reciprocal Tariff Rates\n\nBy the authority"
        " vested in me as President by the Constitution and the laws of the United States of America, it is hereby"
        " ordered:\n\nSection 1. The additional ad valorem duties on goods of the trading partners listed in Annex I"
        " shall be the rates set out in that annex.\n\nANNEX I\n\nCountry    Reciprocal tariff, adjusted\n\nAlgeria"
        "    30%\nBangladesh    20%\nCambodia    19%\n"
    )
    assert _affected(text, "US") == ["BD", "DZ", "KH"]


def test_import_statistics_by_origin_in_a_news_item_name_no_origin():
    """Guard (held before), near miss of 'tables': a news item's 'Imports by origin in 2030:' / 'Turkey 4,100,000
    tonnes' under an erga omnes safeguard counts sources, it allots nothing."""
    text = (
        "EU extends steel safeguard to 2032\n\nThe European Commission has extended the safeguard measure on steel"
        " products until 30 June 2032, applying to imports from all origins.\n\nImports by origin in 2030:\n\nTurkey"
        " 4,100,000 tonnes\nIndia 3,200,000 tonnes\nKorea 2,900,000 tonnes\n"
    )
    assert _affected(text, "EU") == []


def test_an_origin_the_duty_may_be_extended_to_should_it_circumvent_is_not_affected():
    """Class 'contingency', 'Should imports consigned from … be found to circumvent the duty, the duty may be
    extended to them'."""
    text = EU_ACT.format(
        "2. Should imports consigned from Vietnam be found to circumvent the duty, the duty may be extended to them."
    )
    assert _affected(text, "EU") == ["CN"]


def test_an_executive_orders_enacting_formula_names_the_us_as_the_implementing_jurisdiction():
    """Class 'implementing jurisdiction from the text': an executive order read without its source opens 'By the
    authority vested in me as President by the Constitution and the laws of the United States of America'."""
    text = (
        "Executive Order 14602 of August 1, 2031\n\nFurther Modifying Duties on Cut Flowers\n\nBy the authority vested in"
        " me as President by the Constitution and the laws of the United States of America, it is hereby ordered:\n\n"
        "Section 1. An additional ad valorem duty of 10 percent shall apply to cut flowers that are the product of"
        " Colombia.\n"
    )
    assert analyse(text)._.countries["implementing"] == ["US"]
