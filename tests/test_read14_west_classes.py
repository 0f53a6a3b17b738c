"""Round 11 (issue 15), read14-west: the classes the misses of real EU, US, Canadian, UK and EFTA texts showed. EU acts
in the Union's central and eastern languages (Polish, Czech, Slovak, Romanian): their designation as identifier, their
enacting formula and recitals, the basic regulation their preamble cites as the measure they are made under, their
origin cues and declined country names, Romanian and Slovak dates; a news site's date field as its publication; a period an authority will 'examine' as history; a company table flattened one cell per line whose
TARIC additional code is no rate; a Swiss duty 'fr. 70 par 100 kg'. Every passage is written for these tests, in
other words, numbers, products and countries than the set."""

import pytest

from nlp.countries.rules import implementing_jurisdiction
from nlp.pipeline import analyse
from nlp.text.language import detect_language
from tests.test_dates_families import DOC, EIF, OTHER, PUB, typed
from tests.test_reader_r7 import read

POLISH_REGISTRATION = (
    "ROZPORZĄDZENIE WYKONAWCZE KOMISJI (UE) 2031/41\nz dnia 12 lutego 2031 r.\npoddające rejestracji przywóz "
    "niektórych rur spawanych ze stali nierdzewnej pochodzących z Wietnamu i Tajlandii\n\nKOMISJA EUROPEJSKA,\n\n"
    "uwzględniając Traktat o funkcjonowaniu Unii Europejskiej,\n\nuwzględniając rozporządzenie Parlamentu "
    "Europejskiego i Rady (UE) 2016/1036 z dnia 8 czerwca 2016 r. w sprawie ochrony przed przywozem produktów po "
    "cenach dumpingowych z krajów niebędących członkami Unii Europejskiej, w szczególności jego art. 14 ust. 5,\n\n"
    "a także mając na uwadze, co następuje:\n\n(1) W dniu 3 października 2030 r. Komisja ogłosiła wszczęcie "
    "postępowania dotyczącego przywozu niektórych rur spawanych.\n"
)

ROMANIAN_SUBSIDY_REGISTRATION = (
    "REGULAMENTUL DE PUNERE ÎN APLICARE (UE) 2031/96 AL COMISIEI\n\ndin 4 aprilie 2031\n\nde supunere la "
    "înregistrare a importurilor de fire din fibră de sticlă originare din Republica Populară Chineză și din Egipt\n\n"
    "COMISIA EUROPEANĂ,\n\navând în vedere Tratatul privind funcționarea Uniunii Europene,\n\navând în vedere "
    "Regulamentul (UE) 2016/1037 al Parlamentului European și al Consiliului din 8 iunie 2016 privind protecția "
    "împotriva importurilor care fac obiectul unor subvenții, în special articolul 24 alineatul (5),\n\nîntrucât:\n\n"
    "(1) Comisia a deschis o procedură privind importurile de fire din fibră de sticlă.\n"
)

CZECH_TERMINATION = (
    "CS\n\nÚřední věstník Evropské unie\n\nL 55/3\n\nPROVÁDĚCÍ NAŘÍZENÍ KOMISE (EU) 2031/318\nze dne 2. března "
    "2031\no zastavení přezkumu opatření na dovoz ocelových lan pocházejících z Čínské lidové republiky a "
    "Tchaj-wanu\nEVROPSKÁ KOMISE,\ns ohledem na nařízení Evropského parlamentu a Rady (EU) 2016/1036,\nvzhledem k "
    "těmto důvodům:\n(1) Komise zahájila přezkum.\n"
)

SLOVAK_NEWS = (
    "AD clo na oceľové lano z Číny\n\n06.05.2031 09:12\n\nVykonávacie nariadenie Komisie (EÚ) 2031/640, ktorým sa "
    "ukladá konečné antidumpingové clo na dovoz oceľových lán s pôvodom v Čínskej ľudovej republike. Účinné od "
    "7.5.2031.\n"
)


