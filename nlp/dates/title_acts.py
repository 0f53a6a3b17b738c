"""Where an act's own title names the act ('Regulation (EU) 2031/12 of 3 May 2031 ...', 'A Proclamation on Adjusting
Imports of Steel ...'): the end of the first act word in the title, so a date right after it is the act's own."""

from __future__ import annotations

import re
from functools import cache

from nlp.dates.rules import DateRules
from nlp.text.prefilter import may_occur

# an act a sentence mentions in passing ("were communicated through a circular dated April 20, 2031"): not a title's
# (a title may open with its article: "A Proclamation on Adjusting Imports of Steel ...")
INDEFINITE_BEFORE = re.compile(r"\w[ \t]+(?:a|an)\s+$", re.I)


@cache
def _amended_before(rules: DateRules) -> re.Pattern:
    """... nor the act a subject line says the title's act changes ('Seeks to amend Notification No. 12/2027-Customs,
    dated …'): its verbs are data (title_act_amenders)."""
    verbs = "|".join(rules.title_act_amenders) or "(?!)"
    return re.compile(rf"\b(?:{verbs})s?[ \t]+(?:the[ \t]+)?$", re.I)


def first_act_word_end(text: str, title_end: int, rules: DateRules) -> int | None:
    """The end of the first act word of the title (one language's or two), or None."""
    acts = (pattern for pattern in rules.title_acts if may_occur(pattern, text))
    ends = [end for pattern in acts if (end := _titled_act_end(text, pattern, title_end, rules)) is not None]
    return min(ends) if ends else None


def _titled_act_end(text: str, pattern: re.Pattern, title_end: int, rules: DateRules) -> int | None:
    for match in pattern.finditer(text, 0, title_end):
        before = max(0, match.start() - 16), match.start()
        if not INDEFINITE_BEFORE.search(text, *before) and not _amended_before(rules).search(text, *before):
            return match.end()
    return None
