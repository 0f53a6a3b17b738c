"""Date regressions the round 23 review found in the round's new rules (ROUND23-REVIEWER-FINDINGS items 2, 3, 4, 9,
and final9's CBP message that lost its ACE date), by class. Every passage is written for these tests."""

from tests.fact_readers import dates

# --- a history section: what an earlier notice said would come is history; an announcement keeps the rest ----------


def test_a_background_reporting_what_an_earlier_notice_said_would_apply_stays_history():
    """Class: reported speech in a 'Background' ('USTR stated that the exclusions will apply as of …'): the earlier
    notice's period, history, though the sentence says 'will apply'; the guidance's own date is the act's."""
    text = (
        "CSMS # 70000001 - Section 301 Product Exclusions\n\n"
        "BACKGROUND\n"
        "In a notice of March 3, 2028, USTR said that the exclusions will apply as of April 1, 2028, and extend"
        " through October 31, 2028. Those exclusions have lapsed.\n\n"
        "GUIDANCE\n"
        "Effective July 1, 2031, the 25 percent additional duty applies to the goods listed in the annex.\n"
    )
    found = dates(text)
    assert ("application_start", "2028-04-01") not in found
    assert ("application_end", "2028-10-31") not in found
    assert ("entry_into_force", "2031-07-01") in found


def test_a_background_announcing_a_start_does_not_demote_the_backgrounds_other_dates():
    """Class: a CBP message whose background is all it says, one sentence announcing the rates' start ('These tariff
    increases will take effect on …'): that announcement is no date stated outside the background, so the
    background's other dates (the filing system's 'is effective …') keep their types."""
    text = (
        "CSMS # 70000002 - GUIDANCE: Section 301 Tariff Increases on Certain Products\n\n"
        "BACKGROUND\n"
        "On November 14, 2030, USTR announced increases of the tariffs on certain graphite products of China. The"
        " rates will increase to 50 percent. These tariff increases will take effect on January 1, 2031.\n"
        "The ACE functionality for filing these entries is effective December 29, 2030.\n\n"
        "ENTRY FILING INSTRUCTIONS\n"
        "Filers should report the Chapter 99 heading together with the HTSUS classification of the goods.\n"
    )
    assert ("entry_into_force", "2030-12-29") in dates(text)


# --- a definitive duty counted back to the provisional duty: never a link denied, never another provisional thing ---


def test_a_definitive_duty_said_not_to_be_backdated_to_the_provisional_duty_keeps_its_own_start():
    """Class: a denied link ('is not backdated to the provisional duty which took effect on …'): the provisional
    duty's day stays history and the definitive duty runs from its own day."""
    text = (
        "Implementing Regulation imposing a definitive anti-dumping duty on imports of steel wire\n\n"
        "Article 1\n"
        "A definitive anti-dumping duty of 18% is imposed on steel wire for five years from 1 September 2031.\n"
        "In contrast to the measure on steel rods, the definitive duty is not backdated to the provisional duty"
        " which took effect on 12 May 2031.\n"
    )
    found = dates(text)
    assert ("application_start", "2031-05-12") not in found
    assert ("application_end", "2036-08-31") in found


def test_a_link_to_a_provisional_assessment_is_no_link_to_a_provisional_duty():
    """Class: 'linked to the provisional <something other than a duty> that began on …' (a provisional assessment of
    the import surge): no provisional duty's day, so no period opens on it and none is counted from it."""
    text = (
        "Safeguard notice\n\n"
        "The duty has now been imposed for two years, linked to the provisional finding that began on 2 February"
        " 2031 of the increase in imports, and applies from 1 June 2031.\n"
    )
    found = dates(text)
    assert ("application_start", "2031-02-02") not in found
    assert ("application_end", "2033-02-01") not in found


# --- days counted from signing: a new act's signing is not the cited act's date ------------------------------------


def test_a_new_decision_in_force_days_after_signing_does_not_count_from_the_cited_decisions_date():
    """Class: a news item citing a numbered decision of years before ('Quyết định số 812/QĐ-BCT ngày 14/2/2029'),
    then saying the NEW decision ('Quyết định mới') takes effect 15 days after signing: its signing day is not the
    cited decision's, so no entry into force is counted from that date."""
    text = (
        "Bộ Công Thương\n\n"
        "Ngày 20/6/2031, Bộ Công Thương đã họp với các doanh nghiệp về Quyết định số 812/QĐ-BCT ngày 14/2/2029 về"
        " thuế tự vệ đối với phôi thép. Quyết định mới có hiệu lực thi hành sau 15 ngày kể từ ngày ký.\n"
    )
    assert ("entry_into_force", "2029-03-01") not in dates(text)


def test_a_new_decree_in_force_days_after_signing_does_not_count_from_the_cited_decrees_date():
    """Same class, another act: a cited government decree ('Nghị định số 31/2028/NĐ-CP ngày 2/4/2028') and the new
    decree ('Nghị định mới') in force 30 days after signing."""
    text = (
        "Chính phủ\n\n"
        "Ngày 3/7/2031, hội thảo về Nghị định số 31/2028/NĐ-CP ngày 2/4/2028 quy định thuế xuất khẩu đã diễn ra."
        " Nghị định mới có hiệu lực thi hành sau 30 ngày kể từ ngày ký.\n"
    )
    assert ("entry_into_force", "2028-05-02") not in dates(text)


# --- 'the implementation date of <subject> will be <date>': the subject must be the act or its duties --------------


def test_the_implementation_date_of_a_filing_system_is_no_entry_into_force():
    """Class: 'The implementation date for <a system or service> will be <date>' names the day of something that is
    no measure (a new electronic filing portal): no entry into force of the act."""
    text = (
        "CUSTOMS NOTICE\n\n"
        "The commencement date for the upgraded online manifest portal of the Revenue Authority will be 1 October"
        " 2031. Carriers should test their connections before then.\n"
    )
    assert ("entry_into_force", "2031-10-01") not in dates(text)


def test_the_implementation_date_of_the_duty_increases_stays_their_entry_into_force():
    """Near miss: the subject names the duties ('the implementation date of the increased duties on ... will be'):
    their entry into force, as before."""
    text = "The implementation date of the increased duties on steel fittings will be 1 October 2031.\n"
    assert ("entry_into_force", "2031-10-01") in dates(text)
