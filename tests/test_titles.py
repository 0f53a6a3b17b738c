"""Official title and identifier read from the text, never from a page header (passages written
for these tests)."""

import pytest

from nlp.pipeline import analyse


def title_and_identifier(text: str, **kwargs) -> tuple:
    doc = analyse(text, **kwargs)
    title, identifier = doc._.official_title, doc._.identifier
    if title:
        assert " ".join(text[title.start : title.end].split()) == title.text
    if identifier:  # the evidence as printed; the identifier in normal case ('REGULATION' -> 'Regulation')
        assert " ".join(text[identifier.start : identifier.end].split()).lower() == identifier.text.lower()
    return (title.text if title else None, identifier.text if identifier else None)


def test_a_canadian_order_title_and_sor_number():
    text = (
        "SOR/2026-144\nRegistration 2026-06-02\nConsolidation date 2026-06-20\nRuritania Surtax Order (Bicycles)\n"
        "P.C. 2026-512 2026-06-01\nHis Excellency the Governor General in Council makes the annexed Order.\n"
    )
    assert title_and_identifier(text, jurisdiction="CA") == ("Ruritania Surtax Order (Bicycles)", "SOR/2026-144")


def test_a_federal_register_notice_subject_and_fr_doc_number():
    text = (
        "Federal Register / Vol. 91, No. 12 / Tuesday, January 20, 2026 / Notices\n\nDEPARTMENT OF COMMERCE\n"
        "International Trade Administration\n[A-552-840]\nSteel Nails From Vietnam: Final Results of\n"
        "Antidumping Duty Administrative Review\n\nAGENCY: Enforcement and Compliance.\n\n"
        "SUMMARY: Commerce determines that steel nails were sold at less than normal value.\n\n"
        "[FR Doc. 2026-01188 Filed 1-16-26; 8:45 am]\nBILLING CODE 3510-DS-P\n"
    )
    assert title_and_identifier(text, jurisdiction="US") == (
        "Steel Nails From Vietnam: Final Results of Antidumping Duty Administrative Review",
        "FR Doc. 2026-01188",
    )


def test_an_eu_act_full_title_over_its_paragraphs_and_its_number():
    text = (
        "20.3.2026 | EN | Official Journal of the European Union | L 81/4\n"
        "COMMISSION IMPLEMENTING REGULATION (EU) 2026/655\n\nof 18 March 2026\n\n"
        "imposing a provisional anti-dumping duty on imports of ceramic sinks originating in Malaysia\n\n"
        "(Text with EEA relevance)\n\nTHE EUROPEAN COMMISSION,\n\nHaving regard to the Treaty,\n"
    )
    assert title_and_identifier(text, jurisdiction="EU") == (
        "COMMISSION IMPLEMENTING REGULATION (EU) 2026/655 of 18 March 2026 imposing a provisional anti-dumping "
        "duty on imports of ceramic sinks originating in Malaysia",
        "Regulation (EU) 2026/655",
    )


def test_a_csms_message_title_and_number():
    text = (
        "Cargo Systems Messaging Service\nCSMS # 67002211 - GUIDANCE: Duties on Imports of Widgets\nBody text here.\n"
    )
    assert title_and_identifier(text, jurisdiction="US") == (
        "CSMS # 67002211 - GUIDANCE: Duties on Imports of Widgets",
        "CSMS # 67002211",
    )


@pytest.mark.parametrize(
    "opening",
    [
        "Federal Register / Vol. 91, No. 12 / Tuesday, January 20, 2026 / Rules and Regulations\n\n",
        "BILLING CODE 3510-DS-P\n\n",
        "SOR/2026-144\n\n",
        "Commodity | Description\n",
        "Article 1\n\n",
        "Please see the changes to the Tariff for 2 March 2027\n\n",
    ],
)
def test_page_headers_table_headers_and_sentences_are_never_titles(opening):
    text = opening + "The duty suspension on tungsten wire has been updated.\n"
    assert title_and_identifier(text)[0] is None


def test_an_act_cited_inside_a_sentence_is_not_the_title():
    text = "Article 4\nImports registered under Implementing Regulation (EU) 2025/118 shall be subject to the duty.\n"
    assert title_and_identifier(text, jurisdiction="EU") == (None, None)


