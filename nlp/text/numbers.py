"""Numbers as official texts write them: '2 043', '90,000', '10 000 000', '21,5', '1.50', '453.79',
'1\'000' or '1‘200' (Swiss), '5 000' with a narrow no-break space (French), '4,50,000' (India's lakh grouping)."""

from __future__ import annotations

import re

# Digits with thousands groups (space, no-break or thin space, comma, dot or apostrophe) and an optional decimal part.
# A figure grouped by spaces takes no comma group after them: 'Note 6 165,000 KG' is a note number and 165 000.
# India groups the digits above a thousand in pairs ('4,50,000' = 450000, '1,50,00,000' = 15000000).
INDIAN_GROUPED = r"\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])"
_INDIAN_GROUPED = re.compile(INDIAN_GROUPED)
NUMBER = (
    rf"{INDIAN_GROUPED}|\d{{1,3}}(?:[ \u00a0\u2009\u202f]\d{{3}})+(?![.,]\d{{3}}(?!\d))(?:[.,]\d+)?"
    r"|\d{1,3}(?:[,.'\u2018\u2019]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
)
_GROUPED = re.compile(
    r"^(?!0\D)\d{1,3}(?:([ \u00a0\u2009\u202f,.'\u2018\u2019])\d{3})+(?:([.,])(\d+))?$"
)  # '0.532' has no thousands


def parse_number(written: str) -> float | None:
    """The value of a written number, reading a comma as thousands only before exactly three
    digits with no other separator ('90,000' = 90000, '21,5' = 21.5, '1.536' in an EU table = 1536)."""
    written = written.strip()
    if _INDIAN_GROUPED.fullmatch(written):
        return float(written.replace(",", ""))
    grouped = _GROUPED.match(written)
    if grouped:
        thousands, decimal_mark, decimals = grouped.groups()
        if decimal_mark is None or decimal_mark != thousands:
            integer = re.sub(
                r"[ \u00a0\u2009\u202f,.'\u2018\u2019]",
                "",
                written[: len(written) - (len(decimals) + 1 if decimals else 0)],
            )
            return float(f"{integer}.{decimals}") if decimals else float(integer)
    if re.fullmatch(r"\d+[.,]\d+", written):
        return float(written.replace(",", "."))
    if written.isdigit():
        return float(written)
    return None


def tidy(value: float) -> float | int:
    """4.42 stays 4.42; 3000.0 becomes 3000 (for JSON and comparison). A rate is kept as the text writes it
    ('$1.27816/stick' stays 1.27816, never 1.2782): only float noise past nine places goes."""
    return int(value) if value == int(value) else round(value, 9)


def shown_number(value: float | int, grouped: bool = False) -> str:
    """A figure as the text wrote it, in plain notation: 1921430 never '1.92143e+06', 1.27816 never '1.2782';
    grouped by thousands where asked ('1,921,430 tonnes')."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return str(value)
    written = f"{value:{',' if grouped else ''}.9f}".rstrip("0").rstrip(".")
    return written if written not in ("", "-0") else "0"


# Percentages written in words, as executive orders and decrees write round rates ('shall be zero percent', 'twenty-five
# per cent', 'cero por ciento (0%)', 'zéro pour cent').
_UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen"
).split()
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_OTHER = {"cero": 0, "zéro": 0, "null": 0, "one hundred": 100, "a hundred": 100, "hundred": 100, "cien": 100}
# Round rates of Spanish, Portuguese and French decrees in words ('una alícuota del dos por ciento', 'alíquota de
# dez por cento', 'un taux de cinq pour cent'): the figures up to fifty that rates are set at.
_OTHER.update(
    {
        **dict.fromkeys(("dos", "dois", "duas", "deux"), 2),
        **dict.fromkeys(("tres", "três", "trois"), 3),
        **dict.fromkeys(("cuatro", "quatro", "quatre"), 4),
        **dict.fromkeys(("cinco", "cinq"), 5),
        **dict.fromkeys(("seis",), 6),
        **dict.fromkeys(("siete", "sete", "sept"), 7),
        **dict.fromkeys(("ocho", "oito", "huit"), 8),
        **dict.fromkeys(("nueve", "nove", "neuf"), 9),
        **dict.fromkeys(("diez", "dez", "dix"), 10),
        **dict.fromkeys(("doce", "doze", "douze"), 12),
        **dict.fromkeys(("quince", "quinze"), 15),
        **dict.fromkeys(("veinte", "vinte", "vingt"), 20),
        **dict.fromkeys(("veinticinco", "vinte e cinco", "vingt-cinq", "vingt cinq"), 25),
        **dict.fromkeys(("treinta", "trinta", "trente"), 30),
        **dict.fromkeys(("treinta y cinco", "trinta e cinco", "trente-cinq", "trente cinq"), 35),
        **dict.fromkeys(("cuarenta", "quarenta", "quarante"), 40),
        **dict.fromkeys(("cincuenta", "cinquenta", "cinquante"), 50),
    }
)
SPELLED = (
    r"(?:(?:" + "|".join(_TENS) + r")(?:[- ](?:" + "|".join(_UNITS[1:10]) + r"))?"
    r"|one hundred|a hundred|"
    + "|".join(sorted({*_UNITS, *_OTHER} - {"one hundred", "a hundred"}, key=len, reverse=True))
    + r")"
)


def spelled_number(written: str) -> float | None:
    """The value of a number written in words ('zero', 'twenty-five', 'cero'), or None."""
    words = " ".join(written.lower().replace("-", " ").split())
    if words in _OTHER:
        return float(_OTHER[words])
    if words in _UNITS:
        return float(_UNITS.index(words))
    tens, _, unit = words.partition(" ")
    if tens in _TENS and (not unit or unit in _UNITS[1:10]):
        return float(_TENS[tens] + (_UNITS.index(unit) if unit else 0))
    return None
