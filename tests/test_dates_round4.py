"""Typed dates, round 4: the classes a blind set of 36 documents showed (issue 15): a gazette's issue date alone
on the line under its issue header, a notice that opens with the decision it reports, and ordinals a PDF's text
parts from their number ("16 th October"). Every passage is written for these tests, in other words, numbers
and countries than any eval set."""

import pytest

from tests.test_dates_families import DOC, EIF, END, OTHER, PUB, START, typed

DEADLINE = "comment_deadline"

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
    "a register notice flattened into one line: its DATES block still types its date": (
        "Download as PDF Federal Register / Vol. 92, No. 14 / Thursday, January 21, 2027 / Notices "
        "DEPARTMENT OF COMMERCE International Trade Administration SUMMARY: Commerce preliminarily finds that "
        "subsidies are being provided to producers of widgets. DATES: Applicable January 21, 2027. "
        "FOR FURTHER INFORMATION CONTACT: Jane Roe, AD/CVD Operations. Background: On March 2, 2025, Commerce "
        "published the order.",
        {(PUB, "2027-01-21", False), (EIF, "2027-01-21", False), (OTHER, "2025-03-02", False)},
    ),
    "a flattened register header without its slashes": (
        "Download as PDF 4410 Notices Federal Register Vol. 92, No. 9 Thursday, January 14, 2027 This section "
        "contains documents other than rules. SUMMARY: The Secretary announces the in-quota quantity of the "
        "refined sugar tariff-rate quota. DATES: This notice is applicable on January 19, 2027. "
        "ADDRESSES: Trade Policy Division.",
        {(PUB, "2027-01-14", False), (EIF, "2027-01-19", False)},
    ),
    "words ending in DATES are no block label": (
        "Download as PDF Federal Register / Vol. 92, No. 14 / Thursday, January 21, 2027 / Notices "
        "SUMMARY: The agency publishes its list of RECENT UPDATES: the list shows the changes for March 4, 2027 "
        "and no further action is planned by the agency for the goods concerned at this time.",
        {(PUB, "2027-01-21", False), (OTHER, "2027-03-04", False)},
    ),
    "a date broken after its month by a fixed-width text": (
        "The schedule shall be modified by inserting the subheadings above, effective as of 12:01 a.m. eastern "
        "daylight time on September\n14, 2026.\n",
        {(EIF, "2026-09-14", False)},
    ),
    "the end an extension replaces is the status quo, not a date of the measure": (
        "This message provides guidance on extending 120 product exclusions which are currently scheduled to "
        "expire on May 31, 2027.\n",
        {(OTHER, "2027-05-31", False)},
    ),
    "an agency that should receive the information by a day sets a deadline": (
        "To be given consideration in these investigations, the Agency should receive this information by "
        "June 9, 2027.\n",
        {(DEADLINE, "2027-06-09", False)},
    ),
    "a reporting period is no period of a measure": (
        "Members are invited to submit their semi-annual reports covering the period 1 January-30 June 2027 not "
        "later than 31 August 2027.\n",
        {(OTHER, "2027-01-01", False), (OTHER, "2027-06-30", False), (OTHER, "2027-08-31", False)},
    ),
    "a year left out inside a sentence is the nearest full date's": (
        "Tariff stop press notice\n\nCommodity code 0301990011 ended on 12 June. Its goods now fall to "
        "0301990019.\n\nQuota 058019 reopened on 20 June 2027 after the transfer of its balance.\n",
        {(END, "2027-06-12", False), (OTHER, "2027-06-20", False)},
    ),
    "a seasonal preference left without its year": (
        "Changes to import duties, 2 May 2028\n\nCommodity | Update\n"
        "0707000500 | 0% preferential duty for imports from Ruritania from 1 June to 31 October\n",
        {(DOC, "2028-05-02", False), (START, "2028-06-01", False), (END, "2028-10-31", False)},
    ),
    "no full date near: a day and month alone stay unread": (
        "The quota opens on 1 July. Importers may apply through the licensing portal.\n",
        set(),
    ),
    "a date opening a sentence that says the measure will end": (
        "On 14 June 2027, the measure type 722 - Entry into free circulation measures against Ruritania will end.\n",
        {(END, "2027-06-14", False)},
    ),
    "on or after a day and before another, with the times of day: a period": (
        "The exclusions apply to goods entered for consumption, or withdrawn from warehouse for consumption, on or "
        "after 12:01 a.m. eastern time on June 1, 2027, and before 11:59 p.m. eastern time on August 31, 2027.\n",
        {(START, "2027-06-01", False), (END, "2027-08-31", False)},
    ),
    "a step of a rate schedule is no period": (
        "The specific duty is 40 dollars per postal item for goods entered on or after 12:01 a.m. eastern time on "
        "March 3, 2027, and before 12:01 a.m. eastern time on April 7, 2027, and 90 dollars per postal item for "
        "goods entered on or after April 7, 2027.\n",
        {(EIF, "2027-03-03", False), (OTHER, "2027-04-07", False), (EIF, "2027-04-07", False)},
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
