"""How a measure reads in the lead: 'an anti-dumping duty of 14.5% to 19.9%', 'a Section 232 duty from
25% to 50%', 'a 25% retaliatory surtax'. Words: data/summary.json ('measures', 'duty_basis')."""

from __future__ import annotations

import re

from nlp.summary.words import compiled, words
from nlp.text.numbers import shown_number
from nlp.text.patterns import guarded

# Verbs that say a duty moves: a range after them ('reduces a duty of 5% to 9%') reads as the move's two ends.
MOVES = frozenset({"reduces", "increases", "raises", "lowers", "cuts"})


def measure_phrase(kind: str, rates: list, text: str, scope: str, verb: str = "") -> str:
    """The measure, the rates the document sets for it, and the legal basis its operative parts name."""
    phrase = _based_phrase(kind, scope) or _ban_phrase(kind, scope) or words()["measures"][kind]["phrase"]
    change = _rate_change(rates, text)
    if verb == "removes" and change and not change.endswith((" 0%", " 0")):
        return phrase + _other_move(rates, text)  # a change to another rate is another clause's, not the duty removed
    rate = change or _rate_text(rates)
    if not rate:
        return phrase
    joined = rate if rate.startswith("from ") else f"of {rate}"
    if verb in MOVES and not change and " to " in rate:
        joined = "to between " + rate.replace(" to ", " and ", 1)  # the rates it now sets, not a move from one
    if kind in ("anti_dumping", "countervailing", "duty_rate_change", "safeguard"):
        return f"{phrase} {joined}" + _prices_beside(rates)
    if kind == "retaliation":
        surtax = any(r.kind == "surtax" for r in rates)
        return f"a {rate} retaliatory surtax" if surtax and joined != rate else f"{phrase} {joined}"
    return phrase


IMPORTS_NAMED = guarded(r"\bimport(?:s|ed|ation)?\b", re.I)
EXPORTS_NAMED = guarded(r"\bexport(?:s|ed|ation)?\b", re.I)


def _ban_phrase(kind: str, scope: str) -> str | None:
    """'an import ban' where the operative parts name importation alone ('… are excluded from importation into the
    United States'), 'an export ban' where they name exports alone; both or neither: 'an import or export ban'."""
    if kind != "prohibition":
        return None
    imports, exports = bool(IMPORTS_NAMED.search(scope)), bool(EXPORTS_NAMED.search(scope))
    if imports == exports:
        return None
    return "an import ban" if imports else "an export ban"


def _based_phrase(kind: str, scope: str) -> str | None:
    """'a Section 232 duty', 'additional IEEPA duties': the legal basis an operative part names first, not one
    named as an exception to it ('unless subject to … actions under section 232 …, in which case the duty … shall
    not apply': another act's basis the order stands aside for)."""
    found = [
        (match.start(), phrase)
        for source, phrase in words()["duty_basis"].get(kind, [])
        for match in compiled(source).finditer(scope)
        if not _named_as_an_exception(scope, match.start()) and not _named_as_ended(scope, match)
    ]
    return min(found)[1] if found else None


EXCEPTION_BEFORE = re.compile(r"\b(?:unless|except|other than|not subject to|excluding|exempt\w*)\b[^.;]*$", re.I)
EXCEPTION_REACH = 160  # the clause before a basis: 'unless subject to existing or future actions under'


# A list of the goods an order does not reach, introduced by a colon ('… shall not be subject to the ad valorem rates
# of duty under this order: (i) …; (ii) all articles … subject to the duties imposed pursuant to section 232 …'): every
# basis named in its items is another act's, up to the paragraph's end.
EXCEPTION_LIST = re.compile(
    r"\b(?:shall\s+not\s+be\s+subject\s+to|not\s+subject\s+to|(?:is|are)\s+(?:excluded|exempt(?:ed)?)\s+from)\b[^:.]{0,200}:",
    re.I,
)
EXCEPTION_LIST_REACH = 2500
PARAGRAPH_END = re.compile(r"\n[ \t]*\n")


def _named_as_an_exception(scope: str, start: int) -> bool:
    if EXCEPTION_BEFORE.search(scope, max(0, start - EXCEPTION_REACH), start) is not None:
        return True
    lists = list(EXCEPTION_LIST.finditer(scope, max(0, start - EXCEPTION_LIST_REACH), start))
    return bool(lists) and PARAGRAPH_END.search(scope, lists[-1].end(), start) is None


