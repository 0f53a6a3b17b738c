"""Europe beyond the sets, by class (round 12 read task, read15-europe 1901-1914): national customs agencies' and
ministries' pages about EU acts in Finnish, Estonian, Latvian, Lithuanian, Slovenian, Greek and Bulgarian; a UK notice
of determination that transitions an EU duty; Ukrainian trade-remedy notices; Serbian decrees. The Union acts when an
agency reports its act, in the words each language gives its Commission, implementing acts and journal; the country
names those languages decline ('Kiinasta peräisin', 'Hiina Rahvavabariigist pärit', 'καταγωγής Τουρκίας'); a news
page's publication field with its time, a weekday dateline under the headline, a date under the contact's phone at the
foot; a site banner's date is the site's; dates written before their verb ('<date> stājas spēkā'); skip links, act
designations, a circular's protocol line, a notice's one-word heading and a decree under its enacting formula as
titles; codes whose list comma touches the next code; tonnes and duty words in those languages. Every passage is
written for these tests."""

from nlp.pipeline import analyse
from tests.fact_readers import affected, dates, identifier, jurisdiction, measures, title


def codes(text: str) -> list[str]:
    return sorted(mention.code for mention in analyse(text)._.codes)


FINNISH_NEWS = (
    "Siirry sisältöön\n\n"
    "Tuotko maahan Intiasta peräisin olevia teräsvanteita? Komissio aloitti polkumyyntitullin tarkastelun\n\n"
    "Julkaisuajankohta 14.5.2031 10.42\nTiedote\n\n"
    "Komissio tutkii, pitääkö intialaisten teräsvanteiden polkumyyntitullia muuttaa. Tavara luokitellaan"
    " CN-koodiin 8708 70 99. Tutkimuksen yksityiskohdat on kerrottu EU:n virallisen lehden numerossa C 212.\n"
)


def test_a_finnish_news_item_about_an_eu_review_is_the_unions_act():
    assert jurisdiction(FINNISH_NEWS) == ["EU"]


def test_a_finnish_publication_field_with_its_time_dates_the_item():
    assert ("publication", "2031-05-14") in dates(FINNISH_NEWS)


def test_a_finnish_skip_link_is_no_title_and_the_headline_is():
    assert title(FINNISH_NEWS) == (
        "Tuotko maahan Intiasta peräisin olevia teräsvanteita? Komissio aloitti polkumyyntitullin tarkastelun"
    )


def test_a_finnish_origin_named_before_peraisin_is_affected():
    assert affected(FINNISH_NEWS) == ["IN"]


def test_a_site_banner_date_is_the_sites_not_the_items():
    text = (
        "Tervetuloa! Tämä on uusi, virallinen verkkosivustomme 2.9.2030 alkaen.\n\n"
        "Muutos turkkilaisten putkien tasoitustulliin\n\nJulkaisuajankohta 6.3.2031 8.05\nTiedote\n\n"
        "Komission täytäntöönpanoasetus (EU) 2031/402 tulee voimaan 7.3.2031.\n"
    )
    assert ("document_date", "2030-09-02") not in dates(text)
    assert ("publication", "2031-03-06") in dates(text)


ESTONIAN_NOTICE = (
    "Alates 3. aprillist 2031 kehtib India ja Vietnami terasvelgede impordile ajutine dumpinguvastane tollimaks\n\n"
    "Komisjoni rakendusmäärusega 2031/618 kehtestati ajutine dumpinguvastane tollimaks India Vabariigist ja"
    " Vietnamist pärit terasvelgede impordi suhtes.\n\n"
    "Toode klassifitseeritakse CN-koodide ex 8708 70 10 ja ex 8708 70 99 alla.\n\n"
    "Mari Tamm, tolliosakonna peaspetsialist\n676 1234\n \n11.04.2031\n"
)


def test_an_estonian_headline_from_date_is_when_the_duty_applies():
    assert ("entry_into_force", "2031-04-03") in dates(ESTONIAN_NOTICE)
    assert ("document_date", "2031-04-03") not in dates(ESTONIAN_NOTICE)


def test_a_date_under_the_contacts_phone_at_the_foot_is_the_notices_publication():
    assert ("publication", "2031-04-11") in dates(ESTONIAN_NOTICE)


def test_an_estonian_notice_names_the_union_and_the_origins_before_parit():
    assert jurisdiction(ESTONIAN_NOTICE) == ["EU"]
    assert affected(ESTONIAN_NOTICE) == ["IN", "VN"]


