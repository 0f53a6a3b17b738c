"""Typed dates, round 4: the classes a blind set of 36 documents showed (issue 15): a gazette's issue date alone
on the line under its issue header, a notice that opens with the decision it reports, and ordinals a PDF's text
parts from their number ("16 th October"). Every passage is written for these tests, in other words, numbers
and countries than any eval set."""

import pytest

from nlp.dates.extract import extract_dates


def typed(text, published=None, jurisdiction=None):
    return {(d.type, d.date, d.derived) for d in extract_dates(text, published, jurisdiction)}


EIF, DEADLINE = "entry_into_force", "comment_deadline"
DOC, PUB, OTHER = "document_date", "publication", "other"

CASES = {
    "issue date alone under a gazette's issue header": (
        "Canada Gazette, Part I, Volume 160, Number 3: COMMISSIONS\nJanuary 17, 2026\n"
        "CANADIAN INTERNATIONAL TRADE TRIBUNAL\nWire rod — Expiry review\n"
        "The Tribunal will hold a public hearing in Ottawa beginning on April 20, 2026.\n",
        {(PUB, "2026-01-17", False), (OTHER, "2026-04-20", False)},
    ),
    "issue date under its header, blank lines between": (
        "Canada Gazette, Part I, Volume 161, Number 40: GOVERNMENT NOTICES\n\nOctober 2, 2027\n\n"
        "DEPARTMENT OF FINANCE\nCUSTOMS TARIFF\n",
        {(PUB, "2027-10-02", False)},
    ),
    "a date alone under an agency heading is not an issue date": (
        "MINISTRY OF TRADE AND INDUSTRY\nNotification\nMarch 9, 2027\n"
        "In accordance with section 19 of the Customs Act, the government has decided to amend the schedule.\n",
        {(DOC, "2027-03-09", False)},
    ),
    "a supplement's issue header above its date": (
        "Supplement Canada Gazette Part II\n\nMarch 4, 2026\n\nOrder Amending the Widget Remission Order\n",
        {(PUB, "2026-03-04", False)},
    ),
    "a date alone in an instrument's heading block, a long body below": (
        "The Government of the Republic of Ruritania\nMinistry of Finance\nCustoms Wing\nCirculation\n"
        "August 19, 2027\n"
        "In accordance with section 19 of the Customs Act, the government has decided to modify the schedule "
        "of duties as follows:\n" + "(a) the entry for lentils is omitted from the second schedule;\n" * 60,
        {(DOC, "2027-08-19", False)},
    ),
    "a date alone below the opening sentence is not the heading's": (
        "Ministry of Finance\nIn accordance with section 19 of the Customs Act, the government has decided to "
        "modify the schedule of duties as follows:\nTable\nAugust 19, 2027\n"
        + "(a) the entry for lentils is omitted from the second schedule;\n"
        * 60,
        {(OTHER, "2027-08-19", False)},
    ),
    "a notice opening with the decision it reports": (
        "CANADA BORDER SERVICES AGENCY\nSPECIAL IMPORT MEASURES ACT\nCertain steel pipe — Decision\n"
        "On January 8, 2026, pursuant to subsection 38(1) of the Special Import Measures Act, the Canada Border "
        "Services Agency made a preliminary determination of dumping respecting certain steel pipe from Vietnam.\n"
        "The Agency should receive written submissions by March 2, 2026.\n",
        {(DOC, "2026-01-08", False), (DEADLINE, "2026-03-02", False)},
    ),
    "the same words in a background section are history": (
        "DEPARTMENT OF COMMERCE\nCertain Nails From Ruritania: Preliminary Results of Review\n"
        "SUMMARY: The Department of Commerce preliminarily determines that sales of nails were made below normal "
        "value during the period of review.\nBackground\n"
        "On September 6, 2025, in accordance with 19 CFR 351.221(c)(1)(i), Commerce initiated a review.\n"
        "On March 3, 2026, pursuant to section 751(a)(3)(A) of the Act, Commerce extended the deadline.\n",
        {(OTHER, "2025-09-06", False), (OTHER, "2026-03-03", False)},
    ),
    "an opening report of another step is history": (
        "CITRUS FIBRE FROM RURITANIA\nOn 4 May 2026, the Secretary of State transmitted to the Authority a "
        "report on the effect of imports of citrus fibre on the domestic industry of the United Kingdom.\n",
        {(OTHER, "2026-05-04", False)},
    ),
    "a numbered recital opening a proclamation is history": (
        "ADJUSTING IMPORTS OF COPPER INTO THE UNITED STATES\nA PROCLAMATION\n"
        "1.  On February 25, 2026, pursuant to section 232 of the Trade Expansion Act of 1962, the Secretary "
        "initiated an investigation to determine the effect of imports of copper on the national security.\n",
        {(OTHER, "2026-02-25", False)},
    ),
    "an ordinal parted from its day on a place and date line": (
        "GOVERNMENT OF PAKISTAN\nMINISTRY OF COMMERCE\nKarachi, the 21 st March, 2027\n"
        "NOTIFICATION (CUSTOMS)\nIn exercise of the powers conferred by section 18 of the Customs Act, the "
        "Board is pleased to levy regulatory duty on the goods in the Table below.\n",
        {(DOC, "2027-03-21", False)},
    ),
    "an ordinal parted from its day in an operative sentence": (
        "The margin of preference shall be 60% with effect from 1 st January, 2028.\n",
        {(EIF, "2028-01-01", False)},
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_round4_date_classes(name):
    text, expected = CASES[name]
    assert typed(text) == expected
