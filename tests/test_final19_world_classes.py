"""Documents of the rest of the world by class (round 16 second pass, final19 2637-2648): Thai trade-remedy records and
relays (words that run together, 11-digit lines dotted after the AHTN's 8 digits, an anti-circumvention case's type,
a 0 % duty for one use), Korean HSK numbers in the article-number frame, and Japanese customs letters announcing a
duty's activation. Every passage is written for these tests."""

from nlp.countries.jurisdiction import implementing_jurisdiction
from nlp.pipeline import analyse


def measures(doc) -> list[str]:
    return sorted(measure.type for measure in doc._.measures)


def codes(doc) -> list[str]:
    return [code.code for code in doc._.codes]


# --- Thai: names of remedies inside runs of letters ------------------------------------------------------------------

THAI_RELAY = (
    "ผลการพิจารณาทบทวนมาตรการตอบโต้การทุ่มตลาดสินค้าท่อเหล็กกล้า\n\n"
    "คณะกรรมการมีมติให้เรียกเก็บอากรตอบโต้การทุ่มตลาดสินค้าท่อเหล็กกล้าที่มีแหล่งกำเนิดจากสาธารณรัฐเกาหลีต่อไปอีก 5 ปี\n"
    "  • อากรที่เรียกเก็บร้อยละ 8.15 - 24.60 ของราคา CIF\n"
    "  • พิกัดศุลกากร : 7306.3090.011 7306.3090.012 7306.6190.020 และ\n"
)


def test_a_thai_remedy_named_inside_a_run_of_letters_is_read():
    assert measures(analyse(THAI_RELAY, jurisdiction="TH")) == ["anti_dumping"]


def test_thai_eleven_digit_lines_dotted_after_the_ahtn_heading_are_codes_after_the_tariff_label():
    assert codes(analyse(THAI_RELAY, jurisdiction="TH")) == ["73063090011", "73063090012", "73066190020"]


def test_the_same_dotted_numbers_without_a_tariff_word_are_not_codes():
    text = "เลขที่อ้างอิง 7306.3090.011 ติดต่อสอบถาม\n"
    assert codes(analyse(text, jurisdiction="TH")) == []


THAI_CASE_RECORD = (
    "รายละเอียดการใช้มาตรการของสินค้า\n\n"
    "ประเภทของมาตรการ : AC\n"
    "ชื่อสินค้า : ท่อเหล็กไร้ตะเข็บ (ผู้ผลิต 4 ราย)\n"
    "ประเทศ : สาธารณรัฐประชาชนจีน\n"
    "CASE ID : AC1009\n"
)


def test_a_thai_case_record_typed_ac_is_the_circumvention_of_an_anti_dumping_duty():
    assert measures(analyse(THAI_CASE_RECORD, jurisdiction="TH")) == ["anti_dumping"]


THAI_END_USE = (
    "ชื่อบทความ : หลักเกณฑ์และเงื่อนไขในการนำเข้าสินค้าเหล็กแผ่นเคลือบ กรณีนำไปใช้ในอุตสาหกรรมยานยนต์"
    "เพื่อใช้สิทธิชำระอากรตอบโต้การทุ่มตลาดในอัตราร้อยละ 0 พ.ศ. 2565\n"
)


def test_a_thai_anti_dumping_duty_paid_at_zero_per_cent_for_one_use_is_an_exclusion():
    assert measures(analyse(THAI_END_USE, jurisdiction="TH")) == ["anti_dumping", "exclusion"]


def test_a_thai_anti_dumping_duty_at_a_rate_above_zero_is_no_exclusion():
    text = THAI_END_USE.replace("ร้อยละ 0 ", "ร้อยละ 0.5 ")
    assert measures(analyse(text, jurisdiction="TH")) == ["anti_dumping"]


# --- Korean: HSK numbers in the frame 제…호 --------------------------------------------------------------------------

KOREAN_ITEM = (
    "기획재정부는 「중국산 스테인리스 강판에 대한 덤핑방지관세의 부과에 관한 규칙」을 개정했다.\n\n"
    "부과대상은 제7219.33-1000호, 제7219.34-2000호 및 제7220.20-1010호에 해당하는 물품으로 한정했다."
    " 기존 규칙(기획재정부령 제812호)은 폐지된다.\n"
)


def test_korean_hsk_numbers_written_with_a_hyphen_in_the_item_frame_are_codes():
    assert codes(analyse(KOREAN_ITEM, jurisdiction="KR")) == ["7219331000", "7219342000", "7220201010"]


def test_the_same_hyphenated_number_outside_the_frame_and_without_a_keyword_is_not_a_code():
    text = "접수번호 7219.33-1000 으로 문의하시기 바랍니다.\n"
    assert codes(analyse(text, jurisdiction="KR")) == []


# --- Japanese: a duty announced as activated or extended ---------------------------------------------------------------

