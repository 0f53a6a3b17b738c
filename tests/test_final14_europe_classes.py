"""European customs agencies' news items about EU acts, EU acts in Polish and Spanish consolidations, Turkish
communiqués and letters, by class (round 11 second pass, final14 1614-1624): a Nordic customs agency's news item
(site name, dateline, 'Nyhet' label, headline) reports the Union's act: the Union acts, the dateline is the item's
publication and the headline its title; Swedish is read with the English pipeline and its anti-dumping words
('antidumpningstull') and origins ('med ursprung i Ryssland') count; a Danish republisher's metadata block
('Offentliggjort:') dates the item; a Portuguese item's 'Regulamento … que institui um direito anti-dumping' acts;
the Polish text of an EU act names the Commission, the duty, the exemptions and the origin; a EUR-Lex consolidation's
bracketed OJ line is the act's publication and its CELEX header's date another's; a Turkish amending communiqué's
title runs past the amended one's number, which is no identifier, and a republisher's opening gazette line is its
publication; import surveillance is licensing; a Turkish letter is titled by its subject ('Konu :') and known by its
number ('Sayı :'). Every passage is written for these tests."""

from nlp.pipeline import analyse
from nlp.text.language import detect_language
from tests.fact_readers import dates, identifier, jurisdiction, title

SWEDISH_NEWS = (
    "Tullverket\n\n2031-03-14\n\nNyhet\n\n"
    "Antidumpning, vissa rostfria rör från Ryssland och Vitryssland\n\n"
    "Införande av en slutgiltig antidumpningstull\n\n"
    "KOMMISSIONENS GENOMFÖRANDEFÖRORDNING (EU) 2031/455\n"
    "Den 12 mars 2031 infördes slutgiltig antidumpningstull på importen av vissa rostfria rör med ursprung i"
    " Ryssland och Vitryssland.\n"
    "Den berörda produkten klassificeras för närvarande enligt KN-nummer 7304 41 00 och 7304 49 10.\n\n"
    "Läs mer i förordningen 2031/455\n"
)


def test_a_swedish_news_item_is_read_with_the_english_pipeline():
    assert detect_language(SWEDISH_NEWS) == "en"


def test_a_customs_agency_news_item_about_an_eu_duty_is_the_unions_act():
    assert jurisdiction(SWEDISH_NEWS) == ["EU"]


def test_a_swedish_news_item_names_the_anti_dumping_duty_and_its_origins():
    doc = analyse(SWEDISH_NEWS)
    assert [mention.type for mention in doc._.measures] == ["anti_dumping"]
    assert sorted(doc._.countries["affected"]) == ["BY", "RU"]


def test_a_news_items_dateline_under_the_site_name_is_its_publication():
    assert ("publication", "2031-03-14") in dates(SWEDISH_NEWS)
    assert ("document_date", "2031-03-14") not in dates(SWEDISH_NEWS)


def test_a_news_items_headline_under_its_site_name_dateline_and_label_is_its_title():
    assert title(SWEDISH_NEWS) == "Antidumpning, vissa rostfria rör från Ryssland och Vitryssland"


def test_a_swedish_item_on_an_expiry_review_names_the_basic_regulation_of_the_union():
    text = (
        "Tullverket\n\n2031-05-02\n\nNyhet\n\nAntidumpning, glasfiberväv från Indien\n\n"
        "Efter en översyn vid giltighetstidens utgång enligt Europaparlamentets och rådets förordning 2016/1036"
        " införs en slutgiltig antidumpningstull på import av glasfiberväv som för närvarande klassificeras enligt"
        " KN-nummer 7019 61 00 med ursprung i Indien.\n"
    )
    assert jurisdiction(text) == ["EU"]
    assert [mention.type for mention in analyse(text)._.measures] == ["anti_dumping"]


DANISH_NEWSLETTER = (
    "Dokumentets metadata\n\nOffentliggjort:03-04-2031\nDokumenttype:Nyhedsbrev til virksomheder\n\n\n"
    "Ændring af antidumpingtold på citronsyre\n\n"
    "Kommissionen har ved gennemførelsesforordning (EU) 2031/610 offentliggjort i EU-tidende L 88 af 1. april 2031"
    " ændret den endelige antidumpingtold på importen af citronsyre (toldtariffens pos. 2918 14 00) med oprindelse"
    " i Rusland.\n\nForordningen trådte i kraft den 2. april 2031.\n"
)


def test_a_republishers_published_field_dates_a_danish_newsletter_item():
    assert ("publication", "2031-04-03") in dates(DANISH_NEWSLETTER)


def test_a_danish_newsletter_item_is_titled_by_its_headline_not_the_metadata_label():
    assert title(DANISH_NEWSLETTER) == "Ændring af antidumpingtold på citronsyre"


