"""US presidential orders and Federal Register notices, round 4: the classes fresh real documents showed
(hard-wrapped section captions, another party's retaliation, restated duty periods of earlier orders, an
order's numbered background section, retroactive application, duties that merely continue to apply). Every
passage is written for these tests (other goods, numbers and dates), none is taken from an eval set."""

from nlp.dates.extract import extract_dates
from nlp.pipeline import analyse

ORDER_OPENING = (
    "ADJUSTING DUTIES ON WIDGETS TO REFLECT PARTNER RETALIATION\n\n"
    "Acting under the International Emergency Economic Powers Act (50 U.S.C. 1701 et seq.) and the other\n"
    "powers the Constitution gives the President, I order:\n\n"
)


def typed(text: str, published: str | None = None) -> set[tuple[str, str]]:
    return {(d.type, d.date) for d in extract_dates(text, published, "US")}


def measure_types(text: str) -> set[str]:
    return {m.type for m in analyse(text, jurisdiction="US")._.measures}


# --- measure types ----------------------------------------------------------------------------------------


def test_a_caption_wrapped_over_short_lines_is_read_whole():
    """'De' / 'Minimis Duty' / 'Adjustment.': the caption names a rate change, not a de minimis measure."""
    text = ORDER_OPENING + (
        "Sec.\n2.\nDe\nMinimis Duty\nAdjustment.  I also deem it necessary and appropriate to:\n\n"
        "(a)  increase the ad valorem rate of duty on low-value widgets from 40 percent to 55 percent.\n"
    )
    assert measure_types(text) == {"duty_rate_change"}


def test_a_trading_partners_retaliation_is_not_this_orders_measure():
    """The title and the operative part name the partner's retaliation (also across a line break): the order
    raises an IEEPA duty."""
    text = ORDER_OPENING + (
        "Sec.\n3.\nTariff Modifications.\nIn recognition of the fact that Ruritania has announced that it will\n"
        "retaliate once more, the HTSUS shall be modified as follows: the additional ad valorem rate of duty\n"
        "on widgets of Ruritania shall be raised from 20 percent to 45 percent.\n"
    )
    assert measure_types(text) == {"duty_rate_change"}


def test_duties_that_still_apply_beside_the_order_are_background():
    text = ORDER_OPENING + (
        "Sec.\n2.\nApplicability.  The additional ad valorem duties on widgets shall not be cumulative.\n"
        "(b)  An article subject to this order may still be subject to other applicable duties and fees, such\n"
        "as column 1 rates of duty and antidumping and countervailing duties.\n"
    )
    assert measure_types(text) == {"duty_rate_change"}


# --- typed dates ------------------------------------------------------------------------------------------


def test_a_restated_duty_period_of_an_earlier_order_is_history():
    """The order raises an amount that Executive Order 15001 set for a period: those are that order's dates."""
    text = (
        "(b)  increase the per parcel duty in section 4(b) of Executive Order 15001 that is in effect on or\n"
        "after 12:01 a.m. eastern daylight time on August 3, 2027, from 40 dollars to 60 dollars.\n\n"
        "Effective with respect to goods entered for consumption on or after 12:01 a.m. eastern daylight\n"
        "time on July 20, 2027, the HTSUS shall be modified as set out in the Annex.\n"
    )
    assert typed(text) == {("other", "2027-08-03"), ("entry_into_force", "2027-07-20")}


def test_an_orders_numbered_background_section_restates_earlier_orders():
    """'Section 1.' / 'Background.' runs to 'Sec. 2.': its hard-wrapped lines that start with a capital are no
    headings, and the effective date it restates belongs to the earlier order."""
    text = (
        "RAISING DUTIES ON WIDGETS\n\nBy the authority vested in me as President, I hereby order:\n\n"
        "Section 1.\n Background.  In\nExecutive Order 15001 of May 5, 2027, I found that imports of widgets\n"
        "threaten the economy. I further declared that duty-free treatment of widgets is no longer available\n"
        "Effective at 12:01 a.m. eastern daylight time on June 2, 2027.\n\n"
        "Sec. 2.\n Tariff Increase.  Effective with respect to goods entered for consumption on or after\n"
        "12:01 a.m. eastern daylight time on July 20, 2027, the additional duty shall be 30 percent.\n"
    )
    assert typed(text) == {("other", "2027-05-05"), ("other", "2027-06-02"), ("entry_into_force", "2027-07-20")}


