"""Countries, round 9 second pass (issue 15): the families final12's country misses came from. Who acts in a UK stop
press that says 'the Customs Tariff', a New Zealand dumping notice, a Sri Lankan levy order and a machine-translated
Eurasian Commission decision; and which countries an act targets. Every passage is written for these tests (other
goods, numbers and wording than any eval set)."""

from nlp.countries.rules import implementing_jurisdiction
from nlp.pipeline import analyse


def jurisdiction(text: str) -> list[str]:
    return [mention.code for mention in implementing_jurisdiction(text)]


def countries(text: str, jurisdiction: str | None = None) -> dict:
    return analyse(text, jurisdiction=jurisdiction)._.countries


def test_a_uk_stop_press_that_names_the_customs_tariff_is_british():
    text = (
        "UK Integrated Online Tariff\n\nTariff Stop Press Notice - 9 October 2031\n\n"
        "Changes to preferential quotas from 1 November:\n\n"
        "The way quota balances are shown in the Customs Tariff is changing for declarations made in the Customs "
        "Declaration Service. Declarants should use document code Y929 where the goods are not concerned.\n"
    )
    assert jurisdiction(text) == ["GB"]


def test_a_new_zealand_dumping_notice_names_its_act():
    text = (
        "Notice of Final Determination in Dumping Investigation into Galvanised Wire From Malaysia\n"
        "Pursuant to section 10E of the Trade (Anti-dumping and Countervailing Duties) Act 1988, I give notice that "
        "I have determined that the subject goods are being dumped and that material injury is being caused.\n"
    )
    assert jurisdiction(text) == ["NZ"]


def test_a_sri_lankan_levy_order_in_its_gazette():
    text = (
        "The Extraordinary Gazette No. 2307/41\n\nSPECIAL COMMODITY LEVY ACT, No. 48 OF 2007\n\n"
        "Order under section 2\n\nBy virtue of the powers vested in me by the Special Commodity Levy Act, No. 48 of "
        "2007, I, Minister of Finance, do by this Order specify the levy on dried sprats at Rs. 75 per kilogram.\n"
    )
    assert jurisdiction(text) == ["LK"]


def test_a_machine_translated_eurasian_decision_names_the_union():
    text = (
        "About extension of the safeguard measure concerning the rolled steel imported on customs area of the "
        "Eurasian Economic Union\n"
        "According to the Protocol on application of special protective measures the Board of the Eurasian "
        "economic commission solved:\n1. Extend the special protective duty on goods classified by code "
        "7209 16 900 0 of the CN FEA EEU.\n"
    )
    assert jurisdiction(text) == ["EAEU"]


SAFEGUARD_AMENDMENT = (
    "COMMISSION IMPLEMENTING REGULATION (EU) 2031/640 of 3 March 2031 amending Implementing Regulation (EU) "
    "2029/77 imposing a definitive safeguard measure against imports of certain aluminium products\n\n"
    "THE EUROPEAN COMMISSION,\n\nHaving regard to the Treaty on the Functioning of the European Union,\n\n"
    "Whereas:\n\n(1) Imports rose sharply in 2030:\n\n"
    "Source | Tonnes | Share\nNorway | 12 400 | 14 %\nIceland | 9 800 | 11 %\nCanada | 7 100 | 8 %\n\n"
    "HAS ADOPTED THIS REGULATION:\n\nArticle 1\n\nThe table in Annex IV of Implementing Regulation (EU) 2029/77 "
    "is replaced by the table in the Annex to this Regulation.\n\n"
    "Article 2\n\nThis Regulation shall enter into force on the day following that of its publication.\n\n"
    "ANNEX\n\n"
    "‘7.B | Aluminium foil | TARIC Codes: 7607111010 , 7607119010 | Türkiye | 18 350,00 | 18 612,50 | 15% | (3)\n"
    "7.B | Aluminium foil | TARIC Codes: 7607111010 , 7607119010 | Viet Nam | 11 020,40 | 11 180,10 | 15% | (3)\n"
    "7.B | Aluminium foil | TARIC Codes: 7607111010 , 7607119010 | Korea (Republic of) | 6 905,75 | 7 004,20 | 15% "
    "| (3)\n"
    "7.B | Aluminium foil | TARIC Codes: 7607111010 , 7607119010 | Other countries | 40 100,00 | 40 677,00 | 15% | "
    "(4)’\n"
)


