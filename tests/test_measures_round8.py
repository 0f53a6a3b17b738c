"""Measure types, round 8 of issue 15: kinds of trade measures and drafting styles no eval set holds. Every passage is
written for these tests (other goods, codes, dates, numbers and wording than the probes and the eval sets):
- an import or export policy condition moved to 'Restricted' (India's ITC(HS)), goods importable only against an
  authorisation or 'subject to licensing', goods prohibited 'except under an import licence' are licensing;
- an export policy moved to 'Prohibited', 'it shall be prohibited to import', exports that 'shall no longer be
  permitted', a Withhold Release Order (goods 'prohibited from entry') are prohibitions;
- an FDA import alert (detention without physical examination) is a sanitary measure;
- a duty remission scheme is remission; a developing country's tariff preferences are a preference; an origin
  protocol's definition of 'originating products' and product-specific rules are rules of origin;
- statistical codes amended and subdivisions established or abolished change the nomenclature;
- drawback caps are 'other'; a rebalancing measure under the Agreement on Safeguards is no safeguard;
- a Mexican 'arancel-cupo' is a tariff quota."""

from nlp.pipeline import analyse


def measures(text: str, jurisdiction: str | None = None) -> set[str]:
    return {m.type for m in analyse(text, jurisdiction=jurisdiction)._.measures}


def test_an_import_policy_moved_from_free_to_restricted_is_licensing():
    text = (
        "DIRECTORATE GENERAL OF FOREIGN TRADE\n\nNotification No. 09/2031-32\nNew Delhi, dated the 3rd May, 2031\n\n"
        "Subject: Amendment in import policy of laptops under Chapter 84.\n\n"
        "S.O. 2210(E): In exercise of powers conferred by Section 3 of the Foreign Trade (Development & Regulation) "
        "Act, 1992, the Central Government hereby amends the import policy of laptops as under:\n\n"
        "Effect of this Notification: The import policy of laptops of tariff item 84713010 is amended from 'Free' to "
        "'Restricted' with effect from 1st June, 2031.\n"
    )
    assert measures(text, "IN") == {"licensing"}


def test_goods_importable_only_against_an_authorisation_are_licensing():
    text = (
        "Public Notice No. 12/2032\n\n"
        "1. With effect from 1 August 2032, imports of industrial drones of heading 8806 shall be permitted only "
        "against an import authorisation issued by the Directorate.\n"
    )
    assert measures(text, "IN") == {"licensing"}


def test_a_list_of_goods_subject_to_licensing_is_licensing():
    text = (
        "RESOLUTION No. 311\n\nThe Government resolves:\n\n"
        "1. The export of scrap of precious metals listed in the Annex is subject to licensing from 1 January 2033.\n"
    )
    assert measures(text) == {"licensing"}


def test_an_export_policy_moved_to_prohibited_is_a_prohibition():
    text = (
        "DIRECTORATE GENERAL OF FOREIGN TRADE\n\nNotification No. 22/2031-32\n\n"
        "S.O. 4410(E): In exercise of powers conferred by Section 3 of the Foreign Trade (Development & Regulation) "
        "Act, 1992, the Central Government hereby amends the export policy of non-basmati rice as under:\n\n"
        "Effect of this Notification: The export policy of non-basmati rice of tariff item 10063090 is amended from "
        "'Free' to 'Prohibited' with immediate effect.\n"
    )
    assert measures(text, "IN") == {"prohibition"}


def test_it_shall_be_prohibited_to_import_is_a_prohibition():
    text = (
        "Article 1\n\nIt shall be prohibited to purchase or import, directly or indirectly, liquefied natural gas "
        "of CN code 2711 11 00 originating in Ruritania from 1 March 2034.\n"
    )
    assert measures(text) == {"prohibition"}


def test_exports_no_longer_permitted_are_a_prohibition():
    text = (
        "MINISTERIAL REGULATION NUMBER 4 OF 2033\n\nArticle 1\n"
        "The exportation of raw copper concentrate of HS code 2603.00.00 shall no longer be permitted with effect "
        "from 1 January 2034.\n"
    )
    assert measures(text) == {"prohibition"}


def test_a_withhold_release_order_is_a_prohibition():
    text = (
        "CBP Issues Withhold Release Order on Gloves Made by a Ruritanian Manufacturer\n\n"
        "U.S. Customs and Border Protection issued a Withhold Release Order against disposable gloves made by "
        "Acme Gloves Sdn Bhd, effective today. Merchandise produced by forced labor is prohibited from entry "
        "into the United States.\n"
    )
    assert measures(text, "US") == {"prohibition"}