def test_a_latvian_date_written_before_its_verb_enters_into_force_and_the_cited_acts_date_is_history():
    text = (
        "2031. gada 5. martā stājas spēkā Komisijas 2031. gada 3. marta Īstenošanas regula (ES) 2031/377, ar ko"
        " nosaka galīgo antidempinga maksājumu Indijas izcelsmes tērauda stiepļu importam.\n\n"
        "Galīgā antidempinga maksājuma likme ir 21,4 %.\n"
    )
    found = dates(text)
    assert ("entry_into_force", "2031-03-05") in found
    assert ("entry_into_force", "2031-03-03") not in found
    assert jurisdiction(text) == ["EU"]
    assert [(rate.value, rate.unit) for rate in analyse(text)._.rates] == [(21.4, "percent")]


def test_a_slovenian_weekday_dateline_under_the_headline_is_the_items_publication():
    text = (
        "Cevni priključki iz železa-Uvedba dokončne protidampinške dajatve s poreklom iz Indonezije\n\n"
        "četrtek, 9. oktober 2031\n\n"
        "V Uradnem listu EU je bila objavljena Izvedbena uredba Komisije o uvedbi dokončne protidampinške dajatve"
        " na uvoz cevnih priključkov iz oznake KN ex7307 19 10 s poreklom iz Indonezije, in sicer v višini 12,4%.\n"
    )
    assert ("publication", "2031-10-09") in dates(text)
    assert jurisdiction(text) == ["EU"]
    assert measures(text) == ["anti_dumping"]
    assert affected(text) == ["ID"]


GREEK_CIRCULAR = (
    "ΥΠ.ΟΙΚ. ΔΔΘΤΟΚ/Α/5001234/ΕΞ2031/9-4-31\n"
    "Κοινοποίηση Εκτελεστικού Κανονισμού της Επιτροπής για την επιβολή δασμού αντιντάμπινγκ στις εισαγωγές"
    " ορισμένων χαλύβδινων σωλήνων καταγωγής Ινδίας\n\n"
    "Σας κοινοποιούμε τον Κανονισμό που δημοσιεύθηκε στην Επίσημη Εφημερίδα της ΕΕ και ισχύει από 03.04.2031.\n"
)


def test_a_greek_circulars_protocol_line_is_its_identifier_and_the_subject_its_title():
    assert identifier(GREEK_CIRCULAR) == "ΔΔΘΤΟΚ/Α/5001234/ΕΞ2031"
    assert title(GREEK_CIRCULAR).startswith("Κοινοποίηση Εκτελεστικού Κανονισμού της Επιτροπής")


def test_a_greek_circular_relays_the_unions_act_on_goods_of_a_named_origin_from_its_date():
    assert jurisdiction(GREEK_CIRCULAR) == ["EU"]
    assert affected(GREEK_CIRCULAR) == ["IN"]
    assert ("entry_into_force", "2031-04-03") in dates(GREEK_CIRCULAR)


BULGARIAN_ACT = (
    "12.6.2031   \n\nBG\n\nОфициален вестник на Европейския съюз\n\nL 150/3\n\n\n"
    "РЕГЛАМЕНТ ЗА ИЗПЪЛНЕНИЕ (ЕС) 2031/990 НА КОМИСИЯТА\n\nот 10 юни 2031 година\n\n"
    "за налагане на окончателно антидъмпингово мито върху вноса на стоманени въжета с произход от Индия\n\n"
    "ЕВРОПЕЙСКАТА КОМИСИЯ,\n\nкато взе предвид Договора за функционирането на Европейския съюз,\n"
)


def test_a_bulgarian_acts_journal_header_is_its_publication_and_its_date_line_its_own_date():
    assert ("publication", "2031-06-12") in dates(BULGARIAN_ACT)
    assert ("document_date", "2031-06-10") in dates(BULGARIAN_ACT)


def test_a_bulgarian_act_is_known_by_its_designation_and_titled_over_its_paragraphs():
    assert identifier(BULGARIAN_ACT) == "РЕГЛАМЕНТ ЗА ИЗПЪЛНЕНИЕ (ЕС) 2031/990"
    assert title(BULGARIAN_ACT).endswith("въжета с произход от Индия")
    assert affected(BULGARIAN_ACT) == ["IN"]


def test_a_uk_notice_transitioning_an_eu_duty_is_the_uks_however_often_it_cites_eu_acts():
    text = (
        "Notice of determination 2031/4: anti-dumping duty on certain steel wheels originating in India\n"
        "This notice is published under regulation 96(1) of the Trade Remedies (Dumping and Subsidisation) (EU Exit)"
        " Regulations 2019.\n"
        "The Secretary of State for International Trade has determined the anti-dumping duty imposed by Commission"
        " Implementing Regulation (EU) 2029/14, as amended by Regulation (EU) 2030/77 and Regulation (EU) 2030/91,"
        " is to be transitioned. Regulation (EU) 2029/14 and Regulation (EU) 2030/77 are cited.\n"
    )
    assert jurisdiction(text) == ["GB"]


