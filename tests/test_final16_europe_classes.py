"""European documents by class (round 13 second pass, final16 2013-2024): an Official Journal issue's cover (its date
over the contents) before the act; a web page's 'Stand:' foot line; a Swiss court's case number with its date and its
reporter citation over the judgment; a Resmî Gazete line with the issue's number; UK codes before a compressed sibling
('2825 3000 10/90') and a list of pair-spaced codes under a 'Commodity codes' heading; 'G.T.İ.P.' heading a code
column; a chapter range whose dash the copy lost; German news items on EU acts (the Commission and 'KN-Code' say who
acts, 'die ihren Ursprung in' names the origin, a proceeding initiated or terminated is acted on); a Swiss report (its
own title line, a statute named after preferences, rates set temporarily to 0, the competitors' location); a stop press
notice's own number; zero rates in words ('at zero duty rates', 'auf 0 festgelegt') and Swiss whole-franc amounts
('Fr. 2'057.- je 100 kg'). Every passage is written for these tests."""

from nlp.pipeline import analyse
from tests.fact_readers import affected, dates, identifier, jurisdiction, measures, rates, title


def codes(text: str) -> list[str]:
    return sorted({mention.code for mention in analyse(text)._.codes})


def chapter_ranges(text: str) -> list[tuple[str, str]]:
    return [(found.code_from, found.code_to) for found in analyse(text)._.code_ranges]


# --- dates -----------------------------------------------------------------------------------------------------------

OJ_COVER_FR = (
    "FR\n\n"
    "    Journal officiel de l'Union européenne\n\n"
    "    L 281\n\n"
    "    Édition de langue française Législation\n\n"
    "    74e année\n\n"
    "    12 novembre 2031\n\n"
    "    Sommaire\n\n"
    "    II Actes non législatifs\n\n"
    "    RÈGLEMENT D’EXÉCUTION (UE) 2031/1880 DE LA COMMISSION\n\n"
    "    du 3 novembre 2031\n\n"
    "    modifiant l’annexe I du règlement (CEE) no 2658/87 du Conseil\n"
)


def test_the_date_on_an_issue_cover_over_its_contents_is_the_publication():
    issue_date = [kind for kind, day in dates(OJ_COVER_FR) if day == "2031-11-12"]
    assert issue_date == ["publication"]


def test_an_english_cover_run_into_one_line_gives_its_issue_date():
    text = (
        "Official Journal of the European Union L 281 English edition Legislation Volume 74 12 November 2031 Contents\n\n"
        "COMMISSION IMPLEMENTING REGULATION (EU) 2031/1880\n\nof 3 November 2031\n\namending Annex I to Regulation"
        " (EEC) No 2658/87\n"
    )
    assert ("publication", "2031-11-12") in dates(text)


def test_a_date_alone_over_a_heading_other_than_contents_is_no_issue_date():
    text = "Notice to importers\n\n12 November 2031\n\nAnnex\n\nThe quota opens on 1 January 2032.\n"
    assert ("publication", "2031-11-12") not in dates(text)


CHAMBER_PAGE = (
    "Nahtlose Rohre aus Ruritanien\n\n"
    "EU verlängert Antidumpingzölle\n\n"
    "Die Kommission hat die Antidumpingzölle auf nahtlose Rohre mit Ursprung in Ruritanien um fünf Jahre verlängert.\n\n"
    "Stand: 04.03.2031\n"
    "diese Seite drucken\n"
)


def test_a_web_pages_stand_line_at_its_foot_is_its_publication():
    assert dates(CHAMBER_PAGE) == [("publication", "2031-03-04")]


def test_a_consolidated_laws_stand_am_is_no_publication():
    text = "Verordnung über die Zollkontingente vom 5. Mai 2029 (Stand am 1. April 2031)\n\nArt. 1 Geltungsbereich\n"
    assert ("publication", "2031-04-01") not in dates(text)


def test_a_swiss_case_number_over_a_judgment_gives_the_judgments_date():
    text = (
        "BGE 157 II 12\n\n"
        "4. Auszug aus dem Urteil der II. öffentlich-rechtlichen Abteilung i.S. Y. GmbH gegen Zollkreisdirektion Genf\n\n"
        "2C_118/2031 vom 14. März 2032\n\n"
        "Regeste\nEinreihung von Fleischzubereitungen.\n"
    )
    assert ("document_date", "2032-03-14") in dates(text)
    assert identifier(text) == "BGE 157 II 12"
    assert title(text) == (
        "4. Auszug aus dem Urteil der II. öffentlich-rechtlichen Abteilung i.S. Y. GmbH gegen Zollkreisdirektion Genf"
    )


