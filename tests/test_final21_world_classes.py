"""Other countries' acts and the pages that relay them (round 18, second pass on final21's world quarter): the classes
their misses showed. A Russian act's year word split by a copy ('г ода') and a legal database's heading with the act's
name in «» after its number; country names written without their accents ('Africa do Sul'); an Indonesian release's
abbreviated remedy ('BMAD') and its verbs of extension ('menetapkan perpanjangan', 'memperpanjang'); a Finance
Minister regulation reported as 'PMK Nomor 32 Tahun 2031'; an Indian notification's number line with its date under
a publisher's long summary; the quoted name of a South African schedule an amendment names. Every passage is written
for these tests."""

import pytest

from nlp.countries.accents import without_accents
from nlp.pipeline import analyse


def all_dates(text: str, jurisdiction: str | None = None) -> set[tuple[str, str]]:
    return {(d.type, d.date) for d in analyse(text, jurisdiction=jurisdiction)._.dates}


def identifier(text: str, jurisdiction: str | None = None) -> str | None:
    found = analyse(text, jurisdiction=jurisdiction)._.identifier
    return found.text if found else None


def measures(text: str, jurisdiction: str | None = None) -> set[str]:
    return {m.type for m in analyse(text, jurisdiction=jurisdiction)._.measures}


def affected(text: str, jurisdiction: str | None = None) -> set[str]:
    return set(analyse(text, jurisdiction=jurisdiction)._.countries["affected"])


# --- a Russian act's heading with its year word split ('г ода')

EEC_DECISION = (
    "Решение Коллегии Евразийской экономической комиссии от 14 марта 2031 г ода № 57\n"
    "О применении ставки ввозной таможенной пошлины Единого таможенного тарифа в отношении отдельных видов виджетов\n"
    "В соответствии со статьей 45 Договора о Евразийском экономическом союзе от 29 мая 2014 года Коллегия "
    "Евразийской экономической комиссии решила:\n"
    "1. Установить ставку ввозной таможенной пошлины в отношении виджетов, классифицируемых кодом 8479 89 970 8 "
    "ТН ВЭД ЕАЭС, в размере 5 процентов от таможенной стоимости.\n"
)


def test_a_split_year_word_still_closes_the_heading_date():
    assert ("document_date", "2031-03-14") in all_dates(EEC_DECISION, "EAEU")


def test_a_split_year_word_still_precedes_the_act_number():
    assert identifier(EEC_DECISION, "EAEU") == "№ 57"


def test_a_database_heading_with_the_name_in_guillemets_is_the_act_date():
    text = (
        "Решение Коллегии Евразийской экономической комиссии от 2 апреля 2031 года № 61 «О ставке ввозной "
        "таможенной пошлины в отношении виджетов» (г. Москва)\n\n"
        "В соответствии с Договором о Евразийском экономическом союзе от 29 мая 2014 года Коллегия решила:\n"
        "1. Установить ставку ввозной таможенной пошлины в размере 0 процентов.\n"
    )
    assert ("document_date", "2031-04-02") in all_dates(text, "EAEU")


# --- country names written without their accents


@pytest.mark.parametrize(
    ("origin", "code"),
    [("Africa do Sul", "ZA"), ("Mexico", "MX"), ("Japao", "JP"), ("Turquia", "TR")],
)
def test_an_origin_written_without_accents_is_found(origin, code):
    text = (
        "DIREITOS ANTIDUMPING\n"
        "A Resolução GECEX n° 901/2031 aplica direito antidumping definitivo às importações brasileiras de widgets, "
        f"classificados na NCM 8479.89.99, quando originárias da {origin}.\n"
    )
    assert affected(text, "BR") == {code}


@pytest.mark.parametrize("name", ["Čad", "Mỹ", "Suède", "Réunion", "Íslands", "Túnis"])
def test_short_or_word_like_plain_forms_are_not_names(name):
    assert without_accents(name.lower()) == name.lower()


def test_plain_forms_of_latin_letters_only():
    assert without_accents("áfrica do sul") == "africa do sul"
    assert without_accents("китайской") == "китайской"


# --- an Indonesian release on an extended anti-dumping duty

KADI_RELEASE = (
    "Pemerintah Memperpanjang Pengenaan BMAD Terhadap Impor Widget dari Ruritania\n\n"
    "Kamis, 9 Januari 2031 ditulis oleh KADI\n\n"
    "Jakarta - Pemerintah Indonesia menetapkan perpanjangan pengenaan Bea Masuk Antidumping (BMAD) terhadap impor "
    "widget yang termasuk dalam pos tarif 8479.89.39 yang berasal dari Ruritania. Ketetapan tersebut tertuang di "
    "dalam Peraturan Menteri Keuangan (PMK) Nomor 7 Tahun 2031. Besaran BMAD yang ditetapkan dalam PMK Nomor 7 "
    "Tahun 2031 tersebut sesuai dengan rekomendasi Menteri Perdagangan.\n"
)


def test_an_indonesian_release_extending_an_anti_dumping_duty_acts_on_it():
    assert measures(KADI_RELEASE, "ID") == {"anti_dumping"}


def test_the_abbreviated_remedy_in_a_headline_names_it():
    text = "Pemerintah Memperpanjang BMAD Widget\n\nBMAD atas impor widget dari Ruritania diperpanjang.\n"
    assert measures(text, "ID") == {"anti_dumping"}


def test_a_reported_finance_minister_regulation_is_known_by_number_and_year():
    assert identifier(KADI_RELEASE, "ID") == "PMK Nomor 7 Tahun 2031"


# --- an Indian notification's number line under a publisher's summary


def test_the_number_line_with_its_date_under_a_long_summary_is_the_identifier():
    summary = (
        "The Ministry of Finance has issued a notification amending the effective-rate notification to introduce a "
        "concessional Basic Customs Duty on widgets of tariff item 84798999, with effect from the date of issue. "
    )
    text = (
        summary * 6 + "\n\nGOVERNMENT OF INDIA\nMINISTRY OF FINANCE\n(DEPARTMENT OF REVENUE)\nNew Delhi\n\n"
        "Notification No. 21/2031-Customs | Dated 3rd May, 2031\n\n"
        "G.S.R. 301(E).— In exercise of the powers conferred by sub-section (1) of section 25 of the Customs Act, "
        "1962, the Central Government hereby makes the following further amendments in the notification No. "
        "50/2017-Customs, dated the 30th June, 2017.\n"
    )
    assert identifier(text, "IN") == "Notification No. 21/2031-Customs"


# --- the quoted name of a South African schedule


def test_the_quoted_name_of_the_amended_schedule_names_no_measure_of_its_own():
    text = (
        "On 3 May the South African Revenue Service announced an amendment to Part 3 of Schedule No.2 to the Customs "
        "and Excise Act, 1964 “Anti-dumping, Countervailing and Safeguard Duties on Imported Goods - Safeguards” by "
        "the substitution of Safeguard Items 260.03/8479.89.10/01.08 in order to include imports from Ruritania.\n"
    )
    assert measures(text, "ZA") == {"safeguard"}
