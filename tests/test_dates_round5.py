"""Typed dates, round 5: the classes the misses of eight development sets showed (issue 15). Every passage is
written for these tests, in other words, numbers and countries than any eval set."""

import pytest

from tests.test_dates_families import DOC, EIF, END, OTHER, PUB, START, typed

DEADLINE = "comment_deadline"

CASES = {
    # --- lead-ins and their headings --------------------------------------------------------------------------
    "'As of' opening a sentence under a notice heading is no act's 'of <date>'": (
        "Advance notice - licensing measure changes on 12th March\n\n"
        'As of 12 March 2031, all measures of type "750 - Import control of organic products" will be withdrawn '
        "from country group 1011.\n",
        {(OTHER, "2031-03-12", False), (EIF, "2031-03-12", False)},  # the heading's day names no measure date
    ),
    "a yearless 'As of' takes the year of the nearest full date": (
        "SPV rates have been updated for the period 2 June to 15 June 2031.\n\n"
        "As of 9 June, Norway will no longer be exempt from the veterinary entry controls.\n",
        {(START, "2031-06-02", False), (END, "2031-06-15", False), (EIF, "2031-06-09", False)},
    ),
    "a reinstated duty ends the temporary removal": (
        "As of 4 March 2031, the anti-dumping duty on cold-rolled sheet will be suspended.\n\n"
        "On 1 July 2031, the anti-dumping duty will be reinstated when the quota is reset.\n",
        {(EIF, "2031-03-04", False), (END, "2031-07-01", False)},
    ),
    "a report that opens with the announcement it reports gives the publication": (
        "On 4 March 2031, the Revenue Authority announced the amendment of Schedule No. 2 to impose provisional "
        "anti-dumping duties on float glass originating in Ruritania.\n",
        {(PUB, "2031-03-04", False)},
    ),
    # --- a clock time and its zone between a trigger and its date -----------------------------------------------
    "a bare 'as of' before a clock time with its zone": (
        "Importers can claim the reduced rate as of 8 am eastern daylight time, June 2, 2031.\n",
        {(EIF, "2031-06-02", False)},
    ),
    # (round 6: a message that states no entry into force of its own takes effect that day: test_dates_round6.py)
    "a system's readiness is no date of the measure": (
        "Effective March 1, 2031, goods of Ruritania qualify for the trade preference programme.\n"
        "The new special program indicator will be available in the Automated Commercial Environment (ACE) as of "
        "6 am eastern standard time, March 4, 2031.\n",
        {(EIF, "2031-03-01", False), (OTHER, "2031-03-04", False)},
    ),
    # --- words that name the date ---------------------------------------------------------------------------------
    "a start date and an end date named as such": (
        "Update to licensing measures affecting commodity code 0602909100 with a start date of 2 May 2031.\n"
        "The temporary suspension has an end date of 30 November 2031.\n",
        {(EIF, "2031-05-02", False), (END, "2031-11-30", False)},
    ),
    "measures that will begin on a day": (
        'Measures of type "278 - Import restriction" will begin on 6 October 2031 for the listed countries.\n',
        {(EIF, "2031-10-06", False)},
    ),
    "a temporary instrument deemed in operation earlier, revoked later": (
        "Assented to on 20 March 2031\n\n"
        "These Regulations are deemed to have come into operation on 1st March, 2031, and shall stand revoked on "
        "31st August, 2031.\n",
        {(DOC, "2031-03-20", False), (EIF, "2031-03-01", False), (END, "2031-08-31", False)},
    ),
    "from a day onwards": (
        "The provisional countervailing duty is collected on imports of citric acid from 14 May 2031 onwards.\n",
        {(START, "2031-05-14", False)},
    ),
    "a rate that applies from a day": (
        "The margin of preference shall be 80% from 1 July 2031 for the goods in Table II.\n",
        {(START, "2031-07-01", False)},
    ),
    "a register's history list: publication and assent": (
        "  • Published in Government Gazette on 8 May 2031\n\n  • Assented to on 6 May 2031\n\n"
        "  • [This is the version of this document from 8 May 2031.]\n",
        {(PUB, "2031-05-08", False), (DOC, "2031-05-06", False), (OTHER, "2031-05-08", False)},
    ),
    # --- history, status and procedure ------------------------------------------------------------------------------
    "figures stated as they stood on a day": (
        "Please note the balances listed in the bulletins are estimates as of March 29, 2031; final amounts follow.\n",
        {(OTHER, "2031-03-29", False)},
    ),
    "a cross-reference to another message": (
        "Claims remain possible during the present lapse in the program (see also CSMS 30-000123, May 2, 2030).\n",
        {(OTHER, "2030-05-02", False)},
    ),
    "a program's status as legislated": (
        "We note that as currently legislated, the program remains in effect through December 31, 2032.\n",
        {(OTHER, "2032-12-31", False)},
    ),
    "a past measure restated in a relative clause": (
        "Ruritania notifies the termination of the safeguard measures, which were applied as of 3 April 2028, on "
        "imports of ceramic tiles.\n",
        {(OTHER, "2028-04-03", False)},
    ),
    "a bare 'as of' after a past main verb": (
        "The former Ministry took definitive safeguard measures on imported ceramic tiles as of 3 April 2028.\n",
        {(OTHER, "2028-04-03", False)},
    ),
    "an expectation of another body's act, wrapped at a narrow width": (
        "The amendments to Chapters\n12 and 44 are expected to enter into force\non January 1, 2032, under the "
        "Convention.\n",
        {(OTHER, "2032-01-01", False)},
    ),
    "an authority's procedural step to come": (
        "On May 28, 2031, the Commission will make available to parties all information on which they have not had "
        "an opportunity to comment.\n",
        {(OTHER, "2031-05-28", False)},
    ),
    "a written statement of a non-party is a comment": (
        "Any person who has not entered an appearance may submit a written statement of information pertinent to "
        "the review on or before May 20, 2031.\n",
        {(DEADLINE, "2031-05-20", False)},
    ),
    "the procedure lines of a DATES block": (
        "DATES:\nMarch 3, 2031: Posting of the staff report on the Commission web site.\n"
        "April 14, 2031: Deadline for filing written comments.\n\nADDRESSES: Office of the Secretary.\n",
        {(OTHER, "2031-03-03", False), (DEADLINE, "2031-04-14", False)},
    ),
    "an international recommendation's date inside a DATES block": (
        "DATES:\nMay 5, 2031: Posting of the Council's Recommendation of June 3, 2030, on the web site.\n",
        {(OTHER, "2031-05-05", False), (OTHER, "2030-06-03", False)},
    ),
    # --- a notice's own dates where it is laid out ----------------------------------------------------------------
    "a DATES block's effective date earlier than the notice's issue": (
        "DATES:\nEffective Date: February 9, 2031.\n\nFOR FURTHER INFORMATION CONTACT: Jane Roe.\n\n"
        "By order of the Commission.\nIssued: March 1, 2031.\n",
        {(EIF, "2031-02-09", False), (DOC, "2031-03-01", False)},
    ),
    "a narrow column's sentence read across its lines": (
        "Federal Register / Vol. 96, No. 41 / Tuesday, March 4, 2031 / Notices\n"
        "The effective date of the\ncontinuation of the order will be the\ndate of publication in the Federal\n"
        "Register of this notice.\n",
        {(PUB, "2031-03-04", False), (EIF, "2031-03-04", True)},
    ),
    "a message's time stamp dates it": (
        "CSMS # 61234567 - Update on steel duties\n\nThis information has recently been updated, and is now "
        "available.\n\n03/04/2031 10:15 AM EST\n\nTrade Policy Updates\n\nThe duty applies to goods entered on or "
        "after 12:01 a.m. eastern standard time on March 5, 2031.\n",
        {(DOC, "2031-03-04", False), (EIF, "2031-03-05", False)},
    ),
    "a table printed one cell per line": (
        "| WTO symbol |\nG/TBT/N/RUR/12 |\n| Date notice |\n14/05/2031 |\n| Notice type |\nRegular |\n",
        {(DOC, "2031-05-14", False)},
    ),
    "a date in brackets closing a database's heading line": (
        "Tribunal rulings  ||  Tax circulars  ||  Customs notifications of the week\n\n"
        "Imposition of provisional safeguard duty on imports of welded pipes (Ministry of Finance) (12 Aug 2031)\n\n"
        "No. 4/2031-Customs (SG).--In exercise of the powers conferred by section 8B of the Customs Tariff Act, "
        "1975, the Central Government hereby imposes a provisional safeguard duty on the goods.\n",
        {(DOC, "2031-08-12", False)},
    ),
    "a journal issue line with its date in brackets": (
        "Notice of rescission\n\nFederal Register Volume 96, Issue 40 (March 3, 2031)\n\nPage Range 11021-11022\n\n"
        "The Department of Commerce is rescinding the administrative review of the order on steel nails.\n",
        {(PUB, "2031-03-03", False)},
    ),
    "field labels of a Chinese notification record, dates written year first": (
        "日期:2031/03/04\n通告成员:\nRuritania\n通告发布时间:\n2031-05-06\n评议截止时间:\n2031-07-05\n",
        {(DOC, "2031-03-04", False), (DOC, "2031-05-06", False), (DEADLINE, "2031-07-05", False)},
    ),
    # --- titles, other languages, lists and tables ---------------------------------------------------------------
    "a German title names the matter before the act's own date": (
        "Verordnung über die Zollansätze für Waren aus Entwicklungsländern im Verkehr mit Partnerstaaten "
        "(ausgenommen EU- und EFTA-Staaten) (Präferenzverordnung 3)\n(Präferenzverordnung 3) ¹ vom 14. März 2029 "
        "(Stand am 1. Juli 2031)\n",
        {(DOC, "2029-03-14", False), (OTHER, "2031-07-01", False)},
    ),
    "a Norwegian regulation: its adoption line, the cited act, in force at once": (
        "Forskrift om endring av forskrift 3. mars 2011 nr. 220 om tollsatser\n\n"
        "Fastsatt av Finansdepartementet 12. juni 2031 med hjemmel i tolloven § 9-1.\n\n"
        "I\n\nSatsene i vedlegget endres.\n\nII\n\nEndringene trer i kraft straks.\n",
        {(OTHER, "2011-03-03", False), (DOC, "2031-06-12", False), (EIF, "2031-06-12", True)},
    ),
    "a start date named right after its date": (
        "Quota volumes with a 1 January start were reduced to reflect 17 March 2031 quota start date.\n",
        {(START, "2031-03-17", False)},
    ),
    "a remission's goods imported before one of two days": (
        "Remission is granted on the following conditions:\n(a)\nthe goods are imported into Canada before\n(i)\n"
        "November 3, 2031, in the case of goods referred to in Schedule 1, or\n(ii)\nFebruary 9, 2032, in the case "
        "of goods referred to in Schedule 2;\n",
        {(END, "2031-11-03", False), (END, "2032-02-09", False)},
    ),
    "a table printed one cell per line: the header above the date's column": (
        "The table below lists the goods subject to duty.\n\nGoods\n\nInstruction\n\nDate duties cease\n\n"
        "Steel nails from Ruritania\n\nI/012/AD004/001\n\n14 October 2031\n\n"
        "Wire rope from Freedonia\n\nI/012/AD007/002\n\n2 March 2032\n",
        {(END, "2031-10-14", False), (END, "2032-03-02", False)},
    ),
    "a sentence opened by 'From <date>' reads no trigger of the sentence before": (
        "The duty is suspended until 31 May 2031, when the suspension will expire.\n\n"
        "From 1 June 2031, the goods will be treated as all other goods.\n",
        {(END, "2031-05-31", False), (EIF, "2031-06-01", False)},
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_round5_date_classes(name):
    text, expected = CASES[name]
    assert typed(text, jurisdiction="US" if "CSMS" in text else None) == expected
