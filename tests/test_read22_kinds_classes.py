"""Kinds of documents and jurisdictions no set held (issue 15, round 19, read22-kinds): the classes their misses
showed. Jurisdiction: the issuers of countries no rule knew, by their own names (Jamaica's customs agency and its
'Ministry of Finance and the Public Service', Trinidad and Tobago acting through its ministry, the President and
Cabinet of Uzbekistan and its own nomenclature, the Kyrgyz Cabinet's enabling law, Azerbaijan's Cabinet, Tonga's
'Minister responsible for revenue and customs', the Bangladesh Bank and its BRPD circulars, Israel's tariff ordinance,
Reshumot and Free Import Order, the Eurasian Commission in Kazakh); a national act citing the WTO it joins stays the
country's; Canada's 'the Customs Tariff' does not read Israel's 'Customs Tariff and Exemptions Ordinance'. Measures:
a CARICOM member's suspension of the Common External Tariff is a duty suspension, its reduced duties no rate change of
their own; a CIS act approving its commodity nomenclature changes the nomenclature and one making changes to the
rates of import customs duties changes rates; new national tariff splits inserted change the nomenclature; Israel's
Free Import Order is licensing; a Eurasian decision in Kazakh on the tariff-preference list's codes acts on the
preference and the nomenclature. Titles: a translated CIS act's date-and-number line over its title ('of May 14, 2031
No. PP-181': 'May' there is a month, not a modal verb of a sentence) is skipped and its lettered number is the
identifier; a news item's byline alone on its line ('By Trend') is no title. Codes: Israel's 2.2.4 notation after 'HS products' ('84.30.3100', in a date's shape) and a dotted heading
there ('70.13'). Dates: a gazette named by its own name and issue number ('Published in Umm Al-Qura 5135 issued on …')
is the publication, and so is a ministry's item opening with its date, a colon and a dash ('4 February,
2031: – …'). Every passage is written for these tests."""

from nlp.pipeline import analyse
from tests.fact_readers import dates, identifier, jurisdiction, measures, title

# --- jurisdiction: issuers no rule knew ------------------------------------------------------------------------------


def test_jamaicas_customs_agency_and_finance_ministry_name_jamaica():
    text = (
        "Public Notice\n"
        "The Ministry of Finance and the Public Service in letter dated June 3, 2031 advised the Jamaica Customs "
        "Agency of the approval of the suspension of the CET on 500 metric tons of rice flour.\n"
    )
    assert jurisdiction(text) == ["JM"]


def test_trinidad_and_tobago_acting_through_its_ministry():
    text = (
        "12 March, 2031: – Trinidad and Tobago through the Ministry of Trade and Industry has obtained approval for "
        "the suspension of the Common External Tariff on powdered milk and sardines.\n"
    )
    assert jurisdiction(text) == ["TT"]


def test_uzbekistans_own_nomenclature_outweighs_the_wto_it_joins():
    text = (
        "of March 2, 2031 No. PP-77\n"
        "On changes to the Commodity nomenclature of foreign economic activity of the Republic of Uzbekistan\n"
        "In preparation for membership of the World Trade Organization and in line with the rules of the World Trade "
        "Organization, the rates of import customs duties approved by the resolution of the President of the Republic "
        "of Uzbekistan are changed.\n"
    )
    assert jurisdiction(text) == ["UZ"]


def test_the_kyrgyz_cabinets_enabling_law_names_kyrgyzstan():
    text = (
        "In accordance with Articles 13 and 17 of the Law of the Kyrgyz Republic on the Cabinet of Ministers, the "
        "Cabinet resolves:\n1. Introduce a temporary ban on the export of scrap copper for six months.\n"
    )
    assert jurisdiction(text) == ["KG"]


def test_azerbaijans_cabinet_names_azerbaijan():
    text = (
        "Azerbaijan’s Cabinet of Ministers has set an export duty of 15 percent on raw hides and skins until "
        "December 31, 2032.\n"
    )
    assert jurisdiction(text) == ["AZ"]


def test_tongas_minister_responsible_for_revenue_and_customs_names_tonga():
    text = (
        "IN EXERCISE of the powers conferred by section 3 of the Customs Act 2007, the Minister responsible for "
        "revenue and customs, with the approval of Cabinet, makes the following Order -\n"
        "1 This Order may be cited as the Customs Duty (Amendment) Order 2031.\n"
    )
    assert jurisdiction(text) == ["TO"]


def test_the_bangladesh_banks_circular_names_bangladesh():
    text = (
        "BRPD Circular Letter No. 40: the Bangladesh Bank instructs scheduled banks to keep a cash margin of 50 per "
        "cent when opening letters of credit for imports of motor cars.\n"
    )
    assert jurisdiction(text) == ["BD"]


def test_israels_tariff_ordinance_is_not_canadas_customs_tariff():
    text = (
        "By virtue of my authority under section 3 (b) of the Customs Tariff and Exemptions Ordinance, I hereby order:\n"
        '"Representative Rate" – the rate of the US Dollar as published by the Bank of Israel;\n'
    )
    assert jurisdiction(text) == ["IL"]


def test_israels_free_import_order_and_gazette_name_israel():
    text = (
        "Free Import Order (Amendment) 5791-2031\n"
        "Reshumot – the Official Gazette, Subsidiary Legislation\n"
        "The order came into force at the date of its publication.\n"
    )
    assert jurisdiction(text) == ["IL"]


