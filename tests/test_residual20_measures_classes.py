"""Measure types: classes of misses left across the development sets at the start of round 20 (issue 15), each
pinned on a passage written for this test (none is taken from any eval set or eval-dev)."""

from nlp.pipeline import analyse


def measure_types(text: str, **kwargs) -> set[str]:
    return {m.type for m in analyse(text, **kwargs)._.measures}


# --- a statute named across a sentence does not hide the measure the sentence takes ------------------------


def test_an_ieepa_sentence_that_exempts_goods_is_a_carve_out():
    """Class: a legal-basis phrase that ran from 'IEEPA' to the sentence's last 'tariffs' swallowed the carve-out
    words inside it ('exempt from additional tariffs'), so a guidance note's exemption was lost (US CSMS and
    trade-press guidance on Section 232 actions)."""
    text = (
        "CBP Issues Section 232 Guidance on Imports of Garden Tools\n\n"
        "Garden tools entered on or after March 2, 2026 are subject to a 20% ad valorem duty under Section 232.\n\n"
        "Stacking rules\n\n"
        "  • IEEPA Exceptions: Garden tools covered under the new proclamation are exempt from additional tariffs "
        "imposed by the executive orders on Mexico and on reciprocal tariffs.\n"
    )
    assert measure_types(text, jurisdiction="US") == {"duty_rate_change", "exclusion"}


# --- goods listed in an annex taken out of a duty that goes on -------------------------------------------------


def test_products_listed_that_shall_no_longer_be_subject_to_the_duty_are_a_carve_out():
    """Class: a proclamation that keeps a Section 232 duty and lists products that 'shall no longer be subject to'
    it takes those products out of a measure that continues for the others: an exclusion beside the rate change."""
    text = (
        "Adjusting Imports of Copper Into the United States\n\n"
        "NOW, THEREFORE, I, the President of the United States of America, by the authority vested in me, "
        "including section 232 of the Trade Expansion Act of 1962, do hereby proclaim as follows:\n\n"
        "(1) The additional ad valorem duty on copper articles shall be 30 percent.\n\n"
        "(2) Effective with respect to goods entered for consumption on or after 12:01 a.m. eastern daylight time "
        "on May 4, 2026, products listed in Annex III to this proclamation shall no longer be subject to the "
        "additional ad valorem duty imposed under Proclamation 10962.\n"
    )
    assert measure_types(text, jurisdiction="US") == {"duty_rate_change", "exclusion"}


def test_an_origin_that_is_no_longer_subject_to_its_own_duty_is_no_carve_out():
    """The same words with an origin for subject end the duty on the one country it targets: no exclusion."""
    text = (
        "Modifying Duties on Imports From Freedonia\n\n"
        "By the authority vested in me as President, it is hereby ordered:\n\n"
        "Section 1. Effective on or after 12:01 a.m. eastern time on June 1, 2026, products of Freedonia shall "
        "no longer be subject to the additional ad valorem rate of duty of 20 percent imposed by Executive "
        "Order 14999.\n"
    )
    assert "exclusion" not in measure_types(text, jurisdiction="US")


# --- technical rectifications of the schedule ----------------------------------------------------------------


def test_technical_rectifications_a_proclamation_makes_to_the_schedule_change_the_nomenclature():
    """Class: a proclamation that implements a preference and, 'in order to make the modifications and technical
    rectifications to the HTSUS', changes notes, headings and references of the schedule: a nomenclature change
    beside the preference (the annual agricultural-agreement proclamations, the NAFTA corrections)."""
    text = (
        "To Implement the United States-Ruritania Agreement on Trade in Fruit and for Other Purposes\n\n"
        "NOW, THEREFORE, I, the President of the United States of America, acting under the authority vested "
        "in me, do proclaim that:\n\n"
        "(1) In order to implement tariff commitments under the Agreement, the rates of duty in the Rates of Duty "
        "1-Special subcolumn for products of Ruritania are reduced to free as set forth in Annex I.\n\n"
        "(2) In order to make the modifications and technical rectifications to the HTSUS described in "
        "paragraphs 5 through 9 of this proclamation, the HTSUS is modified as set forth in Annex II of this "
        "proclamation.\n"
    )
    assert "nomenclature_change" in measure_types(text, jurisdiction="US")


# --- a tariff concessions gazette ------------------------------------------------------------------------------


