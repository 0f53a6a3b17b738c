"""The first-character guard (nlp.text.patterns.guarded) finds exactly what the plain pattern finds."""

import re

import pytest

from nlp.text.dispatch import dispatched
from nlp.text.patterns import (
    CASE_FOLDS_TO_ASCII,
    _cased_characters,
    _layout_as_expected,
    guarded,
    lowered_for_words,
    required_words,
)

TEXT = (
    "Commission Implementing Regulation (EU) 2031/118 of 3 March 2031, CN code 7306 30 77, see Telephone:\n"
    "0300 123 4567. Quota order No 09.4411; +44 20 7946 0018 (fax). Dated at Ottawa, this 4th day of May.\n"
    "Kelvin sign \u212a and straße; ENTRY into force on 12 June 2031. heading No 72.08 and 72.09."
)
PATTERNS = [
    (r"\b(?:Regulations?|Decisions?)\b(?:\s+\S+){0,3}\s+of", re.I),
    (r"(?:\bphone|\btel\.?|\btelephone|\+\d{1,3}(?:[\s(]+\d{1,4}\)?)*)[\s]*(?:No\.?\s?)?$", re.I),
    (r"(?:^|\n|\.\s)\s*(?-i:Dated|Signed)\b\s*(?:at\s+(?-i:[A-Z])\w+)?", re.I),
    (r"(?<![:\n])\b(?:dated|dt\.)\s+(?:the\s+)?", re.I),
    (r"k", re.I),  # folds to the Kelvin sign too
    (r"\b(?P<word>heading)s?\s+(?:Nos?\.?\s+)?(?P<code>\d{2}\.\d{2})", re.I),
    (
        r"""
      \bentry\s+into\s+force   # a comment at the very end of a verbose pattern
    """,
        re.I | re.VERBOSE,
    ),
]


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_guarded_pattern_finds_the_same_matches_and_groups(pattern, flags):
    plain, fast = re.compile(pattern, flags), guarded(pattern, flags)
    assert fast.pattern != plain.pattern  # a guard was put in front
    assert [(m.span(), m.groups()) for m in fast.finditer(TEXT)] == [
        (m.span(), m.groups()) for m in plain.finditer(TEXT)
    ]
    assert fast.groupindex == plain.groupindex
    for start in range(0, len(TEXT), 7):  # searches from every kind of position, with an end bound
        window = TEXT[start : start + 40]
        got, want = fast.search(window), plain.search(window)
        assert (got and got.span()) == (want and want.span())


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"(?i)\bdated\b", 0),  # a global inline flag must stay first
        (r"\s*$", 0),  # may match nothing
        (r".{3}ing", 0),  # starts with any character
        (r"[^,]+,", 0),  # a negated class
        (r"\w+ing", 0),  # a guard letting most characters through only costs a step
        (r"(?i:dated)", 0),  # a case-insensitive scope in a case-sensitive pattern
    ],
)
def test_no_guard_where_it_could_lose_a_match_or_buys_nothing(pattern, flags):
    assert guarded(pattern, flags).pattern == pattern


def test_a_word_boundary_before_every_start_is_part_of_the_guard():
    fast = guarded(r"\bquota|\border\s+No", re.I)
    assert fast.pattern.startswith("(?=[") and fast.pattern.index(r"\b") < fast.pattern.index("(?:")
    text = "subquota 12, Quota 7, border No 3, order  No 4"
    assert [m.span() for m in fast.finditer(text)] == [
        m.span() for m in re.compile(r"\bquota|\border\s+No", re.I).finditer(text)
    ]
    mixed = guarded(r"\btel\.?|\+\d{1,3}", re.I)  # "+44" needs no boundary before it
    assert [m.span() for m in mixed.finditer("hotel +44 tel. 020")] == [(6, 9), (10, 14)]


