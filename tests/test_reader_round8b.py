"""What the reader sees first on web copies and national formats (issue 15, round 8 second pass): a government site's
banner and numbered breadcrumb over a page, a news section's name, a case page's exporter field, a US quota
bulletin's body stored without its heading, a CBP Decision flattened into one line, a safeguard's immediate
notification of consultations, a Vietnamese decision under the national motto, a Brazilian resolution's ementa, a
Chinese commission's announcement number, a WTO QR record, and who acts in them. Every passage is written for these
tests: other goods, numbers and wording than any eval set."""

from nlp.countries.rules import implementing_jurisdiction
from tests.test_reader_r7 import read


def jurisdiction(text: str) -> list[str]:
    return [m.code for m in implementing_jurisdiction(text)]


GOV_BANNER = (
    "An official website of the United States government\n\n"
    "Here's how you know\n\n"
    "Official websites use .gov\n"
    "A .gov website belongs to an official government organization in the United States.\n\n"
    "  1. Home\n  2. Trade\n  3. Quotas\n  4. Quota Bulletins\n  5. QB 31-402 Raw Cane Sugar\n\n"
    "QB 31-402 Raw Cane Sugar\n\n"
    "Commodity:\n\nRaw cane sugar as provided for in Chapter 17, additional U.S. Note 5.\n\n"
    "Quota Period:\n\nOctober 1, 2031 through September 30, 2032\n\n"
    "HTS Numbers:\n\n1701.13.1000\n\n1701.14.1000\n\n"
    "Questions should be referred to the local CBP port, which may write to HQQUOTA@cbp.dhs.gov.\n"
)


def test_a_government_sites_banner_and_breadcrumb_stand_over_the_bulletins_own_heading():
    assert read(GOV_BANNER, None) == ("QB 31-402 Raw Cane Sugar", "QB 31-402")


def test_a_quota_bulletin_names_no_agency_but_its_notes_fields_and_mailbox_are_the_uss():
    assert jurisdiction(GOV_BANNER) == ["US"]
    body = (
        "COMMODITY\nWorsted wool fabric as provided for in chapter 99, subchapter III, U.S. Note 16\n"
        "QUOTA PERIOD\nJanuary 1, 2032 through December 31, 2032\nRESTRAINT LEVEL\n4,500,000 SME\n"
        "HTS NUMBERS\n9902.51.11\nREPORTING INSTRUCTIONS\nUse entry type code 02 or 06.\n"
        "Questions may be sent to HQQUOTA@cbp.dhs.gov.\n"
    )
    assert jurisdiction(body) == ["US"]
    assert read(body, None) == (None, None)  # the page heading was not stored: the body's fields are no title


def test_a_bulletins_body_opening_with_the_commoditys_value_has_no_title():
    body = (
        "Dairy products described in Chapter 99, Subchapter XXIV, U.S. Notes 4 through 9\n"
        "QUOTA PERIOD:\nJanuary 1, 2032 through December 31, 2032\nOPENING DATE:\nFriday, January 2, 2032\n"
        "RESTRAINT LEVEL:\n99240405 US Note 4 1,200,000 kg\n"
    )
    assert read(body, None) == (None, None)


def test_a_cbp_decision_flattened_into_one_line_is_titled_by_its_subject_and_numbered_by_its_decision():
    text = (
        "41\nU.S. Customs and Border Protection CBP Dec. 31–07 QUOTA QUANTITY OF OLIVES IN BRINE FOR CALENDAR YEAR"
        " 2031 UNDER SUBHEADING 2005.70.25, HARMONIZED TARIFF SCHEDULE OF THE UNITED STATES (HTSUS) AGENCY: U.S."
        " Customs and Border Protection, Department of Homeland Security. ACTION: Announcement of the quota quantity."
        " SUMMARY: This document sets forth the quota quantity for calendar year 2031.\n"
    )
    assert read(text, None) == (
        "QUOTA QUANTITY OF OLIVES IN BRINE FOR CALENDAR YEAR 2031 UNDER SUBHEADING 2005.70.25, HARMONIZED TARIFF"
        " SCHEDULE OF THE UNITED STATES (HTSUS)",
        "CBP Dec. 31-07",  # the text read has its dashes made plain
    )
    assert jurisdiction(text) == ["US"]


