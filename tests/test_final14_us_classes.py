"""final14's US misses by class (round 11 second pass): CBP quota bulletins as the web pages now print them (field
labels without a colon, 'QB 31 – 105' numbers with spaced dashes, allocation tables printed one cell per line),
restated regulations of another agency in a bulletin's instructions. Every passage is written for these tests."""

from nlp.pipeline import analyse


def analysed(text: str):
    return analyse(text, jurisdiction="US")


COLONLESS_BULLETIN = (
    "QB 31 – 105 2031 Widgets\n\n"
    "Commodity\n\n"
    "Widgets provided for in Chapter 84, Additional U.S. Note 9.\n\n"
    "Quota Period\n\n"
    "January 1, 2031 through December 31, 2031.\n\n"
    "Opening Day\n\n"
    "Thursday, January 2, 2031.\n\n"
    "Restraint Levels\n\n"
    "Uruguay: 12,400,000 kg\n\n"
    "Other Countries or Areas: 3,100,000 kg\n\n"
    "HTS Numbers\n\n"
    "Low Rate\n"
    "8479.89.9100\n\n"
    "Reporting Instructions\n\n"
    "Use entry type code 02, 06, 07, 12, 23, 32, 38, or 52.\n\n"
    "Special Instructions\n\n"
    "In accordance with Department of Agriculture regulations (7 CFR 319.99-1), widgets packed in soil from the "
    "following countries are prohibited from entry:\n\n"
    "Burundi, Nepal and Laos.\n\n"
    "Last Modified: Jan 10, 2031\n"
)


def test_a_colonless_bulletin_is_a_tariff_quota_and_the_restated_regulation_prohibits_nothing():
    assert sorted(m.type for m in analysed(COLONLESS_BULLETIN)._.measures) == ["tariff_quota"]


def test_a_colonless_opening_day_is_the_day_the_quota_opens():
    opening = [d for d in analysed(COLONLESS_BULLETIN)._.dates if d.text == "January 2, 2031"]
    assert [(d.type, d.date) for d in opening] == [("entry_into_force", "2031-01-02")]


def test_a_bulletin_number_with_a_spaced_dash_is_its_identifier():
    assert analysed(COLONLESS_BULLETIN)._.identifier.text == "QB 31 – 105"


def test_the_country_of_a_colonless_allocation_field_is_affected_and_the_restated_ban_names_none():
    assert analysed(COLONLESS_BULLETIN)._.countries["affected"] == ["UY"]


ONE_CELL_PER_LINE = (
    "QB 31 – 132 2032 Raw Cane Sugar Allocation\n\nCOMMODITY:\n\nRaw cane sugar\n\nQUOTA PERIOD:\n\n"
    + ("October 1, 2031 through September 30, 2032\n\nOPENING DATE:\n\nMonday, October 6, 2031\n\nRESTRAINT LEVEL:\n\n")
)


def test_countries_of_an_allocation_table_printed_one_cell_per_line_are_affected():
    rows = [("Brazil", "152,000,000"), ("Fiji", "9,400,000"), ("Ghana", "7,200,000"), ("Peru", "43,100,000")]
    rows += [(name, "7,200,000") for name in ("Belize", "Haiti", "Jamaica", "Panama", "Paraguay", "Uruguay")]
    rows += [(name, "8,400,000") for name in ("Bolivia", "India", "Malawi", "Mauritius", "Mozambique")]
    rows += [(name, "11,500,000") for name in ("Ecuador", "Guyana", "Honduras", "Nicaragua", "Thailand")]
    rows += [(name, "25,200,000") for name in ("Colombia", "Guatemala", "Philippines", "Zimbabwe", "Australia")]
    table = "".join(f"{name}\n\n{amount}\n\nkg\n\n" for name, amount in rows)
    text = ONE_CELL_PER_LINE + table + "HTS NUMBERS:\n\n1701.13.1000\n\nREPORTING INSTRUCTIONS:\n\nUse entry type 02.\n"
    expected = {"BR", "FJ", "GH", "PE", "BZ", "HT", "JM", "PA", "PY", "UY", "BO", "IN", "MW", "MU", "MZ"}
    expected |= {"EC", "GY", "HN", "NI", "TH", "CO", "GT", "PH", "ZW", "AU"}
    assert sorted(analysed(text)._.countries["affected"]) == sorted(expected)


def test_a_country_of_a_one_cell_per_line_table_with_no_quantity_is_outside_the_quota():
    text = (
        ONE_CELL_PER_LINE + "Brazil\n\n152,000,000\n\nkg\n\nCanada\n\nno limit\n\nREPORTING INSTRUCTIONS:\n\nUse 02.\n"
    )
    assert analysed(text)._.countries["affected"] == ["BR"]


GLUED_LIST = (
    "CSMS # 70000001 - GUIDANCE: Section 232 Import Duties on Widgets\n\n"
    "The purpose of this message is to provide guidance on the implementation of Proclamation 11111, "
    "“Adjusting Imports of Widgets into the United States,” (May 4, 2031).\n\n"
    "BACKGROUND\n\n"
    "Proclamation 11111 imposes ad valorem duties ranging between 15 percent and 30 percent on imports of widgets "
    "and widget parts.\n\n"
    "GUIDANCE\n\n"
    "The additional duties are effective with respect to goods entered for consumption on or after 12:01 a.m. "
    "Eastern Daylight Time on June 2, 2031.\n\n"
    "9903.77.01: Applies to imports of widgets from all countries classified under the following HTSUS provisions:\n\n"
)


def test_dotted_codes_glued_into_one_run_are_each_a_code():
    text = GLUED_LIST + "8479.89.208479.89.508479.90.94\n"
    codes = [c.code for c in analysed(text)._.codes]
    assert codes == ["99037701", "84798920", "84798950", "84799094"]


