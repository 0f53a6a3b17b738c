"""Affected countries: how far the classes the second passes of final22 and final23 fixed generalise (round 21, issue
15). Each class was fixed on the one wording a blind document showed; these passages, written for the tests, put the
same class in other verbs, other jurisdictions' forms and other languages (eval/heldout/README.md, 'Round 21
generalisation probes'). Guards pin the near misses that must keep their outcome."""

from nlp.pipeline import analyse


def _affected(text: str, jurisdiction: str | None = None) -> list[str]:
    return sorted(analyse(text, jurisdiction=jurisdiction)._.countries["affected"])


SAFEGUARD = (
    "Commission Implementing Regulation (EU) 2031/44 of 2 April 2031 imposing a definitive safeguard measure on"
    " imports of certain ferro-alloy products\n\nWhereas:\n\n(1) Imports increased sharply.\n\n"
    "HAS ADOPTED THIS REGULATION:\n\nArticle 1\n\nA definitive safeguard measure is imposed on imports of the products"
    " listed in Annex I.\n\nArticle 6\n\n{}\n\nArticle 9\n\nThis Regulation shall enter into force on 5 April 2031.\n"
)

# Class 1: origins left out of the act's own measure by a verb after their names (final23 3418, 3423; final22 3201).
# Fixed for 'shall not be subject to the measures set out in Article 1' and 'the applicable duties shall correspond to
# the conventional rate of duty'; the same exemption reads 'the duty imposed by Article 1', 'the duties imposed by clause
# 1 of this proclamation', 'fall outside the scope of', 'the conventional rate of duty shall apply', and in German,
# Spanish and Portuguese (cues.json `excluded_after`).


def test_origins_not_subject_to_the_duty_imposed_by_article_1_are_exceptions():
    """Class 'exempted by a verb after the names': the duty, not 'the measures', of Article 1."""
    text = SAFEGUARD.format(
        "Imports originating in Norway, Iceland and Liechtenstein shall not be subject to the duty imposed by Article 1."
    )
    assert _affected(text, "EU") == []


def test_origins_not_subject_to_the_duties_of_a_clause_of_this_proclamation_are_exceptions():
    """Class 'exempted by a verb after the names', a US proclamation's form."""
    text = (
        "Proclamation 12401 of March 1, 2031\n\nAdjusting Imports of Steel Wire Into the United States\n\nNOW, THEREFORE,"
        " I, the President, do hereby proclaim as follows:\n\n(1)  An additional duty of 25 percent is imposed on steel"
        " articles.\n\n(2)  Steel articles that are the product of Australia or Argentina are not subject to the duties"
        " imposed by clause 1 of this proclamation.\n"
    )
    assert _affected(text, "US") == []


def test_origins_outside_the_scope_of_the_measure_are_exceptions():
    """Class 'exempted by a verb after the names': 'fall outside the scope of'."""
    text = SAFEGUARD.format(
        "Products originating in Norway, Iceland and Liechtenstein fall outside the scope of the measure imposed by"
        " Article 1."
    )
    assert _affected(text, "EU") == []


def test_origins_for_which_the_conventional_rate_shall_apply_are_exceptions():
    """Class 'sent back to the conventional rate', its verb last."""
    text = SAFEGUARD.format("For products originating in Iran and Syria, the conventional rate of duty shall apply.")
    assert _affected(text, "EU") == []


def test_german_origins_that_are_not_subject_to_the_measures_are_exceptions():
    """Class 'exempted by a verb after the names', German ('unterliegen nicht den … Maßnahmen')."""
    text = (
        "Durchführungsverordnung (EU) 2031/44 der Kommission vom 2. April 2031 zur Einführung einer endgültigen"
        " Schutzmaßnahme\n\nin Erwägung nachstehender Gründe:\n\n(1) Die Einfuhren stiegen.\n\nHAT FOLGENDE VERORDNUNG"
        " ERLASSEN:\n\nArtikel 1\n\nEs wird eine endgültige Schutzmaßnahme gegenüber den Einfuhren der in Anhang I"
        " aufgeführten Waren eingeführt.\n\nArtikel 6\n\nWaren mit Ursprung in Norwegen und Liechtenstein unterliegen"
        " nicht den in Artikel 1 genannten Maßnahmen.\n\nArtikel 9\n\nDiese Verordnung tritt am 5. April 2031 in Kraft.\n"
    )
    assert _affected(text, "EU") == []


