"""US proclamations, USTR notices, CBP messages and quota bulletins, by class (round 21 second pass, final24
3501-3509): a number corrected 'from' one heading 'to' another is two codes, no range; a moment '… onward' on its own
is the day entries count from (entry into force), 'from … onwards' an open period's start; the statute a notice's
SUMMARY names beside the duty it imposes is its legal basis (Section 301: retaliation); the practices a Section 301
title investigates ('Acts, Policies, and Practices Related to … Preferential Tariffs') are no measure of the notice;
an exemption from the tariff the same act directs is its scope, no exclusion; comments on the 'inclusion or removal'
of subheadings from an action change no nomenclature; conforming a tariff to the amended Harmonized System is a
nomenclature change; an FTA's staged reductions for originating goods are the preference, no rate change; a bulletin's
'safeguard number' is a reporting instruction, no safeguard; an origin whose goods 'continue to be subject to' a rate
of their own is affected; a proclamation's recital in which the President determines what it does for an origin's
goods names an affected origin; a duty said to be 'zero' is a 0 percent rate; a quantity that 'may be entered … at
the rate of' a duty is a quota volume. Every passage is written for these tests; each class has a passage in another
wording or jurisdiction than the final24 document's, and a near miss."""

from nlp.codes.finder import find_codes
from nlp.pipeline import analyse
from tests.fact_readers import affected, dates, measures, rates


def _codes(text: str) -> tuple[list[str], list[tuple[str, str]]]:
    codes, ranges = find_codes(text)
    return [code.code for code in codes], [(found.code_from, found.code_to) for found in ranges]


# --- codes: a number corrected from one heading to another -------------------------------------------------------


def test_a_heading_number_corrected_from_one_to_another_is_two_codes_not_a_range():
    text = "This message corrects the HTS number to be reported for these goods from 9903.04.11 to 9903.04.12.\n"
    assert _codes(text) == (["99030411", "99030412"], [])


def test_a_subheading_renumbered_from_one_to_another_is_no_range():
    text = "In the schedule, the tariff item for fresh truffles was renumbered from 0709.56.00 to 0709.59.10.\n"
    assert _codes(text)[1] == []


def test_headings_from_one_to_another_in_a_scope_stay_a_range():
    text = "Goods of Ruritania classifiable in headings from 9903.04.02 to 9903.04.71 are subject to the duty.\n"
    assert _codes(text) == ([], [("99030402", "99030471")])


def test_a_verb_cut_off_by_a_comma_does_not_undo_a_range():
    text = "The list, which changed nothing else, covers products from 0406.90.12 to 0406.90.14 inclusive.\n"
    assert _codes(text)[1] == [("04069012", "04069014")]


# --- dates: a moment 'onward' ------------------------------------------------------------------------------------


def test_entries_presented_at_a_moment_onward_count_from_the_day_it_takes_effect():
    text = (
        "All entry summaries of sugar presented with a presentation date of 12 am (midnight) March 4, 2031 onward"
        " will be granted 100 % proration of the quantity presented.\n"
    )
    assert dates(text) == [("entry_into_force", "2031-03-04")]


def test_goods_entered_on_a_day_onwards_attract_the_rate_from_that_day():
    text = "Goods entered for home consumption on 1 July 2031 onwards will attract the new rate of duty.\n"
    assert dates(text) == [("entry_into_force", "2031-07-01")]


def test_from_a_day_onwards_still_opens_a_period():
    text = "From 20 October 2031 onwards, the consignee shall report the product number as 29214200.20.\n"
    assert dates(text) == [("application_start", "2031-10-20")]


# --- measures: the SUMMARY's statute beside the duty it imposes ---------------------------------------------------

NOTICE_OF_ACTION = (
    "OFFICE OF THE UNITED STATES TRADE REPRESENTATIVE\n\n"
    "Notice of Action: Ruritania's Acts, Policies, and Practices Related to Digital Services Taxes; Preferential"
    " Tariffs\n\n"
    "AGENCY: Office of the United States Trade Representative (USTR).\n\n"
    "ACTION: Notice of Action.\n\n"
    "SUMMARY: The Trade Representative has determined under Section 301(b) of the Trade Act of 1974 that certain of"
    " Ruritania's acts, policies, and practices are actionable. The Trade Representative is taking action by"
    " imposing 30 percent tariffs on all imports of Ruritania, with certain exemptions.\n\n"
    "DATES: The additional duty applies to products entered for consumption on or after 12:01 a.m. eastern time on"
    " March 2, 2031.\n\n"
    "SUPPLEMENTARY INFORMATION:\n\n"
    "(a) The Trade Representative shall impose a tariff of 30 percent on all goods of Ruritania.\n"
    "(b) The Trade Representative shall exempt from the tariff directed in subsection (a) of this section the"
    " products identified in the Annex.\n"
    "In commenting on the inclusion or removal of particular tariff subheadings subject to the proposed action,"
    " commenters addressed whether the products are available from other sources.\n"
)


