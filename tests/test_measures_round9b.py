"""Measure types, round 9 second pass (final12's misses by class): an EU registration regulation made under the basic
anti-dumping regulation, a translated Eurasian decision citing the Protocol on special protective, anti-dumping and
countervailing measures, Canada's Most-Favoured-Nation Tariff withdrawal orders and CETA beneficiary list, a UK stop
press amending commodity code descriptions, UK Treasury regulations revising the tariff and reliefs documents (whose
own names carry duty words), a WTO QR record in French, a CBP quota bulletin's explanations, a safeguard exemption, a
Section 232 proclamation eliminating quantitative restrictions, a Turkish communiqué's purpose clause, an Indian
section 25 notification substituting a rate, and a product described with a protective 'SPV' film. Every passage is
written for these tests."""

from nlp.measures.cited import in_instrument_name
from nlp.pipeline import analyse


def types(text: str, jurisdiction: str | None = None) -> list[str]:
    return sorted(mention.type for mention in analyse(text, jurisdiction=jurisdiction)._.measures)


def test_an_eu_registration_regulation_is_typed_by_the_article_it_applies():
    text = (
        "COMMISSION IMPLEMENTING REGULATION (EU) 2031/577\nof 9 May 2031\nmaking imports of certain aluminium "
        "radiators originating in Vietnam subject to registration\n\nTHE EUROPEAN COMMISSION,\n\nHaving regard to the "
        "Treaty on the Functioning of the European Union,\n\nHaving regard to Regulation (EU) 2016/1036 of the European "
        "Parliament and of the Council of 8 June 2016 on protection against dumped imports from countries not members "
        "of the European Union, and in particular Article 14(5) thereof,\n\nWhereas:\n\n(1) On 3 February 2031 the "
        "Commission initiated a proceeding concerning aluminium radiators. A parallel anti-subsidy proceeding was "
        "initiated on 2 March 2031.\n\nHAS ADOPTED THIS REGULATION:\n\nArticle 1\n\nThe customs authorities are hereby "
        "directed, pursuant to Article 14(5) of Regulation (EU) 2016/1036, to take the appropriate steps to register "
        "imports into the Union of aluminium radiators originating in Vietnam.\n"
    )
    assert types(text, "EU") == ["anti_dumping"]


def test_a_translated_eurasian_decision_names_the_protocol_without_its_article():
    text = (
        "DECISION OF THE BOARD OF THE EURASIAN ECONOMIC COMMISSION\n\nAbout extension of the anti-dumping measure "
        "concerning steel wheels originating from Ruritania\n\nAccording to item 109 of the Protocol on application "
        "of special protective, anti-dumping and countervailing measures in relation to the third countries the Board "
        "solved:\n\n1. Extend the anti-dumping measure concerning steel wheels originating from Ruritania until "
        "June 30, 2036 inclusive.\n"
    )
    assert types(text) == ["anti_dumping"]


def test_a_most_favoured_nation_tariff_withdrawal_order_changes_the_rate():
    text = (
        "SOR/2031-77\nMost-Favoured-Nation Tariff Withdrawal Order (2031-1)\n"
        "His Excellency the Governor General in Council, on the recommendation of the Minister of Finance, makes the "
        "annexed Order under paragraph 31(1)(a) of the Customs Tariff.\n"
        "Withdrawal of Benefit\n2 Entitlement to the benefit of the Most-Favoured-Nation Tariff is withdrawn in respect "
        "of goods that originate in Ruritania.\n"
    )
    assert types(text, "CA") == ["duty_rate_change"]


def test_a_ceta_beneficiary_list_amended_acts_on_the_preference():
    text = (
        "Regulations Amending the Regulations Defining “EU country or other CETA beneficiary”\n"
        "The Governor General in Council makes the annexed Regulations.\n"
        "1 The schedule to the Regulations is amended by adding the following in alphabetical order:\n- Iceland\n"
        "2 These Regulations come into force on March 1, 2032.\n"
    )
    assert types(text, "CA") == ["preference"]


def test_a_stop_press_amending_commodity_code_descriptions_changes_the_nomenclature():
    text = (
        "Please see the changes to the tariff for 2 March 2032:\n\nAmendment to commodity code descriptions\n\n"
        "The descriptions for the following commodity codes have been updated:\n\nCommodity code | Description\n"
        "8507600010 | Lithium-ion accumulators for electric bicycles\n"
    )
    assert types(text, "UK") == ["nomenclature_change"]


SI_HEAD = (
    "The Customs (Tariff and Reliefs) (Amendment) Regulations 2032\n\nThe Treasury make the following Regulations.\n\n"
)


def test_a_uk_si_revising_the_tariff_document_for_codes_and_the_reliefs_document():
    text = SI_HEAD + (
        "2. In the Customs (Reliefs from a Liability to Import Duty and Miscellaneous Amendments) (EU Exit) "
        "Regulations 2020, in regulation 2(1), in the definition of “UK Reliefs document”, for “1.6” substitute "
        "“1.7”.\n\nEXPLANATORY NOTE\n\nRegulation 3 amends the definition of the tariff document, which is revised to "
        "add, amend and delete commodity codes.\n"
    )
    assert types(text, "UK") == ["nomenclature_change", "other"]


