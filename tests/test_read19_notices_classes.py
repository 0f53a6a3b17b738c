"""Date-rich trade-remedy notices (issue 15, round 16, read19-notices): notices of impending expiry in the Union's
languages, initiations of expiry reviews, extensions of deadlines, initiations of reviews and investigations, notices to
importers publishing an EU act, expiry circulars and their relays. The classes their misses showed: an expiry notice's
origin column headed in each official language, its cells joined by that language's 'and' and by 'extended to';
Portuguese and Spanish sentences announcing the end of a duty's term; the Official Journal's name in the Union's
languages and a Chinese item's '商务部' as who acts; an FR notice's DATES value alone on its line, a Brazilian heading's
bracketed gazette line, French 'est abrogé, à compter du' and a registration 'dès le', an act cited after
'Conformément aux dispositions du', a Chinese portal's date line with its time and outlet; the title of an FR notice
cited after 'See'; a figure before '年'; a Brazilian act's number line dated with dots; a C-series notice's title above
its bracketed number. Every passage is written for these tests."""

from nlp.pipeline import analyse
from tests.fact_readers import affected, dates, identifier, jurisdiction, measures, title


def codes(text: str) -> list[str]:
    return sorted(code.code for code in analyse(text)._.codes)


# --- countries: an expiry notice's table ----------------------------------------------------------------------------


def danish_expiry_notice(countries: str) -> str:
    return (
        "3.3.2031\n\nDA\n\nDen Europæiske Unions Tidende\n\nC 81/4\n\n\n"
        "Meddelelse om det forestående udløb af visse antidumpingforanstaltninger\n\n2031/C 81/03\n\n"
        "1.   Kommissionen skal meddele, at medmindre der indledes en fornyet undersøgelse efter følgende procedure, "
        "udløber nedennævnte antidumpingforanstaltninger på den i tabellen angivne dato.\n\n"
        "Vare\n\nOprindelses- eller eksportland(e)\n\nForanstaltninger\n\nReferencer\n\nUdløbsdato\n\n"
        f"Glasfibervæv\n\n{countries}\n\nAntidumpingtold\n\nGennemførelsesforordning (EU) 2026/410\n\n9.9.2031\n"
    )


def test_a_danish_expiry_notices_origin_cell_joined_by_og_names_the_measures_origins():
    assert sorted(affected(danish_expiry_notice("Kina, Egypten og Tyrkiet"))) == ["CN", "EG", "TR"]


def test_a_swedish_expiry_notices_cell_with_the_countries_a_duty_was_extended_to_names_them_all():
    text = (
        "Tillkännagivande om att giltighetstiden för vissa antidumpningsåtgärder snart kommer att löpa ut\n\n"
        "1.   Kommissionen tillkännager att de antidumpningsåtgärder som anges nedan kommer att upphöra att gälla det "
        "datum som anges i tabellen.\n\nProdukt\n\nUrsprungs- eller exportländer\n\nÅtgärd\n\nHänvisning\n\n"
        "Handpallyftare\n\nFolkrepubliken Kina och utvidgat till att omfatta Vietnam och Malaysia\n\n"
        "Antidumpningstull\n\nGenomförandeförordning (EU) 2026/77\n"
    )
    assert sorted(affected(text)) == ["CN", "MY", "VN"]


def test_an_estonian_expiry_notices_table_cells_ending_in_bars_name_the_origin():
    text = (
        "Teade teatavate dumpinguvastaste meetmete eelseisva aegumise kohta\n(2031/C 12/05)\n"
        "1. Komisjon teatab, et allpool nimetatud dumpinguvastased meetmed aeguvad tabelis osutatud kuupäeval.\n"
        "Toode |\nPäritolu- või ekspordiriik/-riigid |\nMeetmed |\nViide |\nKehtivusaja lõpp |\n"
        "Volframelektroodid |\nHiina Rahvavabariik |\nDumpinguvastane tollimaks |\n"
    )
    assert affected(text) == ["CN"]


