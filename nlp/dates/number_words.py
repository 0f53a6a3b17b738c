"""Numbers and ordinals written in words, in the languages of the date rules ('thirty', 'twenty-seventh', 'fünf',
'vingtième'), and a year in words ('two thousand and twenty-five'): the words come from nlp/data/date_rules.*.yaml."""

from __future__ import annotations

import re

from nlp.dates.rules import date_rules


def ordinal_value(word: str) -> int | None:
    """'twenty-seventh' -> 27, 'first' -> 1, '20th' -> 20, 'vingtième' -> 20, 'zwanzigsten' -> 20."""
    word = word.strip().lower()
    digits = re.match(r"\d+", word)
    if digits:
        return int(digits.group())
    rules = date_rules()
    total = 0
    for part in (p for p in re.split(r"[-\s]+", word) if p):
        if part in rules.ordinals:
            total += rules.ordinals[part]
        elif part in rules.numbers:
            total += rules.numbers[part]
        else:
            return None
    return total or None


def number_value(word: str) -> int | None:
    """'30', 'thirty', 'forty-five', 'fünf' -> int."""
    word = word.strip().lower()
    if word.isdigit():
        return int(word)
    numbers = date_rules().numbers
    parts = [p for p in re.split(r"[-\s]+", word) if p]
    if parts and all(part in numbers for part in parts):
        return sum(numbers[part] for part in parts)
    return None


def year_from_words(words: str) -> int | None:
    """'two thousand and twenty-five' -> 2025 (a ceremonial year in words)."""
    parts = [p for p in re.split(r"[-\s]+", words.lower()) if p and p != "and"]
    if parts[:2] == ["two", "thousand"]:
        base, rest = 2000, parts[2:]
    elif parts[:2] == ["nineteen", "hundred"]:
        base, rest = 1900, parts[2:]
    else:
        return None
    numbers = date_rules().numbers
    if any(part not in numbers for part in rest):
        return None
    return base + sum(numbers[part] for part in rest)