def test_a_danish_item_names_the_union_and_the_origin_with_oprindelse():
    assert jurisdiction(DANISH_NEWSLETTER) == ["EU"]
    assert analyse(DANISH_NEWSLETTER)._.countries["affected"] == ["RU"]


def test_a_portuguese_item_on_a_regulation_that_institutes_a_duty_acts_on_it():
    text = (
        "Foi publicado no JO L n.º 90, do dia 02.04.2031, o Regulamento (UE) 2031/700 da Comissão.\n"
        "Page Content\n"
        "Foi publicado no JO L n.º 90, do dia 02.04.2031, o Regulamento (UE) 2031/700 da Comissão, de 1 de abril"
        " de 2031, que institui um direito anti-dumping provisório sobre as importações de tubos de ferro fundido,"
        " atualmente classificados no código NC 7303 00 10, originários da Índia.\n"
    )
    assert [mention.type for mention in analyse(text)._.measures] == ["anti_dumping"]


POLISH_DECISION = (
    "DECYZJA WYKONAWCZA KOMISJI (UE) 2031/88\n"
    "z dnia 12 lutego 2031 r.\n"
    "dotycząca zwolnień z rozszerzonego cła antydumpingowego na niektóre części rowerowe pochodzące z Chińskiej"
    " Republiki Ludowej\n\n"
    "KOMISJA EUROPEJSKA,\n\n"
    "uwzględniając Traktat o funkcjonowaniu Unii Europejskiej,\n"
)


def test_the_polish_text_of_an_eu_act_is_the_unions():
    assert jurisdiction(POLISH_DECISION) == ["EU"]


def test_exemptions_from_an_extended_anti_dumping_duty_in_polish():
    doc = analyse(POLISH_DECISION)
    assert sorted(mention.type for mention in doc._.measures) == ["anti_dumping", "exclusion"]
    assert doc._.countries["affected"] == ["CN"]


def test_a_polish_eu_acts_designation_with_its_institution_is_its_identifier_and_opens_its_title():
    # as the journals cite it, like an English designation printed in capitals (nlp/titles/identifiers.normal_case)
    assert identifier(POLISH_DECISION) == "Decyzja wykonawcza Komisji (UE) 2031/88"
    assert title(POLISH_DECISION) == (
        "DECYZJA WYKONAWCZA KOMISJI (UE) 2031/88 z dnia 12 lutego 2031 r. dotycząca zwolnień z rozszerzonego cła"
        " antydumpingowego na niektóre części rowerowe pochodzące z Chińskiej Republiki Ludowej"
    )


def test_a_consolidations_bracketed_journal_line_is_the_acts_publication_and_its_header_date_another():
    text = (
        "02031R0150 — ES — 04.02.2031 — 000.001\n\n\n"
        "►B\n\nREGLAMENTO DE EJECUCIÓN (UE) 2031/150 DE LA COMISIÓN\n\nde 3 de febrero de 2031\n\n"
        "por el que se establece un derecho antidumping definitivo sobre las importaciones de determinados"
        " tubos originarios de la República Popular China\n\n(DO L 31 de 4.2.2031, p. 9)\n\n\n"
        "Artículo 1\n\n1.  \nSe aplica un derecho antidumping definitivo a las importaciones de tubos.\n"
    )
    found = dates(text)
    assert ("publication", "2031-02-04") in found
    assert ("document_date", "2031-02-04") not in found
    assert ("document_date", "2031-02-03") in found


TURKISH_AMENDING = (
    "12 Mart 2031 Tarihli Resmi Gazetede yayımlanan gözetim tebliği değişikliği ile eşyaların gözetim kıymetleri"
    " değişmiştir.\n\nTicaret Bakanlığından:\n\n"
    "İTHALATTA GÖZETİM UYGULANMASINA İLİŞKİN TEBLİĞ (TEBLİĞ NO: 2029/4)’TE DEĞİŞİKLİK YAPILMASINA DAİR TEBLİĞ\n\n"
    "MADDE 1 – 1/2/2029 tarihli ve 30123 sayılı Resmî Gazete’de yayımlanan İthalatta Gözetim Uygulanmasına"
    " İlişkin Tebliğ (Tebliğ No: 2029/4)’in 1 inci maddesinde yer alan tablo aşağıdaki şekilde değiştirilmiştir.\n"
)


def test_a_turkish_amending_communiques_title_runs_past_the_amended_ones_number():
    assert title(TURKISH_AMENDING) == (
        "İTHALATTA GÖZETİM UYGULANMASINA İLİŞKİN TEBLİĞ (TEBLİĞ NO: 2029/4)’TE DEĞİŞİKLİK YAPILMASINA DAİR TEBLİĞ"
    )


def test_the_amended_communiques_number_is_not_the_amending_ones_identifier():
    assert identifier(TURKISH_AMENDING) is None


def test_a_republishers_opening_gazette_line_is_the_communiques_publication():
    found = dates(TURKISH_AMENDING)
    assert ("publication", "2031-03-12") in found
    assert ("other", "2029-02-01") in found


