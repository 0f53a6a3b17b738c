"""A pre-announcement of legislation: the draft put out for comments before it is made (Korean '입법예고' and
'행정예고' under the Administrative Procedures Act, a Chinese '征求意见稿', a Japanese '意見募集'). The rates it
names are proposed, not set; so are a Federal Register proposed rule's, or a request for comments' that proposes them
(eval-dev README: proposed rates are not rates), and neither are its quota volumes.
Words: nlp/data/proposals.json."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

OPENING_CHARS = 1500  # the notice's heading and its opening paragraph


@cache
def _patterns() -> dict[str, re.Pattern]:
    data = json.loads(resources.files("nlp").joinpath("data/proposals.json").read_text("utf-8"))
    return {key: re.compile("|".join(data[key]), re.I) for key in data if not key.startswith("_")}


def is_pre_announcement(text: str) -> bool:
    """The opening names the text a draft put out for comments: its draft words, a proposed rule's ACTION, or a
    request for comments on what the opening proposes."""
    end = min(len(text), OPENING_CHARS)
    found = _patterns()
    if found["drafts"].search(text, 0, end) or found["proposal_actions"].search(text, 0, end):
        return True
    return bool(found["comment_actions"].search(text, 0, end) and found["proposal_words"].search(text, 0, end))
