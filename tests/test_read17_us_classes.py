"""Round 14 (issue 15), read17-us: the classes the misses of real US and Canadian daily notices showed (ITA
rescissions and changed circumstances reviews, USTR Section 301 notices, CBP quota bulletins, web and GPO copies of
them). A field label over its date ('EFFECTIVE DATE:' / the date) after a sentence about a period of review; a GPO
text file's register citation and issue date heading it; a flattened notice's title-case subject before 'AGENCY:';
an older FR document number ('E5-1994.'); a site's 'U.S. flag' banner and a printed page's running head as no title;
a quota's pro rata percentage as no rate; an order revoked in part as an exclusion; a USTR notice amending 'the $300
billion action' or the action 'taken in this Section 301 investigation' as retaliation. Every passage is written for
these tests, in other words, numbers, products and countries than the set."""

import pytest

from nlp.pipeline import analyse
from tests.test_dates_families import DOC, EIF, PUB, typed
from tests.test_reader_r7 import read


def _measures(text: str) -> list[str]:
    return sorted(m.type for m in analyse(text, jurisdiction="US")._.measures)


# --- dates ------------------------------------------------------------------------------------------------------------


def test_a_field_label_over_its_date_is_not_read_with_the_sentence_about_a_review_period_above():
    text = (
        "SUMMARY:\nThe Department initiated a review of the order on steel nails from Oman for Gulf Nails LLC. No "
        "other party asked for a review of that exporter for this period of review.\nEFFECTIVE DATE:\n"
        "March 9, 2031.\nFOR FURTHER INFORMATION CONTACT:\nJane Roe, Office 4.\n"
    )
    assert (EIF, "2031-03-09", False) in typed(text, jurisdiction="US")


def test_a_signature_date_under_a_blank_line_still_reads_the_place_above():
    text = (
        "(c) This order is not intended to create any right.\n\n                 JOHN Q. DOE\n\n"
        "THE WHITE HOUSE,\n\n    May 4, 2031.\n"
    )
    assert (DOC, "2031-05-04", False) in typed(text, jurisdiction="US")


def test_a_gpo_text_file_opens_with_the_register_citation_and_the_issue_date():
    text = (
        "71 FR 10411 March 1, 2031 DEPARTMENT OF COMMERCE International Trade Administration [A-475-818] Certain "
        "Pasta From Italy: Notice of Rescission of Antidumping Duty New Shipper Review AGENCY: Import Administration, "
        "International Trade Administration, Department of Commerce. SUMMARY: The Department is rescinding the new "
        "shipper review of the order on pasta from Italy. EFFECTIVE DATE: March 1, 2031.\n"
    )
    assert (PUB, "2031-03-01", False) in typed(text, jurisdiction="US")


# --- titles and identifiers -------------------------------------------------------------------------------------------

FLAT_TITLES = {
    "the subject right after the case number": (
        "71 FR 10411 March 1, 2031 DEPARTMENT OF COMMERCE International Trade Administration [A-475-818] Certain "
        "Pasta From Italy: Initiation of Changed Circumstances Review AGENCY: Import Administration, International "
        "Trade Administration, Department of Commerce. SUMMARY: In response to a request by Pastificio Rossi, the "
        "Department is initiating a changed circumstances review.\n",
        "Certain Pasta From Italy: Initiation of Changed Circumstances Review",
    ),
    "the agency's name in capitals between the billing line and the subject": (
        "[Billing Code 3290-F1] OFFICE OF THE UNITED STATES TRADE REPRESENTATIVE Notice of Product Exclusion "
        "Extensions: Acts of the Republic of Ruritania Related to Shipbuilding AGENCY: Office of the United States "
        "Trade Representative. ACTION: Notice. SUMMARY: The Trade Representative extends four exclusions.\n",
        "Notice of Product Exclusion Extensions: Acts of the Republic of Ruritania Related to Shipbuilding",
    ),
}


@pytest.mark.parametrize("case", FLAT_TITLES)
def test_a_flattened_notices_title_case_subject_before_agency_is_its_title(case):
    text, title = FLAT_TITLES[case]
    assert read(text)[0] == title


def test_an_older_federal_register_document_number_opens_a_web_copy():
    text = (
        "E7-4411. Notice of Rescission of Countervailing Duty Administrative Review: Certain Brake Drums From "
        "Freedonia\n-\nStart Preamble\nAGENCY:\nImport Administration, International Trade Administration.\n"
        "SUMMARY:\nThe Department is rescinding this administrative review.\n"
    )
    assert read(text) == (
        "Notice of Rescission of Countervailing Duty Administrative Review: Certain Brake Drums From Freedonia",
        "E7-4411",
    )


