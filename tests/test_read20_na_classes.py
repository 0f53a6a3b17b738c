"""North American date-rich documents (issue 15, round 17, read20-na): ITA notices and their GPO texts, proclamation
pages, CBSA Gazette notices and schedules, a CBSA tariff notice, a proposed Canadian regulation. The classes their
misses showed: a dated schedule's row read on its own line (not typed by the row above); the GPO Access header in its
brackets; an '(Effective on <date>)' note beside a listed act's numbers kept though before the notice; the extension
of Canada's GPT or LDCT as a preference, 'dumping and/or subsidizing' as both remedies, an enacting formula 'on the
recommendation of the Minister' not inert; the Canada Gazette's page heading before an instrument's own title; a
wiki mirror's back link and the 3 CFR compilation's running head as furniture, its 'Proc. n' and a tariff notice's
'TN-n' as identifiers. Every passage is written for these tests."""

from tests.fact_readers import dates, identifier, measures, title

# --- dates: a schedule of dated rows ------------------------------------------------------------------------------

SCHEDULE = (
    "Certain Steel Nails\nInvestigation Schedule\n\nDate Event\n"
    "March 3, 2031 Initiation of the investigation\n"
    "April 14, 2031 Written submissions due from all parties\n"
    "May 2, 2031 Preliminary determination\n"
    "Tuesday, May 20, 2031 Reply briefs due\n"
    "Wednesday, June 18, 2031 Final determination\n"
)


def test_a_schedule_rows_date_is_not_typed_by_the_due_date_of_the_row_above():
    found = dates(SCHEDULE)
    assert ("other", "2031-05-02") in found
    assert ("comment_deadline", "2031-05-02") not in found


def test_a_schedule_row_opening_with_its_weekday_is_read_on_its_own_line():
    found = dates(SCHEDULE)
    assert ("other", "2031-06-18") in found
    assert ("comment_deadline", "2031-06-18") not in found


def test_a_schedule_rows_own_due_date_for_written_comments_is_the_comment_deadline_and_the_next_row_is_not():
    text = (
        "Schedule of the review\n"
        "July 23, 2031 Due date for submission of written comments\n"
        "July 24, 2031 Public hearing begins at 9:30 a.m.\n"
    )
    assert dates(text) == [("comment_deadline", "2031-07-23"), ("other", "2031-07-24")]


def test_hard_wrapped_prose_whose_lines_open_with_dates_is_no_schedule():
    text = (
        "(1) For calendar year 2031, the additional quantity shall be allocated in four tranches.  The first tranche "
        "will open on\nFebruary 13, 2031, and close on March 31, 2031.  The second tranche will open on April 1, 2031, "
        "and close on June 30, 2031.  The\nthird tranche will open on July 1, 2031, and close on\n"
        "September 30, 2031.  The fourth tranche will open on\nOctober 1, 2031, and close on December 31, 2031.\n"
    )
    found = dates(text)
    assert ("other", "2031-09-30") in found
    assert ("application_end", "2031-09-30") not in found


# --- dates: the GPO Access header ---------------------------------------------------------------------------------


def test_the_gpo_access_header_in_its_brackets_is_the_publication():
    text = (
        "[Federal Register: March 4, 2031 (Volume 96, Number 42)]\n[Notices]\n[Page 12345]\n"
        "DEPARTMENT OF COMMERCE\nInternational Trade Administration\nEFFECTIVE DATE: March 5, 2031.\n"
    )
    assert ("publication", "2031-03-04") in dates(text)


def test_the_gpo_access_text_flattened_onto_one_line_keeps_its_header_as_the_publication():
    text = (
        "[Federal Register: March 4, 2031 (Volume 96, Number 42)] [Notices] [Page 12345] From the Federal Register "
        "Online via GPO Access [wais.access.gpo.gov] DEPARTMENT OF COMMERCE International Trade Administration "
        "Notice of Postponement. EFFECTIVE DATE: March 5, 2031. FOR FURTHER INFORMATION CONTACT: Jane Roe."
    )
    assert dates(text) == [("entry_into_force", "2031-03-05"), ("publication", "2031-03-04")]


# --- dates: a notice of changes lists acts with their effective dates -----------------------------------------------


def tariff_notice(note: str) -> str:
    return (
        "Tariff Notice - TN-31\n\nMay 2, 2031\n\nThe Canada Border Services Agency (CBSA) would like to inform you of "
        "the following changes to the 2031 Departmental Consolidation of the Customs Tariff.\n\n"
        "  • His Excellency the Governor General in Council, on the recommendation of the Minister of Finance, pursuant "
        "to section 34 of the Customs Tariff, hereby makes the annexed Order Amending the Schedule to the Customs "
        "Tariff (Extension of General Preferential Tariff to Bhutan). P.C. 2031-101, SOR/2031-40.\n"
        f"    {note}\n"
    )


