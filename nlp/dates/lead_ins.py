"""A date leading its sentence ('As of <date>,', 'On <date>,') typed by the tense of the clause that follows.

'As of 1 May 2031, the rates will apply': the day it takes effect; 'On 3 May 2031, the Agency initiated ...': history,
or a report's own day when the lead opens the text ('On 3 May 2031, the Revenue Service announced ...').
"""

from __future__ import annotations

import re

from nlp.dates.bylines import reported_after_a_dateline
from nlp.dates.layout import Layout
from nlp.dates.opening_sentence import OpeningSentence
from nlp.dates.reaching import TIME_OF_DAY
from nlp.dates.rules import DateRules

OTHER = ("other",)
# a report's opening "On <date>, <authority> announced ...": the day the measure was made public ("published"
# names another document: "On 3 March, Commerce published a notice of initiation (96 FR 1234)")
ANNOUNCED = re.compile(r"announced|gazetted", re.I)
# "On 29 June 2031, in Cargo Systems Messaging Service (CSMS) #31000001, CBP announced ...": the lead names the message
# the announcement was made in, so the day is that message's, not the report's own
ANNOUNCED_IN = re.compile(
    r"^[\s,]*in\s+(?:an?\s+|the\s+|its\s+)?[^,;]{0,60}?\b(?:CSMS|messages?|notices?|bulletins?|releases?|proclamations?"
    r"|orders?|Federal\s+Register)\b",
    re.I,
)


class LeadIns:
    def __init__(self, text: str, layout: Layout, rules: DateRules, opening: OpeningSentence):
        self.text, self.layout, self.rules, self.opening = text, layout, rules, opening

    def types(self, start: int, end: int, clause: str, sentence: str) -> tuple[str, ...]:
        """'As of <date>, X will ...' takes effect then; 'On <date>, X initiated ...' is history."""
        for leadin in self.rules.leadins:
            if leadin.pattern.search(clause):
                after = TIME_OF_DAY.sub(" ", self.layout.clause_after(end))[:200]
                if leadin.described:  # what a relative clause says of the subject sets no tense of the main clause
                    after = leadin.described.sub(lambda m: " " * len(m.group()), after)
                operative, past = leadin.operative.search(after), leadin.past.search(after)
                if operative and (past is None or operative.start() < past.start()):
                    ending = leadin.ending.search(after) if leadin.ending else None
                    starting = leadin.starting.search(after) if leadin.starting else None
                    if starting and starting.start() == operative.start():
                        return ("application_start",)
                    return (
                        ("application_end",)
                        if ending and ending.start() == operative.start()
                        else ("entry_into_force",)
                    )
                if past:
                    if ANNOUNCED.fullmatch(past.group()) and ANNOUNCED_IN.match(after, 0, past.start()):
                        return OTHER  # the day of the message it was announced in
                    if (
                        ANNOUNCED.fullmatch(past.group())
                        and self.opening.opens_the_text(start)
                        and not reported_after_a_dateline(self.text, start)
                    ):
                        return ("publication",)  # "On 3 May 2031, the Revenue Service announced ...": a report's lead
                    # "On <date>, the Department issued a rule ...": a report's lead, the relayed act's date of issue
                    # (other); a notice's own "On <date>, pursuant to section 38, the Agency made ..." is its date
                    return ("document_date",) if self.opening.is_opening_decision(start, sentence) else OTHER
        return ()
