"""The same notice in other layouts (CRLF, converted web page, markdown, a PDF's page breaks and hyphenation)
gives the same facts, with spans that hold the same words in the text as given (nlp.text.plain)."""

from __future__ import annotations

import textwrap

from nlp.pipeline import analyse
from nlp.text.plain import layout_neutral

NOTICE = """Implementing Regulation (EU) 2031/118 of 9 March 2031 imposing a definitive anti-dumping duty on imports of ceramic flags originating in Egypt

Article 1

1. A definitive anti-dumping duty is imposed on imports of ceramic flags and paving tiles currently falling within CN code 6907 21 00 and originating in Egypt.

2. The rate of the duty shall be 27,4 %.

Article 2

This Regulation shall enter into force on the day following that of its publication in the Official Journal of the European Union.

It shall apply from 14 April 2031.
"""


def facts(text: str) -> dict:
    doc = analyse(text)
    return {
        "codes": {c.code for c in doc._.codes},
        "dates": {(d.type, d.date) for d in doc._.dates},
        "measures": {m.type for m in doc._.measures},
        "affected": set(doc._.countries["affected"]),
        "title": " ".join(doc._.official_title.text.split()) if doc._.official_title else None,
        "rates": {(float(r.value), r.unit) for r in doc._.rates},
    }


def test_the_plain_notice_gives_its_facts():
    assert facts(NOTICE) == {
        "codes": {"69072100"},
        "dates": {("application_start", "2031-04-14"), ("document_date", "2031-03-09")},
        "measures": {"anti_dumping"},
        "affected": {"EG"},
        "title": NOTICE.split("\n", 1)[0],
        "rates": {(27.4, "percent")},
    }


def test_crlf_line_ends_change_no_fact():
    assert facts(NOTICE.replace("\n", "\r\n")) == facts(NOTICE)


def test_a_converted_web_page_with_no_break_spaces_and_soft_hyphens_changes_no_fact():
    page = NOTICE.replace("6907 21 00", "6907\u00a021\u00a000").replace("14 April", "14\u00a0April")
    page = page.replace("definitive", "defini\u00adtive").replace("originating", "origi\u00adnating")
    assert facts(page) == facts(NOTICE)


def test_markdown_changes_no_fact():
    markdown = "---\nlayout: notice\n---\n\n# " + NOTICE.replace("Article ", "## **Article** ")
    assert facts(markdown) == facts(NOTICE)


def test_a_page_break_mid_sentence_is_read_through():
    broken = NOTICE.replace(
        "It shall apply from 14 April 2031.",
        "It shall apply from\n\nPage 2 of 3\n\fGAZETTE OF THE UNION\n\n14 April 2031.\n\nPage 3 of 3\n\nGAZETTE OF THE UNION\n",
    )
    assert facts(broken) == facts(NOTICE)


def test_spans_point_at_the_text_as_given():
    page = NOTICE.replace("6907 21 00", "6907\u00a021\u00a000").replace("\n", "\r\n")
    doc = analyse(page)
    (code,) = doc._.codes
    assert page[code.start : code.end] == "6907\u00a021\u00a000"
    (start,) = [d for d in doc._.dates if d.type == "application_start"]
    assert page[start.start : start.end] == "14 April 2031"


def test_the_view_keeps_the_length_and_blanks_only_layout():
    text = "a\r\nb\rc\u00a0d anti\u00addumping provi-\nsional duty and anti-\ndumping\n# Head\n**Bold**"
    neutral = layout_neutral(text)
    assert len(neutral) == len(text)
    assert neutral == "a \nb\nc d antidumping  provisional   duty and anti-dumping \n  Head\n  Bold  "


def test_a_word_hyphenated_at_a_line_end_keeps_the_hyphen_the_document_writes_elsewhere():
    text = "the tariff-rate quota opens; the tariff-\nrate quota and the quo-\ntas"
    assert layout_neutral(text) == "the tariff-rate quota opens; the tariff-rate  quota and the quotas  "


def test_a_dash_between_digits_is_a_hyphen():
    assert layout_neutral("P.C. 2027–0815 of 2027—03—01") == "P.C. 2027-0815 of 2027-03-01"


def test_a_page_break_after_a_full_sentence_stays_a_paragraph_break():
    text = "The duty applies.\n\nPage 4 of 9\n\nNext paragraph."
    assert layout_neutral(text) == "The duty applies.\n\n           \n\nNext paragraph."


def test_a_text_without_layout_noise_is_returned_as_it_is():
    text = "Article 3\n\nThe rate is 12 % from 1 July 2030.\n"
    assert layout_neutral(text) is text


def test_a_line_end_in_running_prose_before_a_number_is_a_space():
    text = (
        "Filers should read the guidance on the new statistical breakouts in message\n"
        "51207733 before they file.\n"
        "the products of tariff subheadings listed in this notice, such as 8481 80\n"
        "90 10, are concerned\n"
        "Goods of heading\n"
        "8482 are not concerned.\n"
        "and these goods are listed in the two paragraphs which follow here:\n"
        "2. The second paragraph\n"
    )
    neutral = layout_neutral(text)
    assert neutral == text.replace("message\n5", "message 5").replace("80\n90", "80 90")