def test_a_tariff_concessions_gazette_listing_tcos_made_suspends_duties():
    """Class: the Australian Tariff Concessions Gazette lists 'TCOs Made', 'TCO Applications' and 'TCOs Revoked'
    under contents lines and section headings that name no suspension in words: Tariff Concession Orders lower
    the duty on the goods they describe to free, a duty suspension."""
    text = (
        "Commonwealth of Australia Gazette No. TC 26/07, Wednesday, 18 February 2026\n"
        "TARIFF CONCESSIONS\n"
        "CONTENTS\n"
        "TCO Applications ........ 2\n"
        "TCOs Made ........ 5\n"
        "TCOs Revoked - Unused for over 2 years ........ 9\n\n"
        "TCOs Made\n"
        "8479.89.90 LAWN AERATORS, self-propelled, having a working width of 900 mm or more "
        "Op. 02.02.26 - TC 2612345\n"
    )
    assert measure_types(text, jurisdiction="AU") == {"duty_suspension"}


# --- a quota beside a safeguard that is not the safeguard's form --------------------------------------------


def test_the_quota_of_a_partnership_agreement_listed_beside_a_safeguard_is_a_quota_of_its_own():
    """Class: a revenue service's list of tariff amendments names a steel safeguard and, in another entry, the
    revised tariff rate quota of a partnership agreement; the quota was read as the safeguard's form and dropped,
    and 'revised Tariff Rate Quota' read as a rate change."""
    text = (
        "Tariff Amendments 2026\n\n"
        "Date | Description | Implementation Date\n\n"
        "3 March 2026\n\n"
        "Amendment to Part 3 of Schedule No. 2, by the insertion of various items under item 260.07, in order to implement "
        "safeguard measures on the importation of cold-rolled steel coils classifiable under Chapter 72 at a rate "
        "of 12% (ITAC Report No. 781)\n\n"
        "With effect from 3 March 2026 up to and including 2 March 2027\n\n"
        "20 February 2026\n\n"
        "Amendment to Schedule No. 1, to implement the revised Tariff Rate Quota in terms of the Economic "
        "Partnership Agreement (SADC-EU EPA)\n\n"
        "With retrospective effect from 1 January 2026\n"
    )
    assert measure_types(text, jurisdiction="ZA") == {"safeguard", "tariff_quota"}


def test_a_safeguard_in_the_form_of_a_quota_is_still_one_measure():
    """Guard: a safeguard imposed as a tariff-rate quota names no agreement: the quota stays its form."""
    text = (
        "Notice of Safeguard Measure on Imports of Steel Wire\n\n"
        "The Minister hereby imposes a definitive safeguard measure on imports of steel wire. The safeguard "
        "measure takes the form of a tariff-rate quota on imports of steel wire from all origins.\n"
    )
    assert measure_types(text, jurisdiction="CA") == {"safeguard"}


def test_a_quota_review_by_the_trade_remedies_authority_acts_on_the_safeguard_and_its_quota():
    """Class: a trade remedies authority's 'tariff rate quota (TRQ) review' of steel product categories names the
    safeguard only through its quota: the review is of the safeguard (no other measure has such quotas there) and
    of the quota it reassesses."""
    text = (
        "The Trade Remedies Authority has announced that it has initiated a tariff rate quota (TRQ) review into "
        "products belonging to Categories 2 (Cold Rolled Sheets) and 16 (Wire Rod), after corrections to the "
        "trade statistics used to calculate the TRQs applicable to the goods.\n"
        "The TRQs on these categories were imposed from 1 July 2024.\n"
        "The review will reassess the allocation of the TRQs between countries.\n"
    )
    assert measure_types(text, jurisdiction="GB") == {"safeguard", "tariff_quota"}


# --- a program's symbol in the special rate column -------------------------------------------------------------


def test_rates_deleted_from_the_special_subcolumn_after_a_program_symbol_are_a_preference():
    """Class: a proclamation that deletes or inserts the rates of the 'Rates of Duty 1-Special' subcolumn followed
    by a program's symbol ('CA', 'MX', 'A', 'D') changes that program's preferential treatment, not the general
    rate: preference, no rate change (US free-trade and GSP proclamations)."""
    text = (
        "To Implement Tariff Modifications Under the Ruritania Free Trade Agreement\n\n"
        "NOW, THEREFORE, I, the President of the United States of America, do proclaim that:\n\n"
        "(1) Effective with respect to goods entered, or withdrawn from warehouse for consumption, on or after "
        "the dates specified in Annex I to this proclamation, the rate of duty in the HTS set forth in the Rates "
        'of Duty 1-Special subcolumn followed by the symbol "RU" for each of the HTS subheadings enumerated in '
        "Annex I shall be deleted and the rate of duty provided in Annex I inserted in lieu thereof.\n"
    )
    assert measure_types(text, jurisdiction="US") == {"preference"}
