"""Classes of misses read on eval/heldout/final6: measure types, countries and rates (codes, identifiers and
titles: tests/test_final6_classes.py), each pinned on passages written for these tests: other goods, numbers,
countries and wording."""

from nlp.pipeline import analyse
from tests.test_final6_classes import facts

# --- countries and measures of a trade tribunal's order -----------------------------------------------------


def test_an_origin_phrase_after_excluded_products_names_the_targeted_countries():
    text = (
        "ORDER\n\nThe Canadian International Trade Tribunal, pursuant to subsection 76.03(3) of the Special Import "
        "Measures Act, has conducted an expiry review of its finding concerning the dumping of welded steel pipe, "
        "excluding galvanized pipe and stainless products, originating in or exported from the Republic of Korea "
        "and the Kingdom of Thailand and the subsidizing of the aforementioned goods originating in or exported "
        "from India.\n"
    )
    found = facts(text, "CA")
    assert (found["measures"], found["affected"]) == ({"anti_dumping", "countervailing"}, {"KR", "TH", "IN"})


def test_goods_other_than_those_originating_in_a_country_leave_it_out():
    text = (
        "ORDER\n\nThe Tribunal hereby continues its finding concerning the dumping of steel wire from all "
        "countries, other than goods originating in Mexico.\n"
    )
    assert facts(text, "CA")["affected"] == set()


# --- measures: what a notice acts on, not what it cites or stacks on -------------------------------------


def test_extending_product_exclusions_from_a_retaliatory_duty_acts_on_the_exclusions_only():
    text = (
        "Cargo Systems Messaging Service\nCSMS # 70000123 - GUIDANCE: Extension of Section 301 Product Exclusions\n"
        "The purpose of this message is to provide guidance on the extension of 41 product exclusions from Section "
        "301 duties on imports of goods of Ruritania through March 31, 2032.\n"
    )
    assert facts(text, "US")["measures"] == {"exclusion"}


def test_duties_an_additional_duty_stacks_on_are_context():
    text = (
        "Cargo Systems Messaging Service\nCSMS # 70000456 - GUIDANCE – Additional Duties on Imports from Ruritania\n"
        "For goods that are products of Ruritania, entered on or after June 2, 2032, an additional ad valorem rate "
        "of duty of 15% applies. The additional duty applies in addition to the duties imposed by earlier orders, "
        "as well as all other applicable duties (including antidumping and countervailing duties), taxes and fees.\n"
    )
    assert facts(text, "US")["measures"] == {"duty_rate_change"}


def test_the_cbsa_customs_act_boilerplate_names_no_countervailing_measure():
    text = (
        "Ottawa, March 3, 2032\n\nThe Canada Border Services Agency today made a final determination of dumping "
        "in respect of certain steel racks originating in or exported from Ruritania.\n"
        "The Customs Act applies, with any modifications that the circumstances require, with respect to the "
        "accounting and payment of anti-dumping and countervailing duty.\n"
    )
    assert facts(text, "CA")["measures"] == {"anti_dumping"}


def test_an_earlier_order_recounted_and_cited_by_title_is_not_what_a_memorandum_does():
    text = (
        "MEMORANDUM FOR THE SECRETARY OF COMMERCE\n\nSUBJECT: Clarifying Exceptions for Medicines\n\n"
        "In Executive Order 15010 of May 5, 2032 (Imposing Reciprocal Tariffs on Trading Partners), I declared a "
        "national emergency and imposed additional ad valorem duties. The Executive Order of May 9, 2032 (Answering "
        "Trading Partner Retaliation) incorporated its exceptions.\n\nThe HTSUS shall be modified to list the "
        "products of heading 3004 as excepted from the ad valorem duties imposed under Executive Order 15010.\n"
    )
    assert facts(text, "US")["measures"] == {"exclusion"}


def test_a_pakistani_regulatory_duty_levied_at_table_rates_is_a_duty_rate_change():
    text = (
        "NOTIFICATION (CUSTOMS) S.R.O. 88(I)/2032.- In exercise of the powers conferred by section 18 of the Customs "
        "Act, 1969, the Board is pleased to levy regulatory duty on import of goods specified in column (3) of the "
        "Table below at the rates specified in column (4) thereof.\n"
    )
    assert facts(text, "PK")["measures"] == {"duty_rate_change"}