JAPANESE_LETTER = (
    "塩化ビニルに対して課する不当廉売関税の発動について\n"
    "さて、標記のことについて、関税定率法第8条の規定に基づき政令が施行され、下記のとおり、"
    "塩化ビニルについて不当廉売関税が発動されることになりました。\n"
)


def test_a_japanese_anti_dumping_duty_announced_as_activated_is_read():
    assert measures(analyse(JAPANESE_LETTER, jurisdiction="JP")) == ["anti_dumping"]


def test_a_japanese_countervailing_duty_whose_period_is_extended_is_read():
    text = "黒鉛電極に対する相殺関税の課税期間を延長することを決定しました。\n"
    assert measures(analyse(text, jurisdiction="JP")) == ["countervailing"]


def test_a_japanese_order_on_the_provisional_duty_cited_as_background_names_no_measure_here():
    text = "「塩化ビニルに対して課する暫定的な不当廉売関税に関する政令」については、別途お知らせします。\n"
    assert measures(analyse(text, jurisdiction="JP")) == []


# --- Indian Gazette issues: the page markers of a PDF's text and the serial of an order -----------------------------

GAZETTE_ORDER = (
    "<!-- page 1 -->\n"
    "REGD. No. D. L.-33004/99\n"
    "असाधारण\n"
    "EXTRAORDINARY\n"
    "PART II—Section 3—Sub-section (ii)\n"
    "PUBLISHED BY AUTHORITY\n"
    + "आदेश की हिंदी प्रति यहाँ मुद्रित है और इसमें अंग्रेज़ी पाठ के समान उपबंध हैं।\n"
    * 14
    + "<!-- page 2 -->\n"
    "THE GAZETTE OF INDIA : EXTRAORDINARY\n"
    "MINISTRY OF CHEMICALS AND FERTILIZERS\n"
    "ORDER\n"
    "New Delhi, the 3rd May, 2031\n"
    "S.O. 2114(E).— In exercise of the powers conferred by section 16 of the Bureau of Indian Standards Act, 2016,"
    " the Central Government hereby makes the following order to amend the Polypropylene Products (Quality Control)"
    " Order, 2029, published vide number S.O. 1450 (E), dated the 2nd April, 2029.\n"
)


def test_a_pdf_page_marker_is_never_the_title():
    assert analyse(GAZETTE_ORDER, jurisdiction="IN")._.title is None


def test_the_english_serial_of_a_bilingual_gazette_order_is_its_identifier():
    assert analyse(GAZETTE_ORDER, jurisdiction="IN")._.identifier.text == "S.O. 2114(E)"


def test_a_serial_cited_in_the_text_is_not_the_identifier():
    text = GAZETTE_ORDER.replace("S.O. 2114(E).— In", "In")
    identifier = analyse(text, jurisdiction="IN")._.identifier
    assert identifier is None


def test_a_corrigendum_to_a_numbered_notification_keeps_its_own_serial():
    text = GAZETTE_ORDER.replace(
        "ORDER\n",
        "CORRIGENDUM NOTIFICATION\nSubject: Corrigendum to Notification No. 12/2030-31 dated 4th April 2031\n",
    )
    assert analyse(text, jurisdiction="IN")._.identifier.text == "S.O. 2114(E)"


# --- Vietnamese decisions: the caption line and the in-force date counted from the day of issue ---------------------

VIETNAMESE_DECISION = (
    "QUYẾT ĐỊNH\n"
    "ÁP DỤNG THUẾ CHỐNG BÁN PHÁ GIÁ TẠM THỜI ĐỐI VỚI MỘT SỐ SẢN PHẨM THÉP CÁN NGUỘI\n"
    "Điều 1. Áp dụng thuế chống bán phá giá tạm thời đối với một số sản phẩm thép cán nguội, phân loại theo mã HS"
    " 7209.16.10 và 7209.17.10.\n"
    "Điều 2. Quyết định này có hiệu lực thi hành sau 15 (mười lăm) ngày kể từ ngày được ban hành.\n"
    "Quyết định 1204/QĐ-BCT ngày 02/06/2031\n"
)


def dates(doc) -> set[tuple[str, str]]:
    return {(mention.type, mention.date) for mention in doc._.dates}


def test_a_vietnamese_decision_in_force_n_days_after_its_issue_and_dated_by_its_caption_line():
    assert dates(analyse(VIETNAMESE_DECISION, jurisdiction="VN")) == {
        ("document_date", "2031-06-02"),
        ("entry_into_force", "2031-06-17"),
    }


def test_a_vietnamese_decision_is_identified_by_its_caption_line():
    assert analyse(VIETNAMESE_DECISION, jurisdiction="VN")._.identifier.text == "1204/QĐ-BCT"


def test_a_decision_cited_inside_a_sentence_neither_dates_nor_identifies_this_one():
    text = VIETNAMESE_DECISION.replace(
        "Quyết định 1204/QĐ-BCT ngày 02/06/2031\n",
        "Căn cứ Quyết định 3120/QĐ-BCT ngày 14/11/2030 về việc điều tra chống bán phá giá.\n",
    )
    doc = analyse(text, jurisdiction="VN")
    assert ("document_date", "2030-11-14") not in dates(doc)
    assert doc._.identifier is None


