"""European documents by class (round 14 second pass, final17 2213-2224). Every passage is written for these tests."""

from nlp.pipeline import analyse
from tests.fact_readers import affected, dates, identifier, jurisdiction, measures, rates


def codes(text: str) -> list[str]:
    return sorted({mention.code for mention in analyse(text)._.codes})


# --- codes -----------------------------------------------------------------------------------------------------------

CODE_AND_DUTY_ROWS = (
    "Notice to traders: additional duties on certain goods from Ruritania\n\n"
    "Annex A\n\n"
    "TARIC codes Additional duty\n"
    "9506620010 20%\n"
    "9506620090 20%\n\n"
    "Annex B\n\n"
    "TARIC codes Additional duty\n"
    "1604 14 28 10 35%\n"
    "1604 14 28 90 35%\n"
    "2208 30 11 00 12,5 %\n"
)


def test_codes_each_with_only_its_rate_on_the_row_under_a_taric_codes_header_are_codes():
    assert codes(CODE_AND_DUTY_ROWS) == [
        "1604142810",
        "1604142890",
        "2208301100",
        "9506620010",
        "9506620090",
    ]


def test_numbers_with_a_percentage_under_a_header_naming_no_codes_are_no_codes():
    text = "Survey results by region\n\nRespondents Share\n4512006080 20%\n4512006081 35%\n"
    assert codes(text) == []


# --- measures and countries of a notice relaying WTO-authorised duties -----------------------------------------------

DSB_DUTIES = (
    "Notice to importers: measures on certain products\n\n"
    "Following the arbitration in the WTO dispute DS999 and following the authorisation of the WTO Dispute "
    "Settlement Body, the Commission has applied additional customs duties at 20% on imports of certain products "
    "originating in Canada, by Implementing Regulation (EU) no. 2031/1777.\n\n"
    "Products which the importers can prove have been shipped from Canada to the EU before 3 March 2031 will "
    "not be subject to the additional duty.\n"
)


def test_duties_applied_after_the_dispute_settlement_bodys_authorisation_retaliate():
    assert measures(DSB_DUTIES) == ["retaliation"]


def test_the_french_dispute_settlement_bodys_authorisation_is_retaliation_too():
    text = (
        "Avis aux importateurs\n\nÀ la suite de l'autorisation de l'Organe de règlement des différends de l'OMC, la "
        "Commission a institué des droits de douane additionnels de 20 % sur certains produits originaires du "
        "Canada.\n"
    )
    assert measures(text) == ["retaliation"]


def test_the_issuer_in_an_acts_number_and_where_shipped_goods_went_are_no_origins():
    assert affected(DSB_DUTIES) == ["CA"]


# --- Turkish decisions and news items ---------------------------------------------------------------------------------

IMPORT_REGIME_AMENDMENT = (
    "İTHALAT REJİMİ KARARINDA DEĞİŞİKLİK YAPILMASINA İLİŞKİN KARAR\n\n"
    "Karar Sayısı: 9123\n\n"
    "12.03.2031 tarihli ve 34555 sayılı R.G.\n\n"
    "MADDE 1- 31/12/2029 tarihli ve 3350 sayılı Cumhurbaşkanı Kararı ile yürürlüğe konulan İthalat Rejimi Kararının eki "
    "I sayılı listede yer alan “08. FASIL” başlıklı tabloda yer alan ve aşağıda gümrük tarife istatistik pozisyonu "
    "(GTİP) belirtilen eşyaya ilişkin satırlar aşağıdaki şekilde değiştirilmiştir.\n\n"
    "G.T.İ.P.DİPNOTGÜMRÜK VERGİSİ ORANI (%)\n"
    "AB, BKGÜRMLZSNGD-8\n"
    "0805.10.20.00.1131010101010\n"
    "0805.10.80.00.1131010101010\n\n"
    "MADDE 2- Bu Karar yayımı tarihini takip eden otuzuncu gün yürürlüğe girer.\n"
)


