"""A title printed in capitals, as a sentence quotes it: in title case, the way an act's name is written
('PORTS AND AIRPORTS DEVELOPMENT LEVY ACT, No. 18 OF 2011' -> 'Ports and Airports Development Levy Act, No. 18 of
2011'), numbers, acronyms and words not in capitals as printed, and Turkish capitals lowered to Turkish letters
('HAKSIZ REKABETİN' -> 'Haksız Rekabetin', never 'haksiz rekabeti̇n' with a stray dot)."""

from __future__ import annotations

import re

SMALL_WORDS = frozenset("a an and as at by for from in into of on or the to under upon with".split())
# Short words in capitals that are words, not acronyms ('ACT' of a title, 'HS' and 'EU' stay as printed).
SHORT_WORDS = frozenset("act air dry new oil raw sea tax tea use day law".split())
TURKISH_CAPITALS = re.compile(r"[ĞŞİ]")  # capitals no other language the journals print uses


# A word printed letter by letter for emphasis ('Q Ə R A R', 'D E C R E E'): three or more single capitals in a row.
SPACED_LETTERS = re.compile(r"(?<!\S)[^\W\d_](?:[ \t][^\W\d_]){2,}(?!\S)")


def title_case_from_capitals(title: str) -> str:
    turkish = bool(TURKISH_CAPITALS.search(title))
    title = SPACED_LETTERS.sub(_joined, title)  # one word, never single letters cased one by one ('Q Ə R a R')
    return " ".join(_word(word, index == 0, turkish) for index, word in enumerate(title.split()))


def _joined(match: re.Match) -> str:
    letters = match.group().split()
    return "".join(letters) if all(letter.isupper() for letter in letters) else match.group()


def _word(word: str, first: bool, turkish: bool) -> str:
    letters = "".join(c for c in word if c.isalpha())
    if not letters or not letters.isupper() or any(c.isdigit() for c in word):
        return word  # a number ('G/ADP/N/1/NOR/4', '2011') or a word not in capitals ('No.', 'under')
    lowered = _lower(word, turkish)
    bare = "".join(c for c in lowered if c.isalpha())
    if len(bare) <= 3 and bare.isascii() and bare not in SMALL_WORDS and bare not in SHORT_WORDS:
        return word  # an acronym ('EU', 'HS', 'WTO'), never a word with a language's own letters ('DIŞ')
    if bare in SMALL_WORDS and not first:
        return lowered
    return _capitalised(lowered, turkish)


def _lower(word: str, turkish: bool) -> str:
    return word.replace("I", "ı").replace("İ", "i").lower() if turkish else word.lower()


def _capitalised(word: str, turkish: bool) -> str:
    at = next((i for i, c in enumerate(word) if c.isalpha()), 0)
    head = "İ" if turkish and word[at] == "i" else word[at].upper()
    return word[:at] + head + word[at + 1 :]
