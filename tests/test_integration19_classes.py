"""Where round 19's branches met (issue 15): classes found by the merged tree's evaluation of every set, each
pinned on a passage written for the test."""

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
