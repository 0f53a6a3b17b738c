"""Europe in its languages, by class (round 14 read task, read17-eu 2315-2328): EU acts in Portuguese, Dutch, Italian,
Spanish, Polish and Czech as EUR-Lex, the BOE and legal databases print them; Swedish customs pages about EU acts;
decisions of North Macedonia, Bosnia and Herzegovina and Switzerland (in Italian); a Turkish report of a Presidential
Decision. Who acts (the Balkans' governments and gazettes, the Union behind a Swedish agency's item), the dates their
mastheads, sessions, database fields, journal lines and datelines give, their measure, duty, exception and code-list
words, and where their titles begin and end. Every passage is written for these tests."""

from nlp.pipeline import analyse
from tests.fact_readers import affected, dates, identifier, jurisdiction, measures, rates, title


def codes(text: str) -> list[str]:
    return sorted(mention.code for mention in analyse(text)._.codes)


def code_ranges(text: str) -> list[tuple[str, str]]:
    return [(found.code_from, found.code_to) for found in analyse(text)._.code_ranges]


def rate_values(text: str) -> list[tuple[float, str]]:
    return [(value, unit) for value, unit, _ in rates(text)]


# --- who acts ------------------------------------------------------------------------------------------------------

SWEDISH_ITEM = (
    "Tullverket\n\nPublicerad:\n\nNyhet\n\nAntidumpning, stålhjul från Indien\n\n"
    "Antidumpningstullen på import av stålhjul med ursprung i Indien förlängs efter en översyn. Berörd produkt"
    " klassificeras enligt KN-nummer 8708 70 10 och 8708 70 50.\n\nLäs mer i förordning 2031/412\n"
)


def test_a_swedish_agency_item_about_an_eu_regulation_is_the_unions_act():
    assert jurisdiction(SWEDISH_ITEM) == ["EU"]


def test_a_site_name_over_an_empty_date_field_is_no_title_and_the_headline_is():
    assert title(SWEDISH_ITEM) == "Antidumpning, stålhjul från Indien"


def test_a_swedish_item_that_reports_an_extended_duty_acts_on_anti_dumping():
    assert measures(SWEDISH_ITEM) == ["anti_dumping"]


MACEDONIAN_DECISION = (
    "ОДЛУКА ЗА УКИНУВАЊЕ НА УВОЗНАТА ДАВАЧКА ЗА УВОЗ НА ПЧЕНИЦА (СЛУЖБЕН ВЕСНИК НА РСМ БР.201 ОД 14.9.2031 ГОДИНА)\n"
    "Врз основа на член 19 став (7) од Царинскиот закон, Владата на Република Северна Македонија, на седницата"
    " одржана на 12 септември 2031 година, донесе\n\nОДЛУКА\n\nЧлен 1\n\nСо оваа одлука се пропишува мерка за"
    " укинување на увозната давачка при увоз на пченица од тарифната ознака 1001 99 00 00.\n\nЧлен 2\n\n"
    "Стоката ќе се увезува заклучно со 31 март 2032 година.\n"
)


def test_a_macedonian_government_decision_is_north_macedonias():
    assert jurisdiction(MACEDONIAN_DECISION) == ["MK"]


def test_a_macedonian_decision_dated_by_its_session_its_gazette_and_its_last_day():
    found = dates(MACEDONIAN_DECISION)
    assert ("document_date", "2031-09-12") in found
    assert ("publication", "2031-09-14") in found
    assert ("application_end", "2032-03-31") in found


def test_abolishing_an_import_duty_in_macedonian_suspends_it():
    assert measures(MACEDONIAN_DECISION) == ["duty_suspension"]


def test_a_tariff_line_after_its_macedonian_keyword_is_a_code():
    assert codes(MACEDONIAN_DECISION) == ["1001990000"]


