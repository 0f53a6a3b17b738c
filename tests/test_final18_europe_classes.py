"""European documents by class (round 15 second pass, final18 2413-2424). Every passage is written for these tests."""

from nlp.pipeline import analyse
from tests.fact_readers import affected, dates, identifier, jurisdiction, measures, rates


def codes(text: str) -> list[str]:
    return sorted({mention.code for mention in analyse(text)._.codes})


def quotas(text: str) -> list[tuple[float, str | None]]:
    return sorted((quota.amount, quota.unit) for quota in analyse(text)._.quotas)


# --- a Turkish broker's relay of a safeguard decision ----------------------------------------------------------------

TURKISH_SAFEGUARD_RELAY = (
    "REF2607781\n"
    "Çin menşeli 6907, 6908 ve 6910 tarife pozisyonlarında yer alan seramik ürünlerin ithalatında, 120 ABD "
    "Doları/Ton, 115 ABD Doları/Ton ve 110 ABD Doları/Ton olmak üzere 3 yıl süreyle ek mali yükümlülük şeklinde "
    "korunma önlemi uygulanmasına ilişkin karar aşağıdaki linktedir.\n"
    "https://www.resmigazete.gov.tr/eskiler/2031/03/20310304-5.htm\n"
)


def test_headings_listed_before_tarife_pozisyonlarinda_without_gumruk_are_codes():
    assert codes(TURKISH_SAFEGUARD_RELAY) == ["6907", "6908", "6910"]


def test_usd_per_ton_steps_of_an_additional_financial_obligation_are_specific_rates():
    assert sorted((value, unit) for value, unit, _ in rates(TURKISH_SAFEGUARD_RELAY)) == [
        (110, "USD/tonne"),
        (115, "USD/tonne"),
        (120, "USD/tonne"),
    ]


def test_a_relay_naming_only_the_official_gazettes_address_and_a_korunma_onlemi_is_turkeys():
    assert jurisdiction(TURKISH_SAFEGUARD_RELAY) == ["TR"]


def test_a_tebli_number_written_with_a_hyphen_and_no_colon_is_the_identifier():
    text = (
        "İTHALATTA HAKSIZ REKABETİN ÖNLENMESİNE İLİŞKİN TEBLİĞ (TEBLİĞ NO 2031-12)\n\n"
        "7304.19.10.00.00 gümrük tarife istatistik pozisyonunda sınıflandırılan eşyanın ithalatında soruşturma "
        "açılmasına karar verilmiştir.\n"
    )
    assert identifier(text) == "TEBLİĞ NO 2031-12"


def test_korunma_without_a_gazette_is_still_no_cue_for_a_text_naming_the_commission():
    text = (
        "Avrupa Komisyonu, Official Journal of the European Union'da yayımlanan Implementing Regulation (EU) "
        "2031/77 ile çelik ürünlerinde korunma önlemi kapsamındaki kotaları değiştirmiştir. European Commission "
        "duyurusu ekte yer almaktadır.\n"
    )
    assert jurisdiction(text) == ["EU"]


# --- a UK tariff quota notice's table: serial number, unit, description, code -----------------------------------------

QUOTA_NOTICE = (
    "Industrial products (Tariff quota notice 7)\n\n"
    "Find out about new tariff quotas for certain industrial products which apply from 1 January 2031.\n\n"
    "Quota period: 1 January 2031 to 31 December 2031\n"
    "Duty Rate: 0%\n"
    "Documentary evidence: Certificate of Origin\n\n"
    "Tariff quota serial number Schedule quantity Description Commodity codes\n"
    "09.3311 kg Sebacic acid (CAS RN 111-20-6), for use in the manufacture of polyamides of heading 3908. "
    "2917130010\n"
    "09.3312 Items Valve bodies of aluminium alloy, with bores of a diameter of 6 mm or more but not more than "
    "14 mm, for use in the manufacture of fuel pumps. 8481909050\n"
)


def test_a_code_closing_its_row_under_a_header_ending_with_the_code_column_is_a_code():
    assert codes(QUOTA_NOTICE) == ["2917130010", "3908", "8481909050"]


def test_a_number_closing_its_row_under_a_header_whose_last_column_names_no_codes_is_no_code():
    text = (
        "Order book\n\nCommodity code Description Customer reference\n"
        "Valve bodies of aluminium alloy, shipped to the warehouse in March. 4512901234\n"
    )
    assert codes(text) == []


def test_quota_serial_numbers_before_the_unit_column_are_no_volumes():
    assert quotas(QUOTA_NOTICE) == []


def test_a_documentary_evidence_field_naming_a_certificate_of_origin_sets_no_rules_of_origin():
    assert measures(QUOTA_NOTICE) == ["tariff_quota"]


def test_a_quota_notices_number_in_brackets_closing_its_title_is_the_identifier():
    assert identifier(QUOTA_NOTICE) == "Tariff quota notice 7"


def test_a_certificate_of_origin_the_notice_changes_is_still_rules_of_origin():
    text = (
        "Notice to importers\n\nThe form of the certificate of origin for goods under the Agreement is amended "
        "from 1 March 2031: the new certificates of origin shall be used.\n"
    )
    assert "rules_of_origin" in measures(text)


# --- GOV.UK guidance on a no-deal tariff ---------------------------------------------------------------------------

NO_DEAL_GUIDANCE = (
    "Statutory guidance\n\n"
    "Non-preferential tariff rates and quotas on imports if the UK leaves the EU with no deal\n\n"
    "If there is no trade agreement, you will trade under World Trade Organization (WTO) rules.\n\n"
    "If your goods are not listed on this page, you will not have to pay customs duty when importing them into "
    "the UK. You can find current tariffs in the Trade Tariff tool.\n\n"
    "Commodity code Commodity description MFN tariff rate TRQ order number\n"
    "7606129210 Aluminium plates, of a thickness of 0,2 mm or more but less than 3 mm 4% 05.1234\n"
)


