"""Round 22 probe matrix for measure types, third wave (issue 15): saving clauses in each language, and operative parts
past the 6,000-character opening of long texts in more forms. Classes widened, each pinned here:
- a measure the act says it applies 'without prejudice to' ('sans préjudice de', 'unbeschadet', 'sin perjuicio de')
  is left alone, not acted on; so is one 'Nothing contained in this notification shall apply to', and a statute
  named as what another duty is 'leviable under';
- a Brazilian resolution's rate 'alterada para 18%' (the new rate between the verb and 'alíquota'); a change to 0%
  stays the Ex-tarifário suspension it is.
Near misses kept as guards (marked 'guard'). Every passage is written for these tests."""

from tests.fact_readers import measures


def test_a_quota_regulation_without_prejudice_to_an_anti_dumping_duty():
    text = (
        "COMMISSION IMPLEMENTING REGULATION (EU) 2031/1410\nopening a Union tariff quota for certain alloy rims\n\n"
        "Article 1\nA tariff quota of 6 000 tonnes is opened for alloy rims of CN code 8708 70 50.\n"
        "Article 2\nThis Regulation shall apply without prejudice to any anti-dumping duty imposed on alloy rims "
        "originating in China.\n"
    )
    assert measures(text) == ["tariff_quota"]


def test_sans_prejudice_d_un_droit_antidumping():
    text = (
        "RÈGLEMENT D'EXÉCUTION (UE) 2031/1411 DE LA COMMISSION\n"
        "portant ouverture d'un contingent tarifaire de l'Union pour certaines jantes en alliage\n\n"
        "Article premier\nUn contingent tarifaire de 6 000 tonnes est ouvert pour les jantes du code NC 8708 70 50.\n"
        "Article 2\nLe présent règlement s'applique sans préjudice de tout droit antidumping institué sur les jantes "
        "originaires de Chine.\n"
    )
    assert measures(text) == ["tariff_quota"]


def test_unbeschadet_der_antidumpingzoelle():
    text = (
        "DURCHFÜHRUNGSVERORDNUNG (EU) 2031/1412 DER KOMMISSION\n"
        "zur Eröffnung eines Zollkontingents der Union für bestimmte Leichtmetallfelgen\n\n"
        "Artikel 1\nFür Leichtmetallfelgen des KN-Codes 8708 70 50 wird ein Zollkontingent von 6 000 Tonnen "
        "eröffnet.\nArtikel 2\nDiese Verordnung gilt unbeschadet der auf Leichtmetallfelgen mit Ursprung in China "
        "eingeführten Antidumpingzölle.\n"
    )
    assert measures(text) == ["tariff_quota"]


def test_sin_perjuicio_de_los_derechos_antidumping():
    text = (
        "DECRETO 1246 DE 2031\npor el cual se modifica el arancel de aduanas para bicicletas\n\n"
        "ARTÍCULO 1. Modifícase el gravamen arancelario de la subpartida 8712.00.00.00, que quedará en el 5%.\n"
        "ARTÍCULO 2. Lo dispuesto en el presente decreto se aplicará sin perjuicio de los derechos antidumping "
        "vigentes sobre bicicletas originarias de China.\n"
    )
    assert measures(text) == ["duty_rate_change"]


def test_a_safeguard_duty_an_exemption_notification_does_not_apply_to():
    text = (
        "Notification No. 41/2031-Customs\n"
        "In exercise of the powers conferred by section 25 of the Customs Act, 1962, the Central Government hereby "
        "exempts solar glass from so much of the customs duty as is in excess of 5%. Nothing contained in this "
        "notification shall apply to the safeguard duty leviable under section 8B of the Customs Tariff Act, 1975.\n"
    )
    assert measures(text) == ["duty_suspension"]


def test_a_brazilian_rate_altered_to_a_stated_rate_past_a_long_preamble():
    text = (
        "RESOLUÇÃO GECEX Nº 615, DE 13 DE MARÇO DE 2031\n\n"
        "O COMITÊ-EXECUTIVO DE GESTÃO DA CÂMARA DE COMÉRCIO EXTERIOR, no uso das atribuições que lhe conferem o art. "
        "7º do Decreto nº 11.428, considerando:\n"
        + "".join(
            f"- o parecer técnico nº {n} da Secretaria, que examinou os argumentos dos interessados sobre a "
            "estrutura tarifária e os custos de produção nacionais;\n"
            for n in range(1, 50)
        )
        + "RESOLVE:\nArt. 1º Fica alterada para 18% a alíquota do Imposto de Importação incidente sobre o subitem "
        "8704.21.10 da NCM.\n"
    )
    assert len(text) > 6000
    assert measures(text) == ["duty_rate_change"]


