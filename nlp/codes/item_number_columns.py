"""Japan's 9-digit statistical item numbers (品目番号: the subheading's 6 digits and a 3-digit statistical code, written
solid) in a table that lists them in two columns, the number before a renumbering and the number after it, the second
often written '同左' ('same as left'):

    品目番号 (~H28.12) 品目番号 (H29.1~) … 121221310 同左 食用に適するひじき … 160559299 160559999 その他の軟体動物 …

A solid 9-digit number is a code in a text that names the column 品目番号 when the next cell is '同左' or another
9-digit number, or when it is that second number (amounts carry commas, phone numbers hyphens: neither is read).
"""

from __future__ import annotations

import re

from nlp.codes.cell_mention import cell_mention
from nlp.codes.roles import Roles
from nlp.text.sentences import Sentences
from nlp.types import CodeMention

COLUMN_WORDS = "品目番号"
COLUMN_NAME = re.compile(rf"(?:統計)?{COLUMN_WORDS}")
NUMBER = r"(?<![\d,.\-/])\d{9}(?![\d,.%\-/])"
SAME_AS_LEFT = "同左"
# an item number, then the next column's: 'same as left' or the renumbered item number
PAIR = re.compile(rf"(?P<old>{NUMBER})[ \t\u00a0]+(?:{SAME_AS_LEFT}|(?P<new>{NUMBER}))")


def item_number_columns(text: str, sentences: Sentences, read: set[int]) -> list[CodeMention]:
    """The 9-digit item numbers of both columns, after the text first names the column."""
    # the column's name in every text but Japan's lacks: `in` skips the engine's scan of the whole text for it
    named = COLUMN_NAME.search(text) if COLUMN_WORDS in text else None
    if named is None:
        return []
    roles, found = Roles(text, sentences), []
    for pair in PAIR.finditer(text, named.end()):
        for group in ("old", "new"):
            if pair[group] is not None:
                found += cell_mention(pair[group], pair.start(group), roles, read)
    return found