def test_an_fda_import_alert_is_a_sanitary_measure():
    text = (
        "Import Alert # 45-07\n\nImport Alert Name:\n"
        '"Detention Without Physical Examination of Dried Apricots Containing Undeclared Sulfites"\n\n'
        "Guidance:\nDistricts may detain, without physical examination, dried apricots from the firms on the Red List.\n"
    )
    assert measures(text, "US") == {"sps_tbt"}


def test_a_duty_remission_scheme_is_remission_not_a_rate_change():
    text = (
        "Legal Notice No. 61/2032\n\nAPPROVED DUTY REMISSION ON INPUTS FOR THE MANUFACTURE OF SOLAR WATER HEATERS\n\n"
        "The Council approved that inputs for the manufacture of solar water heaters shall be imported at a duty "
        "rate of 0% under the Duty Remission Scheme for one year from 1 July 2032.\n"
    )
    assert measures(text) == {"remission"}


def test_countries_no_longer_benefiting_from_tariff_preferences_is_a_preference():
    text = (
        "Amendment of the Ordinance of 2 May 2031\n\nI\n\n"
        "Annex 2: The following countries shall no longer benefit from tariff preferences from 1 January 2034: "
        "Ruritania, Freedonia.\n"
    )
    assert measures(text) == {"preference"}


def test_a_decision_on_the_definition_of_originating_products_is_rules_of_origin():
    text = (
        "DECISION No 2/2033 OF THE JOINT COMMITTEE\namending Protocol 3 concerning the definition of the concept "
        "of 'originating products'\n\nArticle 1\nThe product-specific rules for products of headings 8501 to 8504 "
        "are replaced by the rules set out in the Annex to this Decision.\n"
    )
    assert measures(text) == {"rules_of_origin"}


def test_statistical_subdivisions_established_and_abolished_change_the_nomenclature():
    text = (
        "Public Notice No. 2032-7\n\nThe statistical codes of the national tariff are amended as follows, effective "
        "1 January 2033.\n1. Ten-digit subdivisions newly established: 8541.43-1010, 8541.43-1090.\n"
        "2. Ten-digit subdivisions abolished: 8541.43-1000.\n"
    )
    assert measures(text) == {"nomenclature_change"}


def test_drawback_caps_substituted_are_other():
    text = (
        "Notification No. 12/2033-Customs (N.T.)\n\nIn the Schedule, the following entries shall be substituted:\n\n"
        "Tariff Item | Description | Unit | Drawback (%) | Drawback cap per unit in Rs.\n"
        "640399 | Footwear with leather uppers | Pair | 1.9 | 31.00\n"
    )
    assert measures(text, "IN") == {"other"}


def test_a_rebalancing_measure_under_the_agreement_on_safeguards_is_retaliation_only():
    text = (
        "Decision on Additional Duties on Imports Originating in Freedonia\n\nArticle 1 - (1) Additional customs "
        "duties shall be applied to walnuts of heading 0802 originating in Freedonia as a rebalancing measure in "
        "response to the safeguard duties imposed by Freedonia, in accordance with Article 8 of the Agreement on "
        "Safeguards.\n"
    )
    assert measures(text) == {"retaliation"}


def test_a_mexican_quota_with_the_arancel_cupo_is_a_tariff_quota():
    text = (
        "ACUERDO por el que se da a conocer el cupo para importar, con el arancel-cupo establecido, leche en polvo.\n\n"
        "ACUERDO\n\nPrimero.- El cupo para importar, con el arancel-cupo establecido, leche en polvo de la fracción "
        "arancelaria 0402.10.01 es de 40,000 toneladas.\n"
    )
    assert measures(text, "MX") == {"tariff_quota"}


def test_an_order_amending_the_import_control_list_is_licensing():
    text = (
        "EXPORT AND IMPORT PERMITS ACT\n\nOrder Amending the Import Control List\n\n"
        "1 The Import Control List is amended by adding the following after item 90:\n"
        "91 Aluminium ingots of heading 7601.\n\nComing into Force\n"
        "2 This Order comes into force on the day on which it is registered.\n"
    )
    assert measures(text, "CA") == {"licensing"}


def test_goods_requiring_import_permission_are_licensing():
    text = (
        "Notification of the Ministry\nRe: Importation of Orchid Plants requiring Import Permission\n\n"
        "Clause 2 Orchid plants for propagation under subheading 0602.90 shall be goods requiring import "
        "permission to be imported into the Kingdom from 1 May 2034.\n"
    )
    assert measures(text) == {"licensing"}


