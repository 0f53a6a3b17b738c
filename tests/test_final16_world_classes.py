"""Other countries' acts and the pages that relay them (round 13, second pass on final16's world quarter): the classes
their misses showed. Thai long and short country names on a case page; Korean pre-announcements of legislation (the
portal's comment period, the ministry's notice number, codes after '품목분류표 번호', proposed rates that are not
rates, dates written '2031. 10. 22.'); a Korean rule copied from its first article (no title); Chinese Tariff
Commission announcements in traditional characters (number, jurisdiction, countermeasures, the day they apply from);
a Russian decree's duties on goods of states 'that violate Russia's economic interests' (retaliation); a French news
report of a Moroccan joint order (jurisdiction, the order's number, its date no document date of the report); an
Indian notification's gazette part line (no title). Every passage is written for these tests."""

import pytest

from nlp.countries.names import find_country_names
from nlp.countries.rules import implementing_jurisdiction
from nlp.pipeline import analyse


def measure_types(text: str, jurisdiction: str | None = None) -> set[str]:
    return {m.type for m in analyse(text, jurisdiction=jurisdiction)._.measures}


def all_dates(text: str, jurisdiction: str | None = None) -> set[tuple[str, str]]:
    return {(d.type, d.date) for d in analyse(text, jurisdiction=jurisdiction)._.dates}


def identifier(text: str, jurisdiction: str | None = None) -> str | None:
    found = analyse(text, jurisdiction=jurisdiction)._.identifier
    return found.text if found else None


def jurisdictions(text: str) -> list[str]:
    return [mention.code for mention in implementing_jurisdiction(text)]


# --- Thai case pages: the origins in their long and short forms


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("สาธารณรัฐแอฟริกาใต้", "ZA"),
        ("คาซัคสถาน", "KZ"),
        ("สาธารณรัฐเวเนซุเอลา", "VE"),
        ("สาธารณรัฐอาร์เจนตินา", "AR"),
        ("สาธารณรัฐประชาธิปไตยประชาชนแอลจีเรีย", "DZ"),
        ("สาธารณรัฐสโลวัก", "SK"),
        ("โรมาเนีย", "RO"),
        ("บราซิล", "BR"),
        ("ตุรกี", "TR"),
        ("สาธารณรัฐสังคมนิยมเวียดนาม", "VN"),
    ],
)
def test_thai_names_of_origins(name, code):
    text = f"ประเทศ : {name}, และ ไต้หวัน"
    assert [m.code for m in find_country_names(text)] == [code, "TW"]


def test_north_korea_is_not_read_as_the_republic_of_korea():
    text = "ประเทศ : สาธารณรัฐประชาธิปไตยประชาชนเกาหลี"
    assert [m.code for m in find_country_names(text)] == ["KP"]


def test_every_origin_of_a_thai_case_page():
    text = (
        "รายละเอียดการใช้มาตรการของสินค้า\n\nประเภทของมาตรการ : AD\nชื่อสินค้า : ท่อเหล็กกล้าไร้สนิม\n"
        "ประเทศ : สาธารณรัฐอาร์เจนตินา, โรมาเนีย, สาธารณรัฐคาซัคสถาน, และ สาธารณรัฐแอฟริกาใต้\n"
        "CASE ID : AD9001\n\nพิกัดศุลกากร : 73041100010, 73041100090\n"
    )
    assert set(analyse(text, jurisdiction="TH")._.countries["affected"]) == {"AR", "RO", "KZ", "ZA"}


# --- Korean pre-announcements and rules

