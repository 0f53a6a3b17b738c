"""Round 12 (issue 15), read15-na: the classes the misses of real North American, Oceanian and WTO texts showed.
News items, law firms' alerts and press releases ABOUT acts: who acts read from the clause's subject ('Australia
launched …', 'Canada will impose …'), 'the U.S.' as an origin, goods named by their origin's adjective after the
measure ('an inquiry into Vietnamese wire'); a release line and a placeless dateline as publication, US numeric dates
month first when the text itself is American, a report's lead 'On <date>, X issued a notice …' as the reported act's
date (`other` since the one rule for relays' dates, LABEL19: the relayed act's date of issue is not the report's), a comment period that 'will close on', exclusions 'previously extended … through' as history; a statute's general rule as background, a Section 232 inclusions process as a rate change, subsidies found
'de minimis' as a countervailing case; a WTO committee's own record (minutes, a biennial review) as no measure and no
origin; a headline that opens with its agency, the Documents Online metadata line, a WTO title broken by a blank line
with its footnote number, minutes 'HELD ON', a CBSA case heading's 'Statement of Reasons' line. Every passage is
written for these tests, in other words, numbers, products and countries than the set."""

import pytest

from nlp.countries.rules import implementing_jurisdiction
from nlp.measures.committee_records import is_committee_record
from nlp.pipeline import analyse
from tests.test_dates_families import END, OTHER, PUB, typed
from tests.test_reader_r7 import read

COMMENTS = "comment_deadline"


def _countries(text: str) -> tuple[list[str], list[str]]:
    countries = analyse(text)._.countries
    return countries["implementing"], sorted(countries["affected"])


def _measures(text: str, jurisdiction: str | None = None) -> list[str]:
    return sorted(m.type for m in analyse(text, jurisdiction=jurisdiction)._.measures)


# --- who acts, and on whose goods, in a news item -------------------------------------------------------------------

COUNTRY_CASES = {
    "a country launching a review at the head of the lead; the goods named by their origin's adjective": (
        "Australia has launched an anti-circumvention inquiry into Vietnamese galvanised wire. The inquiry follows an "
        "application lodged by a domestic producer in January and will examine exports since mid-2029.\n",
        ["AU"],
        ["VN"],
    ),
    "a country imposing surtaxes on goods from 'the U.S.'": (
        "On June 1, 2031, Canada will impose surtaxes on C$2.1 billion of imports of boats, whisky and plywood from "
        "the U.S., in response to American duties on Canadian lumber.\n\nA surtax of 15% will apply to the listed "
        "goods.\n",
        ["CA"],
        ["US"],
    ),
    "New Zealand imposing a duty on goods named by their adjective": (
        "New Zealand has imposed anti-dumping duties on Thai canned pineapple after a year-long investigation by the "
        "ministry.\n",
        ["NZ"],
        ["TH"],
    ),
}


@pytest.mark.parametrize("case", COUNTRY_CASES)
def test_a_news_items_subject_acts_and_its_goods_origin_is_read(case):
    text, implementing, affected = COUNTRY_CASES[case]
    assert _countries(text) == (implementing, affected)


def test_a_countrys_name_in_a_clause_about_anothers_tariffs_names_no_jurisdiction_by_itself():
    # the cue is the subject acting, not a bare name: a US notice naming Canada's goods stays the US's
    text = (
        "DEPARTMENT OF COMMERCE\nInternational Trade Administration\n\nCertain softwood lumber from Canada: Final "
        "Results of Antidumping Duty Administrative Review. Canada exported 14 million board feet in 2030.\n"
    )
    assert [m.code for m in implementing_jurisdiction(text)] == ["US"]


# --- dates of news items, releases and alerts -----------------------------------------------------------------------

DATE_CASES = {
    "a press release's release line": (
        "Office of Public Affairs\n\nFOR IMMEDIATE RELEASE | June 3, 2031 | Media Contact: press@example.gov\n"
        "Treasury Announces New Sanctions Guidance\nThe guidance explains how importers should screen suppliers.\n",
        None,
        {(PUB, "2031-06-03", False)},
    ),
    "a placeless numeric dateline before the first sentence, US order": (
        "Commission Votes on Honey Review\n06/04/2031 - The Commission has voted to conduct a full review of the "
        "order on raw honey from Argentina.\n",
        "US",
        {(PUB, "2031-06-04", False)},
    ),
    "a report's lead: the day the reported notice was issued": (
        "On February 2, 2031, the Trade Representative issued a notice modifying the list of products subject to "
        "additional duties, effective for goods entered on or after that day.\n",
        "US",
        {(OTHER, "2031-02-02", False)},
    ),
    "a report's dated lead after an undated opening sentence": (
        "Brazil opened a new exporter review of the duties on Korean steel wheels for a single applicant. On "
        "April 14, 2031, the trade secretariat issued Circular No. 18 announcing the review to interested parties.\n",
        None,
        {(OTHER, "2031-04-14", False)},
    ),
    "a press dateline ending in a dash before its lead": (
        "Agency Opens Inclusion Window\nWASHINGTON— On March 9, 2031, the Department issued an interim final rule "
        "setting out how producers may ask for derivative articles to be covered.\n",
        "US",
        {(OTHER, "2031-03-09", False)},
    ),
    "a comment period that will close on a day": (
        "Interested persons may comment on the proposed extension through the online docket. The comment period "
        "will close on April 4, 2031.\n",
        "US",
        {(COMMENTS, "2031-04-04", False)},
    ),
    "exclusions previously extended through a day are history": (
        "The notice extends 64 exclusions previously extended in May 2030 through July 31, 2030, until the end of "
        "the year.\n",
        "US",
        {(OTHER, "2030-07-31", False)},
    ),
}