def test_a_uk_si_revising_the_tariff_of_the_united_kingdom_changes_rates_not_by_its_cited_names():
    text = SI_HEAD + (
        "2. In the Customs Tariff (Establishment) (EU Exit) Regulations 2020, in regulation 1(2), in the definition "
        "of “Tariff of the United Kingdom”, for “1.14” substitute “1.15”.\n\n"
        "3. In the Customs (Reliefs from a Liability to Import Duty and Miscellaneous Amendments) (EU Exit) "
        "Regulations 2020, in regulation 2(1), in the definition of “UK Reliefs document”, for “1.6” substitute "
        "“1.7”.\n"
    )
    assert types(text, "UK") == ["duty_rate_change", "other"]


def test_words_inside_a_uk_instruments_bracketed_name():
    text = "In the Customs (Reliefs from a Liability to Import Duty) (EU Exit) Regulations 2020, for “1.2” substitute"
    assert in_instrument_name(text, text.index("Import Duty")) is True
    plain = "Goods listed (at a reduced import duty) in Annex 2 are entered under the relief."
    assert in_instrument_name(plain, plain.index("import duty")) is False


def test_a_french_qr_record_reports_a_conditional_prohibition():
    text = (
        "Ruritanie #4410 (v.2)\nDonnées de base\n- Notifiée dans\n-\nG/MA/QR/N/RUR/2 12/03/2031\n"
        "- Validité de la version\n-\n01/03/2031 -\nactuelle\n- Membre présentant le rapport\n- Ruritanie\n"
        "- Description générale\n-\nImport Prohibition\n- Base légale nationale\n-\nHazardous Waste Act\n"
        "- Partenaires concernés\nMesures\n- Restrictions signalées\n- CP\nCote |\n---|\nCP\n|\nLignes tarifaires\n"
        "381590\n|\n3815.90.00.10\n|\nCertain catalysts\n|\n"
    )
    assert types(text) == ["prohibition"]


def test_a_quota_bulletin_explaining_its_reduced_rate_and_qualifying_goods():
    text = (
        "COMMODITIES\nCertain dairy products described in Chapter 99, Subchapter XV, U.S. Notes 5 through 9\n"
        "The agreement provides quantitative restraints associated with a reduced duty rate for goods that meet the "
        'requirements for a "qualifying good." A qualifying good is one that meets the product specific rule of '
        "origin. The tariff rate quotas (TRQs) cover cheese, butter and cream.\nQUOTA PERIOD\nJanuary 1, 2032, through "
        "December 31, 2032\nOPENING DATE\nMonday, January 5, 2032\nRESTRAINT LEVEL\nNot all TRQs apply to every partner.\n"
    )
    assert types(text, "US") == ["tariff_quota"]


def test_goods_exempt_from_the_safeguard_tariff_are_carved_out_of_it():
    text = (
        "NOW, THEREFORE, I, the President of the United States of America, do proclaim that:\n"
        "(1) In order to modify the safeguard measure on wind turbine blades, subchapter III of chapter 99 of the HTS "
        "is modified as set forth in the Annex to this proclamation.\n"
        "(2) Wind turbine blades imported under a contract concluded before this proclamation shall be exempt from the "
        "safeguard tariff for 120 days.\n"
    )
    assert types(text, "US") == ["exclusion", "safeguard"]


def test_a_section_232_proclamation_eliminating_quantitative_restrictions_acts_on_the_quotas():
    text = (
        "NOW, THEREFORE, I, the President of the United States of America, do proclaim that:\n"
        "(1) Following the elimination of quantitative restrictions on certain sources pursuant to this proclamation, "
        "the tariff proclaimed in Proclamation 9999 is adjusted to increase the tariff rate on copper articles from "
        "an additional 10 percent ad valorem to an additional 30 percent ad valorem.\n"
    )
    assert types(text, "US") == ["duty_rate_change", "tariff_quota"]


def test_a_turkish_communiques_purpose_clause_names_its_measure():
    text = (
        "İthalatta Haksız Rekabetin Önlenmesine İlişkin Tebliğ (No: 2032/12)\n\nAmaç ve kapsam MADDE 1 – (1) Bu "
        "Tebliğin amacı, Ruritanya menşeli 7318.15 gümrük tarife pozisyonunda sınıflandırılan cıvataların "
        "ithalatında yürürlükte bulunan dampinge karşı kesin önlemlerin …\n"
    )
    assert types(text, "TR") == ["anti_dumping"]


def test_an_indian_section_25_notification_substituting_a_rate_amends_an_exemption():
    text = (
        "Notification No. 41/2032-Customs\nIn exercise of the powers conferred by sub-section (1) of section 25 of the "
        "Customs Act, 1962, the Central Government hereby makes the following further amendments in the notification "
        "No. 70/2029-Customs, namely:-\nIn the said notification, in the TABLE, against serial number 7, in column "
        '(4), for the figure and symbol "5%", the figure and symbol "7.5%" shall be substituted.\n'
    )
    assert types(text, "IN") == ["duty_suspension"]


def test_a_protective_spv_film_in_a_product_description_is_no_simplified_procedure_value():
    text = (
        "Remission is granted of surtaxes paid on the goods of Schedule 1.\n\nSCHEDULE 1\n"
        "Item | Tariff item | Description\n1 | 7210.49.00 | Galvanised sheets with protective SPV film on one side |\n"
    )
    assert types(text, "CA") == ["remission"]
