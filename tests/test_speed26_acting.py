"""Round 26's speed cut in nlp/text/acting.py: the phrases anchored at a sentence's start ('^(?![\\s\\S]*…)…
recommendation') are searched only where the sentence holds a word every one of their matches needs. Pinned by the
search of the whole pattern, on passages written for this test (passes on the tree before the cut too)."""

import pytest

from nlp.text.acting import ActingSentences, _Either, _patterns
from nlp.text.sentences import Sentences

SENTENCES = [
    "The Minister has accepted the Commission's recommendations and the duty is hereby extended until 30 June 2032.",
    "The Commission's recommendation to remove the safeguard measure on steel wire is accepted.",
    "The Tribunal shall reconsider its recommendation on the anti-dumping duty before 1 May 2032.",
    "A surtax of 25 % is imposed on widgets originating in Ruritania.",
    "These changes do not affect the duties applicable to goods already in transit.",
    "Such amendments will not alter the rate applicable to quota goods.",
    "THE RECOMMENDATION OF THE MINISTER IS ADOPTED.",
    "Recommendation\u0130 made by the Board: the duty is removed.",  # a capital that lower-cases to two characters
    "",
]


def _anchored_everywhere(either: _Either, text: str):
    """The search before the cut: both alternations searched whatever the text holds."""
    found = [match for match in (either.floating.search(text), either.anchored.search(text)) if match]
    return min(found, key=lambda match: match.start()) if found else None


def _span(match):
    return None if match is None else match.span()


@pytest.mark.parametrize("lang", ["en", "fr", "de", "es", "ru"])
def test_gated_search_finds_what_the_whole_search_finds(lang):
    """Class: for every pattern of a language that has phrases anchored at the sentence start, its search and match
    of each sentence (as written and lower-cased, the way the readers ask) equal those of both alternations."""
    for either in (pattern for pattern in _patterns(lang) if isinstance(pattern, _Either)):
        for sentence in SENTENCES:
            for text in (sentence, sentence.lower()):
                assert _span(either.search(text)) == _span(_anchored_everywhere(either, text))
                expected = either.floating.match(text) or either.anchored.match(text)
                assert _span(either.match(text)) == _span(expected)


def test_a_sentence_without_the_needed_word_is_not_inert_by_an_anchored_phrase():
    either = _patterns("en")[1]  # the inert phrases: one anchored, needing 'recommendation'
    assert either.anchored.search("the commission's recommendation to remove the measure is accepted.")
    assert either.search("a surtax of 25 % is imposed on widgets originating in ruritania.") is None


def test_acting_sentences_read_as_before():
    """The sentence that only accepts a recommendation is background; the one imposing a surtax acts."""
    text = (
        "The Commission's recommendation to remove the safeguard measure on steel wire is accepted.\n\n"
        "A surtax of 25 % is imposed on widgets originating in Ruritania."
    )
    acting = ActingSentences(text, Sentences(text))
    assert acting(text.index("safeguard")) is False
    assert acting(text.index("surtax")) is True
