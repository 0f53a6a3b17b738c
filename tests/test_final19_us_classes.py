"""Round 16 second pass (issue 15), final19 US: the classes its US misses showed, and the relays' leads.

A report's lead 'On <date>, <body> issued <act> ...' is the relayed act's date of issue (`other`, the one rule for
relays), while an official notice's own opening 'On <date>, pursuant to <power>, the Agency made ...' stays its
document date; a post's own date line ('Blog originally posted on <date> <time>'); a numeric date that can only be
day first ('25/02/2031') read so in an American text; a program's lapse period as history; a quota bulletin's codes
written with their rates after a slash ('HTS 0304.87.00/6%'), its in-quota and over-quota rates, its proration share
no rate; a quota bulletin numbered 'QB-1-207'. Every passage is written for these tests."""

import pytest

from nlp.pipeline import analyse
from tests.test_dates_families import DOC, END, OTHER, PUB, typed

DATE_CASES = {
    "a relay's lead: an agency issued a rule": (
        "On June 3, 2031, the Department of Commerce issued an interim final rule opening a window for requests to "
        "add derivative articles to the duties on steel.\n",
        {(OTHER, "2031-06-03", False)},
    ),
    "a relay's lead after an undated opening sentence: a commission issued a notice": (
        "New Zealand opened a review of the duties on pipe fittings from Thailand. On 14 May 2031, the Ministry "
        "issued Dumping Notice No. 4 inviting submissions from interested parties.\n",
        {(OTHER, "2031-05-14", False)},
    ),
    "a relay's lead: a trade representative released a notice": (
        "On August 19, 2031, the Trade Representative released a Federal Register notice extending the exclusions "
        "for certain solar equipment from China.\n",
        {(OTHER, "2031-08-19", False)},
    ),
    "an official notice's own opening decision under a power stays its date": (
        "On 9 March 2031, pursuant to subsection 41(1) of the Special Import Measures Act, the Canada Border "
        "Services Agency made a final determination of dumping respecting certain welded pipe from Oman.\n",
        {(DOC, "2031-03-09", False)},
    ),
    "a blog's date line with its time, day first in an American post": (
        "CBP Guidance on the Temporary Surcharge\n\nPosted by the Trade Desk\nBlog originally posted on 17/03/2031 "
        "09:40 AM\n\nCBP has published guidance on the surcharge for importers.\n",
        {(PUB, "2031-03-17", False)},
    ),
    "an article's first-published line": (
        "Duties on Cabinets Explained\nArticle first published on April 2, 2031 at 8:15 am\n\nImporters ask how "
        "the new duties are reported.\n",
        {(PUB, "2031-04-02", False)},
    ),
    "a program's lapse is no period of the act": (
        "The statute provides refunds of the duties paid on goods entered during the lapse of the preference "
        "program from July 1, 2031, through March 3, 2032. Preferential treatment is extended through "
        "December 31, 2034.\n",
        {(OTHER, "2031-07-01", False), (OTHER, "2032-03-03", False), (END, "2034-12-31", False)},
    ),
}


@pytest.mark.parametrize("case", DATE_CASES)
def test_dates_of_us_relays_and_bulletins(case):
    text, expected = DATE_CASES[case]
    assert typed(text, jurisdiction="US") == expected


BULLETIN = (
    "QB-1-207 2031 Sardine Tariff Rate Quota Proration\n\n"
    "The quota on sardines oversubscribed at opening on January 2, 2031. Entries presented through noon will be "
    "prorated: .8123 or 81.23 percent of the presented quantity shall be liquidated at the in-quota (low) rate "
    "(HTS 1604.13.20/6%). The rest shall be liquidated at the over-quota (high) rate (HTS 1604.13.30/15%).\n"
)


def test_codes_written_with_their_rates_after_a_slash():
    assert [code.code for code in analyse(BULLETIN)._.codes] == ["16041320", "16041330"]


