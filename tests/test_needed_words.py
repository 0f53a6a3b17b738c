"""NeededWords: the patterns that may match a text are exactly those one of whose needed words is in it."""

import re

from nlp.text.needed_words import MANY_ALTERNATIVES, Alternatives, NeededWords, alternatives, finditer_of
from nlp.text.patterns import guarded, required_words

PATTERNS = [
    re.compile(r"\bdated\s+at\b", re.I),  # needs "dated"
    re.compile(r"\b(?:signed|approved)\s+on\b", re.I),  # "signed" or "approved"
    re.compile(r"\bwith\s+effect\s+from\b", re.I),  # "effect" (the longest word it needs)
    re.compile(r"\beffective\b", re.I),  # "effective": found inside the same letters as "effect"
    re.compile(r"\bcre?ated\b", re.I),  # "ated": found inside "dated"
    re.compile(r"\d{1,2}[./]\d{1,2}"),  # no word: always possible
    re.compile(r"\bENTRY\s+INTO\s+FORCE\b"),  # case-sensitive: "entry" is looked for in the lower-cased text
]


def test_the_possible_patterns_are_those_whose_words_are_in_the_text_overlapping_ones_included():
    needed = NeededWords(PATTERNS)
    assert needed.possible("Dated at Ottawa, effective 3 May") == [0, 2, 3, 4, 5]
    assert needed.possible("Signed on 4 June by the Minister") == [1, 5]
    assert needed.possible("Entry into force: see Annex") == [5, 6]
    assert needed.possible("") == [5]


def test_the_answer_is_the_one_asking_each_word_in_turn_gives():
    needed = NeededWords(PATTERNS)
    texts = [
        "the regulation dated 3 March, approved on 4 March, with effect from 1 April",
        "CREATED BY THE COMMISSION; EFFECTIVE IMMEDIATELY",
        "nothing here at all",
        "rated and mated and dated; signed",
    ]
    for text in texts:
        lowered = text.lower()
        want = [
            index
            for index, pattern in enumerate(PATTERNS)
            if (words := required_words(pattern)) is None or any(word in lowered for word in words)
        ]
        assert needed.possible(text) == want
        assert {index for index, pattern in enumerate(PATTERNS) if pattern.search(text)} <= set(want)


def test_a_text_with_a_character_folding_to_ascii_rules_no_pattern_out():
    needed = NeededWords(PATTERNS)
    text = "\u017figned on 2 May"  # long s: "ſigned" matches "signed" without regard to case
    assert PATTERNS[1].search(text)
    assert needed.possible(text) == list(range(len(PATTERNS)))


def test_patterns_that_need_no_word_at_all():
    needed = NeededWords([re.compile(r"\d+"), re.compile(r"[A-Z]{2}")])
    assert needed.possible("no words needed") == [0, 1]


def test_a_pattern_needing_a_single_character_is_taken_as_possible_everywhere():
    needed = NeededWords([re.compile(r"\bat\s+\d"), re.compile(r",\s*\d"), re.compile(r"\bOttawa\b")])
    assert needed.possible("Signed in Brussels") == [1]  # "," is nearly everywhere: not looked for
    assert needed.possible("Signed at Ottawa") == [0, 1, 2]


def test_search_any_finds_what_a_search_of_every_pattern_finds():
    needed = NeededWords(PATTERNS)
    for text in ("Signed on 4 May", "nothing", "ENTRY INTO FORCE", "dated at Geneva", "CREATED"):
        assert needed.search_any(text) == any(pattern.search(text) for pattern in PATTERNS)
    assert needed.search_any("Approved on 2 June") is True
    assert needed.search_any("no date here") is False


# --- search_any: each alternative of a pattern apart ------------------------------------------------

RECITALS = re.compile(
    r"\bformerly\s+(?:levied|charged)\b|^\W*considering\b|\b(?:inquiry|audit)\s+period\b|^\s*[AB]\s*:\s*\d", re.I
)