def test_the_eurasian_commission_in_kazakh_over_a_member_in_the_signatures():
    text = (
        "Еуразиялық экономикалық комиссия Кеңесі шешті:\n"
        '1. Тауарлар тізбесінде ЕАЭО СЭҚ ТН "8703 80 000 2" коды ауыстырылсын.\n'
        "Еуразиялық экономикалық комиссия Кеңесінің мүшелері:\n"
        "Армения Республикасынан | Қазақстан Республикасынан |\n"
    )
    assert jurisdiction(text) == ["EAEU"]


# --- measures ---------------------------------------------------------------------------------------------------------


def test_a_suspension_of_the_caricom_cet_is_a_duty_suspension_not_a_rate_change():
    text = (
        "Implementation of the Approved Suspension of CET on Dried Onions\n\n"
        "The Ministry of Finance and the Public Service advised the Jamaica Customs Agency of the approval of the "
        "suspension of the Common External Tariff (CET) on 900 metric tons of dried onions for period July 1, 2031 to "
        "June 30, 2032.\n"
    )
    assert measures(text) == ["duty_suspension"]


def test_duties_reduced_by_a_cet_suspension_are_the_suspensions():
    text = (
        "Trinidad and Tobago through the Ministry of Trade and Industry has obtained approval for the renewal of "
        "suspensions of the Common External Tariff (CET) to reduce import duties on canned fish and black tea.\n"
    )
    assert measures(text) == ["duty_suspension"]


def test_a_cis_act_approving_its_nomenclature_and_changing_rates():
    text = (
        "of March 2, 2031 No. PP-77\n"
        "About approval of the Commodity nomenclature of foreign economic activity of the Republic of Uzbekistan\n"
        "1. Approve the List of classification codes of the Commodity nomenclature of foreign economic activity "
        "according to appendix No. 1.\n"
        "2. Make changes to the rates of import customs duties according to appendix No. 2.\n"
    )
    assert measures(text) == ["duty_rate_change", "nomenclature_change"]


def test_new_national_tariff_splits_inserted_change_the_nomenclature():
    text = (
        "IN EXERCISE of the powers conferred by section 3 of the Customs Act 2007, the Minister makes the following "
        "Order -\n\n2 The Principal Order is amended by inserting the following new national tariff splits and their "
        "corresponding import duty rates:\n\n1602.49.10 --- Canned pork kg 20% Free\n"
    )
    assert measures(text) == ["nomenclature_change"]


def test_israels_free_import_order_is_licensing():
    text = (
        "Free Import Order (Amendment No. 2) 5791-2031\n"
        "The provision in the First Schedule regarding HS product 87.11.6000 came into force 14 days after its "
        "publication.\n"
    )
    assert measures(text) == ["licensing"]


def test_a_kazakh_decision_on_the_preference_lists_codes():
    text = (
        "Еуразиялық экономикалық комиссия Кеңесі шешті:\n"
        "1. Тарифтік преференциялар берілетін дамушы елдерден шығарылатын тауарлардың тізбесінде ЕАЭО СЭҚ ТН "
        '"0901 11 000 9" коды ЕАЭО СЭҚ ТН "0901 11 000 1, 0901 11 000 2" кодтарымен ауыстырылсын.\n'
    )
    assert measures(text) == ["nomenclature_change", "preference"]


# --- titles and identifiers ------------------------------------------------------------------------------------------

CIS_RESOLUTION = (
    "of May 3, 2031 No. PP-240\n"
    "About measures for further liberalisation of the import of agricultural machinery\n"
    "For the purpose of reducing the cost of agricultural machinery:\n"
    "1. Establish zero rates of import customs duties on tractors until January 1, 2033.\n"
)


def test_a_cis_date_and_number_line_in_may_is_no_sentence():
    assert title(CIS_RESOLUTION) == "About measures for further liberalisation of the import of agricultural machinery"


def test_a_cis_date_and_number_line_gives_its_lettered_number():
    assert identifier(CIS_RESOLUTION) == "No. PP-240"


# --- codes and dates -------------------------------------------------------------------------------------------------


def codes(text: str) -> list[str]:
    return sorted(mention.code for mention in analyse(text)._.codes)


def test_israels_hs_products_in_their_dotted_notation():
    text = (
        "Free Import Order (Amendment No. 4) 5791-2031 came into force at the date of its publication, except for the "
        "provision in the First Schedule regarding HS products 87.11.6090 and 87.12.0000 and the provision in the "
        "Second Schedule regarding HS products 94.03 and 95.03.0010.\n"
    )
    assert codes(text) == ["87116090", "87120000", "9403", "95030010"]


def test_a_gazette_named_by_its_issue_number_dates_the_publication():
    text = (
        "Zakat, Tax and Customs Authority: Decision 1452-10-101 Amending the Customs Duty Exemptions Guide\n\n"
        "This decision comes into force on the date of its publication.\n\n"
        "Issued on: 2 Muharram 1453\nCorresponding to: 30 April 2031\n\n"
        "Published in Umm Al-Qura 5400 issued on 2 May 2031.\n"
    )
    assert ("publication", "2031-05-02") in dates(text)


def test_a_bylines_wire_service_is_no_title():
    text = (
        "By Trend\n\n"
        "Azerbaijan’s Cabinet of Ministers has extended the export duty on ferrous scrap until December 31, 2033.\n"
    )
    assert title(text) is None


def test_a_ministry_items_opening_date_colon_and_dash_is_its_publication():
    text = (
        "9 March, 2031: – Ruritania through the Ministry of Trade and Industry has obtained approval for the renewal "
        "of suspensions of the Common External Tariff on infant formula.\n"
    )
    assert dates(text) == [("publication", "2031-03-09")]
