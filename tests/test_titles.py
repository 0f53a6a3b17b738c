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