def test_a_govuk_guidance_page_naming_wto_rules_is_the_uks():
    assert jurisdiction(NO_DEAL_GUIDANCE) == ["GB"]


def test_the_union_the_uk_leaves_is_no_origin():
    assert affected(NO_DEAL_GUIDANCE) == []


def test_a_page_of_non_preferential_tariff_rates_on_imports_changes_rates():
    assert "duty_rate_change" in measures(NO_DEAL_GUIDANCE)


def test_a_rate_right_after_the_descriptions_last_dimension_is_a_rate():
    assert [(value, unit) for value, unit, _ in rates(NO_DEAL_GUIDANCE)] == [(4, "percent")]


def test_a_percentage_the_description_qualifies_is_still_no_rate():
    text = (
        "Commodity code Commodity description MFN tariff rate\n"
        "3907610010 Polyethylene terephthalate, with a viscosity number of 78 ml/g or more but less than 85 % of "
        "the reference, 6.5%\n"
    )
    assert 85 not in [value for value, _, _ in rates(text)]


# --- a UK stop press listing country quotas by their numbers -------------------------------------------------------

COUNTRY_QUOTA_NUMBERS = (
    "From 1 July 2031, the following changes will take effect:\n"
    "The safeguard quota for Category 21 will be split into country quotas.\n"
    "New quota reference numbers:\n"
    "- Ruritania 058201\n"
    "- India 058202\n"
    "- Turkey 058203\n"
    "- Other countries 058204\n"
    "UK Global Tariff commodity codes in Category 21\n"
    "- 7306 30 77 10\n"
)


def test_origins_given_their_own_quota_numbers_are_affected():
    assert affected(COUNTRY_QUOTA_NUMBERS) == ["IN", "TR"]


def test_countries_with_numbers_under_no_quota_numbers_heading_are_not_read_so():
    text = "Contacts\n\nOur offices:\n- India 110001\n- Turkey 340001\n"
    assert affected(text) == []


# --- Norwegian quota table, one cell a line ------------------------------------------------------------------------

NORWEGIAN_QUOTA_TABLE = (
    "Tabell 4.2 Oversikt over tollkvoter 2030\n\n"
    "Varenummer\n\nProdukt\n\nOpprinnelse\n\nTonn\n\n"
    "04.06.1011/1019/ 1020\n\nOst\n\nEU\n\n7 200\n\n"
    "04.05, 04.06\n\nSmør og ost\n\nWTO\n\n575\n\n"
    "02.07.1100/1200, 02.07.2400/.2500\n\nFjørfekjøtt\n\nEU\n\n800\n"
)


def test_a_quota_tables_cells_of_tariff_numbers_under_varenummer_are_codes():
    assert codes(NORWEGIAN_QUOTA_TABLE) == ["02071100", "02072400", "0405", "0406", "04061011"]


def test_dotted_numbers_alone_on_their_lines_under_no_varenummer_header_are_no_codes():
    text = "Resultater\n\nPoeng\n\n04.06\n\n02.07.1100/1200\n"
    assert codes(text) == []


# --- German and French EU acts ---------------------------------------------------------------------------------------


def test_prior_union_surveillance_in_german_is_licensing():
    text = (
        "Artikel 1\n\n(1) Die Überführung von bestimmten Aluminiumerzeugnissen in den zollrechtlich freien Verkehr "
        "der Union unterliegt der vorherigen Überwachung durch die Union nach der Verordnung (EU) 2031/478.\n"
    )
    assert measures(text) == ["licensing"]


def test_prior_union_surveillance_in_french_is_licensing():
    text = (
        "Article premier\n\n1. La mise en libre pratique de certains produits en aluminium est soumise à une "
        "surveillance préalable de l'Union conformément au règlement (UE) 2031/478.\n"
    )
    assert measures(text) == ["licensing"]


def test_a_percentage_after_mindestens_describes_the_goods_and_is_no_rate():
    text = (
        "Artikel 1\n\n(1) Ein endgültiger Antidumpingzoll wird auf die Einfuhren von Glycerin mit einer Reinheit "
        "von mindestens 95 % mit Ursprung in Ruritanien eingeführt.\n\n(2) Der Antidumpingzoll beträgt 12,3 %.\n"
    )
    assert [(value, unit) for value, unit, _ in rates(text)] == [(12.3, "percent")]


def test_a_country_after_the_german_termination_of_the_investigation_in_an_amended_title_is_no_origin():
    text = (
        "Durchführungsverordnung (EU) 2031/55 der Kommission vom 3. März 2031 zur Änderung der "
        "Durchführungsverordnung (EU) 2030/12 zur Einführung eines endgültigen Antidumpingzolls auf die Einfuhren "
        "bestimmter Rohre mit Ursprung in der Volksrepublik China und zur Einstellung der Untersuchung betreffend "
        "die Einfuhren bestimmter Rohre mit Ursprung in Indien\n\n"
        "Artikel 1\n\nDer Antidumpingzoll auf die Einfuhren mit Ursprung in der Volksrepublik China wird geändert.\n"
    )
    assert affected(text) == ["CN"]


def test_a_date_alone_under_a_news_services_masthead_is_the_items_publication():
    text = (
        "Zoll-Nachrichten\n\n"
        "04.03.2031\n\n"
        "Antidumping – Rohre aus der VR China\n\n"
        "Die EU-Kommission hat mit der Durchführungsverordnung (EU) 2031/55 vom 3. März 2031 den Zoll geändert.\n"
    )
    assert ("publication", "2031-03-04") in dates(text)
    assert ("document_date", "2031-03-04") not in dates(text)
