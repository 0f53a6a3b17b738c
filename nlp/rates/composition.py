"""A fibre's share of the goods, their composition, not a rate: "FABRIC, in the roll, produced from 100% wool",
"17%-23% polyester" (the rate a text sets for such goods stands apart: "dutiable at 5%")."""

from __future__ import annotations

import re

FIBRE_AFTER = re.compile(
    r"\s*(?:percent|per\s+cent|%)?\s+(?:wool|cotton|silk|linen|flax|polyester|nylon|polyamide|viscose|acrylic|rayon"
    r"|elastane|spandex)\b"
)


def a_composition(lowered: str, end: int) -> bool:
    """The percentage ending at `end` is a fibre's share of the goods ('100% wool')."""
    return FIBRE_AFTER.match(lowered, end) is not None