def test_an_english_expiry_notices_countryies_column_names_the_origins():
    text = (
        "Notice of the impending expiry of certain anti-dumping measures\n(2031/C 40/02)\n"
        "1. The Commission gives notice that the anti-dumping measures mentioned below will expire on the date "
        "mentioned in the table below.\nProduct\nCountry(ies) of origin or exportation\nMeasures\nReference\n"
        "Date of expiry\nSteel wheels\nIndia and Indonesia\nAnti-dumping duty\nImplementing Regulation (EU) "
        "2026/15\n20.7.2031\n"
    )
    assert sorted(affected(text)) == ["ID", "IN"]


def test_a_cell_holding_a_product_description_besides_a_country_is_no_origin_cell():
    assert affected(danish_expiry_notice("visse varer fremstillet i Kina")) == []


def test_portuguese_sentences_announcing_the_end_of_a_duty_name_its_origins():
    text = (
        "A Secex informou o prazo de vigência de direitos antidumping.\n\n"
        "Para chapas de aço vindas de Coreia do Sul, Taipé e Vietnã, o prazo termina em 3 de março de 2032.\n\n"
        "Já a vigência do direito sobre ímãs trazidos do Japão acaba em 9 de abril de 2032.\n"
    )
    assert sorted(affected(text)) == ["JP", "KR", "TW", "VN"]


def test_a_spanish_sentence_announcing_the_end_of_a_duty_names_its_origin():
    text = (
        "La Secretaría informó que el plazo de la cuota compensatoria sobre las importaciones de tubos de acero "
        "originarias de la India vence el 14 de mayo de 2032.\n"
    )
    assert affected(text) == ["IN"]


# --- jurisdiction ---------------------------------------------------------------------------------------------------


def test_the_official_journals_name_in_danish_finnish_or_lithuanian_is_the_unions_own():
    for header in (
        "Den Europæiske Unions Tidende",
        "Euroopan unionin virallinen lehti",
        "Europos Sąjungos oficialusis leidinys",
    ):
        text = f"12.1.2031\n\n{header}\n\nC 9/2\n\nMeddelelse\n\nTeksten.\n"
        assert jurisdiction(text) == ["EU"], header


def test_a_chinese_news_items_ministry_of_commerce_at_a_clauses_start_is_chinas():
    text = "新华网北京3月2日电 商务部2日发布公告,决定对原产于日本的进口丙酮所适用的反倾销措施进行期终复审调查。\n"
    assert jurisdiction(text) == ["CN"]


def test_another_countrys_ministry_of_commerce_in_chinese_is_not_chinas():
    text = "据报道,美国商务部2日发布公告,对进口钢管发起反倾销调查。\n"
    assert "CN" not in jurisdiction(text)


# --- dates ----------------------------------------------------------------------------------------------------------


def test_an_fr_notices_applicable_day_alone_on_its_line_is_when_it_takes_effect():
    text = (
        "Initiation of Antidumping and Countervailing Duty Administrative Reviews\n\n"
        "Enforcement and Compliance, International Trade Administration, Department of Commerce.\n\n"
        "The Department of Commerce has received requests to conduct administrative reviews of various orders.\n\n"
        "Applicable March 4, 2031.\n\n"
        "Jane Roe, AD/CVD Operations, telephone: (202) 555-0100.\n"
    )
    assert ("entry_into_force", "2031-03-04") in dates(text)


def test_an_applicable_day_inside_a_sentence_is_not_read_as_a_dates_line():
    text = "The rates shown are applicable March 4, 2031 to the goods of the first review only, as noted earlier.\n"
    assert ("entry_into_force", "2031-03-04") not in dates(text)


def test_a_brazilian_acts_gazette_line_in_brackets_under_its_heading_is_its_publication():
    text = (
        "CIRCULAR SECEX N° 17, de 20.03.2031\n(DOU de 23.03.2031)\nTorna público o prazo de vigência.\n"
        "1. O prazo de vigência do direito antidumping aplicado às importações de ímãs, originárias da China, "
        "encerrar-se-á no dia 4 de abril de 2032.\n"
    )
    found = dates(text)
    assert ("publication", "2031-03-23") in found and ("document_date", "2031-03-20") in found
    assert identifier(text) == "CIRCULAR SECEX N° 17"