MACEDONIAN_CUSTOMS_NEWS = (
    "Царинската управа на Република Северна Македонија информира дека за стоките од тарифните броеви 0402, 0406 90"
    " и 1704 со потекло од Европска унија, почнувајќи од 03.04.2031 година, царинските давачки во рамки на квота"
    " изнесуваат 60% од МФН.\n\nЗа стоките од тарифниот број 1704, почнувајќи од 03.04.2031 година, царинските"
    " давачки во рамки на квота изнесуваат 8%.\n"
)


def test_macedonian_tariff_numbers_joined_by_i_are_codes():
    assert codes(MACEDONIAN_CUSTOMS_NEWS) == ["0402", "040690", "1704"]


def test_macedonian_in_quota_duties_from_a_day_name_a_quota_and_its_start():
    assert measures(MACEDONIAN_CUSTOMS_NEWS) == ["tariff_quota"]
    assert dates(MACEDONIAN_CUSTOMS_NEWS) == [("application_start", "2031-04-03")]


def test_a_share_of_the_mfn_duty_is_no_rate_and_the_duty_in_percent_is():
    assert rate_values(MACEDONIAN_CUSTOMS_NEWS) == [(8, "percent")]


BOSNIAN_GAZETTE = (
    "Srijeda, 14. oktobra 2031. godine Broj/Број 71\n\nVIJEĆE MINISTARA BOSNE I HERCEGOVINE\n\n"
    'Na osnovu člana 32. Zakona o carinskoj politici u Bosni i Hercegovini ("Službeni glasnik BiH", broj 58/15),'
    " Vijeće ministara Bosne i Hercegovine, na 41. sjednici održanoj 02.09.2031. godine, donijelo je ODLUKU O"
    " IZMJENI ODLUKE O NEPREFERENCIJALNOM PORIJEKLU ROBE Član 1. Ovom Odlukom mijenjaju se pravila o porijeklu robe.\n"
)


def test_a_bosnian_council_of_ministers_decision_is_bosnia_and_herzegovinas():
    assert jurisdiction(BOSNIAN_GAZETTE) == ["BA"]


def test_a_bosnian_gazette_masthead_and_session_date_the_decision():
    found = dates(BOSNIAN_GAZETTE)
    assert ("publication", "2031-10-14") in found
    assert ("document_date", "2031-09-02") in found


def test_a_bosnian_decision_on_the_origin_of_goods_concerns_rules_of_origin():
    assert measures(BOSNIAN_GAZETTE) == ["rules_of_origin"]


def test_montenegros_government_acts_in_its_gazette():
    text = "Vlada Crne Gore, na sjednici od 4. jula 2031. godine, donijela je Uredbu o carinskoj tarifi.\n"
    assert jurisdiction(text) == ["ME"]


def test_a_swiss_ordinance_in_italian_amending_the_tariff_is_switzerlands_nomenclature_change():
    text = (
        "Ordinanza concernente la modifica della tariffa doganale del 3 giugno 2031\n\n"
        "Il Consiglio federale svizzero, visto l'articolo 9 capoverso 1 della legge sulla tariffa delle dogane,"
        " ordina:\n\nArt. 1 La tariffa doganale è modificata secondo l'allegato.\n"
    )
    assert jurisdiction(text) == ["CH"]
    assert measures(text) == ["nomenclature_change"]


# --- dates ---------------------------------------------------------------------------------------------------------


def test_a_dutch_official_journal_header_dates_the_publication():
    text = (
        "14.3.2031   \n\nNL\n\nPublicatieblad van de Europese Unie\n\nL 77/12\n\n\n"
        "UITVOERINGSVERORDENING (EU) 2031/544 VAN DE COMMISSIE\n\nvan 13 maart 2031\n\n"
        "tot wijziging van Uitvoeringsverordening (EU) 2029/159 tot instelling van een definitieve"
        " vrijwaringsmaatregel\n\nDE EUROPESE COMMISSIE,\n"
    )
    assert ("publication", "2031-03-14") in dates(text)
    assert ("document_date", "2031-03-13") in dates(text)


