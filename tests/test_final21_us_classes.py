"""final21's US misses by class (round 18 second pass): a start held back by a negated verb ('will not take effect
until'), a purpose clause's 'whether' that weighs nothing, an expiry told in the past, an effective date a quota
bulletin passes on from another act, an executive order's findings before its 'NOW, THEREFORE', a retaliation the
order only foresees, chapter 99 named as the kind of number reported, the statute in a headline over section 301
exclusions, and a relayed HTS revision. Every passage is written for these tests."""

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


# --- a start held back: 'will not take effect until' is the day the measure starts, not an end ---

PAUSED = """Sec. 2.  Pause.
(a)  The additional 15 percent ad valorem rates of duty on products of Ruritania shall be paused and will not take
effect until June 9, 2031, at 12:01 a.m. eastern daylight time.

THE WHITE HOUSE,
    May 28, 2031.
"""


def test_a_duty_that_will_not_take_effect_until_a_day_starts_then():
    assert ("entry_into_force", "2031-06-09") in dates(PAUSED)
    assert ("application_end", "2031-06-09") not in dates(PAUSED)


def test_a_rule_that_shall_not_enter_into_force_before_a_day_starts_then():
    text = "The amended schedule shall not enter into force before 1 March 2032, when the new rates apply to all goods."
    assert ("entry_into_force", "2032-03-01") in dates(text)


def test_a_suspension_until_a_day_still_ends_then():
    text = "The collection of the additional duties is suspended until September 30, 2031."
    assert ("application_end", "2031-09-30") in dates(text)


def test_a_purpose_clause_asking_whether_leaves_the_date_its_type():
    text = (
        "(a)  In order to assess whether the concerns described in section 1 have been addressed, the additional 10 "
        "percent ad valorem rate of duty shall be paused and will not take effect until August 2, 2031."
    )
    assert ("entry_into_force", "2031-08-02") in dates(text)


def test_a_sentence_that_weighs_whether_to_act_sets_no_date():
    text = "The Secretary may determine whether to raise the additional duties starting on October 1, 2031."
    assert not {kind for kind, day in dates(text) if day == "2031-10-01"} - {"other"}


# --- an expiry told in the past is history ---


def test_a_tariff_number_that_expired_on_a_day_is_history():
    text = (
        "QUOTA PERIOD:\n\nOctober 1, 2030 through September 30, 2031\n\nOn March 31, 2031 statistical reporting number "
        "1806.20.2010 expired; the replacement numbers are 1806.20.2012 and 1806.20.2014.\n"
    )
    assert ("other", "2031-03-31") in dates(text)
    assert ("entry_into_force", "2031-03-31") not in dates(text)


# --- a quota bulletin's news of another act, effective before the quota period ---

BULLETIN = """QB 31-702 2031 Steel Absolute Quota 2nd Quarter for Ruritania

COMMODITY:

Steel mill articles as specified in Presidential Proclamations.

QUOTA PERIOD:

April 1, 2031 through June 30, 2031

OPENING:

April 2, 2031 12:01 AM Local Port time.

NEW Effective March 14, 2031 the Bureau of Industry and Security's interim final rule adds new General Approved
Exclusions for steel goods. Any importer may use them.
"""


def test_an_act_effective_before_the_quota_period_is_anothers():
    found = dates(BULLETIN)
    assert ("other", "2031-03-14") in found
    assert ("entry_into_force", "2031-03-14") not in found


def test_the_quota_opening_stays_its_entry_into_force():
    found = dates(BULLETIN)
    assert {("application_start", "2031-04-01"), ("application_end", "2031-06-30")} <= found
    assert ("entry_into_force", "2031-04-02") in found


# --- an executive order's findings, its 'NOW, THEREFORE' and its sections ---

ORDER = """Addressing Threats to the United States by the Government of Peru

Acting under the powers given to me as President by the Constitution and the statutes of the United States,
among them the International Emergency Economic Powers Act, I hereby order:

Section 1.  Background.  Recent actions of the Government of Peru threaten the economy of the United States.
Officials of Peru have seized the assets of United States companies.

NOW, THEREFORE, I find that these actions constitute an unusual and extraordinary threat and hereby declare a
national emergency with respect to that threat.  I determine that it is necessary to impose an additional ad
valorem duty rate of 30 percent on certain products of Peru.

Sec. 2.  Tariff Modifications.  (a)  Articles of Peru imported into the customs territory of the United States
shall be subject to an additional ad valorem rate of duty of 30 percent.
(b)  Should the Government of Peru retaliate against the United States in response to this action, I will
modify this order.  For example, if the Government of Peru retaliates by raising tariff rates on United
States exports, I will increase the ad valorem duty rate set forth in this order by a corresponding amount.

THE WHITE HOUSE,
    September 3, 2031.
"""


def test_the_goods_of_the_country_an_order_acts_on_after_its_findings_are_affected():
    assert affected(ORDER) == ["PE"]


def test_a_retaliation_the_order_only_foresees_is_none():
    assert measures(ORDER) == {"duty_rate_change"}


# --- chapter 99 as the kind of number a filer reports ---


def test_the_chapter_99_headings_to_report_are_no_chapter_of_goods():
    text = (
        "CBP's guidance details the Chapter 99 headings to be used for the reporting of the additional duties on "
        "steel products: importers must report HTSUS 9903.81.90 with the goods' classification in chapter 73."
    )
    found = codes(text)
    assert "99" not in found
    assert {"99038190", "73"} <= found


def test_a_chapter_of_goods_before_headings_stays_a_chapter():
    text = "The additional duties apply to goods of chapter 72 headings listed in the annex to this notice."
    assert "72" in codes(text)


# --- the statute in a headline over section 301 exclusions ---


def test_a_headline_naming_section_301_over_exclusions_is_no_retaliation():
    text = (
        "Customs Issues Instructions for Section 301\n\nCustoms has issued guidance in CSMS 61234567 on amendments "
        "to three reinstated China 301 exclusions, re-described after a change of statistical reporting number.\n"
    )
    assert measures(text) == {"exclusion"}


# --- a relayed HTS revision ---


def test_a_relayed_hts_revision_changes_the_nomenclature_and_its_new_exclusions():
    text = (
        "The Commission has issued Revision 7 to the Harmonized Tariff Schedule of the United States. It includes:\n"
        "- New breakouts for subheading 8471.30;\n- Note 17(b) modified (new washer exclusions added).\n"
    )
    assert measures(text) == {"nomenclature_change", "exclusion"}
