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
