"""The day a reported act was published, as a news item states it of the act it reports ('Решение опубликовано на
сайте ЕЭК 28 сентября 2031 г.', 'The decision was published on the Commission's website on 28 September 2031'). The
date is the reported act's, so not the item's own publication (it stays 'other'), but the act's relative dates count
from it ('вступает в силу по истечении 30 календарных дней с даты его официального опубликования').
So does the day a reported act was signed, for its relative dates counted from signature ('Quyết định số 1105/QĐ-BCT ...
ngày 30/3/2017' ... 'có hiệu lực thi hành sau 15 ngày kể từ ngày ký')."""

from __future__ import annotations

import json
import re
from datetime import date
from importlib import resources

from nlp.text.prefilter import may_occur, scan_gated
from nlp.types import DateMention

# the act itself as the subject, then 'published', then at most a place before the date
PUBLISHED_ACT = re.compile(
    r"(?:^|[.!?]\s+|\n)[ \t]*(?:решение|документ|постановление|распоряжение|приказ"
    r"|the\s+(?:decision|regulation|order|resolution|decree|notification|document))"
    r"\s+(?:был[оа]?\s+|was\s+)?(?:опубликован[оа]?|published)\b[^.;\n\d]{0,80}$",
    re.I,
)
REACH = 160


def reported_publication(text: str, mentions: list[DateMention]) -> date | None:
    """The first date a sentence says the act it names was published on."""
    return _first_dated_by(PUBLISHED_ACT, text, mentions)


def _first_dated_by(cue: re.Pattern, text: str, mentions: list[DateMention]) -> date | None:
    """The first untyped date stated right after `cue` (within REACH characters before it)."""
    for mention in mentions:
        if mention.type == "other" and not mention.derived:
            if cue.search(text, max(0, mention.start - REACH), mention.start):
                return date.fromisoformat(mention.date)
    return None


# the act named with its number, then its date; a new act the text speaks of (nlp/data/reported_acts.json)
_ACTS = json.loads(resources.files("nlp").joinpath("data/reported_acts.json").read_text("utf-8"))
NUMBERED_ACT = re.compile(_ACTS["numbered_act"], re.I)
NEW_ACT = scan_gated(re.compile(_ACTS["new_act"], re.I))  # searched over the whole text: where its scan finds it


def reported_signature(text: str, mentions: list[DateMention]) -> dict[str, date]:
    """The date of the numbered act a text without a date of its own reports, as the anchor of its relative dates
    counted from signature; none where the text has its own date, or speaks of a new act ('Quyết định mới có hiệu
    lực … kể từ ngày ký': the new decision's signing, not the cited one's)."""
    if any(m.type == "document_date" for m in mentions) or (may_occur(NEW_ACT, text) and NEW_ACT.search(text)):
        return {}  # its own date, or a new act whose signing is not the cited act's
    signed = _first_dated_by(NUMBERED_ACT, text, sorted(mentions, key=lambda m: m.start))
    return {"document_date": signed} if signed else {}
