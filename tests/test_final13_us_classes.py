"""final13's US misses by class (round 10 second pass): executive orders under IEEPA that amend an earlier order's rate
by striking one percentage and inserting another, carve goods out of an earlier order's duty ('shall not be subject to
the additional ad valorem rate of duty described in section 2(a) of Executive Order ...'), keep the usual chapter 98
proviso of a chapter 99 note, say the goods continue to be subject to anti-dumping and countervailing duties and may
continue to qualify for the de minimis exemption, and answer another country's 'latest retaliation'. Every passage is
written for these tests."""

from nlp.pipeline import analyse


def types(text: str, jurisdiction: str | None = "US") -> list[str]:
    return sorted(mention.type for mention in analyse(text, jurisdiction=jurisdiction)._.measures)


ORDER_HEAD = (
    "Further Amendment to Duties Addressing the Situation in Ruritania\n\n"
    "By the authority vested in me as President by the Constitution and the statutes of this Nation, among them "
    "the International Emergency Economic Powers Act (50 U.S.C. 1701 et seq.) and section 301 of title 3, United "
    "States Code, I hereby determine and order:\n\n"
)


def test_an_order_striking_one_percentage_and_inserting_another_changes_the_rate():
    text = ORDER_HEAD + (
        "Sec. 2.\n Amendment.  Section 3(b) of Executive Order 14900 is hereby amended by striking the words "
        "\u201c15 percent\u201d and inserting in lieu thereof the words \u201c30 percent\u201d.\n\n"
        "THE WHITE HOUSE,\n    May 4, 2031.\n"
    )
    assert types(text) == ["duty_rate_change"]


def test_a_heading_amended_by_deleting_a_percentage_and_inserting_another_changes_the_rate():
    text = ORDER_HEAD + (
        "Sec. 2.\n Modification.  Heading 9903.02.77 of the HTSUS is amended by deleting \u201c40%\u201d each place "
        "that it appears and by inserting \u201c55%\u201d in lieu thereof.\n"
    )
    assert types(text) == ["duty_rate_change"]


def test_goods_that_shall_not_be_subject_to_an_earlier_orders_duty_are_excluded_from_it():
    text = ORDER_HEAD + (
        "Sec. 2.\n Product Coverage.  (a) Articles that are entered free of duty as goods of Ruritania under the terms "
        "of general note 31 to the HTSUS shall not be subject to the additional ad valorem rate of duty described in "
        "section 2(a) of Executive Order 14900.\n(b) The additional rate of duty on fertilizer shall be reduced to "
        "5 percent in lieu of 20 percent.\n"
    )
    assert types(text) == ["duty_rate_change", "exclusion"]


NEW_NOTE = ORDER_HEAD + (
    "Sec. 2.\n Imposition of Duties.  All articles that are subject to the additional ad valorem rate of duty of "
    "20 percent under Executive Order 14900 shall instead be subject to an additional ad valorem rate of duty of "
    "30 percent.\n(b) The HTSUS is modified by inserting the following new note:\n"
)


def test_the_chapter_98_proviso_of_a_chapter_99_note_is_no_exclusion():
    text = NEW_NOTE + (
        "The additional duties imposed by heading 9903.05.10 shall not apply to goods for which entry is properly "
        "claimed under a provision of chapter 98 of the tariff schedule, except for goods entered under heading "
        "9802.00.80.\n"
    )
    assert types(text) == ["duty_rate_change"]


def test_goods_that_continue_to_be_subject_to_antidumping_and_countervailing_duties_act_on_neither():
    text = NEW_NOTE + (
        "Products of Ruritania that are provided for in heading 9903.05.10 shall continue to be subject to "
        "antidumping, countervailing, or other duties, taxes, fees, exactions and charges that apply to such products.\n"
    )
    assert types(text) == ["duty_rate_change"]


