"""Other countries' acts, case records and news (round 11, second pass on final14's world quarter): the classes
their misses showed. Who acts: a South African notice headed by the act that set up ITAC (not the US agency of a
similar name); a trade-press report on Pakistan's National Tariff Commission citing Pakistan's customs tariff (not
Canada's 'Customs Tariff'); Taiwan's customs press releases ('Customs Administration of the MOF', 'Taiwan (ROC)');
a Thai case record in Thai; an Egyptian ministry's decree reported in Arabic; a Russian government resolution on
export duties, which cites the Eurasian nomenclature without being a Eurasian act. Measures in a Japanese cabinet
order's, a Thai case record's and an Arabic decree's own words, a Sri Lankan levy, a DGFT import-policy table.
Codes: Thailand's 11-digit lines after their Thai label; a code in the cell after its label's cell; EAEU 10-digit
codes down the rows of a schedule printed without its header; a schedule's subheadings in rows flattened into one
line. A trade-press dateline with its time, zone offset and desk. A Thai case record: its case ID is its identifier,
its field lines no title, the Thai names of the countries it targets; a Japanese order's origin in kanji or katakana.
Every passage is written for these tests."""

import pytest

from nlp.codes.finder import find_codes
from nlp.countries.rules import implementing_jurisdiction
from nlp.pipeline import analyse
from tests.test_dates_families import typed
from tests.test_reader_r7 import read


def acting(text: str) -> list[str]:
    return [mention.code for mention in implementing_jurisdiction(text)]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "International Trade Administration Act, 2002 (Act No. 71 of 2002)\nNotice No. 812 of 2031\n"
            "The Commission initiated a sunset review of the anti-dumping duty on float glass from India.\n",
            "ZA",
        ),
        (
            "Department of Trade, Industry and Competition\nNotice of initiation of an investigation into the"
            " alleged dumping of steel wire originating in Viet Nam.\n",
            "ZA",
        ),
        (
            "Pakistan's National Tariff Commission has imposed provisional duties on glass sheets from China."
            " The goods fall under the Customs Tariff Statistics Position Numbers 7005.2990 and 7005.3000.\n",
            "PK",
        ),
        (
            "Customs Administration of the MOF stated that the MOF extended the anti-dumping duty on ceramic"
            " tiles from Viet Nam. The MOEA found that the industry in Taiwan (ROC) would again be injured.\n",
            "TW",
        ),
        (
            "ประกาศกรมการค้าต่างประเทศ เรื่อง การทบทวนมาตรการตอบโต้การทุ่มตลาด\nพิกัดศุลกากร : 72254090000, 72269190000\n",
            "TH",
        ),
        (
            "أصدر وزير الاستثمار والتجارة الخارجية قرارًا بفرض رسم صادر على خردة الألومنيوم لمدة ستة أشهر.\n",
            "EG",
        ),
        (
            "Ставки вывозных таможенных пошлин на товары, вывозимые из Российской Федерации за пределы"
            " государств - участников соглашений о Таможенном союзе\n"
            "Позицию, классифицируемую кодом ТН ВЭД ЕАЭС 4403 21 110 0, изложить в следующей редакции\n",
            "RU",
        ),
    ],
)
def test_the_agency_or_formula_of_its_own_country_names_who_acts(text, code):
    assert acting(text) == [code]


def test_the_us_international_trade_administration_is_still_the_us():
    text = "The International Trade Administration, Department of Commerce, determines that rebar from Türkiye is dumped.\n"
    assert acting(text) == ["US"]


def test_a_eurasian_decision_citing_its_nomenclature_stays_eurasian():
    text = (
        "Решение Коллегии Евразийской экономической комиссии\n"
        "Установить ставку ввозной таможенной пошлины Единого таможенного тарифа ЕАЭС в отношении товара,"
        " классифицируемого кодом ТН ВЭД ЕАЭС 8703 80 000 2.\n"
    )
    assert acting(text) == ["EAEU"]


def measure_types(text: str) -> list[str]:
    return sorted(mention.type for mention in analyse(text)._.measures)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "政令第九十八号\n内閣は、関税定率法第八条の規定に基づき、この政令を制定する。\n"
            "第一条 次に掲げる貨物であって、中華人民共和国を原産地とするものには、同法第八条第一項の規定により、不当廉売関税を課する。\n",
            "anti_dumping",
        ),
        (
            "第一条 次に掲げる貨物であって、インドネシア共和国を原産地とするものには、同法の規定により、相殺関税を課する。\n",
            "countervailing",
        ),
        (
            "ประเภทของมาตรการ : AD\nชื่อสินค้า : ท่อเหล็กกล้าไร้สนิม\nประเทศ : สาธารณรัฐอินเดีย\n",
            "anti_dumping",
        ),
        (
            "ประเภทของมาตรการ : SG\nชื่อสินค้า : เหล็กแผ่นรีดร้อน\n",
            "safeguard",
        ),
        (
            "أصدر وزير الصناعة قرارًا بفرض رسم صادر على خردة النحاس لمدة عام.\n| البند الجمركي | 74040000 |\n",
            "duty_rate_change",
        ),
        (
            "A Gazette notification has been issued imposing a Special Commodity Levy on imported big onions."
            " Accordingly, a levy of Rs. 30 will be charged on a kilogram.\n",
            "duty_rate_change",
        ),
        (
            "Изменения, которые вносятся в ставки вывозных таможенных пошлин на товары, вывозимые из Российской"
            " Федерации\n1. Позицию 4403 21 110 0 изложить в следующей редакции\n",
            "duty_rate_change",
        ),
    ],
)
def test_an_instruments_own_words_for_its_measure_name_it(text, kind):
    assert measure_types(text) == [kind]


