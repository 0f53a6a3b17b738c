"""Other countries' acts and the pages that relay them (round 15, second pass on final18's world quarter): the classes
their misses showed. The Gazette of India's masthead over a notification, its heading with the Gazette serial before
the notification's number, and a copy that keeps only the serial; a Russian title in capitals with a hyphenated word
and a name wrapped over its lines; a Korean firm's newsletter relaying a rule (its date and issue lines, its
addendum's period, the origin suffix '-산'); a Vietnamese press item's dateline and signature; a Philippine order
modifying the nomenclature and the rates; a Brazilian resolution altering an anti-dumping duty's rate, its preamble
citing a decree, its composition figures and its DOU source line; a temporary zero rate of the EAEU and a legal
database's note of amending acts; an Indian export-duty notification under section 8 'with immediate effect'; a news
lead's yearless day and an expiry told as a condition. Every passage is written for these tests."""

import pytest

from nlp.countries.jurisdiction import implementing_jurisdiction
from nlp.pipeline import analyse


def all_dates(text: str, jurisdiction: str | None = None) -> set[tuple[str, str]]:
    return {(d.type, d.date) for d in analyse(text, jurisdiction=jurisdiction)._.dates}


def title(text: str, jurisdiction: str | None = None) -> str | None:
    found = analyse(text, jurisdiction=jurisdiction)._.official_title
    return found.text if found else None


def identifier(text: str, jurisdiction: str | None = None) -> str | None:
    found = analyse(text, jurisdiction=jurisdiction)._.identifier
    return found.text if found else None


def measures(text: str, jurisdiction: str | None = None) -> set[str]:
    return {m.type for m in analyse(text, jurisdiction=jurisdiction)._.measures}


def affected(text: str, jurisdiction: str | None = None) -> set[str]:
    return set(analyse(text, jurisdiction=jurisdiction)._.countries["affected"])


def rates(text: str, jurisdiction: str | None = None) -> set[tuple[float, str]]:
    return {(r.value, r.unit) for r in analyse(text, jurisdiction=jurisdiction)._.rates}


def jurisdictions(text: str) -> list[str]:
    return [mention.code for mention in implementing_jurisdiction(text)]


# --- the Gazette of India's masthead and the notification's own number

GAZETTE_MASTHEAD = (
    "REGD. No. D. L.-33004/99\n"
    "The Gazette of India\n"
    "CG-DL-E-14032031-301122\n"
    "EXTRAORDINARY\n"
    "PART II-Section 3-Sub-section (i)\n"
    "PUBLISHED BY AUTHORITY\n"
    "No. 212]\n"
    "NEW DELHI, FRIDAY, MARCH 14, 2031/PHALGUNA 23, 1952\n"
    "MINISTRY OF FINANCE\n"
    "(Department of Revenue)\n"
    "NOTIFICATION\n"
    "New Delhi, the 14th March, 2031\n"
    "No. 9/2031-Customs (ADD)\n"
    "G.S.R. 188(E).—Whereas in the matter of 'Widget rings' falling under tariff heading 7318 of the First Schedule "
    "to the Customs Tariff Act, 1975, originating in, or exported from Ruritania, the designated authority in its "
    "final findings, vide notification No. 6/12/2030-DGTR, dated the 2nd January, 2031, published in the\n"
    "Gazette of India, Extraordinary, Part I, Section 1, dated the 2nd January, 2031, has recommended imposition "
    "of an anti-dumping duty.\n"
)


def test_gazette_of_india_masthead_lines_are_no_title():
    assert title(GAZETTE_MASTHEAD, "IN") is None
    assert identifier(GAZETTE_MASTHEAD, "IN") == "No. 9/2031-Customs (ADD)"


def test_cited_findings_published_in_the_gazette_are_not_this_notifications_publication():
    dates = all_dates(GAZETTE_MASTHEAD, "IN")
    assert ("publication", "2031-03-14") in dates  # the masthead's dateline
    assert ("publication", "2031-01-02") not in dates
    assert ("other", "2031-01-02") in dates


def test_notification_heading_with_its_gazette_serial_before_its_number():
    text = (
        "Notification G.S.R. 412(E). No. 31/2031-Customs, Dated 4th June, 2031\n\n"
        "In exercise of the powers conferred by sub-section (1) of section 25 of the Customs Act, 1962, the Central "
        "Government hereby makes the following further amendments in the notification No. 50/2017-Customs, dated the "
        "30th June, 2017.\n\n2. This notification shall come into force with immediate effect.\n"
    )
    assert identifier(text, "IN") == "No. 31/2031-Customs"
    assert ("entry_into_force", "2031-06-04") in all_dates(text, "IN")


