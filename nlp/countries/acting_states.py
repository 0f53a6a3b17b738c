"""A state named as the one that applies a rate, not as the goods' origin: a news item on a customs union's rates per
member ('Rwanda is granting stay of application …', '… while Burundi will exempt the same from tax', 'Tanzania, along
with Burundi and Uganda, will charge duty rates of 35 percent'). The name opens its clause and its verb applies,
grants, charges, exempts or imposes."""

from __future__ import annotations

import re

# the clause opens on the name: the text's or a line's start, a sentence's end, 'while', 'whereas', ', and'
OPENS_CLAUSE = re.compile(r"(?:^|[.;:!?]\s+|\n[ \t]*|\b(?:while|whereas)\s+|,\s+and\s+)$")
# the name heads a companion list in that position: 'Tanzania, along with Burundi and Uganda, will charge'
ALONG_WITH = re.compile(r"\balong\s+with\s+(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?,?\s+and\s+)?$")
APPLIES = (
    r"(?:is|are|will|shall|has|have|would)\s+(?:also\s+)?(?:be\s+)?"
    r"(?:grant|apply|charg|exempt|impos|levy|levi|keep|retain)\w*\b"
)
APPLIES_AFTER = re.compile(rf"\s+{APPLIES}")
APPLIES_AFTER_LIST = re.compile(rf"(?:\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?\s*,\s*{APPLIES}")
REACH = 40


def applies_the_rate_itself(text: str, start: int, end: int) -> bool:
    """Whether the country named at text[start:end] is the subject of a clause that applies a rate or an exemption."""
    before = text[max(0, start - REACH) : start]
    if OPENS_CLAUSE.search(before) and APPLIES_AFTER.match(text, end):
        return True
    return bool(ALONG_WITH.search(before) and APPLIES_AFTER_LIST.match(text, end))
