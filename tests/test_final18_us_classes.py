"""final18's US misses by class (round 15 second pass): quota bulletins copied without their field labels (codes
glued after a repeated label cell, volumes glued to their countries, the opening day), chapters listed under a U.S.
note, relays of quota bulletins (the programs' countries, their 'quantity thresholds', the bulletins they list or link
to, a blog's byline, the message an announcement was made in, a quota period that 'began'), an extension counted in
parentheses, an excerpt cut inside a code, and countries that are no origins (smelt and cast countries, a producer's
owner). Every passage is written for these tests."""

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


def quotas(text: str) -> set[tuple[float, str | None, str | None, str | None]]:
    return {(q.amount, q.unit, q.period_start, q.period_end) for q in analysed(text)._.quotas}


def identifier(text: str) -> str | None:
    found = analysed(text)._.identifier
    return found.text if found else None


# --- a quota bulletin copied without its field labels ---

BARE_BULLETIN = (
    "QB 31–105 2031 Cheese\n\n"
    "Cheese as provided for in the Harmonized Tariff Schedule of the United States\n\n"
    "January 1, 2031, through December 31, 2031\n\n"
    "Thursday, January 2, 2031\n\n"
    "Switzerland (certificate required)  1,250,000 kg\n"
    "Norway (certificate required)410,000 kg\n"
    "Other countries or areas95,000 kg\n"
    "Israelno limit (Use Entry type code 01)\n\n"
    "First Tariff FieldLow Rate\n"
    "First Tariff FieldFirst Tariff Field0406.10.0500\n"
    "First Tariff Field0406.10.0800\n"
    "First Tariff Field0406.90.1200\n\n"
    "Use entry type code 02, 06 or 07\n"
)


def test_codes_glued_after_a_repeated_label_cell_are_read():
    assert codes(BARE_BULLETIN) == {"0406100500", "0406100800", "0406901200"}


def test_the_volumes_of_a_bulletin_without_labels_are_its_quotas_for_its_period():
    assert quotas(BARE_BULLETIN) == {
        (1250000, "kg", "2031-01-01", "2031-12-31"),
        (410000, "kg", "2031-01-01", "2031-12-31"),
        (95000, "kg", "2031-01-01", "2031-12-31"),
    }


def test_countries_allotted_a_volume_are_affected_and_those_without_a_limit_are_not():
    assert affected(BARE_BULLETIN) == ["CH", "NO"]


def test_the_lone_day_under_the_period_is_the_opening_day():
    assert dates(BARE_BULLETIN) == {
        ("application_start", "2031-01-01"),
        ("application_end", "2031-12-31"),
        ("entry_into_force", "2031-01-02"),
    }


def test_one_code_glued_to_a_word_is_no_table():
    text = "Tariff note\nThe rate for goods of subheading 0406.10.05 is unchanged.\nSee reference Annex0406.10.08\n"
    assert codes(text) == {"04061005"}


# --- chapters listed under a U.S. note ---


def test_chapters_of_a_us_note_are_product_chapters():
    text = (
        "GUIDANCE\n- Per Annex I.B, certain HTS classifications under Chapters 29, 73, and 94 of U.S. note 31(c) are "
        "modified to keep the duty treatment of the goods.\n"
    )
    assert codes(text) == {"29", "73", "94"}


# --- relays of quota bulletins ---

QUARTER_RELAY = (
    "In a CSMS message published on October 1, 2031, CBP announced the release of the fourth quarter quota bulletins.\n\n"
    "This update addresses the quantity thresholds from October 1, 2031, through December 31, 2031, for the "
    "following quota bulletins:\n\n"
    "QB 31-604 2031 Fourth Quarter Absolute Quota Steel Mill Articles of Chile, Peru, and Vietnam.\n\n"
    "QB 31-614 2031 Fourth Quarter Tariff Rate Quota for Aluminum Articles of Japan or the United Kingdom.\n\n"
    "CSMS # 61000321 and the links to the bulletins can be found here:\n"
)


def test_a_quota_program_named_for_its_countries_goods_affects_them():
    assert affected(QUARTER_RELAY) == ["CL", "GB", "JP", "PE", "VN"]


