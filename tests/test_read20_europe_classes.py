"""Europe's Official Journal notices and Nordic regulations (issue 15, round 17, read20-europe): the classes their
misses showed. Dates: an older register page's journal line in Italian or Spanish ('Gazzetta ufficiale n. C 072 del
26/03/… pag. 0002 - 0002', 'Diario Oficial n° L 176 de …'), a legal portal's line giving a notice's own Official Journal issue under its number ('(Dz.U.UE C
z dnia …)'), a Norwegian regulation in force 'fra dags dato' (the day it was made), a Norwegian act cited by its
number before its date ('nr. 907 av 20. juni …') or by its date before a number without a point ('… nr 1723'), a news
service's date line under its headline and its masthead of section tags. Titles: a notice of (impending) expiry
headed in the Union's other languages ('Avviso …', 'Zawiadomienie …', 'Oznámení …') whose table cites the expiring
regulation at a line's start, its C-series number printed without brackets. Countries: an Italian expiry table's
'Paese(i) di origine o di esportazione' column, South Africa in Italian; the Union acting where a portal cites its
journal 'Dz.U.UE' or an Italian item 'Gazzetta Ufficiale dell’UE'. Measures: Italian 'antisovvenzioni', a
Norwegian 'sikkerhetsmekanisme'. Every passage is written for these tests."""

from tests.fact_readers import affected, dates, identifier, jurisdiction, measures, title


def scored_dates(text: str) -> list[tuple[str, str]]:
    return [item for item in dates(text) if item[0] not in ("other", "registration")]


# --- dates ----------------------------------------------------------------------------------------------------------


def test_a_portals_line_of_the_notices_own_journal_issue_is_its_publication():
    text = (
        "Zawiadomienie o wszczęciu postępowania antydumpingowego dotyczącego przywozu niektórych zaworów pochodzących "
        "z Ruritanii\n\n(2031/C 201/04)\n\n(Dz.U.UE C z dnia 7 czerwca 2031 r.)\n\n"
        "Komisja otrzymała skargę złożoną w dniu 2 maja 2031 r. przez Stowarzyszenie Producentów Zaworów.\n\n"
        "(1) Dz.U. L 56 z 3.3.2030, s. 131.\n"
    )
    assert scored_dates(text) == [("publication", "2031-06-07")]
    assert ("other", "2030-03-03") in dates(text)


def test_an_older_register_pages_journal_line_in_italian_is_the_notices_publication():
    text = (
        "Avviso di imminente scadenza di alcune misure antidumping\n"
        "Gazzetta ufficiale n. C 072 del 26/03/2031 pag. 0002 - 0002\n\n"
        "Avviso di imminente scadenza di alcune misure antidumping (2031/C 72/02) 1. La Commissione informa che, se "
        "non viene avviato un riesame, le misure antidumping sottoindicate scadranno alla data indicata.\n"
    )
    assert scored_dates(text) == [("publication", "2031-03-26")]


def test_an_older_register_pages_journal_line_in_spanish_is_the_acts_publication():
    text = (
        "Reglamento (CE) nº 1808/31 del Consejo, de 24 de julio de 2031, relativo a la apertura de contingentes\n\n"
        "Diario Oficial n° L 176 de 27/07/2031 p. 0001 - 0091\n\n\n"
        "REGLAMENTO (CE) N° 1808/31 DEL CONSEJO de 24 de julio de 2031\n"
    )
    assert scored_dates(text) == [("document_date", "2031-07-24"), ("publication", "2031-07-27")]


def test_a_norwegian_regulation_in_force_from_this_days_date_takes_its_adoption_day():
    text = (
        "Forskrift om endring av forskrift om tollkvoter for bær til industrien\n\n"
        "Fastsatt av Landbruks- og matdepartementet 12. mars 2031 med hjemmel i tolloven § 9-3.\n\n"
        "§ 1 Vedlegg 2 skal lyde: Kvoteår 2031/2032: 900 tonn.\n\n§ 2 Ikrafttredelse\n"
        "Denne forskriften trer i kraft fra dags dato.\n"
    )
    assert scored_dates(text) == [("document_date", "2031-03-12"), ("entry_into_force", "2031-03-12")]


def test_a_regulation_in_force_with_immediate_effect_takes_its_adoption_day():
    text = (
        "Forskrift om endring i forskrift om fordeling av tollkvoter\n\n"
        "Fastsatt av Landbruks- og matdepartementet 3. april 2031.\n\n"
        "Endringene trer i kraft med øyeblikkelig virkning.\n"
    )
    assert scored_dates(text) == [("document_date", "2031-04-03"), ("entry_into_force", "2031-04-03")]


def test_an_amended_regulation_cited_by_its_number_before_its_date_is_history():
    text = (
        "Forskrift om endring av forskrift om fordeling av tollkvoter for landbruksvarer nr. 412 av 14. mars 2030\n\n"
        "Fastsatt av Landbruks- og matdepartementet 9. september 2031 med hjemmel i Kgl. res. nr. 600 av "
        "30. juni 2029.\n\nI\n\nAuksjonene gjennomføres primo oktober.\n\nII\n\n"
        "Endringene trer i kraft 1. oktober 2031.\n"
    )
    assert scored_dates(text) == [("document_date", "2031-09-09"), ("entry_into_force", "2031-10-01")]
    assert ("other", "2030-03-14") in dates(text)


