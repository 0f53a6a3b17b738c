"""Rest-of-the-world instruments and relays, by class (round 22 second pass, final25 3637-3648): a Gulf customs
relay's range of solid 8-digit customs items joined by a hyphen; a trade portal's 'Update time :' field under an item's
headline is the day it was posted; a Turkish 'until' whose value stands between the date and 'applied'; a law
library's citation line naming the newspaper and the Official Gazette issue that published a Philippine order (their
dates are publications, the line is no title); an amending act that restates another's article with 'does not apply to'
goods carves them out of the existing measure (exclusion); a combined remedies law named as the basis names no
countervailing duty or safeguard; new subheadings that replace old ones change the nomenclature; a country added to a
preferential order as a party to a free trade agreement is granted its preference; an epigraph in quotation marks
('“Por la cual …”') is the title without them; an order's own title printed under its parent Act's name, as its
citation clause names it ('This Order is the …'), is the title. Each class has a passage in another wording or jurisdiction and a near
miss that must not give the fact. Every passage is written for these tests."""

from nlp.pipeline import analyse
from tests.fact_readers import dates, measures, title


def codes(text: str) -> tuple[list[str], list[tuple[str, str]]]:
    doc = analyse(text)
    return sorted(c.code for c in doc._.codes), [(r.code_from, r.code_to) for r in doc._.code_ranges]


# --- codes: solid 8-digit customs items joined by a hyphen -----------------------------------------------------------


def test_a_range_of_solid_customs_items_with_a_spaced_hyphen_is_one_range():
    text = (
        "KUWAIT CITY, May 9: Customs will levy the GCC's final anti-dumping duties on imports of steel wire rods that"
        " fall under customs items 72131000- 72139900 originating in Ukraine, the director said."
    )
    assert codes(text) == ([], [("72131000", "72139900")])


def test_a_range_of_solid_customs_items_with_a_tight_hyphen_is_one_range():
    """Another wording and member state: an Omani relay, the hyphen touching both items."""
    text = (
        "MUSCAT: The Directorate General of Customs said the definitive duty applies to ceramic tiles of customs"
        " items 69072100-69072300 from India and Spain."
    )
    assert codes(text) == ([], [("69072100", "69072300")])


def test_a_count_of_items_customs_processed_is_no_code():
    """Near miss: 'customs' and 'items' apart, the number a count."""
    text = "Customs processed 76061200 items at the southern ports in 2031, the annual report said."
    assert codes(text) == ([], [])


# --- dates: a trade portal's 'Update time :' field ---------------------------------------------------------------


def test_an_update_time_field_under_a_headline_is_the_items_publication():
    text = (
        "India extends safeguard duty on solar cells\n"
        "Views : 87\n"
        "Update time : 2031-03-02 10:15:07\n"
        "The Directorate General of Trade Remedies recommended that the duty be extended for two years.\n"
    )
    assert dates(text) == [("publication", "2031-03-02")]


def test_a_release_time_field_is_the_items_publication():
    """Another field name of the same portals, with a shorter time."""
    text = (
        "Vietnam imposes anti-dumping duty on Chinese galvanised steel\n"
        "Release time: 2031-05-14 08:00\n"
        "The Ministry of Industry and Trade decided to impose the duty on coated steel from China.\n"
    )
    assert dates(text) == [("publication", "2031-05-14")]


def test_an_update_time_named_in_a_sentence_is_no_publication():
    """Near miss: the words in running text, not a field on its own line."""
    text = (
        "Vietnam imposes anti-dumping duty on Chinese galvanised steel\n"
        "The ministry set the update time of the tariff database to 2031-05-14 for all lines.\n"
    )
    assert ("publication", "2031-05-14") not in dates(text)


# --- dates: Turkish 'until' with the applied value between the date and 'uygulan' ---------------------------------


def test_a_turkish_until_with_a_value_before_applied_ends_the_application():
    text = (
        "İthalatta Gözetim Uygulanmasına İlişkin Tebliğde Değişiklik Yapılmasına Dair Tebliğ\n"
        "MADDE 1 – Tablo aşağıdaki şekilde değiştirilmiştir.\n"
        "*   Ton: Brüt Ağırlık\n"
        "** 01.06.2031 tarihine kadar 1.500.-ABD Doları/Ton olarak uygulanacaktır.\n"
    )
    assert ("application_end", "2031-06-01") in dates(text)


