"""Specific amounts are looked for only in a stretch holding a per-unit part ('/kg', 'per tonne', 'за тонну'):
every amount per unit has one, so the stretches without are left out with the same amounts found."""

from nlp.rates.finder import _specific_amounts
from nlp.rates.rate_words import rate_words as _words

TEXT = (
    "the duty is eur 0.50/kg net. a further levy of usd 12 per 100 kg applies; "
    "18 fr. 70 par 100 kg in the swiss tariff. rates of 25 percent elsewhere, $3 a dozen, "
    "and 12 руб. за тонну."
)


def _amounts(lowered: str, start: int = 0, end: int | None = None) -> list[tuple[float, str, str]]:
    end = len(lowered) if end is None else end
    found = _specific_amounts(lowered, _words(), start, end, ("USD", "USc", "INR"))
    return [(value, lowered[s:e], unit) for value, s, e, unit, _ in found]


def test_every_amount_per_unit_is_found_as_the_plain_scan_finds_it():
    words = _words()
    assert [m.span() for m in words.specific.finditer(TEXT)] == [
        (s, e) for _, s, e, _, _ in _specific_amounts(TEXT, words, 0, len(TEXT), ("USD", "USc", "INR"))
    ]
    assert [(value, written) for value, written, _ in _amounts(TEXT)][:3] == [
        (0.5, "eur 0.50/kg"),
        (12, "usd 12 per 100 kg"),
        (18.7, "18 fr. 70 par 100 kg"),
    ]


def test_a_stretch_without_a_per_unit_part_has_no_amount_even_beside_one_outside_it():
    end_of_first = TEXT.index("net.")
    assert _amounts(TEXT, 0, end_of_first - 3) == []  # 'eur 0.50/' with its unit cut off
    assert _amounts("rates of 25 percent, $3 a dozen and eur 4 each") == []
