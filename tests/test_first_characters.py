"""Patterns kept per character a match of theirs can start with: a scan's match is told apart among those only."""

import re

from nlp.text.first_characters import ByFirstCharacter

NAMES = ["anti_dumping", "heading", "safeguard", "case_number", "marked"]
PATTERNS = [
    re.compile(r"anti-?dumping\s+dut(?:y|ies)"),
    re.compile(r"\d{4}\.\d\d"),
    re.compile(r"(?:safeguard|surtax)\s+measures?"),
    re.compile(r"(?<=\()a-\d{3}-\d{3}"),  # a lookbehind reads no character of the match: it starts with 'a'
    re.compile(r"x?y\d"),  # an optional first character: 'x' or 'y'
]


def test_the_patterns_that_may_start_at_a_character_in_their_order():
    starting = ByFirstCharacter(NAMES, PATTERNS)
    assert starting.at("a") == ["anti_dumping", "case_number"]
    assert starting.at("s") == ["safeguard"]
    assert starting.at("7") == ["heading"]
    assert starting.at("x") == ["marked"]
    assert starting.at("y") == ["marked"]
    assert starting.at("q") == []
    assert starting.at("(") == []


def test_a_pattern_ignoring_case_or_that_may_match_nothing_is_kept_for_every_character():
    starting = ByFirstCharacter(["duty", "optional"], [re.compile("duty", re.I), re.compile("(?:ad)?")])
    assert starting.at("D") == ["duty", "optional"]
    assert starting.at("q") == ["duty", "optional"]


def test_the_first_pattern_matching_at_a_scan_match_is_found_among_them():
    text = "a definitive anti-dumping duty on 7208.51 and safeguard measures (a-570-010)"
    scan = re.compile("|".join(f"(?:{pattern.pattern})" for pattern in PATTERNS))
    starting = ByFirstCharacter(list(zip(NAMES, PATTERNS, strict=True)), PATTERNS)
    told = [
        next(name for name, pattern in starting.at(text[match.start()]) if pattern.match(text, match.start()))
        for match in scan.finditer(text)
    ]
    assert told == ["anti_dumping", "heading", "safeguard", "case_number"]
