"""Asia-Pacific documents in their own languages (issue 15, round 14, read17-asia): the classes their misses showed.
An Indian gazette's masthead date (both calendars), an exemption that 'will remain effective up to' a day, a news
byline between bars; a Korean law page's header (in force, the amending decree and its number, the portal's lines
over the name) and the addenda of earlier decrees under it; Korean and Chinese news days written without their year
(or month), a Korean pre-announcement's comment period, Chinese duties continued for a stated time; a Chinese page
glossed in pinyin read as Chinese; measure words (India's Import Monitoring System, an exemption from the payment of
customs duty, codes 'inserted/deleted/split', statistical code changes, Japan's GSP exclusion and special emergency
tariff, Korea's adjustment tariffs); a table's code rows glued to their words without figures; dated lines and a
site's mission statement as no titles; the Philippine peso before a figure; a duty that 'increase[s] by' on a day.
Every passage is written for these tests."""

from nlp.pipeline import analyse
from tests.fact_readers import affected, dates, identifier, jurisdiction, measures, title


def codes(text: str) -> list[str]:
    return sorted(mention.code for mention in analyse(text)._.codes)


def rate_values(text: str, source: str | None = None) -> list[tuple[float, str]]:
    return sorted({(rate.value, rate.unit) for rate in analyse(text, jurisdiction=source)._.rates})


# --- dates ----------------------------------------------------------------------------------------------------------


def test_an_indian_gazette_masthead_flattened_onto_one_line_dates_the_issue():
    text = (
        "The Gazette of India EXTRAORDINARY PART II-Section 3-Sub-section (ii) PUBLISHED BY AUTHORITY No. 812] "
        "NEW DELHI, MONDAY, MARCH 3, 2031/PHALGUNA 12, 1952 MINISTRY OF FINANCE NOTIFICATION New Delhi, the 28th "
        "February, 2031 S.O. 901(E).— The Central Government hereby amends the notification."
    )
    assert ("publication", "2031-03-03") in dates(text)


def test_an_indian_gazette_masthead_on_its_own_line_dates_the_issue_by_its_saka_twin():
    text = (
        "The Gazette of India\nEXTRAORDINARY\nNo. 77] NEW DELHI, FRIDAY, JANUARY 10, 2031/PAUSA 20, 1952\n"
        "MINISTRY OF COMMERCE AND INDUSTRY\nNOTIFICATION\nNew Delhi, the 9th January, 2031\n"
    )
    assert dates(text) == [("document_date", "2031-01-09"), ("publication", "2031-01-10")]


def test_an_exemption_that_will_remain_effective_up_to_a_day_ends_then():
    text = (
        "The revenue board issued an order exempting hospitals from the payment of customs duty on the import of "
        "oxygen concentrators. The benefit will remain effective up to December 31, 2031."
    )
    assert ("application_end", "2031-12-31") in dates(text)


def test_a_news_bylines_date_between_bars_is_the_day_it_was_published():
    text = (
        "Customs Board Revises Import Duty on Solar Glass\n\nRitu Sharma | Mar 4, 2031 |\n\n"
        "The board shared a notification revising the duty on solar glass.\n"
    )
    assert ("publication", "2031-03-04") in dates(text)


def test_a_korean_law_pages_header_gives_its_entry_into_force_its_decree_and_its_date():
    text = (
        "logobeta\n기준일\n현행\n\n수입물품 관세율 조정에 관한 규정\n\n"
        "[시행 2031.03.02.] [대통령령 제41002호 2031.03.02. 일부개정]\n"
        "기획재정부(관세정책과), 044-215-0000\n"
        "「관세법」 제69조에 따라 관세율을 인상하는 물품과 그 세율은 별표와 같다.\n"
    )
    assert dates(text) == [("document_date", "2031-03-02"), ("entry_into_force", "2031-03-02")]
    assert (title(text), identifier(text)) == ("수입물품 관세율 조정에 관한 규정", "대통령령 제41002호")


