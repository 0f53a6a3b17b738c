"""Typed dates, round 8 second pass: the families final11's misses showed (the Official Journal's act-by-act
masthead, a consolidated remission order's conditions with their item markers on lines of their own). Every passage
is written for these tests, in other words, numbers and products than any eval set."""

import pytest

from tests.test_dates_families import DOC, EIF, END, OTHER, PUB, START, typed

REG = "registration"

CASES = {
    # --- the Official Journal's L series since October 2023: one act per issue, its number and day under the name --
    "an act-by-act journal masthead: publication, and the day after it": (
        "Official Journal of the European Union | EN L series\n2036/881 | 14.3.2036\n\n"
        "COUNCIL REGULATION (EU) 2036/881\nof 10 March 2036\namending Regulation (EU) 2033/77 suspending the "
        "autonomous duties on certain industrial products\n\nTHE COUNCIL OF THE EUROPEAN UNION,\n\n"
        "HAS ADOPTED THIS REGULATION:\n\nArticle 1\n\nThe Annex to Regulation (EU) 2033/77 is amended.\n\nArticle 2\n\n"
        "This Regulation shall enter into force on the day following that of its publication in the Official "
        "Journal of the European Union.\n\nDone at Brussels, 10 March 2036.\n",
        {(PUB, "2036-03-14", False), (DOC, "2036-03-10", False), (EIF, "2036-03-15", True)},
    ),
    "a table row of an act's number and date under no journal name stays unread": (
        "Acts amended in the period\n\nNumber | Date\n2034/556 | 2.6.2034\n2034/901 | 19.9.2034\n",
        {(OTHER, "2034-06-02", False), (OTHER, "2034-09-19", False)},
    ),
    # --- a remission order as a consolidation prints it: each item's marker "(a)" on a line of its own --------------
    "a remission's importation period, to the day before the order comes into force": (
        "SOR/2036-51\nRegistration 2036-04-08\nOrder Remitting the Surtax on Certain Copper Wire\n"
        "P.C. 2036-310 2036-04-07\nRemission\n1\nRemission is granted of the surtax paid on copper wire originating "
        "in Peru.\nConditions\n2\nThe remission is granted if\n(a)\nthe goods were imported into Canada on or after "
        "November 3, 2035 and before the day on which this Order comes into force;\n(b)\nthe importer claims it "
        "in writing.\nComing into force\n3\nThis Order comes into force on April 10, 2036.\n",
        {
            (REG, "2036-04-08", False),
            (DOC, "2036-04-07", False),
            (START, "2035-11-03", False),
            (END, "2036-04-09", True),
            (EIF, "2036-04-10", False),
        },
    ),
    # --- news stories: a ministry's release date, and what applied before or applies now --------------------------
    "a press release headed by its date, the year glued to the comma": (
        "Press Releases\n\nMinistry of Oceans and Fisheries\n\nNov 17,2036\n\nThe trade commission held its 540th "
        "meeting on Friday, November 14, 2036, and recommended a five-year anti-dumping duty of 9.75 percent on "
        "aluminium foil from Thailand. Currently, provisional duties of 6.1 to 9.75 percent are in effect for the "
        "foil (from June 2, 2036 to January 1, 2037).\n",
        {
            (PUB, "2036-11-17", False),
            (OTHER, "2036-11-14", False),
            (OTHER, "2036-06-02", False),
            (OTHER, "2037-01-01", False),
        },
    ),
    "a news story's note on the rate already applied before": (
        "EAEU exempts cellulose pulp from import duty\n\nThe Council of the Eurasian Economic Commission zeroed the "
        "import duty on bleached pulp for one year.\n\nThe decision shall come into effect after 30 calendar days "
        "have elapsed from the date of its official publication.\n\nFor reference\n\nUnder Decision No. 17 of the EEC Council "
        "dated March 9, 2035, a zero rate was already applied to the pulp from April 1, 2035 up to and including "
        "March 31, 2036.\n",
        {(OTHER, "2035-03-09", False), (OTHER, "2035-04-01", False), (OTHER, "2036-03-31", False)},
    ),
    # --- a WTO database record as its web page prints it: "- Term" / "-" / value ------------------------------------
    "a QR record: the notification it came in, and its version's validity": (
        "Japan #4470 (v.3)\nBase data\n- Notified in\n-\nG/MA/QR/N/JPN/4 02/11/2035\n- Version validity\n-\n"
        "01/04/2034 -\n31/03/2039\n- Reporting member\n- Japan\n- In force from\n- General description\n-\n"
        "Import approval for certain ozone-depleting refrigerants\n",
        {(OTHER, "2035-11-02", False), (START, "2034-04-01", False), (END, "2039-03-31", False)},
    ),
    "a WTO document's own symbol and date stay its date": (
        "G/MA/QR/N/JPN/4 02/11/2035\n(35-7781)\n\nCommittee on Market Access\n\nNOTIFICATION OF QUANTITATIVE "
        "RESTRICTIONS\n\nThe following notification is submitted by Japan.\n",
        {(DOC, "2035-11-02", False)},
    ),
    # --- fields, items and dates as other sites print them ----------------------------------------------------------
    "a quota bulletin's fields headed in capitals": (
        "Man-made fibre trousers of chapter 62 assembled in a partner country\nQUOTA PERIOD\nJanuary 1, 2037, through "
        "December 31, 2037\nOPENING DATE\nFriday January 2, 2037\nRESTRAINT LEVELS\nProduct | Overall Limits\n",
        {(START, "2037-01-01", False), (END, "2037-12-31", False), (EIF, "2037-01-02", False)},
    ),
    "an announcement's numbered item: the adjusted version enters into force": (
        "To the General Administration of Customs:\n\nThe State Council has approved the adjustment of the rates "
        "on postal articles, as follows:\n\n1. The table of rates has been adjusted as the annex hereto;\n2. The "
        "adjusted version shall enter into force as from 11 May 2037;\n3. The old version shall be repealed.\n",
        {(EIF, "2037-05-11", False)},
    ),
    "a register's version date stays the register's": (
        "This is the version of this document from 4 June 2037.\n\nThe Minister makes the following instrument.\n",
        {(OTHER, "2037-06-04", False)},
    ),
    "an Indian notification's place and date, the year glued to the comma": (
        "Notification No. 61/2037-Customs\n\nNew Delhi, the 22nd August,2037\n\nG.S.R. 811(E). – In exercise of "
        "the powers conferred by section 25 of the Customs Act, 1962, the Central Government hereby exempts crude "
        "sunflower oil from so much of the duty as is in excess of 5 per cent.\n",
        {(DOC, "2037-08-22", False)},
    ),
    # --- dates of steps beside the measure's own ---------------------------------------------------------------------
    "a refund window for duties paid in excess beside the act's own period": (
        "Article 3\n\n1. This Regulation shall apply from 1 March 2036 to 28 February 2041.\n\n2. At the request of "
        "the importers concerned, the customs authorities shall reimburse any duties paid in excess of those "
        "applicable under this Regulation for imports between 1 March 2036 and 9 June 2036.\n",
        {
            (START, "2036-03-01", False),
            (END, "2041-02-28", False),
            (OTHER, "2036-03-01", False),
            (OTHER, "2036-06-09", False),
        },
    ),
    "a case page's timetable: the statement of essential facts is no comment deadline": (
        "Key Dates | | | |\n---|---|---|---|\nInitiation Date | 3 March 2036 | | \n"
        "SEF* no later than | 30 June 2036 | SEF submissions due | 20 days after publication of SEF\n"
        "Final report to the Minister no later than | 14 August 2036 | | \n\nContact the case team by e-mail.\n",
        {(OTHER, "2036-03-03", False), (OTHER, "2036-06-30", False), (OTHER, "2036-08-14", False)},
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_round8b_date_classes(name):
    text, expected = CASES[name]
    assert typed(text) == expected
