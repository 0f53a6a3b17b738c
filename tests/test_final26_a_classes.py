"""US, Canadian, WTO-record and US relay texts, by class (round 23 second pass, final26 3701-3708 and 3725-3733).
Each class has a passage in the final26 document's own kind, one in another wording or jurisdiction, and a near miss
that must not give the fact. Every passage is written for these tests."""

from nlp.countries.jurisdiction import implementing_jurisdiction
from nlp.pipeline import analyse
from tests.fact_readers import affected, dates, measures

# --- a replaced date named by its kind: 'deleting the effective date “…” and inserting “…”' ----------------------------


def test_a_deleted_effective_date_in_quotes_is_the_amended_texts_not_this_acts():
    """Class: an amendment deleting a date named by its kind ('the effective date “May 3, 2031”', final26 3705): the
    quoted old wording is the amended text's, never this act's entry into force."""
    text = (
        "NOW, THEREFORE, I, the President of the United States of America, do hereby proclaim as follows:\n\n"
        "(1)  The effective date of the additional duties imposed in Proclamation 12001 shall be 12:01 a.m. eastern"
        " time\non May 9, 2031.  Accordingly, the chapeau of Annex I of Proclamation 12001 is amended by deleting the"
        " effective date\n“May 3, 2031” and inserting “May 9, 2031” in lieu thereof.\n\n"
        "IN WITNESS WHEREOF, I have hereunto set my hand this first day of May, in the year of our Lord two thousand\n"
        "thirty-one.\n"
    )
    assert ("entry_into_force", "2031-05-03") not in dates(text)


def test_an_expiry_date_deleted_in_quotes_is_the_amended_texts():
    """Same class, another wording and jurisdiction (a Canadian-style order deleting 'the expiry date “…”'): the old
    end goes with the wording it stood in."""
    text = (
        "ORDER\n\n1.  The expiry date of the remission granted under the Steel Remission Order shall be December 31,"
        " 2031.\nAccordingly, section 4 of that Order is amended by deleting the expiry date “June 30, 2031” and"
        " inserting\n“December 31, 2031” in lieu thereof.\n\nDated at Ottawa, May 1, 2031.\n"
    )
    assert ("application_end", "2031-06-30") not in dates(text)


def test_an_effective_date_stated_without_quotes_stays_the_acts_own():
    """Near miss: the act's own 'effective date is' with no quoted wording replaced stays its entry into force."""
    text = "The effective date of this notice is May 3, 2031.\n"
    assert ("entry_into_force", "2031-05-03") in dates(text)


# --- 'The effective date of <subject, with commas> shall be <time> on <date>' ----------------------------------------


def test_the_effective_date_of_named_duties_shall_be_a_day_is_their_entry_into_force():
    """Class: an operative clause fixing the day of what it names, its subject holding commas and a clock time before
    the day ('The effective date of the additional duties imposed in Proclamations 11046, 11047, and 11048 shall be
    12:01 a.m. eastern time on …', final26 3705)."""
    text = (
        "(1)  The effective date of the additional ad valorem duties imposed in Proclamations 12001, 12002, and\n"
        "12003 shall be 12:01 a.m. eastern time on May 9, 2031.\n"
    )
    assert ("entry_into_force", "2031-05-09") in dates(text)


def test_the_commencement_date_for_surtaxes_will_be_a_day_is_their_entry_into_force():
    """Same class, another wording and jurisdiction (a Canadian-style order: 'commencement date for … will be')."""
    text = "The commencement date for the surtaxes on steel, aluminium and copper products will be 1 July 2031.\n"
    assert ("entry_into_force", "2031-07-01") in dates(text)


def test_an_effective_date_left_to_a_later_notice_is_not_the_notices_day():
    """Near miss: an effective date the act leaves to a later notice ('shall be announced in a notice published on
    …') is not fixed by this act: the notice's day is no entry into force."""
    text = (
        "The effective date of the duties on dairy, lumber, and potash shall be announced in a notice published on\n"
        "May 9, 2031.\n"
    )
    assert ("entry_into_force", "2031-05-09") not in dates(text)


# --- a key-value row labelling its date: 'Date of Hearing | <date> |' ------------------------------------------------