def test_the_addenda_of_earlier_decrees_on_a_korean_law_page_are_their_dates_not_the_pages():
    text = (
        "수입물품 관세율 조정에 관한 규정\n\n[시행 2031.03.02.] [대통령령 제41002호 2031.03.02. 일부개정]\n"
        "「관세법」 제69조에 따라 관세율을 인상하는 물품과 그 세율은 별표와 같다.\n"
        "부칙 <대통령령 제39990호, 2029. 12. 30.>\n\n"
        "제1조(시행일) 이 영은 2030년 1월 1일부터 시행한다.\n\n"
        "제2조(적용시한) 별표의 개정규정은 2030년 1월 1일부터 2030년 12월 31일까지 수입신고하는 물품에 대해 적용한다.\n"
    )
    own = [d for d in dates(text) if d[0] != "other"]
    assert own == [("document_date", "2031-03-02"), ("entry_into_force", "2031-03-02")]


def test_a_korean_news_items_dateline_day_alone_and_coming_deadline_take_the_datelines_month():
    text = (
        "중국산 강관에 반덤핑관세…기재부 입법예고\n\n2031-05-20     김민수 기자\n\n"
        "기획재정부는 20일 ‘중국산 강관에 대한 덤핑방지관세 부과에 관한 규칙’ 제정안을 입법예고하고, "
        "오는 27일까지 의견을 접수한다고 밝혔다.\n"
    )
    assert dates(text) == [
        ("comment_deadline", "2031-05-27"),
        ("document_date", "2031-05-20"),
        ("publication", "2031-05-20"),
    ]


def test_a_korean_count_of_days_is_no_day_of_the_month():
    text = "2031-05-20     김민수 기자\n\n무역위원회는 신청일부터 30일 이내에 조사 개시 여부를 결정한다.\n"
    assert dates(text) == [("publication", "2031-05-20")]


def test_a_chinese_news_leads_month_and_day_take_the_year_of_its_other_dates():
    text = (
        "3月15日,商务部发布公告,公布了期终复审裁定。自2031年3月16日起,对原产于日本的进口丙酮继续征收反倾销税,"
        "实施期限为5年。"
    )
    assert dates(text) == [
        ("application_end", "2036-03-15"),
        ("application_start", "2031-03-16"),
        ("document_date", "2031-03-15"),
    ]


def test_a_japanese_laws_header_line_of_era_date_and_number_dates_the_law():
    text = "関税暫定措置法の一部を改正する法律\n令和十三年三月三十一日 法律 第九号\n\n第一条 関税暫定措置法の一部を次のように改正する。\n"
    assert dates(text) == [("document_date", "2031-03-31")]


def test_a_news_agencys_wire_dateline_is_its_publication_and_an_already_past_day_is_history():
    wire = "新华社北京3月2日电 国务院关税税则委员会2日发布公告,自2031年3月10日起对原产于某国的部分商品加征关税。"
    past = "2031年4月8日,某国通知WTO保障措施委员会,称其已于4月3日对钢丝启动了保障措施调查。"
    assert ("publication", "2031-03-02") in dates(wire)
    assert dates(past) == [("other", "2031-04-03"), ("other", "2031-04-08")]


# --- language, measures and jurisdiction ------------------------------------------------------------------------------


def test_a_chinese_page_glossed_in_pinyin_is_read_as_chinese():
    text = (
        "关于2031年上半年部分(fēn)反倾销措施即将到期的通知\n各利害关系方:\n"
        "根据有(yǒu)关规定,商(shāng)務(wù)部贸易救济调查局对将于2031年1月1日至2031年6月30日到期的反倾销措施通知如下。"
        "如相关产业未提出期终复审申请,则该反倾销措施将自措施到期之日起终止实施,有(yǒu)关方可(kě)以查阅附件。"
    )
    assert (measures(text), jurisdiction(text)) == (["anti_dumping"], ["CN"])


def test_a_chinese_notices_background_and_conditions_name_no_origin():
    text = (
        "关于部分反倾销措施即将到期的通知\n"
        "一、自2031年3月1日起,对原产于日本的进口丙酮继续征收反倾销税。\n"
        "二、鉴于英国已于2021年1月1日脱离欧盟,个案如涉及欧盟,相关产业应按照规定提出申请。\n"
    )
    assert affected(text) == ["JP"]


