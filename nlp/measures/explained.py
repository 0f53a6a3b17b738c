"""Measures another measure the document acts on explains: a safeguard's quota, a suspension's rate, an exemption
from a named remedy, a statute under which an exclusion is granted, generic duty words beside a named measure. Each
drops the explained type from the hits `find_measures` (nlp/measures/rules.py) gathered."""

from __future__ import annotations

import re

from nlp.measures.safeguard_scope import establishes_the_quota
from nlp.text.sentences import Sentences


def drop_quota_of_a_safeguard(hits: dict, text: str, sentences: Sentences) -> None:
    """A safeguard taking the form of a tariff-rate quota: the quota is the safeguard's form, not a measure of its
    own, unless the title names the quota as what the document is about ('safeguard measure: tariff-rate quota'),
    or the document administers the quota at more length than it names the safeguard (a quota bulletin's period and
    quarterly volumes under a safeguard named once as their basis)."""
    quota = hits.get("tariff_quota", [])
    if "safeguard" not in hits or any(where == "title" for _, where in quota):
        return
    if establishes_the_quota(quota, text, sentences):
        return  # 'To establish a tariff-rate quota on imports of …, the HTSUS is modified': it acts on the quota
    if not any(SAFEGUARD.search(text, signal.start, signal.end) for signal, _ in hits["safeguard"]):
        return  # a safeguard named only through its quota ('a tariff rate quota (TRQ) review'): the quota is named
    if _quota_of_an_agreement(quota, text, sentences):
        return  # 'the revised Tariff Rate Quota in terms of the Economic Partnership Agreement': a quota of its own
    quota_sentences = {sentences.around(signal.start) for signal, _ in quota}
    safeguard_sentences = {sentences.around(signal.start) for signal, _ in hits["safeguard"]}
    if len(quota_sentences - safeguard_sentences) < 2 or len(quota_sentences) <= len(safeguard_sentences):
        hits.pop("tariff_quota", None)


# a trade agreement whose quota a sentence names ('in terms of the Economic Partnership Agreement (SADC-EU EPA)')
AGREEMENT = re.compile(
    r"\b(?:free[- ]trade|partnership|association|trade|preferential)\s+agreements?\b|\b(?:fta|epa)s?\b", re.I
)
SAFEGUARD = re.compile(r"safeguard", re.I)


def _quota_of_an_agreement(quota: list, text: str, sentences: Sentences) -> bool:
    """A quota named in a sentence of its own that names a trade agreement and no safeguard is the agreement's
    quota, not the form a safeguard beside it takes (a revenue service's list of amendments: a steel safeguard,
    then the revised quota of a partnership agreement)."""
    for signal, _ in quota:
        start, end = sentences.around(signal.start)
        if AGREEMENT.search(text, start, end) and not SAFEGUARD.search(text, start, end):
            return True
    return False


def drop_rate_change_of_a_suspension(hits: dict, text: str) -> None:
    """Rates set in the paragraph that sets a zero rate for a while ('Установить ставки ввозных таможенных пошлин
    … в размере 0 процентов … по 31 декабря 2031 г. включительно') are the suspension's zero rate: no rate change of
    their own, unless the document changes rates elsewhere too."""
    suspending = {
        _paragraph(text, signal.start)
        for signal, _ in hits.get("duty_suspension", [])
        if ZERO_RATE.search(text, signal.start, signal.end)
    }
    changing = {_paragraph(text, signal.start) for signal, _ in hits.get("duty_rate_change", [])}
    if suspending and changing and changing <= suspending:
        del hits["duty_rate_change"]


# the trade remedy an exemption names ('exempt from safeguard measures', 'excluded from the anti-dumping duty')
NAMED_REMEDY = {
    "anti_dumping": re.compile(r"anti-?dumping|antidumping", re.I),
    "countervailing": re.compile(r"countervailing|anti-?subsidy", re.I),
    "safeguard": re.compile(r"safeguard", re.I),
}


def drop_exemption_from_another_measure(hits: dict, text: str) -> None:
    """Goods or origins exempt from a trade remedy the document does not act on ('China is exempt from safeguard
    measures for this product', in a notice continuing an anti-dumping duty) are background, no exclusion."""
    exemptions = hits.get("exclusion", [])
    remedies = [
        {kind for kind, pattern in NAMED_REMEDY.items() if pattern.search(text, signal.start, signal.end)}
        for signal, _ in exemptions
    ]
    if remedies and all(named and not named & hits.keys() for named in remedies):
        del hits["exclusion"]


def drop_statute_of_an_exclusion(hits: dict, text: str, title_span: tuple[int, int] | None) -> None:
    """A guidance message on exclusions from the section 301 duties ('amendments for two reinstated China 301
    exclusions') under a headline naming only the statute ('Guidance for Section 301', 'GUIDANCE: Section 301 China
    Conforming Amendment'): the statute is the basis of the action the goods are excluded from, not a retaliation
    the message takes. The statute's own actions and their updates (a 'Notice of Action Pursuant to Section 301',
    a review's memorandum, an 'UPDATE on Section 301 China Reinstatement') keep it."""
    statute = hits.get("retaliation", [])
    if "exclusion" not in hits or not statute or any(signal.category != "b" for signal, _ in statute):
        return
    if title_span is not None and GUIDANCE.search(text, *title_span):
        del hits["retaliation"]


GUIDANCE = re.compile(r"\b(?:guidance|instructions?)\b", re.I)  # a message on filing, not an action


# a zero rate in English, Russian, Kazakh ('0 пайызы'), Armenian ('0 տոկոս') and Uzbek ('0 foiz')
ZERO_RATE = re.compile(r"(?<![\d.,])0(?:[.,]0+)?\s*(?:%|процент|percent|per cent|пайыз|տոկոս|foiz)|нулев|zero", re.I)


def _paragraph(text: str, offset: int) -> tuple[int, int]:
    end = text.find("\n", offset)
    return text.rfind("\n", 0, offset) + 1, len(text) if end < 0 else end


# a bounded period: 'from 12:00 a.m. June 1, 2022, through 11:59 p.m. on June 1, 2023', 'for one year'
BOUNDED_PERIOD = re.compile(
    r"\bfrom\b[^;]{0,40}?\b(?:19|20)\d\d\b,?\s+(?:through|until|to)\b[^;]{0,40}?\b(?:19|20)\d\d\b"
    r"|\bfor (?:one|a|two|three|\d+) years?\b",
    re.I,
)


def suspended_for_a_period(hits: dict, text: str, sentences: Sentences) -> set[tuple[int, int]]:
    """Sentences that carve goods out of a duty for a bounded period ('products of Ruritania … will not be subject to
    additional duties under heading 9903.80.01 from … June 1, 2031, through … June 1, 2032'): the duty is suspended for
    them, and its plain words name the duty acted on beside the exclusion."""
    found = set()
    for signal, _ in hits.get("exclusion", []):
        start, end = sentences.around(signal.start)
        if BOUNDED_PERIOD.search(text, signal.end, end):
            found.add((start, end))
    return found


def drop_generic_beside_named(hits: dict, generic_only: dict, shared: set, sentences: Sentences) -> None:
    """Plain duty words in a sentence that names a measure ('exclusions from the additional
    duties') describe that measure, not a rate change of their own."""
    if not generic_only.get("duty_rate_change") or not shared:
        return
    kept = [(m, where) for m, where in hits["duty_rate_change"] if sentences.around(m.start) not in shared]
    if kept:
        hits["duty_rate_change"] = kept
    else:
        del hits["duty_rate_change"]
