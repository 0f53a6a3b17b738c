"""Which verb a summary uses: the one nearest before the words it acts on (else the nearest after), and what a
document does to product exclusions."""

from __future__ import annotations

import re

from nlp.summary.operative import in_title
from nlp.summary.period import POSTPONES
from nlp.summary.words import compiled, cues, words
from nlp.text.layout import OPERATIVE
from nlp.text.patterns import guarded

LATER = 1000  # a verb after the measure's words counts as this much further than one before


def in_compound(text: str, start: int) -> bool:
    """A verb's stem inside a hyphenated word names the goods' processing ('cold-reduced steel'), not an action."""
    return start > 0 and text[start - 1] in "-‐‑"


def distance(at: int, verb_start: int) -> int:
    """How far a verb starting at verb_start is from words at `at`: before them is nearer than after."""
    return at - verb_start if verb_start <= at else LATER + verb_start - at


# What a document does to exclusions, in the order the words decide it: an extension notice also
# says 'grant' (of the original exclusions), so 'extend' is read first.
# What is done to exclusions, read from the operative sentence that names them. Only verbs count:
# 'establishing 7 August 2020 as a uniform expiration date for all exclusions granted' grants.
EXCLUSION_VERBS = (
    (re.compile(r"\bextend(?:s|ed|ing)?\b|\bextension\b", re.I), "extends"),
    (re.compile(r"\b(?:revok(?:es?|ed|ing)|terminat(?:es?|ed|ing)|expire[sd]?|no longer)\b", re.I), "ends"),
    (re.compile(r"\breinstat(?:es?|ed|ing)\b", re.I), "reinstates"),
    (re.compile(r"\bgrant(?:s|ed|ing)?\b", re.I), "grants"),
)
EXCLUSION_WORD = guarded(r"\bexclu(?:sions?|ded|ding)\b", re.I)


# A notice that opens an inquiry into requests for exclusions ('COMMENCEMENT OF EXCLUSIONS INQUIRY', 'commenced an
# inquiry into … the exclusion of'): nothing is granted yet, whatever the default says.
EXCLUSIONS_INQUIRY = guarded(
    r"\b(?:commencement|initiation|opening)\s+of\s+(?:an?\s+|the\s+)?exclusions?\s+inquiry\b"
    r"|\b(?:commenc|initiat|open)(?:es|ed|ing|s)?\s+(?:an?\s+)?inquiry\s+into\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?"
    r"(?:for\s+)?(?:the\s+)?exclusions?\b",
    re.I,
)
OPENS_EXCLUSIONS_INQUIRY = "opens an inquiry into"


def exclusion_verb(facts) -> str:
    """The verb of the first operative sentence that acts on exclusions, the one nearest before the word
    'exclusions' (else after it); 'grants' when no sentence says more."""
    spans = facts.layout.spans(OPERATIVE - {"annex"})
    if any(EXCLUSIONS_INQUIRY.search(facts.text, start, end) for start, end in spans):
        return OPENS_EXCLUSIONS_INQUIRY
    for start, end in spans:
        for word in EXCLUSION_WORD.finditer(facts.text, start, end):
            if in_title(facts, word.start()) or not facts.acting(word.start()):
                continue
            sentence_start, sentence_end = facts.acting.sentence_at(word.start())
            at = word.start() - sentence_start
            sentence = facts.text[sentence_start:sentence_end]
            found = [
                (distance(at, m.start()), verb) for pattern, verb in EXCLUSION_VERBS for m in pattern.finditer(sentence)
            ]
            if found:
                return min(found)[1]
    return "grants"


# 'suspending Section 232 duties on imports … from Ukraine', '… will not be subject to additional duties under …':
# an act that lifts a duty for a while, whatever verb the background's history of the duty uses ('by imposing').
SUSPENDED_DUTY = guarded(
    r"\bsuspend(?:s|ing|ed)?\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?dut(?:y|ies)\b|\bwill\s+not\s+be\s+subject\s+to\s+"
    r"(?:the\s+)?additional\s+dut(?:y|ies)\b",
    re.I,
)


def suspends_duty(kind: str, operative_text: str) -> str | None:
    return "suspends" if kind == "duty_rate_change" and SUSPENDED_DUTY.search(operative_text) else None


# An act within an investigation whose own sentence names no action (a resolution's recitals, a copy cut before its
# articles): 'la apertura de la investigación por presunto dumping', 'the investigation into alleged subsidization'.
INVESTIGATION = guarded(r"\binvestig(?:ation|aci[óo]n|a[çc][ãa]o)|\benqu[êe]te\b|\binquiry\b", re.I)
REMEDIES = frozenset({"anti_dumping", "countervailing", "safeguard"})
WITHIN_INVESTIGATION = "issues a decision in the investigation into"


