"""Measure types, round 7 second pass of issue 15: document kinds the rules had not met. Every passage is written for
these tests (other goods, codes, dates and numbers than any eval set):
- a tariff's statistical layer amended (statistical keys, units, suffixes) and changes to the descriptions of tariff
  items or commodity codes change the nomenclature;
- a quota bulletin's labelled fields ('Quota Period:', 'Restraint Level:') state the terms of the quota it opens;
- a country designated as, or no longer, a beneficiary of a preference programme (AGOA, GSP) gains or loses a
  preference."""

from nlp.pipeline import analyse


def measures(text: str, jurisdiction: str | None = None) -> set[str]:
    return {m.type for m in analyse(text, jurisdiction=jurisdiction)._.measures}


def test_a_notice_revoking_and_substituting_statistical_keys_changes_the_nomenclature():
    text = (
        "Tariff (Statistical Requirements) Amendment Notice (No. 2) 2029\n\n"
        "Pursuant to section 10(2) of the Tariff Act 1988, the Chief Customs Officer gives the following notice.\n\n"
        "1. Title – This notice is the Tariff (Statistical Requirements) Amendment Notice (No. 2) 2029.\n"
        "2. Commencement – This notice comes into effect on 1 March 2029.\n"
        "3. Statistical keys of certain Tariff items amended – The Tariff is hereby amended by revoking the "
        "statistical key of Tariff item 0810.50.00 and substituting the statistical keys specified in the Schedule "
        "to this notice.\n\n"
        "Dated at Wellington this 12th day of February 2029.\n"
    )
    assert measures(text, "NZ") == {"nomenclature_change"}


def test_statistical_units_amended_in_the_body_change_the_nomenclature():
    text = (
        "Notice of amendment to the tariff\n\n"
        "1. With effect from 1 July 2030, the statistical units of tariff items 4407.11.10 and 4407.12.10 are "
        "amended from cubic metres to kilograms.\n"
    )
    assert measures(text, "NZ") == {"nomenclature_change"}


def test_a_consolidation_notice_on_description_changes_changes_the_nomenclature():
    text = (
        "Customs Notice 31-07: Departmental Consolidation of the Customs Tariff: Description changes\n\n"
        "1. The Agency wishes to advise of amendments to the 2031 version of the Departmental Consolidation of the "
        "Customs Tariff.\n\n"
        "2. Effective March 1, 2031, the following tariff items were subject to description changes.\n\n"
        "3. The changes to the descriptions are identified by a change bar in the left margin.\n"
    )
    assert measures(text, "CA") == {"nomenclature_change"}


def test_a_consolidation_notice_on_statistical_changes_and_units_of_measure():
    text = (
        "Customs Notice 30-19: Amendments to the Departmental Consolidation of the Customs Tariff: Statistical "
        "Changes\n\n"
        "1. The 2030-2 Tariff reflects changes to descriptions and units of measure affecting Chapter 08 and "
        "Chapter 44, effective October 1, 2030.\n"
    )
    assert measures(text, "CA") == {"nomenclature_change"}


def test_a_stop_press_on_changes_to_commodity_codes_and_duty_suspensions():
    text = (
        "Tariff Stop Press Notice - 3 June 2030\n\n"
        "Includes upcoming changes to commodity codes, and duty suspension updates.\n\n"
        "Revised descriptions to commodity codes\n\n"
        "The following commodity code descriptions will be on the tariff from 4 June 2030:\n\n"
        "Commodity | Description\n"
        "8507600012 | Lithium-ion cells of a capacity of 50 Ah or more\n\n"
        "Amendments to duty suspensions\n\n"
        "Amendments to apply duty suspensions have been made on the following commodity codes:\n\n"
        "- 8507600012\n"
    )
    assert measures(text, "GB") == {"nomenclature_change", "duty_suspension"}


def test_a_quota_bulletin_opens_its_quota_through_its_labelled_fields():
    text = (
        "COMMODITY:\n"
        "Cheese as provided for in Chapter 4, Additional U.S. Note 16, of the Harmonized Tariff Schedule.\n"
        "QUOTA PERIOD:\n"
        "January 1, 2031, through December 31, 2031\n"
        "OPENING DATE:\n"
        "Thursday, January 2, 2031\n"
        "RESTRAINT LEVEL:\n"
        "Switzerland 3,500,000 kg\n"
        "REPORTING INSTRUCTIONS:\n"
        "Report in kilograms.\n"
    )
    assert measures(text, "US") == {"tariff_quota"}


def test_a_quota_period_named_in_a_sentence_that_does_not_act_opens_nothing():
    text = (
        "Guidance on the declaration of imports\n\n"
        "Importers should keep records of the goods they import. Information on the quota period of earlier years "
        "can be found on our website.\n"
    )
    assert measures(text, "US") == set()