def test_the_alternatives_of_a_pattern_each_with_the_words_it_needs():
    parts = alternatives(RECITALS)
    assert [part.words for part in parts] == [("formerly",), ("considering",), ("period",), (":",)]
    assert [bool(part.pattern.search("  Considering that")) for part in parts] == [False, True, False, False]
    # a branch anchored at the text's start is tried there only, as in the whole pattern
    assert [bool(part.pattern.search("The audit period. Considering that")) for part in parts] == [
        False,
        False,
        True,
        False,
    ]


def test_a_pattern_found_anywhere_is_found_by_its_alternatives_and_only_then():
    guarded_pattern = guarded(r"\b(?:levy|levies)\s+(?P<what>duty|tax)\b|\bexempt(?:ed|ion)\b", re.I)
    patterns = [RECITALS, guarded_pattern, re.compile(r"\d{2}/\d{4}"), re.compile(r"(?i)suspended\s+until")]
    needed = NeededWords(patterns)
    texts = [
        "Considering the request of 3 May",
        "The duty formerly levied on imports",
        "no match in this one",
        "the Audit  Period ran to June",
        "B: 12 units",
        " B: 12 units",
        "x\nB: 12 units",
        "It levies tax on goods",
        "LEVIES DUTY",
        "exemption granted",
        "Regulation 12/2031",
        "Suspended until further notice",
        "",
    ]
    for text in texts:
        assert needed.search_any(text) == any(pattern.search(text) for pattern in patterns), text
    assert [needed.search_any(text) for text in texts] == [
        True,
        True,
        False,
        True,
        True,
        True,
        False,
        True,
        True,
        True,
        True,
        True,
        False,
    ]


def test_patterns_not_taken_apart():
    for pattern in (
        re.compile(r"\bquota\s+(\w+)\s+\1|\bceiling\b"),  # a back-reference
        re.compile(r"\bquota\b|x?"),  # an alternative that may match nothing
        re.compile(r"(?:\bquota|\bceiling)\s+reached"),  # no top-level alternation
    ):
        assert [part.pattern for part in alternatives(pattern)] == [pattern]


def test_an_alternative_needing_letters_of_another_script_is_gated_by_its_own_letters():
    # the whole alternation needs no such letter (a Latin alternative), each alternative apart does or does not
    numbers = re.compile(r"(?m)^[ \t]*(?:ПРИКАЗ|УКАЗ)\s+№\s*\d+|^[ \t]*告示第\d+号|^[ \t]*Order\s+No\.\s*\d+")
    parts = alternatives(numbers)
    assert [part.gate is not None for part in parts] == [True, True, False]
    needed = Alternatives(numbers)._words
    latin = "Order No. 12 of the Minister, with its annex (§ 3)\nOrder No. 13"
    assert needed.possible(latin) == [2]
    assert needed.possible("ПРИКАЗ № 5\nOrder No. 13") == [0, 2]
    assert needed.possible("告示第5号") == [1]  # nor the word the Latin one needs
    for text in (latin, "ПРИКАЗ № 5\nOrder No. 13", "x\nУКАЗ № 7", "告示第5号"):
        assert Alternatives(numbers).search(text).span() == numbers.search(text).span()


# --- Alternatives: search and match of a pattern, alternative by alternative -------------------------

NUMBERS = re.compile(
    r"(?:^[ \t]*(?P<n0>Order\s+No\.\s*\d+))|(?:(?P<n1>No\.\s*\d+))|(?:^(?P<n2>Bulletin\s+\d+)$)|(?:\b(?P<n3>\d{4}-\d+))"
    r"|(?:(?P<n4>No\.\s*\d+/\d{4}))",
    re.M,
)
NUMBER_TEXTS = [
    "Heading\n  Order No. 12 of 2031\nNo. 7",
    "See No. 4/2031 and 2031-118",  # the second and the last alternative both start at 'No.': the second wins
    "Bulletin 9\nNo. 3",
    "2030-15 then Order No. 2",
    "nothing numbered here",
    "",
]


def _found(match):
    return None if match is None else (match.span(), match.groupdict())


