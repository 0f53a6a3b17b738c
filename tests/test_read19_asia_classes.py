"""South, South-East and East Asia and Africa in their own notations (issue 15, round 16, read19-asia): the classes
their misses showed. Dates: a Commonwealth instrument's enacting formula ('these Regulations are made this 27th day of
…', 'the Council … makes these Regulations this …'), an Act's 'DATE OF ASSENT:' field and 'received the assent of the
President on …', a law finder's 'Date of Gazette Notification:', a gazette's masthead in capitals with its weekday, a
secretariat's notice publishing an Act and a Finance Act's budget year as history, provisions in force 'the next day of
assent' beside the Act's own commencement, an act a news item names in passing ('through a circular dated …') and a
look back in the past perfect. Measures: exemptions from 'customs-duty' in excess of a rate, goods 'admitted free of
customs duty', a rate's words substituted by 'free', Indonesian 'penyesuaian pos tarif', Bengali supplementary duty, a
customs union's 'duties, import quotas and preferences' as no quota. Who acts: Bangladesh, Korea, Ghana, Nigeria,
Mauritius, the EAC's Council for its Partner States. Codes: dotted headings glued by commas or broken by a table's
bars, a table row's first cell listing headings (Bengali digits and 'ও'), kanji-numeral tariff numbers. Rates: Korean
'%p', the goods' weight qualifiers before a rate. Identifiers: 'ACT NO. V OF 2031', 'ACT 789', '(LI 1327)'. Every
passage is written for these tests."""

from nlp.pipeline import analyse
from tests.fact_readers import dates, identifier, jurisdiction, measures, rates


def codes(text: str) -> list[str]:
    return sorted(mention.code for mention in analyse(text)._.codes)


def scored_dates(text: str) -> list[tuple[str, str]]:
    return [item for item in dates(text) if item[0] not in ("other", "registration")]


# --- dates ----------------------------------------------------------------------------------------------------------


def test_regulations_made_this_day_under_their_title_are_dated_that_day():
    text = (
        "CUSTOMS TARIFF (AMENDMENT) REGULATIONS, 2031\n\n"
        "IN exercise of the powers conferred on the Minister by section 12 of the Customs Act these Regulations are "
        "made this 14th day of March, 2031.\n\n1. The Second Schedule is amended as follows.\n"
    )
    assert scored_dates(text) == [("document_date", "2031-03-14")]


def test_a_council_that_makes_these_regulations_this_day_dates_them():
    text = (
        "THE COMMUNITY CUSTOMS (DRAWBACK) REGULATIONS, 2031\n\n"
        "IN EXERCISE of powers conferred by Section 9 of the Act, the Council of Ministers makes these Regulations "
        "this 3 rd day of June 2031-\n\n1. These Regulations may be cited as the Drawback Regulations.\n"
    )
    assert scored_dates(text) == [("document_date", "2031-06-03")]


def test_an_acts_date_of_assent_field_split_over_two_lines():
    text = "AN ACT to amend the Customs Duties Act.\nDATE OF ASSENT: 12th\nMarch, 2031.\nENACTED by Parliament\n"
    assert scored_dates(text) == [("document_date", "2031-03-12")]


def test_a_law_finders_date_of_gazette_notification_is_the_publication():
    text = (
        "CUSTOMS (FEES) (AMENDMENT) REGULATIONS, 2031\n\nThese Regulations are made this 2nd day of May, 2031.\n\n"
        "MINISTER OF FINANCE\n\nDate of Gazette Notification: 9th May, 2031.\n"
    )
    assert scored_dates(text) == [("document_date", "2031-05-02"), ("publication", "2031-05-09")]


def test_a_gazette_masthead_in_capitals_and_the_act_published_under_it():
    text = (
        "THE GAZETTE OF RURITANIA, EXTRA\n\nKARACHI, TUESDAY, APRIL 8, 2031\n\n"
        "PART I Acts\n\nPARLIAMENT SECRETARIAT Karachi, the 9th April, 2031 No. F. 3(4)/2031-Legis.—The following "
        "Act of Parliament received the assent of the President on the 7th April, 2031 and is hereby published for "
        "general information:— ACT NO. IV OF 2031 An Act further to amend the Customs Act.\n"
    )
    assert scored_dates(text) == [("document_date", "2031-04-07"), ("publication", "2031-04-08")]
    assert ("other", "2031-04-09") in dates(text)


