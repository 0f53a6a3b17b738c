"""US notices, bulletins and proclamations, by class (round 22 second pass, final25 3601-3610): a section 201
safeguard named by the title of its proclamation ('To Facilitate Positive Adjustment to Competition from Imports');
imports 'allegedly subsidized' (a countervailing case named beside the dumping one); a quota bulletin opens the limits
of a preference programme, it does not act on the preference; goods described 'as specified in' a dated act (the
act's date, not the document's); a DATES block's deadline for requests to appear at a hearing (and the hearing's own
day inside that entry); a determination's opening sentence wrapped over lines is no title; an ordering clause 'effective <date>, ... is modified' that reaches back before the signature.
Each class has a passage in another wording or jurisdiction and a near miss that must not give the fact. Every passage
is written for these tests."""

from nlp.pipeline import analyse
from tests.fact_readers import dates, measures, title

# --- safeguard: the section 201 proclamation named by its title -------------------------------------------------


def test_a_quota_under_a_proclamation_to_facilitate_positive_adjustment_is_a_safeguard():
    text = (
        "QB 31-420 2031 Large Residential Washers Tariff Rate Quota\n"
        "Commodity:\n"
        "Large residential washers as specified in Presidential Proclamation 12001 of March 2, 2031.\n"
        "Quota Period:\n"
        "April 1, 2031, through March 31, 2032.\n"
        "Restraint Level:\n"
        "March 2, 2031: Presidential Proclamation 12001 “To Facilitate Positive Adjustment to Competition From Imports"
        " of Large Residential Washers” authorizes a tariff-rate quota of 1,200,000 units on washers.\n"
    )
    assert measures(text) == ["safeguard", "tariff_quota"]


def test_relief_to_make_a_positive_adjustment_to_import_competition_is_a_safeguard():
    """Another wording: the statute's own phrase in a USTR notice of the action the President takes."""
    text = (
        "Notice of Action on Imports of Quartz Surface Products\n\n"
        "SUMMARY: The President has determined to take action that will facilitate efforts by the domestic industry"
        " to make a positive adjustment to import competition, by imposing an additional duty of 20 percent ad valorem"
        " on imports of quartz surface products for a period of four years.\n"
    )
    assert "safeguard" in measures(text)


def test_a_positive_adjustment_of_a_fee_is_no_safeguard():
    """Near miss: 'positive adjustment' of something other than competition from imports."""
    text = (
        "Notice of Adjustment of the Merchandise Processing Fee\n\n"
        "SUMMARY: CBP announces a positive adjustment to the merchandise processing fee for inflation, effective"
        " October 1, 2031; the fee applies to formal entries of imported merchandise.\n"
    )
    assert "safeguard" not in measures(text)


# --- countervailing: imports allegedly subsidized ---------------------------------------------------------------


def test_imports_allegedly_subsidized_are_a_countervailing_case():
    text = (
        "The United States International Trade Commission determines, pursuant to the Tariff Act of 1930, that there"
        " is a reasonable indication that an industry in the United States is materially injured by reason of imports"
        " of glass wine bottles from Ruritania, provided for in subheading 7010.90.50 of the Harmonized Tariff Schedule"
        " of the United States, that are alleged to be sold in the United States at less than fair value and are"
        " allegedly subsidized by the government of Ruritania.\n"
    )
    assert measures(text) == ["anti_dumping", "countervailing"]


def test_goods_alleged_to_be_subsidized_are_a_countervailing_case():
    """Another wording and jurisdiction: a Canadian-style notice of an inquiry into subsidized goods alone."""
    text = (
        "NOTICE OF PRELIMINARY INJURY INQUIRY\n\n"
        "The Tribunal hereby gives notice that it has initiated a preliminary injury inquiry into whether there is"
        " evidence that discloses a reasonable indication that imports of certain steel wire shelving, originating in"
        " or exported from Ruritania and alleged to be subsidized by its government, have caused injury to the"
        " domestic industry.\n"
    )
    assert "countervailing" in measures(text)


def test_a_programme_subsidized_by_a_government_is_no_countervailing_case():
    """Near miss: a subsidy that is no allegation against imports."""
    text = (
        "Notice of Funding Availability\n\n"
        "The Department announces that crop insurance premiums for specialty crops are subsidized by the federal"
        " government at a rate of 60 percent for the 2031 crop year; applications are due by March 15, 2031.\n"
    )
    assert "countervailing" not in measures(text)


# --- a quota bulletin opens a preference programme's limits, it does not act on the preference -------------------

BULLETIN_OF_A_PROGRAMME = (
    "QB 31-137 2032 AGOA Limits\n\n"
    "COMMODITY:\n\n"
    "Qualifying apparel from designated beneficiary sub-Saharan African countries under the provisions of AGOA.\n\n"
    "QUOTA PERIOD:\n\n"
    "October 1, 2031 through September 30, 2032.\n\n"
    "RESTRAINT LEVEL:\n\n"
    "Aggregate 2,104,000,000 square meter equivalents for AGOA claims.\n\n"
    "SPECIAL INSTRUCTIONS:\n\n"
    "Apparel for which preferential tariff treatment under the AGOA is claimed requires a visa number.\n"
)


