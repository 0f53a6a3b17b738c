"""final17's US misses by class (round 14 second pass): brokers' and trade papers' relays of US actions (their date
lines, 'going into effect', 'retroactive to', 'on/after', 'January 1 of 2032', an exclusion's end, worked examples,
headings in brackets, CBP and CSMS numbers as the US's cues, Section 301 increases, exemptions), executive orders'
secondary tariffs and definitions, and quota bulletins' fields. Every passage is written for
these tests."""

from nlp.countries.defined_terms import in_a_one_country_definition
from nlp.countries.rules import implementing_jurisdiction
from nlp.pipeline import analyse


def analysed(text: str):
    return analyse(text, jurisdiction="US")


def dates(text: str) -> set[tuple[str, str]]:
    return {(d.type, d.date) for d in analysed(text)._.dates}


def codes(text: str) -> set[str]:
    return {c.code for c in analysed(text)._.codes}


def affected(text: str) -> list[str]:
    return sorted(analysed(text)._.countries["affected"])


def measures(text: str) -> set[str]:
    return {m.type for m in analysed(text)._.measures}


def rates(text: str) -> set[tuple[float, str]]:
    return {(r.value, r.unit) for r in analysed(text)._.rates}


# --- dates a relay gives a measure ---


def test_going_into_effect_gives_the_day_the_duty_applies_from():
    text = (
        "Client Advisory: New Duties on Colombia\n"
        "On March 2, 2032, the President signed an order under which articles of Colombia will be subject to an "
        "additional ad valorem duty of 15% going into effect March 9, 2032.\n"
    )
    assert dates(text) == {("other", "2032-03-02"), ("entry_into_force", "2032-03-09")}


def test_retroactive_to_a_day_before_the_relay_is_still_the_day_it_applies_from():
    text = (
        "Trade Alert\n"
        "On May 4, 2032, CBP published instructions for the new product exclusions. The exclusions are retroactive "
        "to January 15, 2032 and importers may request refunds for unliquidated entries.\n"
    )
    assert ("entry_into_force", "2032-01-15") in dates(text)


def test_a_brokers_on_slash_after_is_on_or_after():
    text = "Summary of the guidance\n- Key Dates:\n- Applies to entries on/after Feb 3, 2032.\n"
    assert dates(text) == {("entry_into_force", "2032-02-03")}


def test_a_filing_systems_functionality_going_into_effect_is_no_measure_date():
    text = (
        "Trade Alert\n"
        "The duties take effect on April 1, 2032. The functionality in the Automated Commercial Environment went into "
        "effect on April 3, 2032.\n"
    )
    assert dates(text) == {("entry_into_force", "2032-04-01"), ("other", "2032-04-03")}


def test_a_day_written_with_of_before_its_year_and_the_day_joined_to_it_take_the_trigger():
    text = (
        "Section 301 update\n"
        "The notice sets the rate increases effective on January 1 of 2031 and January 1 of 2032 for the listed "
        "products.\n"
    )
    assert dates(text) == {("entry_into_force", "2031-01-01"), ("entry_into_force", "2032-01-01")}


def test_an_exclusion_ends_when_goods_must_be_entered_before_a_day_and_its_contract_date_is_a_condition():
    text = (
        "Exclusions announced\n"
        "There is an exclusion for certain harbour dredgers bought under a contract dated prior to June 1, 2031, "
        "when entered for consumption prior to June 1, 2033.\n"
    )
    assert dates(text) == {("other", "2031-06-01"), ("application_end", "2033-06-01")}


def test_a_post_date_glued_to_the_title_is_the_pages_publication_and_no_part_of_its_title():
    text = (
        "March 4, 2032New Guidance on Section 232 Duties for Copper Products\n"
        "CBP issued guidance on the copper duties, which apply beginning at midnight on March 10, 2032.\n"
    )
    doc = analysed(text)
    assert {(d.type, d.date) for d in doc._.dates} == {
        ("publication", "2032-03-04"),
        ("entry_into_force", "2032-03-10"),
    }
    assert doc._.official_title.text == "New Guidance on Section 232 Duties for Copper Products"


def test_a_date_alone_above_a_lead_reporting_a_dated_act_is_the_pages_publication():
    text = (
        "May 12, 2032\n"
        "On May 2, 2032, the President issued a proclamation adjusting imports of lumber, effective May 12, 2032.\n"
        "The duties apply to goods entered for consumption on or after 12:01 a.m. on May 12, 2032.\n"
    )
    found = dates(text)
    assert ("publication", "2032-05-12") in found
    assert ("document_date", "2032-05-12") not in found


# --- codes ---


def test_a_one_digit_chapter_named_with_its_subheading_is_a_chapter_code():
    text = (
        "QB 32-101 Butter\n\nCommodity:\n\nButter provided for in Chapter 4, Subheading 0405.10.\n\n"
        "Quota Period:\n\nJanuary 1, 2032, through December 31, 2032\n"
    )
    assert codes(text) == {"04", "040510"}


def test_a_chapter_named_with_its_subchapter_is_the_schedules_structure():
    text = (
        "Knit apparel of chapter 61, as provided for in chapter 98, subchapter XXII, U.S. Note 22, is subject to the "
        "limit.\n"
    )
    assert codes(text) == {"61"}


