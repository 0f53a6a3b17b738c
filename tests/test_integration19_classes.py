"""Where round 19's branches met (issue 15): classes found by the merged tree's evaluation of every set, each
pinned on a passage written for the test."""

from crawler.titles import title_from_text
from nlp.pipeline import analyse


def codes_of(text: str) -> list[str]:
    return sorted(code.code for code in analyse(text)._.codes)


def test_two_digit_rows_of_a_column_that_also_holds_statistical_suffixes_are_no_chapters():
    # the EU code-column reader takes a row's whole first cell '01' as chapter 01; under a header naming a suffix
    # column (Mexico's NICO) such rows are the suffixes of the fraction above them
    text = (
        "Acuerdo que modifica las tablas de correlación.\n"
        "Se incorporan los números de identificación comercial que se indican:\n"
        "Fracción Arancelaria /NICO | Descripción |\n"
        "8516.79.99 | Los demás aparatos electrotérmicos. |\n"
        "01 | Freidoras de aire. |\n"
        "99 | Los demás. |\n"
    )
    assert codes_of(text) == ["85167999"]


def test_chapter_rows_under_a_plain_code_column_are_still_read():
    text = (
        "The following rows of Annex I are replaced:\n"
        "CN code | Description |\n"
        "10 | Cereals |\n"
        "1003 | Barley |\n"
        "11 | Products of the milling industry |\n"
    )
    assert codes_of(text) == ["10", "1003", "11"]


# --- read in the digest of final22's 40 documents ---------------------------------------------------------------------


def summary_of(text: str, jurisdiction: str | None = None) -> str:
    return analyse(text, jurisdiction=jurisdiction)._.summary


def test_the_presidents_power_to_delegate_under_title_3_is_no_section_301_duty():
    # 'section 301 of title 3, United States Code' lets the President delegate; the duty is retaliation under
    # section 338, and the summary must not call it a Section 301 duty
    text = (
        "Imposing Additional Duties to Offset Chilean Discrimination Against the Commerce of the United States\n\n"
        "BY THE PRESIDENT OF THE UNITED STATES OF AMERICA\n\nA PROCLAMATION\n\n"
        "1. Chile discriminates against the commerce of the United States by its dairy licensing rules.\n\n"
        "NOW, THEREFORE, I, the President of the United States of America, by the authority vested in me by the "
        "Constitution and the laws of the United States, including section 338 of the Tariff Act of 1930 and "
        "section 301 of title 3, United States Code, do hereby proclaim:\n\n"
        "(1) Products of Chile shall be subject to an additional ad valorem duty of 40 percent, effective for "
        "goods entered for consumption on or after 12:01 a.m. eastern daylight time on October 5, 2031.\n\n"
        "(2) The Secretary of Commerce may, consistent with section 301 of title 3, United States Code, "
        "redelegate the authority to take such actions as are necessary to implement this proclamation.\n"
    )
    summary = summary_of(text, "US")
    assert "Section 301" not in summary
    assert "imposes retaliatory duties of 40% on imports from Chile" in summary


def test_a_safeguard_titles_goods_follow_competition_from_imports_of():
    text = (
        "To Facilitate Positive Adjustment to Competition From Imports of Ceramic Sinks\n\n"
        "BY THE PRESIDENT OF THE UNITED STATES OF AMERICA\n\nA PROCLAMATION\n\n"
        "NOW, THEREFORE, I, the President, acting under section 203 of the Trade Act of 1974, do proclaim that a "
        "safeguard measure in the form of an additional duty of 20 percent ad valorem shall apply to imports of "
        "ceramic sinks classifiable in subheading 6910.10.00, effective March 2, 2031.\n"
    )
    summary = summary_of(text, "US")
    assert "on ceramic sinks" in summary
    assert "facilitate" not in summary.lower()


def test_markup_comments_reading_times_and_registration_lines_are_no_guessed_titles():
    text = (
        "<!-- page 1 -->\n"
        "REGD. No. D. L.-33004/99\n"
        "PART I—Section 1\n"
        "PUBLISHED BY AUTHORITY\n"
        "Tiempo de lectura aprox: 2 minutos\n"
        "Notification on the import policy of gold bars\n"
        "The import policy of the following items is amended.\n"
    )
    assert title_from_text(text) == "Notification on the import policy of gold bars"


def test_a_bare_section_338_in_a_proclamations_authority_list_is_its_retaliation():
    # the review narrowed bare 'section 338' (New Zealand's Customs and Excise Act has one); a proclamation's
    # enacting list names it without its act ('including section 338; section 301 of title 3')
    text = (
        "Imposing Additional Duties to Offset Peruvian Discrimination Against the Commerce of the United States\n\n"
        "NOW, THEREFORE, I, the President of the United States of America, by the authority vested in me by the "
        "Constitution and the laws of the United States, including section 338; section 301 of title 3, United "
        "States Code, do hereby proclaim:\n\n"
        "(1) Products of Peru shall be subject to an additional ad valorem duty of 30 percent, effective for goods "
        "entered for consumption on or after 12:01 a.m. eastern daylight time on June 2, 2031.\n"
    )
    assert {m.type for m in analyse(text, jurisdiction="US")._.measures} == {"retaliation"}