def test_a_quota_bulletin_of_a_preference_programme_acts_on_the_quota_only():
    assert measures(BULLETIN_OF_A_PROGRAMME) == ["tariff_quota"]


def test_a_trade_preference_level_bulletin_acts_on_the_quota_only():
    """Another wording: another programme's limits, its fields in title case with the value on the label's line."""
    text = (
        "QB 31-210 2031 Nicaragua Generalized System of Preferences Limits\n"
        "Commodity: Cotton and man-made fiber apparel of Nicaragua.\n"
        "Quota Period: January 1, 2031 through December 31, 2031\n"
        "Restraint Level: 100,000,000 square meter equivalents\n"
        "Reporting Instructions: Use entry type code 02.\n"
    )
    assert measures(text) == ["tariff_quota"]


def test_a_proclamation_extending_a_programme_and_its_limits_keeps_the_preference():
    """Near miss: no bulletin fields; the act extends the programme itself."""
    text = (
        "To Extend the Haiti Apparel Program\n\n"
        "(1) To provide that duty-free treatment provided under the AGOA and the tariff-rate quota for apparel of"
        " Haiti are effective through December 31, 2032, general note 16(c) of the HTSUS is modified as set forth in"
        " the Annex to this proclamation.\n"
    )
    assert "preference" in measures(text)


# --- dates: goods described 'as specified in' a dated act -------------------------------------------------------


def test_goods_as_specified_in_a_dated_proclamation_give_its_date_not_the_documents():
    text = (
        "Commodity:\n"
        "Large residential washers as specified in Presidential Proclamation 12001 of March 2, 2031.\n"
        "Quota Period for Washers:\n"
        "April 1, 2031, through March 31, 2032.\n"
        "Restraint Level:\n"
        "1,200,000 units.\n"
    )
    assert ("other", "2031-03-02") in dates(text)
    assert not [kind for kind, _ in dates(text) if kind == "document_date"]


def test_a_scope_as_defined_in_a_dated_regulation_gives_its_date_not_the_documents():
    """Another wording and jurisdiction: an EU-style quota notice's scope field."""
    text = (
        "Scope:\n"
        "Steel products as defined in Commission Implementing Regulation (EU) 2031/159 of 31 January 2031.\n"
        "Quota period:\n"
        "From 1 April 2031 to 30 June 2031.\n"
    )
    assert ("other", "2031-01-31") in dates(text)
    assert not [kind for kind, _ in dates(text) if kind == "document_date"]


def test_a_proclamation_titled_with_its_own_date_keeps_it():
    """Near miss: the act's own title and date heading the text."""
    text = (
        "Proclamation 12001 of March 2, 2031\n\n"
        "To Facilitate Positive Adjustment to Competition From Imports of Large Residential Washers\n\n"
        "By the President of the United States of America\n\nA Proclamation\n"
    )
    assert ("document_date", "2031-03-02") in dates(text)


# --- dates: a DATES block's deadline for requests to appear, and the hearing inside it ---------------------------

HEARING_NOTICE = (
    "Annual Review of Country Eligibility; Scheduling of Hearing\n\n"
    "DATES:\n\n"
    "June 6, 2031: Deadline for filing requests to appear at the June 27, 2031 public hearing, and for filing"
    " pre-hearing briefs, statements, or comments.\n\n"
    "June 27, 2031: The Subcommittee will convene a public hearing.\n\n"
    "July 11, 2031: Deadline for filing post-hearing briefs, statements, or comments.\n"
)


def test_deadlines_for_requests_to_appear_and_post_hearing_briefs_are_comment_deadlines():
    found = dates(HEARING_NOTICE)
    assert ("comment_deadline", "2031-06-06") in found
    assert ("comment_deadline", "2031-07-11") in found


def test_the_hearing_a_request_asks_to_appear_at_is_no_deadline():
    assert ("comment_deadline", "2031-06-27") not in dates(HEARING_NOTICE)


def test_a_deadline_for_notices_of_intent_to_testify_is_a_comment_deadline():
    """Another wording: a USITC-style schedule line."""
    text = "DATES:\n\nSeptember 3, 2031: Deadline for filing notices of intent to testify at the hearing.\n"
    assert dates(text) == [("comment_deadline", "2031-09-03")]


# --- dates: an ordering clause effective a day before the signature --------------------------------------------


def test_an_ordering_clause_effective_before_the_signature_reaches_back_to_its_day():
    text = (
        "A PROCLAMATION\n\n"
        "NOW, THEREFORE, I do hereby proclaim as follows:\n\n"
        "(1)  To reflect the designation of Ruritania as a beneficiary developing country for purposes of the GSP,"
        " effective January 1, 2031, general note 4(a) of the HTSUS is modified as set forth in Annex I to this"
        " proclamation.\n\n"
        "IN WITNESS WHEREOF, I have hereunto set my hand this fourth day of April, in the year of our Lord two"
        " thousand thirty-one.\n"
    )
    assert ("entry_into_force", "2031-01-01") in dates(text)