def test_a_safeguard_annex_whose_rows_open_with_the_product_allots_quotas_to_its_countries():
    assert countries(SAFEGUARD_AMENDMENT, "EU") == {"implementing": ["EU"], "affected": ["TR", "VN", "KR"]}


def test_two_country_rows_are_no_allocation_table():
    two_rows = SAFEGUARD_AMENDMENT.replace("| Türkiye |", "| Other countries |")
    two_rows = two_rows.replace("| Viet Nam |", "| Other countries |")
    assert countries(two_rows, "EU") == {"implementing": ["EU"], "affected": []}


def test_a_gazette_page_whose_next_notice_licenses_power_exports_names_no_target_there():
    text = (
        "Canada Gazette, Part I, Volume 161, Number 12: COMMISSIONS\nMarch 22, 2031\n"
        "CANADA BORDER SERVICES AGENCY\nSPECIAL IMPORT MEASURES ACT\nSteel grating — Decision\n"
        "On March 10, 2031, pursuant to subsection 41(1) of the Special Import Measures Act, the Canada Border "
        "Services Agency made a final determination of dumping concerning steel grating originating in or exported "
        "from Viet Nam.\nOttawa, March 10, 2031\nDirector General\nTrade and Anti-dumping Programs Directorate\n"
        "CANADA ENERGY REGULATOR\nAPPLICATION TO EXPORT ELECTRICITY TO THE UNITED STATES\n"
        "Northern Grid Trading Ltd.\nBy an application dated 4 March 2031, Northern Grid Trading Ltd. has applied "
        "for a permit to export up to 900 MW of firm power.\n"
    )
    assert countries(text, "CA") == {"implementing": ["CA"], "affected": ["VN"]}


def test_a_remission_condition_on_where_goods_go_next_names_no_target():
    text = (
        "Belarus Surtax Remission Order (2031)\n\nRemission\n1 Remission is granted of the surtax paid under the "
        "Belarus Surtax Order (2031) on copper tubing classified under tariff item 7411.10.00, if the tubing is "
        "imported into Canada before June 30, 2032 and is not subsequently exported to the United States in the "
        "same condition.\n"
    )
    assert countries(text, "CA") == {"implementing": ["CA"], "affected": ["BY"]}


BENEFICIARY_SCHEDULE = (
    "Regulations Amending the Regulations Defining “United Kingdom or other UKCTA beneficiary”: SOR/2031-141\n"
    "Canada Gazette, Part II, Volume 165, Number 9\nRegistration\nSOR/2031-141 April 2, 2031\nCUSTOMS TARIFF\n"
    "His Excellency the Governor General in Council, on the recommendation of the Minister of Finance, makes the "
    "annexed Regulations Amending the Regulations Defining “United Kingdom or other UKCTA beneficiary”.\n"
    "Amendments\n1 The schedule to the Regulations is amended by adding the following in alphabetical order:\n"
    "- Norway, including Svalbard and Jan Mayen, and excluding Bouvet Island\n"
    "- Denmark, excluding the Faroe Islands, Greenland, Saint Pierre and Miquelon, New Caledonia, French Polynesia, "
    "Wallis and Futuna, Aruba, Curaçao, Sint Maarten, the British Virgin Islands, the Cayman Islands, Montserrat, "
    "Pitcairn and the Turks and Caicos Islands\n"
    "Coming into Force\n2 These Regulations come into force on May 1, 2031.\n"
    "N.B. The Regulatory Impact Analysis Statement for these Regulations appears following Canada – Chile Tariff "
    "Withdrawal Order (Peru): SOR/2031-140.\n"
)