def test_a_turkish_until_with_a_percentage_rate_before_applied_ends_the_application():
    """Another wording: an additional duty's rate in per cent, 'oranında uygulanır'."""
    text = (
        "Bazı Eşyaların İthalatında Ek Mali Yükümlülük Uygulanmasına İlişkin Kararda Değişiklik\n"
        "MADDE 3 – (1) Ek listedeki eşya için ek mali yükümlülük 31/12/2031 tarihine kadar %10 oranında uygulanır.\n"
    )
    assert ("application_end", "2031-12-31") in dates(text)


def test_a_turkish_until_with_a_count_accepted_is_no_application_end():
    """Near miss: applications accepted until a day, a count between, nothing 'applied'."""
    text = (
        "Bazı Eşyaların İthalatında Gözetim Uygulanmasına İlişkin Tebliğ\n"
        "MADDE 3 – (1) Başvurular 31/12/2031 tarihine kadar 250 adet olarak kabul edilir.\n"
    )
    assert ("application_end", "2031-12-31") not in dates(text)


# --- dates and title: a law library's citation line of a Philippine order's publications -------------------------

EO_BODY = (
    "\n\n[ EXECUTIVE ORDER NO. 58, May 30, 2031 ]\n\n"
    "EXTENDING THE REDUCED RATES OF IMPORT DUTY ON RICE UNDER SECTION 1611 OF REPUBLIC ACT NO. 10863, OTHERWISE"
    ' KNOWN AS THE "CUSTOMS MODERNIZATION AND TARIFF ACT"\n\n'
    "WHEREAS, Section 1608 of Republic Act No. 10863 empowers the President to reduce rates of import duty;\n"
)
EO_TITLE = (
    "EXTENDING THE REDUCED RATES OF IMPORT DUTY ON RICE UNDER SECTION 1611 OF REPUBLIC ACT NO. 10863, OTHERWISE"
    ' KNOWN AS THE "CUSTOMS MODERNIZATION AND TARIFF ACT"'
)


def test_a_newspaper_and_gazette_citation_line_gives_two_publications_and_no_title():
    text = "Daily Tribune, June 2, 2031; 127 OG No. 24, 3301 (June 16, 2031)" + EO_BODY
    assert dates(text) == [
        ("document_date", "2031-05-30"),
        ("publication", "2031-06-02"),
        ("publication", "2031-06-16"),
    ]
    assert title(text) == EO_TITLE


def test_a_gazette_issue_citation_alone_is_a_publication_and_no_title():
    """Another form: the Official Gazette's issue alone, another order."""
    text = (
        "127 OG No. 12, 1450 (March 20, 2031)\n\n[ EXECUTIVE ORDER NO. 41, February 25, 2031 ]\n\n"
        "MODIFYING THE RATES OF IMPORT DUTY ON CERTAIN PORK PRODUCTS\n\n"
        "WHEREAS, the President may reduce rates of import duty;\n"
    )
    assert dates(text) == [("document_date", "2031-02-25"), ("publication", "2031-03-20")]
    assert title(text) == "MODIFYING THE RATES OF IMPORT DUTY ON CERTAIN PORK PRODUCTS"


def test_a_place_and_date_line_over_an_order_is_no_publication():
    """Near miss: a place and a date over the order, no gazette issue cited."""
    text = "Manila, June 2, 2031" + EO_BODY
    assert ("publication", "2031-06-02") not in dates(text)


# --- measures: an amended article restated with 'does not apply to' goods is an exclusion ---------------------------


def test_an_amended_remedy_article_restated_with_does_not_apply_to_is_an_exclusion():
    text = (
        "RESOLUÇÃO GECEX Nº 731, DE 3 DE MARÇO DE 2031\n\n"
        "Altera a Resolução Gecex nº 700, de 2 de janeiro de 2031, que aplicou direito antidumping definitivo às"
        " importações de laminados de alumínio originárias da China.\n\n"
        "Art. 1º – Alterar o artigo 1º, que passa a vigorar com a seguinte redação:\n\n"
        "Art. 1º –\n\n"
        "Parágrafo único – O disposto no caput não se aplica a:\n\n"
        "a) laminados de alumínio destinados à fabricação de latas;\n\n"
        "Art. 2º – Esta Resolução entra em vigor na data de sua publicação.\n"
    )
    assert measures(text) == ["anti_dumping", "exclusion"]


def test_a_spanish_amended_article_that_shall_not_apply_to_goods_is_an_exclusion():
    """Another language and wording: a Colombian resolution restating an article ('el cual quedará así')."""
    text = (
        "RESOLUCIÓN 118 DE 2031\n\n"
        "“Por la cual se modifica la Resolución 40 de 2031 que impuso derechos antidumping definitivos a las"
        " importaciones de lavaplatos de acero inoxidable originarias de la República Popular China”.\n\n"
        "RESUELVE:\n\n"
        "Artículo 1°. Modificar el artículo 1° de la Resolución 40 de 2031, el cual quedará así:\n"
        "«Parágrafo. Lo dispuesto en el presente artículo no se aplica a los lavaplatos de peso superior a 8"
        " kilogramos.»\n"
    )
    assert "exclusion" in measures(text)


