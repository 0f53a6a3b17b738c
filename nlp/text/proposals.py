"""A pre-announcement of legislation: the draft put out for comments before it is made (Korean '입법예고' and
'행정예고' under the Administrative Procedures Act, a Chinese '征求意见稿', a Japanese '意見募集'). The rates it
names are proposed, not set (eval-dev README: proposed rates are not rates), and neither are its quota volumes."""

from __future__ import annotations

import re

OPENING_CHARS = 1500  # the notice's heading and its opening paragraph
# the literal words only: each names the call for comments itself, never an act that was made
PRE_ANNOUNCEMENT = re.compile(r"입법\s?예고|행정\s?예고|征求意[见見]稿|意見募集")


def is_pre_announcement(text: str) -> bool:
    """The opening names the text a draft put out for comments."""
    return PRE_ANNOUNCEMENT.search(text, 0, min(len(text), OPENING_CHARS)) is not None