def test_a_beneficiary_schedule_names_its_countries_not_their_territories_nor_the_defined_term():
    assert countries(BENEFICIARY_SCHEDULE, "CA") == {"implementing": ["CA"], "affected": ["NO", "DK"]}


def test_a_list_of_territories_after_a_word_of_the_clause_names_them():
    text = BENEFICIARY_SCHEDULE.replace("- Norway, including Svalbard", "- the islands including Svalbard")
    assert countries(text, "CA") == {"implementing": ["CA"], "affected": ["SJ", "DK"]}


def test_a_turkish_communique_names_its_origins_before_the_word_for_origin():
    text = (
        "İthalatta Haksız Rekabetin Önlenmesine İlişkin Tebliğ (Tebliğ No: 2031/12)\n\n"
        "Ticaret Bakanlığından:\nAmaç ve kapsam\nMADDE 1 – (1) Bu Tebliğin amacı, İran İslam Cumhuriyeti, Çin "
        "Tayvanı ve Şili Cumhuriyeti menşeli 7318.15 gümrük tarife pozisyonunda sınıflandırılan civatalar "
        "ithalatında uygulanan dampinge karşı önlemin nihai gözden geçirme soruşturmasının sonuçlandırılmasıdır.\n"
    )
    assert countries(text, "TR") == {"implementing": ["TR"], "affected": ["IR", "TW", "CL"]}


def test_an_executive_order_on_all_products_of_a_country_orders_after_determine_and_order():
    text = (
        "Addressing the Emergency at Our Northern Frontier\n\n"
        "          By the authority vested in me as President by the Constitution and the statutes of this Nation, "
        "among them the International Emergency Economic Powers Act (50 U.S.C. 1701 et seq.),\n\n"
        "          I find that the flow of illicit fentanyl across our frontier threatens our communities.  The "
        "government of Canada has not acted.\n\n"
        "     I hereby determine and order:\n"
        "     Section 1.  (a)  I hereby expand the scope of the national emergency to cover the failure of the "
        "government of Canada to act.\n"
        "     Sec. 2.  (a)  All articles that are products of Canada shall be, consistent with law, subject to an "
        "additional 15 percent ad valorem rate of duty on or after 12:01 a.m. eastern time on July 7, 2031.\n"
    )
    assert countries(text, "US") == {"implementing": ["US"], "affected": ["CA"]}


def test_a_proclamation_clause_cut_at_its_semicolons_ends_every_arrangement_it_lists():
    text = (
        "Adjusting Imports of Aluminum into the United States\n\n"
        "     NOW, THEREFORE, I, the President, acting under section 232 of the Trade Expansion Act of 1962, do "
        "hereby proclaim as follows:\n\n"
        "-   The provisions of Proclamation 9901 with respect to imports of aluminum\n"
        "    articles from Norway and Iceland; Proclamation 9902 with respect to imports\n"
        "    of aluminum articles from Peru;\n"
        "    Proclamation 9903 with respect to imports of aluminum articles from the\n"
        "    Philippines and Morocco shall be ineffective as of 12:01 a.m. eastern time\n"
        "    on June 2, 2031.\n"
    )
    assert countries(text, "US") == {"implementing": ["US"], "affected": ["NO", "IS", "PE", "PH", "MA"]}


def test_an_executive_order_ordered_as_follows_acts_in_its_sections():
    text = (
        "Adjusting Duties on Imports Related to the Emergency\n\n"
        "     By the authority vested in me as President by the Constitution and the statutes of this Nation, it is "
        "hereby ordered as follows:\n"
        "     Section 1.  (a)  Imports of certain goods threaten our security, and the government of Brazil has "
        "not acted on them.\n"
        "     Sec. 2.  (a)  All articles that are products of Brazil shall be subject to an additional 10 percent ad "
        "valorem rate of duty on or after 12:01 a.m. eastern daylight time on August 6, 2031.\n"
        "     Sec. 3.  (a)  Nothing in this order shall be construed to impair the authority of any agency.\n"
    )
    assert countries(text, "US") == {"implementing": ["US"], "affected": ["BR"]}