def _measures_and_origins(text: str) -> tuple[list[str], list[str]]:
    doc = analyse(text, jurisdiction="EU")
    return sorted(m.type for m in doc._.measures), sorted(doc._.countries["affected"])


EU_ACT_CASES = {
    "Polish: a registration regulation made under the anti-dumping basic regulation": (
        POLISH_REGISTRATION,
        "Rozporządzenie wykonawcze Komisji (UE) 2031/41",
        ["anti_dumping"],
        ["TH", "VN"],
    ),
    "Romanian: a registration regulation made under the anti-subsidy basic regulation": (
        ROMANIAN_SUBSIDY_REGISTRATION,
        "Regulamentul de punere în aplicare (UE) 2031/96",
        ["countervailing"],
        ["CN", "EG"],
    ),
    "Czech: a review terminated, its title's origins in the genitive": (
        CZECH_TERMINATION,
        "Prováděcí nařízení Komise (EU) 2031/318",
        ["anti_dumping"],
        ["CN", "TW"],
    ),
}


@pytest.mark.parametrize("name", list(EU_ACT_CASES))
def test_an_eu_act_in_a_central_or_eastern_language(name):
    text, identifier, measures, origins = EU_ACT_CASES[name]
    assert read(text, jurisdiction="EU")[1] == identifier
    assert _measures_and_origins(text) == (measures, origins)


def test_a_romanian_act_is_read_with_the_english_pipeline():
    assert detect_language(ROMANIAN_SUBSIDY_REGISTRATION) == "en"


def test_a_slovak_news_item_cites_an_act_it_is_not():
    title, identifier = read(SLOVAK_NEWS, jurisdiction="EU")
    assert (title, identifier) == ("AD clo na oceľové lano z Číny", None)
    assert _measures_and_origins(SLOVAK_NEWS) == (["anti_dumping"], ["CN"])


DATE_CASES = {
    "a Romanian act's heading: 'din' before its date; the basic regulation it cites is history": (
        ROMANIAN_SUBSIDY_REGISTRATION,
        {(DOC, "2031-04-04", False), (OTHER, "2016-06-08", False)},
    ),
    "a Slovak news item: 'Účinné od' (effective from)": (
        "Vykonávacie nariadenie Komisie (EÚ) 2031/640, ktorým sa ukladá konečné antidumpingové clo na dovoz oceľových "
        "lán s pôvodom v Čínskej ľudovej republike. Účinné od 7.5.2031.\n",
        {(EIF, "2031-05-07", False)},
    ),
    "a news site's date field before the story": (
        " date 2031-03-02 Monday, 02 March 2031 10:14:55 (GMT+3) | Istanbul\n\nThe UK's Trade Remedies Authority "
        "has initiated a review of the anti-dumping duty on steel wire from Ruritania.\n",
        {(PUB, "2031-03-02", False)},
    ),
    "a period an authority will examine to assess injury is history": (
        "The period of investigation is July 1, 2029 through June 30, 2030. To assess injury, the Authority will "
        "examine the period from July 1, 2026 through June 30, 2030.\n",
        {(OTHER, "2029-07-01", False), (OTHER, "2030-06-30", False), (OTHER, "2026-07-01", False)},
    ),
}


@pytest.mark.parametrize("name", list(DATE_CASES))
def test_dates_of_the_read14_west_classes(name):
    text, expected = DATE_CASES[name]
    assert typed(text) == expected


def _rates(text: str, jurisdiction: str) -> list[tuple[float, str]]:
    return sorted((rate.value, rate.unit) for rate in analyse(text, jurisdiction=jurisdiction)._.rates)