def test_registration_in_an_import_monitoring_system_is_licensing():
    text = (
        "The Central Government hereby amends the import policy condition of the items below: actual users importing "
        "them must register with the Directorate General of Foreign Trade in the online Import Monitoring System."
    )
    assert measures(text) == ["licensing"]


def test_an_exemption_from_the_payment_of_customs_duty_on_listed_imports_suspends_the_duty():
    text = (
        "The revenue board issued an order exempting exporters from the payment of customs duty, supplementary duty "
        "and value-added tax on the import of 12 types of packaging materials."
    )
    assert measures(text) == ["duty_suspension"]


def test_codes_inserted_deleted_or_split_and_statistical_code_changes_change_the_nomenclature():
    listed = (
        "The list of codes and related policy conditions inserted/deleted/amended/split/merged under the schedule "
        "is annexed to this notification."
    )
    statistical = "From 1 July 2031 the bureau has advised changes to statistical codes for tariff subheading 0303.89."
    assert (measures(listed), measures(statistical)) == (["nomenclature_change"], ["nomenclature_change"])


def test_japans_gsp_exclusion_and_special_emergency_tariff_name_their_measures():
    gsp = "財務省 関税局\n特恵適用除外措置の適用基準に該当する国・品目\n「ルーマニア」が全面卒業の適用基準に該当\n"
    emergency = (
        "第七条の三 各年度において、別表に掲げる物品の輸入数量が財務大臣の公表する数量(以下「輸入基準数量」という。)を"
        "超えた場合には、その物品に課する関税の率は、通常の関税率に加算した率とする。\n"
    )
    assert (measures(gsp), jurisdiction(gsp), measures(emergency)) == (["preference"], ["JP"], ["safeguard"])


def test_koreas_adjustment_tariffs_change_rates():
    text = "「관세법」 제69조에 따라 조정관세를 부과하여 관세율을 인상하는 물품과 그 세율은 별표와 같다.\n"
    assert measures(text) == ["duty_rate_change"]


# --- codes, titles and rates ----------------------------------------------------------------------------------------


def test_a_code_lists_rows_glued_to_their_words_without_figures_name_their_codes():
    text = (
        "ITC (HS) CodeItem DescriptionImport PolicyPolicy Condition\n"
        "07133110Urad, for sowingDeleted\n"
        "07133111Urad:-For sowingFree\n"
        "07133119Urad:-OtherRestricted\n"
    )
    assert codes(text) == ["07133110", "07133111", "07133119"]


def test_a_notifications_dated_line_is_no_title():
    text = (
        "MINISTRY OF FINANCE\n(Department of Revenue)\nNotification No. 12/2031-Customs\n"
        "Dated: 3rd March, 2031\n"
        "G.S.R. 101(E). - In exercise of the powers conferred by section 25 of the Customs Act, 1962, the Central "
        "Government hereby makes the following amendment in the notification No. 50/2017-Customs.\n"
    )
    assert title(text) is None


def test_a_sites_mission_statement_under_its_banner_is_no_title():
    text = (
        "Government Portal - Border Agency\n\nTo keep our borders safe and support lawful trade and travel.\n\n"
        "Tariff notices\n\n1 July 2031 Changes to excise-equivalent duty rates\n"
    )
    assert title(text) is None


def test_a_capital_p_before_a_figure_per_bag_is_the_philippine_peso_and_a_p_after_one_a_penny():
    pesos = "The Secretary set the definitive safeguard duty on imported cement at P8.40 per bag for the third year."
    pence = "The fuel duty rate of 52.95p per litre will apply from 1 April 2031."
    assert (rate_values(pesos, "PH"), rate_values(pence, "GB")) == ([(8.4, "PHP/bag")], [])


def test_a_duty_that_increases_by_an_amount_on_a_day_takes_effect_then():
    text = "On 1 December 2031 the excise equivalent customs duty on tobacco products increase by 5 per cent."
    assert dates(text) == [("entry_into_force", "2031-12-01")]