TURKISH_COMMUNIQUE = (
    "İthalatta Gözetim Uygulanmasına İlişkin Tebliğde Değişiklik Yapılmasına Dair Tebliğ\n\n"
    "14.03.2031 Tarihli 34012 Sayılı Resmi Gazete\n"
    "MADDE 1 – Tebliğin ekindeki tablo değiştirilmiştir.\n\n"
    "MADDE 2 – Bu Tebliğ yayımı tarihinde yürürlüğe girer.\n"
)


def test_a_gazette_line_with_the_issues_number_is_the_publication_and_anchors_entry_into_force():
    assert dates(TURKISH_COMMUNIQUE) == [("entry_into_force", "2031-03-14"), ("publication", "2031-03-14")]


# --- codes -----------------------------------------------------------------------------------------------------------


def test_a_code_before_its_siblings_compressed_pair_is_read_and_the_unwritten_sibling_is_not():
    text = "Delete 3904 1000 10/90 and replace with 3904 1000 00 Other.\n"
    assert codes(text) == ["3904100000", "3904100010"]


def test_a_taric_code_before_a_compressed_pair_is_read_too():
    text = "Delete 7019 12 00 21/29 and replace with 7019 12 00 20 Other.\n"
    assert codes(text) == ["7019120020", "7019120021"]


TRADE_REMEDIES_CODES = (
    "Goods subject to duty\n\n"
    "Flat-rolled products of stainless steel, cold-rolled.\n\n"
    "Commodity codes\n\n"
    "  • 72 19 31 00 00\n"
    "  • 72 19 32 10 00\n"
    "  • 72 20 20 21 00\n"
)


def test_pair_spaced_codes_listed_under_a_commodity_codes_heading_are_codes():
    assert codes(TRADE_REMEDIES_CODES) == ["7219310000", "7219321000", "7220202100"]


def test_pair_spaced_numbers_under_another_heading_are_not_codes():
    text = "Contact\n\n  • 01 44 87 17 17\n  • 01 44 87 17 20\n"
    assert codes(text) == []


def test_a_dotted_code_column_headed_g_t_i_p_gives_its_subheadings():
    text = (
        "MADDE 1 – Tebliğin ekindeki tablo aşağıdaki şekilde değiştirilmiştir.\n\n"
        "G.T.İ.P.Eşya Tanımı\n\n"
        "  0804.50 Mangolar1.500\n"
        "  0810.90.20.00.00 Kivi2.000\n"
    )
    assert codes(text) == ["080450", "081090200000"]


def test_a_chapter_range_whose_dash_was_lost_is_that_range():
    text = (
        "Die Zollansätze für gewisse Vormaterialien der Zolltarifkapitel 5463 werden vorübergehend auf 0 festgelegt.\n"
    )
    assert chapter_ranges(text) == [("54", "63")]


def test_four_digits_after_chapter_that_do_not_ascend_are_no_range():
    text = (
        "Die Zollansätze für gewisse Vormaterialien der Zolltarifkapitel 6354 werden vorübergehend auf 0 festgelegt.\n"
    )
    assert chapter_ranges(text) == []


# --- German items on EU acts and a Swiss report ------------------------------------------------------------------------

LAW_FIRM_ITEM = (
    "Die Europäische Kommission hat ein Antisubventionsverfahren für die Einfuhren von Schrauben aus legiertem Stahl"
    " eingeleitet. Betroffen ist Ware, die ihren Ursprung in Indonesien hat.\n\n"
    "Die betroffene Ware wird in den KN-Code ex 7318 15 88 eingereiht.\n"
)


def test_a_german_item_naming_the_commission_is_the_unions_act_and_names_the_origin():
    assert jurisdiction(LAW_FIRM_ITEM) == ["EU"]
    assert affected(LAW_FIRM_ITEM) == ["ID"]
    assert measures(LAW_FIRM_ITEM) == ["countervailing"]


def test_a_proceeding_whose_termination_the_commission_announces_is_acted_on():
    text = (
        "Kaltgewalzte Bleche aus Ruritanien\n\n"
        "Da der Antragsteller seinen Antrag zurückzog, gibt die Kommission mit Durchführungsverordnung (EU) 2031/406"
        " die Einstellung des Antidumpingverfahrens bekannt.\n"
    )
    assert measures(text) == ["anti_dumping"]


