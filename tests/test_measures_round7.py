"""Measure types, round 7 of issue 15. Every passage is written for these tests (other goods, partners, numbers
and instruments than any eval set):
- a statute that empowers any adjustment of imports (Section 232) says a rate changes only where the operative part
  names no duty measure of its own: a proclamation establishing a tariff-rate quota for one partner acts on the quota;
- a rate the act sets for one origin, or in place of another, is a rate change;
- a duty applying to goods 'from all countries except' named partners carves them out: an exclusion."""

from nlp.pipeline import analyse


def measures(text: str, jurisdiction: str | None = None) -> set[str]:
    return {m.type for m in analyse(text, jurisdiction=jurisdiction)._.measures}


ENACTING = (
    "A Proclamation on Adjusting Imports of Copper Into the United States\n\n"
    "1.  The Secretary of Commerce reported on imports of copper articles under section 232 of the Trade "
    "Expansion Act of 1962, as amended.\n\n"
    "NOW, THEREFORE, I, the President of the United States of America, by the authority vested in me by the "
    "Constitution and the laws of the United States of America, including section 232 of the Trade Expansion Act "
    "of 1962, as amended, do hereby proclaim as follows:\n\n"
)


def test_a_section_232_proclamation_establishing_a_quota_for_one_partner_acts_on_the_quota():
    text = ENACTING + (
        "(1)  To establish a tariff-rate quota on imports of copper articles from Norway, U.S. note 33 to "
        "subchapter III of chapter 99 of the HTSUS is amended as provided in the Annex to this proclamation.  "
        "Imports from Norway in excess of the in-quota volume shall remain subject to the duties imposed by clause 2 "
        "of Proclamation 11012.\n\n"
        "(2)  The modifications made by clause 1 shall be effective on or after 12:01 a.m. eastern standard time "
        "on March 1, 2031.\n"
    )
    assert measures(text, "US") == {"tariff_quota"}


def test_a_rate_the_act_sets_for_one_origin_is_a_rate_change_beside_its_quota():
    text = ENACTING + (
        "(1)  To establish a tariff-rate quota on imports of copper articles from Norway, U.S. note 33 to "
        "subchapter III of chapter 99 of the HTSUS is amended as provided in the Annex to this proclamation.\n\n"
        "(2)  Copper articles covered by clause 1 of this proclamation that are products of Belarus shall be subject "
        "to a 150 percent ad valorem rate of duty on or after March 1, 2031.\n"
    )
    assert measures(text, "US") == {"tariff_quota", "duty_rate_change"}


def test_a_rate_set_in_place_of_another_is_a_rate_change_beside_its_quota():
    text = ENACTING + (
        "(1)  I hereby establish an annual tariff-rate quota of 40,000 tonnes for copper cathodes that are "
        "products of Chile.  Copper cathodes within the quota that would otherwise be subject to a 20 percent tariff "
        "shall instead be subject to a total tariff of 5 percent.\n"
    )
    assert measures(text, "US") == {"tariff_quota", "duty_rate_change"}


def test_a_duty_from_all_countries_except_named_partners_carves_them_out():
    text = ENACTING + (
        "(1)  Clause 2 of Proclamation 11012 is amended by inserting before the period at the end: “, and (f) on "
        "or after 12:01 a.m. eastern standard time on March 1, 2031, from all countries except Chile, Peru and "
        "Zambia, for copper articles covered by headings 9903.78.01 through 9903.78.09, inclusive.”\n\n"
        "(2)  To establish a tariff-rate quota on imports of copper articles from Zambia, U.S. note 33 to "
        "subchapter III of chapter 99 of the HTSUS is amended as provided in the Annex to this proclamation.  "
        "Copper articles from Zambia held in a foreign trade zone shall count against the in-quota volume of "
        "the tariff-rate quota established in this clause.\n"
    )
    assert measures(text, "US") == {"tariff_quota", "exclusion"}


# A CBSA-style notice of consolidation amendments: rate reductions under a trade agreement are its preference;
# under a WTO plurilateral or an MFN change, a rate change. A UK-style update notice: third-country (MFN) duties
# updated are a rate change, 'non-preferential' duties no preference, and a preferential tariff quota a quota.
def test_rate_of_duty_reductions_under_a_trade_continuity_agreement_are_a_preference():
    text = (
        "Customs Notice 31-07: Amendment to the Departmental Consolidation of the Customs Tariff\n"
        "1. The Canada Border Services Agency wishes to advise of an amendment to the Departmental Consolidation.\n"
        "2. Rate of duty reductions included in the Canada-Ruritania Trade Continuity Agreement are effective "
        "January 1, 2031 and contain changes to the RUT treatment for the following tariff items:\n"
        "Tariff Item | New Rate of Duty |\n0406.10.10.00 | RUT: 4% |\n"
    )
    assert measures(text, "CA") == {"preference"}


def test_rate_of_duty_reductions_under_an_fta_and_an_mfn_change_are_both_typed():
    text = (
        "Customs Notice 31-08: Amendment to the Departmental Consolidation of the Customs Tariff\n"
        "1. The Canada Border Services Agency wishes to advise of an amendment to the Departmental Consolidation.\n"
        "2. Rate of duty reductions included in the Canada-Andean Free Trade Agreement are effective July 1, 2031 "
        "for the following tariff items:\nTariff Item | New Rate of Duty |\n0805.10.00.00 | AFT: Free |\n"
        "3. Rate of duty reductions included in the Environmental Goods Arrangement are effective July 1, 2031 and "
        "contain a change to the MFN tariff treatment for the following tariff item:\n"
        "Tariff Item | New Rate of Duty |\n8541.40.00.00 | MFN: Free |\n"
    )
    assert measures(text, "CA") == {"preference", "duty_rate_change"}


