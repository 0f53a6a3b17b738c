"""Property-based: arbitrary text never raises, and every span points at the text it claims."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.attrs import LANG

from nlp.pipeline import analyse, build_pipeline
from nlp.results import to_json

# Text biased towards what trips extractors: digits, separators, months, keywords.
FRAGMENTS = st.sampled_from(
    [
        "7208 51 20",
        "ex",
        "9903.80.65",
        " through ",
        "headings ",
        "CN code ",
        "Chapter 72",
        "–",
        "-",
        "/",
        "1.1.2025",
        "January 1, 2025",
        "1er janvier 2025",
        "\u00a0",
        "\n",
        "|",
        "(59)",
        "2019/1234",
        "%",
        "enter into force on ",
        "the fifth day following that of its publication",
        "within 14 days of publication",
        "eleventh day of April, in the year of our Lord two thousand nineteen",
        "2309.90 297",
        "7606 11 910 0",
        "chapters 1, 1, 1",
        " is deleted",
        "Dated: ",
        "From ",
        " to ",
    ]
)
TEXT = st.lists(st.one_of(FRAGMENTS, st.text(max_size=12)), max_size=40).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXT, published=st.one_of(st.none(), st.dates().map(lambda d: d.isoformat())))
def test_any_text_extracts_without_error_and_spans_are_exact(text, published):
    result = to_json(analyse(text, published=published))
    for item in result["hs_codes"] + result["hs_ranges"] + result["dates"]:
        assert 0 <= item["start"] <= item["end"] <= len(text)
        assert text[item["start"] : item["end"]] == item["text"]
    for code in result["hs_codes"]:
        assert code["code"].isdigit() and len(code["code"]) in (2, 4, 6, 8, 9, 10, 12)


def test_french_and_german_pipelines_are_blank_plus_our_components():
    for lang in ("en", "fr", "de"):
        nlp = build_pipeline(lang)
        assert nlp.lang == lang
        assert nlp.pipe_names[1:4] == ["tariffwatch_layout", "tariffwatch_codes", "tariffwatch_dates"]
    doc = analyse(
        "Le présent règlement s'applique aux produits relevant du code NC 7208 51 20. "
        "Il entre en vigueur le 1er janvier 2026.",
        lang="fr",
    )
    assert [c.code for c in doc._.codes] == ["72085120"]
    assert [(d.type, d.date) for d in doc._.dates] == [("entry_into_force", "2026-01-01")]


def test_the_pipeline_doc_keeps_the_exact_text_with_one_token_per_line():
    text = "Article 1\n\n\nCN code  7208 10 00\r\n applies.\n  \tlast line  "
    doc = build_pipeline("en").make_doc(text)
    assert doc.text == text
    assert [token.text for token in doc] == [
        "Article 1",
        "\n\n\n",
        "CN code  7208 10 00\r",
        "\n",
        " applies.",
        "\n",
        "  \tlast line  ",
    ]
    assert build_pipeline("en").make_doc("").text == ""


def test_the_pipeline_keeps_the_document_language_without_computing_lexeme_attributes():
    doc = analyse("Le présent règlement entre en vigueur le 1er juillet 2027.\nIl s'applique aux produits.", lang="fr")
    assert doc.lang_ == "fr"  # read from the vocabulary's language getter: the French rules apply
    assert [(d.type, d.date) for d in doc._.dates] == [("entry_into_force", "2027-07-01")]
    assert set(build_pipeline("fr").vocab.lex_attr_getters) == {LANG}  # no shape, like_num... per new line