def test_spanish_origins_not_subject_to_the_measures_are_exceptions():
    """Class 'exempted by a verb after the names', Spanish ('no estarán sujetos a las medidas establecidas en …')."""
    text = (
        "Reglamento de Ejecución (UE) 2031/44 de la Comisión de 2 de abril de 2031 por el que se impone una medida de"
        " salvaguardia definitiva\n\nConsiderando lo siguiente:\n\n(1) Las importaciones aumentaron.\n\nHA ADOPTADO EL"
        " PRESENTE REGLAMENTO:\n\nArtículo 1\n\nSe impone una medida de salvaguardia definitiva a las importaciones de"
        " los productos enumerados en el anexo I.\n\nArtículo 6\n\nLos productos originarios de Noruega, Islandia y"
        " Liechtenstein no estarán sujetos a las medidas establecidas en el artículo 1.\n"
    )
    assert _affected(text, "EU") == []


def test_an_origin_freed_from_an_earlier_regulations_duty_stays_favoured():
    """Guard: a later act freeing one origin from the duty of an earlier act's article ('… of Implementing Regulation
    (EU) 2029/12') is about that origin."""
    text = (
        "Commission Implementing Regulation (EU) 2031/50 of 2 May 2031 amending Implementing Regulation (EU) 2029/12"
        "\n\nWhereas:\n\n(1) Exports fell.\n\nHAS ADOPTED THIS REGULATION:\n\nArticle 1\n\nImports originating in"
        " Moldova shall not be subject to the duty imposed by Article 1 of Implementing Regulation (EU) 2029/12.\n"
    )
    assert _affected(text, "EU") == ["MD"]


def test_an_origin_freed_from_section_232_duties_stays_favoured():
    """Guard: 'will not be subject to the additional duties imposed under section 232' names the origin relieved."""
    text = (
        "CSMS # 88112300 - Steel Articles of Moldova\n\nEffective July 1, 2031, steel articles that are products of"
        " Moldova will not be subject to the additional duties imposed under section 232 of the Trade Expansion Act of"
        " 1962.\n"
    )
    assert _affected(text, "US") == ["MD"]


# Class 2: a proviso on the act's other provisions, closed by its comma before the country, excepts no origin
# (final22 3202: 'Except as otherwise provided in this proclamation,'). Other words and languages (cues.json
# `closed_provisos`).

PROCLAMATION = (
    "Proclamation 12345 of March 1, 2031\n\nAdjusting Imports of Widgets Into the United States\n\nWHEREAS, imports"
    " threaten to impair the national security.\n\nNOW, THEREFORE, I, the President, do hereby proclaim as follows:\n\n"
    "(1)  {} widgets that are the product of {} shall be subject to an additional duty of 10 percent.\n"
)


def test_except_where_otherwise_specified_excepts_no_origin():
    assert _affected(PROCLAMATION.format("Except where otherwise specified in the Annex,", "Mexico"), "US") == ["MX"]


def test_except_to_the_extent_provided_excepts_no_origin():
    assert _affected(PROCLAMATION.format("Except to the extent provided in clause 3,", "Mexico"), "US") == ["MX"]


def test_spanish_salvo_disposicion_en_contrario_excepts_no_origin():
    text = (
        "ACUERDO por el que se modifica el arancel\n\nCONSIDERANDO\n\nQue es necesario.\n\nARTÍCULO PRIMERO.- Salvo"
        " disposición en contrario del presente Acuerdo, las mercancías originarias de la República Popular China"
        " pagarán un arancel de 25%.\n"
    )
    assert _affected(text, "MX") == ["CN"]


