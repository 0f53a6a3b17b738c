"""Round 10 (issue 15), read13-eu: the classes the misses of real EU, UK, Icelandic and WTO texts showed. An Official
Journal reference line in Dutch (and the other languages' abbreviations), a WTO masthead that puts the date under
the symbol and a G/SECRET symbol after 'Organization No. ___', an OJ C notice's EUR-Lex 'Document' line, an act's
designation whose parentheses a PDF transcription lost, Icelandic 'tollnúmer' code columns, a WTO Article XXVIII
notification's 'concessions on items', agreements named 'Agreement establishing an Economic Partnership between …'
or '… Trade and Cooperation Agreement between …', a German title's genitive law citation and a report's own title
line, 'eidgenössisch' for Switzerland, and an Italian or Spanish act that repeals a duty for one exporter's imports.
Every passage is written for these tests, in other words, numbers and products than the set."""

import pytest

from nlp.countries.rules import implementing_jurisdiction
from nlp.pipeline import analyse
from tests.test_dates_families import DOC, OTHER, PUB, typed
from tests.test_reader_r7 import read

DATE_CASES = {
    "a Dutch register line is the act's publication": (
        "Uitvoeringsverordening (EU) 2031/77 van de Commissie van 9 maart 2031 tot instelling van een voorlopig "
        "antidumpingrecht\n\nPB L 66 van 10.3.2031, blz. 5–9 (BG, ES, CS, DA, DE)\n",
        {(DOC, "2031-03-09", False), (PUB, "2031-03-10", False)},
    ),
    "a Polish register line is the act's publication": (
        "Dz.U. L 66 z 10.3.2031, p. 5–9\n",
        {(PUB, "2031-03-10", False)},
    ),
    "a Swiss report: the law its cover cites in the genitive, then the report's own title line with its date": (
        "Beilage 7.2 Teil III:\n\nBericht über zolltarifarische Massnahmen im Jahr 2030 Beilage nach Artikel 13 des "
        "Zolltarifgesetzes vom 9. Oktober 1986 (zur Genehmigung)\n\n2031-0144\n\nBericht über zolltarifarische "
        "Massnahmen im Jahr 2030 vom 15. Januar 2031\n\n1\n\nÜbersicht\n\nDer Bundesrat unterbreitet den "
        "eidgenössischen Räten den 57. Bericht über zolltarifarische Massnahmen.\n",
        {(OTHER, "1986-10-09", False), (DOC, "2031-01-15", False)},
    ),
    "a WTO masthead: the date starts the line under the symbol, before the job number": (
        "World Trade\nOrganization No. ______ G/SECRET/88\n4 March 2031 (31-1822) Original: English\n"
        "Schedule XIV – Norway\nThe following communication, dated 27 February 2031, has been received from the "
        "Permanent Mission of Norway.\n",
        {(DOC, "2031-03-04", False), (OTHER, "2031-02-27", False)},
    ),
}


@pytest.mark.parametrize("name", list(DATE_CASES))
def test_dates_of_the_read13_eu_classes(name):
    text, expected = DATE_CASES[name]
    assert typed(text) == expected


WTO_SECRET = (
    "World Trade\nOrganization No. ______ G/SECRET/88\n4 March 2031 (31-1822) Original: English\n"
    "Schedule XIV – Norway\nThe following communication, dated 27 February 2031, has been received from the "
    "Permanent Mission of Norway.\nIn accordance with Article XXVIII, paragraph 5 of the General Agreement, Norway "
    "hereby provides notification that it intends to modify concessions on items 04061020 (fresh cheese), "
    "04069099 (other cheese) included in Schedule XIV of Norway.\n"
)


def test_a_wto_secret_notification_names_its_symbol_member_and_items():
    _, identifier = read(WTO_SECRET, jurisdiction=None)
    member = [mention.code for mention in implementing_jurisdiction(WTO_SECRET)]
    codes = [code.code for code in analyse(WTO_SECRET)._.codes]
    assert (identifier, member, codes) == ("G/SECRET/88", ["NO"], ["04061020", "04069099"])


def test_a_swiss_german_text_names_switzerland():
    text = "Der Bundesrat unterbreitet den eidgenössischen Räten den 57. Bericht über zolltarifarische Massnahmen.\n"
    assert [mention.code for mention in implementing_jurisdiction(text)] == ["CH"]


def test_an_oj_c_notices_eur_lex_document_line_is_no_title():
    text = (
        "EUR-Lex Access to European Union law\n\nThis document is an excerpt from the EUR-Lex website\n\n"
        "Document C2031/88/05\n\nNotice of initiation of an expiry review of the anti-dumping measures applicable to "
        "imports of ceramic tableware originating in the People's Republic of China\n\nOJ C 88, 4.3.2031, p. 7–12\n\n"
        "(2031/C 88/05)\n\nFollowing the publication of a notice of impending expiry, the Commission received a "
        "request for review.\n"
    )
    title, identifier = read(text, jurisdiction="EU")
    assert title == (
        "Notice of initiation of an expiry review of the anti-dumping measures applicable to imports of ceramic "
        "tableware originating in the People's Republic of China"
    )
    assert identifier == "2031/C 88/05"