def test_a_copy_without_the_notification_number_keeps_its_gazette_serial():
    text = (
        "Seeks to amend the Second Schedule to the Customs Tariff Act to levy export duty on widgets.-\n"
        "G.S.R. 501(E).-Whereas, the Central Government is satisfied that export duty should be levied on certain "
        "articles and that circumstances exist which render it necessary to take immediate action.\n"
        "Now, therefore, in exercise of the powers conferred by sub-section (1) of section 8 of the Customs Tariff "
        "Act, 1975, the Central Government hereby directs that the Second Schedule shall be amended as follows.\n"
        "2. This notification shall come into force from 1st July, 2031.\n"
    )
    assert identifier(text, "IN") == "G.S.R. 501(E)"
    assert "duty_rate_change" in measures(text, "IN")


def test_a_serial_cited_inside_the_text_is_not_the_number():
    text = (
        "In the said notification, published vide number\nG.S.R. 153(E), dated the 1st March, 2011, the entries "
        "shall be omitted.\n"
    )
    assert identifier(text, "IN") is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("This notification shall come into force with immediate effect.", ("entry_into_force", "2031-02-09")),
        ("These rules shall come into force forthwith.", ("entry_into_force", "2031-02-09")),
    ],
)
def test_in_force_at_once_is_the_acts_own_date(sentence, expected):
    text = f"Notification No. 4/2031-Customs\nNew Delhi, the 9th February, 2031\n\nThe duty is amended.\n\n{sentence}\n"
    assert expected in all_dates(text, "IN")


# --- Russian titles and names in capitals


def test_russian_title_in_capitals_with_a_hyphenated_word():
    text = (
        "ОБ УСТАНОВЛЕНИИ СТАВКИ ВВОЗНОЙ ТАМОЖЕННОЙ ПОШЛИНЫ ЕДИНОГО ТАМОЖЕННОГО ТАРИФА ЕВРАЗИЙСКОГО ЭКОНОМИЧЕСКОГО "
        "СОЮЗА В ОТНОШЕНИИ ОТДЕЛЬНЫХ ВИДОВ ПОЛИЭТИЛЕН-ТЕРЕФТАЛАТА\n"
        "В соответствии со статьей 45 Договора о Евразийском экономическом союзе от 29 мая 2014 года Коллегия "
        "Евразийской экономической комиссии решила:\n"
    )
    assert title(text, "EAEU").startswith("ОБ УСТАНОВЛЕНИИ СТАВКИ")


def test_a_country_name_wrapped_over_the_lines_of_a_heading():
    text = (
        "РЕШЕНИЕ\nот 3 марта 2031 г. N 12\n\nО ПРИМЕНЕНИИ АНТИДЕМПИНГОВОЙ МЕРЫ В ОТНОШЕНИИ СТАЛЬНЫХ ТРУБ,\n"
        "ПРОИСХОДЯЩИХ ИЗ КИТАЙСКОЙ НАРОДНОЙ РЕСПУБЛИКИ И ТУРЕЦКОЙ\nРЕСПУБЛИКИ\n\n"
        "Коллегия Евразийской экономической комиссии решила:\n1. Применить антидемпинговую меру.\n"
    )
    assert affected(text, "EAEU") == {"CN", "TR"}


def test_a_legal_databases_note_of_amending_acts_is_not_the_acts_date():
    text = (
        "КОЛЛЕГИЯ ЕВРАЗИЙСКОЙ ЭКОНОМИЧЕСКОЙ КОМИССИИ\n\nРЕШЕНИЕ\nот 3 марта 2031 г. N 12\n\n"
        "О ПРИМЕНЕНИИ АНТИДЕМПИНГОВОЙ МЕРЫ В ОТНОШЕНИИ СТАЛЬНЫХ ТРУБ\n\nСписок изменяющих документов\n\n"
        "(в ред. решения Коллегии Евразийской экономической комиссии\n\nот 20.05.2031 N 40)\n\n"
        "Коллегия Евразийской экономической комиссии решила:\n"
    )
    dates = all_dates(text, "EAEU")
    assert ("document_date", "2031-03-03") in dates
    assert ("other", "2031-05-20") in dates
    assert ("document_date", "2031-05-20") not in dates