def test_goods_that_may_continue_to_qualify_for_the_de_minimis_exemption_change_no_relief():
    text = NEW_NOTE + (
        "Products of Ruritania that are provided for in heading 9903.05.10 that are otherwise eligible for the "
        "administrative exemption from duty at 19 U.S.C. 1321(a)(2)(C), known as the \u201cde minimis\u201d exemption, "
        "may continue to qualify for the exemption until the Secretary of Commerce notifies the President that "
        "adequate systems are in place to collect the duties on articles otherwise eligible for the de minimis "
        "exemption.\n"
    )
    assert types(text) == ["duty_rate_change"]


def test_raising_a_duty_in_response_to_the_partners_latest_retaliation_is_no_retaliation_measure():
    text = ORDER_HEAD + (
        "Sec. 2.\n Amendment.  I have determined that it is necessary and appropriate to modify the HTSUS and take "
        "other actions to increase the duties imposed on Ruritania in response to this latest retaliation.  "
        "Heading 9903.02.77 of the HTSUS shall be amended by deleting \u201c40%\u201d each place that it appears and "
        "by inserting \u201c55%\u201d in lieu thereof.\n"
    )
    assert types(text) == ["duty_rate_change"]


def test_a_tariff_rate_quota_bulletins_qbt_number_and_an_opening_day_with_a_stray_space():
    bulletin = (
        "QBT 31-207 2031 Butter 4AUSN6\n\nCOMMODITY:\n\nButter, provided for in Chapter 4, Additional U.S. Note 6, of "
        "the Harmonized Tariff Schedule.\n\nQUOTA PERIOD:\n\nJanuary 1, 2031, through December 31, 2031\n\n"
        "OPENING DAY:\n\nThursday, January 2 , 2031\n\nRESTRAINT LEVELS:\n\nAggregate 6,977,000 kilograms\n"
    )
    doc = analyse(bulletin, jurisdiction="US")
    assert doc._.identifier.text == "QBT 31-207"
    assert {(d.type, d.date) for d in doc._.dates} == {
        ("application_start", "2031-01-01"),
        ("application_end", "2031-12-31"),
        ("entry_into_force", "2031-01-02"),
    }


def test_a_textile_bulletins_tbt_number():
    bulletin = "TBT 31-006 Cumulation Limits for Imports of Textiles\n\nCOMMODITY:\n\nApparel of Chapters 61 and 62\n"
    assert analyse(bulletin, jurisdiction="US")._.identifier.text == "TBT 31-006"


def test_a_minimum_access_country_of_a_double_spaced_bulletin_is_affected_and_the_excluded_one_is_not():
    bulletin = (
        "QBT 31-211 2031 Cheese 4AUSN16\n\nCOMMODITY:\n\nCheese, provided for in Chapter 4, Additional U.S. Note 16.\n\n"
        "QUOTA PERIOD:\n\nJanuary 1, 2031, through December 31, 2031\n\nRESTRAINT LEVELS:\n\n"
        "Aggregate 4,100,000 kilograms\n\nOf the quantitative limitations provided for in this note, Norway shall "
        "have access to a quantity of not less than 1,250,000 kilograms.\n\nHTS NUMBERS:\n\n0406.10.0800\n\n"
        "SPECIAL INSTRUCTIONS:\n\nProducts from Chile are not to be included in the quantitative limitation.\n"
    )
    assert analyse(bulletin, jurisdiction="US")._.countries["affected"] == ["NO"]


def test_a_quantity_allocated_to_a_country_in_an_allocation_field_makes_it_affected():
    bulletin = (
        "QB 31-330 2031 Tariff Rate Quota for Raw Cane Sugar\n\nRESTRAINT LEVELS:\n\n"
        "Aggregate 1,117,195 metric tons raw value\n\nOf that quantity, 7,000 metric tons raw value is allocated to "
        "Brazil and the balance is open to all other origins.\n\nHTS NUMBERS:\n\n1701.13.1000\n"
    )
    assert analyse(bulletin, jurisdiction="US")._.countries["affected"] == ["BR"]