KOREAN_PRE_ANNOUNCEMENT = (
    "태국산 스테인리스 강관에 대한 덤핑방지관세 부과에 관한 규칙 제정\n\n"
    "  • 부령 | 법령분야 : 관세 | 적용대상 : | 접수기간 : 2031. 3. 2. ~ 2031. 3. 16. 마감\n"
    "  • 기획재정부 ( 산업관세과 )   전화번호 : 044-000-0000\n\n"
    "⊙기획재정부공고제2031-42호\n\n"
    "태국산 스테인리스 강관에 대한 덤핑방지관세 부과에 관한 규칙을 제정함에 있어, 그 취지와 주요내용을 미리 국민에게"
    " 알려 이에 대한 의견을 수렴하고자 「행정절차법」제41조의 규정에 따라 다음과 같이 공고합니다.\n\n"
    "2031년 3월 2일\n\n기획재정부장관\n\n"
    "태국산 스테인리스 강관에 대한 덤핑방지관세 부과에 관한 규칙 제정안 입법예고\n\n"
    "1. 제정이유\n\n「관세법」 제51조에 따라 해당 물품에 대하여 향후 5년간 덤핑방지관세를 부과하려는 것임\n\n"
    "2. 주요내용\n\n"
    "가. 부과대상 물품은 태국산 스테인리스 강관(「관세법 시행령」 제98조에 따른 관세ㆍ통계통합품목분류표 번호 :"
    " 제7304.41호, 제7306.40호에 해당하는 것을 말한다)으로 한다.\n\n"
    "나. 덤핑방지관세율은 부과대상 공급자에 따라 7.12%~21.40%로 함\n"
)


def test_a_korean_pre_announcements_comment_period_ends_on_its_deadline():
    dates = all_dates(KOREAN_PRE_ANNOUNCEMENT, "KR")
    assert ("comment_deadline", "2031-03-16") in dates
    assert ("other", "2031-03-02") in dates
    assert ("document_date", "2031-03-02") in dates


def test_a_korean_ministrys_notice_number_on_its_own_line():
    assert identifier(KOREAN_PRE_ANNOUNCEMENT, "KR") == "기획재정부공고제2031-42호"


def test_a_korean_agencys_notice_number_written_with_spaces():
    text = "관세청 고시 제2031-12호\n\n수입물품 품목분류 변경 고시\n\n1. 품목분류를 다음과 같이 변경한다.\n"
    assert identifier(text, "KR") == "관세청 고시 제2031-12호"


def test_six_digit_codes_after_the_korean_classification_tables_number():
    codes = [c.code for c in analyse(KOREAN_PRE_ANNOUNCEMENT, jurisdiction="KR")._.codes]
    assert codes == ["730441", "730640"]


def test_a_pre_announcements_proposed_rates_are_no_rates():
    assert analyse(KOREAN_PRE_ANNOUNCEMENT, jurisdiction="KR")._.rates == []


def test_a_made_rules_rates_are_still_read():
    text = (
        KOREAN_PRE_ANNOUNCEMENT.replace(" 제정안 입법예고", " 제정")
        .replace("주요내용", "규칙 내용")
        .replace("알려 이에 대한 의견을 수렴하고자 「행정절차법」제41조의 규정에 따라", "알리기 위하여")
    )
    assert analyse(text, jurisdiction="KR")._.rates != []


def test_a_korean_date_written_with_dots_and_spaces():
    text = "제2조(부과대상 물품) 다만, 재생판은 부과대상 물품에서 제외한다. <개정 2031. 12. 31 .>\n"
    assert ("other", "2031-12-31") in all_dates(text, "KR")


def test_a_code_with_dots_closing_a_sentence_is_no_date():
    text = "The goods fall under subheading 2009.11.12.\n"
    assert all_dates(text) == set()


def test_a_korean_comment_deadline_in_the_notices_body():
    text = (
        "의견제출\n\n이 규칙 제정안에 대하여 의견이 있는 기관ㆍ단체 또는 개인은 2031년 3월 16일까지 통합입법예고센터를"
        " 통하여 의견을 제출하여 주시기 바랍니다.\n"
    )
    assert ("comment_deadline", "2031-03-16") in all_dates(text, "KR")


def test_a_korean_rule_copied_from_its_first_article_has_no_title():
    text = (
        "제1조 (목적)\n이 규칙은 「관세법」 제51조에 따른 덤핑방지관세를 부과할 물품과 공급자를 지정하고 해당 물품에 적용할"
        " 관세율을 규정함을 목적으로 한다.\n제2조 (부과대상 물품)\n덤핑방지관세가 부과되는 물품은 베트남산 합판으로 한다.\n"
    )
    assert analyse(text, jurisdiction="KR")._.official_title is None


# --- Chinese Tariff Commission announcements in traditional characters

