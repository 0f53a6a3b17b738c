"""Documents of the rest of the world, by class (round 17 second pass, final20 2837-2848): an Indian customs
notification's number printed in capitals ('-CUSTOMS (ADD)') or wrapped after 'Notification'; a Korean notice's
number in brackets with its date under the title; a Chinese announcement's '公告〔YYYY〕N号' in a record's field; a
Korean or Chinese board's title field without a colon; a Russian act's title in capitals naming the act it amends by
date and number; the GCC's acts as a member state's press relays them,
and an HS 'Harmonized Commodity code' that is no UK cue; a period's length after a comma ('for a period of five years,
starting from …') and a Chinese continuation's '期限为5年' past its tariff lines.
Every passage is written for these tests."""

from nlp.countries.rules import implementing_jurisdiction
from nlp.pipeline import analyse


def identifier(text: str) -> str | None:
    found = analyse(text)._.identifier
    return found.text if found else None


def title(text: str) -> str | None:
    found = analyse(text)._.official_title
    return found.text if found else None


def dated(text: str, kind: str) -> list[str]:
    return sorted(mention.date for mention in analyse(text)._.dates if mention.type == kind)


INDIAN_NOTIFICATION = (
    "GOVERNMENT OF INDIA\nMINISTRY OF FINANCE\n(DEPARTMENT OF REVENUE)\n\n"
    "Notification No. 71/2031-CUSTOMS (ADD)\nNew Delhi, the 9th March, 2031\n"
    "G.S.R. ...(E). – Whereas, in the matter of 'Glazed Widgets' falling under tariff item 6907 21 00 of the First\n"
    "Schedule to the Customs Tariff Act, originating in or exported from Ruritania, the designated authority has\n"
    "recommended imposition of provisional anti-dumping duty.\n"
)


def test_an_indian_notification_number_in_capitals_is_read_whole():
    assert identifier(INDIAN_NOTIFICATION) == "Notification No. 71/2031-CUSTOMS (ADD)"


def test_an_indian_notification_number_wrapped_after_notification_is_read_whole():
    text = (
        "Glazed Widgets - Anti-dumping Duty Continued for Five Years\n"
        "[Notification\nNo. 64/2031-Customs (ADD) dated 2 May 2031]\n"
        "Seeks to impose anti-dumping duty on Glazed Widgets originating in or exported from Ruritania.\n"
        "G.S.R.…(E).- Whereas, the designated authority, vide its final findings, has recommended continuation.\n"
    )
    assert identifier(text) == "Notification No. 64/2031-Customs (ADD)"


def test_a_notification_heading_in_capitals_over_its_number_is_no_part_of_it():
    text = INDIAN_NOTIFICATION.replace(
        "Notification No. 71/2031-CUSTOMS (ADD)", "NOTIFICATION\nNo. 71/2031-Customs (ADD)"
    )
    assert identifier(text) == "No. 71/2031-Customs (ADD)"


def test_a_korean_notice_number_in_brackets_with_its_date_is_the_identifier():
    text = (
        "■ 「루리타니아산 위젯에 대한 덤핑방지관세 부과에 관한 규칙」 일부개정(안)\n\n"
        "(기획재정부공고 제2031-45, 2031.3.2)\n\n"
        "루리타니아산 위젯에 대한 덤핑방지관세 부과에 관한 규칙을 개정함에 있어 다음과 같이 공고합니다.\n"
    )
    assert identifier(text) == "기획재정부공고 제2031-45"


def test_a_chinese_announcement_number_in_a_record_field_is_the_identifier():
    text = (
        "发布机构 | 海关总署 | ||\n号 | 公告〔2031〕17号 | 制发日期 | 2031-05-06 |\n"
        "根据有关规定,现就进口硅锰合金的商品编号申报要求公告如下:\n本公告自2031年5月7日起施行。\n"
    )
    assert identifier(text) == "公告〔2031〕17号"


def test_a_korean_board_title_field_without_a_colon_gives_the_title():
    text = (
        "제목 「루리타니아산 위젯에 대한 덤핑방지관세 부과에 관한 규칙」 일부개정(안)\n"
        "등록일 2031-03-02 조회수 120\n"
        "첨부파일\n\n"
        "루리타니아산 위젯에 대한 덤핑방지관세 부과에 관한 규칙을 개정함에 있어 다음과 같이 공고합니다.\n"
    )
    assert title(text) == "루리타니아산 위젯에 대한 덤핑방지관세 부과에 관한 규칙」 일부개정(안)"


def test_a_russian_capital_title_naming_the_amended_decision_by_date_and_number_is_the_title():
    text = (
        "КОЛЛЕГИЯ ЕВРАЗИЙСКОЙ ЭКОНОМИЧЕСКОЙ КОМИССИИ\nРЕШЕНИЕ\nот 3 марта 2031 г. N 12\n"
        "О ПРОДЛЕНИИ СРОКА ДЕЙСТВИЯ РЕШЕНИЯ КОЛЛЕГИИ ЕВРАЗИЙСКОЙ ЭКОНОМИЧЕСКОЙ КОМИССИИ ОТ 4 ИЮНЯ 2026 Г. N 88\n"
        "В соответствии с Протоколом Коллегия Евразийской экономической комиссии решила:\n"
    )
    assert title(text) == (
        "О ПРОДЛЕНИИ СРОКА ДЕЙСТВИЯ РЕШЕНИЯ КОЛЛЕГИИ ЕВРАЗИЙСКОЙ ЭКОНОМИЧЕСКОЙ КОМИССИИ ОТ 4 ИЮНЯ 2026 Г. N 88"
    )


def test_a_member_states_press_relay_of_a_gcc_duty_is_the_gccs_act():
    text = (
        "The Director-General of Customs stated that it was decided to impose final anti-dumping duties on the imports\n"
        "of the GCC countries of glazed widgets originating in Ruritania and included under Harmonized Commodity code\n"
        "6907, based on the decision of the General Secretariat of the Cooperation Council.\n"
    )
    assert [mention.code for mention in implementing_jurisdiction(text)] == ["GCC"]


def test_a_period_of_years_after_a_comma_before_its_start_ends_the_day_before_its_anniversary():
    text = (
        "The committee decided to apply the final anti-dumping duties on glazed widgets from Ruritania for a period"
        " of three years, starting from March 4, 2031.\n"
    )
    assert dated(text, "application_end") == ["2034-03-03"]


def test_a_chinese_continuation_period_after_its_tariff_lines_ends_the_day_before_its_anniversary():
    text = (
        "国务院关税税则委员会决定自2031年3月4日起,对进口原产于鲁里塔尼亚的硅锰合金(税则号列:72023000、"
        "72029990)继续征收反倾销税,对低碳硅锰合金不征收反倾销税,期限为5年。\n"
    )
    assert dated(text, "application_end") == ["2036-03-03"]
