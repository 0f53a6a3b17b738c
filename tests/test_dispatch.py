"""dispatched(): an alternation of phrases taken apart by first character finds what the plain one finds."""

import re

import pytest

from nlp.text.dispatch import dispatched

PHRASES = [
    r"(?:anti-?\s?dumping(?!\s+act))",
    r"(?:(?:non-)?automatic\s+licen[cs]ing)",  # an optional part first: 'non-automatic' and 'automatic'
    r"(?:(?:levy|cess|surcharge|dut(?:y|ies))\s+(?:is|are)\s+imposed)",  # a choice of first words
    r"(?:\bexemptions?\s+from\s+duty\b)",  # a boundary of its own, already given by the prefix
    r"(?:[ée]xport\s+ban)",  # a class first
    r"(?:safe(?:guard)??s?)",  # a lazy part: the shorter match is tried first
    r"(?:safeguard\s+measures?)",  # never reached where 'safe...' matched first: order counts
    r"(?:tariff\s+quotas?)",
    r"(?:tariff)",  # a shorter phrase after a longer one
    r"(?:\d+\s+percent)",  # a digit: its own group, behind a lookahead
    r"(?:(?:ab)?a[bc])",  # two ways that both start with 'a': the longer, greedy one first
    r"(?:(?<=[\[(])a-\d{3})",  # a lookbehind first: a case number in brackets
    r"(?:(?<!-)cvd\b)",  # a negative one
]
TEXT = (
    "anti-dumping duties; antidumping act; non-automatic licensing and automatic licencing; "
    "duty is imposed, levy are imposed, duties are imposed; exemption from duty; éxport ban, export ban; "
    "safeguard measures and safeguards, safes; tariff quotas, tariff-free; 25 percent, 7 percent.\n"
    "nonautomatic licensing; sub-safeguard; cessation; 1000 percent; sess are imposed, devy is imposed; abac, ab; [a-570] (a-123) a-456, x-cvd cvd"
)


def _spans(pattern, text, start=0, end=None):
    return [(m.span(), m.group()) for m in pattern.finditer(text, start, len(text) if end is None else end)]


def test_the_same_matches_as_the_plain_alternation_from_every_position_and_to_every_end():
    plain = re.compile(r"\b(?:" + "|".join(PHRASES) + ")")
    fast = dispatched(PHRASES, prefix=r"\b")
    assert fast != plain  # the same source, another program
    assert _spans(fast, TEXT) == _spans(plain, TEXT)
    assert [group for _, group in _spans(fast, TEXT)][:8] == [
        "anti-dumping",
        "ac",  # 'act', not after 'antidumping'
        "non-automatic licensing",
        "automatic licencing",
        "duty is imposed",
        "levy are imposed",
        "duties are imposed",
        "exemption from duty",
    ]
    for start in range(0, len(TEXT), 3):
        for end in (start + 15, start + 60, len(TEXT)):
            assert _spans(fast, TEXT, start, end) == _spans(plain, TEXT, start, end)


def test_an_order_between_a_class_and_a_literal_of_the_same_character_falls_back_and_still_agrees():
    phrases = [r"(?:\d+\s+percent)", r"(?:2\s+tariffs?)"]  # '2' starts both: the lookahead form keeps the order
    plain = re.compile(r"\b(?:" + "|".join(phrases) + ")")
    fast = dispatched(phrases, prefix=r"\b")
    assert _spans(fast, "2 tariffs, 2 percent, 12 percent") == _spans(plain, "2 tariffs, 2 percent, 12 percent")


@pytest.mark.parametrize(
    "phrases",
    [
        [r"(?:(?P<kind>quota)s?)", r"(?:tariff)"],  # a named group: it would be repeated across groups
        [r"(?:(?=quota)\w+)", r"(?:tariff)"],  # a lookahead first
        [r"(?:q+uota)", r"(?:tariff)"],  # a repeat first
    ],
)
def test_phrases_it_does_not_take_apart_still_match_as_written(phrases):
    plain = re.compile(r"\b(?:" + "|".join(phrases) + ")")
    fast = dispatched(phrases, prefix=r"\b")
    text = "tariff quotas, qquota, quota, tariffs"
    assert _spans(fast, text) == _spans(plain, text)
    assert fast.groupindex == plain.groupindex


# With no word boundary in front, a phrase's own leading \b asks it of the character before it.
UNBOUNDED = [
    r"(?:Whereas\s*:)",
    r"(?:WHEREAS,)",
    r"(?:\bin\s+the\s+public\s+interest\b)",  # no word character before 'in'
    r"(?:(?:Her|His)\s+Excellency)",
    r"(?:(?:SE\s+)?RESUELVE\s*:)",
    r"(?:\b\(annex\))",  # a word character before '('
    r"(?:do\s+hereby\s+order\s*:)",
    r"(?:decreta\s*:)",
    r"(?:makes\s+the\s+annexed\s+[^\n]{0,40}(?:\n|$))",
]
UNBOUNDED_TEXT = (
    "(annex) in the public interest; xWhereas: within the public interest, in the public interested, His Excellency "
    "and HisExcellency; SE RESUELVE: RESUELVE : x(annex) (annex) do hereby order: undo hereby order :\n"
    "The Minister makes the annexed Order.\nmakes the annexed\nin the public interest"
)