def test_an_order_that_applies_retroactively_keeps_its_start():
    """Entries made before the order was signed: the order reaches back to them, the date stays its own."""
    text = (
        "This order shall apply retroactively to all entries of widgets made on or after February 9, 2027.\n\n"
        "THE WHITE HOUSE,\n    March 30, 2027.\n"
    )
    assert typed(text) == {("entry_into_force", "2027-02-09"), ("document_date", "2027-03-30")}


def test_a_proclamations_recitals_restate_the_earlier_proclamation():
    """Numbered recitals between 'A PROCLAMATION' and 'NOW, THEREFORE' restate the earlier proclamation's dates."""
    text = (
        "FURTHER ADJUSTING IMPORTS OF WIDGETS INTO THE UNITED STATES\n\nBY THE PRESIDENT OF THE UNITED STATES OF "
        "AMERICA\n\nA PROCLAMATION\n\n"
        "1.  In Proclamation 11020 of June 4, 2027, I imposed a duty on widgets; the duty on widget parts is set\n"
        "to go into effect on or after 12:01 a.m. eastern daylight time on August 9, 2027.\n"
        "NOW, THEREFORE, I, the President of the United States of America, do hereby proclaim as follows:\n"
        "(1)  Effective with respect to goods entered for consumption on or after 12:01 a.m. eastern daylight\n"
        "time on September 14, 2027, the duty on widget parts shall be 15 percent.\n"
    )
    assert typed(text) == {("other", "2027-06-04"), ("other", "2027-08-09"), ("entry_into_force", "2027-09-14")}


def test_recitals_without_their_closing_formula_are_not_read_as_history():
    """An excerpt that stops before 'NOW, THEREFORE': nothing says where the recitals end."""
    text = (
        "A PROCLAMATION\n\n1.  Effective with respect to goods entered for consumption on or after 12:01 a.m.\n"
        "eastern daylight time on September 14, 2027, the duty on widget parts shall be 15 percent.\n"
    )
    assert typed(text) == {("entry_into_force", "2027-09-14")}


def test_the_gpo_access_header_of_an_older_notice_is_its_publication():
    text = (
        "Final Results of Antidumping Duty Administrative Review: Widgets From Ruritania\n\n"
        "Federal Register: March 11, 2009 (Volume 74, Number 46)\n\nNotices\n\n"
        "EFFECTIVE DATE: March 11, 2009.\n"
    )
    assert typed(text) == {("publication", "2009-03-11"), ("entry_into_force", "2009-03-11")}


def test_an_administrative_review_for_the_period_is_the_period_of_review():
    text = (
        "SUMMARY: The Department is conducting an administrative review of the antidumping duty order on widgets\n"
        "from Ruritania for the period March 1, 2006 through February 28, 2007.\n"
    )
    assert typed(text) == {("other", "2006-03-01"), ("other", "2007-02-28")}


def test_de_minimis_dumping_margins_are_no_de_minimis_measure():
    text = (
        "Widgets From Ruritania: Notice of Preliminary Results of Antidumping Duty Administrative Review\n\n"
        "ACTION: Notice of preliminary results of antidumping duty administrative review.\n\n"
        "SUMMARY: We preliminarily determine that the respondent sold widgets at less than normal value. We are\n"
        "not revoking the antidumping order for it, because it has not had zero or de minimis dumping margins for\n"
        "three consecutive reviews.\n"
    )
    assert measure_types(text) == {"anti_dumping"}


