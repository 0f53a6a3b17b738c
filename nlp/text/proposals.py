"""A pre-announcement of legislation: the draft put out for comments before it is made (Korean '입법예고' and
'행정예고' under the Administrative Procedures Act, a Chinese '征求意见稿', a Japanese '意見募集'). The rates it
names are proposed, not set; so are a Federal Register proposed rule's or request for comments' (eval-dev README:
proposed rates are not rates), and neither are its quota volumes."""

from __future__ import annotations

import re

OPENING_CHARS = 1500  # the notice's heading and its opening paragraph
# the literal words only: each names the call for comments itself, never an act that was made
PRE_ANNOUNCEMENT = re.compile(r"입법\s?예고|행정\s?예고|征求意[见見]稿|意見募集")
# a Federal Register notice whose ACTION is only the proposal or the call for comments (not 'Notice of action and
# request for comments', whose action was taken)
PROPOSAL_ACTION = re.compile(
    r"(?<!\S)(?-i:ACTION):\s*(?:proposed\s+rule|notice\s+of\s+proposed\s+(?:rulemaking|action)|request\s+for\s+(?:public\s+)?comments?)\b",
    re.I,
)


def is_pre_announcement(text: str) -> bool:
    """The opening names the text a draft put out for comments."""
    end = min(len(text), OPENING_CHARS)
    return PRE_ANNOUNCEMENT.search(text, 0, end) is not None or PROPOSAL_ACTION.search(text, 0, end) is not None