def test_does_not_apply_to_in_the_imposing_acts_own_article_is_no_exclusion():
    """Near miss: the imposing resolution's own article; its scope, no later carve-out."""
    text = (
        "RESOLUÇÃO GECEX Nº 700, DE 2 DE JANEIRO DE 2031\n\n"
        "Art. 1º Aplicar direito antidumping definitivo, por um prazo de até cinco anos, às importações de laminados"
        " de alumínio originárias da China.\n\n"
        "Parágrafo único. O disposto no caput não se aplica a laminados destinados à fabricação de latas.\n\n"
        "Art. 2º Esta Resolução entra em vigor na data de sua publicação.\n"
    )
    assert "exclusion" not in measures(text)


# --- measures: a combined remedies law named as the basis ----------------------------------------------------------


def test_a_joint_remedies_law_named_as_basis_gives_no_countervailing_measure():
    text = (
        "KUWAIT CITY, May 9: Customs has issued instructions on the imposition of anti-dumping duties on imports of"
        " steel wire rods from Ukraine. The director affirmed that the decision is in pursuant to the Joint Anti-Dumping"
        " and Countervailing and Preventive Measures of the Gulf Cooperation Council, and with reference to the letter"
        " of the ports administration regarding imposing final duties on the GCC imports of steel wire rods.\n"
    )
    assert measures(text) == ["anti_dumping"]


def test_a_common_law_on_remedies_in_another_order_gives_no_countervailing_or_safeguard():
    """Another wording: the law's name listing 'Countervailing Measures and Safeguards'."""
    text = (
        "RIYADH: Saudi customs will apply the GCC's definitive anti-dumping duty on ceramic tiles from India. The"
        " decision imposes final duties on the GCC imports of ceramic tiles under the Common Law on Anti-Dumping,"
        " Countervailing Measures and Safeguards of the GCC States.\n"
    )
    assert measures(text) == ["anti_dumping"]


def test_countervailing_duties_imposed_under_the_common_law_stay_countervailing():
    """Near miss: the same law named, but the sentence imposes countervailing duties."""
    text = (
        "RIYADH: Under the Common Law on Anti-Dumping, Countervailing Measures and Safeguards, the GCC imposes"
        " countervailing duties on imports of PET resin from India.\n"
    )
    assert "countervailing" in measures(text)


# --- measures: new subheadings replace old ones ---------------------------------------------------------------------


def test_the_following_subheading_replacing_subheadings_is_a_nomenclature_change():
    text = (
        "The Customs Duties (Goods of ASEAN Countries Origin) (Amendment) Order 2031 is amended in the Second Schedule"
        " as follows:\n"
        "- In Chapter 38, in heading 38.24, the following subheading and particulars replace subheadings 3824.99.99,"
        " 3824.99.99 10, and 3824.99.99 90, along with their respective particulars.\n"
    )
    assert "nomenclature_change" in measures(text)


def test_new_subheadings_and_descriptions_replacing_a_subheading_change_the_nomenclature():
    """Another wording: a national tariff order, 'the following subheadings and their descriptions replace'."""
    text = (
        "The Customs Tariff Amendment Order 2031 amends the First Schedule: in Chapter 85, the following subheadings"
        " and their descriptions replace subheading 8541.40 and its particulars."
    )
    assert measures(text) == ["nomenclature_change"]


def test_asking_whether_subheadings_replace_others_is_no_nomenclature_change():
    """Near miss: a question put to the agency, nothing replaced."""
    text = (
        "The exporter asked whether the following subheadings replace the ones in last year's certificate of origin"
        " form, and the agency said they do not."
    )
    assert "nomenclature_change" not in measures(text)


# --- measures: a country added to a preferential order as a party to a free trade agreement -----------------------


def test_a_country_inserted_as_a_party_to_a_free_trade_area_agreement_is_a_preference():
    text = (
        "Customs (Duties) (Amendment) Order 2031\n"
        "2. Paragraph 4 of the Customs (Duties) Order is amended by inserting immediately thereafter the following"
        " sub-paragraph:\n"
        "(z) the Republic of Korea or any country of ASEAN which is a party to the Agreement between ASEAN and the"
        " Republic of Korea on the ASEAN-Korea Free Trade Area (AKFTA) Agreement.\n"
    )
    assert "preference" in measures(text)