def test_a_zero_rate_for_a_while_suspends_the_duty():
    text = (
        "Коллегия Евразийской экономической комиссии решила:\n"
        "1. Установить ставки ввозных таможенных пошлин Единого таможенного тарифа Евразийского экономического союза "
        "(приложение к Решению Совета Евразийской экономической комиссии от 16 июля 2012 г. № 54) в отношении "
        "семян льна, классифицируемых кодом 1204 00 900 0 ТН ВЭД ЕАЭС, в размере 0 процентов от таможенной "
        "стоимости с 1 марта 2031 г. по 28 февраля 2033 г. включительно.\n"
    )
    assert measures(text, "EAEU") == {"duty_suspension"}


def test_a_lasting_rate_set_in_russian_stays_a_rate_change():
    text = (
        "Коллегия Евразийской экономической комиссии решила:\n"
        "1. Установить ставку ввозной таможенной пошлины Единого таможенного тарифа Евразийского экономического "
        "союза в отношении семян льна в размере 5 процентов от таможенной стоимости.\n"
    )
    assert measures(text, "EAEU") == {"duty_rate_change"}


# --- a Korean newsletter relaying a rule

KOREAN_NEWSLETTER = (
    "2031년 06월 11일\n\nNEWSLETTER 제 1204호\n\n"
    "제 1204호 「말레이시아산 합판에 대한 덤핑방지관세 부과에 관한 규칙」\n\n"
    "최근 무역위원회의 조사 결과에 따라 말레이시아산 합판에 대한 덤핑방지관세 부과에 관한 규칙이 제정되었습니다. "
    "이에 주요 내용을 안내드립니다.\n\n"
    "부과대상 물품: 말레이시아산 합판(관세·통계통합품목분류표의 품목번호 제4412.33.0000호)\n\n"
    "덤핑방지관세율 12.5%\n\n"
    "이 규칙은 공포한 날(2031. 06. 03.)부터 시행한다.\n\n이 규칙은 공포한 날부터 3년간 효력을 가진다.\n"
)


def test_korean_newsletter_title_is_its_item_heading():
    assert title(KOREAN_NEWSLETTER, "KR") == "제 1204호 「말레이시아산 합판에 대한 덤핑방지관세 부과에 관한 규칙」"


def test_korean_newsletter_dates_relay_the_rules_period():
    dates = all_dates(KOREAN_NEWSLETTER, "KR")
    assert ("publication", "2031-06-11") in dates
    assert ("entry_into_force", "2031-06-03") in dates
    assert ("application_end", "2034-06-02") in dates  # three years from promulgation: the day before the anniversary


def test_korean_trade_commission_and_hsk_schedule_name_korea():
    assert jurisdictions(KOREAN_NEWSLETTER)[:1] == ["KR"]


@pytest.mark.parametrize(("word", "code"), [("이집트산", "EG"), ("네덜란드산", "NL"), ("아르헨티나산", "AR")])
def test_korean_origin_suffix_names_the_affected_country(word, code):
    text = (
        f"기획재정부는 {word} 백색 시멘트에 대한 덤핑방지관세를 5년간 부과한다고 밝혔다. 덤핑방지관세율은 20.5%이다.\n"
    )
    assert code in affected(text, "KR")


# --- a Vietnamese press item


def test_vietnamese_press_dateline_and_signature_name_viet_nam():
    text = (
        "HÀ NỘI — The Ministry of Industry and Trade (MoIT) has decided to extend the anti-dumping duty on "
        "cold-rolled steel from China and Korea for five years. — VNS\n"
    )
    assert jurisdictions(text)[:1] == ["VN"]


# --- a Philippine order


def test_philippine_order_modifying_the_nomenclature_and_rates():
    text = (
        "[ EXECUTIVE ORDER NO. 17, March 3, 2031 ]\n\n"
        "MODIFYING THE NOMENCLATURE AND RATES OF IMPORT DUTY ON CERTAIN AGRICULTURAL PRODUCTS\n\n"
        "WHEREAS, Section 1608 of the Customs Modernization and Tariff Act empowers the President to increase, reduce "
        "or remove existing rates of import duty;\n"
    )
    assert measures(text, "PH") == {"nomenclature_change", "duty_rate_change"}