def test_the_boes_journal_line_under_its_publication_label_is_the_publication():
    text = (
        "Documento DOUE-L-2031-80112\n\nReglamento de Ejecución (UE) 2031/90 de la Comisión de 20 de enero de 2031"
        " por el que se modifica el Reglamento de Ejecución (UE) 2029/761.\n\nPublicado en:\n«DOUE» núm. 14, de"
        " 21 de enero de 2031, páginas 3 a 9 (7 págs.)\nDepartamento:\nUnión Europea\n"
    )
    assert ("publication", "2031-01-21") in dates(text)


def test_a_czech_database_record_gives_publication_entry_into_force_and_end():
    text = (
        "(ES) č. 88/2031Nařízení Komise (ES) č. 88/2031 ze dne 3. února 2031 o otevření celních kvót\n\n"
        "Publikováno: Úř. věst. L 30, 4.2.2031, s. 5-9 Druh předpisu: Nařízení\n"
        "Přijato: 3. února 2031 Autor předpisu: Evropská komise\n"
        "Platnost od: 24. února 2031 Nabývá účinnosti: 24. února 2031\n"
        "Platnost předpisu: Zrušen Pozbývá platnosti: 30. června 2034\n"
    )
    found = dates(text)
    assert ("publication", "2031-02-04") in found
    assert ("entry_into_force", "2031-02-24") in found
    assert ("application_end", "2034-06-30") in found


def test_a_dateline_with_its_time_over_the_items_kind_is_its_publication():
    text = (
        "Hoppa till innehåll\n\nKommissionen förlänger antidumpningstullen på kinesiska cykelramar\n\n"
        "17.3.2031 9.05\nPressmeddelande\n\nKommissionen har förlängt antidumpningstullen med fem år.\n"
    )
    assert ("publication", "2031-03-17") in dates(text)


def test_a_swedish_skip_link_is_no_title_and_the_headline_is():
    text = (
        "Hoppa till innehåll\n\nKommissionen förlänger antidumpningstullen på kinesiska cykelramar\n\n"
        "17.3.2031 9.05\nPressmeddelande\n\nKommissionen har förlängt antidumpningstullen med fem år.\n"
    )
    assert title(text) == "Kommissionen förlänger antidumpningstullen på kinesiska cykelramar"


def test_duties_collected_retroactively_from_a_day_take_effect_then():
    text = "Tullverket\n\nDe utvidgade antidumpningstullarna tas ut retroaktivt fr.o.m. den 2 maj 2031.\n"
    assert dates(text) == [("entry_into_force", "2031-05-02")]


def test_a_turkish_period_from_one_date_until_another_inclusive():
    text = (
        "Cumhurbaşkanı Kararı ile bazı ürünlere uygulanan ilave gümrük vergisi oranları 1 Mart 2031 tarihinden"
        " 31 Ağustos 2031 tarihine kadar (bu tarih dahil) değiştirilmiştir.\n"
    )
    found = dates(text)
    assert ("application_start", "2031-03-01") in found
    assert ("application_end", "2031-08-31") in found


def test_turkish_additional_customs_duties_change_duty_rates():
    text = (
        "Cumhurbaşkanı Kararı ile bazı ürünlere uygulanan ilave gümrük vergisi oranları 1 Mart 2031 tarihinden"
        " itibaren değiştirilmiştir.\n"
    )
    assert measures(text) == ["duty_rate_change"]


# --- measures, rates, codes, countries --------------------------------------------------------------------------------

PORTUGUESE_QUOTA = (
    "REGULAMENTO DE EXECUÇÃO (UE) N.o 1120/2031 DA COMISSÃO\n\nde 9 de outubro de 2031\n\n"
    "relativo à abertura e modo de gestão de um contingente pautal de milho do código NC 1005 90 00\n\n"
    "A COMISSÃO EUROPEIA,\n\nConsiderando o seguinte:\n\n(1) Das concessões consta um contingente pautal de"
    " 2 500 toneladas de milho, beneficiando de um direito aduaneiro de 0 %.\n"
)


def test_a_portuguese_contingente_pautal_is_a_tariff_quota():
    assert measures(PORTUGUESE_QUOTA) == ["tariff_quota"]


