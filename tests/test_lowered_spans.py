"""LoweredSpans: a case-insensitive pattern's spans found in the lower-cased text are finditer's own spans."""

from __future__ import annotations

import random
import re

import pytest

from nlp.text.lowered import LoweredSpans
from nlp.text.patterns import guarded

PATTERNS = [
    guarded(
        r"\b(?:weeks?|months?)\s+(?:after|prior)\b|\bTag\s+nach\b|\bjour\s+suivant\b|\bd[íi]as?\s+h[áa]biles\b", re.I
    ),
    re.compile(r"\bstraks\b|\byayım(?:ı|landığı)\b|\bопубликования\b|(?<=\w)SKIP\w*", re.I),
    re.compile(r"^\s*(?:Schedule|Part)\s+[\dIVX]+\b|K(?=elvin)", re.I | re.M),
    re.compile(r"[^a\s]ss|i+n", re.I),  # a negated class, a repeat of a letter with case-folding variants
]
# letters whose lower case and case folding part ways (ſ, K, İ, ı, Σ at a word's end, µ), and their neighbours
ALPHABET = "aAsSſkK\u212aiIİıσςΣµμtTnNgGwWeEkKsSoOrRpP \n.-ÍíÁáДОопубликования0123"
WORDS = ["weeks after", "WEEKS PRIOR", "Tag nach", "TAG NACH", "jour suivant", "días hábiles", "DIAS HABILES", "straks"]
WORDS += [
    "yayımı",
    "YAYIMI",
    "yayımlandığı",
    "ОПУБЛИКОВАНИЯ",
    "Schedule IV",
    "PART 2",
    "Kelvin",
    "\u212aelvin",
    "xSKIPs",
]


def _texts(seed: int) -> list[str]:
    chosen = random.Random(seed)
    texts = []
    for _ in range(300):
        parts = [chosen.choice(WORDS) if chosen.random() < 0.3 else chosen.choice(ALPHABET) for _ in range(40)]
        texts.append("".join(parts))
    return texts


@pytest.mark.parametrize("pattern", PATTERNS)
def test_the_same_spans_as_finditer(pattern):
    spans = LoweredSpans(pattern)
    for text in _texts(7):
        assert spans.spans(text) == [match.span() for match in pattern.finditer(text)], text


def test_the_copy_is_used_unless_the_text_has_a_letter_it_would_read_otherwise():
    spans = LoweredSpans(PATTERNS[0])
    copy, unsafe = spans._lowered
    assert copy.flags & re.IGNORECASE == 0
    assert unsafe.search("Σ") and not unsafe.search("Two WEEKS after ſ, \u212a and İ: ı")  # their letters fold alike


def test_patterns_without_an_exact_copy_are_searched_as_they_are():
    for pattern in (
        re.compile(r"(a)\1", re.I),
        re.compile(r"[a-z]+s", re.I),
        re.compile("days"),
        re.compile("(?-i:D)ays", re.I),
    ):
        spans = LoweredSpans(pattern)
        assert spans._lowered is None
        assert spans.spans("DAYS days aA Days") == [match.span() for match in pattern.finditer("DAYS days aA Days")]