def test_a_licence_required_for_exports_to_listed_entities_is_licensing_and_a_sanction():
    text = (
        "Additions to the Entity List\n\nACTION: Final rule.\n\n"
        "SUMMARY: This rule amends the regulations by adding seven entities to the Entity List. A license is "
        "required for the export, reexport or transfer of all items subject to the regulations to these entities.\n"
    )
    assert measures(text, "US") == {"licensing", "sanction"}


def test_a_temporary_suspension_of_imports_for_an_animal_disease_is_a_prohibition_and_sanitary():
    text = (
        "Circular No. 77/2033\n\nSubject: Temporary suspension of imports of poultry meat from Freedonia\n\n"
        "Following outbreaks of avian influenza, the Authority has decided to temporarily suspend the importation "
        "of poultry meat and eggs from Freedonia from the date of this circular.\n"
    )
    assert measures(text) == {"prohibition", "sps_tbt"}


def test_an_import_of_goods_consigned_from_a_country_being_prohibited_is_a_prohibition():
    text = (
        'Regulations 2034\n\n3. After regulation 12 insert—\n"12A Import of cobalt products\n(1) The direct or '
        'indirect import of cobalt products of heading 8105.20 which originate in Ruritania is prohibited."\n'
    )
    assert measures(text) == {"prohibition"}


def test_tariff_preferences_withdrawn_for_a_beneficiary_are_a_preference():
    text = (
        "COMMISSION DELEGATED REGULATION\ntemporarily withdrawing the tariff preferences granted to certain products "
        "originating in Ruritania\n\nArticle 1\nThe arrangements shall be withdrawn for the products listed in the "
        "Annex from 1 March 2034.\n"
    )
    assert measures(text) == {"preference"}


def test_quota_free_access_is_no_tariff_quota():
    text = (
        "Customs Notice 4/2033\n\nThe Ministry has decided to extend duty-free and quota-free access for least "
        "developed countries under the GSP scheme to products of chapter 7 from 1 January 2034.\n"
    )
    assert measures(text) == {"preference"}


def test_ex_tariffs_at_zero_import_tax_are_a_duty_suspension():
    text = (
        "RESOLUTION No. 911\n\nChanges to zero percent the Import Tax rates levied on the Capital Goods mentioned, "
        "as Ex-tariffs.\n\nArt. 1 The Ex-tariffs listed in the Annex are included with an Import Tax rate of zero "
        "percent until 31 December 2035.\n"
    )
    assert measures(text) == {"duty_suspension"}


def test_goods_exempt_from_customs_duty_are_a_duty_suspension():
    text = (
        "Customs Tariff and Exemption Order (Amendment No. 3)\n\n1. In the Second Supplement, after item 40 shall "
        'come:\n"41 | Frozen hake fillets of heading 0304.74 | Exempt from customs duty | Until 30 June 2035"\n'
    )
    assert measures(text) == {"duty_suspension"}


def test_export_control_with_a_licence_to_apply_for_is_licensing_and_safeguarding_security_is_no_safeguard():
    text = (
        "Announcement No. 12 of 2034\n\nIn order to safeguard national security and interests, it is decided to "
        "implement export control on the following items: antimony ingots (reference tariff code 8110.10.10).\n\n"
        "Exporters shall apply to the competent department for a licence when exporting the above items.\n"
    )
    assert measures(text) == {"licensing"}


def test_exports_requiring_the_ministers_permission_are_licensing():
    text = (
        "Cabinet Order Partially Amending the Export Trade Control Order\n\n"
        "2. Exports of cryogenic pumps to all destinations shall require the permission of the Minister from "
        "1 June 2034.\n"
    )
    assert measures(text) == {"licensing"}


def test_products_subject_to_safety_certification_are_a_technical_regulation():
    text = (
        "Public Notice No. 2034-12\n\n1. Electric scooters of HSK 8711.60 are designated as products subject to "
        "safety certification from 1 January 2035. Importers must obtain the certification before customs "
        "clearance.\n"
    )
    assert measures(text) == {"sps_tbt"}


def test_an_exemption_from_customs_duty_in_excess_of_a_rate_is_a_duty_suspension():
    text = (
        "NOTIFICATION\n\nS.R.O. No. 77-Law/2034/9/Customs.- In exercise of the powers conferred by section 19 of the "
        "Customs Act, the Government hereby exempts lentils of heading 07.13, when imported, from so much of the "
        "customs duty as is in excess of 1 percent ad valorem, until 30 June 2034.\n"
    )
    assert measures(text) == {"duty_suspension"}


def test_anti_dumping_duties_that_shall_be_levied_on_imports_change_no_rate():
    text = (
        "Announcement on the Final Ruling of the Anti-Dumping Investigation into Imported Pork\n\n"
        "It was decided that, from 1 March 2035, anti-dumping duties shall be levied on imports of the product "
        "concerned at rates from 15.6% to 62.4%.\n"
    )
    assert measures(text) == {"anti_dumping"}