def test_the_hindi_masthead_and_print_line_of_a_gazette_issue_are_never_its_title():
    text = (
        "4021 GI/2031\n(1)\nरजिस्ट्री सं. डी.एल.- 33004/99\nREGD. No. D. L.-33004/99\nxxxGIDHxxx\nअसाधारण\nEXTRAORDINARY\n"
        "MINISTRY OF COMMERCE AND INDUSTRY\nNOTIFICATION\nNew Delhi, the 3rd May, 2031\n"
        "S.O. 2114(E).— In exercise of the powers conferred by section 5, the Central Government hereby amends the"
        " Foreign Trade Policy.\n"
    )
    assert analyse(text, jurisdiction="IN")._.title is None  # the notification prints no title line


def test_an_indonesian_article_heading_is_not_the_title():
    text = (
        "Pasal 1\nTerhadap barang impor berupa baja lembaran yang termasuk dalam pos tarif 7209.16.10, yang berasal dari"
        " Negara Republik Rakyat Tiongkok, dikenakan Bea Masuk Anti Dumping.\n"
    )
    assert analyse(text)._.title is None


# --- jurisdiction from the text alone ---------------------------------------------------------------------------------


def implementing(text: str) -> list[str]:
    return [mention.code for mention in implementing_jurisdiction(text)]


def test_a_japanese_case_page_citing_the_tariff_schedule_is_japans():
    text = "大韓民国産フェロシリコン\n\n概要\n\n品目 関税率表第7202.21号に掲げる物品のうちフェロシリコン\n課税期間 2031年4月1日~2036年3月31日\n"
    assert implementing(text) == ["JP"]


def test_an_indonesian_article_imposing_bea_masuk_anti_dumping_in_two_words_is_indonesias():
    text = "Pasal 1\nTerhadap barang impor yang berasal dari Negara Republik Rakyat Tiongkok, dikenakan Bea Masuk Anti Dumping.\n"
    assert implementing(text) == ["ID"]


THAI_FOREIGN_MEASURE = (
    "รายละเอียดการถูกใช้มาตรการของสินค้า\n\n"
    "ประเภทของมาตรการ : AD\n"
    "ชื่อสินค้า : Steel wire rod\n"
    "ประเทศ : สาธารณรัฐอินโดนีเซีย\n"
    "CASE ID : AD2102\n\n"
    "พิกัดศุลกากร : 7213.91.10, 7213.91.90\n"
)


def test_a_thai_record_of_a_measure_on_thai_exports_is_the_applying_countrys():
    assert implementing(THAI_FOREIGN_MEASURE) == ["ID"]


def test_a_thai_record_of_thailands_own_measure_stays_thai():
    text = THAI_FOREIGN_MEASURE.replace("การถูกใช้มาตรการ", "การใช้มาตรการ").replace("อินโดนีเซีย", "ประชาชนจีน")
    assert implementing(text) == ["TH"]


# --- Thai rates: the percent word before the figure ------------------------------------------------------------------


def rates(doc) -> list[float]:
    return sorted(rate.value for rate in doc._.rates)


def test_a_thai_range_of_duties_written_after_the_percent_word_gives_both_ends():
    assert rates(analyse(THAI_RELAY, jurisdiction="TH")) == [8.15, 24.6]


def test_a_thai_duty_at_zero_per_cent_is_a_rate():
    assert rates(analyse(THAI_END_USE, jurisdiction="TH")) == [0]


def test_a_thai_case_record_under_investigation_sets_no_duty():
    text = THAI_CASE_RECORD + "สถานะ อยู่ระหว่างการไต่สวน รายละเอียด\nอากรที่เรียกเก็บ\nอากรร้อยละ 0\n"
    assert rates(analyse(text, jurisdiction="TH")) == []


# --- Korean news items: the issue field and a rule in force from the day it is enacted ------------------------------

KOREAN_NEWS = (
    "제목 일본산 스테인리스 봉강에 덤핑방지관세 부과\n"
    "통권번호 2104 발행일 2031-04-05\n\n"
    "기획재정부는 「일본산 스테인리스 봉강에 대한 덤핑방지관세의 부과에 관한 규칙」을 3월 30일 제정해 같은 날부터 시행한다고"
    " 밝혔다. 기존 규칙의 유효기간은 지난해 7월 29일 만료됐다.\n"
)


def test_a_korean_item_is_published_on_its_issue_field_and_the_rule_in_force_the_day_it_is_enacted():
    found = dates(analyse(KOREAN_NEWS, jurisdiction="KR"))
    assert {d for d in found if d[0] != "other"} == {("publication", "2031-04-05"), ("entry_into_force", "2031-03-30")}