def test_portuguese_salvo_disposicao_em_contrario_excepts_no_origin():
    text = (
        "RESOLUÇÃO GECEX Nº 1, DE 2 DE MARÇO DE 2031\n\nO COMITÊ-EXECUTIVO DE GESTÃO resolve:\n\nArt. 1º Salvo"
        " disposição em contrário desta Resolução, aplicar direito antidumping definitivo às importações de pneus"
        " originárias da China.\n"
    )
    assert _affected(text, "BR") == ["CN"]


def test_german_ausser_in_den_genannten_faellen_excepts_no_origin():
    text = (
        "Verordnung (EU) 2031/12 des Rates vom 3. März 2031 zur Einführung zusätzlicher Zölle\n\nin Erwägung"
        " nachstehender Gründe:\n\n(1) Die Vereinigten Staaten haben Zölle eingeführt.\n\nHAT FOLGENDE VERORDNUNG"
        " ERLASSEN:\n\nArtikel 1\n\nAußer in den in Artikel 3 genannten Fällen wird auf die Einfuhren der in Anhang I"
        " aufgeführten Waren mit Ursprung in China ein zusätzlicher Zoll von 20 % eingeführt.\n"
    )
    assert _affected(text, "EU") == ["CN"]


def test_an_exception_naming_origins_before_its_comma_still_excepts():
    """Guard: 'Except where imported from Canada, Chile or Peru,' names the origins it excepts."""
    text = PROCLAMATION.format("Except where imported from Canada, Chile or Peru,", "any country")
    assert _affected(text, "US") == []


# Class 3: water a port's location or a route names (final23 3418: 'beyond the Strait of Gibraltar'). Other seas,
# gulfs and canals, a lower-case 'strait of', French, and a US state named for a country (aliases.json, water.py).

CEREALS = (
    "Commission Implementing Regulation (EU) 2031/77 of 3 March 2031 fixing the import duties in the cereals sector"
    "\n\nHAS ADOPTED THIS REGULATION:\n\nArticle 1\n\nThe import duty on maize shall be EUR 0,00 per tonne. {}\n"
)


def test_a_sea_and_a_canal_on_a_route_name_no_country():
    text = CEREALS.format(
        "A reduction applies to goods unloaded on the Sea of Japan or carried through the Panama Canal."
    )
    assert _affected(text, "EU") == []


def test_a_lower_case_strait_names_no_country():
    text = CEREALS.format("A reduction applies where the port lies beyond the strait of Gibraltar.")
    assert _affected(text, "EU") == []


def test_a_french_strait_and_gulf_name_no_country():
    text = (
        "Règlement d'exécution (UE) 2031/77 de la Commission fixant les droits à l'importation dans le secteur des"
        " céréales\n\nA ADOPTÉ LE PRÉSENT RÈGLEMENT:\n\nArticle premier\n\nLe droit à l'importation est de 0,00 EUR par"
        " tonne. Une réduction s'applique si le port de déchargement se situe au-delà du détroit de Gibraltar ou dans le"
        " golfe du Mexique.\n"
    )
    assert _affected(text, "EU") == []


def test_a_us_state_named_for_a_country_is_a_place():
    text = (
        "CSMS # 1 - Port of Santa Teresa, New Mexico\n\nEffective March 1, 2031, the port of Santa Teresa, New Mexico"
        " will process entries of steel articles subject to Section 232 duties.\n"
    )
    assert _affected(text, "US") == []


def test_an_origin_is_read_beside_water_words():
    """Guard: a name after 'originating in' is an origin."""
    text = CEREALS.format("Imports of maize originating in China shall be subject to a duty of EUR 5 per tonne.")
    assert _affected(text, "EU") == ["CN"]


# Class 4: a quota bulletin's allocation field (final23 3402: a 'Restraint  Levels:' label, 'Belgium and Denmark
# (aggregated)'). The field labelled 'Country Allocations:', countries joined by a slash (cues.json, allocations.py).

