"""Rates, quota volumes, titles, identifiers, codes and summaries in the drafting styles of jurisdictions no eval set
holds (round 8 of issue 15), on passages written for these tests: rates in other currencies and wordings, the
numbering of Korean, Japanese, EAEU, Vietnamese, Indonesian, Chilean, Saudi, Kenyan, New Zealand, Indian DGFT and
Chinese instruments, Malaysian and Japanese national code lines, and memo fields a summary must not quote."""

from nlp.pipeline import analyse
from tests.test_codes import covered, found
from tests.test_rates_quotas import quotas
from tests.test_rates_round7 import values
from tests.test_reader_r7 import read


def test_amounts_in_other_currencies_and_the_rupee_of_the_acts_country():
    egypt = "A definitive safeguard duty of 12% of the CIF value, but not less than EGP 2,300 per tonne, is imposed."
    assert values(egypt) == [(12, "percent"), (2300, "EGP/tonne")]
    pakistan = "The regulatory duty shall be levied at Rs. 30 per kg on the goods specified in the Table."
    assert values(pakistan, jurisdiction="PK") == [(30, "PKR/kg")]
    assert values(pakistan, jurisdiction="IN") == [(30, "INR/kg")]
    russian = "Установить ставку вывозной таможенной пошлины на ячмень в размере 2 000 рублей за 1 тонну."
    assert values(russian) == [(2000, "RUB/tonne")]
    norway = "Tollsatsen for varenummer 0402.1000 endres fra kr 13,05 per kg til kr 9,80 per kg."
    assert values(norway) == [(9.8, "NOK/kg"), (13.05, "NOK/kg")]
    kenya = "Kenya shall apply a duty rate of 25% or USD 150 per metric tonne, whichever is higher, on rice."
    assert values(kenya) == [(25, "percent"), (150, "USD/tonne")]


def test_percentages_written_the_way_other_languages_write_them():
    assert values("The rate of import customs duty shall be 0 (zero) % of the customs value.") == [(0, "percent")]
    assert values("Söz konusu eşya için ilave gümrük vergisi %25 olarak uygulanır.") == [(25, "percent")]
    assert values("自2026年1月1日起，对上述商品加征10%关税。") == [(10, "percent")]


def test_goods_words_before_the_duty_s_name_do_not_bear_on_its_amount():
    text = "Motorcycles with a cylinder capacity of 125 cc or less are subject to an import tax of USD 900 per unit."
    assert values(text) == [(900, "USD/unit")]
    # a floor after a percentage is the compound duty's second part, not a specification
    assert values('in the column "Customs Duty", instead of "12% but not less than NIS 4.10 per kg"') == [
        (4.1, "ILS/kg"),
        (12, "percent"),
    ]
    # and a content limit is still no rate
    assert values("Cheese with a fat content of not less than 40% is subject to a duty of 8%.") == [(8, "percent")]


def test_free_written_into_a_schedule_and_rate_columns_headed_in_other_ways():
    assert values('In the Tariff, item 0805.10.00 is amended by omitting "7%" and substituting "Free".') == [
        (0, "percent"),
        (7, "percent"),
    ]
    brazil = (
        "Art. 1º Aplicar direito antidumping definitivo nos montantes abaixo:\n"
        "Produtor/Exportador | Direito Antidumping (US$/t)\n"
        "Alfa Química Ltda. | 412,30\n"
        "Demais empresas | 733,05\n"
    )
    assert values(brazil) == [(412.3, "USD/tonne"), (733.05, "USD/tonne")]
    numbered = (
        "2. Anti-dumping duties shall be levied at the rates specified in column (3) of the Schedule.\n"
        "SCHEDULE\n"
        "(1) Goods | (2) Producer | (3) Rate of anti-dumping duty\n"
        "Polyethylene film | Gamma Plastics Sdn. Bhd. | 6.15%\n"
        "Polyethylene film | Others | 31.40%\n"
    )
    assert values(numbered) == [(6.15, "percent"), (31.4, "percent")]


def test_quota_words_of_other_languages_and_the_base_of_a_specific_duty():
    assert quotas("The MAV for chicken meat for calendar year 2026 is set at 31,000 metric tons.") == [
        (31000, "tonnes", None, None)
    ]
    assert quotas("Menetapkan kuota impor gula mentah sebesar 450.000 ton untuk tahun 2026.") == [
        (450000, "tonnes", None, None)
    ]
    swiss = "Das Zollkontingent Nr. 07 wird auf 3 200 Tonnen festgesetzt. Der Kontingentszollansatz beträgt 9 Franken je 100 kg."
    assert quotas(swiss) == [(3200, "tonnes", None, None)]


