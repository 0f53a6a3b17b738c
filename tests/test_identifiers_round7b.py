"""Titles and numbers of documents of kinds the rules had not met (issue 15, round 7 second pass): EU acts in Italian,
Spanish, Portuguese and Dutch (their designation is the number; the enacting authority's line ends the title), a
'<kind> No. N of <year>' in a title (Commonwealth instruments, Chinese ministries' English announcements) and a US
quota bulletin's 'QB' number. Every passage is written for these tests: other goods, numbers and wording."""

from tests.test_reader_r7 import read

ITALIAN = (
    "REGOLAMENTO DI ESECUZIONE (UE) 2031/884 DELLA COMMISSIONE del 3 marzo 2031\n\n"
    "che istituisce un dazio antidumping definitivo sulle importazioni di ruote in lega di alluminio originarie della"
    " Repubblica popolare cinese\n"
    "LA COMMISSIONE EUROPEA,\nvisto il trattato sul funzionamento dell'Unione europea,\n"
    "HA ADOTTATO IL PRESENTE REGOLAMENTO:\n\nArticolo 1\nÈ istituito un dazio antidumping definitivo.\n"
)

SPANISH = (
    "Reglamento de Ejecución (UE) 2031/1207 de la Comisión, de 9 de julio de 2031, por el que se modifica el"
    " Reglamento (UE) 2029/55 relativo a los contingentes arancelarios de determinados productos de la pesca\n\n"
    "LA COMISIÓN EUROPEA,\n\nVisto el Tratado de Funcionamiento de la Unión Europea,\n\n"
    "Considerando lo siguiente:\n\n(1) Procede modificar los volúmenes.\n\n"
    "HA ADOPTADO EL PRESENTE REGLAMENTO:\n\nArtículo 1\nEl anexo queda modificado.\n"
)

PORTUGUESE = (
    "REGULAMENTO DE EXECUÇÃO (UE) 2031/302 DA COMISSÃO de 14 de fevereiro de 2031\n\n"
    "que institui um direito anti-dumping definitivo sobre as importações de fio de aço originário da Índia\n\n"
    "A COMISSÃO EUROPEIA,\n\nTendo em conta o Tratado,\n\nADOTOU O PRESENTE REGULAMENTO:\n\nArtigo 1.o\n"
)

DUTCH = (
    "UITVOERINGSVERORDENING (EU) 2031/515 VAN DE COMMISSIE van 2 april 2031\n\n"
    "tot instelling van een definitief antidumpingrecht op de invoer van glasvezelweefsels uit Egypte\n\n"
    "DE EUROPESE COMMISSIE,\n\nGezien het Verdrag,\n\nHEEFT DE VOLGENDE VERORDENING VASTGESTELD:\n\nArtikel 1\n"
)


def test_eu_acts_in_other_official_languages_are_numbered_by_their_designation():
    assert read(ITALIAN, "EU") == (
        "REGOLAMENTO DI ESECUZIONE (UE) 2031/884 DELLA COMMISSIONE del 3 marzo 2031 che istituisce un dazio"
        " antidumping definitivo sulle importazioni di ruote in lega di alluminio originarie della Repubblica popolare"
        " cinese",
        "Regolamento di esecuzione (UE) 2031/884",
    )
    assert read(SPANISH, "EU")[1] == "Reglamento de Ejecución (UE) 2031/1207"
    assert read(PORTUGUESE, "EU") == (
        "REGULAMENTO DE EXECUÇÃO (UE) 2031/302 DA COMISSÃO de 14 de fevereiro de 2031 que institui um direito"
        " anti-dumping definitivo sobre as importações de fio de aço originário da Índia",
        "Regulamento de Execução (UE) 2031/302",
    )
    assert read(DUTCH, "EU")[1] == "Uitvoeringsverordening (EU) 2031/515"


def test_a_kind_numbered_n_of_a_year_in_a_title_is_the_documents_number():
    australian = (
        "COMMONWEALTH OF AUSTRALIA\n\nAnti-Dumping Notice Instrument No. 4 of 2031\n\n"
        "Customs Tariff (Anti-Dumping) Act 1975\n\nI, JANE CITIZEN, Assistant Minister for Industry, have considered"
        " the recommendations of the Commissioner.\n"
    )
    assert read(australian, "AU")[1] == "Anti-Dumping Notice Instrument No. 4 of 2031"
    chinese = (
        "MOFCOM Announcement No. 12 of 2031 on the Final Ruling of the Anti-dumping Investigation into Imports of"
        " Acrylic Fibres\n\nAccording to the Anti-dumping Regulations, the Ministry of Commerce ruled as follows.\n"
    )
    assert read(chinese, "CN")[1] == "Announcement No. 12 of 2031"


def test_a_quota_bulletins_number():
    bulletin = "QB 31-118 2032 Tariff Rate Quota for Peanuts\nCOMMODITY:\nPeanuts provided for in Chapter 12\n"
    assert read(bulletin)[1] == "QB 31-118"
