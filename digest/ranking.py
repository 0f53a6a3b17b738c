"""Full-text ranking that answers the question first: codes, then facts, then words.

A change is scored concept by concept (see digest.query). A code counts by how specifically
the change names it (the code itself, a subdivision, its heading or chapter) and sorts first;
a country or measure type counts fully when it is one of the change's extracted facts
(affected country, implementing jurisdiction, measure type), less when the words only appear
in its title, summary or evidence, and least when only the document text mentions them; a word
counts more in the title, summary or evidence than in the body. bm25 breaks ties.

Candidates come in tiers, each newest first and cheap even at a million changes: every concept
anywhere (and, when those are too many to take all, every concept in the title, summary or
evidence), the changes stating every fact asked for, all but one concept; plus the changes
naming the codes. A change matches when it names a
code or covers at least half of the query.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import combinations

from digest.query import Concept, ParsedQuery
from tariffwatch.store import Store
from tariffwatch.store.search import PROMINENT, SearchFilters

# A country or measure: a fact of the change, named in its title, summary or evidence, mentioned in
# its text; a fact that the text also names gets half the text's level on top.
FACT, PROMINENT_TEXT, MENTION, FACT_AND_TEXT = 0.8, 0.6, 0.25, 0.5
WORD_PROMINENT, WORD_MENTION = 1.0, 0.4
CODE_IN_TEXT = 0.3  # a code the text names that extraction did not keep
PARTIAL_SHARE = 0.5  # a change covering less of the query than this is no match
# Partial matches are looked for only when the full ones fill less than a page, and among this
# many newest candidates at most: with a narrow filter the strict tiers read every match, the
# relaxed ones cannot make a search slow.
RELAXED_BELOW, RELAXED_SCAN = 20, 1000


@dataclass
class Ranked:
    change_id: int
    code_score: float = 0.0
    concept_score: float = 0.0
    bm25: float = 0.0
    matched: list[str] = field(default_factory=list)  # the facts and codes it matched, for the reader
    covered: set[int] = field(default_factory=set)  # indexes of the concepts it names, as fact or text

    def complete(self, parsed: ParsedQuery) -> bool:
        """It names every concept of the query that says something (generic words aside)."""
        return all(i in self.covered for i, c in enumerate(parsed.concepts) if c.kind != "generic")

    def key(self) -> tuple:
        return (-round(self.code_score, 3), -round(self.concept_score, 3), -self.bm25, -self.change_id)


def rank_fulltext(
    store: Store, parsed: ParsedQuery, filters: SearchFilters, extractor_version: str, depth: int
) -> list[Ranked]:
    """The matching changes, best first (at most `depth`)."""
    if parsed.advanced:
        rows = store.fulltext_ranked(parsed.advanced, filters, extractor_version, depth)
        return [Ranked(change_id, bm25=-score) for change_id, score in rows]
    present, specificity = _candidates(store, parsed, filters, extractor_version, depth)
    if not present:
        return []
    ids = list(present)
    texts = store.candidate_texts(ids)
    try:
        ranked = [_score(change_id, parsed, specificity, facts) for change_id, facts in store.facts_of(ids).items()]
        bm25 = texts.bm25(parsed.match_any())
        prominent = [texts.matching(_prominent(c)) for c in parsed.concepts]
    finally:
        texts.close()
    for item in ranked:
        item.bm25 = bm25.get(item.change_id, 0.0)
        _add_text_levels(item, parsed, present[item.change_id], prominent)
    full = sum(c.weight for c in parsed.text_concepts)
    matches = [r for r in ranked if r.code_score > 0 or not full or r.concept_score >= PARTIAL_SHARE * full]
    return sorted(matches, key=Ranked.key)[:depth]


def _prominent(concept: Concept) -> str:
    return concept.fts() if concept.kind == "code" else f"{PROMINENT} : {concept.fts()}"


def _candidates(
    store: Store, parsed: ParsedQuery, filters: SearchFilters, extractor_version: str, depth: int
) -> tuple[dict[int, set[int]], dict[int, dict[int, float]]]:
    """{change id: indexes of the concepts known to occur in its text}, {change id: {code: specificity}}."""
    present: dict[int, set[int]] = {}
    specificity: dict[int, dict[int, float]] = {}
    for index, concept in enumerate(parsed.concepts):
        if concept.kind == "code":
            for change_id, value in store.code_specificity(concept.value, filters, extractor_version, depth):
                specificity.setdefault(change_id, {})[index] = value
                present.setdefault(change_id, set())
    strict, relaxed = _tiers(store, parsed, filters, extractor_version, depth)
    found: set[int] = set()  # by the tiers: the changes naming codes do not stop them
    for indexes, fetch in strict:
        found |= _add(present, fetch(), indexes)
        if len(found) < depth:  # every change naming every concept is in: no need to look further
            break
    for indexes, fetch in relaxed if len(found) < RELAXED_BELOW else ():
        found |= _add(present, fetch(), indexes)
        if len(found) >= depth:
            break
    return present, specificity


def _add(present: dict[int, set[int]], ids: list[int], indexes: set[int]) -> set[int]:
    for change_id in ids:
        present.setdefault(change_id, set()).update(indexes)
    return set(ids)


def _tiers(store: Store, parsed: ParsedQuery, filters: SearchFilters, extractor_version: str, depth: int):
    """([(concept indexes the tier proves the text names, fetch ids newest first)], the same for the
    relaxed tiers). Strict: every concept anywhere, then (when those were too many to take all)
    every concept in the title, summary or evidence. Relaxed: the changes stating every country and
    measure asked for, then all concepts but one."""

    def text(match: str, scan: int | None = None):
        return lambda: store.fulltext_newest(match, filters, extractor_version, depth, scan)

    concepts = list(enumerate(parsed.concepts))
    required = [(i, c) for i, c in concepts if c.kind != "generic"] or concepts
    everything = {i for i, _ in required}
    strict = [
        (everything, text(" AND ".join(c.fts() for _, c in required))),
        (everything, text(" AND ".join(_prominent(c) for _, c in required))),
    ]
    relaxed = []
    # Countries sort first ("country" < "measure"): their lists are the shorter ones to walk.
    facts = sorted((c.kind, c.value) for _, c in required if c.kind in ("country", "measure"))
    if facts:
        relaxed.append((set(), lambda: store.stating_facts(facts, filters, extractor_version, depth, RELAXED_SCAN)))
    # All but one concept; fewer could not cover half the query (two concepts: one is a subset).
    if len(required) > 1:
        for subset in combinations(required, len(required) - 1):
            relaxed.append(({i for i, _ in subset}, text(" AND ".join(c.fts() for _, c in subset), RELAXED_SCAN)))
    return strict, relaxed


def _score(
    change_id: int, parsed: ParsedQuery, specificity: dict[int, dict[int, float]], facts: set[tuple[str, str]]
) -> Ranked:
    """The codes and facts a change matches (its texts are added by _add_text_levels)."""
    item = Ranked(change_id)
    codes = specificity.get(change_id, {})
    for index, concept in enumerate(parsed.concepts):
        if concept.kind == "code" and index in codes:
            item.code_score += codes[index]
        elif (concept.kind, concept.value) not in facts:
            continue
        item.matched.append(f"{concept.kind} {concept.value}")
        item.covered.add(index)
    return item


def _add_text_levels(item: Ranked, parsed: ParsedQuery, present: set[int], prominent: list[set[int]]) -> None:
    """What the texts add: a fact the title, summary or evidence also names counts most, then a
    fact alone, then words in the title, summary or evidence, and least a mention in the body."""
    for index, concept in enumerate(parsed.concepts):
        in_front = item.change_id in prominent[index]
        mentioned = index in present
        fact = index in item.covered
        if concept.kind == "code":
            if not fact and (in_front or mentioned):
                item.code_score += CODE_IN_TEXT
                item.covered.add(index)
            continue
        if concept.kind in ("country", "measure"):
            text = PROMINENT_TEXT if in_front else MENTION if mentioned else 0.0
            level = FACT + text * FACT_AND_TEXT if fact else text
        else:
            level = WORD_PROMINENT if in_front else WORD_MENTION if mentioned else 0.0
        item.concept_score += concept.weight * level
        if level:
            item.covered.add(index)