def test_in_and_over_quota_rates_are_rates_and_the_proration_share_is_not():
    assert sorted((rate.value, rate.unit) for rate in analyse(BULLETIN)._.rates) == [(6, "percent"), (15, "percent")]


def test_a_quota_bulletin_number_with_a_hyphen_after_qb():
    assert analyse(BULLETIN)._.identifier.text == "QB-1-207"


def test_a_year_after_a_slash_is_still_no_code():
    assert analyse("Customs Regulation 7208/2031 sets the procedure; the duty is 5%.\n")._.codes == []


GLUED_BULLETIN = (
    "QB 31 – 012 Blue Cheese\n\n"
    "Blue cheese as provided for in Chapter 4, additional U.S. Note 17\n\n"
    "January 1, 2031, through December 31, 2031\n\n"
    "Restraint Level\n"
    "Argentina2,000,000 kg\n"
    "EU 282,500,000 kg\n"
    "Chile80,000 kg\n"
    "Other countries or areas45,000 kg\n\n"
    "The tariff numbers listed below may be used for blue cheese from all countries:\n\n"
    "  • 0406.40.4400\n  • 0406.40.4800\n\n"
    "Imports described in Chapter 4, additional U.S. Note 17 are subject to agriculture licensing, except for "
    "products of Chile described above.\n"
)


def test_a_bulletin_whose_cells_are_glued_gives_its_volumes():
    quotas = analyse(GLUED_BULLETIN)._.quotas
    assert [(quota.amount, quota.unit) for quota in quotas] == [
        (2000000, "kg"),
        (2500000, "kg"),  # 'EU 28' and 2,500,000 kg
        (80000, "kg"),
        (45000, "kg"),
    ]
    assert {(quota.period_start, quota.period_end) for quota in quotas} == {("2031-01-01", "2031-12-31")}


def test_a_glued_bulletin_allots_its_countries_and_is_a_tariff_quota_not_an_exclusion():
    doc = analyse(GLUED_BULLETIN)
    assert doc._.countries["affected"] == ["AR", "EU", "CL"]
    assert [measure.type for measure in doc._.measures] == ["tariff_quota"]


def test_a_bulletin_with_spaced_cells_keeps_the_union_s_figure_whole():
    text = GLUED_BULLETIN.replace("Argentina2", "Argentina 2").replace("Chile80", "Chile 80")
    text = text.replace("areas45", "areas 45").replace("Restraint Level\n", "")  # a bare copy, cells spaced
    assert [quota.amount for quota in analyse(text)._.quotas] == [2000000, 282500000, 80000, 45000]


def test_an_exemption_that_shall_not_apply_is_withdrawn_not_an_exclusion():
    text = (
        "Sec. 3. Suspension of Duty-Free Treatment. (a) The duty-free de minimis exemption provided under 19 U.S.C. "
        "1321(a)(2)(C) shall not apply to any shipment of articles from Ruritania, regardless of value. All such "
        "shipments shall be subject to all applicable duties.\n"
    )
    assert "exclusion" not in [measure.type for measure in analyse(text)._.measures]


def test_a_federal_register_copy_cut_before_its_fr_doc_line_is_known_by_its_glued_document_line():
    head = (
        "INTERNATIONAL TRADE COMMISSION\n\nFederal Register Volume 96, Issue 40 (March 1, 2031)\n\n"
        "Page Range10450-10451\nFR Document2031-04123\n\nThe Commission hereby gives notice of the scheduling of "
        "the final phase of antidumping duty investigation No. 731-TA-2001 (Final) concerning steel wheels.\n"
    )
    assert analyse(head)._.identifier.text == "FR Document2031-04123"
    whole = head + "\nBy order of the Commission.\n[FR Doc. 2031-04123 Filed 2-28-31; 8:45 am]\n"
    assert analyse(whole)._.identifier.text == "FR Doc. 2031-04123"