def test_a_turkish_communique_is_not_read_as_french():
    assert detect_language(TURKISH_AMENDING) == "en"


def test_import_surveillance_is_licensing():
    assert [mention.type for mention in analyse(TURKISH_AMENDING)._.measures] == ["licensing"]


def test_prior_surveillance_of_imports_is_licensing_in_english():
    text = (
        "Commission Implementing Regulation (EU) 2031/77 of 3 March 2031 introducing prior Union surveillance of"
        " imports of certain aluminium products\n\nArticle 1\n\nImports of the products listed in the Annex shall"
        " be subject to prior Union surveillance and to the presentation of a surveillance document.\n"
    )
    assert "licensing" in [mention.type for mention in analyse(text)._.measures]


TURKISH_LETTER = (
    "T.C.\nTİCARET BAKANLIĞI\nGümrükler Genel Müdürlüğü\n\n14.05.2031\n\n"
    "Sayı : E-12345678-100-\nKonu : Tarife Kontenjanı Dağıtımı 2031/3 Sayılı Tebliğ\n\n"
    "DAĞITIM YERLERİNE\n\n"
    "Tebliğ ile ilgili gerekli teknik düzenlemeler 14.05.2031 tarihinde devreye alınmış olup söz konusu"
    " kontenjandan faydalanabilmek için ilgili muafiyet kodunun kullanılması gerekmektedir.\n"
)


def test_a_turkish_letter_is_titled_by_its_subject_line():
    assert title(TURKISH_LETTER) == "Tarife Kontenjanı Dağıtımı 2031/3 Sayılı Tebliğ"


def test_a_turkish_letters_number_line_is_its_identifier():
    assert identifier(TURKISH_LETTER) == "E-12345678-100-"


def test_arrangements_put_into_operation_on_a_day_take_effect_then():
    assert ("entry_into_force", "2031-05-14") in dates(TURKISH_LETTER)


ICELANDIC_NOTICE = (
    "Nr. 140/2031 20. desember 2031\n\nAUGLÝSING\num breytingu á viðauka I við tollalög nr. 88/2005, með síðari"
    " breytingum.\n\n1. gr.\n\nÁ tollskránni eru gerðar þessar breytingar:\n\n"
    "a. Við 16. kafla bætist ný athugasemd, er verður 4. athugasemd, svohljóðandi:\n"
    "b. Tollskrárnúmer 1604.1500 orðast svo:\n  1604.1500 – – Makríll   0\n"
    "c. Undirliður 1604.2 orðast svo, þó ekki vörur í undirliðum 1604.31 til 1604.32:\n"
)


def test_an_icelandic_notice_rewording_tariff_lines_changes_the_nomenclature():
    assert [mention.type for mention in analyse(ICELANDIC_NOTICE)._.measures] == ["nomenclature_change"]


def test_an_icelandic_subheading_range_with_til_is_a_range():
    ranges = [(found.code_from, found.code_to) for found in analyse(ICELANDIC_NOTICE)._.code_ranges]
    assert ranges == [("160431", "160432")]


def test_a_news_headline_the_body_repeats_as_its_first_sentence_is_the_title():
    text = (
        "Foi publicado no JO L n.º 61, do dia 03.03.2031, o Regulamento (UE) 2031/310 da Comissão.\n"
        "Page Content\n"
        "Foi publicado no JO L n.º 61, do dia 03.03.2031, o Regulamento (UE) 2031/310 da Comissão, de 2 de março"
        " de 2031, que institui um direito anti-dumping definitivo sobre as importações de fio de aço originárias"
        " da Índia.\n"
    )
    assert title(text) == "Foi publicado no JO L n.º 61, do dia 03.03.2031, o Regulamento (UE) 2031/310 da Comissão"
    assert identifier(text) is None  # the reported regulation's number is not the news item's


def test_an_opening_sentence_the_body_does_not_repeat_is_no_title():
    text = (
        "Foi publicado no JO L n.º 61, do dia 03.03.2031, o Regulamento (UE) 2031/310 da Comissão.\n"
        "O regulamento institui um direito anti-dumping definitivo sobre as importações de fio de aço originárias"
        " da Índia e entra em vigor no dia seguinte ao da sua publicação.\n"
    )
    assert title(text) is None


def test_the_gazette_issue_number_over_a_communique_is_not_its_identifier():
    text = (
        "Bazı Tarım Ürünlerinin İthalatında Tarife Kontenjanı Uygulanmasına İlişkin Tebliğ\n\n"
        "16 Mayıs 2031 Tarihli Resmî Gazete\n\nSayı: 41234\n\nTicaret Bakanlığından:\n\n"
        "MADDE 1 – (1) Bu Tebliğin amacı, bazı tarım ürünleri ithalatında uygulanacak tarife kontenjanlarının"
        " düzenlenmesidir.\n"
    )
    assert identifier(text) is None