def test_gtips_opening_rows_glued_to_their_figures_under_a_gtip_header_are_codes():
    assert codes(IMPORT_REGIME_AMENDMENT) == ["080510200011", "080510800011"]


def test_a_decision_amending_the_import_regime_decision_changes_rates_and_has_its_number_line():
    assert measures(IMPORT_REGIME_AMENDMENT) == ["duty_rate_change"]
    assert identifier(IMPORT_REGIME_AMENDMENT) == "Karar Sayısı: 9123"


def test_the_ordinal_day_following_publication_gives_entry_into_force():
    assert ("entry_into_force", "2031-04-11") in dates(IMPORT_REGIME_AMENDMENT)


def test_a_groups_name_ending_a_header_line_is_no_rate():
    assert rates(IMPORT_REGIME_AMENDMENT) == []


def test_a_dotted_gtip_glued_to_figures_under_no_code_header_is_no_code():
    assert codes("Sipariş listesi\n\n2207.20.00.10.134250\n2207.20.00.10.144250\n") == []


QUOTA_ANNOUNCEMENT = (
    "Pamuk İpliği İthalatında tarife kontenjanının dağıtımına ilişkin Tebliğ\n\n"
    "14.02.2031 / Duyurular\n\n"
    "5205.11, 5205.12.00.00.00 ve 5205.13 GTP altında sınıflandırılan pamuk ipliklerinin ithalatında 7012 sayılı "
    "Cumhurbaşkanı Kararı kapsamında uygulanan korunma önleminden muafiyet sağlanması amacıyla açılan tarife "
    "kontenjanının kullanım esasları yayımlanmıştır.\n"
)


def test_codes_listed_before_gtp_are_codes():
    assert codes(QUOTA_ANNOUNCEMENT) == ["520511", "520512000000", "520513"]


def test_a_news_items_date_line_with_its_section_is_its_publication():
    assert dates(QUOTA_ANNOUNCEMENT) == [("publication", "2031-02-14")]


def test_an_announced_quota_exempting_from_a_safeguard_acts_on_both_and_is_turkeys():
    assert measures(QUOTA_ANNOUNCEMENT) == ["safeguard", "tariff_quota"]
    assert jurisdiction(QUOTA_ANNOUNCEMENT) == ["TR"]


def test_an_english_news_date_line_with_its_section_is_its_publication():
    text = "Quota for cotton yarn opened\n\n9 November 2031 | News\n\nThe quota opens for imports of cotton yarn.\n"
    assert ("publication", "2031-11-09") in dates(text)


# --- EU acts in Italian and German -----------------------------------------------------------------------------------

ITALIAN_CLASSIFICATION = (
    "relativo alla classificazione di talune merci nella nomenclatura combinata\n"
    "LA COMMISSIONE EUROPEA,\n"
    "HA ADOTTATO IL PRESENTE REGOLAMENTO:\n"
    "Articolo 1\n"
    "Le merci descritte nella colonna 1 della tabella figurante in allegato sono classificate nella nomenclatura "
    "combinata nel codice NC indicato nella colonna 2 di detta tabella.\n"
    "ALLEGATO\n"
    "Designazione delle merci | Classificazione (codice NC) | Motivazioni |\n"
    "Un tappetino riscaldante per animali domestici. |\n"
    "8516 80 20 | La classificazione alla voce 6307 è esclusa in quanto il prodotto è un apparecchio elettrico. |\n"
)


def test_an_italian_cn_classification_is_other_and_names_the_excluded_heading_after_voce():
    assert measures(ITALIAN_CLASSIFICATION) == ["other"]
    assert codes(ITALIAN_CLASSIFICATION) == ["6307", "85168020"]


def test_an_italian_item_naming_the_commission_ue_and_a_codice_nc_is_the_unions():
    text = (
        "DAZI ANTIDUMPING SUI TUBI CINESI\nCon il Regolamento 2031/1234 la Commissione UE ha istituito un dazio "
        "antidumping provvisorio sui tubi attualmente classificati con il codice NC 7304 19 10.\n"
    )
    assert jurisdiction(text) == ["EU"]