EAEU = """DECISION OF THE COUNCIL OF THE EURASIAN ECONOMIC COMMISSION
of 9 October 2026 No. 47
On the application of an import customs duty rate in respect of certain types of seed potatoes
The Council of the Eurasian Economic Commission decided:
1. To apply the rate of import customs duty of 0 (zero) % of the customs value to seed potatoes.
"""


def test_numbering_styles_of_other_jurisdictions():
    assert read(EAEU, "RU") == (
        "On the application of an import customs duty rate in respect of certain types of seed potatoes",
        "No. 47",
    )
    vietnam = (
        "MINISTRY OF FINANCE\nNo. 118/2026/TT-BTC\nSOCIALIST REPUBLIC OF VIETNAM\nIndependence - Freedom - Happiness\n"
        "CIRCULAR\nON THE PREFERENTIAL IMPORT TAX RATES FOR CERTAIN STEEL PRODUCTS\nArticle 1. Scope\n"
    )
    assert read(vietnam, "VN") == (  # as final11's audited gold titles and numbers a Vietnamese act (round 8b)
        "CIRCULAR ON THE PREFERENTIAL IMPORT TAX RATES FOR CERTAIN STEEL PRODUCTS",
        "118/2026/TT-BTC",
    )
    korea = (
        "ENFORCEMENT DECREE OF THE ACT ON SPECIAL TARIFF MEASURES FOR 2027\n"
        "[Enforcement Date: Jan. 1, 2027] [Presidential Decree No. 36012, Dec. 30, 2026, Partial Amendment]\n"
        "Article 1 (Purpose) The purpose of this Decree is to prescribe matters delegated by the Act.\n"
    )
    assert read(korea, "KR") == (
        "ENFORCEMENT DECREE OF THE ACT ON SPECIAL TARIFF MEASURES FOR 2027",
        "Presidential Decree No. 36012",
    )
    chile = (
        "Ministerio de Hacienda\nMODIFICA DERECHOS ADUANEROS DE LAS MERCANCÍAS QUE SEÑALA\n"
        "Núm. 2.018.- Santiago, 9 de marzo de 2026.\nVisto: Lo dispuesto en la ley.\n"
    )
    assert read(chile, "CL") == ("MODIFICA DERECHOS ADUANEROS DE LAS MERCANCÍAS QUE SEÑALA", "Núm. 2.018")
    indonesia = (
        "PERATURAN MENTERI KEUANGAN REPUBLIK INDONESIA\nNOMOR 61 TAHUN 2026\nTENTANG\n"
        "PENETAPAN TARIF BEA MASUK DALAM RANGKA PERSETUJUAN PERDAGANGAN BEBAS\nDENGAN RAHMAT TUHAN YANG MAHA ESA\n"
    )
    assert read(indonesia, "ID")[0] == "PENETAPAN TARIF BEA MASUK DALAM RANGKA PERSETUJUAN PERDAGANGAN BEBAS"


def test_numbers_printed_on_a_line_of_their_own():
    def identifier(text, jurisdiction="US"):
        return read(text, jurisdiction)[1]

    assert identifier("(Cabinet Order No. 77 of 2026)\nThe Cabinet enacts this Cabinet Order.\n", "JP") == (
        "Cabinet Order No. 77 of 2026"
    )
    assert identifier("LEGAL NOTICE No. EAC/12/2026\nIN EXERCISE of the powers conferred.\n", "KE") == (
        "LEGAL NOTICE No. EAC/12/2026"
    )
    assert identifier("Customs Tariff Amendment Order 2026\nLI 2026/31\nOrder in Council\n", "NZ") == "LI 2026/31"
    dgft = "Directorate General of Foreign Trade\nNotification No. 21/2026-27\nNew Delhi, Dated: 4th May, 2026\n"
    assert identifier(dgft, "IN") == "Notification No. 21/2026-27"
    saudi = "Ministry of Finance\nMinisterial Resolution No. 3310 dated 02/07/1447H\nThe Minister resolves:\n"
    assert identifier(saudi, "SA") == "Ministerial Resolution No. 3310"
    china = "国务院关税税则委员会公告2026年第2号\n关于调整部分商品进口关税的公告\n"
    assert read(china, "CN") == ("关于调整部分商品进口关税的公告", "国务院关税税则委员会公告2026年第2号")
    assert identifier("ANTI-DUMPING NOTICE NO. 2026/044\nCustoms Act 1901 – Part XVB\n", "AU") == (
        "ANTI-DUMPING NOTICE No. 2026/044"  # in normal case, as cited
    )


