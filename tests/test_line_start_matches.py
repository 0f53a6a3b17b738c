"""line_start_matches: what finditer finds, for patterns that match at line starts only."""

import re

import pytest

from nlp.text.textutil import line_start_matches, matches_at_line_starts

TEXT = (
    "SUMMARY: The Agency amends its rules.\n"
    "\n"
    "  DATES:\n"
    "Effective 3 May 2031.\n"
    "ACTION: Final rule\nACTION:\n"
    "SUPPLEMENTARY INFORMATION\n"
    "Background\n"
    "   Background: a table\r\n"
    "SUMMARY:"
)
PATTERNS = [
    re.compile(r"^[ \t]*(?:(?P<summary>SUMMARY:)|(?P<dates>DATES:)|(?P<action>ACTION:))", re.M),
    re.compile(r"^[ \t]*(?:DATES|Background):?[ \t]*$", re.M),
    re.compile(r"^(?:ACTION:[^\n]*\n)+", re.M),  # a match running over several lines, ending at a line start
    re.compile(r"^\s*(?:Background|DATES)", re.M),  # "\s*" may run over empty lines to the next one
    re.compile(r"(?:^Effective|^SUPPLEMENTARY)\b", re.M),
    re.compile(r"\ASUMMARY", re.M),
]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_the_same_matches_as_finditer(pattern):
    assert matches_at_line_starts(pattern)
    want = [(m.span(), m.lastgroup) for m in pattern.finditer(TEXT)]
    assert want  # each pattern finds something here
    assert [(m.span(), m.lastgroup) for m in line_start_matches(pattern, TEXT)] == want
    for cut in range(len(TEXT)):  # and on every prefix of the text (a match at its very end included)
        text = TEXT[:cut]
        assert [m.span() for m in line_start_matches(pattern, text)] == [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize(
    "pattern",
    [
        re.compile(r"^SUMMARY"),  # without re.MULTILINE "^" is the text's start only: finditer itself
        re.compile(r"SUMMARY|^DATES", re.M),  # one branch may start anywhere
        re.compile(r"^[ \t]*", re.M),  # may match nothing
        re.compile(r"(?-m:^)DATES|^ACTION", re.M),  # a scope turning the flag off
    ],
)
def test_other_patterns_are_searched_as_finditer_does(pattern):
    assert not matches_at_line_starts(pattern)
    assert [m.span() for m in line_start_matches(pattern, TEXT)] == [m.span() for m in pattern.finditer(TEXT)]
