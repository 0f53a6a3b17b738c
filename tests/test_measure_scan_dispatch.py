"""The measure scan of every language is one pass dispatched on a phrase's first characters: the throughput
target depends on it (a phrase opening with a word class makes the whole scan fall back to lookaheads)."""

from nlp.measures.vocabulary import LANGUAGES, _phrases, patterns
from nlp.text.dispatch import _by_derivatives


def test_every_languages_measure_scan_is_dispatched_on_first_characters():
    """A phrase opening with a word class ('[\\w-]+-digit ...') makes the whole one-pass scan fall back to
    lookaheads, about ten times slower: the throughput target depends on every phrase opening with a literal."""
    for lang in LANGUAGES:
        alternation = "|".join(group.pattern for _, group in patterns(lang).groups)
        assert _by_derivatives(rf"\b(?:{alternation})", r"\b") is not None, lang


def test_a_phrase_opening_with_a_word_class_is_what_breaks_the_dispatch():
    alternation = "|".join(group.pattern for _, group in patterns("en").groups)
    opening_with_a_class = _phrases([r"\b(?:[\w-]+-digit )?subdivisions? abolished\b"])[0]
    assert _by_derivatives(rf"\b(?:{alternation}|{opening_with_a_class})", r"\b") is None
