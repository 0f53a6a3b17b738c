"""final15's US misses by class (round 12 second pass): goods put outside a quota, a quota allocation named by its
country's adjective, a country inside the name of the agreement that defines an origin, a quota's tranche table and
a step stated with the total it makes, a table whose rows lost their cell separators, a safeguard suspended for one
origin, and a presidential document's own number in an indented heading line. Every passage is written for these
tests."""

from nlp.pipeline import analyse


def analysed(text: str):
    return analyse(text, jurisdiction="US")


def affected(text: str) -> list[str]:
    return sorted(analysed(text)._.countries["affected"])


def volumes(text: str) -> set[tuple[float, str]]:
    return {(q.amount, q.unit) for q in analysed(text)._.quotas}


EXCLUDED_FROM_THE_QUOTA = (
    "Commodity:\n"
    "Widgets provided for in Chapter 84, additional U.S. Note 7. The aggregate quantity of widgets entered under "
    "subheadings 8479.89.11 and 8479.89.12 in any calendar year shall not exceed 3,400,000 kilograms (articles the "
    "product of Mexico shall not be permitted or included under the aforementioned quantitative limitation).\n"
    "Quota Period:\nJanuary 1, 2031, through December 31, 2031\n"
    "Restraint Levels:\nAggregate 3,400,000 kg.\n"
    "Of the quantitative limitations provided for in this note, the countries listed below shall have access to not "
    "less than the quantities specified:\n"
    "Country | MAQ |\n---|---|\nUruguay | 1,200,000 KG |\nNorway | 300,000 KG |\n"
    "Special Instructions:\n{special}\n"
)


def test_a_country_whose_goods_shall_not_be_included_under_the_quota_is_not_affected():
    text = EXCLUDED_FROM_THE_QUOTA.format(special="Report in kilograms.")
    assert affected(text) == ["NO", "UY"]


def test_a_country_whose_products_are_not_eligible_for_the_quota_is_not_affected():
    special = "Products from Peru are not eligible for the tariff-rate quota and shall be entered at the general rate."
    text = EXCLUDED_FROM_THE_QUOTA.format(special=special)
    assert affected(text) == ["NO", "UY"]


def test_a_country_whose_goods_are_excluded_from_the_allocation_is_not_affected():
    special = "Imports from Chile are excluded from the in-quota allocation."
    assert affected(EXCLUDED_FROM_THE_QUOTA.format(special=special)) == ["NO", "UY"]


def test_a_country_whose_goods_are_limited_stays_affected():
    text = (
        "SUMMARY: Imports of widgets from Uruguay shall not exceed 20,000 tonnes in any calendar year; the quota "
        "applies from January 1, 2031.\n"
    )
    assert affected(text) == ["UY"]


def test_the_agreement_that_defines_an_origin_names_no_other_origin():
    text = (
        "CSMS # 70000002 - Guidance: Suspension of the Safeguard Duty on Widgets Originating in Chile\n"
        "GUIDANCE The suspension applies only to widgets that are products of Chile as defined under the United "
        "States-Peru Trade Promotion Agreement, entered on or after March 1, 2031.\n"
    )
    assert affected(text) == ["CL"]


ALLOCATION_BY_ADJECTIVE = (
    "COMMODITY:\nRefined sugar provided for in Chapter 17, Additional U.S. Note 5\n"
    "QUOTA PERIOD:\nOctober 1, 2030 through September 30, 2031\n"
    "The United States Trade Representative announced an increase to the {adjective} refined sugar allocation "
    "(8,000,000 kg) by 2,000,000 kilograms (kg), making the new limit 10,000,000 kg.\n"
    "Questions should be referred to the local CBP port.\n"
)


def test_a_quota_allocation_named_by_its_countrys_adjective_affects_that_country():
    assert affected(ALLOCATION_BY_ADJECTIVE.format(adjective="Mexican")) == ["MX"]
    assert affected(ALLOCATION_BY_ADJECTIVE.format(adjective="Argentinian")) == ["AR"]


def test_an_adjective_before_other_words_names_no_allocation():
    text = ALLOCATION_BY_ADJECTIVE.format(adjective="Argentinian").replace(
        "The United States", "Mexican producers exceeded the limit last year. The United States"
    )
    assert affected(text) == ["AR"]


def test_a_step_stated_with_the_total_it_makes_is_no_quota_volume():
    assert volumes(ALLOCATION_BY_ADJECTIVE.format(adjective="Mexican")) == {(8000000, "kg"), (10000000, "kg")}


def test_a_step_stated_alone_stays_a_quota_volume():
    text = (
        "For calendar year 2031, the aggregate in-quota quantity of widgets will be increased by 40,000 metric tons.\n"
    )
    assert volumes(text) == {(40000, "tonnes")}


TRANCHES = (
    "COMMODITY:\nRefined sugar\nQUOTA PERIOD:\nOctober 1, 2030 through September 30, 2031\n"
    "The global refined sugar tranches are as follows:\n"
    "PERIOD | MONTH | DAY | QUANTITY | UOM |\n---|---|---|---|---|\n"
    "1 | March | 2 | 40,000,000 | KG |\n2 | March | 16 | 25,000,000 | KG |\n3 | April | 6 | 7,500,000 | KG |\n"
    "An instructional bulletin will be issued before each tranche opens.\n"
)


def test_the_volumes_of_a_table_of_tranches_are_quota_volumes_with_the_bulletins_period():
    quotas = analysed(TRANCHES)._.quotas
    assert {(q.amount, q.unit) for q in quotas} == {(40000000, "kg"), (25000000, "kg"), (7500000, "kg")}
    assert {(q.period_start, q.period_end) for q in quotas} == {("2030-10-01", "2031-09-30")}