def test_a_hearing_date_row_of_a_tribunal_notice_is_an_event_not_the_publication():
    """Class: a two-column record's row whose left cell names the date ('Date of Hearing | October 29, 2024 |', a CITT
    appeals notice, final26 3728): the row's own label types the date, before any column header (a key-value table
    has none: its first row was read as the header, the date as a bare date line, publication)."""
    text = (
        "The Tribunal will hold public hearings to consider the appeals referenced below.\n"
        "Date of Hearing | May 13, 2031 |\n"
        "---|---|\n"
        "Appeal No. | AP-2030-011 |\n"
        "Goods in Issue | Garden hose reels |\n"
    )
    assert dates(text) == [("other", "2031-05-13")]


def test_a_meeting_date_row_in_another_record_is_an_event():
    """Same class, another wording: a committee's record with a 'Meeting date' row under a text row."""
    text = "Committee record\nSubject | Review of the import licensing scheme |\nMeeting date | 14 May 2031 |\n"
    assert ("publication", "2031-05-14") not in dates(text)
    assert ("other", "2031-05-14") in dates(text)


def test_a_goods_cell_starting_with_date_is_no_row_label():
    """Near miss: a goods cell that begins with 'Date' ('Date palms | May 13, 2031 |', under a real header row) names
    no event: the row-label rule must not make its date an event's (other)."""
    text = (
        "The agency sets out below the changes to the import licensing scheme.\n\n"
        "Goods | Effective date |\n---|---|\nDate palms | May 13, 2031 |\nFresh figs | May 20, 2031 |\n"
    )
    assert ("other", "2031-05-13") not in dates(text)


# --- 'the Hong Kong Special Administrative Region of the People's Republic of China' names Hong Kong ----------------


def test_hong_kong_named_as_a_special_administrative_region_of_china_is_hong_kong_only():
    """Class: Hong Kong's and Macao's formal names hold 'the People's Republic of China' (final26 3726, a CBSA
    determination): the whole name is one origin, Hong Kong; China is not named."""
    text = (
        "On May 2, 2031, the Canada Border Services Agency made a preliminary determination of dumping concerning"
        " certain steel wire originating in or exported from Japan and the Hong Kong Special Administrative Region of"
        " the People's Republic of China.\n"
    )
    assert affected(text) == ["HK", "JP"]


def test_macao_named_as_a_special_administrative_region_is_macao_only():
    """Same class, another wording: Macao's formal name in an EU-style article."""
    text = (
        "Article 1\n\nA definitive anti-dumping duty is imposed on imports of ceramic tiles originating in the Macao"
        " Special Administrative Region of the People’s Republic of China.\n"
    )
    assert affected(text) == ["MO"]


def test_china_named_beside_hong_kong_stays_an_origin():
    """Near miss: China and the Hong Kong SAR named apart are two origins."""
    text = (
        "On May 2, 2031, the Canada Border Services Agency made a preliminary determination of dumping concerning"
        " certain steel wire originating in or exported from the People's Republic of China and the Hong Kong"
        " Special Administrative Region.\n"
    )
    assert affected(text) == ["CN", "HK"]


# --- a WTO QR record filed under the WTO: its heading's Member implements ---------------------------------------------

QR_RECORD = (
    "{member} #{number} (v.2)\n\nBase data\n\nNotified in\nVersion validity\n01/03/2030 - 31/12/2031\n"
    "Reporting member\n{member}\nGeneral description\nImport prohibition of {goods}\n"
)


def test_a_qr_record_filed_under_the_wto_is_its_reporting_members_measure():
    """Class: a WTO quantitative-restrictions record whose source is the WTO ('WTO (reporting member: …)', final26
    3730): the Member its heading names applies the restriction (implementing), it is not affected."""
    text = QR_RECORD.format(member="New Zealand", number=5123, goods="toothfish")
    assert [m.code for m in implementing_jurisdiction(text, "WTO (reporting member: New Zealand)")] == ["NZ"]
    doc = analyse(text, jurisdiction="WTO (reporting member: New Zealand)")
    assert doc._.countries["affected"] == []


def test_another_members_qr_record_under_the_wto():
    """Same class, another Member (Switzerland)."""
    text = QR_RECORD.format(member="Switzerland", number=877, goods="ivory")
    assert [m.code for m in implementing_jurisdiction(text, "WTO")] == ["CH"]


def test_a_wto_document_without_a_record_heading_names_no_member_from_its_first_line():
    """Near miss: a Secretariat note opening with a country's name but no record number ('#…') is no QR record."""
    text = "New Zealand\n\nThe Secretariat lists below the notifications received in 2031.\n"
    assert implementing_jurisdiction(text, "WTO") == []


