"""Australian biosecurity notices to importers and WTO records in Chinese, by class (round 18 second pass, final21
3025-3034): an agency's bulleted list of codes, each item its codes then a dash and its description, under a line
introducing tariff codes (a chapter and headings named in a description too); the Australian usage 'tariff 0904' /
'tariffs 0904, 2002 and 2005' and its Chinese relays ('关税码1212.12', glossed in pinyin); a subheading dotted in pairs
after a Chinese 'HS编码' label glued to it; Australia's biosecurity agencies, systems and notice series name it as
the acting jurisdiction; community protection questions, biosecurity processing and a Chinese relay's biosecurity
law are sanitary measures. Every passage is written for these tests."""

from nlp.codes.finder import find_codes
from tests.fact_readers import dates, jurisdiction, measures


def codes_of(text: str) -> list[str]:
    return sorted(mention.code for mention in find_codes(text)[0])


def test_a_bulleted_list_of_codes_with_dashed_descriptions_under_an_introduction_names_every_code():
    text = (
        "From 1 March 2031, the scope of the scheme has been expanded to include the following tariff codes:\n"
        "- 8414 - Air or vacuum pumps\n"
        "- 2704, 2818, 2836.20 - inorganic chemicals\n"
        "- 95 - Toys, games and sports requisites\n"
        "- 8708 - Parts of the motor vehicles of 8701 or 8704\n"
        "- 2806.1000.05 - hydrogen chloride\n"
        "Importers need not do anything differently.\n"
    )
    assert codes_of(text) == ["2704", "2806100005", "2818", "283620", "8414", "8701", "8704", "8708", "95"]


def test_a_dashed_list_without_an_introduction_naming_codes_is_no_list_of_codes():
    text = (
        "The branch answered these enquiries in the year:\n- 1240 - by telephone\n- 3310 - by email\n- 95 - in person\n"
    )
    assert codes_of(text) == []


def test_a_single_described_item_is_an_enumeration_not_a_list():
    text = "The following tariff codes are affected:\n- 1650 - staff hours\nNo other change is made.\n"
    assert codes_of(text) == []


def test_tariffs_before_headings_name_them_in_australian_usage():
    text = (
        "Further review has prompted a change to the questions associated with a number of tariffs.\n"
        "Tariffs 0711, 2001 and 2006 will now ask whether the goods are commercially canned.\n"
        "Brokers lodging goods under tariff 1905 must answer the question too.\n"
    )
    assert codes_of(text) == ["0711", "1905", "2001", "2006"]


def test_a_chinese_relay_names_the_tariff_code_with_or_without_pinyin_glosses():
    text = (
        "澳大利亚调整进口干果管理要求\n"
        "关税码0813.40项下的进口干果需要声明。自2031年3月1日起,关(guān)税栏目0802.90所属货物需要回答问题。\n"
    )
    assert codes_of(text) == ["080290", "081340"]


def test_a_subheading_dotted_in_pairs_after_a_glued_chinese_hs_label_is_a_code():
    text = "3 覆盖的产品:木质托盘: HS编码44.21.91-其他木制品; HS编码44.16.00-木桶。\n"
    assert codes_of(text) == ["441600", "442191"]


def test_a_date_dotted_in_pairs_after_no_code_label_stays_a_date():
    text = "通报日期:10.05.31 分发。\n"
    assert codes_of(text) == []


def test_australian_biosecurity_notices_name_australia_by_their_systems_and_series():
    text = (
        "12 June 2031\n"
        "Who does this notice affect?\n"
        "Importers of dried herbs. This IAN updates IAN 77-2031. New community protection profile questions will be"
        " implemented in the Integrated Cargo System (ICS). Import conditions are outlined in BICON.\n"
    )
    assert jurisdiction(text) == ["AU"]


def test_the_australian_biosecurity_act_and_notice_series_name_australia():
    text = (
        "Import industry advice notice\n"
        "Under the Biosecurity Act 2015, the import conditions for cut flowers have been updated.\n"
    )
    assert jurisdiction(text) == ["AU"]


def test_an_australian_department_issuing_certificates_in_a_uk_notice_is_no_cue_of_australia():
    text = (
        "Notice to Traders 12/31 Australia Free Trade Agreement Import Tariff Quotas\n"
        "Applications must be accompanied by a Certificate of Authenticity issued by the Department of Agriculture,"
        " Fisheries and Forestry. The quotas are opened under Statutory Instrument 2031 No. 1432.\n"
    )
    assert jurisdiction(text) == ["GB"]


def test_community_protection_questions_and_biosecurity_processing_are_sanitary_measures():
    text = (
        "Brokers lodging declarations under tariff 0910 will need to answer the related Community Protection (CP)"
        " questions, supporting timely biosecurity processing of the goods.\n"
    )
    assert measures(text) == ["sps_tbt"]


def test_a_chinese_relay_of_an_import_requirement_under_a_biosecurity_law_is_a_sanitary_measure():
    text = "自2031年3月1日起,关税码0813.40所属货物根据生物安全法规定需要回答问题。\n"
    assert measures(text) == ["sps_tbt"]


def test_a_day_from_which_goods_must_meet_a_requirement_is_its_entry_into_force_in_a_chinese_relay():
    text = "新西兰调整进口坚果管理要求\n2031年3月1日起,关税栏目0802.90所属货物根据生物安全法规定,需要回答问题。\n"
    assert ("entry_into_force", "2031-03-01") in dates(text)