def test_statistical_numbers_glued_into_one_run_are_each_a_code():
    text = GLUED_LIST + "8479.89.20108479.89.5090\n"
    codes = [c.code for c in analysed(text)._.codes]
    assert codes == ["99037701", "8479892010", "8479895090"]


def test_a_guidance_message_on_implementing_a_proclamation_gets_the_rates_its_background_states():
    rates = [(r.value, r.unit) for r in analysed(GLUED_LIST + "8479.89.20\n")._.rates]
    assert rates == [(15, "percent"), (30, "percent")]


def types(text: str) -> list[str]:
    return sorted(mention.type for mention in analysed(text)._.measures)


def test_a_usitc_notice_numbered_under_sections_701_and_731_is_anti_dumping_and_countervailing():
    text = (
        "INTERNATIONAL TRADE COMMISSION\n"
        "[Investigation Nos. 701-TA-801-802 and 731-TA-1801-1802 (Final)]\n"
        "Widget Frames From Ruritania and Thailand\n"
        "Determinations\n"
        "On the basis of the record developed in the subject investigations, the United States International Trade "
        "Commission determines, pursuant to the Tariff Act of 1930, that an industry in the United States is "
        "materially injured by reason of imports of widget frames from Thailand, provided for in subheading "
        "8302.50.00 of the Harmonized Tariff Schedule of the United States, that have been found by the U.S. "
        "Department of Commerce to be sold in the United States at less than fair value and to be subsidized by "
        "the Government of Thailand.\n"
    )
    assert types(text) == ["anti_dumping", "countervailing"]


def test_modifying_the_action_taken_in_a_section_301_investigation_is_retaliation():
    text = (
        "On May 4, 2031, the US Trade Representative published in the Federal Register a notice that, at the "
        "direction of the President, the USTR has determined to modify the action being taken in the Section 301 "
        "investigation by delaying the date on which the rate of the additional duties will increase from 15 percent "
        "to 30 percent for the products of China covered by the March 2031 action.\n\n"
        "Effective with respect to goods entered for consumption on or after 12:01 am Eastern Standard Time on "
        "July 1, 2031, subchapter III of chapter 99 is modified by deleting “15%” in the Rates of Duty 1-General "
        "column of heading 9903.88.21 and inserting “30%” in lieu thereof.\n"
    )
    assert types(text) == ["retaliation"]


USMCA_GUIDANCE = (
    "CSMS # 70000002 - GUIDANCE: Applying Section 232 Import Duties on USMCA-Qualifying Widgets\n"
    "The purpose of this message is to provide guidance on applying the 25 percent Section 232 duty imposed by "
    "Proclamation 11111 only to the non-U.S. content of approved imports of widgets qualifying for preferential "
    "tariff treatment under the United States-Mexico-Canada Agreement (USMCA).\n"
    "GUIDANCE\n"
    "The 25 percent tariff will apply only to the value of the non-U.S. content of such widgets.\n"
    "9903.94.21: Applies to the non-U.S. content of widgets eligible for special tariff treatment under the "
    "United States-Mexico-Canada Agreement.\n"
)


def test_goods_qualifying_for_an_agreements_preference_are_the_duty_s_condition_not_a_preference():
    assert types(USMCA_GUIDANCE) == ["duty_rate_change"]


def test_partners_named_in_the_agreement_the_goods_qualify_under_are_not_targeted():
    assert analysed(USMCA_GUIDANCE)._.countries["affected"] == []


def test_a_proclamations_own_duty_that_shall_not_apply_to_some_goods_is_no_exclusion():
    text = (
        "NOW, THEREFORE, I, the President of the United States, do hereby proclaim as follows:\n\n"
        "(1) Widgets and widget parts shall be subject to a 25 percent ad valorem tariff with respect to goods "
        "entered for consumption on or after 12:01 a.m. eastern daylight time on June 2, 2031.\n\n"
        "(2) The ad valorem tariff of 25 percent described in clause (1) of this proclamation shall not apply to "
        "widget parts that qualify for preferential treatment under the USMCA until the Secretary establishes a "
        "process to apply the tariff to their non-US content.\n"
    )
    assert types(text) == ["duty_rate_change"]


def test_an_order_modifying_the_scope_of_a_tariff_excludes_goods_from_it():
    text = (
        "Modifying the Scope of the Reciprocal Tariff with Respect to Certain Widgets\n\n"
        "Acting under the powers given to the President, among them the International Emergency Economic Powers Act "
        "(50 U.S.C. 1701 et seq.), I order as follows:\n\n"
        "Section 1.  Background.  In Executive Order 14900, I imposed certain ad valorem duties. I have determined "
        "that certain widgets shall not be subject to the reciprocal tariff imposed under Executive Order 14900.\n\n"
        "Sec. 2.  Updating Scope of Duties.  The Harmonized Tariff Schedule of the United States shall be modified "
        "as provided in Annex I to this order.\n"
    )
    assert types(text) == ["exclusion"]


def test_goods_that_would_otherwise_qualify_for_an_exemption_the_order_ends_keep_that_measure():
    text = (
        "By the authority vested in me as President by the Constitution and the laws of the United States of "
        "America, it is hereby ordered:\n\n"
        "Sec. 2.  Ending Duty-Free Treatment.  Goods of Ruritania that are valued at or under 800 dollars and that "
        "would otherwise qualify for the de minimis exemption authorized in 19 U.S.C. 1321(a)(2)(C) shall no longer "
        "be eligible for that exemption and shall be subject to all applicable duties from June 2, 2031.\n"
    )
    assert types(text) == ["other"]