# --- a commodity assessment fee collected at entry: other ------------------------------------------------------------


def test_an_assessment_fee_added_to_a_tariff_line_is_another_measure():
    """Class: a research-and-promotion assessment collected at entry ('A raspberry assessment fee was also added to
    HTS 2008.99.21.20', final26 3708): neither a duty rate nor a remedy, the README's 'other'."""
    text = "A blueberry assessment fee was added to HTS 0810.40.00.26, which will become effective July 1, 2031.\n"
    assert measures(text) == ["other"]


def test_a_checkoff_assessment_on_imports_is_another_measure():
    """Same class, another wording: a checkoff assessment collected on imported honey."""
    text = "Importers will pay a checkoff assessment of one cent per pound on honey entered on or after May 1, 2031.\n"
    assert "other" in measures(text)


def test_a_conformity_assessment_fee_is_no_commodity_assessment():
    """Near miss: a conformity assessment fee belongs to a technical regulation, not a commodity assessment."""
    text = "A conformity assessment fee is charged for each certificate issued for imported toys.\n"
    assert "other" not in measures(text)


# --- a statute's percentage ceiling ('additional duties not to exceed 50 percent ad valorem') is no rate -------------


def _percent_rates(text: str) -> list[float]:
    return sorted(rate.value for rate in analyse(text)._.rates if rate.unit == "percent")


def test_a_statutory_ceiling_on_additional_duties_is_no_rate():
    """Class: the power a statute gives, capped ('by specifying and declaring additional duties not to exceed 50
    percent ad valorem', section 338 recited in a proclamation, final26 3705): no rate the act sets."""
    text = (
        "6.  Section 338 authorizes the President to offset any burden placed on the commerce of the United States"
        " by specifying and declaring additional duties not to exceed 40 percent ad valorem (or its equivalent).\n"
    )
    assert _percent_rates(text) == []


def test_a_surtax_capped_by_an_act_is_no_rate():
    """Same class, another wording and jurisdiction: a Canadian-style power to impose a surtax capped by the Act."""
    text = "The Governor in Council may impose a surtax not to exceed 35 percent on goods of a country that discriminates.\n"
    assert _percent_rates(text) == []


def test_a_rate_beside_a_quantity_ceiling_stays_a_rate():
    """Near miss: a quota's quantity ceiling ('not to exceed 1,000 metric tons') leaves the rate beside it a rate."""
    text = (
        "Goods of heading 1701 shall be subject to a duty of 5 percent on quantities not to exceed 1,000 metric tons"
        " entered in calendar year 2031.\n"
    )
    assert _percent_rates(text) == [5.0]


# --- a 'Background' section that announces what is to come is no history ---------------------------------------------

BACKGROUND_MESSAGE = (
    "Background\n\n{background}\n\nGuidance\n\n"
    "  • As of May 4, 2031, importers shall report the HTSUS classification 9903.88.69 for the excluded goods.\n"
)


def test_a_background_period_the_message_announces_keeps_its_types():
    """Class: a CBP message's 'Background' states the act it implements in the future tense ('will apply as of …, and
    extend through …', final26 3702): a period still to come, not restated history, though the guidance states a
    measure date of its own."""
    background = (
        "These product exclusions relate to the additional duties on Chinese goods and will apply as of May 4, 2031,"
        " and extend through December 31, 2031."
    )
    found = dates(BACKGROUND_MESSAGE.format(background=background))
    assert ("application_start", "2031-05-04") in found
    assert ("application_end", "2031-12-31") in found


def test_a_background_saying_the_exclusions_will_remain_in_effect_keeps_the_end():
    """Same class, another wording: 'the extended exclusions will remain in effect through …' in a background
    paragraph: the end the implemented notice sets."""
    background = (
        "On April 20, 2031, USTR published a notice extending the exclusions. The extended exclusions will remain in"
        " effect through December 31, 2031."
    )
    assert ("application_end", "2031-12-31") in dates(BACKGROUND_MESSAGE.format(background=background))


def test_a_background_period_that_ran_before_stays_history():
    """Near miss: a past period restated in the background ('applied from … through …') is history."""
    background = "The earlier exclusions applied from June 1, 2029, through May 31, 2030."
    found = dates(BACKGROUND_MESSAGE.format(background=background))
    assert ("application_end", "2030-05-31") not in found