SHARE_LIST = (
    "Artikel 1\n\n"
    "(1) Auf die Einfuhren von Kettengliedern mit Ursprung in der Volksrepublik China wird ein vorläufiger "
    "Antidumpingzoll eingeführt.\n\n"
    "(2) Der vorläufige Antidumpingzollsatz auf den Nettopreis frei Grenze der Union beträgt 31,4 %.\n\n"
    "(3) Für zusammengesetzte Ketten wird der in Absatz 2 genannte Antidumpingzoll auf den folgenden Anteil des "
    "Nettopreises frei Grenze der Union angewandt:\n\n"
    "45 % für Kettenbaugruppen;\n\n"
    "40 % für vollständige Kettenbaugruppen.\n"
)


def test_figures_listed_under_the_share_of_the_price_a_duty_applies_to_are_no_rates():
    assert [value for value, _, _ in rates(SHARE_LIST)] == [31.4]


def test_figures_listed_under_the_following_rates_stay_rates():
    text = (
        "Article 1\n\nA definitive anti-dumping duty is imposed on imports of chain links originating in the "
        "People's Republic of China. The rates of the definitive anti-dumping duty shall be the following:\n\n"
        "- 45 % for Company A;\n- 40 % for all other companies.\n"
    )
    assert sorted(value for value, _, _ in rates(text)) == [40, 45]


# --- a Norwegian quota page: a table printed one cell a line ---------------------------------------------------------

NORWEGIAN_QUOTAS = (
    "Tollkvoter for import\n\n"
    "Fordelingsmåte: auksjon\n\n"
    "Vare og varenummer Tollavgiftssats (kr/kg) Mengde (tonn) Opprinnelse\n"
    "Kjøtt av sau\n"
    "02.04.2100/.2200/\n"
    ".2300/ 02.04.4100/.4200\n"
    "0,00 1 200 EU\n"
    "Kjøtt av sau\n"
    "02.04.5000\n"
    "02.04.2010\n"
    "12,40 kr/kg\n"
    "21,80 kr/kg\n"
    "350 WTO\n"
    "Pos. 02.06. og 02.07\n"
    "0,00 300 Namibia\n\n"
    "Kvantum er kalkulert som kjøtt med bein. Ved omregning bruker en faktor på 1,33.\n"
)


def test_tariff_numbers_with_compressed_siblings_under_a_varenummer_header_are_codes():
    assert codes(NORWEGIAN_QUOTAS) == ["02042010", "02042100", "02044100", "02045000", "0206", "0207"]


def test_the_rate_lines_of_a_quota_table_one_cell_a_line_are_its_rates():
    assert sorted((value, unit) for value, unit, _ in rates(NORWEGIAN_QUOTAS)) == [
        (0, "NOK/kg"),
        (12.4, "NOK/kg"),
        (21.8, "NOK/kg"),
    ]


def test_the_quantities_and_origins_of_a_quota_table_one_cell_a_line_are_its_volumes_and_partners():
    found = analyse(NORWEGIAN_QUOTAS)
    assert sorted((quota.amount, quota.unit) for quota in found._.quotas) == [
        (300, "tonnes"),
        (350, "tonnes"),
        (1200, "tonnes"),
    ]
    assert affected(NORWEGIAN_QUOTAS) == ["EU", "NA"]


def test_a_date_alone_on_its_line_under_a_header_naming_no_code_column_is_no_code():
    text = "Frister for søknad\n\nSøknadsfrist Kvoteår\n01.02.2031\n"
    assert codes(text) == []


def test_a_date_alone_on_its_line_under_a_gtip_header_stays_a_date():
    text = (
        "TARİFE KONTENJANI\n\nG.T.İ.P.\n\nTarife Kontenjanı Miktarı (Ton)\n\nTarife Kontenjanı Dönemi Sonu\n\n"
        "1206.00.91.00.19\n\n300.000\n\n30.06.2031\n"
    )
    assert codes(text) == ["120600910019"]