SWISS_REPORT = (
    "10.3\n\n"
    "Beilage 10.3 Teil III:\n\n"
    "Bericht über zolltarifarische Massnahmen im Jahr 2030 vom 15. Januar 2031\n\n"
    "Übersicht\n\n"
    "Massnahmen gestützt auf das Zollpräferenzengesetz vom 9. Oktober 1981 wurden im Berichtsjahr keine beschlossen.\n\n"
    "Die im Generaltarif festgelegten Zollansätze für gewisse Kunststoffe sind für drei Jahre vorübergehend auf 0"
    " festgelegt worden, um vergleichbare Wettbewerbsbedingungen gegenüber den Hauptkonkurrenten in der EU zu"
    " schaffen.\n"
)


def test_a_swiss_reports_own_title_line_with_its_date_is_its_title():
    assert title(SWISS_REPORT) == "Bericht über zolltarifarische Massnahmen im Jahr 2030 vom 15. Januar 2031"


def test_rates_set_temporarily_to_zero_are_a_suspension_and_a_statute_named_after_preferences_is_none():
    assert measures(SWISS_REPORT) == ["duty_suspension"]


def test_the_place_of_the_domestic_industrys_competitors_is_no_origin():
    assert affected(SWISS_REPORT) == []


def test_rates_set_to_zero_in_words_give_a_zero_rate():
    assert [(value, unit) for value, unit, _ in rates(SWISS_REPORT)] == [(0, "percent")]


# --- titles and identifiers ------------------------------------------------------------------------------------------


def test_a_stop_press_notices_own_number_in_its_title_is_its_identifier():
    text = "Changes to commodity codes (Tariff Stop Press Notice 7)\n\nUpdate the following commodity codes:\n"
    assert identifier(text) == "Tariff Stop Press Notice 7"


def test_a_stop_press_notice_named_by_its_date_has_no_number():
    text = "Tariff Stop Press Notice 31 July 2031\n\nUpdate the following commodity codes:\n"
    assert identifier(text) is None


# --- rates -----------------------------------------------------------------------------------------------------------


def test_quotas_opened_at_zero_duty_rates_give_a_zero_rate():
    text = (
        "(2) It is necessary to open new tariff quotas with order numbers 09.3001 and 09.3002 at zero duty rates for"
        " appropriate quantities of those products.\n"
    )
    assert [(value, unit) for value, unit, _ in rates(text)] == [(0, "percent")]


def test_quotas_giving_reduced_or_zero_duty_rates_set_no_rate():
    text = "(1) Within those quotas, products can be imported into the Union at reduced or zero duty rates.\n"
    assert rates(text) == []


def test_a_swiss_amount_of_whole_francs_per_100_kg_is_a_specific_rate():
    text = (
        "Die Einfuhr wurde nach Tarifnummer 0206.2999 zu einem Zollansatz von Fr. 1'245.- je 100 kg brutto veranlagt.\n"
    )
    assert [(value, unit) for value, unit, _ in rates(text)] == [(1245, "CHF/100 kg")]


def test_a_swiss_judgment_in_french_gives_its_citation_and_its_date():
    text = (
        "ATF 157 II 12\n\n"
        "4. Extrait de l'arrêt de la IIe Cour de droit public dans la cause Y. SA contre Direction d'arrondissement des"
        " douanes de Genève\n\n"
        "2C_118/2031 du 14 mars 2032\n\n"
        "Regeste\nClassement tarifaire de préparations de viande.\n"
    )
    assert identifier(text) == "ATF 157 II 12"
    assert ("document_date", "2032-03-14") in dates(text)


def test_the_commission_as_german_and_french_items_also_name_it_is_the_union():
    assert jurisdiction("Die EU-Kommission hat am Montag Antidumpingzölle auf Fahrräder eingeführt.\n") == ["EU"]
    assert jurisdiction("La Commission européenne a ouvert une enquête antidumping sur les vélos.\n") == ["EU"]


def test_quotas_opened_at_a_nil_duty_in_french_give_a_zero_rate():
    text = (
        "(2) Il est nécessaire d'ouvrir de nouveaux contingents tarifaires portant les numéros d'ordre 09.3001 et"
        " 09.3002 à droit nul pour des quantités appropriées de ces produits.\n"
    )
    assert [(value, unit) for value, unit, _ in rates(text)] == [(0, "percent")]