def test_an_effective_note_beside_a_listed_orders_numbers_is_its_effective_date_though_before_the_notice():
    assert dates(tariff_notice("(Effective on January 1, 2031).")) == [
        ("document_date", "2031-05-02"),
        ("entry_into_force", "2031-01-01"),
    ]


def test_an_in_force_note_beside_a_listed_orders_numbers_is_its_effective_date_too():
    assert ("entry_into_force", "2031-03-01") in dates(tariff_notice("(In force March 1, 2031)."))


def test_an_earlier_effective_date_restated_without_an_acts_numbers_stays_history():
    text = (
        "Customs Notice 31-10\n\nOttawa, May 2, 2031\n\n1. The rates of the previous consolidation (effective on "
        "January 1, 2031) were published earlier in the year.\n2. The new rates apply from June 1, 2031.\n"
    )
    assert ("other", "2031-01-01") in dates(text)


# --- measures and countries ---------------------------------------------------------------------------------------


def test_extending_the_general_preferential_tariff_under_an_enacting_formula_is_a_preference():
    assert measures(tariff_notice("(Effective on January 1, 2031).")) == ["preference"]


def test_an_order_extending_the_benefit_of_the_least_developed_country_tariff_is_a_preference():
    text = (
        "Her Excellency the Governor General in Council, on the recommendation of the Minister of Finance, pursuant "
        "to paragraph 34(1)(a) of the Customs Tariff, makes the annexed Order Extending the Benefit of the Least "
        "Developed Country Tariff to goods of Bhutan.\n"
    )
    assert measures(text) == ["preference"]


def test_a_tribunals_recommendation_still_makes_its_sentence_inert():
    text = "The Tribunal's recommendation on the safeguard measure on steel plate will be considered in the spring.\n"
    assert measures(text) == []


def test_an_expiry_review_schedules_continued_dumping_and_or_subsidizing_names_both_remedies():
    text = (
        "Certain Steel Nails\nExpiry Review Schedule\n\nDate Event\n"
        "August 28, 2031 Initiation of the CBSA's expiry review investigation\n"
        "October 29, 2031 Case briefs due from all parties arguing that continued or resumed dumping and/or "
        "subsidizing is likely or not likely\n"
    )
    assert measures(text) == ["anti_dumping", "countervailing"]


# --- titles and identifiers -----------------------------------------------------------------------------------------


def test_the_canada_gazettes_page_heading_before_an_instruments_title_is_not_part_of_the_title():
    text = (
        "Canada Gazette, Part I, Volume 165, Number 20: Order Amending the Bhutan Tariff Preference Order\n\n"
        "May 17, 2031\n\nStatutory authority\n\nCustoms Tariff\n\nNotice is given that the Governor in Council "
        "proposes to make the annexed Order Amending the Bhutan Tariff Preference Order.\n"
    )
    assert title(text) == "Order Amending the Bhutan Tariff Preference Order"


def test_a_commissions_page_keeps_its_gazette_heading_as_its_title():
    text = (
        "Canada Gazette, Part I, Volume 165, Number 20: COMMISSIONS\n\nMay 17, 2031\n\nCANADA BORDER SERVICES "
        "AGENCY\n\nSPECIAL IMPORT MEASURES ACT\n\nCertain nails — Decision\n\nOn May 6, 2031, pursuant to subsection "
        "38(1) of the Special Import Measures Act (SIMA), the CBSA made a preliminary determination of dumping.\n"
    )
    assert title(text) == "Canada Gazette, Part I, Volume 165, Number 20: COMMISSIONS"


WIKI_PAGE = (
    "< Page:Title 3 CFR 2031 Compilation.djvu\nThis page needs to be proofread.\n\nProclamations Proc. 9999\n\n"
    "(4) This proclamation shall be effective with respect to goods entered on or after 12:01 a.m. eastern daylight "
    "time on July 1, 2031. IN WITNESS WHEREOF, I have hereunto set my hand this third day of June, in the year of our "
    "Lord two thousand thirty-one. JANE DOE\n"
)


def test_a_mirrors_back_link_to_a_scanned_page_and_the_compilations_running_head_are_no_title():
    assert title(WIKI_PAGE) is None


def test_the_compilations_running_head_gives_the_proclamations_number():
    assert identifier(WIKI_PAGE) == "Proc. 9999"


def test_a_cbsa_tariff_notices_heading_is_its_title_and_its_number_the_identifier():
    text = tariff_notice("(Effective on January 1, 2031).")
    assert (title(text), identifier(text)) == ("Tariff Notice - TN-31", "TN-31")