def test_a_state_party_to_a_free_trade_agreement_in_an_amended_list_is_a_preference():
    """Another wording: 'any country which is a party to … Free Trade Agreement' in an inserted sub-paragraph."""
    text = (
        "Customs (Preferential Duties) (Amendment) Order 2031\n"
        "1. This Order is the Customs (Preferential Duties) (Amendment) Order 2031.\n"
        "2. Paragraph 3 of the Customs (Preferential Duties) Order is amended by inserting, immediately after"
        " sub-paragraph (k), the following sub-paragraph:\n"
        "(l) the United Kingdom or any country which is a party to the Agreement between the EFTA States and the United"
        " Kingdom on the EFTA-UK Free Trade Agreement.\n"
    )
    assert measures(text) == ["preference"]


def test_a_country_described_as_party_to_a_free_trade_area_in_background_is_no_preference():
    """Near miss: a background line describing a country, nothing inserted or granted."""
    text = (
        "Background\n"
        "Singapore, a country which is a party to the ASEAN-China Free Trade Area, reported its trade figures for 2030"
        " to the committee."
    )
    assert "preference" not in measures(text)


# --- title: an epigraph in quotation marks ---------------------------------------------------------------------------

RESOLUTION_HEAD = "Ministerio de Comercio, Industria y Turismo\n\nRESOLUCIÓN 212 DE 2031\n\n(Marzo 3)\n\n"
EPIGRAPH = (
    "Por la cual se prorroga el derecho antidumping impuesto a las importaciones de vajillas de cerámica originarias"
    " de la República Popular China"
)
RESOLUTION_BODY = (
    "\n\n(Nota: Véase Resolución 30 de 2032 del Ministerio de Comercio, Industria y Turismo)\n\n"
    "El Director de Comercio Exterior,\n\nen ejercicio de sus facultades legales,\n\nCONSIDERANDO:\n\n"
    "Que la empresa presentó solicitud de prórroga.\n"
)


def test_an_epigraph_in_curly_quotes_is_the_title_without_them():
    text = RESOLUTION_HEAD + "“" + EPIGRAPH + "”." + RESOLUTION_BODY
    assert title(text) == EPIGRAPH


def test_an_epigraph_in_guillemets_is_the_title_without_them():
    """Another typography: a portal printing the epigraph between « »."""
    text = RESOLUTION_HEAD + "«" + EPIGRAPH + "»." + RESOLUTION_BODY
    assert title(text) == EPIGRAPH


def test_a_headline_opening_with_a_quoted_phrase_keeps_its_quotes():
    """Near miss: the quotation marks close inside the line; they are the headline's own."""
    text = "“Buy Local” rules widened to steel pipes\nThe ministry extended the rules to steel pipes on Monday.\n"
    assert title(text) == "“Buy Local” rules widened to steel pipes"


# --- title: an order's own title under its parent Act's name -------------------------------------------------------


def test_an_orders_title_over_two_lines_under_its_parent_act_is_the_title():
    text = (
        "No. S 112\nCustoms Act\nCustoms (Preferential Duties)\n(Amendment No. 2) Order 2031\n"
        "In exercise of the powers conferred by section 10(1) of the Customs Act, the Minister for Finance makes the"
        " following Order:\nCitation and commencement\n"
        "1.  This Order is the Customs (Preferential Duties) (Amendment No. 2) Order 2031 and comes into operation on"
        " 1 April 2031.\n"
    )
    assert title(text) == "Customs (Preferential Duties) (Amendment No. 2) Order 2031"


def test_regulations_title_on_one_line_under_their_parent_act_is_the_title():
    """Another instrument and wording: regulations, 'These Regulations are the …'."""
    text = (
        "No. S 240\nFree Trade Zones Act\nFree Trade Zones (Amendment) Regulations 2031\n"
        "In exercise of the powers conferred by section 19 of the Free Trade Zones Act, the Minister for Finance"
        " makes the following Regulations:\nCitation and commencement\n"
        "1.  These Regulations are the Free Trade Zones (Amendment) Regulations 2031 and come into operation on"
        " 1 June 2031.\n"
    )
    assert title(text) == "Free Trade Zones (Amendment) Regulations 2031"


def test_an_act_without_a_citation_clause_keeps_its_first_title_line():
    """Near miss: no clause naming another title; the first line is the title."""
    text = (
        "Customs (Preferential Duties) (Amendment) Order 2031\n"
        "In exercise of the powers conferred by section 10(1) of the Customs Act, the Minister makes the following"
        " Order:\n1.  Paragraph 3 of the Customs (Preferential Duties) Order is amended.\n"
    )
    assert title(text) == "Customs (Preferential Duties) (Amendment) Order 2031"
