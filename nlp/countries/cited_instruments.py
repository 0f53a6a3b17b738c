"""A country inside the name of another Canadian instrument cited with its registration number ('… appears following
Canada – European Union Tariff Withdrawal Order (United Kingdom): SOR/2020-286', a Gazette's pointer to the impact
analysis printed with a companion order): the name of that order, not goods this one targets."""

from __future__ import annotations

import re

# the rest of the instrument's name after the country (capitalised words, brackets, dashes), then its kind and number;
# possessive: a run of capitals is not split into words in every possible way
REST_OF_A_CITED_NAME = re.compile(
    r"(?:[ \t()–—-]++|\b(?:and|the|of|on|for|to|de|du|des|la|le|sur)\b|[A-ZÀ-Þ][\w’'.-]*+)*?"
    r"\b(?:Order|Regulations|Rules|Décret|Règlement|Arrêté)(?:[ \t]*\([^()\n]{1,60}\))*"
    r"[ \t]*[:,][ \t]*\(?(?:SOR|DORS)/\d{4}-\d+"
)

# '… Withdrawal Order (Peru): SOR/2031-140': the country in the bracket that ends the name
BRACKET_BEFORE = re.compile(r"\b(?:Order|Regulations|Rules)[ \t]*\($")
BRACKET_AFTER = re.compile(r"[^()\n]{0,40}\)[ \t]*[:,][ \t]*\(?(?:SOR|DORS)/\d{4}-\d+")


def in_a_cited_instrument(text: str, offset: int) -> bool:
    if BRACKET_BEFORE.search(text, max(0, offset - 20), offset) and BRACKET_AFTER.match(text, offset):
        return True
    return REST_OF_A_CITED_NAME.match(text, offset) is not None