TRADITIONAL_ANNOUNCEMENT = (
    "國務院關税税則委員會關於對原產於加拿大的部分進口商品加徵關税的公告\n"
    "税委會公告2031年第5號\n"
    "根據《中華人民共和國關税法》、《中華人民共和國海關法》等法律法規,經國務院批准,自2031年6月1日起,"
    "對原產於加拿大的部分進口商品加徵關税。有關事項如下:\n"
    "一、對油菜籽油、豌豆加徵25%關税,具體商品範圍見附件。\n"
    "國務院關税税則委員會\n2031年5月20日\n"
)


def test_a_traditional_character_announcements_number():
    assert identifier(TRADITIONAL_ANNOUNCEMENT) == "税委會公告2031年第5號"


def test_a_traditional_character_announcement_is_chinas():
    assert jurisdictions(TRADITIONAL_ANNOUNCEMENT) == ["CN"]


def test_a_news_copy_with_readings_names_the_commissions_announcement_series():
    text = "根據《國務院關(guān)稅稅則委員會(huì)關于加征關(guān)稅的公告》(稅委會(huì)公告〔2031〕6號),現將有關事項公告如下:\n"
    assert jurisdictions(text) == ["CN"]


def test_additional_tariffs_on_one_named_countrys_goods_are_a_countermeasure():
    assert measure_types(TRADITIONAL_ANNOUNCEMENT) == {"retaliation"}


@pytest.mark.parametrize(
    "sentence",
    [
        "自2031年6月1日起,对原产于加拿大的部分进口商品加征关税。",
        "对税委会公告所附对美加征关税商品清单的商品,自2031年6月1日起加征关税。",
    ],
)
def test_simplified_character_countermeasures(sentence):
    assert measure_types(sentence) == {"retaliation"}


def test_the_day_the_additional_tariffs_are_levied_from():
    assert ("entry_into_force", "2031-06-01") in all_dates(TRADITIONAL_ANNOUNCEMENT)


# --- a Russian decree of duties on the goods of states acting against Russia's economic interests

RUSSIAN_DECREE = (
    "ПРАВИТЕЛЬСТВО РОССИЙСКОЙ ФЕДЕРАЦИИ\n\nПОСТАНОВЛЕНИЕ\nот 3 марта 2031 г. N 415\n\n"
    "ОБ УТВЕРЖДЕНИИ СТАВОК ВВОЗНЫХ ТАМОЖЕННЫХ ПОШЛИН В ОТНОШЕНИИ ОТДЕЛЬНЫХ ТОВАРОВ, СТРАНОЙ ПРОИСХОЖДЕНИЯ КОТОРЫХ"
    " ЯВЛЯЮТСЯ ГОСУДАРСТВА, ПРЕДПРИНИМАЮЩИЕ МЕРЫ, КОТОРЫЕ НАРУШАЮТ ЭКОНОМИЧЕСКИЕ ИНТЕРЕСЫ РОССИЙСКОЙ ФЕДЕРАЦИИ\n\n"
    "Правительство Российской Федерации постановляет:\n\n1. Утвердить прилагаемые ставки ввозных таможенных пошлин в"
    " отношении отдельных товаров, страной происхождения которых являются государства, предпринимающие меры, которые"
    " нарушают экономические интересы Российской Федерации.\n"
)


def test_duties_on_goods_of_states_violating_russias_interests_are_retaliation():
    assert measure_types(RUSSIAN_DECREE, "RU") == {"retaliation"}


def test_countermeasures_named_as_such():
    text = (
        "ПОСТАНОВЛЕНИЕ\n\nО применении ответных мер в отношении отдельных товаров\n\n1. Установить ставки ввозных"
        " таможенных пошлин в качестве ответных мер.\n"
    )
    assert measure_types(text, "RU") == {"retaliation"}


def test_an_ordinary_rate_decree_is_still_a_rate_change():
    text = RUSSIAN_DECREE.replace(
        "СТРАНОЙ ПРОИСХОЖДЕНИЯ КОТОРЫХ ЯВЛЯЮТСЯ ГОСУДАРСТВА, ПРЕДПРИНИМАЮЩИЕ МЕРЫ, КОТОРЫЕ НАРУШАЮТ ЭКОНОМИЧЕСКИЕ"
        " ИНТЕРЕСЫ РОССИЙСКОЙ ФЕДЕРАЦИИ",
        "ВВОЗИМЫХ В РАМКАХ ИНВЕСТИЦИОННЫХ ПРОЕКТОВ",
    ).replace(
        ", страной происхождения которых являются государства, предпринимающие меры, которые нарушают экономические"
        " интересы Российской Федерации",
        ", ввозимых в рамках инвестиционных проектов",
    )
    assert measure_types(text, "RU") == {"duty_rate_change"}