GLUED_TABLE = (
    "QB 31-011 2031 Ruritania FTA\n\n"
    "Agricultural products described in Chapter 99, Subchapter XX, U.S. Notes 2 through 6\n\n"
    "January 1, 2031 through December 31, 2031\n\n"
    "The aggregate quantities of qualifying goods entered under the subheadings are as follows:\n\n"
    "Restraint Level\n"
    "99200205US Note 2 (a)12,000,000 kg\n"
    "99200210US Note 2 (b)800,000 kg\n"
    "99200305US Note 325,500 liters\n"
    "99200310US Note 4410,000 kg\n"
    "99200315US Note 51,250,000 kg\n"
    "99200320US Note 690,000 kg\n\n"
    "Use entry type code 02, 06, 07, 12, 23, 32, 38, or 52\n"
)


def test_the_codes_opening_rows_that_lost_their_separators_are_read():
    codes = [c.code for c in analysed(GLUED_TABLE)._.codes if c.level != "chapter"]
    assert codes == ["99200205", "99200210", "99200305", "99200310", "99200315", "99200320"]


def test_a_volume_glued_to_its_rows_note_number_is_parted_by_the_notes_sequence():
    assert volumes(GLUED_TABLE) == {
        (12000000, "kg"),
        (800000, "kg"),
        (25500, "litres"),
        (410000, "kg"),
        (1250000, "kg"),
        (90000, "kg"),
    }


def test_rows_glued_to_descriptions_without_numbers_give_their_plain_volumes():
    text = (
        "The tariff-rate quota quantities for 2031 are as follows:\n"
        "0702000000Tomatoes 1,500 tonnes\n"
        "0703100000Onions and shallots 2,250 tonnes\n"
    )
    assert [c.code for c in analysed(text)._.codes] == ["0702000000", "0703100000"]
    assert volumes(text) == {(1500, "tonnes"), (2250, "tonnes")}


def test_a_single_line_opening_with_a_number_glued_to_a_word_is_no_table():
    text = "The importer 12345678ABC filed the entry on March 3, 2031 under the tariff-rate quota.\n"
    assert [c.code for c in analysed(text)._.codes] == []


SUSPENDED_FOR_ONE_ORIGIN = (
    "CSMS # 70000003 - Guidance: Suspension of Section 201 Safeguard Measures on Widgets Originating in Colombia\n"
    "The purpose of this message is to provide guidance on the suspension of Section 201 safeguard measures on "
    "imports of widgets originating in Colombia and entered on or after April 1, 2031.\n"
)


def test_a_safeguard_suspended_for_one_origin_is_an_exclusion_beside_the_safeguard():
    assert sorted(m.type for m in analysed(SUSPENDED_FOR_ONE_ORIGIN)._.measures) == ["exclusion", "safeguard"]


def test_a_safeguard_suspended_for_every_origin_excludes_no_one():
    text = (
        "The purpose of this message is to provide guidance on the suspension of the Section 201 safeguard measure "
        "on imports of widgets from all sources, entered on or after April 1, 2031.\n"
    )
    assert "exclusion" not in {m.type for m in analysed(text)._.measures}


def test_an_indented_proclamation_line_gives_its_number_before_the_fr_doc_line():
    text = (
        "Federal Register Volume 96, Number 12 (Monday, January 20, 2031)\n"
        "[FR Doc No: 2031-01234]\n\n"
        "                Proclamation 11111 of January 15, 2031\n\n"
        "To Modify the Harmonized Tariff Schedule of the United States\n\n"
        "                By the President of the United States of America\n"
    )
    assert analysed(text)._.identifier.text == "Proclamation 11111"


def dates(text: str) -> list[tuple[str, str]]:
    return sorted((d.type, d.date) for d in analysed(text)._.dates)


def test_a_systems_readiness_after_a_clock_time_is_no_date_of_a_measure_with_its_own_effective_date():
    text = (
        "CSMS # 70000004 - Guidance: Exclusion of Widgets from the Section 201 Safeguard\n"
        "The exclusion is effective for widgets entered for consumption on or after March 2, 2031.\n"
        "HTSUS subheading 9903.45.40 will be available in the Automated Commercial Environment (ACE) as of 6:00 a.m. "
        "eastern standard time on April 9, 2031.\n"
    )
    assert dates(text) == [("entry_into_force", "2031-03-02"), ("other", "2031-04-09")]


def test_a_record_deployed_in_ace_is_the_day_a_message_without_its_own_date_takes_effect():
    text = (
        "CSMS # 70000005 - GUIDANCE: New Document Label for Widget Certifications\n"
        "BACKGROUND\n"
        "Filers who used the OTHER label during the gap period between May 4, 2031, and May 11, 2031, should file a "
        "post summary correction.\n"
        "The new record for the widget certification will be deployed in ACE on May 11, 2031.\n"
    )
    assert dates(text) == [("entry_into_force", "2031-05-11"), ("other", "2031-05-04"), ("other", "2031-05-11")]


def test_an_unlabelled_day_under_the_quota_period_is_the_day_the_quota_opens():
    dated = dates(GLUED_TABLE.replace("December 31, 2031\n\n", "December 31, 2031\n\nFriday, January 3, 2031\n\n", 1))
    assert dated == [
        ("application_end", "2031-12-31"),
        ("application_start", "2031-01-01"),
        ("entry_into_force", "2031-01-03"),
    ]


def test_a_day_under_a_period_it_does_not_open_keeps_its_own_type():
    text = (
        "Widget Quota Notice\n\nJanuary 1, 2031 through December 31, 2031\n\nMarch 20, 2031\n\n"
        "The tariff-rate quota for widgets is 5,000 tonnes.\n"
    )
    assert ("entry_into_force", "2031-03-20") not in dates(text)
