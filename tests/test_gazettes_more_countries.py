"""Gazettes of countries whose texts the development sets barely show: Vietnamese, Turkish, Malay, Indonesian,
South African, Saudi/GCC, Kenyan, Egyptian, Thai, Israeli and Chilean forms of who acts, against whose goods
and with which measure. Every passage is written for these tests (other products, numbers and countries than
any eval set)."""

import pytest

from nlp.countries.names import find_country_names
from nlp.countries.rules import implementing_jurisdiction
from nlp.pipeline import analyse

WHO_ACTS = {
    "VN": (
        "BỘ CÔNG THƯƠNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 1182/QĐ-BCT | Hà Nội, ngày 4 tháng 3 năm 2031\nQUYẾT ĐỊNH\nVề việc gia hạn thời hạn điều tra\n"
    ),
    "ZA": (
        "14 March 2031 – Customs & Excise Act, 1964: amendment of Part 2 of Schedule No. 1 by the insertion of "
        "rebate item 460.17 for frozen hake, on application lodged with ITAC.\n"
    ),
    "MY": (
        "P.U. (A) 88\nCUSTOMS ACT 1967\nCUSTOMS DUTIES (EXEMPTION) (AMENDMENT) ORDER 2031\nIN exercise of the powers "
        "conferred by subsection 14(2) of the Customs Act 1967, the Minister makes the following order:\n"
    ),
    "SA": (
        "General Authority for Foreign Trade\nInvestigations under the Law of Trade Remedies in International "
        "Trade\nProduct | HS code | Countries | Date of initiation\nGlass wool | 701939 | Egypt | 03/02/2031\n"
    ),
    "TR": (
        "Ticaret Bakanlığından:\nİTHALATTA KORUNMA ÖNLEMLERİNE İLİŞKİN TEBLİĞ\n(TEBLİĞ NO: 2031/4)\n"
        "MADDE 1 – (1) Bu Tebliğin amacı, 7304.19 GTİP altında kayıtlı boruların ithalatında korunma önlemi "
        "uygulanmasıdır.\n"
    ),
    "KE": (
        "KENYA GAZETTE SUPPLEMENT\nLEGAL NOTICE No. 41\nIn exercise of the powers conferred by the Cabinet "
        "Secretary for the National Treasury, the Kenya Revenue Authority publishes the following remission.\n"
    ),
    "EG": (
        "Decree of the Minister of Trade and Industry No. 77 of the year 2031 imposing a definitive duty on "
        "imports of glass tableware, under Law No. 161 of the year 1998, published in the Egyptian Gazette.\n"
    ),
    "TH": (
        "Notification of the Committee on Dumping and Subsidy on the imposition of an anti-dumping duty on "
        "galvanised wire, under the Anti-Dumping and Countervailing Act, B.E. 2542 (1999).\n"
    ),
    "IL": (
        "The Commissioner of Trade Levies publishes the final determination on cement imports, and the Customs "
        "Tariff and Exemptions Order is amended accordingly.\n"
    ),
    "CL": (
        "La Comisión Nacional Encargada de Investigar la Existencia de Distorsiones en el Precio de las "
        "Mercaderías Importadas recomienda aplicar un derecho, que percibirá el Servicio Nacional de Aduanas.\n"
    ),
}


@pytest.mark.parametrize("expected", sorted(WHO_ACTS))
def test_who_acts_in_more_countries_gazettes(expected):
    assert [m.code for m in implementing_jurisdiction(WHO_ACTS[expected])] == [expected]


def test_an_egyptian_customs_measure_on_thai_goods_is_egypts_not_thailands():
    text = (
        "Egyptian Gazette, 3 May 2031\nDecree No. 210 of 2031 under Law No. 161/1998: imports of air "
        "conditioners from the Kingdom of Thailand are subject to a provisional duty.\n"
    )
    assert [m.code for m in implementing_jurisdiction(text)] == ["EG"]


@pytest.mark.parametrize(
    "text, codes",
    [
        ("có xuất xứ từ Cộng hòa Nhân dân Trung Hoa và Ma-lai-xi-a", ["CN", "MY"]),
        ("nhập khẩu từ Thái Lan, Hàn Quốc và In-đô-nê-xi-a", ["TH", "KR", "ID"]),
        ("Hindistan Cumhuriyeti ve Tayvan menşeli ürünler", ["IN", "TW"]),
        ("Güney Kore, Endonezya ve Rusya Federasyonu", ["KR", "ID", "RU"]),
        ("yang berasal dari Republik Rakyat Tiongkok dan Jepang", ["CN", "JP"]),
        ("barangan dari Republik Rakyat China, Amerika Syarikat dan Singapura", ["CN", "US", "SG"]),
    ],
)
def test_country_names_in_vietnamese_turkish_malay_and_indonesian(text, codes):
    assert [m.code for m in find_country_names(text)] == codes


def facts(text: str, jurisdiction: str | None = None) -> tuple[set[str], list[str]]:
    doc = analyse(text, jurisdiction=jurisdiction)
    return {m.type for m in doc._.measures}, doc._.countries["affected"]


