"""Europe's acts whose measure types stand behind background acts (issue 15, round 18, read21-europe): the classes their
misses showed. Measures, with the cue that decides each: a special duty on goods of one named origin in Ukrainian
('спеціальне мито на окремі товари походженням з …') is a surtax aimed at that country (retaliation), where the
safeguard word fired; an export ban in Serbian Cyrillic ('забрана извоза') and its neighbours' wordings; an
exporter's exemption from trade-defence measures in Danish ('fritagelse for disse foranstaltninger') and the Union's
other languages, beside the anti-dumping duty it is cut from; autonomous trade measures and trade liberalisation for a
partner (the Union's ATMs for Ukraine) in French, Slovenian and English: a preference. Dates: the Resmî Gazete's history
tables at a Turkish act's foot (the main act's gazette is history in an amending act, its own publication in a
consolidated one; neither is a signature date), a Ukrainian resolution's heading word in title case ('Постанова' /
'від … р. № …'), the act-by-act L series' journal reference in a register's entry ('UL L, 2031/1392, 29.5.2031'), a
news item's date line over its agency dateline ('Bonn (GTAI) -'). Every passage is written for these tests."""

from tests.fact_readers import dates, measures


def scored_dates(text: str) -> list[tuple[str, str]]:
    return [item for item in dates(text) if item[0] not in ("other", "registration")]


# --- measures -------------------------------------------------------------------------------------------------------


def test_a_ukrainian_special_duty_on_goods_of_one_origin_is_retaliation_not_a_safeguard():
    text = (
        "Кабінет Міністрів України\nПостанова\nвід 3 березня 2031 р. № 212\nКиїв\n\n"
        "Кабінет Міністрів України постановляє:\n\n"
        "1. Внести до постанови Кабінету Міністрів України від 10 лютого 2031 р. № 97 “Питання запровадження "
        "спеціального мита на окремі товари походженням з Російської Федерації” такі зміни: у пункті 2 цифри “45” "
        "замінити цифрами “65”.\n"
    )
    assert measures(text) == ["retaliation"]


def test_a_ukrainian_special_measure_regardless_of_origin_stays_a_safeguard():
    text = (
        "Міжвідомча комісія з міжнародної торгівлі\nРІШЕННЯ\nвід 3 березня 2031 р. № СП-512/2031/4423-03\n\n"
        "Комісія вирішила застосувати спеціальні заходи щодо імпорту в Україну прутків сталевих незалежно від "
        "країни походження та експорту шляхом запровадження спеціального мита у розмірі 12 відсотків.\n"
    )
    assert measures(text) == ["safeguard"]


def test_a_serbian_decision_introducing_an_export_ban_is_a_prohibition():
    text = (
        "На основу члана 19. став 4. Закона о спољнотрговинском пословању,\n\nВлада доноси\n\nОДЛУКУ\n\n"
        "о привременој забрани извоза сунцокретовог уља\n\n"
        "1. Уводи се привремена забрана извоза сунцокретовог уља, тарифна ознака 1512 11 91 00.\n"
    )
    assert measures(text) == ["prohibition"]


def test_a_danish_review_towards_one_exporters_exemption_is_an_exclusion_beside_the_anti_dumping_duty():
    text = (
        "KOMMISSIONENS GENNEMFØRELSESFORORDNING (EU) 2031/412\n\naf 3. marts 2031\n\n"
        "om indledning af en fornyet undersøgelse af gennemførelsesforordning (EU) 2029/88 om indførelse af en endelig "
        "antidumpingtold på importen af visse ventiler med oprindelse i Ruritanien som udvidet til også at omfatte "
        "importen afsendt fra Freedonia, med henblik på at fastslå, om der kan bevilges en fritagelse for disse "
        "foranstaltninger til en enkelt eksporterende producent\n"
    )
    assert measures(text) == ["anti_dumping", "exclusion"]


def test_a_french_regulation_of_autonomous_trade_measures_for_a_partner_is_a_preference():
    text = (
        "RÈGLEMENT (UE) 2031/77 DU PARLEMENT EUROPÉEN ET DU CONSEIL\n\ndu 4 février 2031\n\n"
        "relatif à l'introduction de mesures commerciales autonomes temporaires en faveur de la Ruritanie, en "
        "complément des concessions commerciales disponibles au titre de l'accord d'association\n"
    )
    assert measures(text) == ["preference"]


def test_a_slovenian_regulation_of_temporary_trade_liberalisation_is_a_preference():
    text = (
        "UREDBA (EU) 2031/77 EVROPSKEGA PARLAMENTA IN SVETA\nz dne 4. februarja 2031\n"
        "o začasnih ukrepih za trgovinsko liberalizacijo, ki dopolnjujejo trgovinske koncesije, ki se uporabljajo za "
        "ruritanske izdelke v okviru Sporazuma o pridružitvi\n"
    )
    assert measures(text) == ["preference"]