def test_an_order_effective_on_an_earlier_day_first_reaches_back_to_its_day():
    """Another wording and jurisdiction: a day-first order amending a schedule, made weeks later."""
    text = (
        "Customs Tariff (Preferential Treatment) Amendment Order\n\n"
        "1. For the purposes of the preferential tariff, effective 1 July 2031, Schedule 2 to the Order is amended by"
        " adding Ruritania.\n\n"
        "Made on 20 August 2031.\n"
    )
    assert ("entry_into_force", "2031-07-01") in dates(text)


def test_a_recital_of_an_earlier_modification_stays_history():
    """Near miss: 'was modified' restates what an earlier act did."""
    text = (
        "A PROCLAMATION\n\n"
        "1.  In Proclamation 11002, effective January 1, 2031, general note 4(a) of the HTSUS was modified to remove"
        " Ruritania.\n\n"
        "IN WITNESS WHEREOF, I have hereunto set my hand this fourth day of April, in the year of our Lord two"
        " thousand thirty-one.\n"
    )
    assert ("entry_into_force", "2031-01-01") not in dates(text)


# --- quotas: a bulletin's rows led by their tariff numbers under a header giving the unit ---------------------------


def quotas(text: str) -> list[tuple[float, str]]:
    return sorted((quota.amount, quota.unit) for quota in analyse(text)._.quotas)


def test_rows_led_by_tariff_numbers_under_an_amount_header_are_quota_volumes():
    text = (
        "QB 31-109 Ruritania Agriculture\n\n"
        "Quota Period:\n\nJanuary 1, 2031 through December 31, 2031\n\n"
        "Restraint Level\n\n"
        "HTS Type Amount (KG)\n"
        "9920.02.01 U.S. Note 3   BEEF 2,150,000\n"
        "9920.04.11 through 9920.04.14 U.S. Note 4b  Dairy 730,000\n"
        "9920.04.40 U.S. Note 5a  Dairy 310,000\n"
        "9920.04.41 U.S. Note 5b  Dairy 45,000\n"
        "9920.17.10 U.S. Note 9  Sugar 1,020,000\n"
        "Reporting Instructions:\n\nReport in kilograms.\n"
    )
    assert quotas(text) == [
        (45000, "kg"),
        (310000, "kg"),
        (730000, "kg"),
        (1020000, "kg"),
        (2150000, "kg"),
    ]


def test_rows_led_by_a_code_range_under_a_quantity_header_are_quota_volumes():
    """Another wording and jurisdiction: a tariff-quota notice's list, codes without chapter 99 numbers."""
    text = (
        "Notice of Tariff Quota Allocation for 2031\n\n"
        "The tariff quota volumes for the 2031 quota year are:\n\n"
        "Quantity (kg)\n"
        "0406.10.00 to 0406.90.99 Cheese 1,500,000\n"
        "0405.10.00 Butter 600,000\n"
    )
    assert quotas(text) == [(600000, "kg"), (1500000, "kg")]


def test_rows_led_by_tariff_numbers_under_a_rate_header_are_no_quota():
    """Near miss: the header names a duty, not a volume."""
    text = (
        "Notice of Tariff Quota Rates for 2031\n\n"
        "In-quota rates:\n\n"
        "HTS Description Rate (%)\n"
        "0406.10.00 Fresh cheese 10\n"
        "0405.10.00 Butter 12\n"
    )
    assert quotas(text) == []


# --- title: a determination's opening sentence, cut by its line break, is no title ------------------------------


def test_a_determination_opening_on_the_basis_of_the_record_has_no_title_line():
    text = (
        "On the basis of the record developed in the subject investigation, the United States\n"
        "International Trade Commission determines that there is a reasonable indication that an industry in\n"
        "the United States is materially injured by reason of imports of glass wine bottles from Ruritania.\n"
    )
    assert title(text) is None


def test_a_finding_based_on_the_evidence_gathered_has_no_title_line():
    """Another wording and jurisdiction: a tribunal's finding opening with its basis."""
    text = (
        "Based on the evidence gathered in the inquiry, the Tribunal finds that the dumping of\n"
        "certain steel wire shelving originating in Ruritania has caused injury to the domestic industry.\n"
    )
    assert title(text) is None


def test_a_heading_over_a_determination_stays_its_title():
    """Near miss: the determination's own heading, the sentence under it."""
    text = (
        "Glass Wine Bottles From Ruritania; Determination\n\n"
        "On the basis of the record developed in the subject investigation, the Commission determines that an industry"
        " in the United States is materially injured by reason of imports of glass wine bottles from Ruritania.\n"
    )
    assert title(text) == "Glass Wine Bottles From Ruritania; Determination"
