"""Percentages that are a share of the goods, not a rate: a fibre's share, their composition ("FABRIC, in the roll,
produced from 100% wool", "17%-23% polyester"; the rate a text sets for such goods stands apart: "dutiable at 5%"),
and a share of the goods or of a quota ("over 53 percent of imported goods", "70 percent, or 840 head")."""

from __future__ import annotations

import re

FIBRE_AFTER = re.compile(
    r"\s*(?:percent|per\s+cent|%)?\s+(?:wool|cotton|silk|linen|flax|polyester|nylon|polyamide|viscose|acrylic|rayon"
    r"|elastane|spandex)\b"
)


# A share of the goods, not a rate: "the exemption of over 53 percent of imported goods", "40 percent of the tariff
# lines"
SHARE_OF_GOODS_AFTER = re.compile(
    r"\s+of\s+(?:all\s+|the\s+|its\s+)?(?:imported\s+|dutiable\s+|presented\s+|entered\s+|annual\s+)?"
    # (a quota's fill: 'where 90 % of the volume of tariff quota 09.4321 has been used')
    r"(?:goods|imports|products|items|tariff\s+lines|commodities|quantity|quantities|volumes?|(?:tariff\s+)?quotas?)\b(?!['’])"
    # a share of a quota restated as its quantity ('70 Prozent bzw. 840 Tiere', '70 percent, or 840 head')
    r"|\s*(?:percent|per\s+cent|prozent|%)?\s*,?\s*(?:bzw\.|or|i\.e\.|soit|d\.h\.)\s+\d[\d'‘’,.\s]*\s?(?:tiere|stück|head|tonnen|tonnes|t|kg)\b"
)  # a share of the goods; a quota's proration ('90.5 percent of the presented quantity') too


def a_share_of_the_goods(lowered: str, end: int) -> bool:
    """The percentage ending at `end` is a share of the goods ('53 percent of imports') or a fibre's ('100% wool')."""
    return SHARE_OF_GOODS_AFTER.match(lowered, end) is not None or FIBRE_AFTER.match(lowered, end) is not None