def test_provisions_in_force_the_next_day_of_assent_beside_the_acts_commencement():
    text = (
        "The following Act received the assent of the President on the 27th June, 2031 and is hereby published.\n"
        "1. Short title and commencement.—(1) This Act may be called the Finance Act, 2031. (2) It shall come into "
        "force from the first day of July, 2031, except sections 4 and 5 which shall have effect from the next day "
        "of assent given to this Act.\n"
    )
    assert scored_dates(text) == [
        ("document_date", "2031-06-27"),
        ("entry_into_force", "2031-06-28"),
        ("entry_into_force", "2031-07-01"),
    ]


def test_a_finance_acts_budget_year_in_its_long_title_is_no_application_start():
    text = (
        "An Act to give effect to the financial proposals of the Government for the year beginning on the first day "
        "of July, 2031, and to amend certain laws.\n"
    )
    assert scored_dates(text) == []


def test_a_circular_a_news_item_names_in_passing_is_not_its_date():
    text = (
        "The Government has raised tariffs on imported flour and sugar.\n"
        "The new measures were communicated through a circular dated March 3, 2031, and signed by the Minister.\n"
        "The Minister had, in 2030, issued a circular communicating that excise duties apply with effect from "
        "1 April 2030.\n"
    )
    assert scored_dates(text) == []


# --- measures -------------------------------------------------------------------------------------------------------


def test_an_exemption_from_customs_duty_in_excess_of_a_rate():
    text = (
        "NOTIFICATION (CUSTOMS) The Federal Government is pleased to exempt components imported for the manufacture "
        "of bicycles, specified in column (3) of the Table, from so much of customs-duty leviable under the First "
        "Schedule as is in excess of the rates specified in column (4).\n"
    )
    assert measures(text) == ["duty_suspension"]


def test_goods_admitted_free_of_customs_duty_for_listed_persons():
    text = (
        "EXEMPTIONS FROM CUSTOMS DUTY\n\nGoods listed in the third column imported by the bodies listed in the "
        "second column shall be admitted free of customs duty on proof of their use.\n"
    )
    assert measures(text) == ["duty_suspension"]


def test_goods_admitted_free_of_customs_duty_under_a_trade_agreement_are_a_preference():
    # integration of round 16: the exemption wording met a preference of round 6's tests
    text = "Cocoa originating in Cameroon shall be admitted free of customs duties under the Economic Partnership Agreement."
    assert measures(text) == ["preference"]


def test_a_rates_words_substituted_by_free_in_a_schedule():
    text = (
        "The Customs Regulations are further amended by the substitution for the words “10 per cent of value” "
        "appearing against Tariff Number 2.7 of the Second Schedule, of the word “free”.\n"
    )
    assert measures(text) == ["duty_rate_change"]


def test_an_indonesian_adjustment_of_tariff_lines_is_a_nomenclature_change():
    text = "PERATURAN MENTERI KEUANGAN TENTANG PENYESUAIAN POS TARIF DALAM PERATURAN MENTERI KEUANGAN MENGENAI TARIF\n"
    assert "nomenclature_change" in measures(text)


def test_bengali_supplementary_duty_leviable_at_import():
    text = "টেবিল-১\n(আমদানি পর্যায়ে সম্পূরক শুল্ক আরোপযোগ্য পণ্যসমূহ)\n০৪.০১ | সকল এইচ এস কোড | Milk | ১০ |\n"
    assert measures(text) == ["duty_rate_change"]


def test_a_customs_unions_duties_quotas_and_preferences_are_no_tariff_quota():
    text = (
        "The Government raised the tariffs on imported cement. A common external tariff is the application of the "
        "same customs duties, import quotas and preferences by the members of a customs union.\n"
    )
    assert measures(text) == ["duty_rate_change"]