# --- a French news report of a Moroccan joint order

MOROCCAN_REPORT = (
    "Le Maroc prolonge le droit antidumping sur le contreplaqué égyptien\n\n"
    "Les autorités marocaines ont confirmé la prolongation du droit antidumping définitif sur les importations de"
    " contreplaqué originaire d'Égypte.\n\n"
    "Cette décision, consignée dans l'arrêté conjoint n°3.31 du 12 mars 2031 et publiée au Bulletin Officiel n°7710"
    " du 2 avril 2031, étend la taxation pour une période supplémentaire de cinq ans.\n\n"
    "La circulaire n°7012/211 du 3 avril 2031, émise par l'Administration des Douanes, précise les modalités"
    " d'application de cette prorogation.\n"
)


def test_a_reported_moroccan_order_says_who_acts():
    assert jurisdictions(MOROCCAN_REPORT) == ["MA"]


def test_a_reported_joint_order_is_the_reports_number():
    assert identifier(MOROCCAN_REPORT) == "arrêté conjoint n°3.31"


def test_the_reported_orders_date_is_no_date_of_the_report():
    dates = all_dates(MOROCCAN_REPORT)
    assert ("other", "2031-03-12") in dates
    assert not {kind for kind, _ in dates} & {"document_date", "publication"}


def test_a_french_title_citing_an_act_made_under_another():
    text = "Arrêté du 5 mai 2031 pris en vertu du décret n° 2030-12 du 3 janvier 2030\n\nArticle 1er\n"
    dates = all_dates(text)
    assert ("document_date", "2031-05-05") in dates
    assert ("document_date", "2030-01-03") not in dates


# --- an Indian notification's gazette header


def test_the_gazette_part_line_under_the_header_is_no_title():
    text = (
        "[TO BE PUBLISHED IN THE GAZETTE OF INDIA, EXTRAORDINARY,\nPART II, SECTION 3, SUB-SECTION\n(i)]\n"
        "GOVERNMENT OF INDIA\nMINISTRY OF FINANCE\n(Department of Revenue)\nNotification No. 9/2031-Customs\n"
        "New Delhi, the 4th March, 2031\nG.S.R. ……(E). - In exercise of the powers conferred by sub-section (1) of"
        " section 25 of the Customs Act, 1962 (52 of 1962), the Central Government hereby exempts the goods.\n"
    )
    doc = analyse(text, jurisdiction="IN")
    assert doc._.official_title is None
    assert doc._.identifier.text == "Notification No. 9/2031-Customs"


# --- Indian notifications: substituted rows, a 'Nil' rate cell, a quantity ceiling in words

SUBSTITUTED_ROWS = (
    "G.S.R. 500(E).- In exercise of the powers conferred by sub-section (1) of section 25 of the Customs Act, 1962 (52"
    " of 1962), the Central Government, on being satisfied that it is necessary in the public interest so to do, hereby"
    " makes the following amendments in the notification No. 11/2030-Customs, namely:-\nIn the said notification, in the TABLE,\n"
    "I. for S. Nos. 14 to 16, and the entries relating thereto, the following S. Nos. and entries shall be"
    " substituted, namely:-\n\n(1) (2) (3) (4) (5)\n"
    "“14 08011100 Desiccated coconut 20 5\n15 08011200 Coconuts in the inner shell 20 5\n"
    "16 08013100 Cashew nuts, in shell 2.5 -”;\n\n"
    "II. for S. No. 40, and the entries relating thereto, the following S. No. and entries shall be substituted,"
    " namely:-\n\n(1) (2) (3) (4) (5)\n“40 09041100 Pepper, neither crushed nor ground 30 5”.\n"
)


def codes_of(text: str, jurisdiction: str = "IN") -> list[str]:
    return [c.code for c in analyse(text, jurisdiction=jurisdiction)._.codes]