BULLETIN = (
    "QB 31-301 Sugar Containing Products\n\nQuota Period:\n\nOctober 1, 2030, through September 30, 2031\n\n"
    "{}\n\n{}\n\nHTS Numbers:\n\n  • 1701.99.5010\n"
)


def test_a_country_allocations_label_heads_the_allocations():
    text = BULLETIN.format("Country Allocations:", "Australia 2,500,000 KGS\nNew Zealand 310,000 KGS")
    assert _affected(text, "US") == ["AU", "NZ"]


def test_countries_joined_by_a_slash_share_one_allocation():
    text = BULLETIN.format("Restraint Levels:", "Australia 2,500,000 KGS\nBelgium/Luxembourg 154,221 KGS")
    assert _affected(text, "US") == ["AU", "BE", "LU"]


# Class 5: goods 'excluded from importation' are banned, their origin targeted (final23 3405). Excluded from release
# for free circulation, French 'exclus de l'importation', Spanish 'excluidas de la importación' (exceptions.py).


def test_goods_excluded_from_release_for_free_circulation_are_banned():
    text = (
        "Council Regulation (EU) 2031/9 of 2 March 2031 concerning restrictive measures\n\nWhereas:\n\n(1) The situation"
        " requires action.\n\nHAS ADOPTED THIS REGULATION:\n\nArticle 1\n\nProducts originating in Belarus listed in"
        " Annex I shall be excluded from release for free circulation in the Union.\n"
    )
    assert _affected(text, "EU") == ["BY"]


def test_french_goods_excluded_from_importation_are_banned():
    text = (
        "Règlement (UE) 2031/9 du Conseil du 2 mars 2031 concernant des mesures restrictives\n\nconsidérant ce qui suit:"
        "\n\n(1) La situation l'exige.\n\nA ADOPTÉ LE PRÉSENT RÈGLEMENT:\n\nArticle premier\n\nLes produits originaires"
        " de Biélorussie énumérés à l'annexe I sont exclus de l'importation dans l'Union.\n"
    )
    assert _affected(text, "EU") == ["BY"]


def test_spanish_goods_excluded_from_importation_are_banned():
    """Also the Union's Spanish name of Belarus, 'Belarús'."""
    text = (
        "ACUERDO por el que se prohíbe la importación\n\nCONSIDERANDO\n\nQue es necesario.\n\nARTÍCULO PRIMERO.- Las"
        " mercancías originarias de Belarús señaladas en el anexo quedan excluidas de la importación al territorio"
        " nacional.\n"
    )
    assert _affected(text, "MX") == ["BY"]


# Class 6: a task or power given to an official names a partner, not a target (final22 3201: 'is authorized … to
# exercise the authority … with regard to imports … from either Canada or Mexico'). Directed to monitor, delegated the
# authority with respect to imports, shall consult with (data/acting/en.json `inert`).

QUARTZ = (
    "Proclamation 12345 of March 1, 2031\n\nTo Address Certain Imports of Quartz Products\n\nWHEREAS, imports cause"
    " serious injury.\n\nNOW, THEREFORE, I, the President, do hereby proclaim as follows:\n\n(1)  A safeguard measure"
    " is imposed on imports of quartz surface products.\n\n(7)  {}\n"
)


def test_an_official_directed_to_monitor_a_partners_imports_targets_no_origin():
    text = QUARTZ.format(
        "The Trade Representative is directed to monitor imports of quartz surface products from Canada and Mexico"
        " and to report to the President."
    )
    assert _affected(text, "US") == []


def test_an_authority_delegated_with_respect_to_a_partners_imports_targets_no_origin():
    text = QUARTZ.format(
        "The Secretary of Commerce is delegated the authority to take any action with respect to imports from Canada"
        " or Mexico under section 312 of the Act."
    )
    assert _affected(text, "US") == []


def test_an_official_to_consult_with_partner_governments_targets_no_origin():
    text = QUARTZ.format(
        "The Trade Representative shall consult with the Governments of Canada and Mexico regarding the measure."
    )
    assert _affected(text, "US") == []


