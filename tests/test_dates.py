"""Typed dates: every class of issue 15, on sentences written for the test, each compared as the
exact set of (type, date, derived) the extractor must return for it."""

import pytest

from nlp.dates.extract import extract_dates
from nlp.dates.finder import find_dates


def typed(text, published=None, jurisdiction=None):
    return {(d.type, d.date, d.derived) for d in extract_dates(text, published, jurisdiction)}


EIF, START, END = "entry_into_force", "application_start", "application_end"
DOC, PUB, OTHER, COMMENTS = "document_date", "publication", "other", "comment_deadline"

# (text, expected set); every date of the text is in the set, typed.
CASES = {
    # --- entry into force, however it is said (a planted bug dropping "come into effect" survived issue 16)
    "enter into force": ("The amending Order shall enter into force on 3 February 2026.", {(EIF, "2026-02-03", False)}),
    "take effect": ("The revised rates take effect on March 9, 2026.", {(EIF, "2026-03-09", False)}),
    "come into effect": ("These amendments come into effect on 1 July 2026.", {(EIF, "2026-07-01", False)}),
    "comes into force": ("The Schedule comes into force on 15 May 2026.", {(EIF, "2026-05-15", False)}),
    "comes into operation": ("This Notice comes into operation on 2 June 2026.", {(EIF, "2026-06-02", False)}),
    "effective": ("The new quota allocation is effective November 4, 2026.", {(EIF, "2026-11-04", False)}),
    "on or after": (
        "The surcharge applies to cargo entered for consumption on or after 12:01 a.m. eastern time on June 2, 2026.",
        {(EIF, "2026-06-02", False)},
    ),
    "day of month": (
        "This notification shall come into force on the 1st day of March, 2026.",
        {(EIF, "2026-03-01", False)},
    ),
    # --- application: "shall apply from" starts the application, it is not entry into force
    "shall apply from": ("Article 4 shall apply from 1 April 2026.", {(START, "2026-04-01", False)}),
    "until": ("The suspension is extended until 30 September 2026.", {(END, "2026-09-30", False)}),
    "expire": ("The tariff quota for olive oil shall expire on 31 December 2027.", {(END, "2027-12-31", False)}),
    "upto and inclusive": (
        "The safeguard duty shall be effective upto and inclusive of the 23rd April, 2031.",
        {(END, "2031-04-23", False)},
    ),
    # --- periods written as a pair in one clause, however worded
    "from to": (
        "The quota period runs from 1 July 2026 to 30 June 2027.",
        {(START, "2026-07-01", False), (END, "2027-06-30", False)},
    ),
    "commencing and ending": (
        "Licences are valid for the period commencing 1 January 2026 and ending 31 December 2026.",
        {(START, "2026-01-01", False), (END, "2026-12-31", False)},
    ),
    "between and": (
        "The reduced rate applies between 1 February 2026 and 31 July 2026.",
        {(START, "2026-02-01", False), (END, "2026-07-31", False)},
    ),
    "from until, dotted": (
        "Certificates are valid from 01.07.2026 until 30.06.2027.",
        {(START, "2026-07-01", False), (END, "2027-06-30", False)},
    ),
    "first date borrows the year": (
        "The safeguard quota for 1 April to 30 June 2026 is opened for wire rod.",
        {(START, "2026-04-01", False), (END, "2026-06-30", False)},
    ),
    "beginning on": (
        "Importers may claim relief for goods imported during the period beginning on 1 March 2026.",
        {(START, "2026-03-01", False)},
    ),
    "quota period in a table row": (
        "Order No | Quota period | Volume\n09.4321 | 1.1.2026-31.12.2026 | 5 000 t\n",
        {(START, "2026-01-01", False), (END, "2026-12-31", False)},
    ),
    "investigation period is history": (
        "The dumping investigation covered the period from 1 April 2024 to 31 March 2025 (the investigation period).",
        {(OTHER, "2024-04-01", False), (OTHER, "2025-03-31", False)},
    ),
    "review period is history": (
        "The period of review (POR) is May 1, 2024, through April 30, 2025.",
        {(OTHER, "2024-05-01", False), (OTHER, "2025-04-30", False)},
    ),
    # --- the trigger after the date, or far before it; a dated opening read with its clause's tense
    "as of, removed": (
        "As of 1 May 2026, the additional duties on these goods will be removed.",
        {(EIF, "2026-05-01", False)},
    ),
    "on, will replace": (
        "On 19 March 2026, the new scheme will replace the current one.",
        {(EIF, "2026-03-19", False)},
    ),
    "on, past event": (
        "On 2 February 2026, the Commission initiated a review of the measures.",
        {(OTHER, "2026-02-02", False)},
    ),
    "date then trigger": (
        "1 January 2027 is the date on which this Regulation enters into force.",
        {(EIF, "2027-01-01", False)},
    ),
    "trigger far before": (
        "Effective with respect to goods entered for consumption, or withdrawn from warehouse for consumption, on or "
        "after 12:01 a.m. eastern daylight time on June 2, 2026, the rate of duty is 25 percent.",
        {(EIF, "2026-06-02", False)},
    ),
    "with effect from": (
        "With effect from 1 April 2026, the following codes are deleted.",
        {(EIF, "2026-04-01", False)},
    ),
    # --- a notice's dated lead sentence: the day it was made and the day the tariff changed
    "dated lead sentence": (
        "The following changes were made to the tariff on 4 May 2026.\n\nQuotas\n\nNew quotas opened.",
        {(DOC, "2026-05-04", False), (EIF, "2026-05-04", False)},
    ),
    # --- a labelled line, in a DATES: block or a header
    "Effective Date label": (
        "DATES:\nEffective Date: June 3, 2026.\n\nFOR FURTHER INFORMATION CONTACT: Jane Roe.",
        {(EIF, "2026-06-03", False)},
    ),
    "comments in DATES block": (
        "DATES: Comments are due by July 6, 2026.\n\nADDRESSES: Submit comments online.",
        {(COMMENTS, "2026-07-06", False)},
    ),
    "bare date in DATES block": ("DATES:\nAugust 17, 2026.\n\nADDRESSES: Online.", {(EIF, "2026-08-17", False)}),
    "meeting in DATES block": (
        "DATES: The committee will meet on September 10, 2026.\n\nADDRESSES: Room 3884.",
        {(OTHER, "2026-09-10", False)},
    ),
    "hearing requests": (
        "Requests for a hearing must be filed no later than June 5, 2026.",
        {(COMMENTS, "2026-06-05", False)},
    ),
    "other deadline": (
        "Persons wishing to attend must register no later than June 5, 2026.",
        {(OTHER, "2026-06-05", False)},
    ),
    "last updated": ("Last updated 14 March 2026", {(OTHER, "2026-03-14", False)}),
    "statutory instrument header": (
        "The Customs (Tariff and Preferences) (Amendment) Regulations 2026\nMade 10th March 2026\nLaid before the "
        "House of Commons 11th March 2026\nComing into force 1st April 2026\nThe Treasury make these Regulations.",
        {(DOC, "2026-03-10", False), (OTHER, "2026-03-11", False), (EIF, "2026-04-01", False)},
    ),
    "notification's proposed dates": (
        "Proposed date of adoption: 30 June 2026\nProposed date of entry into force: 1 January 2027\n"
        "Final date for comments: 14 August 2026",
        {(OTHER, "2026-06-30", False), (EIF, "2027-01-01", False), (COMMENTS, "2026-08-14", False)},
    ),
    # --- an act's own date in its own title; the dates of the acts it cites are history
    "own title and cited acts": (
        "COMMISSION IMPLEMENTING REGULATION (EU) 2026/311\nof 9 February 2026\namending Implementing Regulation "
        "(EU) 2020/1234 of 20 July 2020 as regards tariff quotas\nTHE EUROPEAN COMMISSION,\nHaving regard to "
        "Council Regulation (EU) 2015/478 of 11 March 2015 on common rules for imports,",
        {(DOC, "2026-02-09", False), (OTHER, "2020-07-20", False), (OTHER, "2015-03-11", False)},
    ),
    # --- the Official Journal's header line is the publication; a footnote citing the Journal is not
    "OJ header": (
        "18.2.2026 | EN | Official Journal of the European Union | L 41/7\nCOMMISSION REGULATION (EU) 2026/400\n"
        "of 16 February 2026\nfixing the import quotas",
        {(PUB, "2026-02-18", False), (DOC, "2026-02-16", False)},
    ),
    "OJ footnote": ("(3) OJ L 176, 30.6.2016, p. 21.", {(OTHER, "2016-06-30", False)}),
    "FR issue header": (
        "Federal Register / Vol. 91, No. 12 / Tuesday, January 20, 2026 / Rules and Regulations",
        {(PUB, "2026-01-20", False)},
    ),
    # --- a cited earlier notice's date is not this document's publication
    "notice published earlier": (
        "On 3 March 2026, Commerce published in the Federal Register a notice of initiation (91 FR 10234).",
        {(OTHER, "2026-03-03", False)},
    ),
    "published on": ("See the preliminary results published on March 3, 2026.", {(OTHER, "2026-03-03", False)}),
    # --- signature lines in every jurisdiction's form
    "Dated:": ("Dated: May 11, 2026.", {(DOC, "2026-05-11", False)}),
    "Issued:": ("Issued: 4 March 2026", {(DOC, "2026-03-04", False)}),
    "Done at": ("Done at Luxembourg, 12 June 2026.", {(DOC, "2026-06-12", False)}),
    "Signed at": ("Signed at Ottawa, March 3, 2026.", {(DOC, "2026-03-03", False)}),
    "Dated at this day": ("Dated at Wellington this 9th day of April 2026.", {(DOC, "2026-04-09", False)}),
    "place and date line": (
        "Notification No. 14/2026-Customs (ADD)\nNew Delhi, the 2nd February, 2026\nG.S.R. 88(E).- Whereas the "
        "designated authority has concluded its review,",
        {(DOC, "2026-02-02", False)},
    ),
    "place and date inside a line": (
        "NOTIFICATION No. 21/2026-Customs (ADD) Islamabad, the 3rd April, 2026 S.R.O. 276(I)/2026.- In exercise "
        "of the powers conferred by section 19, the following amendment shall be made in Notification No. 14/12/2025-DGTR, "
        "dated the 6th June, 2025.",
        {(DOC, "2026-04-03", False), (OTHER, "2025-06-06", False)},
    ),
    "White House": (
        "the Independence of the United States.\n\nTHE WHITE HOUSE,\n    March 14, 2026.",
        {(DOC, "2026-03-14", False)},
    ),
    "in witness whereof": (
        "IN WITNESS WHEREOF, I have hereunto set my hand this fourteenth day of March, in the year of our Lord two "
        "thousand twenty-six, and of the Independence of the United States of America the two hundred fiftieth.",
        {(DOC, "2026-03-14", False)},
    ),
    "Canadian order in council": (
        "SOR/2026-41\nRegistration 2026-03-02\nP.C. 2026-180 2026-02-27\nHis Excellency the Governor General",
        {("registration", "2026-03-02", False), (DOC, "2026-02-27", False)},
    ),
    # --- French and German
    "fr entrée en vigueur": (
        "La présente décision entre en vigueur le 1er juillet 2026.",
        {(EIF, "2026-07-01", False)},
    ),
    "fr applicable": ("Elle est applicable à partir du 15 mars 2026.", {(START, "2026-03-15", False)}),
    "fr période": (
        "Il est applicable du 1er juillet 2026 au 30 juin 2027.",
        {(START, "2026-07-01", False), (END, "2027-06-30", False)},
    ),
    "fr fait à": ("Fait à Bruxelles, le 9 octobre 2026.", {(DOC, "2026-10-09", False)}),
    "de in Kraft": ("Dieser Beschluss tritt am 1. Juli 2026 in Kraft.", {(EIF, "2026-07-01", False)}),
    "de gilt ab": ("Sie gilt ab dem 1. März 2026.", {(START, "2026-03-01", False)}),
    "de Zeitraum": (
        "Die Zollkontingente werden für den Zeitraum vom 1. Juli 2026 bis zum 30. Juni 2027 eröffnet.",
        {(START, "2026-07-01", False), (END, "2027-06-30", False)},
    ),
    "de geschehen": ("Geschehen zu Brüssel am 9. Oktober 2026.", {(DOC, "2026-10-09", False)}),
    # --- a sentence that only weighs a measure sets none of its dates
    "hypothetical": (
        "The Secretary shall assess whether a duty of 30 percent starting on January 1, 2028, is warranted.",
        {(OTHER, "2028-01-01", False)},
    ),
    # --- numbers that are not dates
    "codes and bare numbers": (
        "Products of CN code 7208 10 00 and subheading 7208.10, heading 2026, 3000 tonnes in 2025.",
        set(),
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_typed_dates(name):
    text, expected = CASES[name]
    assert typed(text) == expected


# (text, published, expected): relative dates resolved against another date of the same document.
DERIVED = {
    "day before entry into force": (
        "This Regulation shall enter into force on 1 March 2026.\nRegulation (EU) 2024/100 shall apply until the day "
        "before the date of entry into force of this Regulation.",
        None,
        {(EIF, "2026-03-01", False), (END, "2026-02-28", True)},
    ),
    "days after publication": (
        "This determination takes effect 45 days after the date of publication in the Federal Register.",
        "2026-04-01",
        {(EIF, "2026-05-16", True)},
    ),
    "third day following publication": (
        "This Implementing Regulation shall enter into force on the third day following that of its publication.",
        "2026-03-10",
        {(EIF, "2026-03-13", True)},
    ),
    "comments within days": (
        "Interested parties may file written comments within 21 days of the date of publication of this notice.",
        "2026-04-01",
        {(COMMENTS, "2026-04-22", True)},
    ),
    "publication of another notice is no anchor": (
        "The initiation notice was published on 2 January 2026; parties could comment within 37 days of the date "
        "of publication of the notice of initiation.",
        "2026-04-01",
        {(OTHER, "2026-01-02", False)},
    ),
    "publication of the final results is no anchor": (
        "Commerce intends to issue assessment instructions to CBP 15 days after the publication date of the final "
        "results of this review.",
        "2026-04-01",
        set(),
    ),
    "day it is registered": (
        "Registration 2026-05-05\nThis Order comes into force on the day on which it is registered.",
        None,
        {("registration", "2026-05-05", False), (EIF, "2026-05-05", True)},
    ),
    "years after entry into force": (
        "Registration 2026-05-05\nThis Order comes into force on the day on which it is registered.\nRemission is "
        "granted for goods imported during the period ending three years after the day on which this Order comes "
        "into force.",
        None,
        {("registration", "2026-05-05", False), (EIF, "2026-05-05", True), (END, "2029-05-05", True)},
    ),
    "explicit date wins over the registration fallback": (
        "Registration 2026-05-06\nThis Order comes into force on May 8, 2026, but if it is registered after that "
        "day, it comes into force on the day on which it is registered.",
        None,
        {("registration", "2026-05-06", False), (EIF, "2026-05-08", False)},
    ),
    "days after the proclamation": (
        "IN WITNESS WHEREOF, I have hereunto set my hand this second day of March, in the year of our Lord two "
        "thousand twenty-six. The duties apply to goods entered 20 days after the date of this proclamation.",
        None,
        {(DOC, "2026-03-02", False), (EIF, "2026-03-22", True)},
    ),
    "repeal is not the end of application": (
        "This Order comes into force on June 1, 2026.\nThis Order is repealed on the fifth anniversary of the day "
        "on which it comes into force.",
        None,
        {(EIF, "2026-06-01", False), (OTHER, "2031-06-01", True)},
    ),
    "for a period of years from publication": (
        "The anti-dumping duty imposed under this notification shall be effective for a period of five years "
        "(unless revoked earlier) from the date of publication of this notification in the Official Gazette.",
        "2026-02-11",
        # (round 8: its end derived from the length, as the gold does for a stated start: final4 415)
        {(START, "2026-02-11", True), (END, "2031-02-10", True)},
    ),
    "fr vingtième jour": (
        "Le présent règlement entre en vigueur le vingtième jour suivant celui de sa publication.",
        "2026-03-02",
        {(EIF, "2026-03-22", True)},
    ),
    "de Tag nach Veröffentlichung": (
        "Diese Verordnung tritt am Tag nach ihrer Veröffentlichung im Amtsblatt der Europäischen Union in Kraft.",
        "2026-03-02",
        {(EIF, "2026-03-03", True)},
    ),
}


@pytest.mark.parametrize("name", sorted(DERIVED))
def test_derived_dates(name):
    text, published, expected = DERIVED[name]
    assert typed(text, published) == expected


def test_measure_dates_before_the_act_are_history():
    text = (
        "IN WITNESS WHEREOF, I have hereunto set my hand this ninth day of April, in the year of our Lord two "
        "thousand twenty-six. Clause 3 is amended to read: duties apply on or after 12:01 a.m. eastern time on "
        "February 4, 2019, and on or after 12:01 a.m. eastern time on May 1, 2026."
    )
    assert typed(text) == {(DOC, "2026-04-09", False), (OTHER, "2019-02-04", False), (EIF, "2026-05-01", False)}


def test_us_slashes_are_month_first():
    assert typed("Effective 04/05/2026.", jurisdiction="US") == {(EIF, "2026-04-05", False)}
    assert typed("Effective 04/05/2026.", jurisdiction="GB") == {(EIF, "2026-05-04", False)}


def test_every_mention_points_at_its_words():
    text = "Dated: May 11, 2026.\nThis Order takes effect 10 days after the date of this order."
    for mention in extract_dates(text):
        assert text[mention.start : mention.end] == mention.text
    assert typed(text) == {(DOC, "2026-05-11", False), (EIF, "2026-05-21", True)}


@pytest.mark.parametrize(
    "text,expected",
    [
        ("1 June 2026, June 2, 2026 and 3.6.2026", ["2026-06-01", "2026-06-02", "2026-06-03"]),
        ("2026-06-04 and 05/06/2026", ["2026-06-04", "2026-06-05"]),
        (
            "1er juin 2026, 2. Juni 2026, 3 de junio de 2026, 4 de junho de 2026",
            ["2026-06-01", "2026-06-02", "2026-06-03", "2026-06-04"],
        ),
        ("the 5th day of June, 2026 and the sixth day of June 2026", ["2026-06-05", "2026-06-06"]),
        ("7th of June 2026 and 8 June, 2026", ["2026-06-07", "2026-06-08"]),
        ("CN code 7208 10 00, 2026 tonnes, 12.5 %, 1 2 2026, SOR/2026-41", []),
    ],
)
def test_written_forms(text, expected):
    assert [d.date.isoformat() for d in find_dates(text)] == expected


def test_a_year_written_in_words_in_the_last_century():
    text = (
        "IN WITNESS WHEREOF, I have hereunto set my hand this ninth day of October, in the year of our Lord nineteen "
        "hundred ninety-eight, and of the Independence of the United States of America the two hundred twenty-third."
    )
    assert typed(text) == {(DOC, "1998-10-09", False)}


def test_a_period_across_new_year_starts_in_the_year_before_its_end():
    text = "The duties shall apply from 15 December to 31 January 2032."
    assert typed(text) == {(START, "2031-12-15", False), (END, "2032-01-31", False)}
    assert [(str(f.date), f.text, f.partial) for f in find_dates(text)] == [
        ("2031-12-15", "15 December", True),
        ("2032-01-31", "31 January 2032", False),
    ]


def test_a_month_after_the_last_day_of_january_is_the_last_day_of_february():
    text = "The measure takes effect 1 month after the date of publication."
    assert typed(text, "2032-01-31") == {(EIF, "2032-02-29", True)}  # a leap year