def test_a_french_repeal_with_a_comma_before_its_day_takes_effect_then():
    text = (
        "Le droit antidumping institué par l'avis du 3 mars 2027 est abrogé, à compter du 15 mai 2031, pour les "
        "importations visées au paragraphe 1.\n"
    )
    assert ("entry_into_force", "2031-05-15") in dates(text)


def test_customs_told_to_register_imports_from_a_day_start_the_registration_then():
    text = (
        "Les autorités douanières sont invitées à prendre, dès le 15 mai 2031, les mesures appropriées pour "
        "enregistrer les importations visées au paragraphe 1 du présent avis.\n"
    )
    assert dates(text) == [("application_start", "2031-05-15")]


def test_an_act_cited_after_conformement_aux_dispositions_is_not_the_notices_own_date():
    text = (
        "- Conformément aux dispositions du règlement (UE) n° 2031/88 de la Commission du 12 mai 2031, un réexamen "
        "est ouvert afin de déterminer si les importations de câbles d'acier doivent faire l'objet du droit.\n"
    )
    assert ("document_date", "2031-05-12") not in dates(text)


def test_a_chinese_portals_date_line_with_its_time_and_outlet_is_its_publication():
    text = (
        "我对进口丙酮反倾销措施进行期终复审 |\n---|\nhttp://www.example.com.cn 2031年03月02日09:15 中新网 |\n"
        "中新网北京3月2日电 商务部2日发布公告,决定从即日起对原产于日本的进口丙酮所适用的反倾销措施进行期终复审调查。\n"
    )
    found = dates(text)
    assert ("publication", "2031-03-02") in found and ("document_date", "2031-03-02") not in found
    assert codes(text) == []


# --- measures -------------------------------------------------------------------------------------------------------


def test_the_title_of_an_fr_notice_cited_after_see_is_no_measure_of_this_one():
    text = (
        "Magnets From Ruritania: Extension of Time Limit for Preliminary Results of Antidumping Duty Administrative "
        "Review\n\nDATES: Effective Date: January 5, 2031.\n\nOn May 2, 2030, Commerce published a notice of initiation of an administrative review "
        "of the antidumping duty order on magnets from Ruritania. See Initiation of Antidumping and Countervailing "
        "Duty Administrative Reviews, 95 FR 12345 (May 2, 2030). The preliminary results are currently due no later "
        "than January 31, 2031.\n"
    )
    assert measures(text) == ["anti_dumping"]


# --- codes, titles --------------------------------------------------------------------------------------------------


def test_a_figure_before_a_cjk_year_character_is_no_code():
    text = (
        "进口丙酮反倾销期终复审 |\n---|\nhttp://www.example.com.cn 2008年04月08日16:47 新华网 |\n"
        "此次期终复审被调查产品在中华人民共和国海关进出口税则号中列为:29141100、29141200。\n\n"
    )
    assert codes(text) == ["29141100", "29141200"]


def test_a_c_series_notice_is_titled_by_the_line_above_its_bracketed_number_in_its_own_language():
    text = (
        "This document is an excerpt from the EUR-Lex website\nDocument 52031XC0305(04)\n"
        "Notice of the impending expiry of certain anti-dumping measures\n"
        "Teade teatavate dumpinguvastaste meetmete eelseisva aegumise kohta\n5.3.2031 |\nET |\n"
        "Teade teatavate dumpinguvastaste meetmete eelseisva aegumise kohta\n(2031/C 77/08)\n"
        "1. Komisjon teatab, et allpool nimetatud meetmed aeguvad.\n"
    )
    assert title(text) == "Teade teatavate dumpinguvastaste meetmete eelseisva aegumise kohta"