REPUBLISHED = {
    "a Federal Register page with its pages and document number": (
        "Aluminum Wire and Cable From Korea: Countervailing Duty Order, 40211-40213 [2026-11874]\n"
        "Download as PDF\n40211\nFederal Register / Vol. 91, No. 98 / Friday, May 22, 2026 / Notices\n"
        "Countervailing Duty Order\nDEPARTMENT OF COMMERCE\nInternational Trade Administration\n[C-580-901]\n"
        "Aluminum Wire and Cable From Korea:\nCountervailing Duty Order\nEnforcement and Compliance,\n"
        "International Trade Administration,\nDepartment of Commerce.\n"
        "SUMMARY: Commerce is issuing a countervailing duty order on aluminum wire and cable.\n"
        "DATES: Applicable May 22, 2026.\nAGENCY:\n",
        ("Aluminum Wire and Cable From Korea: Countervailing Duty Order", "2026-11874"),
    ),
    "a law site's copy with its download links and citation": (
        "Polyester Textured Yarn From Vietnam: Initiation of Less-Than-Fair-Value Investigation\n\n"
        "Download PDF\nFederal RegisterJun 3, 2026\n91 Fed. Reg. 30111 (Jun. 3, 2026)\n\nAGENCY:\n\n"
        "Office of AD/CVD Operations, International Trade Administration, Commerce.\n",
        ("Polyester Textured Yarn From Vietnam: Initiation of Less-Than-Fair-Value Investigation", None),
    ),
    "a consolidated Canadian order under the site banner": (
        "Government of Canada / Gouvernement du Canada\nSymbol of the Government of Canada\n\n\n"
        "Bicycle Surtax Remission Order (SOR/2026-301)\n\nRegulations are current to 2026-10-01\n\n"
        "Bicycle Surtax Remission Order\n\nP.C. 2026-977 2026-09-12\n",
        ("Bicycle Surtax Remission Order", "SOR/2026-301"),
    ),
    "an order in council record": (
        "PC Number: 2026-0815\n\nDate: 2026-05-02\n\nHis Excellency the Governor General in Council, on the "
        "recommendation of the Minister of Finance, makes the annexed Order.\n",
        (None, "2026-0815"),
    ),
    "a GOV.UK notice under its content type": (
        "Notice\n\nTrade remedies notice 2026/14: anti-dumping duty on aluminium foil\n\nUpdated 3 March 2026\n\n"
        "This notice sets out the duty that applies from 4 March 2026.\n",
        ("Trade remedies notice 2026/14: anti-dumping duty on aluminium foil", "Trade remedies notice 2026/14"),
    ),
    "a CSMS number with its year": (
        "CSMS# 21-000417 - GUIDANCE: Section 232 Duties on Derivative Products\nBody of the message.\n",
        ("CSMS# 21-000417 - GUIDANCE: Section 232 Duties on Derivative Products", "CSMS# 21-000417"),
    ),
    "an Australian notice naming the goods and their origin over two lines": (
        "Customs Tariff (Anti-Dumping) Act 1975\nPrecision pipe and tube steel\n"
        "Exported from Malaysia and the Socialist Republic of Vietnam\n"
        "Notice pursuant to subsection 8(5) of the Customs Tariff (Anti-Dumping) Act 1975\n",
        ("Precision pipe and tube steel Exported from Malaysia and the Socialist Republic of Vietnam", None),
    ),
    "a WTO document under its author line": (
        "Committee on Anti-Dumping Practices - Questions Posed by Chile\n作者:Chile; Korea\n"
        "World Trade Organization G/ADP/Q1/KOR/12 3 June 2026 (26-4410) Committee on Anti-Dumping Practices "
        "The following communication is being circulated at the request of the delegation of Chile.\n",
        (None, "G/ADP/Q1/KOR/12"),
    ),
    "a Brazilian act: its ementa under its number and date": (
        "PORTARIA SECEX Nº 512, DE 14 DE MARÇO DE 2026\n\nDispõe sobre a abertura de investigação de dumping "
        "nas exportações de pneus da Tailândia para o Brasil, e dá outras providências.\n\nO SECRETÁRIO DE "
        "COMÉRCIO EXTERIOR resolve:\n",
        (
            "Dispõe sobre a abertura de investigação de dumping nas exportações de pneus da Tailândia para o "
            "Brasil, e dá outras providências",
            "PORTARIA SECEX Nº 512",
        ),
    ),
    "a New Zealand order and its SR number": (
        "Customs Export Prohibition Order 2026\n\nReprint\nas at 2 May 2026\n\nCoat of Arms of New Zealand\n\n"
        "Customs Export Prohibition Order 2026\n\n(SR 2026/118)\n\nCindy Kiro, Governor-General\n",
        ("Customs Export Prohibition Order 2026", "SR 2026/118"),
    ),
    "a banner run into the title, and the order's short-title clause": (
        "PUBLISHED BY ATTORNEY GENERAL'S CHAMBERS PERINTAH KASTAM (DUTI PERLINDUNGAN) 2026 PADA menjalankan "
        "kuasa yang diberikan oleh seksyen 10, Menteri membuat perintah yang berikut: Nama dan permulaan\n\n"
        "1. (1) Perintah ini bolehlah dinamakan Perintah Kastam (Duti Perlindungan) 2026.\n",
        ("Perintah Kastam (Duti Perlindungan) 2026", None),
    ),
    "a Canada Gazette order registered with its date on the number's line": (
        "Registration\nSOR/2026-233 October 9, 2026\n\nCUSTOMS TARIFF\n\nOrder Amending the Schedule to the "
        "Customs Tariff (Textiles)\n\nP.C. 2026-1180 October 8, 2026\n",
        ("Order Amending the Schedule to the Customs Tariff (Textiles)", "SOR/2026-233"),
    ),
    "a notice page giving its document number in a side panel": (
        "Softwood Lumber Products From Canada: Notice of Court Decision\n\nPrinted version: PDF\n"
        "Publication Date: 08/14/2026\nDocument Number: 2026-15522\n\nThe Court of International Trade sustained "
        "the remand results.\n",
        ("Softwood Lumber Products From Canada: Notice of Court Decision", "2026-15522"),
    ),
    "a schedule printed without its notification": (
        "Download as pdf or txt\nDownload as pdf or txt\nYou are on page 1of 2\n\n"
        "THE SCHEDULE [See clause 4] AMENDMENT IN THE FIRST SCHEDULE TO THE CUSTOMS ACT\n\n"
        "for the entries in column (2) the following shall be substituted\n",
        (None, None),
    ),
}


@pytest.mark.parametrize("name", sorted(REPUBLISHED))
def test_titles_and_numbers_of_republished_and_national_documents(name):
    text, expected = REPUBLISHED[name]
    assert title_and_identifier(text) == expected