def test_a_designation_whose_parentheses_a_transcription_lost():
    text = (
        "Diario Oficial de la Unión Europea\nES\n\nL 71/3\n\nREGLAMENTO DE EJECUCIÓN UE 2031/455 DE LA COMISIÓN\n"
        "de 3 de marzo de 2031\npor el que se establece un derecho antidumping provisional sobre las importaciones "
        "de cables de acero originarios de la India\nLA COMISIÓN EUROPEA,\nVisto el Reglamento UE 2016/1036 del "
        "Parlamento Europeo y del Consejo,\n"
    )
    title, identifier = read(text, jurisdiction="EU")
    assert title.startswith("REGLAMENTO DE EJECUCIÓN UE 2031/455 DE LA COMISIÓN de 3 de marzo de 2031 por el que")
    assert identifier == "Reglamento de Ejecución UE 2031/455"


def test_a_recital_citing_an_act_without_parentheses_names_no_identifier():
    text = "Visto el Reglamento UE 2016/1036 del Parlamento Europeo y del Consejo, y en particular su artículo 11.\n"
    assert read(text, jurisdiction="EU")[1] is None


def test_an_icelandic_quota_row_under_its_tollnumer_header():
    text = (
        "2. gr.\nÁkvæði eftirfarandi töflu gilda um vörumagn, tímabil innflutnings, verð- og magntoll:\n"
        "Vara Tímabil Vörumagn Verðtollur Magntollur\nÚr tollnúmeri: kg % kr./kg\n"
        "0405.1000 Smjör 01.03.31 - 30.06.31 5.000 0 0\n"
    )
    assert [code.code for code in analyse(text, jurisdiction="IS")._.codes] == ["04051000"]


MEASURE_CASES = {
    "an economic partnership named 'Agreement establishing an Economic Partnership between'": (
        "2.—(1) Schedule 1 to the Customs Tariff (Preferential Trade Arrangements) (EU Exit) Regulations 2020 is "
        "amended as follows.\n(2) In the row relating to the Agreement establishing an Economic Partnership between "
        "the Central Africa Party, on the one part, and the United Kingdom, on the other part, for the entry in the "
        "second column substitute “Cameroon”.\n",
        ["preference"],
    ),
    "a trade and cooperation agreement": (
        "(b) Part 2 comes into force on the date on which the Amending Agreement No. 2 to the Trade and Cooperation "
        "Agreement between the United Kingdom of Great Britain and Northern Ireland and the European Union enters "
        "into force.\n",
        ["preference"],
    ),
}


EXCLUSION_CASES = {
    "Italian: a review for one exporter that repeals the duty as regards its imports": (
        "REGOLAMENTO DI ESECUZIONE (UE) 2031/212 DELLA COMMISSIONE del 9 aprile 2031\n\nche apre un riesame del "
        "regolamento di esecuzione (UE) 2028/77 allo scopo di determinare la possibilità di concedere un'esenzione da "
        "tali misure a un produttore esportatore turco, che abroga il dazio antidumping per quanto riguarda le "
        "importazioni provenienti da detto produttore esportatore e che dispone la registrazione di tali importazioni\n"
        "LA COMMISSIONE EUROPEA,\nOmissis\nHA ADOTTATO IL PRESENTE REGOLAMENTO:\n\nArticolo 1\nÈ aperto un riesame "
        "del regolamento di esecuzione (UE) 2028/77 al fine di stabilire se le importazioni di ruote in acciaio "
        "prodotte da Demir Jant A.S. debbano essere soggette alle misure antidumping.\n"
    ),
    "Spanish: the same act": (
        "REGLAMENTO DE EJECUCIÓN (UE) 2031/212 DE LA COMISIÓN de 9 de abril de 2031\n\npor el que se inicia una "
        "reconsideración del Reglamento de Ejecución (UE) 2028/77 a fin de determinar la posibilidad de conceder una "
        "exención de dichas medidas a un productor exportador turco, se deroga el derecho antidumping en lo que "
        "respecta a las importaciones de dicho productor exportador y se someten a registro dichas importaciones\n"
        "LA COMISIÓN EUROPEA,\nHA ADOPTADO EL PRESENTE REGLAMENTO:\n\nArtículo 1\nSe inicia una reconsideración del "
        "Reglamento de Ejecución (UE) 2028/77 a fin de determinar si las importaciones de ruedas de acero producidas "
        "por Demir Jant A.S. deben estar sujetas a las medidas antidumping.\n"
    ),
}


@pytest.mark.parametrize("name", list(EXCLUSION_CASES))
def test_a_duty_repealed_for_one_exporters_imports_carves_it_out(name):
    types = sorted(mention.type for mention in analyse(EXCLUSION_CASES[name], jurisdiction="EU")._.measures)
    assert types == ["anti_dumping", "exclusion"]


@pytest.mark.parametrize("name", list(MEASURE_CASES))
def test_measures_of_the_read13_eu_classes(name):
    text, expected = MEASURE_CASES[name]
    assert sorted(mention.type for mention in analyse(text, jurisdiction="GB")._.measures) == expected
