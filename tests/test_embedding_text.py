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


def test_a_notices_effective_date_is_left_out_too():
    # round 26: an investigation's notice is 'effective' on a day (no duty is in force yet); that date means nothing
    # to a reader's query either
    change = {
        "title": "Frozen Raspberries From Serbia: Initiation of Countervailing Duty Investigation",
        "summary": "The US Department of Commerce opens an investigation into a countervailing duty on imports from "
        "Serbia by a notice effective 9 March 2027 (3 tariff codes).",
    }
    assert embedding_text(change) == (
        "Frozen Raspberries From Serbia: Initiation of Countervailing Duty Investigation\nThe US Department of "
        "Commerce opens an investigation into a countervailing duty on imports from Serbia."
    )
