"""Canadian, Latin American and WTO documents, by class (round 11 second pass, final14 1625-1636): a treaty cited
by its signature ('the Agreement …, done at Ottawa on …') dates the treaty, not the document; a Canadian Act's page
heads it with its chapter citation ('(S.C. 2031, c. 12)'), which is its identifier and no part of its title; an
exception inside the goods' description ends where the origin phrase comes again after a comma, in Spanish and
Portuguese as in English; a portal's publication line ('Publicado no DOU em 30 out 2025', outubro abbreviated) dates
the publication and is no title; a tariff's version named for a day ('January 1, 2031 Version of the … Customs
Tariff') dates its entry into force; a form's lettered field ('B. Date of notification: …') is a label (the version an
amendment amends is history); rate reductions under free trade agreements
(plural) are a preference; an update table changing units of measure or removing descriptions changes the
nomenclature; a dotted heading starting a row whose next column is an effective date is a code; a register of
measures with a 'Countries of export' column names its origins in the cells under it.
Every passage is written for these tests."""

from nlp.pipeline import analyse


def dates_of(text: str, kind: str) -> list[str]:
    return sorted(mention.date for mention in analyse(text)._.dates if mention.type == kind)


def test_a_treaty_done_at_a_place_on_a_date_inside_a_definition_is_not_the_documents_date():
    text = (
        "Ruritania Tariff Preference Order\n"
        "P.C. 2031-0456 2031-04-02\n"
        "1 In this Order, these definitions apply.\n"
        "Agreement means the Free Trade Agreement between Canada and the Republic of Ruritania, done at Ottawa on"
        " March 14, 2029.\n"
        "2 The rate of customs duty on goods of Ruritania is the rate set out in the Agreement.\n"
    )
    assert dates_of(text, "document_date") == ["2031-04-02"]


def test_the_closing_formula_done_at_a_place_still_dates_the_document():
    text = (
        "Order on the tariff treatment of goods of Ruritania\n"
        "1. The goods listed in the Annex shall be admitted free of duty.\n"
        "Done at Ottawa on 14 March 2031.\n"
    )
    assert dates_of(text, "document_date") == ["2031-03-14"]


def test_a_canadian_acts_chapter_citation_is_its_identifier_and_not_part_of_its_title():
    text = (
        "Economic Action Plan Act, 2031, No. 1 (S.C. 2031, c. 12)\n"
        "Assented to 2031-06-22\n"
        "PART 3 Customs Tariff Amendments\n"
        "45 The List of Tariff Provisions set out in the schedule to the Customs Tariff is amended by adding, in"
        " numerical order, the tariff provisions set out in Schedule 2 to this Act.\n"
    )
    doc = analyse(text)
    assert doc._.official_title.text == "Economic Action Plan Act, 2031, No. 1"
    assert doc._.identifier.text == "S.C. 2031, c. 12"


def test_a_revised_statutes_citation_in_french_is_the_identifier_too():
    text = (
        "Loi sur les douanes de Ruritanie (L.R.C., 1985, ch. 1)\n"
        "Sanctionnée 1985-06-13\n"
        "1 La présente loi peut être citée sous le titre : Loi sur les douanes de Ruritanie.\n"
    )
    assert analyse(text)._.identifier.text == "L.R.C., 1985, ch. 1"


def test_an_origin_named_again_after_an_exception_in_a_spanish_considerando_is_affected():
    text = (
        "MINISTERIO DE COMERCIO\n\nResolución 12/2031\n\nCiudad de Asunción, 03/05/2031\n\n"
        "VISTO el Expediente Nº 123/2030, y\n\nCONSIDERANDO:\n\n"
        "Que las firmas ALFA S.A. y BETA S.A. solicitaron el inicio de una investigación por presunto dumping en"
        " las operaciones de exportación de alambre de acero de diámetro inferior a 5 mm, excepto los de acero"
        " inoxidable, originarias de la REPÚBLICA POPULAR CHINA, mercadería que clasifica en las posiciones"
        " arancelarias 7217.10.00 y 7217.20.00.\n"
    )
    assert analyse(text)._.countries["affected"] == ["CN"]


def test_an_exception_not_followed_by_an_origin_phrase_still_excludes_the_country():
    text = (
        "MINISTERIO DE COMERCIO\n\nResolución 13/2031\n\n"
        "Artículo 1º.- Fíjase un derecho antidumping definitivo a las importaciones de alambre de acero originarias"
        " de todos los orígenes, excepto los de la REPÚBLICA DE CHILE, que clasifican en la posición 7217.10.00.\n"
    )
    assert "CL" not in analyse(text)._.countries["affected"]