def test_headings_in_brackets_after_the_goods_of_a_tariff_list_are_headings():
    text = (
        "Derivative products added\n"
        "The tariffs will now also cover items such as:\n"
        "- Frozen fish fillets (0304)\n"
        "- Cocoa powder (1805)\n"
        "- Plastic tubes (3917)\n"
    )
    assert codes(text) == {"0304", "1805", "3917"}


def test_figures_in_brackets_a_list_repeats_are_document_codes_not_headings():
    text = (
        "Import exemptions\nDeclare the document code in the tariff field:\n"
        "- goods with an import licence (9015)\n- goods under a prior contract (9026)\n- goods in transit (9015)\n"
    )
    assert codes(text) == set()


def test_a_single_four_digit_figure_in_brackets_is_no_heading():
    text = "Derivative products added\nThe tariffs cover the products of the annual report (2031).\n"
    assert codes(text) == set()


# --- countries ---


SECONDARY_TARIFF = (
    "Addressing Threats by the Government of Cuba\n\n"
    "Sec. 2. Imposition of Tariffs. (a) An additional ad valorem duty may be imposed on goods imported into the "
    "United States that are products of any country that directly or indirectly purchases, imports, or otherwise "
    "acquires any goods or services from Cuba.\n\n"
    "(b) The Secretary of State shall determine whether a duty should be imposed on products of the foreign country "
    "found to purchase or otherwise acquire goods from Cuba.\n\n"
    "Sec. 5. Definitions. For the purposes of this order:\n\n"
    "(a) The term “Cuba” means the Republic of Cuba, its territory and its territorial sea.\n\n"
    "(b) The term “goods from Cuba” shall be construed consistent with 31 C.F.R. 515.3, and shall include goods "
    "traded with respect to Cuba.\n"
)


def test_the_country_whose_goods_a_targeted_country_buys_and_the_one_its_definitions_define_are_not_origins():
    assert affected(SECONDARY_TARIFF) == []


def test_only_a_definition_naming_one_country_is_set_aside():
    one = "(a) The term “Cuba” means the Republic of Cuba and its territory.\n"
    several = "(a) The term “covered country” means Nicaragua and Venezuela.\n"
    assert in_a_one_country_definition(one, one.index("Republic of Cuba"), {"US"})
    assert not in_a_one_country_definition(several, several.index("Nicaragua"), {"US"})


def test_a_country_a_quota_bulletins_commodity_field_names_is_the_quotas():
    text = (
        "QB 32-106 2032 CAFTA Cumulation\n\nCOMMODITIES:\n\n"
        "Knit apparel of chapter 61, sewn in a CAFTA-DR country, utilizing materials from Canada, as provided for in "
        "chapter 98, subchapter XXII, U.S. Note 22\n\nQUOTA PERIOD:\n\nJanuary 1, 2032, through December 31, 2032\n\n"
        "RESTRAINT LEVELS:\n\n50,000,000 square meter equivalents (SME)\n"
    )
    doc = analysed(text)
    assert sorted(doc._.countries["affected"]) == ["CA"]
    assert {m.type for m in doc._.measures} == {"tariff_quota"}  # the heading's 'Cumulation' is the program's name


def test_the_country_an_action_is_taken_against_is_targeted():
    text = (
        "The Trade Representative has completed the review and determined that further actions are to be taken "
        "against Viet Nam’s currency practices.\n"
    )
    assert affected(text) == ["VN"]


# --- the US as the implementing jurisdiction of relays ---


def test_a_relay_naming_cbp_and_a_csms_number_is_the_us():
    text = (
        "New guidance on aluminum derivatives\nCBP issued CSMS 71234567 late on Friday with guidance on the new "
        "derivative products.\n"
    )
    assert [m.code for m in implementing_jurisdiction(text)] == ["US"]


def test_a_trade_paper_on_an_ieepa_tariff_is_the_us():
    text = (
        "Seafood exempted from tariff\nThe order exempts seafood from the International Emergency Economic Powers "
        "Act tariff, a trade paper reported.\n"
    )
    assert [m.code for m in implementing_jurisdiction(text)] == ["US"]


# --- measures ---


def test_increases_to_section_301_tariffs_are_retaliation():
    text = (
        "Section 301 update\n"
        "The President issued a memorandum which includes increases to Section 301 tariffs on electric vehicles. "
        "The USTR will exclude additional duties on certain machinery.\n"
    )
    assert "retaliation" in measures(text)
    assert "duty_rate_change" not in measures(text)


def test_exempting_subheadings_from_a_tariff_is_an_exclusion():
    text = (
        "Coffee exempted from Colombia tariff\n"
        "The President issued an order exempting 40 tariff schedule subheadings covering coffee from the 25% "
        "additional tariff on Colombia.\n"
    )
    assert "exclusion" in measures(text)


# --- rates ---


def test_a_rate_given_for_example_is_no_rate_set():
    text = (
        "Addressing Threats by the Government of Cuba\n\n"
        "Sec. 2. (a) An additional ad valorem rate of duty — for example, 20 percent — may be imposed on goods of "
        "any country that purchases goods from Cuba.\n"
    )
    assert rates(text) == set()


def test_the_figures_of_a_worked_example_are_not_rates():
    text = (
        "Guidance on the Korea agreement\n"
        "- < 15% duty: Combined rate = 15% (use 9903.02.80).\n"
        "- Example: $0.40 per kg duty ÷ $8/kg customs value = 5%.\n"
    )
    assert rates(text) == {(15, "percent")}