def test_the_codes_of_rows_a_notification_substitutes():
    assert codes_of(SUBSTITUTED_ROWS) == ["08011100", "08011200", "08013100", "09041100"]


def test_rows_a_notification_inserts():
    text = SUBSTITUTED_ROWS.replace("for S. Nos. 14 to 16, and the entries relating thereto,", "after S. No. 13,")
    text = text.replace("shall be\n substituted", "shall be inserted").replace(
        "shall be substituted", "shall be inserted"
    )
    assert codes_of(text)[:3] == ["08011100", "08011200", "08013100"]


def test_numbered_rows_without_an_amending_sentence_are_no_codes():
    text = "Statement of receipts\n\n14 08011100 Desiccated coconut 20 5\n15 08011200 Coconuts 20 5\n"
    assert codes_of(text) == []


def test_a_row_serial_without_its_neighbours_or_opening_quote_is_no_code_row():
    text = SUBSTITUTED_ROWS.split("I. for")[0] + (
        "I. for S. No. 40, and the entries relating thereto, the following S. No. and entries shall be substituted,"
        " namely:-\n\n(1) (2) (3) (4) (5)\n40 09041100 Pepper, neither crushed nor ground 30 5\n"
    )
    assert codes_of(text) == []


EXPORT_EXEMPTION = (
    "G.S.R. 210(E). - In exercise of the powers conferred by sub-section (1) of section 25 of the Customs Act, 1962"
    " (52 of 1962), the Central Government, on being satisfied that it is necessary in the public interest so to do,"
    " hereby exempts the goods of the description specified in column (3) of the Table below, when exported out of India, from so much of the duty of customs leviable thereon under the Second"
    " Schedule as is in excess of the amount calculated at the rate specified in column (4) of the said Table, subject"
    " to the conditions specified in column (5), namely: –\n"
    "Sl.\nNo |\nTariff item |\nDescription of\ngoods\n|\nRate |\nConditions |\n(1) |\n(2) |\n(3) |\n(4) |\n(5) |\n"
    "1 |\n1006 30 20 |\nGobindobhog rice |\nNil |\nIf,\n(a) the goods are exported through the customs station at"
    " Petrapole;\n(b) the total quantity of such goods exported\nthrough the said customs station\ntaken collectively,"
    " shall not exceed two\nthousand metric tonnes; and\n(c) the exporter furnishes a certificate.\n|\n"
    "2. This notification shall come into force on the 5th day of May, 2031.\n"
)


def test_nil_alone_in_a_rate_cell_is_a_zero_rate():
    assert [(r.value, r.unit) for r in analyse(EXPORT_EXEMPTION, jurisdiction="IN")._.rates] == [(0, "percent")]


def test_nil_in_a_column_not_named_a_rate_is_no_rate():
    text = "Sl. No |\nItem |\nRemarks |\n1 |\nGobindobhog rice |\nNil |\n"
    assert analyse(text, jurisdiction="IN")._.rates == []


def test_a_quantity_ceiling_written_in_words():
    quotas = analyse(EXPORT_EXEMPTION, jurisdiction="IN")._.quotas
    assert [(q.amount, q.unit) for q in quotas] == [(2000, "tonnes")]


@pytest.mark.parametrize(
    ("words", "amount"),
    [("fifty thousand metric tonnes", 50000), ("two lakh metric tonnes", 200000), ("1.5 lakh tonnes", 150000)],
)
def test_ceilings_in_words_and_indian_scales(words, amount):
    text = (
        "The exemption is subject to the condition that the total quantity of such goods imported during the year"
        f" shall not exceed {words}.\n"
    )
    assert [(q.amount, q.unit) for q in analyse(text, jurisdiction="IN")._.quotas] == [(amount, "tonnes")]


def test_an_amount_in_words_outside_any_ceiling_or_quota_is_no_volume():
    text = "Exports of rice reached one thousand metric tonnes in the first month of the year.\n"
    assert analyse(text, jurisdiction="IN")._.quotas == []


def test_an_exemption_within_a_quantity_ceiling_is_a_tariff_quota():
    assert measure_types(EXPORT_EXEMPTION, "IN") == {"duty_suspension", "tariff_quota"}