def test_a_code_figure_substituted_in_an_amended_table_is_a_nomenclature_change():
    text = (
        "In exercise of the powers conferred by section 19 of the Customs Act, 1969, the Federal Government is "
        "pleased to direct that the following amendments shall be made in its Notification No. S.R.O. 12(I)/2030, "
        "namely:- in the Table, against S. No. 7, in column (2), for the figure “850440”, the figure “8504.4090” "
        "shall be substituted.\n"
    )
    assert facts(text, "PK")["measures"] == {"nomenclature_change"}


def test_a_cbsa_initiation_of_injurious_dumping_and_subsidizing_is_both_measures():
    text = (
        "CANADA BORDER SERVICES AGENCY\n\nSPECIAL IMPORT MEASURES ACT\n\nCertain steel grating — Decision\n\n"
        "On May 2, 2032, pursuant to subsection 31(1) of the Special Import Measures Act, the Canada Border Services "
        "Agency initiated investigations into the alleged injurious dumping and subsidizing of certain steel grating "
        "from Ruritania.\n"
    )
    assert facts(text, "CA")["measures"] == {"anti_dumping", "countervailing"}


def test_a_regulation_suspending_customs_duties_named_in_its_title_is_a_duty_suspension():
    text = (
        "COUNCIL REGULATION (EU) 2032/88 of 3 March 2032 amending Regulation (EU) 2030/12 suspending the Common "
        "Customs Tariff duties on certain industrial products\n\nTHE COUNCIL OF THE EUROPEAN UNION,\n"
    )
    assert facts(text, "EU")["measures"] == {"duty_suspension"}


def test_a_record_numbered_with_an_sps_notification_symbol_is_an_sps_measure():
    text = (
        "| WTO code |\nG/SPS/N/XYZ/77 |\n| Notice type |\nRegular |\n| Title |\nDraft standard for dried "
        "mangoes |\n| Product |\nDried mangoes |\n"
    )
    assert facts(text, "WTO")["measures"] == {"sps_tbt"}


def test_a_stop_press_item_list_names_its_licensing_sps_and_exemption_review_measures():
    text = (
        "UK trade remedies exemption review: Alpha Frames\n\nAnti-dumping duty has been suspended on certain "
        "frames imported by Alpha Frames Limited from Ruritania.\n\nCITES update\n\nUpdate to CITES measures "
        "affecting commodity code 4203100010 from 3 June 2032.\n\nFeed and food measure removal\n\nOn 9 June "
        "2032, the measure type 722 - Entry into free circulation (restriction - feed and food) measures against "
        "Ruritania will end.\n"
    )
    assert facts(text, "GB")["measures"] == {"anti_dumping", "exclusion", "licensing", "sps_tbt"}


def test_new_versions_of_the_rules_of_origin_and_suspensions_documents_are_those_measures():
    text = (
        "4. In the Customs (Origin of Chargeable Goods) (EU Exit) Regulations 2020, in regulation 2, in the "
        "definition of “Rules of Origin”, for “version 2.0” substitute “version 2.1”.\n"
        "5. In the Customs Tariff (Suspension of Import Duty Rates) (EU Exit) Regulations 2020, in the definition "
        "of “Suspensions of Import Duty Rates Document”, for “version 1.3” substitute “version 1.4”.\n"
    )
    assert facts(text, "GB")["measures"] == {"rules_of_origin", "duty_suspension"}


# --- affected countries: names that are no origin ------------------------------------------------------------


def test_the_uruguay_round_is_a_trade_round_not_uruguay():
    text = (
        "ACTION: Notice.\n\nSUMMARY: The Secretary of Agriculture is increasing the tariff-rate quota for "
        "refined sugar to the minimum to which the United States is committed under the Uruguay Round "
        "Agreements, effective today.\n"
    )
    assert facts(text, "US")["affected"] == set()


