"""Other countries' acts in their own languages and in translation (round 10, second pass on final13's world
quarter): the classes their misses showed. A Korean ordinance's number line ('기획재정부령 제552호'); an Indonesian
regulation's number in its summary's lead sentence; a Chinese commission's announcement number in an English
translation; an Arab ministry's decree number ('رقم 530 لسنة 2025'). Who acts: a Moroccan order (its dahir, its
Hijri dates in French) and an Egyptian decree (its gazette; the
republic's bare name is none). Every passage is written for these tests."""

from nlp.countries.rules import implementing_jurisdiction
from nlp.pipeline import analyse
from tests.test_dates_families import typed
from tests.test_reader_r7 import read


def identifier(text: str, jurisdiction: str | None = None) -> str | None:
    return read(text, jurisdiction=jurisdiction)[1]


def test_a_korean_ordinances_number_line_under_its_title_is_its_identifier():
    text = (
        "인도산 합성섬유에 대한 덤핑방지관세의 부과에 관한 규칙\n"
        "기획재정부령 제1043호\n시행: 2031.5.2\n\n"
        "제1조(목적) 이 규칙은 「관세법」 제51조에 따른 덤핑방지관세를 부과할 물품을 지정한다.\n"
    )
    assert identifier(text) == "기획재정부령 제1043호"


def test_a_korean_presidential_decrees_number_line_is_its_identifier():
    text = "관세법 시행령 일부개정령\n대통령령 제35012호\n\n관세법 시행령 일부를 다음과 같이 개정한다.\n"
    assert identifier(text) == "대통령령 제35012호"


def test_an_indonesian_regulations_number_in_its_summarys_lead_is_its_identifier():
    text = (
        "Peraturan Menteri Keuangan Republik Indonesia Nomor 88/PMK.010/2031 ditetapkan untuk mengatur pengenaan"
        " Bea Masuk Antidumping terhadap impor produk benang nilon. Peraturan ini mencabut Peraturan Menteri"
        " Keuangan Nomor 12/PMK.010/2027.\n"
    )
    assert identifier(text) == "Nomor 88/PMK.010/2031"


def test_an_indonesian_trade_ministers_regulation_numbered_by_year_is_its_identifier():
    text = (
        "Peraturan Menteri Perdagangan Nomor 15 Tahun 2031 tentang Kebijakan dan Pengaturan Impor mengubah"
        " ketentuan impor besi dan baja.\n"
    )
    assert identifier(text) == "Nomor 15 Tahun 2031"


def test_a_chinese_commissions_announcement_number_on_its_own_line_in_translation_is_its_identifier():
    text = (
        "The Customs Tariff Commission adjusts the measures of its earlier announcement (Tax Committee"
        " Announcement No. 2 of 2031).\n"
        "Announcement of the Customs Tariff Commission of the State Council on Adjusting Additional Tariffs\n"
        "Tax Committee Announcement No. 3 of 2031\n"
        "1. The additional tariff rate is adjusted from 10% to 15%.\n"
    )
    assert identifier(text) == "Tax Committee Announcement No. 3 of 2031"


def test_an_arab_ministrys_decree_number_is_its_identifier_not_the_decree_it_refers_to():
    text = (
        "أصدر وزير التجارة والصناعة القرار رقم 77 لسنة 2031 بشأن فرض رسم على صادرات الأرز.\n"
        "ويعمل به اعتبارا من اليوم التالي لانتهاء مدة العمل بالقرار رقم 12 لسنة 2030 المشار إليه.\n"
    )
    assert identifier(text) == "رقم 77 لسنة 2031"


def test_an_arab_decrees_preamble_citing_an_earlier_decree_gives_not_that_number():
    text = (
        "وزير التجارة والصناعة\nبعد الاطلاع على القانون رقم 118 لسنة 1975؛\n"
        "وعلى القرار رقم 12 لسنة 2030 بشأن فرض رسم على صادرات الأرز؛\nقرر:\n"
    )
    assert identifier(text) is None


def acting(text: str) -> list[str]:
    return [mention.code for mention in implementing_jurisdiction(text)]


def test_a_moroccan_orders_recitals_say_morocco_acts():
    text = (
        "LE MINISTRE DE L'INDUSTRIE ET DU COMMERCE,\n"
        "Vu la loi n° 15-09 relative aux mesures de défense commerciale, promulguée par le dahir n° 1-11-44 du"
        " 29 joumada II 1432 (2 juin 2011) ;\nAprès avis de la commission de surveillance des importations,\n"
        "ARRÊTE :\nARTICLE PREMIER. - Les importations de fils machine en acier sont soumises à un droit"
        " antidumping définitif de 12 %.\n"
    )
    assert acting(text) == ["MA"]


def test_a_moroccan_hijri_date_with_its_gregorian_date_is_a_cue_alone():
    text = (
        "Vu le décret n° 2-31-100 du 4 chaabane 1452 (19 novembre 2030) pris pour l'application de la loi"
        " relative au commerce extérieur ;\nARRÊTE :\nArticle premier. - Le droit d'importation est fixé à 10 %.\n"
    )
    assert acting(text) == ["MA"]


def test_an_egyptian_decree_restated_by_the_press_says_egypt_acts():
    text = (
        "نشرت الوقائع المصرية قرار وزير التجارة والصناعة رقم 77 لسنة 2031 بشأن فرض رسم على صادرات الأرز.\n"
        "يسري هذا الرسم على الرسائل المصدرة إلى المشروعات المقامة في المناطق الحرة.\n"
    )
    assert acting(text) == ["EG"]


