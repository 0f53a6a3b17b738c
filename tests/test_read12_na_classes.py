"""US and Canadian everyday trade documents (issue 15, round 9, read12-na): the classes their misses showed. A notice's
grant that 'will apply as of' a day; a duty that 'became effective' earlier and a dated account ('On <day>, USTR
determined to modify the action by imposing …') as history, for dates, measures and rates; a CBP message saying no
such case exists; the numbers of a USITC news release, a CSMS message that a title corrects, a CSMS number opening a
line, an FR Doc line without brackets and a CBSA case code. Every passage is written for these tests."""

from nlp.pipeline import analyse
from tests.test_dates_families import END, OTHER, START, typed
from tests.test_rates_round7 import values
from tests.test_reader_r7 import read


def types(text: str, jurisdiction: str | None = "US") -> list[str]:
    return sorted(mention.type for mention in analyse(text, jurisdiction=jurisdiction)._.measures)


EXTENSION = (
    "Notice of Product Exclusion Extensions: Certain Bicycle Components\n\n"
    "AGENCY: Office of the United States Trade Representative.\n\nACTION: Notice of product exclusion extensions.\n\n"
    "SUMMARY: On March 4, 2029, the U.S. Trade Representative determined to modify the action by imposing additional"
    " duties of 15 percent ad valorem on listed goods. The additional duties on products in Tranche 2 became effective"
    " on May 6, 2029. This notice announces the determination to extend certain exclusions through June 30, 2031.\n\n"
    "DATES: The exclusion extensions announced in this notice will apply as of January 1, 2031, and extend through"
    " June 30, 2031.\n"
)


def test_what_a_notice_grants_applies_as_of_a_day_and_an_earlier_start_is_history():
    assert typed(EXTENSION) == {
        (OTHER, "2029-03-04", False),
        (OTHER, "2029-05-06", False),
        (START, "2031-01-01", False),
        (END, "2031-06-30", False),
    }


def test_the_old_expiry_an_extension_starts_from_is_no_end_of_the_act():
    text = EXTENSION.replace(
        "This notice announces", "The exclusions granted so far will expire on January 1, 2031. This notice announces"
    )
    assert typed(text) == {
        (OTHER, "2029-03-04", False),
        (OTHER, "2029-05-06", False),
        (OTHER, "2031-01-01", False),
        (START, "2031-01-01", False),
        (END, "2031-06-30", False),
    }


def test_an_end_alone_on_the_day_another_period_starts_is_kept():
    text = (
        "Notice of Quota Periods: Certain Cheeses\n\nAGENCY: Foreign Agricultural Service.\n\n"
        "SUMMARY: The first quota period will apply as of April 1, 2031. The licence issued under the previous"
        " arrangement will expire on April 1, 2031.\n"
    )
    assert typed(text) == {(START, "2031-04-01", False), (END, "2031-04-01", False)}


def test_an_exclusion_extension_acts_on_the_exclusions_only_and_restates_no_rate():
    assert types(EXTENSION) == ["exclusion"]
    assert values(EXTENSION) == []


def test_a_rate_the_notice_itself_sets_is_still_read():
    own = (
        "Notice of Modification of Action: Certain Garden Tools\n\n"
        "SUMMARY: The U.S. Trade Representative has determined to increase the additional duty on the listed goods to"
        " 35 percent ad valorem, effective August 1, 2031.\n"
    )
    assert values(own) == [(35, "percent")]


def test_a_message_saying_no_such_case_exists_names_no_measure():
    text = (
        "CSMS Message: 31-000417\n\nTitle:Reporting of the AD/CVD Entered Value Field on Entry Summaries\n"
        "Date:2031-03-02\n\nCBP reminds filers how to complete the antidumping and countervailing duty (AD/CVD) value"
        " fields when they transmit AD/CVD entry summaries.\n\nThe AD/CVD entered value in the 40-record should be used"
        " only when Commerce instructs that a value other than the appraised value applies.\n\nAt this time there is no"
        " antidumping or countervailing duty case for which Commerce has established a separate value.\n\n"
        "Please direct questions to your client representative.\n"
    )
    assert types(text) == []


def test_a_title_correcting_another_message_does_not_give_its_number():
    text = (
        "CSMS Message: 31-000522\n\nTitle:Correction to CSMS# 31-000498 – Filing of Remote Location Entries\n"
        "Date:2031-02-11\n\nThis message corrects the port code given in CSMS #31-000498.\n"
    )
    assert read(text)[1] == "CSMS Message: 31-000522"


def test_a_csms_number_opening_a_line_is_the_messages_number():
    text = (
        "Revised cash deposit instructions for aluminum ladders from Vietnam (A-552-901)\n"
        "CSMS 4417720 is a bulletin published on June 3, 2031.\n"
        "1. Commerce published the final results of its review of the order on aluminum ladders.\n"
    )
    assert read(text)[1] == "CSMS 4417720"


def test_an_fr_doc_line_without_brackets_is_the_notices_number():
    text = (
        "Certain Steel Wheels From Brazil: Final Affirmative Countervailing Duty Determination\n\n"
        "Federal Register Volume 96, Number 41 (Monday, March 3, 2031)\n\nNotices\n\n"
        "FR Doc No: 2031-04417\n\nDEPARTMENT OF COMMERCE\n"
    )
    assert read(text)[1] == "FR Doc No: 2031-04417"


def test_a_usitc_news_release_is_titled_by_its_headline_and_numbered_by_its_release():
    text = (
        "March 9, 2031\nNews Release 31-044\nInv. No(s). 701-TA-731 and 731-TA-1710 (Final)\n"
        "Contact: Press Office, 202-205-0000\n"
        "Steel Nails from Oman Injure U.S. Industry, Says USITC\n\n"
        "The U.S. International Trade Commission (USITC) today determined that a U.S. industry is materially injured"
        " by reason of imports of steel nails from Oman.\n"
    )
    assert read(text) == ("Steel Nails from Oman Injure U.S. Industry, Says USITC", "News Release 31-044")


def test_a_cbsa_case_code_heading_a_statement_of_reasons_is_its_number():
    text = (
        "WT 2031 IN\nCertain Wind Towers\nStatement of Reasons\n\nOttawa, May 2, 2031\n\n"
        "Concerning the initiation of an investigation into the dumping of certain wind towers from Spain.\n"
    )
    assert read(text, "CA")[1] == "WT 2031 IN"


def test_a_cbsa_case_code_before_the_goods_on_one_line_is_its_number():
    text = (
        "GW 2031 RI: Certain grinding wheels\nStatement of Reasons—Conclusion of a re-investigation\n\n"
        "Ottawa, June 12, 2031\n\nConcerning the conclusion of a re-investigation of the normal values of grinding"
        " wheels from Thailand.\n"
    )
    assert read(text, "CA")[1] == "GW 2031 RI"