def test_a_vietnamese_countervailing_investigation_against_two_origins():
    text = (
        "Số: 455/QĐ-BCT | Hải Phòng, ngày 9 tháng 2 năm 2031\nCăn cứ Luật Hải quan;\nQUYẾT ĐỊNH:\n"
        "Điều 1. Tiến hành điều tra vụ việc chống trợ cấp đối với ván sợi mã HS 4411.14.00 có xuất xứ từ "
        "Thái Lan và Ma-lai-xi-a.\nĐiều 2. Văn bản này có hiệu lực từ ngày ký.\n"
    )
    assert facts(text, "VN") == ({"countervailing"}, ["TH", "MY"])


def test_a_turkish_anti_dumping_communique_on_goods_of_one_origin():
    text = (
        "Ticaret Bakanlığından:\nİPLİK İTHALATINDA ÖNLEM TEBLİĞİ\n(TEBLİĞ NO: 2031/9)\n"
        "MADDE 1 –\n(1) Endonezya menşeli 5509.53 GTİP altında kayıtlı ipliklerin ithalatında dampinge karşı "
        "önlem uygulanmasına ilişkin soruşturma bu Tebliğ ile sonuçlandırılmıştır.\n"
    )
    assert facts(text, "TR") == ({"anti_dumping"}, ["ID"])


def test_an_indonesian_safeguard_regulation_abstract():
    text = (
        "Dalam Peraturan Menteri Keuangan ini diatur: terhadap impor produk kain tenun yang termasuk dalam pos "
        "tarif 5208.52.00 dikenakan Bea Masuk Tindakan Pengamanan untuk jangka waktu tiga tahun.\n"
    )
    assert facts(text, "ID") == ({"safeguard"}, [])


def test_a_malaysian_order_under_an_asean_preference_schedule():
    text = (
        "P.U. (A) 301\nPERINTAH DUTI KASTAM (BARANG-BARANG BERASAL DARI REPUBLIK TURKI) (PINDAAN) 2031\n"
        "Menurut seksyen 11 Akta Kastam 1967, Menteri membuat perintah yang berikut:\n"
        "2. Jadual Kedua dipinda dalam butiran 1604.14 110.\n"
    )
    assert facts(text, "MY")[0] == {"preference"}


def test_classifications_and_subheadings_substituted_in_a_national_schedule():
    text = (
        "ORDER No. 12 of 2031\nSec. 1. The tariff classifications of the following goods are hereby amended "
        "as shown in the Annex.\n"
    )
    assert facts(text)[0] == {"nomenclature_change"}
    text = (
        "IN exercise of the powers conferred by section 9 of the Tariff Act, the Minister makes the following "
        "order:\n2. The Schedule is amended, in relation to heading 08.04, by substituting for subheading "
        "“0804.50 210” subheading “0804 50 290”.\n"
    )
    assert facts(text)[0] == {"nomenclature_change"}


def test_an_island_in_a_place_name_is_not_iceland():
    assert list(find_country_names("goods entered at the port on Grand Manan Island by a resident")) == []


def test_a_list_of_codes_headed_by_its_origin():
    text = (
        "Changes to seasonal preference regulations\n\nThe regulations applied to these commodity codes have been "
        "updated:\n\nFor imports from Morocco\n\n- 0709930010\n- 0709930090\n\nFor imports from Egypt:\n\n"
        "- 0805220000\n"
    )
    assert sorted(analyse(text, jurisdiction="GB")._.countries["affected"]) == ["EG", "MA"]


def test_re_described_commodity_codes_are_a_nomenclature_change():
    text = (
        "Update to the commodity code descriptions\n\nThese commodity code descriptions have been changed from "
        "today.\n\nCode | Revised wording\n0406109010 | Fresh mozzarella, in brine\n"
    )
    assert facts(text, "GB")[0] == {"nomenclature_change"}


def test_subheadings_substituted_to_change_a_rate_are_a_rate_change_only():
    text = (
        "2 March 2031 – Customs & Excise Act, 1964: Schedule No. 1 is amended by substitution of tariff "
        "subheadings 1006.30 and 1006.40, so as to lower the rate of customs duty on rice from 15% to 5%.\n"
    )
    assert facts(text, "ZA")[0] == {"duty_rate_change"}


def test_a_spanish_zero_duty_on_listed_raw_materials_is_a_suspension():
    text = (
        "DECRETO 410 DE 2031\n\nDECRETA:\n\nArtículo 1. Se aplicará un gravamen arancelario de cero por ciento "
        "durante un año a los insumos agrícolas de las subpartidas 3102.10.10.00 y 3105.20.00.00.\n"
    )
    assert facts(text, "CO")[0] == {"duty_suspension"}


def test_abbreviated_country_names_of_indian_and_gulf_notifications():
    text = "originating in, or exported from Korea RP, UAE, KSA and Lao PDR"
    assert [m.code for m in find_country_names(text)] == ["KR", "AE", "SA", "LA"]


def test_goods_described_as_subject_to_a_remedy_order_are_context_and_a_cap_for_one_origin_is_a_carve_out():
    text = (
        "NOW, THEREFORE, I, the President, by the authority vested in me by section 232 of the Trade Expansion "
        "Act of 1962, as amended, do hereby proclaim as follows:\n"
        "(1) Imports of hardwood flooring shall be subject to a duty of 20 percent ad valorem.\n"
        "(2) The duty under clause 1 on imports of hardwood flooring from Morocco and Norway shall not exceed "
        "12 percent.\n"
        "(3) Clause 1 does not cover products that are already subject to a safeguard or\nantidumping measure.\n"
    )
    assert facts(text, "US")[0] == {"duty_rate_change", "exclusion"}