def test_a_title_stops_before_the_number_under_it_and_a_title_field_holds_no_clause():
    malaysia = (
        "CUSTOMS (SAFEGUARD DUTIES) ORDER 2026\nP.U. (A) 141\nIN exercise of the powers conferred by section 9.\n"
    )
    assert read(malaysia, "MY") == ("CUSTOMS (SAFEGUARD DUTIES) ORDER 2026", "P.U. (A) 141")
    notice = "Customs Notice No. 2026/12\nTitle\n1. This notice is the Customs Notice No. 2026/12.\nPurpose\n"
    assert read(notice, "AU")[0] == "Customs Notice No. 2026/12"
    release = (
        "MINISTRY OF ECONOMY AND FINANCE\nPress Release  |  Embargo: 09:00, May 2, 2026\n"
        "Government to cut tariffs on feed grains\nThe Ministry announced that it will apply a 0% tariff rate.\n"
    )
    assert read(release, "KR")[0] == "Government to cut tariffs on feed grains"


def test_national_code_lines_and_keywords_written_after_the_code():
    assert found("in relation to subheading 2204.21 11 00, in column (5), by substituting 20% for 25%") == (
        covered("2204211100"),
        set(),
    )
    assert found("the rate of duty of statistical code 0406.10.090 is changed") == (
        covered("040610090", level="9digit"),
        set(),
    )
    assert found("2106.90 gümrük tarife pozisyonunda yer alan eşya için") == (covered("210690"), set())
    assert found("in item 2204.21.00.00/4, in the column Customs Duty") == (covered("2204210000"), set())
    assert found("Tarifnummer 2309.9090: Zollansatz neu") == (covered("23099090"), set())
    # their traps stay refused
    assert found("Tel: 011-23061562. For enquiries call +966 11 401 4444 or 02-667-6000.") == (set(), set())


def test_a_summary_quotes_no_block_of_memo_fields_and_no_naming_clause():
    bulletin = (
        "QB 27-310 Tariff-Rate Quota for Refined Sugar Fiscal Year 2027\n"
        "DATE: October 1, 2026\nFROM: Chief, Quota and Agriculture Branch\n"
        "SUBJECT: Tariff-Rate Quota for Refined Sugar Fiscal Year 2027\n"
        "HTS NUMBERS: 1701.91.1000, 1701.99.1025\nQUOTA PERIOD: October 1, 2026 - September 30, 2027\n"
        "ALLOCATIONS: Canada 10,300 MTRV; Mexico 2,954 MTRV\n"
    )
    summary = analyse(bulletin)._.summary
    assert "QUOTA PERIOD:" not in summary and "SUBJECT:" not in summary
    notice = (
        "Customs Notice No. 2026/19\nTariff Concession Orders revoked\n"
        "Title – This notice is the Customs Notice No. 2026/19.\n"
        "The Tariff Concession Orders listed in the Schedule are revoked with effect from 1 July 2026.\n"
        "TC 2231187 | 8479.89.40 | Machines for sorting glass\n"
    )
    assert "This notice is the" not in analyse(notice, jurisdiction="AU")._.summary


def test_a_duty_tables_amount_unit_and_currency_in_cells_of_their_own():
    table = (
        "The duty shall be the amount indicated in Col 7 of the duty table below.\n"
        "S. No. | Heading | Description | Country of origin | Producer | Amount | Unit | Currency\n"
        "1 | 2917 | Phthalic anhydride | Korea RP | Aekyung Chemical | 41.20 | MT | USD\n"
        "2 | 2917 | Phthalic anhydride | Korea RP | Any other | 98.75 | MT | USD\n"
        "3 | 2917 | Phthalic anhydride | Japan | Any | 12 | Kg | JPY\n"
    )
    assert values(table) == [(12, "JPY/kg"), (41.2, "USD/tonne"), (98.75, "USD/tonne")]