def test_a_portals_publication_line_with_an_abbreviated_month_dates_the_publication_and_is_no_title():
    text = (
        "Publicado no DOU em 14 out 2031\n"
        "Altera a Tarifa Externa Comum para incluir códigos de minérios de ferro.\n"
        "O COMITÊ-EXECUTIVO DE GESTÃO DA CÂMARA DE COMÉRCIO EXTERIOR resolve:\n"
        "Art. 1º Fica alterada a Tarifa Externa Comum, conforme quadro a seguir.\n"
    )
    doc = analyse(text)
    assert [(m.type, m.date) for m in doc._.dates] == [("publication", "2031-10-14")]
    assert not doc._.official_title.text.startswith("Publicado")


def test_out_between_a_number_and_of_is_the_english_word_not_october():
    text = "Notice to importers\n\n1. Ten out of 2031 applications (10 out of 12 files) were refused.\n"
    assert analyse(text)._.dates == []


def test_a_tariff_version_named_for_a_day_takes_effect_that_day():
    text = (
        "July 1, 2031 Version of the Departmental Consolidation of the Customs Tariff\n"
        "Customs Notice 31-11\n\nOttawa, June 2, 2031\n\n"
        "1. The purpose of this notice is to advise that the Departmental Consolidation is now available.\n"
    )
    assert dates_of(text, "entry_into_force") == ["2031-07-01"]
    assert dates_of(text, "document_date") == ["2031-06-02"]


def test_a_lettered_form_field_names_the_date_of_the_notification():
    text = (
        "NOTIFICATION OF QUANTITATIVE RESTRICTIONS\n\nRuritania\n\n"
        "A.      Notifying Member:  Ruritania\n\n"
        "B.      Date of notification:  3 March 2031\n\n"
        "C.      First time notification: Yes\n"
    )
    assert dates_of(text, "document_date") == ["2031-03-03"]


def test_the_version_of_the_tariff_an_amendment_amends_is_history():
    text = (
        "Customs Notice 31-02: Description changes\n\nOttawa, February 2, 2031\n\n"
        "1. The Agency wishes to advise of amendments to the January 1, 2031, version of the Departmental"
        " Consolidation of the Customs Tariff.\n"
    )
    assert dates_of(text, "entry_into_force") == []


def types(text: str) -> list[str]:
    return sorted(mention.type for mention in analyse(text)._.measures)


def test_scheduled_rate_reductions_of_several_free_trade_agreements_are_a_preference():
    text = (
        "Customs Notice 31-30: July 1, 2031 Version of the Departmental Consolidation of the Customs Tariff\n\n"
        "Ottawa, June 9, 2031\n\n"
        "1. The 2031 Tariff reflects the staged tariff rate reductions provided for in the legislation of Canada's"
        " individual free trade agreements.\n"
    )
    assert types(text) == ["preference"]


UPDATE_TABLE = (
    "Customs Notice 31-21\n\nOttawa, May 3, 2031\n\n"
    "1. The version posted on April 2, 2031 has been updated with the following changes:\n\n"
    "TARIFF EFF_DATE Updates made to\n"
    "2106.90.00.10 2031-07-01 Unit of measure changed from LTR to KGM\n"
    "2106.90.00.20 2031-07-01 Removed French description as this is deleted\n"
    "29.15 2031-07-01 French Description\n"
    "3002.90.00.00 2031-07-01 French Description\n"
)


def test_an_update_table_changing_units_of_measure_and_removing_descriptions_changes_the_nomenclature():
    assert types(UPDATE_TABLE) == ["nomenclature_change"]


def test_a_dotted_heading_starting_a_row_whose_next_column_is_a_date_is_a_heading():
    codes = {(c.code, c.level) for c in analyse(UPDATE_TABLE)._.codes}
    assert ("2915", "heading") in codes
    assert not any(code.startswith("2031") for code, _ in codes)


def test_a_decimal_before_a_date_in_running_text_is_no_heading():
    text = "Customs Notice 31-22\n\n1. Importers paid 12.50 2031-07-01 fees and the following goods are affected:\n"
    assert [c.code for c in analyse(text)._.codes if c.level == "heading"] == []


def test_the_countries_of_export_column_of_a_register_of_measures_names_the_origins():
    text = (
        "Register of anti-dumping measures in force\n\n"
        "Each measure is listed by commodity.\n\n"
        "Commodity Countries of export Tariff Classification Current cases\n"
        "Norway, Iceland\n\n7214.20.00\n\n7214.99.00\n\n712\n"
        "Chile\n\n3907.61.00\n\n"
        "Peru, Ecuador\n\n2008.20.00\n\n715\n"
    )
    assert sorted(analyse(text)._.countries["affected"]) == ["CL", "EC", "IS", "NO", "PE"]