def test_a_country_designated_as_a_beneficiary_country_gains_a_preference():
    text = (
        "A Proclamation To Take Certain Actions Under a Trade Preference Program\n\n"
        "NOW, THEREFORE, I, the President of the United States of America, do proclaim that:\n\n"
        "     (1)  Ruritania is designated as a beneficiary developing country for purposes of section 502 of the "
        "Trade Act.\n\n"
        "     (2)  The designation of Freedonia as a beneficiary sub-Saharan African country is terminated, "
        "effective January 1, 2032.\n"
    )
    assert measures(text, "US") == {"preference"}


def test_third_country_duty_rate_updates_beside_preferential_rates_are_a_rate_change():
    text = (
        "Tariff notice 14 August 2031\n\n"
        "Third country (MFN) duty rate updates\n\n"
        "Commodity code | Third country (MFN) duty rate\n"
        "8708991090 | 3.50%\n\n"
        "Preferential tariff rates for Ruritania have also been updated:\n\n"
        "Commodity | Preferential tariff\n"
        "8708991090 | 0.00%\n"
    )
    assert measures(text, "GB") == {"duty_rate_change", "preference"}


def test_an_exemption_from_dumping_and_countervailing_duties_is_an_exclusion_from_both():
    text = (
        "Ministerial Exemption Instrument No. 4 of 2031\n\n"
        "Customs Tariff (Anti-Dumping) Act 1975\n\n"
        "Under subsections 8(7) and 10(8) of the Customs Tariff (Anti-Dumping) Act 1975, I hereby grant the goods "
        "described below an exemption from dumping duties and countervailing duties.\n\n"
        "Dated this 2nd day of June 2031\n"
    )
    assert measures(text, "AU") == {"exclusion", "anti_dumping", "countervailing"}


def test_a_numbered_rebate_item_reviewed_and_rates_substituted_in_a_column():
    text = (
        "Tariff Amendments 2031\n\n"
        "GG 61234 R.7001\n\n"
        "Amendment to Part 1 of Schedule No. 3, reviewing rebate item 316.05/8415.10/01.00 so that the rebate is "
        "phased out over two years.\n\n"
        "GG 61240 R.7010\n\n"
        "Amendment to Part 1 of Schedule No. 1, by the substitution of the rates of duty in the column headed "
        "“General” for subheading 8516.60.10 from 20% to 15%.\n"
    )
    assert measures(text, "ZA") == {"duty_suspension", "duty_rate_change"}


def test_a_proclamation_implementing_an_agreement_and_amending_its_rules_of_origin():
    text = (
        "To Implement the United States-Ruritania Free Trade Agreement and for Other Purposes\n\n"
        "1.  Section 201 of the United States-Ruritania Free Trade Agreement Implementation Act authorizes the "
        "President to proclaim such modifications of any duty as are necessary to carry out the Agreement.\n\n"
        "NOW, THEREFORE, I, the President of the United States of America, including section 201 of the "
        "United States-Ruritania Free Trade Agreement Implementation Act, do proclaim that:\n\n"
        "(1)  In order to make the technical rectifications to the HTSUS described in paragraph 1, the HTSUS is "
        "modified as set forth in the Annex to this proclamation.\n\n"
        "ANNEX\n\n"
        "A.  Tariff classification rule 4 to chapter 84 in general note 41 of the HTSUS is modified by deleting "
        "“8413.70” and by inserting “8413.81” in lieu thereof.\n"
    )
    # section 201 of the agreement's Implementation Act is no safeguard basis; 'In order to make the technical
    # rectifications' is a nomenclature change (round 20 residual classes: final10 1001, final12 1210, read20-na 2907)
    assert measures(text, "US") == {"preference", "nomenclature_change", "rules_of_origin"}


def test_the_rebate_items_column_of_an_anti_dumping_table_is_no_duty_suspension():
    text = (
        "Amendment to Part 2 of Schedule No. 2, by the insertion of the following anti-dumping duty:\n\n"
        "Tariff Subheading | Description | Imported from or originating in | Rebate Items | Rate of anti-dumping duty\n"
        "7019.12 | Glass fibre rovings | “Produced by Ruritania Fibre Works Ltd.” Rebate Items 301.00-399.00; "
        "401.00-499.00 | 31.4%\n"
    )
    assert measures(text, "ZA") == {"anti_dumping"}


def test_an_agreed_quantity_added_to_a_us_notes_quantity_column_sets_a_quota_volume():
    text = (
        "ANNEX\n\n"
        "Effective with respect to eligible goods of Ruritania entered for consumption on or after January 1, 2033, "
        "subchapter X of chapter 99 of the HTSUS is hereby modified as follows:\n\n"
        "1.  U.S. note 2 to such subchapter is modified by adding at the end of the “Applicable time period” column "
        "in the table “Calendar year 2033” and by adding at the end of the “Quantity (kg)” column opposite such year "
        "the quantity “812,000”.\n"
    )
    assert measures(text, "US") == {"tariff_quota"}