def test_a_spanish_export_duty_fixed_is_a_rate_change():
    text = (
        "DERECHOS DE EXPORTACIÓN\nDecreto 91/2034\n\nARTÍCULO 1°.- Fíjase un derecho de exportación del NUEVE POR "
        "CIENTO (9 %) para las mercaderías comprendidas en la posición arancelaria 1005.90.10.\n"
    )
    assert measures(text, "AR") == {"duty_rate_change"}


def test_a_special_protective_measure_is_a_safeguard_and_its_protocols_title_names_no_other_remedy():
    text = (
        "DECISION OF THE BOARD OF THE COMMISSION\nof 9 June 2034 No. 51\n\nIn accordance with the Protocol on the "
        "application of special protective, anti-dumping and countervailing measures with respect to third "
        "countries, the Board decided:\n\n1. To apply a special protective measure with respect to imports of "
        "seamless pipes of code 7304 19 for a period of 3 years.\n"
    )
    assert measures(text) == {"safeguard"}


def test_an_export_fee_imposed_is_a_rate_change():
    text = (
        "Ministerial Decree No. 88 of 2034\n\nArticle 1: An export fee of 2,500 per ton shall be imposed on exports "
        "of rice of tariff item 1006.30 for six months.\n"
    )
    assert measures(text) == {"duty_rate_change"}


def test_a_substituted_rate_of_supplementary_duty_is_a_rate_change():
    text = (
        'NOTIFICATION\n\nIn the Third Schedule, against heading 2402.20, for the rate of supplementary duty "55%" '
        'the rate "65%" shall be substituted.\n'
    )
    assert measures(text) == {"duty_rate_change"}


def test_a_minimum_access_volume_allocated_is_a_tariff_quota():
    text = (
        "MEMORANDUM ORDER No. 4, Series of 2034\n\nSUBJECT: Guidelines on the Allocation of the Minimum Access "
        "Volume for Sugar\n\nSection 1. The volume for 2034 shall be 38,000 metric tons.\n"
    )
    assert measures(text) == {"tariff_quota"}


def test_goods_importable_only_with_an_import_approval_are_licensing():
    text = (
        "REGULATION OF THE MINISTER NUMBER 3 OF 2034\n\nArticle 2\n(1) Ceramic tiles of HS 6907 may only be "
        "imported by importers that have obtained an Import Approval from the Minister.\n"
    )
    assert measures(text) == {"licensing"}


def test_licences_required_for_in_quota_imports_are_licensing_and_a_quota():
    text = (
        "Sugar Tariff-Rate Quota Licensing Program for 2035\n\nACTION: Notice.\n\nSUMMARY: Licenses are required for "
        "imports of refined sugar at the in-quota rate of duty under the tariff-rate quota from 1 January 2035.\n"
    )
    assert measures(text, "US") == {"licensing", "tariff_quota"}


def test_increased_official_controls_with_physical_checks_are_sanitary():
    text = (
        "COMMISSION IMPLEMENTING REGULATION\namending Implementing Regulation (EU) 2019/1793 on the temporary "
        "increase of official controls\n\nArticle 1\nThe entry for dried figs from Ruritania (CN 0804 20 90) is "
        "inserted with a frequency of identity and physical checks of 20 %.\n"
    )
    assert measures(text) == {"sps_tbt"}


def test_an_expiry_review_finding_continuation_or_resumption_of_dumping_is_anti_dumping():
    text = (
        "Notice of conclusion of expiry review investigation: Certain steel fuel tanks\n\n"
        "On March 3, 2034, the Agency determined, pursuant to the Act, that the expiry of the order in respect of "
        "steel fuel tanks originating in Freedonia is likely to result in the continuation or resumption of "
        "dumping of the goods.\n"
    )
    assert measures(text, "CA") == {"anti_dumping"}


def test_items_banned_for_import_on_a_negative_list_are_a_prohibition():
    text = (
        "ORDER\n\nS.R.O. 71(I)/2034.- In the Import Policy Order, in Appendix-A (negative list of items banned for "
        "import), after S. No. 20, the following serial number shall be added: 21 | 9504.50.00 | Video game "
        "consoles.\n"
    )
    assert measures(text) == {"prohibition"}


def test_consignments_accompanied_by_a_plant_import_permit_and_fumigated_are_sanitary():
    text = (
        "PUBLIC NOTICE\n\nWith effect from 1 June 2034, all maize consignments imported shall be accompanied by a "
        "Plant Import Permit and consignments found infested shall be fumigated at the importer's cost.\n"
    )
    assert measures(text) == {"sps_tbt"}
