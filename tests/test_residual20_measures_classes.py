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