def test_a_dgft_table_moving_goods_from_free_to_restricted_is_licensing_and_its_trq_carve_out_no_quota():
    text = (
        "Notification No. 41/2031-32\nSubject: Amendment in import policy of ITC (HS) codes under Chapter 08.\n"
        "The Central Government hereby amends the import policy of specific ITC (HS) codes, with immediate effect,"
        " as under: ITC(HS) Code Description Existing Import Policy Revised Import Policy Policy Condition"
        " 08021100 Almonds in shell Free Restricted However import under a valid India-Australia ECTA TRQ shall be"
        " permitted without restricted import Authorisation.\n"
    )
    assert measure_types(text) == ["licensing"]


def codes(text: str) -> list[str]:
    return [mention.code for mention in find_codes(text)[0]]


def test_thai_eleven_digit_lines_after_their_thai_label_are_codes():
    text = "ชื่อสินค้า : ท่อเหล็ก\nพิกัดศุลกากร : 73043110010, 73043110090 73043190011,\nสถานะ ใช้มาตรการ\n"
    assert codes(text) == ["73043110010", "73043110090", "73043190011"]


def test_an_eleven_digit_number_without_a_label_is_no_code():
    assert codes("Reference 73043110010 was assigned to the complaint.\n") == []


def test_a_code_in_the_cell_after_its_labels_cell_is_a_code():
    text = "| البند الجمركي | 76020010 |\n| رسم الصادر | 2000 جنيه للطن |\n"
    assert codes(text) == ["76020010"]


def test_eaeu_codes_down_a_schedules_rows_without_its_header_are_codes():
    text = (
        '"\n4403 21 110 0 | сосна обыкновенная | 15 |\n4403 21 190 0 | прочие | 15 |\n'
        "4403 23 110 0 | ель европейская | 15 |\n"
    )
    assert codes(text) == ["4403211100", "4403211900", "4403231100"]


def test_subheadings_in_schedule_rows_flattened_into_one_line_are_codes():
    text = (
        "H.S. Code Item Levy 0713.10.10 Peas Rs. 25.00 per kg 0713.40 Lentils Rs. 10.00 per kg 0804.10 Dates"
        " Rs. 200.00 per kg\n"
    )
    assert codes(text) == ["07131010", "071340", "080410"]


def test_a_price_after_a_code_is_no_subheading():
    text = "H.S. Code Item Levy 0713.10.10 Peas Rs. 1250.75 per kg\n"
    assert codes(text) == ["07131010"]


def test_a_trade_press_dateline_with_its_zone_offset_and_desk_is_the_reports_publication():
    text = (
        "Thursday, 9 March 2031 09:41:07 (GMT+3) | Istanbul\n\n"
        "Egypt's Trade Remedies Sector has imposed definitive anti-dumping duties on steel rebar from Türkiye.\n"
    )
    assert typed(text) == {("publication", "2031-03-09", False)}


def test_a_dateline_without_its_time_and_zone_is_not_read_as_that_press_line():
    text = "Thursday, 9 March 2031 | Istanbul\n\nThe duties on steel rebar apply for five years.\n"
    assert ("publication", "2031-03-09", False) not in typed(text)


THAI_RECORD = (
    "ประเภทของมาตรการ : CVD\nชื่อสินค้า : ท่อเหล็กกล้าไร้สนิม\nประเทศ : สาธารณรัฐอินเดีย และ เวียดนาม\n"
    "CASE ID : CVD1007\n\nพิกัดศุลกากร : 73064090011, 73064090090\n"
)


def test_a_thai_case_records_case_id_is_its_identifier_and_its_fields_no_title():
    assert read(THAI_RECORD, jurisdiction=None) == (None, "CVD1007")


def test_the_thai_names_of_a_case_records_countries_are_its_affected_origins():
    countries = analyse(THAI_RECORD)._.countries
    assert countries == {"implementing": ["TH"], "affected": ["IN", "VN"]}


def test_a_japanese_orders_origin_in_kanji_or_katakana_is_its_affected_country():
    text = (
        "第一条 次に掲げる貨物であって、第二号に掲げる国を原産地とするものには、同法の規定により、不当廉売関税を課する。\n"
        "一 水酸化カリウム\n二 大韓民国及びインドネシア共和国\n"
    )
    assert analyse(text)._.countries["affected"] == ["KR", "ID"]