def test_a_portuguese_act_number_written_n_o_is_its_identifier():
    assert identifier(PORTUGUESE_QUOTA) == "Regulamento de Execução (UE) N.o 1120/2031"


def test_a_portuguese_customs_duty_in_percent_is_a_rate():
    assert rate_values(PORTUGUESE_QUOTA) == [(0, "percent")]


def test_a_dutch_customs_duty_in_percent_is_a_rate():
    text = "Artikel 1\n\nOp de invoer boven het tariefcontingent wordt een douanerecht van 25 % toegepast.\n"
    assert rate_values(text) == [(25, "percent")]


def test_a_swedish_duty_in_procent_is_a_rate():
    text = (
        "Tullverket\n\nKommissionen har infört en antidumpningstull på 31,4 procent på import av cykelramar med"
        " ursprung i Kina.\n"
    )
    assert rate_values(text) == [(31.4, "percent")]


def test_a_czech_list_closed_by_a_is_a_list_not_a_range():
    text = "Nařízení o celních kvótách pro produkty kódů KN 1006 10 21, 1006 10 23, 1006 10 25 a 1006 10 27.\n"
    assert codes(text) == ["10061021", "10061023", "10061025", "10061027"]
    assert code_ranges(text) == []


def test_a_portuguese_range_of_headings_joined_by_a_stays_a_range():
    text = (
        "O direito aplica-se aos calçados classificados nas posições 6401 a 6404 da Nomenclatura Comum do Mercosul.\n"
    )
    assert code_ranges(text) == [("6401", "6404")]


def test_an_italian_range_from_da_to_a_stays_a_range():
    text = "Il dazio si applica alle merci dei codici NC da 7208 10 00 a 7212 60 00.\n"
    assert code_ranges(text) == [("72081000", "72126000")]


def test_a_country_named_after_czech_krome_is_excepted_not_targeted():
    text = (
        "NAŘÍZENÍ KOMISE (ES) č. 41/2031\n\nze dne 9. ledna 2031\n\no otevření a správě ročních celních kvót pro"
        " produkty kódů KN 0714 10 91 a 0714 90 19 pocházející z některých třetích zemí kromě Vietnamu\n"
    )
    assert affected(text) == []


# --- titles ----------------------------------------------------------------------------------------------------------


def test_the_communities_polish_enacting_formula_ends_the_title():
    text = (
        "ROZPORZĄDZENIE KOMISJI (WE) NR 512/2031\nz dnia 2 czerwca 2031 r.\n"
        "dotyczące klasyfikacji niektórych towarów w Nomenklaturze Scalonej\nKOMISJA WSPÓLNOT EUROPEJSKICH,\n"
        "uwzględniając Traktat ustanawiający Wspólnotę Europejską,\n"
    )
    assert title(text) == (
        "ROZPORZĄDZENIE KOMISJI (WE) NR 512/2031 z dnia 2 czerwca 2031 r. dotyczące klasyfikacji niektórych"
        " towarów w Nomenklaturze Scalonej"
    )


def test_a_eur_lex_pages_english_heading_gives_way_to_the_acts_own_title():
    text = (
        "This document is an excerpt from the EUR-Lex website\nDocument 32031R0512\n"
        "Commission Regulation (EC) No 512/2031 of 2 June 2031 concerning the classification of certain goods in the"
        " Combined Nomenclature\n"
        "Rozporządzenie Komisji (WE) nr 512/2031 z dnia 2 czerwca 2031 r. dotyczące klasyfikacji towarów\n"
        "Dz.U. L 140 z 3.6.2031, pp. 5–6\n"
        "ROZPORZĄDZENIE KOMISJI (WE) NR 512/2031\nz dnia 2 czerwca 2031 r.\n"
        "dotyczące klasyfikacji niektórych towarów w Nomenklaturze Scalonej\nKOMISJA WSPÓLNOT EUROPEJSKICH,\n"
    )
    assert identifier(text) == "Rozporządzenie Komisji (WE) nr 512/2031"