def test_a_quota_program_whose_countries_follow_a_colon_affects_them():
    text = (
        "Steel Quota Update\n\nCBP opened the quota period on March 3, 2031. Quota Bulletin QB 31-602 Absolute Quota "
        "for Steel Mill Articles: Chile and Peru outlines the quantity limits.\n"
    )
    assert affected(text) == ["CL", "PE"]


def test_quantity_thresholds_a_message_sets_are_a_tariff_quota():
    text = (
        "Steel Import Update\n\nThis update addresses the quantity thresholds from October 1, 2031, through December "
        "31, 2031, for steel mill articles of Chile and Peru.\n"
    )
    assert measures(text) == {"tariff_quota"}


def test_numbers_of_listed_bulletins_and_of_a_linked_message_are_not_the_relays_own():
    assert identifier(QUARTER_RELAY) is None


def test_a_bulletins_own_number_heading_it_is_kept():
    assert identifier(BARE_BULLETIN) == "QB 31-105"


BLOG_RELAY = (
    "CBP Opens Quota Period 2\n\n"
    "Posted by Jane Example on 4/14/31 3:30 PM\n\n"
    "On March 30, 2031, in Cargo Systems Messaging Service (CSMS) #61000123, U.S. Customs and Border Protection (CBP) "
    "announced the second quota period for steel mill articles.\n\n"
    "Period 2 began on April 1, 2031, at 8:30 am EST. The quota period extends through June 30, 2031.\n\n"
    "CBP also reminds the trade that all entries for General Approved Exclusions (GAE) must utilize 9903.80.60.\n"
)


def test_a_blogs_byline_day_is_its_publication_and_the_relayed_messages_day_is_not():
    assert dates(BLOG_RELAY) == {
        ("publication", "2031-04-14"),
        ("other", "2031-03-30"),
        ("application_start", "2031-04-01"),
        ("application_end", "2031-06-30"),
    }


def test_a_reminder_of_how_to_enter_excluded_goods_enacts_no_exclusion():
    assert "exclusion" not in measures(BLOG_RELAY)


# --- an extension counted in parentheses ---


def test_goods_counted_as_previously_reinstated_do_not_make_the_new_end_history():
    text = (
        "GUIDANCE: Extension of Product Exclusions\n"
        "The purpose of this message is to provide guidance on the transition period extending 120 product exclusions "
        "(80 previously reinstated exclusions and 40 medical-care exclusions) through March 14, 2032.\n"
    )
    assert dates(text) == {("application_end", "2032-03-14")}


# --- an excerpt cut inside a code ---


def test_the_digits_of_a_code_cut_by_the_end_of_an_excerpt_are_no_heading():
    text = (
        "Implementation\nThe duties imposed by heading 9903.91.02 apply to goods entered under subheadings "
        "9802.00.40, 9802.00.60, and 9802."
    )
    assert codes(text) == {"99039102", "98020040", "98020060"}


# --- countries that are no origins ---


def test_smelt_and_cast_countries_are_a_condition_on_the_metal_not_origins():
    text = (
        "Clause 2. The duty rate for aluminum articles that are products of Mexico containing aluminum for which the "
        "primary country of smelt, secondary country of smelt, or country of most recent cast is China, Belarus, or "
        "Iran shall be increased to 25 percent ad valorem.\n"
    )
    assert affected(text) == ["MX"]


def test_the_country_of_a_producers_owner_is_no_origin():
    text = (
        "(5) Steel articles that are products of the United Kingdom shall be subject to the in-quota rate, and the "
        "Secretary may deny that rate to steel of any producer that is owned or controlled by a company registered in "
        "the People's Republic of China.\n"
    )
    assert affected(text) == ["GB"]


def test_a_surtax_on_goods_holding_metal_smelted_in_a_country_targets_that_country():
    text = (
        "Surtax Order\n\nAluminum goods that contain aluminum smelted and cast in Vietnam are subject to a surtax in "
        "the amount of 20% of the value for duty.\n"
    )
    assert sorted(analyse(text, jurisdiction="CA")._.countries["affected"]) == ["VN"]