def test_a_sites_flag_banner_is_no_title():
    text = (
        "U.S. flag\n\nAn official website of the United States government\n\n  1. Home\n  2. Trade\n"
        "  3. Quota Bulletins\n  4. QB 31-105 Results of Raw Cane Sugar Opening\n\n"
        "QB 31-105 Results of Raw Cane Sugar Opening\n\n\nRaw Cane Sugar\n\nThe tariff rate quota for raw cane sugar "
        "opened on Wednesday, October 1, 2031 and was filled at the opening moment.\n"
    )
    assert read(text) == ("QB 31-105 Results of Raw Cane Sugar Opening", "QB 31-105")


def test_a_printed_pages_running_head_is_no_title():
    text = (
        "51220 Federal Register / Vol. 96, No. 170 / Thursday, September 4, 2031 / Notices\n\n"
        "DEPARTMENT OF COMMERCE\n\nInternational Trade Administration\n\n[A-580-901]\n\n"
        "Welded Line Pipe From Korea: Rescission of Antidumping Duty Administrative Review; 2029-2030\n\n"
        "AGENCY: Enforcement and Compliance, International Trade Administration.\n"
    )
    assert (
        read(text)[0] == "Welded Line Pipe From Korea: Rescission of Antidumping Duty Administrative Review; 2029-2030"
    )


# --- rates ------------------------------------------------------------------------------------------------------------


def test_a_quotas_pro_rata_percentage_is_no_rate():
    text = (
        "The tariff rate quota for refined sugar opened on Monday, October 6, 2031 over-subscribed at the opening "
        "moment. The pro rata percentage is: 41.22817% or .4122817.\n"
    )
    assert analyse(text, jurisdiction="US")._.rates == []


def test_a_duty_rate_after_a_colon_still_reads():
    text = "The Secretary imposes an additional duty on the goods listed in the annex. The rate of duty is: 15%.\n"
    assert [(r.value, r.unit) for r in analyse(text, jurisdiction="US")._.rates] == [(15.0, "percent")]


# --- measures ---------------------------------------------------------------------------------------------------------


def test_an_order_revoked_in_part_for_some_goods_is_an_exclusion():
    text = (
        "Certain Pasta From Italy: Final Results of Changed Circumstances Review\n\nSUMMARY: At the request of the "
        "domestic industry, the Department is revoking the antidumping duty order in part with regard to organic "
        "gluten-free pasta, effective for entries on or after May 1, 2031.\n"
    )
    assert _measures(text) == ["anti_dumping", "exclusion"]


def test_requests_for_revocation_in_part_are_no_exclusion():
    text = (
        "Initiation of Antidumping and Countervailing Duty Administrative Reviews and Requests for Revocation in Part"
        "\n\nSUMMARY: The Department has received requests to conduct administrative reviews of various antidumping "
        "and countervailing duty orders with June anniversary dates. We are initiating those reviews.\n"
    )
    assert "exclusion" not in _measures(text)


USTR_ACTIONS = {
    "technical amendments to an action named by its trade value": (
        "This notice grants nine exclusion requests, as specified in Annex A. It also makes technical amendments to "
        "the $300 billion action, as specified in Annex B.\n"
    ),
    "the action being taken in this Section 301 investigation": (
        "The Trade Representative has determined to modify the action being taken in this Section 301 investigation "
        "by raising the additional duty on the listed products of Ruritania.\n"
    ),
}


@pytest.mark.parametrize("case", USTR_ACTIONS)
def test_a_ustr_notice_amending_its_section_301_action_acts_on_the_retaliation(case):
    assert "retaliation" in _measures(USTR_ACTIONS[case])


def test_a_date_under_the_headline_of_an_item_relaying_another_bodys_notice_is_its_posting():
    text = (
        "Certain Wire Rod, Notice of Expiry Review Investigation\n\nMarch 12, 2031\n\nOn March 10, 2031, the "
        "Canadian International Trade Tribunal initiated an expiry review of its finding concerning wire rod from "
        "Egypt.\n\nThis notice is available in its entirety on the CBSA website.\n\nInformation Source: \nCanada "
        "Border Services Agency (CBSA)\nDocument Type: \nEmail Article\n"
    )
    assert (PUB, "2031-03-12", False) in typed(text, jurisdiction="CA")
