"""Round 19's speed cuts that keep every match: the code candidates' opening check."""

import re

from nlp.codes.notation import CANDIDATE

PASSAGES = [
    "Annex 2 lists ex 7208 51 20 and ex02011000; see also Index 3 and heading 8703.",
    "EX 0304.87.00 (except 0304.87.10) and 7208.51-0000 were excluded by the Exchange order 12 of 2031.",
    "The complex 4th text exceeds 8517.62 0020 by 15 %; excise 2402 20 90 applies from 04.07.1900 onwards.",
]


def test_the_code_candidates_are_those_of_the_pattern_without_its_opening_check():
    """The class: a candidate opens with a digit or 'ex' (any case), so the pattern's opening check `(?=\\d|ex)`
    rules out the other 'e's at once and changes no match, its groups included."""
    source = CANDIDATE.pattern.split("(?=\\d|ex)", 1)[1]
    plain = re.compile(source.rsplit("\n)", 1)[0], CANDIDATE.flags)
    for passage in PASSAGES:
        found = [(m.span(), m.groupdict()) for m in CANDIDATE.finditer(passage)]
        assert found == [(m.span(), m.groupdict()) for m in plain.finditer(passage)], passage
        assert found, passage
