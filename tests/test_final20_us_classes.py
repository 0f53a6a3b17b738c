"""US documents by class (round 17 second pass, final20 2801-2812): a partner-rate annex converted to '|' rows
runs across a page break (a blank line) and its rows below the break still stand under its header; a country cell
may give the name with its other form in brackets ('Myanmar (Burma)'), and an elided article's apostrophe may be
typed as a grave or an acute accent ('Côte d`Ivoire').
Every passage is written for these tests."""

from nlp.pipeline import analyse

PARTNER_ANNEX = (
    "Sec. 2. Additional Duties. (a) Articles that are products of the countries and territories listed in Annex I\n"
    "shall be subject to the additional ad valorem rates of duty set forth in Annex I.\n\n"
    "ANNEX I\n\n"
    "Country or Territory | Additional Ad Valorem Rate of Duty\n"
    "Bhutan | 14%\n"
    "Eswatini (Swaziland) | 16%\n"
    "Gabon | 12%\n"
    "Mongolia | 16%\n"
    "\n"
    "Myanmar (Burma) | 44%\n"
    "Côte d`Ivoire | 21%\n"
    "Senegal | 17%\n"
    "Türkiye (Turkey) | 22%\n"
)


def rates(text: str) -> dict[str, float]:
    return {mention.applies_to: mention.value for mention in analyse(text, jurisdiction="US")._.rates}


def affected(text: str) -> list[str]:
    return sorted(analyse(text, jurisdiction="US")._.countries["affected"])


def test_the_rows_of_a_partner_annex_below_a_page_break_keep_their_rates():
    assert rates(PARTNER_ANNEX) == {
        "Bhutan": 14,
        "Eswatini (Swaziland)": 16,
        "Gabon": 12,
        "Mongolia": 16,
        "Myanmar (Burma)": 44,
        "Côte d`Ivoire": 21,
        "Senegal": 17,
        "Türkiye (Turkey)": 22,
    }


def test_a_country_cell_with_its_other_name_in_brackets_or_a_typed_apostrophe_names_the_country():
    assert affected(PARTNER_ANNEX) == ["BT", "CI", "GA", "MM", "MN", "SN", "SZ", "TR"]


def test_a_paragraph_under_a_table_after_a_blank_line_is_no_row_of_it():
    text = (
        "Sec. 2. Additional Duties. Articles that are products of the countries listed below shall be subject to the\n"
        "additional ad valorem rates of duty set forth in this section.\n\n"
        "Country | Additional Ad Valorem Rate of Duty\n"
        "Bhutan | 14%\n"
        "Gabon | 12%\n"
        "Mongolia | 16%\n"
        "\n"
        "Sec. 3. The Secretary shall report on the 7% growth of imports within 90 days.\n"
    )
    assert rates(text) == {"Bhutan": 14, "Gabon": 12, "Mongolia": 16}


def dates(text: str) -> list[tuple[str, str]]:
    return sorted((mention.type, mention.date) for mention in analyse(text, jurisdiction="US")._.dates)


def test_a_quota_bulletins_opening_field_with_its_time_and_clock_is_the_day_the_quota_opens():
    text = (
        "Commodity\nCertain Tobacco Products\n"
        "QUOTA PERIOD\nOctober 1, 2031 through December 31, 2031\n"
        "OPENING\nOctober 1, 2031 12:01 AM Local Port time.\n"
        "REPORTING INSTRUCTIONS\nFor quota merchandise, use entry type code 02.\n"
    )
    assert dates(text) == [
        ("application_end", "2031-12-31"),
        ("application_start", "2031-10-01"),
        ("entry_into_force", "2031-10-01"),
    ]


def test_a_day_opening_a_clause_on_what_an_agency_implemented_then_is_history():
    text = (
        "SPECIAL INSTRUCTIONS\n"
        "As of March 3, 2029, CBP implemented electronic processing of the tariff-rate quota in ACE. Entries are"
        " processed every business day.\n"
    )
    assert dates(text) == [("other", "2029-03-03")]


def types(text: str) -> list[str]:
    return sorted(mention.type for mention in analyse(text, jurisdiction="US")._.measures)


def test_a_quota_bulletins_reminder_that_remedy_duties_may_also_apply_acts_on_no_remedy():
    text = (
        "QB 31-611 Absolute Quota for Aluminum Articles\n"
        "QUOTA PERIOD\nJanuary 1, 2031 through March 31, 2031\n"
        "REPORTING INSTRUCTIONS\n"
        "Merchandise subject to the absolute quota may also be subject to antidumping and countervailing duties.\n"
        "Importers shall report the HTS classification 9903.85.10 for merchandise subject to the absolute quota.\n"
    )
    assert types(text) == ["tariff_quota"]


def test_a_drawback_condition_that_the_article_is_not_under_a_remedy_order_acts_on_no_remedy():
    text = (
        "Sec. 4. Clause 2 of Proclamation 11111 is amended to read as follows: the additional ad valorem duty on"
        " articles of aluminum shall be increased from 25 percent to 35 percent.\n\n"
        "(11) Drawback shall be available for the duties imposed under clause (2) where all of the following"
        " conditions are met:\n\n"
        "(a) The article is listed in Annex II to this proclamation;\n\n"
        "(b) The article is not of a type of merchandise subject to an antidumping or countervailing duty order,"
        " without regard to the country of origin of the article;\n"
    )
    assert types(text) == ["duty_rate_change"]


def test_a_relays_yearless_month_first_day_takes_the_year_of_its_own_date_line():
    text = (
        "Tariff-Rate Quota on Softwood Lumber to Change Effective March 3\n\n"
        "Tuesday, February 25, 2031\n\n"
        "Customs reports that as of Mar. 3 the in-quota tariff on softwood lumber will fall from 12 percent to"
        " 10 percent.\n"
    )
    assert dates(text) == [("entry_into_force", "2031-03-03"), ("publication", "2031-02-25")]


def test_a_month_first_day_followed_by_its_year_is_read_once_as_a_full_date():
    text = "Customs reports that as of Mar. 3, 2031 the in-quota tariff on softwood lumber will fall to 10 percent.\n"
    assert dates(text) == [("entry_into_force", "2031-03-03")]


def test_a_yearless_day_that_recurs_each_year_is_no_date():
    text = (
        "Notice of March 2, 2031\n\n"
        "In this Order, quota year means the period beginning on October 1 of each year and ending on September 30"
        " of the following year.\n"
    )
    assert dates(text) == [("document_date", "2031-03-02")]