def test_a_pointer_to_the_full_notice_names_no_target():
    text = (
        "Anti-dumping duty has been removed on certain glass jars originating in Ruritania.\n\n"
        "For the full notice, see Trade remedies notice 2032/07: glass jars from Ruritania (including jars "
        "consigned from Thailand and Vietnam) <https://www.example.gov/notice-2032-07>\n"
    )
    assert facts(text, "GB")["affected"] == set()


def test_an_act_number_ending_with_the_union_names_no_country():
    text = (
        "From 2 May 2032, measures of type 277 apply to imports from the countries listed in Council Implementing "
        "Decision of 3 June 2031 (2031/522/EU).\n\nThis applies to the following countries:\n\n- Belize\n- Fiji\n"
    )
    assert facts(text, "GB")["affected"] == {"BZ", "FJ"}


def test_the_territorial_extent_and_a_defined_term_name_no_country():
    text = (
        "1.—(1) These Regulations may be cited as the Customs Tariff (Miscellaneous Amendments) Regulations 2032.\n"
        "(2) These Regulations extend to England and Wales, Scotland and Northern Ireland.\n"
        "2. In regulation 1(2), in the definition of “Tariff of the United Kingdom”, for “version 2.4” substitute "
        "“version 2.5”.\n"
    )
    assert facts(text, "GB")["affected"] == set()


def test_quotas_apportioned_after_a_withdrawal_target_no_origin():
    text = (
        "COMMISSION IMPLEMENTING REGULATION (EU) 2032/51 of 4 January 2032 on the apportionment of tariff rate "
        "quotas following the withdrawal of the United Kingdom from the Union\n\nArticle 1\nThe tariff rate quotas "
        "for cheese shall be apportioned between the Union and the United Kingdom as set out in the Annex.\n"
    )
    assert facts(text, "EU")["affected"] == set()


# --- rates: tables that lost their grid -----------------------------------------------------------------------


def rates(text: str, jurisdiction: str) -> list[tuple[float, str, str | None]]:
    doc = analyse(text, jurisdiction=jurisdiction)
    return [(r.value, r.unit, r.applies_to) for r in doc._.rates]


def test_rate_cells_printed_one_per_paragraph_under_a_sentence_naming_the_duty():
    text = (
        "Article 1\n\n1\n\nA definitive countervailing duty is hereby imposed on imports of steel wheels originating "
        "in Ruritania.\n\n2\n\nThe rates of the definitive countervailing duty applicable to the net, "
        "free-at-Union-frontier price shall be as follows:\n\nCompany\n\nDuty\n\nTARIC additional code\n\n"
        "Alpha Wheels Co., Ltd\n\n18,4 %\n\nC101\n\nAll other companies\n\n27,1 %\n\nC999\n\n3\n\n"
        "The duty rates of paragraph 2 apply on presentation of a valid invoice.\n"
    )
    assert [(value, unit) for value, unit, _ in rates(text, "EU")] == [(18.4, "percent"), (27.1, "percent")]


def test_figures_in_paragraphs_under_an_introduction_without_duty_words_are_no_rates():
    text = (
        "Article 1\n\nThe Commission shall publish the following shares of the quota volume:\n\nRuritania\n\n"
        "18,4 %\n\nOther countries\n\n81,6 %\n"
    )
    assert rates(text, "EU") == []


def test_rates_of_a_numbered_table_flattened_into_one_enacting_sentence():
    text = (
        "NOTIFICATION (CUSTOMS) S.R.O. 91(I)/2032.- In exercise of the powers conferred by section 18 of the Customs "
        "Act, 1969, the Board is pleased to levy regulatory duty on import of goods specified in column (3) of the "
        "Table below at the rates specified in column (4) thereof, namely: - TABLE S. No. PCT Code Description "
        "Rate of Regulatory Duty (%) (1) (2) (3) (4) 1. 08.02 Nuts, fresh or dried. 30 2. 0806.1000 Fresh grapes "
        "15 3. 2009.1100 Orange juice, frozen 35"
    )
    assert rates(text, "PK") == [
        (30, "percent", "08.02 Nuts, fresh or dried."),
        (15, "percent", "0806.1000 Fresh grapes"),
        (35, "percent", "2009.1100 Orange juice, frozen"),
    ]