UKRAINIAN_EXPIRY = (
    "Міністерство економіки України повідомляє про закінчення 14.08.2032 строку дії остаточних антидемпінгових"
    " заходів щодо імпорту в Україну сталевих дисків походженням з Республіки Індія.\n"
)


def test_a_ukrainian_notice_of_expiry_ends_the_measure_on_that_day():
    assert ("application_end", "2032-08-14") in dates(UKRAINIAN_EXPIRY)


def test_a_ministry_announcing_the_expiry_acts_on_the_anti_dumping_measure():
    assert measures(UKRAINIAN_EXPIRY) == ["anti_dumping"]
    assert affected(UKRAINIAN_EXPIRY) == ["IN"]


def test_a_ukrainian_notice_is_titled_by_its_heading_and_subject():
    text = (
        "ПОВІДОМЛЕННЯ\nпро порушення антидемпінгового розслідування щодо імпорту в Україну сталевих дисків"
        " походженням з Республіки Індія\n\nМіжвідомча комісія з міжнародної торгівлі розглянула заяву.\n"
    )
    assert title(text).startswith("ПОВІДОМЛЕННЯ про порушення антидемпінгового розслідування")
    assert measures(text) == ["anti_dumping"]


SERBIAN_DECREE = (
    "Na osnovu člana 3. Zakona o Carinskoj tarifi („Službeni glasnik RS”, br. 10/31),\nVlada donosi\nUREDBU\n"
    "O PRIVREMENOJ MERI ZA UVOZ ČELIČNIH CEVI\nČlan 1.\n"
    "Mera se primenjuje na proizvode tarifnih oznaka 7304 19 10 00,7304 19 30 00 i 7306 30 77 00.\n"
    "Član 2.\nMera se utvrđuje u obliku tarifne kvote u ukupnom obimu od 12.500 tona.\n"
)


def test_a_serbian_decree_is_serbias_and_titled_under_its_enacting_formula():
    assert jurisdiction(SERBIAN_DECREE) == ["RS"]
    assert title(SERBIAN_DECREE) == "UREDBU O PRIVREMENOJ MERI ZA UVOZ ČELIČNIH CEVI"


def test_a_list_comma_touching_the_next_code_keeps_both_codes():
    assert codes(SERBIAN_DECREE) == ["7304191000", "7304193000", "7306307700"]


def test_a_quota_in_serbian_tonnes_is_read():
    assert [(quota.amount, quota.unit) for quota in analyse(SERBIAN_DECREE)._.quotas] == [(12500.0, "tonnes")]


def test_a_decimal_comma_is_still_no_list():
    assert codes("Tarifna oznaka 7304 19 10 00 carina 7,5 %, kvota 1304,25 tona.") == ["7304191000"]


SERBIAN_AMENDMENT = (
    "Na osnovu člana 5. Zakona o Carinskoj tarifi („Službeni glasnik RS”, br. 12/31),\nVlada donosi\nUREDBU\n"
    "O IZMENI UREDBE O USKLAĐIVANjU NOMENKLATURE CARINSKE TARIFE ZA 2032. GODINU\nČlan 1.\n"
    "U Glavi 7, u koloni „Sporazumi o slobodnoj trgovini” u tarifnoj oznaci 0702 00 00 00 reči: „TR: 10”"
    " zamenjuju se rečima: „TR: 5”.\nU Glavi 8, posle tarifne oznake 0805 10 20 00 reči: „TR: 0” brišu se.\n"
    "U Glavi 9, u tarifnoj oznaci 0901 11 00 00 reči: „CH: 5” zamenjuju se rečima: „CH: 0”, a reči: „NO: 5” brišu se.\n"
    "U Glavi 10, posle tarifne oznake 1001 19 00 00 dodaju se reči: „MK: 0”.\n"
)


def test_a_serbian_amending_decree_is_read_with_the_english_pipeline_not_as_spanish():
    from nlp.text.language import detect_language

    assert detect_language(SERBIAN_AMENDMENT) == "en"


def test_a_serbian_decree_amending_the_nomenclature_and_its_fta_column_acts_on_both():
    assert measures(SERBIAN_AMENDMENT) == ["nomenclature_change", "preference"]
