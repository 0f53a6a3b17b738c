"""Round 21 reader findings on final24's digest (fix-facts): each test a class, passages written for it."""

from crawler.textclean import checked_text
from crawler.titles import title_from_text
from nlp.pipeline import analyse
from nlp.summary.operative import is_furniture
from tests.fact_readers import rates, title


def test_baltic_mojibake_residue_is_repaired_before_storing():
    """Class: UTF-8 Spanish read as Windows-1257 (`RepĆŗblica`, `ComitƩ`, `artĆculo`) that ftfy
    leaves half repaired; the digest and change page showed the residue (final24 3543)."""
    raw = (
        "Decreto Supremo que modifica la ResoluciĆ³n de la RepĆŗblica del PerĆŗ; el ComitƩ "
        "TĆ©cnico fija el arancel segĆŗn el artĆculo 4 para la importaciĆ³n de maƭz y aƱejo."
    )
    text, warning = checked_text(raw, "peru.txt")
    assert text == (
        "Decreto Supremo que modifica la Resolución de la República del Perú; el Comité "
        "Técnico fija el arancel según el artículo 4 para la importación de maíz y añejo."
    )
    assert warning and "mojibake" in warning


def test_polish_capital_c_acute_is_not_mojibake():
    """Near miss: a real `Ć` (Polish) beside letters or at a word's end stays as it is."""
    raw = "Zakład w Ćmielowie: ĆWIERĆ partii porcelany objęto cłem 6,5 % od 1 stycznia."
    assert checked_text(raw, "pl.txt") == (raw, None)


SEAMLESS_TUBES = """Article 1
1. A definitive anti-dumping duty is imposed on imports of seamless tubes of stainless steel originating in India.
2. For the product made by the companies below, the definitive duty rates on the net price at the Union border
are these:
Company Definitive duty TARIC additional code
Mukat Pipes Private Limited, Ludhiana B412 12,5 %
Ratnadeep Metal Works, Nashik B413 0 %
All other companies B999 27,2 %
"""


def test_additional_code_cell_is_not_part_of_the_company_name():
    """Class: a TARIC additional code cell (B412, C999, 8A21) between a company and its rate is a code, never the
    company name's last word nor a stray letter ('Qingdao A' in final24 3520)."""
    assert rates(SEAMLESS_TUBES) == [
        (12.5, "percent", "Mukat Pipes Private Limited, Ludhiana"),
        (0.0, "percent", "Ratnadeep Metal Works, Nashik"),
        (27.2, "percent", "All other companies"),
    ]


def test_goods_label_ending_in_a_word_with_digits_keeps_it():
    """Same class: the figures stripped from a label's end are whole words, never the digits of 'E500'."""
    text = "The customs duty on the following additives is reduced:\nAdditive | Duty\nSodium bicarbonate E500 | 3 %\n"
    assert [label for _, _, label in rates(text)] == ["Sodium bicarbonate E500"]


def test_model_number_inside_a_goods_label_stays():
    """Near miss: a letter-and-digits word inside a goods label is not an additional code."""
    text = "The customs duty on the following goods is reduced:\nGoods | Duty\nPassenger aircraft of the A320 family | 3 %\n"
    assert [label for _, _, label in rates(text)] == ["Passenger aircraft of the A320 family"]


def test_table_header_cells_run_together_are_no_summary_sentence():
    """Class: a table's header cells extracted without separators ('Goods heading numberSuspension referenceGoods
    description…') and the first row after them are no sentence for a summary (final24 3530's 'Tariff
    ClassificationTCO NumberTCO description…')."""
    glued = (
        "Goods heading numberSuspension referenceGoods descriptionStart dateReview date 8438.10.004471203 MACHINES, "
        "DOUGH DIVIDING AND/OR DOUGH ROUNDING, being automatic, having ANY of the following:"
    )
    assert is_furniture(glued)


