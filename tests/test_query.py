"""How a search query is read: codes in any notation, countries, measures, words, operators."""

import pytest

from digest.query import parse_query
from digest.snippets import trim
from tariffwatch.errors import InputError
from tariffwatch.store.search import MARK_END, MARK_START


def concepts(query):
    return [(c.kind, c.value) for c in parse_query(query).concepts]


@pytest.mark.parametrize(
    "query,expected",
    [
        ("8418 10 20", [("code", "84181020")]),
        ("8418.10.20", [("code", "84181020")]),
        ("84181020", [("code", "84181020")]),
        ("ex 8418 10", [("code", "841810")]),
        ("ex8418", [("code", "8418")]),
        ("heading 2009", [("code", "2009")]),
        ("HTSUS 9903.01.25", [("code", "99030125")]),
        ("8541.42.0010", [("code", "8541420010")]),
        ("0403 20 49 33", [("code", "0403204933")]),
        ("chapter 85", [("code", "85")]),
        ("refrigerators 8418", [("code", "8418"), ("word", "refrigerators")]),  # codes first
    ],
)
def test_codes_in_every_notation(query, expected):
    assert concepts(query) == expected


@pytest.mark.parametrize(
    "query,expected",
    [
        ("duties since 2024", [("generic", "duties"), ("word", "2024")]),  # a year, not heading 2024
        ("85 percent", [("word", "85"), ("word", "percent")]),  # two digits are no chapter on their own
        ("12345", [("word", "12345")]),  # five digits are no code
        ("Regulation (EU) 2019/452", [("generic", "regulation"), ("country", "EU"), ("phrase", "2019 452")]),
    ],
)
def test_numbers_that_are_not_codes(query, expected):
    assert concepts(query) == expected


@pytest.mark.parametrize(
    "query,expected",
    [
        ("solar glass from India", [("word", "solar"), ("word", "glass"), ("country", "IN")]),
        ("Indian solar glass", [("country", "IN"), ("word", "solar"), ("word", "glass")]),
        ("People's Republic of China", [("country", "CN")]),
        ("Turkish ironing boards", [("country", "TR"), ("word", "ironing"), ("word", "boards")]),
        ("imports from the US", [("generic", "imports"), ("country", "US")]),
        ("tell us more", [("word", "tell"), ("word", "more")]),  # "us" is a pronoun
        ("U.S. lumber", [("country", "US"), ("word", "lumber")]),
        ("anti-dumping", [("measure", "anti_dumping")]),
        ("antidumping review", [("measure", "anti_dumping"), ("word", "review")]),
        ("sugar quota Canada", [("word", "sugar"), ("measure", "tariff_quota"), ("country", "CA")]),
        ("tariff-rate quota", [("measure", "tariff_quota")]),
        ("solar panels safeguard", [("word", "solar"), ("word", "panels"), ("measure", "safeguard")]),
    ],
)
def test_countries_and_measures(query, expected):
    assert concepts(query) == expected


@pytest.mark.parametrize(
    "query,expected",
    [
        ("Article 5(3)", [("word", "article"), ("phrase", "5 3")]),
        ("steel; wire?", [("word", "steel"), ("word", "wire")]),
        ("note: copper", [("word", "note"), ("word", "copper")]),
        ("copper*", [("word", "copper")]),
        ("what is new for the EU?", [("generic", "new"), ("country", "EU")]),
    ],
)
def test_punctuation_and_stop_words_in_a_plain_query(query, expected):
    assert concepts(query) == expected


@pytest.mark.parametrize(
    "query", ['"wire rod"', "steel AND copper", "steel OR copper", "steel NOT copper", "NEAR(a b)", "title: steel"]
)
def test_explicit_operators_make_an_expression(query):
    parsed = parse_query(query)
    assert parsed.advanced == query and parsed.concepts == ()


def test_lower_case_operators_and_unknown_columns_are_words():
    assert concepts("steel and copper or zinc") == [("word", "steel"), ("word", "copper"), ("word", "zinc")]
    assert concepts("origin: Chile") == [("word", "origin"), ("country", "CL")]


def test_what_the_query_was_read_as():
    assert parse_query("ex 7208 51 anti-dumping from Chinese mills").describe() == {
        "codes": ["720851"],
        "countries": ["CN"],
        "measures": ["anti_dumping"],
        "words": ["mills"],
    }


def test_a_code_is_searched_in_the_code_prefixes_and_as_written():
    (code,) = parse_query("7208.51.20").concepts
    assert code.forms == ('codes : "72085120"', '"72085120"', '"7208 51 20"')


@pytest.mark.parametrize(
    "query,message",
    [
        ("?!", "the query '?!' has no words or codes to search"),
        ("x" * 501, "the query has 501 characters; at most 500 are searched"),
    ],
)
def test_nothing_to_search_is_an_input_error(query, message):
    with pytest.raises(InputError) as error:
        parse_query(query)
    assert str(error.value) == message


def test_long_snippets_are_cut_around_the_first_mark_never_inside_one():
    sentence = " ".join(f"word{n}" for n in range(60)) + f" {MARK_START}copper cathodes{MARK_END} " + "tail " * 60
    cut = trim(sentence)
    assert cut.startswith("…word") and cut.endswith("…")
    assert f"{MARK_START}copper cathodes{MARK_END}" in cut
    assert cut.count(MARK_START) == cut.count(MARK_END) == 1
    assert len(cut) <= 330


def test_measure_words_name_types_of_the_extractors_vocabulary():
    import json
    from importlib import resources

    from nlp.measures.rules import MEASURE_TYPES

    terms = json.loads(resources.files("digest").joinpath("data/query_terms.json").read_text("utf-8"))
    assert set(terms["measures"]) <= set(MEASURE_TYPES)