@pytest.mark.parametrize("case", DATE_CASES)
def test_the_dates_of_reports_about_acts(case):
    text, jurisdiction, expected = DATE_CASES[case]
    assert typed(text, jurisdiction=jurisdiction) == expected


def test_an_american_text_read_without_its_source_writes_numeric_dates_month_first():
    text = (
        "ITC Votes to Expedite Review of Citric Acid Order\n09/07/2031 - The U.S. International Trade Commission has "
        "voted to expedite its five-year review concerning the antidumping duty order on citric acid from Colombia "
        "(Inv. No. 731-TA-1999 (Second Review)).\n"
    )
    dates = {(d.type, d.date) for d in analyse(text)._.dates}
    assert (PUB, "2031-09-07") in dates


def test_an_exclusion_extended_through_a_day_still_ends_then():
    text = "The Trade Representative further extends the 91 exclusions through August 31, 2031.\n"
    assert typed(text, jurisdiction="US") == {(END, "2031-08-31", False)}


# --- measures -------------------------------------------------------------------------------------------------------


def test_a_statutes_general_rule_on_revoking_orders_names_no_countervailing_case():
    text = (
        "ITC Keeps Order on Steel Nails\nThe Commission has voted to expedite its five-year review concerning the "
        "antidumping duty order on steel nails from Oman. The statute requires the Department of Commerce to revoke an antidumping or countervailing duty "
        "order after five years unless revocation would be likely to lead to continuation of dumping and injury.\n"
    )
    assert _measures(text, "US") == ["anti_dumping"]


def test_a_section_232_inclusions_process_widens_the_duty():
    text = (
        "Commerce Opens Second Inclusions Window\nThe Department of Commerce today opened the second window of the "
        "Section 232 tariff inclusion process for derivative steel articles such as fasteners and racks.\n"
    )
    assert _measures(text, "US") == ["duty_rate_change"]


def test_subsidies_found_de_minimis_close_a_countervailing_case():
    text = (
        "The Minister decided not to impose countervailing duties after finding that Indian subsidies on the "
        "aluminium wheels were de minimis, and the dumping of the same wheels was not established.\n"
    )
    measures = _measures(text, "NZ")
    assert "countervailing" in measures and "other" not in measures


# --- a WTO committee's own record -----------------------------------------------------------------------------------

MINUTES = (
    "Committee on Anti-Dumping Practices - Minutes of the special meeting held on 3 May 2031\n\nMINUTES OF THE "
    "SPECIAL MEETING\n\nHELD ON 3 May 2031\n\n1. The Committee reviewed the semi-annual reports of Chile, Japan and "
    "Peru (G/ADP/N/401/CHL, G/ADP/N/401/JPN, G/ADP/N/401/PER) and the ad hoc notification of Thailand on its new "
    "anti-dumping duties on steel wire.\n"
)
REVIEW = (
    "WORLD TRADE\n\nORGANIZATION\n\nG/SCM/199\n\n4 November 2031\n\n(31-5512)\n\nCommittee on Subsidies and "
    "Countervailing Measures\n\nSIXTH BIENNIAL REVIEW OF THE IMPLEMENTATION AND OPERATION\n\nOF THE AGREEMENT ON "
    "SUBSIDIES AND COUNTERVAILING MEASURES2\n\nThe review covers the countervailing duties notified by Egypt and "
    "Ukraine in the period.\n"
)
NOTIFICATION = (
    "Committee on Safeguards\n\nNOTIFICATION UNDER ARTICLE 12.1(A) OF THE AGREEMENT ON SAFEGUARDS ON INITIATION OF "
    "AN INVESTIGATION\n\nThe following communication is being circulated at the request of the Delegation of Chile.\n"
)


@pytest.mark.parametrize("text", [MINUTES, REVIEW])
def test_a_wto_committees_own_record_acts_on_no_measure_and_targets_no_origin(text):
    doc = analyse(text)
    assert is_committee_record(text)
    assert doc._.measures == [] and doc._.countries["affected"] == []


def test_a_members_notification_to_a_committee_is_no_committee_record():
    assert not is_committee_record(NOTIFICATION)


# --- titles ---------------------------------------------------------------------------------------------------------

TITLE_CASES = {
    "a release headline that opens with its agency": (
        "Office of Public Affairs\n\nFOR IMMEDIATE RELEASE | June 3, 2031 | Media Contact: press@example.gov\n"
        "Department of Agriculture Extends Sugar Quota Window\nThe Department today extended the window.\n",
        "Department of Agriculture Extends Sugar Quota Window",
    ),
    "a WTO title broken by a blank line, its footnote number dropped": (
        "Document symbol G/SCM/199Document date 04/11/2031Doc # 31-5512Access level Public\n\n" + REVIEW,
        "SIXTH BIENNIAL REVIEW OF THE IMPLEMENTATION AND OPERATION OF THE AGREEMENT ON SUBSIDIES AND "
        "COUNTERVAILING MEASURES",
    ),
    "minutes going on into the day the meeting was held": (
        MINUTES.split("\n\n", 1)[1],
        "MINUTES OF THE SPECIAL MEETING HELD ON 3 May 2031",
    ),
    "a CBSA case heading going on into its statement of reasons line": (
        "SW 2031 IN: Certain steel wheels\nStatement of Reasons—Preliminary determination\nConcerning the "
        "preliminary determination with respect to the dumping of certain steel wheels originating in Brazil.\n",
        "SW 2031 IN: Certain steel wheels Statement of Reasons—Preliminary determination",
    ),
}


@pytest.mark.parametrize("case", TITLE_CASES)
def test_titles_of_releases_wto_records_and_case_headings(case):
    text, title = TITLE_CASES[case]
    assert read(text, None)[0] == title