def test_a_sentence_naming_a_camel_cased_company_is_still_a_sentence():
    """Near miss: one or two words with an inner capital (a company's name) do not make a sentence a table header."""
    sentence = (
        "The Minister suspends the duty on dough dividing machines imported by PepsiCo Holdings Ltd and "
        "GlaxoSmithKline plc from 1 March 2030."
    )
    assert not is_furniture(sentence)


def test_statistics_release_title_without_its_page_tab_label():
    """Class: a statistics release's page title runs into the label of the page's tab after its reference period
    ('… Apr 2019 Quality Declaration' in final24 3531): the label is no part of the title."""
    text = (
        "Overseas Merchandise Trade: March 2031 Main Features\n\nReleased 28 April 2031\n\n"
        "Exports of goods rose by 4 percent in March, led by dairy and meat.\n"
    )
    assert title(text) == "Overseas Merchandise Trade: March 2031"


def test_title_naming_explanatory_notes_keeps_them():
    """Near miss: a title whose subject is explanatory notes (no reference period before them) keeps them."""
    text = (
        "Amendments to the Harmonized System Explanatory Notes\n\n"
        "The World Customs Organization has published amendments to the Explanatory Notes to heading 8471.\n"
    )
    assert title(text) == "Amendments to the Harmonized System Explanatory Notes"


def test_gazette_masthead_lines_are_no_title():
    """Class: a gazette's masthead over its contents, wrapped over lines ('del Señor …' continuing the line above,
    '… de la República del' going on below) and its weekday dateline, is no title (final24 3543's 'del SeƱor Ec.
    Rafael Correa Delgado'); the first line that reads as a title is."""
    text = (
        "Gobierno\nde la Presidenta Dra. Ana María Quispe Rojas\n\nPresidenta Constitucional de la República del\n"
        "Perú\n\nJueves 9 de Marzo de 2031 – Edición No. 412\n\nSUMARIO\n\n"
        "Modifícase el arancel de aduanas para el trigo y la harina de trigo\n"
    )
    assert title_from_text(text) == "Modifícase el arancel de aduanas para el trigo y la harina de trigo"


def test_a_title_line_in_capitals_and_words_stays_the_title():
    """Near miss: a title opening in capitals with an article inside it is still the title."""
    text = "Decreto Supremo que modifica el Arancel de Aduanas de la República\n\nArtículo 1. Modifícase …\n"
    assert title_from_text(text) == "Decreto Supremo que modifica el Arancel de Aduanas de la República"


AMENDED_DUTIES = """Article 1
The table in Annex III to Implementing Regulation (EU) 2031/455 is replaced by the following:
Country | Exporting producer | TARIC additional code | Original countervailing duty | Countervailing duty while the quota is open
India | Shah Alloys Ltd | C811 | 9,8 % | 2,5 %
India | All other companies | C999 | 11,2 % | 2,5 %
"""

ONE_DUTY_COLUMN = """Article 1
A definitive countervailing duty is imposed at the following rates:
Company | TARIC additional code | Countervailing duty
Shah Alloys Ltd | C811 | 9,8 %
"""


def _roles(text: str) -> list[tuple[float, str | None, str]]:
    return [(rate.value, rate.applies_to, rate.role) for rate in analyse(text)._.rates]


def test_a_duty_printed_as_it_was_and_as_amended():
    """Class: a rate table with a country column, a company column and two rate columns (original / amended): the
    company named in applies_to, the original column's rate the previous one, the other's the new one (final24 3518:
    'Turkey | All other companies | C999 | 7,3 % | 0,0 %' read as four rates 'on Türkiye')."""
    assert _roles(AMENDED_DUTIES) == [
        (9.8, "Shah Alloys Ltd", "previous"),
        (2.5, "Shah Alloys Ltd", "new"),
        (11.2, "All other companies", "previous"),
        (2.5, "All other companies", "new"),
    ]


def test_one_duty_column_keeps_the_company_specific_rate():
    """Near miss: a table with one duty column and no original one keeps its company-specific rate."""
    assert _roles(ONE_DUTY_COLUMN) == [(9.8, "Shah Alloys Ltd", "company_specific")]