def test_a_news_sections_name_and_a_case_pages_exporter_field_are_no_titles():
    release = (
        "Press Releases\n\nMinistry of Economy and Industry\n\nMar 04,2032\n\n"
        "The trade commission held its 97th meeting on 2 March 2032 and decided to recommend a provisional duty of"
        " 12.40 percent on glass fibre mesh from two exporting countries for a period of four months.\n"
    )
    assert read(release, "KR") == (None, None)
    case = (
        "Exported by: Northwind Tube Industries Pty\n"
        "The goods the subject of the application are certain cold-drawn seamless tubes of stainless steel.\n"
        "Applicant | Northwind Tube Industries Pty |\n"
    )
    assert read(case, "AU") == (None, None)


def test_an_annex_page_opening_with_its_heading_has_no_title_but_is_numbered_by_its_act():
    text = (
        "ANHANG II VO (EU) 2031/447\n\nZollkontingente im Milchsektor\n\nLaufende Nummer 09.8812\n"
        "Warenbezeichnung Butter\nMenge 2500000 kg\n"
    )
    assert read(text, "EU") == (None, "VO (EU) 2031/447")


def test_a_safeguards_immediate_notification_of_consultations_is_titled_up_to_its_member():
    text = (
        "IMMEDIATE NOTIFICATION UNDER ARTICLE 12.5 OF\nTHE AGREEMENT ON SAFEGUARDS TO THE COUNCIL FOR TRADE IN GOODS"
        " OF THE RESULTS OF\nCONSULTATIONS UNDER PARAGRAPH 3 OF ARTICLE 12 OF THE AGREEMENT ON\nSAFEGUARDS\n"
        "COMMUNICATION FROM\nVIET NAM\nCold-rolled stainless steel\n"
        "The following communication, received on 9 May 2031, is being circulated at the request of the delegation"
        " of Viet Nam.\n"
    )
    assert read(text, "WTO")[0] == (
        "IMMEDIATE NOTIFICATION UNDER ARTICLE 12.5 OF THE AGREEMENT ON SAFEGUARDS TO THE COUNCIL FOR TRADE IN GOODS"
        " OF THE RESULTS OF CONSULTATIONS UNDER PARAGRAPH 3 OF ARTICLE 12 OF THE AGREEMENT ON SAFEGUARDS"
    )


def test_a_vietnamese_decision_is_titled_by_its_kind_and_the_capitals_under_the_motto():
    text = (
        "MINISTRY OF\nINDUSTRY AND TRADE\n-------\n|\nSOCIALIST\nREPUBLIC OF VIETNAM\n"
        "Independence – Freedom – Happiness\n---------\n|\nNo. 2290/QD-BCT\n|\nHanoi, September 3,\n2031\n|\n"
        "DECISION\nON\nEXTENDING THE ANTI-DUMPING DUTY ON COLD-ROLLED, STAINLESS STEEL\n"
        "PRODUCTS ORIGINATING FROM THE REPUBLIC OF INDIA\nTHE MINISTER OF INDUSTRY AND TRADE\n"
        "Pursuant to the Law on foreign trade management;\n"
    )
    assert read(text, "VN") == (
        "DECISION ON EXTENDING THE ANTI-DUMPING DUTY ON COLD-ROLLED, STAINLESS STEEL PRODUCTS ORIGINATING FROM THE"
        " REPUBLIC OF INDIA",
        "2290/QD-BCT",
    )