def test_dispatched_alternation_finds_what_the_plain_one_finds():
    phrases = [
        r"(?:anti-?dumping)",
        r"(?:anti-?subsid(?:y|ies))",
        r"(?:safeguard(?:s| measures?)?)",
        r"(?:\d+ percent)",
    ]
    phrases += [r"(?:safe)", r"(?:tariff quotas?)", r"(?:tariff)"]  # a shorter phrase after a longer one
    text = "the safeguards and the antisubsidy duty; 25 percent tariff quota; tariff-free, safe harbour, antidumping"
    plain = re.compile(r"\b(?:" + "|".join(phrases) + ")")
    fast = dispatched(phrases, prefix=r"\b")
    assert fast != plain  # the same matches from another program: dispatched
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert [m.group() for m in fast.finditer(text)] == [
        "safeguards",
        "antisubsidy",
        "25 percent",
        "tariff quota",
        "tariff",
        "safe",
        "antidumping",
    ]


def test_dispatch_falls_back_where_a_character_could_belong_to_two_groups():
    phrases = [r"(?:\d+ percent)", r"(?:1st day)"]  # "1" starts both: one group each would reorder them
    assert dispatched(phrases).pattern == guarded("(?:" + "|".join(phrases) + ")").pattern


def test_required_words_are_words_every_match_contains():
    assert required_words(re.compile(r"\bIN\s+WITNESS\s+WHEREOF\b", re.I)) == ("witness",)
    assert required_words(re.compile(r"(?:\bentry\s+into\s+force)|(?:\bin\s+effect\s+on)", re.I)) == ("entry", "effect")
    assert required_words(re.compile(r"(?:ab)?\d+", re.I)) is None  # an optional word is no requirement
    assert required_words(re.compile(r"(?=quota)\w+", re.I)) is None  # a lookahead consumes nothing
    assert required_words(re.compile(r"stra\u00dfe", re.I)) == ("stra",)  # only ASCII is compared


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (r"\bdelete", "DELETE: 7208 51 20"),
        (r"\bspecial\b", "\u017fpecial measures"),  # long s: matches 's' without regard to case
        (r"\bkilogram", "\u212ailogram"),  # Kelvin sign
        (r"\binstrument", "\u0131nstrument"),  # dotless i
        (r"\bitem", "\u0130tem"),  # capital I with a dot
    ],
)
def test_a_text_with_the_words_or_with_a_character_folding_to_them_is_never_ruled_out(pattern, text):
    compiled = re.compile(pattern, re.I)
    assert compiled.search(text)
    lowered = lowered_for_words(text)
    assert lowered is None or any(word in lowered for word in required_words(compiled))


def test_each_character_folding_to_ascii_stops_the_comparison_wherever_it_stands():
    for char in CASE_FOLDS_TO_ASCII:
        assert lowered_for_words(f"the \u2013 {char} quota") is None
    assert lowered_for_words("The \u2013 Quota") == "the \u2013 quota"


def test_the_engine_skips_ahead_with_the_info_block_written_the_way_it_writes_its_own():
    # the fast path is on for this Python: were the engine's internals to change, the lookahead guard stays alone
    assert _layout_as_expected()


def test_skipping_ahead_without_regard_to_case_starts_at_every_character_that_folds_to_a_start():
    plain, fast = re.compile(r"\bkilo(?:gram)?s?\b", re.I), guarded(r"\bkilo(?:gram)?s?\b", re.I)
    for code in (*_cased_characters(), *range(0x80)):  # every character that has a case, and ASCII
        text = f"5 {chr(code)}ilograms"
        got, want = fast.search(text), plain.search(text)
        assert (got and got.span()) == (want and want.span()), hex(code)
    assert [m.group() for m in fast.finditer("5 \u212ailo, 3 KILOGRAMS; kilos")] == ["\u212ailo", "KILOGRAMS", "kilos"]


def test_skipping_ahead_to_a_digit_class_keeps_every_kind_of_digit():
    plain, fast = re.compile(r"(?<![\d.])\d{2}\.\d{2}\b"), guarded(r"(?<![\d.])\d{2}\.\d{2}\b")
    text = "headings 72.08, \u0667\u0662.\u0660\u0668 and \uff17\uff12.\uff10\uff19; not 172.08 or 7.208"
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert [m.group() for m in fast.finditer(text)] == [
        "72.08",
        "\u0667\u0662.\u0660\u0668",
        "\uff17\uff12.\uff10\uff19",
    ]
    for start in range(len(text)):  # from every position
        got, want = fast.search(text, start), plain.search(text, start)
        assert (got and got.span()) == (want and want.span())