def test_section_301_in_a_summary_that_imposes_a_tariff_is_a_retaliation():
    assert measures(NOTICE_OF_ACTION) == ["retaliation"]


def test_section_338_in_a_summary_that_imposes_duties_is_a_retaliation():
    text = (
        "ACTION: Notice.\n\n"
        "SUMMARY: Pursuant to section 338 of the Tariff Act of 1930, the United States is imposing additional duties"
        " of 40 percent ad valorem on all articles the product of Freedonia.\n\n"
        "SUPPLEMENTARY INFORMATION:\n\n"
        "The President found that Freedonia discriminates against the commerce of the United States.\n"
    )
    assert "retaliation" in measures(text)


def test_section_301_named_as_what_a_summarys_duty_stacks_on_is_no_retaliation():
    text = (
        "ACTION: Proclamation.\n\n"
        "SUMMARY: The President is imposing 25 percent duties on steel articles under Section 232 of the Trade"
        " Expansion Act of 1962. These duties apply in addition to any duties under Section 301 of the Trade Act of"
        " 1974.\n\n"
        "DATES: The duties apply to goods entered on or after March 2, 2031.\n"
    )
    assert measures(text) == ["duty_rate_change"]


def test_the_practices_a_section_301_title_investigates_are_no_preference():
    assert "preference" not in measures(NOTICE_OF_ACTION)


def test_an_exemption_from_the_tariff_the_same_act_directs_is_no_exclusion():
    assert "exclusion" not in measures(NOTICE_OF_ACTION)


def test_the_products_exempted_from_the_duties_imposed_by_this_notice_are_no_exclusion():
    text = (
        "ACTION: Notice of action.\n\n"
        "SUMMARY: The additional duties of 20 percent apply to all products of Freedonia. The products listed in"
        " Annex II are exempted from the duties imposed by this notice.\n"
    )
    assert "exclusion" not in measures(text)


def test_comments_on_removing_subheadings_from_an_action_change_no_nomenclature():
    assert "nomenclature_change" not in measures(NOTICE_OF_ACTION)


# --- measures: conforming the tariff to the Harmonized System -----------------------------------------------------

HS_PROCLAMATION = (
    "NOW, THEREFORE, I, the President of the United States of America, do proclaim that:\n\n"
    "(1)  In order to modify the HTS to conform it to the Convention or any amendment thereto recommended for"
    " adoption, and to establish additional subordinate tariff categories, the HTS is modified as set forth in"
    " Annex I of Publication 9999.\n\n"
    "(2)  In order to provide for the continuation of previously proclaimed staged duty reductions in the Rates of"
    " Duty 1-Special subcolumn for originating goods of Freedonia under the Agreement that are classifiable in the"
    " provisions modified, the HTS is modified as set forth in Annex II of Publication 9999.\n"
)


def test_conforming_the_tariff_to_the_amended_convention_is_a_nomenclature_change():
    assert "nomenclature_change" in measures(HS_PROCLAMATION)


def test_giving_effect_to_the_amendments_to_the_harmonized_system_is_a_nomenclature_change():
    text = (
        "1 The schedule to the Customs Tariff is amended, in order to give effect to the amendments to the Harmonized"
        " System recommended by the World Customs Organization, by replacing the tariff items set out in the"
        " schedule to this Order.\n"
    )
    assert "nomenclature_change" in measures(text)


def test_goods_classified_under_the_harmonized_system_change_no_nomenclature():
    text = (
        "SUMMARY: Importers shall continue to classify the goods under the Harmonized System and pay the duty of"
        " 5 percent.\n"
    )
    assert "nomenclature_change" not in measures(text)


def test_staged_reductions_for_originating_goods_of_a_partner_are_no_rate_change():
    assert "duty_rate_change" not in measures(HS_PROCLAMATION)


def test_a_reduction_of_the_general_rate_is_still_a_rate_change():
    text = (
        "NOW, THEREFORE, I do proclaim that:\n\n"
        "(1)  The rates of duty for the goods of subheading 8703.23.01 are reduced to 2 percent ad valorem.\n"
    )
    assert "duty_rate_change" in measures(text)


# --- measures: a bulletin's safeguard number -----------------------------------------------------------------------


def test_the_safeguard_number_of_an_over_quota_entry_is_no_safeguard():
    text = (
        "QB 31-101 Butter\n\nRestraint Level:\n\nAggregate quantity 6,977,000 kgs.\n\n"
        "If the quota is filled, the importer may enter the goods under the high rate in combination with the"
        " safeguard number.\n"
    )
    assert measures(text) == ["tariff_quota"]


def test_a_safeguard_heading_number_reported_for_cheese_is_no_safeguard():
    text = (
        "Restraint Level:\n\nAggregate quantity 9,000,000 kgs.\n\n"
        "If the quota is filled, over-quota entries must also report the safeguard heading number of subchapter IV.\n"
    )
    assert "safeguard" not in measures(text)


