"""What stage of a trade-remedy proceeding a document acts at, and which origins its operative parts act on. A review
started ('I will start a full review … whether it is in the public interest to continue to impose an anti-dumping
duty', 'announced the launch of a third … sunset review', a case page whose key dates extend a review) imposes and
amends nothing; a preliminary determination whose provisional duties are now payable is one in the investigation,
never a review ('preliminar…' reads 'reviews' elsewhere), and a duty imposed that is provisional reads so; an origin
whose proceeding is terminated, or one an amending act names only in the title of the act it amends, is no origin
the duty is imposed on. Words: data/summary.json
('review_start', 'provisional_duty')."""

from __future__ import annotations

import re

from nlp.countries.names import find_country_names
from nlp.countries.terminated_back import named_before_its_termination
from nlp.summary.words import compiled, words

REMEDIES = frozenset({"anti_dumping", "countervailing", "safeguard"})
OPENS_REVIEW = "opens a review of"
# What a document that ends or decides the review says: its start is then the history of the decision.
REVIEW_DECIDED = re.compile(
    r"\b(?:final\s+(?:results|determination|report)|has\s+decided|decides|declares?|secure\s+the\s+continuation)\b",
    re.I,
)


DEFINITIVE = re.compile(r"\b(?:definitive|final)\s+(?:anti-?dumping\s+|countervailing\s+|safeguard\s+)?dut", re.I)


def opens_review(kind: str, operative_text: str) -> str | None:
    """'opens a review of' where the title or operative parts start a review of a remedy and decide nothing."""
    if kind not in REMEDIES or REVIEW_DECIDED.search(operative_text):
        return None
    started = any(compiled(cue).search(operative_text) for cue in words()["review_start"]["patterns"])
    return OPENS_REVIEW if started else None


def provisional(kind: str, operative_text: str) -> bool:
    """The operative parts make a provisional remedy duty payable ('Provisional duties are now payable') and name no
    definitive one (a definitive act collects the provisional duty its history imposed)."""
    if kind not in REMEDIES or DEFINITIVE.search(operative_text):
        return False
    return any(compiled(cue).search(operative_text) for cue in words()["provisional_duty"]["patterns"])


PRELIMINARY = "issues a preliminary determination in the investigation into"


def preliminary_verb(verb: str, kind: str, operative_text: str) -> str:
    """A preliminary determination that makes provisional duties payable ('Notice of Preliminary Determinations …
    Provisional duties are now payable'): what 'preliminary determination of dumping' reads as, never 'reviews'."""
    return PRELIMINARY if verb == "reviews" and provisional(kind, operative_text) else verb


def as_provisional(phrase: str) -> str:
    """'an anti-dumping duty' -> 'a provisional anti-dumping duty'."""
    return re.sub(r"^an?\s+", "a provisional ", phrase, count=1)


def acted_on_codes(facts, amends: bool, ends: bool = False) -> list[str]:
    """The affected origins the lead may name: not one whose proceeding the text terminates ('Das Verfahren betraf
    zunächst auch Einfuhren aus Südkorea. Dieses Verfahren wird eingestellt'), nor, in an act that amends another,
    one the amended act's title names (the origins of the whole earlier measure) that its articles do not. Every
    origin stays where none would be left."""
    codes = list(dict.fromkeys(m.code for m in facts.affected))
    names = list(find_country_names(facts.text)) if codes else []  # read once: each origin's test walks them
    kept = [code for code in codes if not _terminated(facts, code, names)] or codes
    if ends:  # 'ends' names the origins it ends, never one whose access the act extends
        kept = [code for code in kept if not _extended(facts, code)] or kept
    if amends:
        named, amended = _named_in_operative_parts(facts), _named_in_amended_title(facts)
        kept = [code for code in kept if named is None or code in named or code not in amended] or kept
    return kept


def _terminated(facts, code: str, names: list) -> bool:
    """`names`: every country name of the text (find_country_names), in order."""
    sentences = facts.acting.sentences
    return any(named_before_its_termination(facts.text, name.start, sentences) for name in names if name.code == code)


def _named_in_operative_parts(facts) -> set[str] | None:
    """The countries the articles name (the layout's enacting parts); None where it tells none apart from the body,
    whose headings and footnotes repeat the amended act's title."""
    spans = facts.layout.spans(ENACTING)
    if not spans:
        return None
    return {name.code for start, end in spans for name in find_country_names(facts.text, start, end)}


ENACTING = frozenset({"operative", "action"})
# 'Regulation … amending Implementing Regulation (EU) 2021/633 imposing … originating in China and in Indonesia'.
AMENDED_TITLE = re.compile(r"\b(?:amending|amendment\s+of|amendments\s+to|modifying)\b", re.I)


def _named_in_amended_title(facts) -> set[str]:
    """The countries the title names after its amending word: the origins of the act amended."""
    if not facts.title_span:
        return set()
    found = AMENDED_TITLE.search(facts.text, *facts.title_span)
    return {name.code for name in find_country_names(facts.text, found.end(), facts.title_span[1])} if found else set()


# 'to provide duty-free access … through the close of December 31, 2023, for specified quantities of … products of
# Israel': an origin whose treatment the act extends, beside another whose designation it terminates.
EXTENDED = re.compile(
    r"\bthrough\s+the\s+close\s+of\b|\bextend(?:s|ed|ing)?\b|\bextension\s+of\b|\bprorrog|\bprolong", re.I
)
ENDED = re.compile(r"\bterminat|\bno\s+longer\b|\bwithdraw|\brevok|\bremov", re.I)


def _extended(facts, code: str) -> bool:
    """Every sentence naming the origin as affected extends its treatment and ends nothing."""
    spans = [facts.acting.sentence_at(m.start) for m in facts.affected if m.code == code]
    said = [facts.text[start:end] for start, end in spans]
    return bool(said) and all(EXTENDED.search(s) and not ENDED.search(s) for s in said)