def within_investigation(verb: str, primary, facts) -> str:
    """'issues a decision in the investigation into' for a trade remedy the document names only as the subject of an
    investigation and acts on with no verb the summary knows: never 'announces a duty' that nothing imposes."""
    if verb != "announces" or primary.type not in REMEDIES or primary.where == "legal_basis":
        return verb
    start, end = facts.acting.sentence_at(primary.start)
    if INJURY_CONDITION.match(facts.text, start, end):
        return _determination(facts) or WITHIN_INVESTIGATION
    return WITHIN_INVESTIGATION if INVESTIGATION.search(facts.text, start, end) else verb


# 'If the CITT finds that the dumping … caused injury …, anti-dumping duty … will be applied': a duty that waits for
# another body's finding of injury is none the act announces; what it decides is its determination of dumping.
INJURY_CONDITION = guarded(
    r"\s*(?:if|should|where|in\s+the\s+event\s+that)\b[^.;]{0,200}?\b(?:finds?|determines?|concludes?)\b"
    r"[^.;]{0,160}?\binjur",
    re.I,
)
DETERMINATION = guarded(
    r"\b(?P<stage>final|preliminary)\s+determinations?\s+of\s+(?:dumping|subsidi[sz]ing|subsidy)\b", re.I
)


def _determination(facts) -> str | None:
    """'issues a final determination in the investigation into': the stage the operative parts determine at."""
    for start, end in facts.layout.spans(OPERATIVE - {"annex"}):
        found = DETERMINATION.search(facts.text, start, end)
        if found:
            return f"issues a {found['stage'].lower()} determination in the investigation into"
    return None


CONTINUATION_INQUIRY = "holds a continuation inquiry into"
OPENING_LINES = 3000  # a case page's heading and its case-information table, after the goods it describes


def continuation_inquiry(kind: str, text: str) -> str | None:
    """'holds a continuation inquiry into' where the page's heading names one: whether duties in force continue is
    the question, and no duty is announced or decided."""
    if kind not in REMEDIES:
        return None
    opening = text[:OPENING_LINES]
    found = any(compiled(cue).search(opening) for cue in words()["continuation_inquiry"]["patterns"])
    return CONTINUATION_INQUIRY if found else None


def sets_timetable(kind: str, operative_text: str) -> str | None:
    """'sets the timetable of a review of' where the title or operative parts make a remedy's timetable public:
    a review's deadlines are no duty imposed, whatever verb the recital on the duty in force uses ('instituída')."""
    if kind not in REMEDIES:
        return None
    return next((verb for cue, verb in words()["timetables"]["patterns"] if compiled(cue).search(operative_text)), None)


# 'The effective date of the additional duties imposed in Proclamation N shall be … August 22', 'deleting the effective
# date “August 19” and inserting “August 22”', 'postpones the effective date of the duties': the duties begin later,
# whatever the recitals say ('suspending for a period of 3 days'); the date the summary gives is the day they begin.
POSTPONED_START = guarded(
    r"\b(?:postpon(?:e|es|ed|ing)|delay(?:s|ed|ing)?|defer(?:s|red|ring)?)\s+(?:the\s+)?(?:effective|start|commencement)"
    r"\s+date\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?dut(?:y|ies)\b"
    r"|\b(?:the\s+)?effective\s+date\s+of\s+the\s+(?:[\w-]+\s+){0,4}?dut(?:y|ies)\s+(?:imposed\s+)?[^.;]{0,160}?"
    r"\bshall\s+be\b[^;]{0,80}?\b(?:19|20)\d\d\b(?=[^;]{0,400}?\bdeleting\s+(?:the\s+)?effective\s+date\b)",
    re.I,
)


def postpones_start(operative_text: str) -> str | None:
    return POSTPONES if POSTPONED_START.search(operative_text) else None


# A UK-style amending instrument: 'The Customs Tariff (Establishment and Suspension of Import Duty) (EU Exit)
# (Amendment) Regulations 2021'. The words in the first brackets name the instruments it amends, not what it does:
# 'Suspension of' there made such an act 'suspend duty suspensions' where it substitutes a revised document.
AMENDING_INSTRUMENT = guarded(r"\(Amendment(?:\s+No\.?\s*\d+)?\)\s+(?:Regulations|Order|Rules)\b", re.I)


def amends_instrument(title: str | None) -> str | None:
    return "amends" if title and AMENDING_INSTRUMENT.search(title) else None


# An act that only records a company's new name, and one that acts on more than a name: data/summary_cues.json
NAME_CHANGE = guarded("|".join(cues()["name_change"]), re.I)
MORE_THAN_A_NAME = guarded(rf"\b(?:{'|'.join(cues()['more_than_a_name'])})\b", re.I)
RENAMES = "updates a company's name under"


def renames_company(kind: str, verb: str | None, text: str, operative_text: str) -> str | None:
    """'updates a company's name under an anti-dumping duty …' for an amending act whose only change is a name."""
    if kind not in REMEDIES or verb != "amends" or not NAME_CHANGE.search(text):
        return None
    return None if MORE_THAN_A_NAME.search(operative_text) else RENAMES
