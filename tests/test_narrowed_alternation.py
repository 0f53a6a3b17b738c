"""A many-language alternation searched as the alternation of the alternatives a text can hold (nlp/text/narrowed.py):
the same matches as the whole, fewer alternatives tried."""

import re

from nlp.countries.rules import _origins_of_the_goods
from nlp.text.dispatch import dispatched
from nlp.text.narrowed import NEVER, NarrowedAlternation
from nlp.text.sentences import Sentences

ORIGINS = [
    r"\boriginat(?:ing|ed)\s+(?:in|from)\b",
    r"\bexported\s+from\b",
    r"\boriginaires?\s+d[eu]\b",
    r"\bmit\s+ursprung\s+in\b",
    r"\bпроисходящ\w*\s+из\b",
    r"(?=[对對]美(?:国|國)?加[征徵])",
]
ENGLISH = "Imports of steel wire originating in Ruritania, and exported from Freedonia, are subject to the duty."
FRENCH = "Les importations de fils originaires de Ruritanie et les produits ORIGINAIRE DU Freedonia."


def _spans(pattern: re.Pattern, text: str, pos: int = 0, endpos: int | None = None) -> list[tuple[int, int]]:
    return [match.span() for match in pattern.finditer(text, pos, len(text) if endpos is None else endpos)]


def test_an_english_text_is_searched_for_its_own_phrases_only():
    cues = NarrowedAlternation(ORIGINS, re.I)
    assert cues.alternatives_in(ENGLISH) == (0, 1, 5)  # the zero-width one needs no letter it consumes
    narrowed = cues.in_text(ENGLISH)
    assert _spans(narrowed, ENGLISH) == [(22, 36), (52, 65)]
    assert _spans(narrowed, ENGLISH) == _spans(cues.whole, ENGLISH)


def test_a_window_is_searched_as_the_whole_alternation_searches_it():
    cues = NarrowedAlternation(ORIGINS, re.I)
    assert _spans(cues.in_text(FRENCH), FRENCH, 0, 60) == [(25, 39)]
    assert _spans(cues.in_text(FRENCH[:60]), FRENCH, 0, 60) == _spans(cues.whole, FRENCH, 0, 60)


def test_a_zero_width_alternative_is_kept_where_its_letters_may_be():
    cues = NarrowedAlternation(ORIGINS, re.I)
    chinese = "中方宣布对美加征关税。"
    assert _spans(cues.in_text(chinese), chinese) == [(4, 4)]
    assert _spans(cues.in_text(chinese), chinese) == _spans(cues.whole, chinese)


def test_a_text_holding_no_alternative_is_searched_for_none():
    cues = NarrowedAlternation(ORIGINS[:5], re.I)
    assert cues.in_text("The duty applies to all imports of steel wire.") is NEVER


def test_an_alternation_with_groups_is_searched_whole():
    cues = NarrowedAlternation([r"\b(from)\s+china\b", r"\b(aus)\s+china\b"], re.I)
    assert cues.in_text("Imports from China.") is cues.whole


def test_the_goods_origins_of_an_opening_are_read_through_the_narrowed_cue():
    text = (
        "Notice of initiation of an anti-dumping proceeding\n\n"
        "The Commission has received a complaint concerning imports of ceramic tiles originating in "
        "India and Viet Nam.\n"
    )
    assert [mention.code for mention in _origins_of_the_goods(text, Sentences(text), set())] == ["IN", "VN"]


DUTY_WORDS = [r"\bdut(?:y|ies)\b", r"\btaux\b", r"\w(?:zölle|zöllen)\b", r"\brates?\s+of\b"]
# a lower-cased text of two languages, as the rates read it: a German sentence, then an English one
TWO_LANGUAGES = "die antidumpingzölle werden erhöht. the rate of duty on the goods is 12 %; the duties apply."


def test_a_window_is_narrowed_to_the_words_it_holds_not_the_whole_text(monkeypatch):
    cues = NarrowedAlternation(DUTY_WORDS)
    english = TWO_LANGUAGES.index("the rate")
    asked = []
    in_text = cues.in_text
    monkeypatch.setattr(cues, "in_text", lambda text: asked.append(text) or in_text(text))
    found = cues.search(TWO_LANGUAGES, english, len(TWO_LANGUAGES) - 5)
    assert asked == [TWO_LANGUAGES[english:-5]]  # the German word before the window is no reason to try its form
    assert cues.alternatives_in(asked[0]) == (0, 3)
    assert found.span() == (english + 4, english + 11)  # 'rate of'
    assert [m.span() for m in cues.finditer(TWO_LANGUAGES, english)] == [(40, 47), (48, 52), (79, 85)]
    assert [m.span() for m in cues.finditer(TWO_LANGUAGES, english)] == _spans(cues.whole, TWO_LANGUAGES, english)


def test_a_whole_text_search_finds_what_the_whole_alternation_finds():
    cues = NarrowedAlternation(DUTY_WORDS)
    assert cues.search(TWO_LANGUAGES).span() == (14, 20)  # 'gzölle': the letter before the duty word is the '\w'
    assert cues.search(TWO_LANGUAGES).span() == cues.whole.search(TWO_LANGUAGES).span()
    assert cues.search(TWO_LANGUAGES, 0, 3) is None


def test_the_least_recently_used_narrowing_is_the_one_dropped(monkeypatch):
    monkeypatch.setattr("nlp.text.narrowed.KEPT_NARROWINGS", 2)
    cues = NarrowedAlternation(DUTY_WORDS)
    english, french, german = "the duty", "le taux", "die zölle"
    first = cues.in_text(english)
    dropped = cues.in_text(french)
    assert cues.in_text(english) is first  # used again: now the most recent
    cues.in_text(german)  # a third set: the French one, used least recently, goes
    assert cues.in_text(english) is first
    assert cues.in_text(french) is not dropped


def test_an_alternation_built_dispatched_is_narrowed_and_dispatched_again():
    markers = [r"(?:hereby\s+orders?)", r"(?:beschließt\s*:)", r"(?:décide\s*:)", r"(?:is\s+hereby\s+notified)"]
    cues = NarrowedAlternation(markers, build=dispatched)
    text = "The Minister hereby orders as follows:\n1. It is hereby notified that the rate is 5 per cent."
    assert cues.alternatives_in(text) == (0, 3)
    assert cues.in_text(text).pattern == dispatched([markers[0], markers[3]]).pattern
    assert [m.span() for m in cues.finditer(text)] == [(13, 26), (45, 63)]
    assert [m.span() for m in cues.finditer(text)] == _spans(cues.whole, text)
