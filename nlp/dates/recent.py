"""Changes a notice reports as just made: 'Commodity Code 0305399010 has been reinstated with effect from 11 March'
in a stop press of 14 March. An update notice is issued a few days after the tariff changed, so a date a little
earlier than its own, after a present-perfect clause that makes the change, is the change's day and not history.
A restated measure of long ago ('the duties, which have been applied since 2019') lies far outside that reach.
A notice written to advise of amendments to a consolidated tariff reports changes made months before it: there the
reach is a year. The words: `recent_changes` and `amendment_notices` in nlp/data/date_rules.<language>.yaml.
"""

from __future__ import annotations

from datetime import date, timedelta

from nlp.dates.rules import DateRules
from nlp.text.patterns import may_match

RECENT_REACH = timedelta(days=14)  # how long before its own date a notice reports a change it announces
AMENDMENT_NOTICE_REACH = timedelta(days=366)  # the same for a notice that advises of a consolidation's amendments
CLAUSE_CHARS = 300  # the clause before the date


def reported_recent_change(
    mention_date: str, own: date, text: str, sentence_start: int, date_start: int, rules: DateRules
) -> bool:
    """The date, shortly before the notice's own date `own`, ends a clause that reports the change as made."""
    before = own - date.fromisoformat(mention_date)
    if not timedelta(0) < before <= AMENDMENT_NOTICE_REACH:
        return False  # not before the notice, or outside the longer reach: neither reach takes it
    # only a date between the two reaches asks whether the notice advises of amendments (a search of the whole text)
    # (each pattern searched only where the text holds its words and its scan finds it: most texts are asked of
    # by every date in the year's reach)
    if before > RECENT_REACH and not any(may_match(p, text) and p.search(text) for p in rules.amendment_notices):
        return False
    clause = text[max(sentence_start, date_start - CLAUSE_CHARS) : date_start]
    return any(pattern.search(clause) for pattern in rules.recent_changes)