def test_a_line_ending_with_a_time_abbreviation_does_not_end_the_sentence():
    """'... on or after 12:01 a.m.' / 'eastern daylight time on <date>': the clause and its trigger go on."""
    text = (
        "(2)  Effective with respect to goods entered for consumption on or after 12:01 a.m.\n"
        "eastern daylight time on October 5, 2027, the duty on widget parts shall be 15 percent.\n"
    )
    assert typed(text) == {("entry_into_force", "2027-10-05")}


def test_a_dates_block_run_into_one_line_by_a_flattened_page():
    text = (
        "Interested parties may comment on the preliminary findings. DATES: Applicable March 3, 2031.\n"
        "FOR FURTHER INFORMATION CONTACT: Office of AD/CVD Operations."
    )
    assert typed(text) == {("entry_into_force", "2031-03-03")}


# --- the notices printed before and after the document on the same page ------------------------------------

PAGE = (
    "Widgets From Thailand: Continuation of Antidumping Duty Order, 51200-51201 [2031-14002]\n"
    "Federal Register / Vol. 96, No. 120 / Tuesday, June 24, 2031 / Notices\n"
    "sunset reviews of the countervailing duty order on gadgets from Mexico. This notice is published in\n"
    "accordance with section 751(c) of the Act.\n"
    "Dated: June 17, 2031.\n"
    "Jane Roe,\nDeputy Assistant Secretary.\n"
    "[FR Doc. 2031–13977 Filed 6–23–31; 8:45 am]\nBILLING CODE 3510–DS–P\n"
    "DEPARTMENT OF COMMERCE\nInternational Trade Administration\n[A–999–801]\n"
    "Widgets From Thailand: Continuation of Antidumping Duty Order\n"
    "SUMMARY: Commerce is publishing this notice of continuation of the antidumping duty order on widgets\n"
    "from Thailand.\nDATES: Applicable June 24, 2031.\n"
)


def test_the_end_of_the_notice_printed_before_the_document_is_not_the_document():
    """Its signature date, its measure and its country belong to the earlier notice on the page."""
    doc = analyse(PAGE, jurisdiction="US")
    assert {(d.type, d.date) for d in doc._.dates} == {
        ("publication", "2031-06-24"),
        ("entry_into_force", "2031-06-24"),
    }
    assert {m.type for m in doc._.measures} == {"anti_dumping"}
    assert doc._.countries["affected"] == ["TH"]


def test_the_start_of_the_notice_printed_after_the_document_is_not_the_document():
    text = (
        "Widgets From Ruritania: Rescission of Antidumping Duty Administrative Review [2031-14010]\n"
        "SUMMARY: Commerce is rescinding the administrative review of the antidumping duty order on widgets.\n"
        "Dated: June 18, 2031.\nJane Roe,\nDeputy Assistant Secretary.\n"
        "[FR Doc. 2031–14010 Filed 6–23–31; 8:45 am]\nBILLING CODE 3510–DS–P\n"
        "DEPARTMENT OF COMMERCE\nGadgets From Freedonia: Countervailing Duty Order\n"
        "SUMMARY: Commerce is issuing a countervailing duty order on gadgets. Dated: June 19, 2031.\n"
    )
    doc = analyse(text, jurisdiction="US")
    assert {(d.type, d.date) for d in doc._.dates} == {("document_date", "2031-06-18")}
    assert {m.type for m in doc._.measures} == {"anti_dumping"}


def test_a_page_whose_own_number_is_unknown_is_read_whole():
    text = PAGE.replace(" [2031-14002]", "")
    dates = {(d.type, d.date) for d in analyse(text, jurisdiction="US")._.dates}
    assert dates == {("publication", "2031-06-24"), ("document_date", "2031-06-17"), ("entry_into_force", "2031-06-24")}


# --- an order aimed at one country's goods for another government's conduct ---------------------------------