def test_guard_ex_tarifarios_altered_to_zero_stay_a_suspension():
    text = (
        "RESOLUÇÃO GECEX Nº 614, DE 12 DE MARÇO DE 2031\n\n"
        "Art. 1º Ficam alteradas para 0% as alíquotas do Imposto de Importação incidentes sobre os Bens de Capital, "
        "na condição de Ex-tarifários, conforme descrição abaixo.\n"
    )
    assert measures(text) == ["duty_suspension"]


def test_guard_a_german_anti_dumping_article_past_long_recitals():
    text = (
        "DURCHFÜHRUNGSVERORDNUNG (EU) 2031/460 DER KOMMISSION\nvom 6. März 2031\n"
        "betreffend die Einfuhren von Leichtmetallfelgen mit Ursprung in China\n\n"
        "in Erwägung nachstehender Gründe:\n"
        + "".join(
            f"({n}) Die Kommission prüfte die Informationen der interessierten Parteien zur Marktlage im "
            f"Bezugszeitraum und stellte fest, dass die Analyse in Erwägungsgrund ({n - 1}) weiterhin gilt.\n"
            for n in range(2, 45)
        )
        + "HAT FOLGENDE VERORDNUNG ERLASSEN:\nArtikel 1\n(1) Auf die Einfuhren von Leichtmetallfelgen mit Ursprung in "
        "China wird ein endgültiger Antidumpingzoll eingeführt.\n"
    )
    assert len(text) > 6000
    assert measures(text) == ["anti_dumping"]


def test_guard_an_export_ban_past_a_long_list_of_representations():
    text = (
        "Government of India\nMinistry of Commerce and Industry\nDirectorate General of Foreign Trade\n"
        "Notification No. 21/2031-DGFT\n"
        + "".join(
            f"{n}. The Directorate has received representations from exporters and trade bodies on the availability "
            "of the commodity in the domestic market, which have been examined.\n"
            for n in range(1, 55)
        )
        + "Subject: Amendment in export policy of maize\nIn exercise of the powers conferred by section 3 of the "
        "Foreign Trade (Development & Regulation) Act, 1992, the Central Government hereby amends the export policy "
        "of maize falling under ITC (HS) 1005 from 'Free' to 'Prohibited' with immediate effect.\n"
    )
    assert len(text) > 6000
    assert measures(text) == ["prohibition"]


def test_guard_without_prejudice_to_an_article_before_the_duty_imposed():
    """guard: the saving words end at the article they reserve ('Without prejudice to Article 3, …'): the duty the
    sentence then imposes is acted on."""
    text = (
        "COMMISSION IMPLEMENTING REGULATION (EU) 2031/461\nconcerning imports of alloy rims originating in China\n\n"
        "Article 1\nWithout prejudice to Article 3, a definitive anti-dumping duty is imposed on imports of alloy rims "
        "originating in China.\n"
    )
    assert measures(text) == ["anti_dumping"]


def test_guard_sans_prejudice_de_l_article_before_the_duty_instituted():
    text = (
        "RÈGLEMENT D'EXÉCUTION (UE) 2031/462 DE LA COMMISSION\nrelatif aux importations de jantes originaires de Chine"
        "\n\nArticle premier\nSans préjudice de l'article 3, un droit antidumping définitif est institué sur les "
        "importations de jantes originaires de Chine.\n"
    )
    assert measures(text) == ["anti_dumping"]


def test_guard_sin_perjuicio_de_lo_dispuesto_before_the_duty_imposed():
    text = (
        "RESOLUCIÓN FINAL sobre las importaciones de rines de aleación originarias de China\n\nRESOLUTIVOS\n"
        "PRIMERO. Sin perjuicio de lo dispuesto en el punto segundo, se impone una cuota compensatoria definitiva de "
        "20% a las importaciones de rines de aleación originarias de China.\n"
    )
    assert measures(text) == ["anti_dumping"]