def test_updates_to_third_country_and_non_preferential_duties_are_a_rate_change_not_a_preference():
    text = (
        "Precis\n\nUpdates to third-country duties, non-preferential duties under end use, and preferential "
        "tariff quotas.\n\nUpdates to third-country duties (MFN duties)\nThe following commodity codes are updated.\n"
        "Commodity | Description\n2008991899 | Dried mango pieces\n\n"
        "Update to preferential tariff quota 057822 (Ruritania) to include the following commodity code\n"
        "Commodity | Description\n0805102200 | Blood oranges\n"
    )
    assert measures(text, "GB") == {"duty_rate_change", "tariff_quota"}


# Tariff amendments of other countries, each in its own drafting style.
def test_a_south_african_rebate_provision_created_and_a_general_rate_raised():
    text = (
        "PUBLISHER: the revenue service website\n\n"
        "  • “Amendment to Part 2 of Schedule No. 4, by the creation of a temporary rebate provision for the "
        "importation of cocoa butter, for use in the manufacture of confectionery – ITAC Report 901”. "
        "Government Gazette: 51122. R.4410\n\n"
        "  • “Amendment to Part 1 of Schedule No. 1, by the substitution of various subheadings under tariff heading 73.06, in order to "
        "increase the general rate of customs duty on welded tubes from 10% to 15% – ITAC Report 903”. "
        "Government Gazette: 51122. R.4411\n"
    )
    assert measures(text, "ZA") == {"duty_suspension", "duty_rate_change"}


def test_an_australian_proposal_altering_a_schedule_4_concessional_item():
    text = (
        "Customs Tariff Proposal (No. 4) 2031\nMotion to be moved\n"
        "1. That the Customs Tariff Act 1995 be altered as set out in Schedule 1 to this Proposal and that the "
        "alterations operate starting on 1 March 2031.\n"
        "Schedule 1—Alteration to the Customs Tariff Act 1995\n"
        "1 Schedule 4 (table item 61, column headed “Description of goods”)\n"
        "Repeal the cell, substitute: Goods, as prescribed by by-law, for use in the repair of commercial aircraft.\n"
    )
    assert measures(text, "AU") == {"duty_suspension"}


def test_an_indian_notification_amending_the_effective_rate_notification():
    text = (
        "Notification No. 71/2031-Customs\nNew Delhi, dated the 4th March, 2031\n"
        "G.S.R. 212(E).- In exercise of the powers conferred by sub-section (1) of section 25 of the Customs Act, "
        "1962 (52 of 1962), the Central Government, on being satisfied that it is necessary in the public interest "
        "so to do, hereby makes the following further amendments in the notification of the Government of India "
        "in the Ministry of Finance (Department of Revenue), No. 50/2017-Customs, dated the 30th June, 2017, "
        "namely :-\nIn the said notification, in the Table, after S. No. 402 and the entries relating thereto, the "
        "following S. No. and entries shall be inserted, namely:-\n“402A. 8802 Aircraft for flying training "
        "schools Nil”.\n"
    )
    assert measures(text, "IN") == {"duty_suspension"}


def test_a_rate_raised_under_section_301_is_that_retaliation_not_a_rate_change():
    text = (
        "Cargo Systems Messaging Service\n"
        "CSMS # 71234567 - GUIDANCE: Section 301 Tariff Modifications on Certain Products of China\n"
        "The purpose of this message is to provide guidance on the modifications made to the Section 301 action, "
        "increasing tariff rates on three subheadings of the HTSUS covering certain graphite electrodes.\n"
    )
    assert measures(text, "US") == {"retaliation"}


def test_commodity_codes_now_live_change_the_nomenclature():
    text = (
        "The Chapter 39 plastics commodity codes announced in the notice of 3rd May (https://www.example.gov.uk/"
        "news/notice-0531) are now live in the declaration service.\n\nYou will see them in the online tariff "
        "from 10 May 2031.\n"
    )
    assert measures(text, "GB") == {"nomenclature_change"}


def test_animal_disease_controls_not_required_on_some_imports_are_an_sps_carve_out():
    text = (
        "Please see today's changes to tariff:\n\nTo clarify that the import controls relating to foot-and-mouth "
        "disease (measure type 472) are not required on personal imports, there have been some changes to the "
        "declaration requirements on commodities 0401, 0402, 0406.\n"
    )
    assert measures(text, "GB") == {"exclusion", "sps_tbt"}


def test_a_safeguard_taking_the_form_of_a_quota_is_the_safeguard():
    text = (
        "A Proclamation To Continue Facilitating Positive Adjustment to Competition From Imports of Washing "
        "Machines\n\nNOW, THEREFORE, I, the President of the United States of America, do hereby proclaim:\n\n"
        "(1) The safeguard measure on washing machines is extended until February 6, 2033; the in-quota quantity "
        "of the TRQ on parts is 90,000 units in the fifth year.\n\n"
        "(2) Imports of washing machines of a capacity over 12 kg are excluded from the safeguard measure.\n"
    )
    assert measures(text, "US") == {"safeguard", "exclusion"}


def test_a_quota_the_goods_are_not_eligible_for_leaves_the_rate_change_of_a_section_232_act():
    text = ENACTING + (
        "(1)  Clause 2 of Proclamation 11012 is revised to read as follows: “(2)(a) In order to establish "
        "increases in the duty rate on imports of copper articles, subchapter III of chapter 99 of the HTSUS is "
        "modified as provided in the Annex to this proclamation.”\n\n"
        "(2)  Imports of copper articles from Ruritania are not eligible for, and shall not count against, the "
        "in-quota volume of the tariff-rate quota established by Proclamation 11020.\n"
    )
    assert measures(text, "US") == {"duty_rate_change", "tariff_quota"}