CONDUCT_ORDER = (
    "ADDRESSING THREATS TO THE UNITED STATES BY THE GOVERNMENT OF BELARUS\n\n"
    "Acting under the International Emergency Economic Powers Act (50 U.S.C. 1701 et seq.) and the other\n"
    "powers the Constitution gives the President, I determine and order:\n\n"
    "Sec. 2.  Imposition of Tariffs.  (a)  Articles of Kazakhstan imported into the customs territory of the\n"
    "United States shall be subject to an additional ad valorem rate of duty of 15 percent.\n\n"
    "Sec. 3.  Modification Authority.  (a)  Should a foreign country retaliate against the United States in\n"
    "response to this action, I may modify this order.\n"
    "(b)  Should the Government of Belarus or a foreign country impacted by this order take significant steps\n"
    "to address the emergency, I may further modify this order.\n"
    "(c)  If the Secretary finds that another country is buying Belarus potash, the Secretary of State shall\n"
    "recommend whether I should impose an additional ad valorem rate of duty on articles of that country.\n"
)


def test_the_government_whose_conduct_the_title_names_is_not_the_origin_targeted():
    """The title names who acts; the order's operative part names whose goods pay the duty. A foreign country
    that might retaliate, a government that might align, and a recommendation still to come are no target."""
    doc = analyse(CONDUCT_ORDER, jurisdiction="US")
    assert doc._.countries["affected"] == ["KZ"]
    assert {m.type for m in doc._.measures} == {"duty_rate_change"}


def test_sugar_quota_volumes_in_tons_raw_value_also_when_the_unit_is_broken_over_two_lines():
    text = (
        "SUMMARY: The Secretary announces the establishment of the fiscal year 2032 in-quota aggregate quantity\n"
        "of raw cane sugar at 1,204,330 metric tons raw\nvalue (MTRV), and the in-quota aggregate quantity of\n"
        "refined sugar at 175,500 MTRV, and of specialty sugar at 30,000 short tons raw value.\n"
    )
    found = {(q.amount, q.unit) for q in analyse(text, jurisdiction="US")._.quotas}
    assert found == {(1204330, "tonnes raw value"), (175500, "tonnes raw value"), (30000, "short tons raw value")}


def test_the_web_editions_section_markers_and_document_number_are_not_the_title():
    text = (
        "2031-08812. Widgets From Thailand: Initiation of Countervailing Duty Investigation\n\n"
        "  • Start Preamble\n\n    AGENCY:\n\n    Enforcement and Compliance, International Trade Administration.\n\n"
        "    DATES:\n\n    Applicable May 2, 2031.\n"
    )
    title = analyse(text, jurisdiction="US")._.official_title
    assert title.text == "Widgets From Thailand: Initiation of Countervailing Duty Investigation"


def test_transshipment_schemes_are_no_anti_circumvention_measure():
    """'Circumvention' of an IEEPA duty by transshipment is not the anti-dumping circumvention of a remedy."""
    text = ORDER_OPENING + (
        "Sec. 2.  Implementation.  (a)  All articles of Mexico that are subject to the additional ad valorem\n"
        "rate of duty of 20 percent shall instead be subject to an additional ad valorem rate of duty of 30\n"
        "percent.\n"
        "Sec. 3.  Transshipment.  (b)  The Secretary shall publish every 6 months a list of countries and\n"
        "facilities used in circumvention schemes, to inform public procurement.\n"
    )
    assert measure_types(text) == {"duty_rate_change"}


def test_an_anti_circumvention_inquiry_is_still_anti_dumping():
    text = (
        "Widgets From Thailand: Initiation of Circumvention Inquiry on the Antidumping Duty Order\n\n"
        "SUMMARY: Commerce is initiating a circumvention inquiry to determine whether imports of widget parts\n"
        "completed in Thailand are circumventing the antidumping duty order on widgets from China.\n"
    )
    assert measure_types(text) == {"anti_dumping"}