def test_with_no_boundary_in_front_the_same_matches_from_every_position_and_to_every_end():
    plain = re.compile("(?:" + "|".join(UNBOUNDED) + ")")
    fast = dispatched(UNBOUNDED)
    assert fast != plain  # taken apart, not the plain alternation
    assert [group for _, group in _spans(fast, UNBOUNDED_TEXT)] == [
        "in the public interest",
        "Whereas:",
        "His Excellency",
        "SE RESUELVE:",
        "RESUELVE :",
        "(annex)",
        "do hereby order:",
        "do hereby order :",
        "makes the annexed Order.\n",
        "makes the annexed\nin the public interest",  # '\\s+' takes the line break
    ]
    for start in range(len(UNBOUNDED_TEXT)):
        for end in (start + 1, start + 25, len(UNBOUNDED_TEXT)):
            assert _spans(fast, UNBOUNDED_TEXT, start, end) == _spans(plain, UNBOUNDED_TEXT, start, end)


# Below the first character, the phrases are dispatched again on their next characters (nlp.text.dispatch.DEPTH):
# phrases sharing 'ta', 'tar', 'ex', with order, optional and lazy parts, a boundary and a lookahead inside.
DEEP = [
    r"(?:tar)",  # before 'tariff': at 'tariff' the shorter phrase wins, as in the plain alternation
    r"(?:tariff\s+(?:rate\s+)?quotas?)",
    r"(?:tariffs?\b)",
    r"(?:tax(?:es)??\s+relief)",  # a lazy part two characters in
    r"(?:tab(?:le)?)",
    r"(?:ex-?works)",  # an optional hyphen after two characters
    r"(?:export\s+(?:ban|licen[cs]es?))",
    r"(?:exclu(?=sion)sion)",  # a lookahead after five characters: that level is left as written
    r"(?:ex\b)",  # a boundary right after 'ex'
    r"(?:e\d{2})",  # a class after the first character
    r"(?:ea[st])",
]
DEEP_TEXT = (
    "tariff rate quota and tariff quotas; tariffs, tarif; taxes relief, tax relief, taxrelief; table tab tabl; "
    "ex works, ex-works, exworks; export ban, export licences, exports; exclusion, exclusive; ex 8703; e45 e4; "
    "east, eat, eas; Tariff TAR tar"
)


def test_phrases_dispatched_below_their_first_character_match_as_the_plain_alternation():
    plain = re.compile(r"\b(?:" + "|".join(DEEP) + ")")
    fast = dispatched(DEEP, prefix=r"\b")
    assert [group for _, group in _spans(fast, DEEP_TEXT)] == [
        *["tar"] * 4,  # 'tariff rate quota', 'tariff quotas', 'tariffs', 'tarif': the first phrase that matches
        "taxes relief",  # the lazy 'es' tried without, then with
        "tax relief",
        "table",
        "tab",
        "tab",
        "ex",  # 'ex works': 'ex\\b'
        "ex-works",
        "exworks",
        "export ban",
        "export licences",
        "exclusion",
        "ex",
        "e45",
        "eas",
        "eat",
        "eas",
        "tar",
    ]
    for start in range(len(DEEP_TEXT)):
        for end in (start + 1, start + 9, start + 30, len(DEEP_TEXT)):
            assert _spans(fast, DEEP_TEXT, start, end) == _spans(plain, DEEP_TEXT, start, end)


def test_a_deeper_dispatch_is_a_program_of_its_own():
    """The groups are split again below their first character: another compiled program than one level gives."""
    import nlp.text.dispatch as dispatch

    deep = dispatched(DEEP, prefix=r"\b")
    depth, dispatch.DEPTH = dispatch.DEPTH, 0
    try:
        shallow = dispatched(DEEP, prefix=r"\b")
    finally:
        dispatch.DEPTH = depth
    assert deep != shallow
    assert _spans(deep, DEEP_TEXT) == _spans(shallow, DEEP_TEXT)


def test_a_class_group_holds_only_the_phrases_that_can_start_with_its_class_in_order():
    from nlp.text.dispatch import starting_with

    starts = [{("\\U00000074", True)}, {("\\d", True)}, {("\\U00000064", True)}, {("\\d", True), ("\\U00000061", True)}]
    phrases = ["tariff", "\\d+ percent", "duty", "(?:a|\\d+) tonnes"]
    assert starting_with("\\d", phrases, starts) == ["\\d+ percent", "(?:a|\\d+) tonnes"]


def test_numbers_among_word_phrases_match_as_the_plain_alternation_does():
    phrases = [r"(?:tariff\s+quotas?)", r"(?:\d+\s+percent)", r"(?:duty)", r"(?:\d{4}/\d+)", r"(?:2\d\s+tonnes)"]
    text = (
        "duty of 25 percent on 2 500 tonnes and 20 tonnes under regulation 2016/1036; 12 duty, tariff quota 7 percent"
    )
    plain = re.compile(r"\b(?:" + "|".join(phrases) + ")")
    fast = dispatched(phrases, prefix=r"\b")
    assert _spans(fast, text) == _spans(plain, text)
    assert [group for _, group in _spans(fast, text)] == [
        "duty",
        "25 percent",
        "20 tonnes",
        "2016/1036",
        "duty",
        "tariff quota",
        "7 percent",
    ]
