"""European and Turkish documents by class (round 17 second pass, final20 2813-2824): an online tariff's news story
labels its chapters with a participle ('Chapters affected: 84'); a list of headings printed with dotted leaders
('70.04 ve 70.05 ........ 0,50') opens its rows with dotted headings; a relay names an import surveillance
'gözetim önlemi' (a surveillance measure: licensing) and the communiqué it reports by its number ('2020/1 sayılı
Tebliğ'); a Turkish communiqué in force on the numbered day after its publication ('takip eden 30 uncu gün').
Every passage is written for these tests."""

import pytest

from nlp.pipeline import analyse
from tests.test_dates_families import EIF, PUB, typed

# --- a news story's chapter field with a participle --------------------------------------------------------------------


@pytest.mark.parametrize("label", ["Chapters affected", "Chapter affected", "Chapters concerned", "Chapters impacted"])
def test_a_chapter_field_labelled_with_a_participle_names_its_chapter(label):
    text = (
        "UK Integrated Online Tariff\n\nUpdate to CD901 Footnote Description – 4 March 2031\n\n"
        f"{label}: 73\n\nAs of 4 March 2031, the footnote for the anti-dumping duty on steel fasteners "
        "originating in Ruritania has been amended.\n"
    )
    assert {c.code for c in analyse(text)._.codes} == {"73"}


def test_a_participle_without_its_field_colon_names_no_chapter():
    text = "Trade statistics\n\nThe chapters affected 12 times by the change were listed in the annex of goods.\n"
    assert {c.code for c in analyse(text)._.codes} == set()


# --- dotted headings opening the rows of a dotted-leader list ----------------------------------------------------------

LEADER_LISTS = {
    "Turkish, joined with 've'": (
        "Gözetim önlemi alınan ürünlerin GTİP ve birim gümrük kıymeti şu şekilde yer almaktadır:\n"
        "GTP Birim Gümrük Kıymeti\n(ABD Doları/Kg)\n"
        "69.07 ve 69.08 ....................................... 1,20\n"
        "69.10 ....................................... 2,40\n",
        {"6907", "6908", "6910"},
    ),
    "English, joined with 'and' and a comma": (
        "The surveillance values per heading are as follows:\n"
        "28.04, 28.05 and 28.06 .......... 3,00\n"
        "29.01 .......... 4,50\n",
        {"2804", "2805", "2806", "2901"},
    ),
}


@pytest.mark.parametrize("case", LEADER_LISTS)
def test_dotted_headings_open_the_rows_of_a_dotted_leader_list(case):
    text, expected = LEADER_LISTS[case]
    assert {c.code for c in analyse(text)._.codes} == expected


def test_a_lone_dotted_leader_line_names_no_heading():
    text = "Contents\n\nSection 12.50 ....................................... 7\n\nThe report describes the market.\n"
    assert {c.code for c in analyse(text)._.codes} == set()


# --- a relay of a Turkish surveillance communiqué ------------------------------------------------------------------------

RELAY = (
    "T.C. Ticaret Bakanlığı'nca 14 Mart 2031 tarihli Resmi Gazete'de yayımlanan 2031/4 sayılı Tebliğ kapsamında, "
    "seramik ürünleri ithalatında gözetim önlemi yürürlüğe konulmuştur. Ürünlerin birim gümrük kıymeti Tebliğ'de yer "
    "almaktadır.\n"
)


def test_a_relays_surveillance_measure_is_licensing():
    assert [m.type for m in analyse(RELAY)._.measures] == ["licensing"]


def test_a_surveillance_application_is_licensing():
    text = (
        "Ticaret Bakanlığı, cam ürünleri ithalatında gözetim uygulamasının kapsamını genişletmiştir. Yeni liste "
        "Tebliğ ile yayımlanmıştır ve ithalatçılar için bir belge şartı getirilmiştir.\n"
    )
    assert [m.type for m in analyse(text)._.measures] == ["licensing"]


def test_a_relay_names_the_communique_it_reports_by_its_number():
    assert analyse(RELAY)._.identifier.text == "2031/4 sayılı Tebliğ"


def test_an_article_citing_a_communique_by_its_number_gives_no_identifier():
    text = (
        "MADDE 1 – 14/3/2031 tarihli Resmî Gazete’de yayımlanan 2031/4 sayılı Tebliğ ile başlatılan soruşturma "
        "sonucunda karar verilmiştir.\nMADDE 2 – Bu Tebliğ yayımı tarihinde yürürlüğe girer.\n"
    )
    assert analyse(text)._.identifier is None


# --- in force on the numbered day after publication ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ordinal", "expected"),
    [("30 uncu", "2031-04-13"), ("15 inci", "2031-03-29"), ("20'nci", "2031-04-03"), ("10.", "2031-03-24")],
)
def test_in_force_on_the_numbered_day_following_publication(ordinal, expected):
    text = (
        "14 Mart 2031 CUMARTESİ\nResmî Gazete\nSayı : 34012\nTEBLİĞ\nTicaret Bakanlığından:\n"
        "İTHALATTA GÖZETİM UYGULANMASINA İLİŞKİN TEBLİĞ (TEBLİĞ NO: 2031/2)\n"
        "MADDE 1 – Ekli listedeki eşyanın ithalatı gözetime tabidir.\n"
        f"MADDE 2 – Bu Tebliğ yayımı tarihini takip eden {ordinal} gün yürürlüğe girer.\n"
    )
    assert typed(text) == {(PUB, "2031-03-14", False), (EIF, expected, True)}