# A basis the act ends ('As IEEPA Tariffs End - New Section 122 Surcharge Tariffs Begin', 'IEEPA duties terminate for
# goods entered …', 'the termination of the Section 232 duties'): the rate it sets belongs to another measure.
ENDED_AFTER = re.compile(
    r"[\w‑-]*\s+(?:[\w‑-]+\s+){0,2}?(?:tariffs?|dut(?:y|ies)|surcharges?|measures?)\s+(?:will\s+|shall\s+)?"
    r"(?:end|terminat|expir|ceas|are\s+(?:terminated|revoked|removed)|no\s+longer)",
    re.I,
)
ENDED_BEFORE = re.compile(r"\b(?:end|termination|expiry|revocation)\s+of\s+(?:the\s+)?(?:additional\s+)?$", re.I)


def replaces_ended_basis(kind: str, scope: str) -> bool:
    """The operative parts end one basis and name another ('Termination of IEEPA Duties …; Section 122 Surcharge'):
    the duty the summary names is the one that begins, so it is imposed, whatever the title's 'termination' says."""
    found = [match for source, _ in words()["duty_basis"].get(kind, []) for match in compiled(source).finditer(scope)]
    return any(_named_as_ended(scope, m) for m in found) and any(not _named_as_ended(scope, m) for m in found)


def _named_as_ended(scope: str, match: re.Match) -> bool:
    return bool(ENDED_AFTER.match(scope, match.end(), match.end() + 60)) or bool(
        ENDED_BEFORE.search(scope, max(0, match.start() - 40), match.start())
    )


RATE_FROM = guarded(r"\bfrom\s+(?:an?\s+)?(?:additional\s+)?$", re.I)
RATE_TO = re.compile(r"^\s*(?:ad valorem\s+)?to\s+(?:an?\s+)?(?:additional\s+)?$", re.I)


def _rate_change(rates: list, text: str) -> str | None:
    """'from 25% to 50%': two rates the text writes as a change ('from an additional 25 percent ad valorem
    to an additional 50 percent'), the first the rate replaced; 'from 0% to £25 per 1000kg' changes the kind of
    duty, and is as much a change as one within a unit."""
    move = _rate_move(rates, text)
    return f"from {rate(move[0].value, move[0].unit)} to {rate(move[1].value, move[1].unit)}" if move else None


def _rate_move(rates: list, text: str) -> tuple | None:
    ordered = sorted(rates, key=lambda r: r.start)
    for old, new in zip(ordered, ordered[1:], strict=False):
        if (
            (old.unit != new.unit or old.value != new.value)
            and RATE_TO.match(text[old.end : new.start])
            and RATE_FROM.search(text[max(0, old.start - 30) : old.start])
        ):
            return old, new
    return None


def _other_move(rates: list, text: str) -> str:
    """' and reduces another from 60% to 40%': a list of budget measures that removes one duty and moves another
    keeps both in the lead (a rate raised or cut is news beside the duty removed)."""
    old, new = _rate_move(rates, text)
    if old.unit != new.unit:
        return ""
    verb = "reduces" if new.value < old.value else "raises"
    return f" and {verb} another from {rate(old.value, old.unit)} to {rate(new.value, new.unit)}"


def _prices_beside(rates: list) -> str:
    """' and minimum import prices of USD 21/kg to USD 100/kg': prices a duty comes with, never its rate."""
    prices = [r for r in rates if r.kind == "minimum_import_price"]
    if not prices or len(prices) == len(rates):
        return ""
    named = "a minimum import price" if len({(r.value, r.unit) for r in prices}) == 1 else "minimum import prices"
    return f" and {named} of {_rate_text(prices)}"


def _rate_text(rates: list) -> str | None:
    """'25%', '14.5% to 19.9%', 'USD 25/postal item': the rates the document sets."""
    chosen = [r for r in rates if r.role in ("new", "company_specific", "residual")]
    chosen = chosen or [r for r in rates if r.role != "previous"]  # rates removed are no rates the act sets
    chosen = [r for r in chosen if r.kind != "minimum_import_price"] or chosen  # a price is no duty of the range
    if not chosen:
        return None
    unit = chosen[0].unit
    values = sorted({r.value for r in chosen if r.unit == unit})
    shown = [rate(value, unit) for value in (values[0], values[-1])]
    return shown[0] if len(values) == 1 else f"{shown[0]} to {shown[1]}"


def rate(value, unit: str | None) -> str:
    number = shown_number(value)
    if unit is None:  # a table's bare figure whose unit the copy does not print
        return number
    if unit == "percent":
        return f"{number}%"
    currency, _, per = unit.partition("/")
    return f"{currency} {number}/{per}" if per else f"{number} {unit}"