def test_a_long_title_in_capitals_is_not_an_agency_line():
    text = (
        "FURTHER AMENDMENTS TO ADJUSTING IMPORTS OF WIDGETS AND WIDGET PARTS INTO THE UNITED STATES\n\n"
        "BY THE PRESIDENT OF THE UNITED STATES OF AMERICA\n\nA PROCLAMATION\n\n"
        "1.  On March 3, 2027, the Secretary of Commerce transmitted to me a report on imports of widgets.\n"
    )
    title = analyse(text, jurisdiction="US")._.official_title
    assert title.text == "FURTHER AMENDMENTS TO ADJUSTING IMPORTS OF WIDGETS AND WIDGET PARTS INTO THE UNITED STATES"


def test_a_bracketed_case_number_names_the_remedy_a_court_decision_notice_amends():
    text = (
        "Widgets From Thailand; Notice of Amended Final Results Pursuant to Court Decision\n\n"
        "DEPARTMENT OF COMMERCE\nInternational Trade Administration\n(A–549–907)\n\n"
        "SUMMARY: On May 4, 2031, the Court of International Trade sustained the remand redetermination of the\n"
        "final results of the administrative review of widgets from Thailand. The Department is now issuing its\n"
        "amended final results.\n"
    )
    assert measure_types(text) == {"anti_dumping"}


def test_an_older_document_number_with_its_e_prefix():
    """'[E7-01234]' numbers a notice of 2007; the '[FR Doc. E7-01198 Filed ...]' above it closes another."""
    text = (
        "Widgets From Thailand; Notice of Amended Final Results, 6601-6602 [E7-01234]\n\n"
        "Federal Register / Vol. 72, No. 30 / Wednesday, February 14, 2007 / Notices public inspection.\n"
        "Dated: February 6, 2007. John Doe, Executive Secretary. [FR Doc. E7–01198 Filed 2–13–07; 8:45 am]\n"
        "BILLING CODE 3510–DS–S DEPARTMENT OF COMMERCE International Trade Administration (A–549–907)\n"
        "EFFECTIVE DATE: February 14, 2007.\n"
    )
    dates = {(d.type, d.date) for d in analyse(text, jurisdiction="US")._.dates}
    assert dates == {("publication", "2007-02-14"), ("entry_into_force", "2007-02-14")}


def test_a_proposals_date_is_no_date_of_a_measure_yet():
    text = (
        "Request for Comments Concerning a Proposed Modification of Action on Widgets\n\n"
        "June 12, 2031: To be assured of consideration, submit written comments by June 12, 2031.\n\n"
        "July 1, 2031: The proposed modification would be effective on July 1, 2031.\n"
    )
    # the dated line's own heading date is left 'other'; the deadline is the comment sentence's
    assert typed(text) == {("other", "2031-06-12"), ("comment_deadline", "2031-06-12"), ("other", "2031-07-01")}


def test_the_countries_heading_the_rows_of_an_allocation_table_are_affected():
    text = (
        "QB 31-204 Refined Sugar Reallocations\nQUOTA PERIOD:\nOctober 1, 2030, through September 30, 2031\n"
        "The new restraint levels are as follows:\nRESTRAINT LEVEL:\n"
        "Mexico | ***12,400,000 | kg |\nCote d’Ivoire | *0 | kg |\nTrinidad-Tobago | **3,100,000 | kg |\n"
        "Congo | ***950,000 | kg |\n* Quantity removed\n"
    )
    assert analyse(text, jurisdiction="US")._.countries["affected"] == ["MX", "CI", "TT", "CG"]


def test_two_rows_headed_by_a_country_are_no_allocation_table():
    text = (
        "Contacts for this notice\nTelephone:\nCanada | 613 555 0142 |\nMexico | 55 5555 0199 |\n"
        "The additional duties on widgets shall be 10 percent ad valorem.\n"
    )
    assert analyse(text, jurisdiction="US")._.countries["affected"] == []