def test_an_amended_regulation_cited_by_its_date_before_a_number_without_a_point_is_history():
    text = (
        "Forskrift om endring av forskrift 2. mai 2029 nr 77 om administrative tollnedsettelser\n\n"
        "Fastsatt av Landbruks- og matdepartementet 5. november 2031 med hjemmel i tolloven § 9-2.\n"
    )
    assert scored_dates(text) == [("document_date", "2031-11-05")]


def test_a_news_services_date_line_under_its_headline_and_section_tags_is_the_items_publication():
    text = (
        "Dieser Inhalt ist relevant für:\nEU / RuritanienAntidumping\nZoll\n"
        "EU Customs & Trade News EU Antidumping\n"
        "Einleitung einer Auslaufüberprüfung\n"
        "14.03.2031\n"
        "Auf Einfuhren von Ventilen mit Ursprung in Ruritanien bestehen Antidumpingmaßnahmen, die mit "
        "Durchführungsverordnung (EU) 2026/812 eingeführt wurden.\n"
        "Quelle:\nBekanntmachung der Einleitung; ABl. C 97 vom 10. März 2031, S. 3.\n"
    )
    assert scored_dates(text) == [("publication", "2031-03-14")]


# --- titles and identifiers ------------------------------------------------------------------------------------------

ITALIAN_EXPIRY_NOTICE = (
    "4.5.2031   \n\nIT\n\nGazzetta ufficiale dell'Unione europea\n\nC 88/12\n\n\n"
    "Avviso di imminente scadenza di alcune misure antidumping\n\n2031/C 88/05\n\n"
    "1.   La Commissione europea informa che, salvo avvio di un riesame, le misure antidumping sottoindicate "
    "scadranno alla data specificata nella tabella.\n\n"
    "Prodotto\n\nPaese(i) di origine o di esportazione\n\nMisure\n\nRiferimento\n\nData di scadenza\n\n"
    "Valvole di ghisa\n\nRepubblica del Sud Africa\n\nDazio antidumping\n\n"
    "Regolamento di esecuzione (UE) 2026/412 della Commissione (GU L 77 del 3.3.2026, pag. 1)\n\n4.3.2032\n"
)


def test_an_italian_expiry_notice_is_titled_by_its_heading_not_by_the_regulation_its_table_cites():
    assert title(ITALIAN_EXPIRY_NOTICE) == "Avviso di imminente scadenza di alcune misure antidumping"
    assert identifier(ITALIAN_EXPIRY_NOTICE) == "2031/C 88/05"


def test_a_czech_notice_under_a_masthead_of_cells_is_titled_by_the_line_over_its_number():
    text = (
        "19.9.2031 |\nCS |\nÚřední věstník Evropské unie |\nC 270/11 |\n"
        "Oznámení o nadcházejícím pozbytí platnosti některých antidumpingových opatření\n2031/C 270/09\n"
        "1. Komise oznamuje, že pozbudou níže uvedená antidumpingová opatření platnosti dnem uvedeným v tabulce.\n"
        "Výrobek |\nZemě původu nebo vývozu |\nOpatření |\nOdkaz |\nDatum pozbytí platnosti |\n"
        "Ventily |\nRuritánie |\nAntidumpingové clo |\n"
        "Nařízení Rady (ES) č. 393/2026 (Úř. věst. L 119, 14.5.2026, s. 1) |\n15.5.2032 |\n"
    )
    assert title(text) == "Oznámení o nadcházejícím pozbytí platnosti některých antidumpingových opatření"
    assert identifier(text) == "2031/C 270/09"


# --- countries and measures ------------------------------------------------------------------------------------------


def test_an_italian_expiry_tables_origin_column_names_the_countries_affected():
    assert affected(ITALIAN_EXPIRY_NOTICE) == ["ZA"]


def test_italian_anti_subsidy_duties_are_countervailing():
    text = (
        "Segnalato un nuovo procedimento antisovvenzioni dell’UE sulle valvole dalla Cina.\n"
        "Sono stati pubblicati in Gazzetta Ufficiale dell’UE alcuni avvisi di difesa commerciale.\n"
    )
    assert measures(text) == ["countervailing"]


def test_a_norwegian_safeguard_mechanism_repealed_is_a_safeguard():
    text = (
        "Forskrift om oppheving av forskrift om sikkerhetsmekanisme for import av korn fra land omfattet av "
        "nulltollordningen\n\nFastsatt av Landbruks- og matdepartementet 7. mars 2031.\n\n"
        "Forskriften om sikkerhetsmekanisme for import av korn oppheves.\n"
    )
    assert "safeguard" in measures(text)


def test_a_portals_citation_of_the_unions_journal_names_the_union_as_acting():
    text = (
        "Zawiadomienie o wszczęciu przeglądu\n\nDzienniki UE\n\nDz.U.UE.C.2031.88.4\n\n"
        "Komisja otrzymała wniosek o dokonanie przeglądu dotyczący przywozu zaworów pochodzących z Ruritanii.\n"
    )
    assert jurisdiction(text) == ["EU"]


def test_an_italian_items_gazzetta_ufficiale_dellue_names_the_union_as_acting():
    text = (
        "Sono stati pubblicati in Gazzetta Ufficiale dell’UE alcuni avvisi di difesa commerciale.\n"
        "1) Antidumping valvole – Ruritania: avviso di imminente scadenza dei dazi antidumping.\n"
    )
    assert jurisdiction(text) == ["EU"]