def test_a_memo_quoting_the_title_of_the_order_it_applies_changes_no_nomenclature():
    # the quoted title is the cited order's; the memo only says from when its new rates apply
    text = (
        "[ CUSTOMS MEMORANDUM ORDER NO. 9-2031, February 2, 2031 ]\n\n"
        'On 12 January 2031, the President issued Executive Order No. 88, "MODIFYING THE NOMENCLATURE AND THE RATES '
        'OF IMPORT DUTY ON CERTAIN INDUSTRIAL PRODUCTS".\n\n'
        "1. The new rates of import duty under EO 88 shall apply to all goods entered for consumption on or after "
        "1 February 2031.\n"
    )
    assert "nomenclature_change" not in measures(text, "PH")


# --- Brazilian resolutions


def test_altering_the_rate_of_an_anti_dumping_duty_is_no_rate_change():
    text = (
        "RESOLUÇÃO GECEX Nº 901, DE 4 DE MARÇO DE 2031\n"
        "Altera a alíquota do direito antidumping aplicado às importações brasileiras de laminados de aço, "
        "originárias da China.\n"
        "Art. 1º Fica alterada a alíquota do direito antidumping definitivo aplicado às importações brasileiras de "
        "laminados de aço, originárias da China, para 21,5%.\n"
    )
    assert measures(text, "BR") == {"anti_dumping"}


def test_altering_the_import_tax_rate_stays_a_rate_change():
    text = (
        "RESOLUÇÃO GECEX Nº 12, DE 4 DE MARÇO DE 2031\n"
        "Altera a alíquota do Imposto de Importação incidente sobre pneus.\n"
        "O COMITÊ-EXECUTIVO DE GESTÃO DA CÂMARA DE COMÉRCIO EXTERIOR resolve:\n"
        "Art. 1º Fica alterada para 16% a alíquota do Imposto de Importação incidente sobre pneus de carga.\n"
    )
    assert "duty_rate_change" in measures(text, "BR")


GECEX_EXTENSION = (
    "Prorroga direito antidumping definitivo aplicado às importações brasileiras de óxido de zinco, com o mínimo de "
    "95% de zinco e 3% máximo de chumbo, originárias da China\n"
    "O COMITÊ-EXECUTIVO DE GESTÃO DA CÂMARA DE COMÉRCIO EXTERIOR, no uso da atribuição que lhe confere o art. 7º, "
    "inciso VI, do Decreto nº 10.044, de 4 de outubro de 2029, e o deliberado em sua 230ª reunião, ocorrida no dia "
    "10 de março de 2031, resolve:\n"
    "Art. 1º Prorrogar o direito antidumping definitivo, a ser recolhido sob a forma de alíquota específica, no "
    "montante abaixo especificado:\n"
    "Origem |\nProdutor/exportador |\nDireito antidumping definitivo (em US$/t) |\nChina |\nTodos os produtores |\n"
    "312,40 |\n"
    "Art. 2º Esta resolução entra em vigor na data de sua publicação.\n"
    "Fonte: Publicada no DOU em 12/03/2031 | Edição: 48 | Seção: 1 | Página: 31\n"
)


def test_a_decree_cited_in_the_enacting_formula_is_not_the_acts_date():
    dates = all_dates(GECEX_EXTENSION, "BR")
    assert ("other", "2029-10-04") in dates
    assert ("document_date", "2029-10-04") not in dates


def test_composition_figures_and_the_source_lines_page_are_no_rates():
    assert rates(GECEX_EXTENSION, "BR") == {(312.4, "USD/tonne")}


# --- a news lead's yearless day, an expiry told as a condition


def test_a_news_leads_yearless_day_takes_no_year_from_the_history_below():
    text = (
        "On 14 March the International Trade Administration Commission announced the final determination of the "
        "sunset review of the anti-dumping duties on widgets from Ruritania.\n"
        "On 2 May 2029, the Commission notified interested parties through a Government Gazette notice that unless "
        "a substantiated request was made, the anti-dumping duties would expire on 30 April 2030.\n"
        "The review was initiated on 25 April 2030.\n"
    )
    dates = all_dates(text, "ZA")
    assert not any(day.endswith("-03-14") for _, day in dates)
    assert ("application_end", "2030-04-30") not in dates
    assert ("other", "2030-04-30") in dates