def test_a_wrapped_list_of_message_numbers_gives_no_code():
    listed = (
        "Related messages: 61234567, 61234012, 60987654, 60876543, 60765432,\n"
        "60654321, 60543210, 59432109, 59321098, 59210987, 59109876,\n"
        "58998765, 58887654\n"
    )
    doc = analyse("CSMS # 61299001 - Reminder on filing entries\n\nImporters should file as before.\n" + listed)
    assert [c.code for c in doc._.codes] == []


def hard_wrapped(text: str, width: int) -> str:
    return "\n".join(textwrap.fill(line, width) if line else line for line in text.split("\n"))


def test_a_notice_hard_wrapped_at_sixty_columns_gives_the_same_facts():
    assert facts(hard_wrapped(NOTICE, 60)) == facts(NOTICE)


def test_a_line_end_is_a_space_only_where_the_next_word_did_not_fit():
    text = (
        "The importer shall declare the goods under the procedure laid\n"
        "down in this notice and keep the records for five years from\n"
        "the date of the declaration.\n"
        "\n"
        "A heading line that stands alone\n"
        "The next paragraph begins here and runs on to the end of the\n"
        "line as the writer set it.\n"
    )
    assert layout_neutral(text) == (
        "The importer shall declare the goods under the procedure laid "
        "down in this notice and keep the records for five years from "
        "the date of the declaration.\n"
        "\n"
        "A heading line that stands alone\n"
        "The next paragraph begins here and runs on to the end of the "
        "line as the writer set it.\n"
    )


def test_a_text_of_lines_longer_than_any_wrapping_keeps_its_line_ends():
    text = (
        "Customs and Border Protection issued this message to every filer of entries for the goods concerned by "
        "the notice\n"
        "Importers should review the guidance below before they file any further entry of such goods with the "
        "port today.\n"
    )
    assert layout_neutral(text) is text


def test_an_invisible_character_beside_digits_is_a_space_in_place_and_texts_are_as_written():
    assert layout_neutral("\u00ad8703.80.25 and cus\u00adtoms") == " 8703.80.25 and customs "
    text = "Goods of subheading 8703\u00a080 enter on 2\u00a0May\u00a02031 under \u00ad8703.80.25."
    doc = analyse(text)
    assert [(c.code, c.text) for c in doc._.codes] == [("870380", "8703\u00a080"), ("87038025", "8703.80.25")]
    assert [(d.date, d.text) for d in doc._.dates] == [("2031-05-02", "2\u00a0May\u00a02031")]
    assert all(m.text == text[m.start : m.end] for m in [*doc._.codes, *doc._.dates])


def test_rates_and_quotas_quote_the_text_as_written_at_their_span():
    text = (
        "Article 2\nUn droit compensateur définitif de 18,25\u00a0% est institué sur les importations de fils "
        "relevant du code NC 5402\u00a033\u00a000, dans la limite d'un contingent de 2\u202f750 tonnes."
    )
    doc = analyse(text)
    assert [rate.text for rate in doc._.rates] == ["18,25\u00a0%"]
    assert [(quota.text, quota.amount) for quota in doc._.quotas] == [("2\u202f750 tonnes", 2750)]


def test_a_few_lines_laid_out_by_their_writer_are_not_a_wrapping():
    text = "Trade notice\nCSMS # 68004321 - GUIDANCE: Quota on Imports of Gadgets\nRead on.\n"
    assert layout_neutral(text) is text


def test_a_title_over_its_first_sentence_and_field_lines_keep_their_line_ends():
    text = (
        "The measures set out in this notice apply to the goods of the annex as they\n"
        "are declared for release for free circulation from the day after this\n"
        "CSMS # 68004321 - GUIDANCE: Quota on Imports of Gadgets Made of Plastics\n"
        "Effective on that day, the quota applies to all goods described in the annex\n"
        "and the importers shall declare their entries under the new heading of the\n"
        "title: Allocation of the quota for the year among the supplying countries\n"
        "publication_date: 2031-06-02 and the rest of the records of the notice\n"
    )
    assert layout_neutral(text) == text.replace("they\nare", "they are").replace("annex\nand", "annex and")


def test_front_matter_opening_a_text_is_left_for_the_layout_to_read():
    text = '---\ntitle: "Quota for Raw Cane Sugar"\npublication_date: "2031-06-02"\n---\n\n# Notice\n\nThe quota is opened.\n'
    assert layout_neutral(text).startswith('---\ntitle: "Quota for Raw Cane Sugar"\npublication_date: "2031-06-02"\n')
    assert [(d.date, d.type) for d in analyse(text)._.dates] == [("2031-06-02", "publication")]