def test_an_agreement_naming_the_arab_republic_of_egypt_as_partner_is_not_egypts_act():
    text = (
        "Agreement in the form of an Exchange of Letters between the European Union and the Arab Republic of Egypt"
        " on the apportionment of the tariff rate quotas of the European Union Schedule.\n"
        "The Arab Republic of Egypt and the European Union agreed on the following.\n"
    )
    assert "EG" not in acting(text)


def types(text: str, jurisdiction: str | None = None) -> list[str]:
    return sorted(mention.type for mention in analyse(text, jurisdiction=jurisdiction)._.measures)


def test_a_commission_raising_its_additional_tariffs_on_one_countrys_goods_acts_on_a_countermeasure():
    text = (
        "Announcement of the Customs Tariff Commission on Adjusting the Measures for Imposing Additional Tariffs on"
        " Imports Originating from Canada\n"
        "On 3 March 2031, the Canadian government announced that its surtax on our steel would be increased from"
        " 10% to 25%.\n"
        "Upon approval, the Commission will adjust the tariff rates specified in the announcement on the additional"
        " tariffs on imports originating from Canada: the additional tariffs are raised from 10% to 25%.\n"
    )
    assert types(text) == ["retaliation"]


def test_a_plain_rate_increase_on_all_origins_is_no_countermeasure():
    text = (
        "Announcement of the Customs Tariff Commission on Adjusting Import Tariff Rates\n"
        "From 1 January 2031, the import tariff rates of the goods listed in the annex are increased from 5% to 8%.\n"
    )
    assert types(text) == ["duty_rate_change"]


def test_a_russian_acts_capitals_title_opening_with_ob_runs_over_its_lines():
    text = (
        "КОЛЛЕГИЯ ЕВРАЗИЙСКОЙ ЭКОНОМИЧЕСКОЙ КОМИССИИ\n\nРЕШЕНИЕ\nот 5 июня 2031 г. N 90\n\n"
        "ОБ УСТАНОВЛЕНИИ\nСТАВКИ ВВОЗНОЙ ТАМОЖЕННОЙ ПОШЛИНЫ\nВ ОТНОШЕНИИ ОТДЕЛЬНЫХ ВИДОВ БУМАГИ\n\n"
        "В соответствии со статьей 45 Договора о Евразийском экономическом союзе от 29 мая 2014 года Коллегия"
        " Евразийской экономической комиссии решила:\n1. Установить ставку ввозной таможенной пошлины.\n"
    )
    title, number = read(text, jurisdiction="EAEU")
    assert " ".join(title.split()) == (
        "ОБ УСТАНОВЛЕНИИ СТАВКИ ВВОЗНОЙ ТАМОЖЕННОЙ ПОШЛИНЫ В ОТНОШЕНИИ ОТДЕЛЬНЫХ ВИДОВ БУМАГИ"
    )
    assert number == "N 90"


def test_a_news_page_reprinting_an_announcement_gives_its_title_after_the_full_text_is_as_follows():
    text = (
        "According to the ministry's website, the Commission issued an announcement on 3 May which adjusts the"
        " additional tariffs from 6 May.\nThe full text is as follows:\n"
        "Announcement of the Customs Tariff Commission of the State Council on Adjusting Additional Tariffs on"
        " Imports Originating from Canada\nTax Committee Announcement No. 7 of 2031\n"
        "1. The additional tariff rates are adjusted from 10% to 25%.\n"
    )
    assert read(text, jurisdiction="CN") == (
        "Announcement of the Customs Tariff Commission of the State Council on Adjusting Additional Tariffs on"
        " Imports Originating from Canada",
        "Tax Committee Announcement No. 7 of 2031",
    )


MINISTERS_ORDER = (
    "LE MINISTRE DE L'INDUSTRIE ET DU COMMERCE, LE MINISTRE DE L'ÉCONOMIE ET DES FINANCES,\n"
    "Vu la loi n° 15-09 relative aux mesures de défense commerciale, notamment son article 52 ;\n"
    "Considérant les conclusions de l'enquête,\nARRÊTENT :\n"
    "ARTICLE PREMIER. - Les importations de fils machine sont soumises à un droit additionnel de 15 %.\n"
)


def test_a_french_orders_ministers_in_capitals_and_its_recitals_are_no_title():
    assert read(MINISTERS_ORDER, jurisdiction="MA")[0] is None


def test_a_french_orders_own_title_line_above_its_ministers_is_its_title():
    text = "Arrêté conjoint portant application d'une mesure de sauvegarde sur les fils machine\n" + MINISTERS_ORDER
    assert read(text, jurisdiction="MA")[0] == (
        "Arrêté conjoint portant application d'une mesure de sauvegarde sur les fils machine"
    )


def test_a_definitive_additional_duty_under_a_trade_defence_law_is_a_safeguard():
    assert types(MINISTERS_ORDER.replace("droit additionnel de 15 %", "droit additionnel définitif de 15 %")) == [
        "safeguard"
    ]


def test_a_provisional_additional_ad_valorem_duty_is_a_safeguard():
    text = (
        "Article 1er. - Les importations de carreaux de céramique sont soumises, pour une durée de 200 jours, à un"
        " droit additionnel ad valorem provisoire de 20 %.\n"
    )
    assert types(text) == ["safeguard"]


def test_a_korean_rule_applying_to_goods_declared_on_or_after_a_day_starts_applying_then():
    text = "제3조(적용례) 이 규칙은 2031년 9월 25일 이후 수입신고된 물품부터 적용한다.\n"
    assert typed(text, jurisdiction="KR") == {("application_start", "2031-09-25", False)}