# --- dates ----------------------------------------------------------------------------------------------------------


AMENDING_COMMUNIQUE = (
    "14 Mart 2031 CUMARTESİ\n\nResmî Gazete\n\nSayı : 35012\n\nTEBLİĞ\n\nTicaret Bakanlığından:\n\n"
    "İTHALATTA GÖZETİM UYGULANMASINA İLİŞKİN TEBLİĞ\n\n(TEBLİĞ NO: 2029/7)’DE DEĞİŞİKLİK YAPILMASINA DAİR TEBLİĞ\n\n"
    "MADDE 1 – 5/6/2029 tarihli ve 34201 sayılı Resmî Gazete’de yayımlanan İthalatta Gözetim Uygulanmasına İlişkin "
    "Tebliğ (Tebliğ No: 2029/7)’in 1 inci maddesindeki tablo değiştirilmiştir.\n\n"
    "MADDE 2 – Bu Tebliğ yayımı tarihinde yürürlüğe girer.\n\nMADDE 3 – Bu Tebliğ hükümlerini Ticaret Bakanı yürütür.\n\n"
    "Tebliğin Yayımlandığı Resmî Gazete'nin\n\nTarihi\n\nSayısı\n\n5/6/2029\n\n34201\n\n"
    "Tebliğde Değişiklik Yapan Tebliğlerin Yayımlandığı Resmî Gazete'nin\n\nTarihi\n\nSayısı\n\n1-\n\n"
    "2/2/2030\n\n34650\n"
)


def test_the_gazette_table_at_an_amending_communiques_foot_is_history_not_its_signature():
    assert scored_dates(AMENDING_COMMUNIQUE) == [("entry_into_force", "2031-03-14"), ("publication", "2031-03-14")]
    assert ("other", "2029-06-05") in dates(AMENDING_COMMUNIQUE)


def test_the_gazette_table_at_a_consolidated_communiques_foot_gives_its_own_publication():
    text = (
        "İTHALATTA GÖZETİM UYGULANMASINA İLİŞKİN TEBLİĞ (TEBLİĞ NO: 2029/7)\n\n"
        "MADDE 1 – (1) Bu Tebliğ, ekli listede yer alan eşyanın ithalatında gözetim uygulamasını düzenler.\n\n"
        "MADDE 2 – (1) Bu Tebliğ hükümlerini Ticaret Bakanı yürütür.\n\n"
        "Tebliğin Yayımlandığı Resmî Gazete'nin\n\nTarihi\n\nSayısı\n\n5/6/2029\n\n34201\n"
    )
    assert scored_dates(text) == [("publication", "2029-06-05")]


def test_a_ukrainian_resolutions_heading_in_title_case_gives_its_date():
    text = (
        "Кабінет Міністрів України\n  Постанова\n  від 3 березня 2031 р. № 212\n  Київ\n"
        "  Про внесення змін до постанови Кабінету Міністрів України від 10 лютого 2031 р. № 97\n\n"
        "  Кабінет Міністрів України постановляє:\n\n  1. Внести до постанови такі зміни.\n"
    )
    assert scored_dates(text) == [("document_date", "2031-03-03")]
    assert ("other", "2031-02-10") in dates(text)


def test_the_act_by_act_series_journal_reference_in_slovenian_is_the_acts_publication():
    text = (
        "Document 32031R1392\n"
        "Uredba (EU) 2031/1392 Evropskega parlamenta in Sveta z dne 14. maja 2031 o začasnih ukrepih\n"
        "PE/59/2031/REV/1\n"
        "UL L, 2031/1392, 29.5.2031, ELI: http://data.europa.eu/eli/reg/2031/1392/oj (BG, ES, CS, DA, DE)\n"
        "In force: This act has been changed. Current consolidated version: 29/05/2031\n"
    )
    assert ("publication", "2031-05-29") in scored_dates(text)


def test_a_news_items_date_line_over_its_agency_dateline_is_its_publication():
    text = (
        "Zollmeldung Ruritanien Zollgesetz und Zollverfahren\n"
        "Einfuhr von Stahlrohren nach Ruritanien\nRuritanien leitet Schutzmaßnahmenuntersuchung ein\n"
        "15.04.2031\n"
        "Bonn (GTAI) - Das Handelsministerium Ruritaniens veröffentlichte am 06. April 2031 die Mitteilung über die "
        "Einleitung einer Schutzmaßnahmenuntersuchung.\n"
    )
    assert scored_dates(text) == [("publication", "2031-04-15")]