# --- who acts -------------------------------------------------------------------------------------------------------


def test_who_acts_in_these_countries_own_words():
    assert jurisdiction("সম্পূরক শুল্ক আরোপযোগ্য পণ্যসমূহ | ০৪.০১ | ১০ |") == ["BD"]
    assert jurisdiction("기획재정부는 할당관세 규정안이 국무회의를 통과했다고 밝혔다.") == ["KR"]
    assert jurisdiction("ACT OF THE PARLIAMENT OF THE REPUBLIC OF GHANA ENTITLED CUSTOMS (AMENDMENT) ACT") == ["GH"]
    assert jurisdiction("made under the Customs Decree, 1972 (N.R.C.D. 114) these Regulations") == ["GH"]
    assert jurisdiction("signed by the Minister of Finance, Budget and National Planning on Monday.") == ["NG"]
    assert jurisdiction("Goods re-imported into Mauritius within 2 years are admitted free.") == ["MU"]


def test_the_eac_council_acts_for_the_partner_states_of_the_day():
    assert jurisdiction("THE EAST AFRICAN COMMUNITY CUSTOMS MANAGEMENT (DUTY REMISSION) REGULATIONS, 2031") == ["EAC"]


# --- codes ----------------------------------------------------------------------------------------------------------


def test_dotted_headings_glued_by_commas_and_broken_by_a_tables_bars():
    text = "3.\n|\n9812.30.0000\n|\nCrude oils under\nheadings 27.07, 27.08,\n|\n|\n27.09,27.10,27.11\nand 27.13\n|\n5%\n|\n"
    assert codes(text) == ["2707", "2708", "2709", "2710", "2711", "2713", "9812300000"]


def test_a_decimal_with_a_comma_is_still_no_heading():
    assert codes("The heading says prices rose 15.10,5 dollars and 12.50,00 euros under heading rules.") == []


def test_a_code_tables_first_cell_listing_headings_in_bengali_digits():
    text = (
        "শিরোনাম সংখ্যা (Heading No) | এইচ এস কোড (H.S. Code) | বিবরণ | হার |\n"
        "০৪.০১, ০৪.০২ ও ০৪.০৩ | সকল এইচ এস কোড | Milk and cream | ১০ |\n"
        "০৪.০৬ | ০৪০৬.১০.০০ | Fresh cheese | ২০ |\n"
        "০৪০৬.২০.০০ | Grated cheese | ২০ |\n"
    )
    assert codes(text) == ["0401", "0402", "0403", "0406", "04061000", "04062000"]


def test_kanji_numeral_tariff_numbers_of_a_japanese_statute():
    text = "三　定率法別表第〇四〇六・一〇号に掲げる物品及び同表第二二○八・九○号の一に掲げる物品のうち第百五十号に定めるもの"
    assert codes(text) == ["040610", "220890"]


# --- rates and identifiers ------------------------------------------------------------------------------------------


def test_korean_percentage_points_are_no_rate():
    assert rates("할당관세는 기본관세율에서 30%p 범위에서 인하하며, 관세율은 5%로 한다.") == [(5, "percent", None)]


def test_the_goods_weight_qualifiers_before_a_rate_do_not_cancel_it():
    text = (
        "The measures raised the tariff on sugar packed in more than 50kg or in bulk and in 2kg or less to 40 percent."
    )
    assert [(value, unit) for value, unit, _ in rates(text)] == [(40, "percent")]


def test_commonwealth_act_and_instrument_numbers():
    assert identifier("ISLAMABAD\nNo. F. 3(4)/2031-Legis.—The following Act ACT NO. XII OF 2031 An Act") == (
        "ACT No. XII OF 2031"
    )
    assert identifier("ACT 912\nTHE NINE HUNDRED AND TWELFTH\nACT\nOF THE PARLIAMENT") == "ACT 912"
    assert identifier("CUSTOMS (AMENDMENT) REGULATIONS, 2031\n\n(LI 2412).\n\nIN exercise of the powers") == "LI 2412"