def test_the_leftmost_match_of_the_alternatives_the_earliest_one_where_two_start_together():
    split = Alternatives(NUMBERS)
    for text in NUMBER_TEXTS:
        for pos in range(len(text) + 1):
            for endpos in (pos + 3, pos + 12, len(text)):
                assert _found(split.search(text, pos, endpos)) == _found(NUMBERS.search(text, pos, endpos))
                assert _found(split.match(text, pos, endpos)) == _found(NUMBERS.match(text, pos, endpos))
    assert split.search("See No. 4/2031").group("n1", "n4") == ("No. 4", None)
    # 'Order No. 5' at a line's start: the first alternative starts before the second ('No. 5')
    assert split.search("Order No. 5").groupdict() == {
        "n0": "Order No. 5",
        "n1": None,
        "n2": None,
        "n3": None,
        "n4": None,
    }
    assert split.match("Order No. 5", 6).group("n1") == "No. 5"


CITED = re.compile(
    r"\b(?:Regulation|Decision)\b(?:\s+(?:No\.?|[\w/]*\d[\w/]*)){0,3}\s+of"
    r"|\b\w*verordnung\b(?:\s+(?:Nr\.|[\w/]*\d[\w/]*)){0,3}\s+vom"
    r"|\bпостановлени[ея]\b[^;\n]{0,40}?\sот",
    re.I,
)
CITED_TEXTS = [
    "Regulation No 12/2030 of 3 May and Durchführungsverordnung (EU) Nr. 2031/7 vom 4 Juni",
    "the Decision of the Council; Decision 2/2031 of; decision of decision of",
    "Verordnung vom 1. Mai; Kontrollverordnung 2/99 vom",
    "постановление № 12 от 3 мая; Regulation of",
    "nothing cited here",
]


def test_alternatives_find_the_matches_finditer_finds_from_every_position():
    split = Alternatives(CITED)
    for text in CITED_TEXTS:
        for pos in range(len(text) + 1):
            assert [m.span() for m in split.finditer(text, pos)] == [m.span() for m in CITED.finditer(text, pos)]
    assert [m.group() for m in split.finditer(CITED_TEXTS[2])] == ["Verordnung vom", "Kontrollverordnung 2/99 vom"]


def test_finditer_of_takes_apart_only_a_pattern_that_needs_no_word_and_has_no_guard():
    assert finditer_of(CITED).__self__.__class__ is Alternatives  # the Russian alternative needs no ASCII word
    russian = guarded(r"\bпостановлени[ея]\s+от|\bрешени[ея]\s+от", re.I)  # no ASCII word, a guard in front
    assert russian.pattern.startswith("(?=[")
    assert finditer_of(russian) == russian.finditer
    worded = re.compile(r"\bRegulation\b\s+of|\bDecision\b\s+of", re.I)
    assert finditer_of(worded) == worded.finditer


SIGNING_WORDS = ["Issued", "Signed", "Approved", "Adopted", "Made", "Given", "Done", "Enacted", "Established", "Fait"]
SIGNING_WORDS += ["Geschehen", "Dado"]
# the merged signing triggers of many languages: a word several alternatives need ('on') is in most clauses
SIGNED = re.compile(
    "|".join(rf"(?:^|\n)\s*{word}\s+(?:by|at|in|à|zu|en)\s+[^.;\n]{{2,40}}?\s+on\s+" for word in SIGNING_WORDS), re.I
)


def test_finditer_of_takes_apart_a_long_alternation_and_finds_what_it_finds():
    assert len(alternatives(SIGNED)) == len(SIGNING_WORDS) >= MANY_ALTERNATIVES
    assert finditer_of(SIGNED).__self__.__class__ is Alternatives
    text = "Made under section 5 of the Customs Act.\nSigned at Brussels on 3 May 2031\nDone at Geneva on 4 May 2031"
    found = [match.group().strip() for match in finditer_of(SIGNED)(text, 0)]
    assert found == ["Signed at Brussels on", "Done at Geneva on"]
    assert [match.span() for match in finditer_of(SIGNED)(text, 10)] == [
        match.span() for match in SIGNED.finditer(text, 10)
    ]