def test_a_company_table_one_cell_a_line_between_bar_lines_keeps_its_rates_not_its_taric_codes():
    text = (
        "Artigo 1.o\n1. É instituído um direito anti-dumping definitivo sobre as importações de cabos de aço "
        "originários da República Popular da China.\n2. As taxas do direito anti-dumping definitivo aplicáveis ao "
        "preço líquido, franco-fronteira da União, são as seguintes:\nEmpresa\n|\nDireito anti-dumping definitivo "
        "(%)\n|\nCódigo adicional TARIC\n|\nRuritania Wire Co., Ltd.\n|\n22,7\n|\nC312\n|\nTodas as outras empresas\n|"
        "\n31,5\n|\nC999\n|\n3. Salvo especificação em contrário, são aplicáveis as disposições em vigor.\n"
    )
    assert _rates(text, "EU") == [(22.7, "percent"), (31.5, "percent")]


def test_a_swiss_duty_in_francs_and_centimes():
    text = (
        "Afin de conserver le taux appliqué jusqu'ici aux amandes grillées, à savoir 42 fr. 35 par 100 kg, le no de "
        "tarif 0802.12 a été l'objet d'une nouvelle répartition.\n"
    )
    doc = analyse(text, jurisdiction="CH")
    assert _rates(text, "CH") == [(42.35, "CHF/100 kg")]
    assert ([code.code for code in doc._.codes], [m.type for m in doc._.measures]) == (
        ["080212"],
        ["nomenclature_change"],
    )


NORWEGIAN_QUOTA_PAGE = (
    "Til hovedmeny (Alt + m + enter)Til innhold (Alt + c + enter)\n\nKvoter for import av kjøtt\n\n"
    "Landbruksdirektoratet fordeler en kvote for storfekjøtt fra Botswana på 1 200 tonn og en kvote for "
    "svinekjøtt på 600 tonn. Du må ha importert minst 10 tonn kjøtt for å kunne søke.\n"
)


def test_a_nordic_agency_page_that_allocates_quotas():
    doc = analyse(NORWEGIAN_QUOTA_PAGE, jurisdiction="NO")
    title = doc._.official_title.text if doc._.official_title else None
    quotas = sorted((quota.amount, quota.unit) for quota in doc._.quotas)
    assert (title, [m.type for m in doc._.measures]) == ("Kvoter for import av kjøtt", ["tariff_quota"])
    assert quotas == [(600, "tonnes"), (1200, "tonnes")]


def test_an_authority_reconsidering_its_recommendation_acts_on_the_measure():
    text = (
        "The Trade Remedies Authority has initiated a reconsideration of its recommendation on anti-dumping measures "
        "on imports of ceramic tiles from Vietnam.\n"
    )
    assert _measures_and_origins(text) == (["anti_dumping"], ["VN"])


def test_a_citt_notice_of_expiry_is_known_by_its_le_number():
    text = (
        "COLD-ROLLED STEEL\n\nExpiry No. LE-2031-004\n\nNOTICE OF EXPIRY OF ORDER\n\nThe Canadian International Trade "
        "Tribunal hereby gives notice that its order made on March 2, 2026, in Expiry Review No. RR-2025-002, is "
        "scheduled to expire on March 1, 2031.\n"
    )
    assert read(text, jurisdiction="CA")[1] == "LE-2031-004"


def test_a_trackers_back_link_is_no_title():
    text = (
        "← All FR Documents\nNotice\n\nCertain Steel Racks From the People's Republic of China: Initiation of "
        "Circumvention Inquiry\n\nIn Plain English\n"
    )
    assert (
        read(text)[0] == "Certain Steel Racks From the People's Republic of China: Initiation of Circumvention Inquiry"
    )


@pytest.mark.parametrize(
    "text",
    [
        "KOMISJA EUROPEJSKA,\nuwzględniając Traktat o funkcjonowaniu Unii Europejskiej,\n",
        "Vykonávacie nariadenie Rady (EÚ) č. 88/2031 o uložení konečného antidumpingového cla.\n",
        "COMISIA EUROPEANĂ,\navând în vedere Tratatul privind funcționarea Uniunii Europene,\n",
    ],
)
def test_the_union_named_in_its_central_and_eastern_languages(text):
    assert [mention.code for mention in implementing_jurisdiction(text)] == ["EU"]