# --- affected: an origin rated on its own; goods in a President's determination -----------------------------------


def test_an_origin_whose_goods_continue_to_be_subject_to_its_rate_is_affected():
    text = (
        "CSMS # 61000001 - GUIDANCE: Reciprocal Tariff Updates Effective March 2, 2031\n\n"
        "The purpose of this message is to update guidance on the additional duties due on imported merchandise.\n\n"
        "GUIDANCE\nAPPLICATION OF ADDITIONAL DUTY RATES\n\n"
        "The reciprocal tariff for goods of the European Union is dependent on the Column 1 duty rate applicable to"
        " the goods.\n\n"
        "The order does not alter or affect EO 14298, “Modifying Reciprocal Tariff Rates to Reflect Discussion With"
        " the People’s Republic of China.” Goods of China, including Hong Kong and Macau, continue to be subject to"
        " the 10% reciprocal tariff under heading 9903.01.25.\n"
    )
    assert {"CN", "HK", "MO"} <= set(affected(text))


def test_products_of_an_origin_that_remain_subject_to_a_duty_are_affected():
    text = (
        "GUIDANCE\nProducts of Brazil are subject to the additional duty of 40 percent under heading 9903.01.77.\n"
        "Products of India remain subject to a 25 percent additional duty under heading 9903.01.84.\n"
    )
    assert "IN" in affected(text)


def test_an_origin_not_subject_to_the_rate_is_not_affected():
    text = (
        "GUIDANCE\nThe reciprocal tariff for goods of Freedonia is 15 percent under heading 9903.02.20.\n"
        "Goods of Mexico are not subject to the 10% reciprocal tariff under heading 9903.01.25.\n"
    )
    assert "MX" not in affected(text)


DETERMINATION = (
    "A PROCLAMATION\n\n"
    "1.  In Proclamation 7001, the President determined that it was necessary to provide duty-free access for"
    " specified quantities of certain agricultural products of Israel.\n\n"
    "2.  I have determined that it is necessary to provide duty-free access through the close of December 31, 2031,"
    " for specified quantities of certain agricultural products of Jordan.  I have also determined that a technical"
    " correction to general note 25 to the HTS is necessary to provide for the intended tariff treatment to"
    " originating goods of Singapore.\n\n"
    "NOW, THEREFORE, I, the President of the United States of America, do proclaim that:\n\n"
    "(1)  The HTS is modified as set forth in Annex I to this proclamation.\n"
)


def test_goods_of_an_origin_in_the_presidents_determination_are_affected():
    assert {"JO", "SG"} <= set(affected(DETERMINATION))


def test_goods_of_an_origin_in_a_past_presidents_determination_are_not():
    assert "IL" not in affected(DETERMINATION)


# --- rates: a duty said to be zero ---------------------------------------------------------------------------------


def test_a_tariff_said_to_be_zero_is_a_zero_rate():
    text = (
        "For a product of Freedonia with a Column 1 duty rate of 15 percent or more, the additional reciprocal tariff"
        " is zero (0). Use heading 9903.02.79.\n"
    )
    assert 0 in [value for value, _, _ in rates(text)]


def test_a_surcharge_that_shall_be_zero_is_a_zero_rate():
    text = "For goods of Freedonia entered under the agreement, the surcharge shall be zero from 1 March 2031.\n"
    assert [value for value, _, _ in rates(text)] == [0]


def test_a_quota_balance_of_zero_is_no_rate():
    text = "The balance of the quota is zero and no further entries will be accepted at the in-quota rate.\n"
    assert rates(text) == []


# --- quotas: a quantity that may be entered at the in-quota rate ---------------------------------------------------


def _volumes(text: str) -> list[tuple[float, str]]:
    return [(quota.amount, quota.unit) for quota in analyse(text)._.quotas]


def test_a_quantity_that_may_be_entered_at_a_rate_is_a_quota_volume():
    text = (
        "Tuna in airtight containers, Calendar Year 2031\n\nIt has been determined that 15,100,000 kilograms of tuna in airtight containers may be"
        " entered, or withdrawn from warehouse, for consumption at the rate of 6.0 percent ad valorem during"
        " Calendar Year 2031.\n"
    )
    assert _volumes(text) == [(15100000, "kg")]


def test_metric_tons_that_may_be_entered_at_a_reduced_rate_are_a_quota_volume():
    text = "Up to 2,500 metric tons of raw cane sugar may be entered at a reduced rate of duty of 0.5 cents per kg.\n"
    assert [amount for amount, _ in _volumes(text)] == [2500]


def test_a_package_weight_that_may_be_entered_at_a_rate_is_no_quota():
    text = "Packages weighing 5 kilograms may be entered at the rate of 6.0 percent ad valorem.\n"
    assert _volumes(text) == []
