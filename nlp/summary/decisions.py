"""What a decision does when it imposes nothing: a government that declines the duty its investigating authority
recommended ('has decided not to accept the aforesaid recommendations'), a tribunal that decides an appeal ('The
appeal is allowed.'); and how many exclusions a notice counts ('nearly 1,000 exclusions' is a thousand, not 000).
Words: data/summary.json ('declined_remedy')."""

from __future__ import annotations

import re

from nlp.summary.period import first_date
from nlp.summary.words import compiled, words
from nlp.text.patterns import guarded

REMEDIES = frozenset({"anti_dumping", "countervailing", "safeguard"})
DECLINED = "decides not to impose"


def declined_remedy(kind: str, operative_text: str, text: str) -> str | None:
    """'decides not to impose' where the operative parts decline a trade remedy: not to impose or levy it outright,
    or not to accept a recommendation that was one to impose it (a recommendation to end a duty, not accepted,
    keeps the duty: that is no decision not to impose). A memorandum's two paragraphs may have no operative part
    the layout tells (its decision follows an enacting formula): then the whole text is read."""
    if kind not in REMEDIES:
        return None
    cues = words()["declined_remedy"]
    declining = compiled(cues["declined"])
    declined = declining.search(operative_text) or declining.search(text)
    if declined is None:
        return None
    if re.search(r"impose|levy", declined.group(0), re.I) or compiled(cues["recommended_duty"]).search(text):
        return DECLINED
    return None


# The decision of a tribunal or court on an appeal, as its DECISION block states it: 'The appeal is allowed.',
# 'The appeals are dismissed.', 'The appeal is allowed in part.'
APPEAL_DECIDED = guarded(
    r"^[ \t]*The\s+appeals?\s+(?:is|are)\s+(?:hereby\s+)?(?P<outcome>allowed\s+in\s+part|allowed|dismissed|granted|"
    r"rejected|upheld)\b",
    re.M,
)
OUTCOME_VERBS = {
    "allowed in part": "allows in part",
    "allowed": "allows",
    "granted": "allows",
    "upheld": "allows",
    "dismissed": "dismisses",
    "rejected": "dismisses",
}
# The body that decides: a tribunal or court the text names ('with the Canadian International Trade Tribunal').
DECIDING_BODY = guarded(
    r"\b(?:the\s+)?(?P<body>(?:[A-Z][a-z]+[ \t]+){1,5}(?:Tribunal|Court|Board)"
    r"(?:[ \t]+of[ \t]+(?:[A-Z][a-z]+[ \t]*){1,3})?)"
    r"(?!\s+(?:Panel|Secretariat|Staff|Member)\b)"
)
CLASSIFICATION = guarded(r"\btariff\s+classification\b|\bproperly\s+classified\b", re.I)


def appeal_decision(facts, country: str) -> str | None:
    """'The Canadian International Trade Tribunal allows an appeal on tariff classification in ‘A v. B’ (Appeal
    AP-2031-001), decided 1 March 2031': who decides (the tribunal the text names, else the country's tribunal),
    what, on what, in which case and when; None where no appeal is decided."""
    text = facts.text
    decided = APPEAL_DECIDED.search(text)
    if decided is None:
        return None
    outcome = " ".join(decided["outcome"].lower().split())
    body = DECIDING_BODY.search(text)
    parts = [f"The {body['body'].strip()}" if body else f"{country}'s tribunal", OUTCOME_VERBS[outcome], "an appeal"]
    if CLASSIFICATION.search(text):
        parts.append("on tariff classification")
    case = f"‘{facts.title}’" if facts.title else ""
    if facts.identifier and facts.identifier.lower() not in (facts.title or "").lower():
        case = f"{case} ({facts.identifier})" if case else facts.identifier
    if case:
        parts.append(f"in {case}")
    issued = first_date(facts.dates, ("document_date",))
    codes = f" ({facts.code_count} tariff code{'s' if facts.code_count != 1 else ''})" if facts.code_count else ""
    return " ".join(parts) + (f", decided {issued}" if issued else "") + codes + "."


# 'nearly 1,000 exclusions', '266 product exclusions', '1 000 exclusions' (a narrow no-break space): a count read
# whole, never the digits after its thousands separator.
COUNT = r"\d{1,3}(?:[,\u00a0\u202f]\d{3})+|\d{1,5}"
EXCLUSION_COUNT = guarded(rf"(?<![\d.,\u00a0\u202f])({COUNT})\s+(?:product\s+)?exclusions\b", re.I)


# 'it will only grant extensions for 266 items', 'the 245 product exclusion extensions': a notice that extends some of
# the exclusions granted ('for the nearly 1,000 exclusions it has granted to date') counts what it extends.
EXTENSION_COUNT = guarded(
    rf"\bextensions?\s+(?:for|of|to)\s+(?:only\s+)?({COUNT})\s+(?:items|products|(?:product\s+)?exclusions)\b"
    rf"|(?<![\d.,\u00a0\u202f])({COUNT})\s+(?:product\s+)?exclusion\s+extensions\b",
    re.I,
)


def extension_count(scope: str) -> str | None:
    found = EXTENSION_COUNT.search(scope)
    return _number(found.group(1) or found.group(2)) if found else None


def exclusion_count(scope: str) -> str | None:
    found = EXCLUSION_COUNT.search(scope)
    return _number(found.group(1)) if found else None


def _number(digits: str) -> str:
    return re.sub(r"[\u00a0\u202f]", ",", digits)