def test_goods_carved_out_of_the_orders_own_duty_are_its_scope_not_an_exclusion():
    text = ORDER_HEAD + (
        "Sec. 2.\n (a) All articles that are products of Ruritania shall be subject to an additional 15 percent ad "
        "valorem rate of duty, except that goods loaded onto a vessel before 12:01 a.m. eastern time on March 1, 2031, "
        "shall not be subject to such additional duty.\n(b) A postal package for which CBP requires formal entry will "
        "not be subject to the duty described in subsection (a) of this section.\n"
    )
    assert types(text) == ["duty_rate_change"]


def test_a_bulletins_quota_limit_column_takes_its_unit_from_the_uom_column():
    bulletin = (
        "Quota Period\nJuly 1, 2031 through June 30, 2032\nRestraint Levels\n"
        "Agriculture products from Ruritania have quantitative limits for dairy.\n"
        "Description | HTS Number | Quota Limit | UOM |\n---|---|---|---|\n"
        "Butter and cream powder. | 9823.03.02 | 820000 | KG |\nFluid milk. | 9823.01.02 | 905000 | L |\n"
        "Textiles\nTariff preference levels for apparel of Ruritania are set out below.\n"
        "TPL | Description | HTS Number | Quota Limit | UOM |\n---|---|---|---|---|\n"
        "TPL 01 | Cotton apparel | 9823.52.01 | 41000000 | SME |\n"
    )
    quotas = analyse(bulletin, jurisdiction="US")._.quotas
    assert sorted((q.amount, q.unit) for q in quotas) == [
        (820000, "kg"),
        (905000, "litres"),
        (41000000, "square meter equivalents"),
    ]


def test_a_countrys_products_that_shall_no_longer_be_subject_to_an_earlier_orders_duty_see_the_rate_change():
    text = ORDER_HEAD + (
        "Sec. 2.\n Tariff Modifications.  Effective with respect to goods entered for consumption on or after 12:01 "
        "a.m. eastern standard time on June 1, 2031, products of Chile shall no longer be subject to the additional ad "
        "valorem rate of duty of 20 percent imposed pursuant to Executive Order 14900.\n"
    )
    assert types(text) == ["duty_rate_change"]


def test_territories_an_affected_countrys_goods_include_are_affected_with_it():
    text = ORDER_HEAD + (
        "Sec. 2.\n Modification.  Effective with respect to goods entered for consumption on or after 12:01 a.m. "
        "eastern daylight time on May 5, 2031, heading 9903.02.77 of the HTSUS shall be amended by deleting \u201c40%\u201d "
        "and by inserting \u201c55%\u201d in lieu thereof, for articles the product of China, including Hong Kong and "
        "Macau, as described in that heading.\n"
    )
    assert sorted(analyse(text, jurisdiction="US")._.countries["affected"]) == ["CN", "HK", "MO"]


def test_a_territory_named_beside_a_country_that_is_not_affected_stays_out():
    text = ORDER_HEAD + (
        "Sec. 2.\n Modification.  All articles that are products of Brazil shall be subject to an additional ad "
        "valorem rate of duty of 30 percent.\n\nSec. 3.\n Background.  Trade with China, including Hong Kong, is "
        "addressed by other orders.\n"
    )
    assert analyse(text, jurisdiction="US")._.countries["affected"] == ["BR"]


def test_a_quota_limit_restated_in_onlies_is_a_number_of_pieces():
    bulletin = (
        "QB 31-505 Brooms\n\nCOMMODITY:\n\nBrooms, wholly or in part of broom corn\n\nRESTRAINT LEVEL:\n\n"
        "48,200 dozen\n\nSince the reporting unit for brooms is numbers, the actual quota limit is 578,400 onlies.\n"
    )
    quotas = analyse(bulletin, jurisdiction="US")._.quotas
    assert sorted((q.amount, q.unit) for q in quotas) == [(48200, "dozen"), (578400, "number")]


def test_a_countrys_geographic_extent_names_no_other_origin():
    text = ORDER_HEAD + (
        "Sec. 2.\n Modification.  All articles that are products of Norway, including Svalbard and Jan Mayen, shall "
        "be subject to an additional ad valorem rate of duty of 30 percent.\n"
    )
    assert analyse(text, jurisdiction="US")._.countries["affected"] == ["NO"]
