"""The text a change's vector is made of: its title and summary, without the summary's dates and code count,
which no reader's query means (a dated summary fell below the semantic floor for "dried plums subsidies")."""

from nlp.runner import embedding_text


def test_the_vector_text_leaves_out_the_summarys_dates_and_code_count():
    change = {
        "title": "Fresh Garlic From Spain: Initiation of Antidumping Duty Investigation",
        "summary": "The US Department of Commerce opens an investigation into an anti-dumping duty on fresh garlic "
        "from Spain from 3 February 2027 until 2 February 2032 (4 tariff codes).",
    }
    assert embedding_text(change) == (
        "Fresh Garlic From Spain: Initiation of Antidumping Duty Investigation\nThe US Department of Commerce opens "
        "an investigation into an anti-dumping duty on fresh garlic from Spain."
    )


def test_a_change_without_title_or_summary_has_a_placeholder():
    assert embedding_text({"title": None, "summary": None}) == "(empty)"