def test_a_clause_imposing_a_duty_on_a_partners_goods_still_targets_it():
    """Guard: the same proclamation's duty on one partner's goods."""
    text = QUARTZ.format(
        "Quartz surface products that are the product of Canada shall be subject to an additional duty of 20 percent."
    )
    assert _affected(text, "US") == ["CA"]


# Class 7: a cue's reach over a plain-text copy's fixed-width line wrap. The cues that leave a country out ('as related
# to the Agreement between …', 'except') were read up to the last line break before the name, as if each line were a
# clause; a Federal Register or CSMS text copied at a fixed width breaks its sentences anywhere (final17 2201, left
# across the sets: a partner of the agreement a condition names, CA, read as targeted). exceptions.py _wrapped_line.


def test_an_agreements_parties_named_across_a_line_wrap_are_not_targeted():
    text = (
        "Executive Order 15101 of March 6, 2031\n\nAmendment to Duties on Articles of Ruritania\n\n"
        "        Sec. 2.  Product Coverage.  (a)  Articles of Mexico that are entered free\n"
        "of duty under the terms of general note 11 to the Harmonized Tariff Schedule\n"
        "of the United States (HTSUS), as related to the Agreement between the\n"
        "United States of America, United Mexican States, and Canada, shall not\n"
        "be subject to the additional ad valorem rate of duty described in\n"
        "section 2(a) of Executive Order 15001.\n"
    )
    assert _affected(text, "US") == ["MX"]


def test_an_exception_wrapped_onto_the_next_line_still_excepts():
    """Guard: 'other than' reaches the names on the wrapped line after it."""
    text = (
        "Proclamation 12345 of March 1, 2031\n\nAdjusting Imports of Widgets Into the United States\n\nNOW, THEREFORE,"
        " I, the President, do hereby proclaim as follows:\n\n"
        "     (1)  Widgets that are the product of any country other than Australia, Japan\n"
        "or Brazil shall be subject to an additional ad valorem duty of 25 percent.\n"
    )
    assert _affected(text, "US") == []


def test_a_list_item_on_its_own_line_opens_a_new_clause():
    """Guard: a line that opens with an item marker starts its own clause, whatever the line before."""
    text = (
        "Proclamation 12345 of March 1, 2031\n\nAdjusting Imports of Widgets Into the United States\n\nNOW, THEREFORE,"
        " I, the President, do hereby proclaim as follows:\n\n"
        "     (1)  Widgets that are the product of any country other than Australia shall\n"
        "(2)  Widgets that are the product of Japan shall be subject to an additional duty of 25 percent.\n"
    )
    assert _affected(text, "US") == ["JP"]


# Class 8: exceptions an amending act writes into a suspension (final23 3421, English instruction and quotes): the same
# in a French act ('le paragraphe 3 est remplacé par le texte suivant: «3. Le paragraphe 1 ne s'applique pas: …»',
# 'portant suspension' in its title; inserted_text.py).


def test_a_french_amendment_writing_excepted_origins_in_targets_them():
    text = (
        "Règlement (UE) 2031/90 du Conseil du 9 mai 2031 modifiant le règlement (UE) 2029/12 portant suspension des"
        " droits autonomes du tarif douanier commun\n\nconsidérant ce qui suit:\n\n(1) Il convient de modifier ce"
        " règlement.\n\nA ADOPTÉ LE PRÉSENT RÈGLEMENT:\n\nArticle premier\n\nLe règlement (UE) 2029/12 est modifié"
        " comme suit:\n\n1) à l'article 1er, le paragraphe 3 est remplacé par le texte suivant:\n\n«3.   Le paragraphe"
        " 1 ne s'applique pas:\n\na) aux produits originaires d'Iran;\n\nb) aux produits originaires de Syrie.»\n\n"
        "Article 2\n\nLe présent règlement entre en vigueur le 1er juillet 2031.\n"
    )
    assert _affected(text, "EU") == ["IR", "SY"]