def test_a_brazilian_resolution_is_titled_by_its_ementa_not_by_a_portals_headline():
    text = (
        "ALTERAÇÃO TARIFÁRIA: PNEUS DE CARGA - RESOLUÇÃO Nº 811/31\n\nPublicado em: | Categoria: Legislação\n\n"
        "RESOLUÇÃO GECEX Nº 811, DE 5 DE JUNHO DE 2031\n\n"
        "Altera a alíquota do Imposto de Importação incidente sobre pneus novos de borracha para ônibus.\n\n"
        "O COMITÊ-EXECUTIVO DE GESTÃO DA CÂMARA DE COMÉRCIO EXTERIOR, no uso de suas atribuições, resolve:\n"
        "Art. 1º Fica alterada a alíquota.\n"
    )
    assert read(text, "BR") == (
        "Altera a alíquota do Imposto de Importação incidente sobre pneus novos de borracha para ônibus",
        "RESOLUÇÃO GECEX Nº 811",
    )


def test_a_chinese_commissions_announcement_is_numbered_as_its_title_prints_it():
    text = (
        "Customs Tariff Commission Announcement No.5, 2031 on Adjusting Provisional Import Rates\n\n"
        "[2031-06-20 09:12:40]\n\nThe State Council has approved the adjustment of provisional import rates.\n"
    )
    assert read(text, "CN")[1] == "Announcement No.5, 2031"


def test_a_wto_qr_record_has_no_title_its_symbol_and_member_are_its_own():
    text = (
        "Norway #3114 (v.1)\nBase data\n- Notified in\n-\nG/MA/QR/N/NOR/4 02/03/2031\n- Version validity\n-\n"
        "- Reporting member\n- Norway\n- General description\n-\nLicensing of imports of certain ozone-depleting"
        " substances\n"
    )
    assert read(text, "WTO") == (None, "G/MA/QR/N/NOR/4")
    assert jurisdiction(text) == ["NO"]


def summary(text: str, jurisdiction: str | None) -> str:
    from nlp.pipeline import analyse

    return analyse(text, jurisdiction=jurisdiction)._.summary


def test_a_summary_quotes_no_field_value_the_next_fields_label_runs_into():
    body = (
        "Commodity:\nKnitted apparel as provided for in Chapter 98, Subchapter XX of the Harmonized Tariff Schedule"
        " (HTS)\nQuota Period:\nMarch 1, 2032, through February 28, 2033\nRestraint Level:\n120,000,000 Square Meter"
        " Equivalents\nHTS NUMBERS:\n9820.61.40\nReporting Instructions:\nUse entry type code 02 or 06.\n"
    )
    lead, _, quoted = summary(body, "US").partition(").")
    assert lead.startswith("The US announces a tariff quota from 1 March 2032 until 28 February 2033 (")
    assert quoted == ""  # the commodity's value is no sentence to quote


def test_a_summary_names_a_document_by_its_foreign_title_where_nothing_else_names_it_and_ends_a_list_item():
    decree = (
        "DECRETO por el que se reforma el Reglamento de la Ley Aduanera en materia de almacenes generales.\n"
        "Al margen un sello con el Escudo Nacional, que dice: Estados Unidos Mexicanos.- Presidencia de la República.\n"
        "Artículo Único.- Se reforma el artículo 57 del Reglamento de la Ley Aduanera, para quedar como sigue:\n"
        "Artículo 57.- Los almacenes generales deberán llevar un registro electrónico de sus existencias.\n"
    )
    assert summary(decree, "MX") == (
        "Mexico issues ‘DECRETO por el que se reforma el Reglamento de la Ley Aduanera en materia de almacenes"
        " generales’."
    )
    announcement = (
        "General Administration of Customs Announcement No.7, 2031 on the Filing of Customs Brokers\n\n"
        "To all customs districts:\n\n"
        "1. Customs brokers shall file their registration online;\n2. This announcement shall enter into force as"
        " from 2 May 2031;\n\nGeneral Administration of Customs\nApril 20, 2031\n"
    )
    assert summary(announcement, "CN") == (
        "China issues General Administration of Customs Announcement No.7, 2031 on the Filing of Customs Brokers of"
        " 20 April 2031, in force from 2 May 2031. This announcement shall enter into force as from 2 May 2031."
    )
