"""Whether a sentence does something: imposes, extends, removes, applies... (data/acting/<lang>.json).

A measure or a country named in a sentence that only restates what continues, says what is
unaffected, defines a term or points to other documents is background, even inside the operative
part. An item of a list ('- Iceland', '(e) goods that …') acts when the sentence that introduces
the list ('… from the following origins:') does.
"""

from __future__ import annotations

import bisect
import json
import re
from functools import cache
from importlib import resources

from nlp.text.dispatch import dispatched
from nlp.text.layout import Layout
from nlp.text.patterns import guarded, lowered_for_words, required_words, spaces_match_any_whitespace
from nlp.text.sentences import Sentences

LANGUAGES = ("en", "fr", "de", "es", "ru")
# languages read with another's pipeline whose words have their own file (Nordic, Korean, Japanese, the EU's central and
# eastern languages, Polish, world: Thai, Arabic: as English) ... and the EU's other official languages (Bulgarian as
# Russian), read with whichever pipeline is closest
EU = ("eu_languages",)
# (round 25's languages: Hindi, Bengali, Georgian, Armenian, Uzbek, Albanian as English; Kazakh, Mongolian as Russian)
MORE = ("more_languages",)
COMPANIONS = {
    "en": ("nordic", "ko", "ja", "ceu", "pl", "world", *EU, *MORE),
    **dict.fromkeys(("fr", "de", "es"), EU),
    "ru": (*EU, *MORE),
}
# a marker glued to its item ('(a)New Zealand;', '(b)by deleting'), as some legislation sites render lists, too
LIST_ITEM = re.compile(r"\s*(?:[-•*—–]\s|\(?[0-9a-z]{1,4}\)\s|\([0-9a-z]{1,4}\)(?=[A-Za-z“\"]))")
BARE_MARKER = re.compile(r"\s*(?:\(?[0-9a-z]{1,4}\)|\d+(?:\.\d+)?)\s*$")
MAX_LIST_ITEMS = 120  # how far back a list's lead-in may be
MAX_FRAGMENTS = 8  # lines of one hard-wrapped sentence
LEAD_REACH = 400  # a news lead starts below a few heading lines at most
FIRST_PERSON = guarded(r"\b(?:I|we|We|our|Our)\b")
LEAD_ENDED = re.compile(r"[.;:!?][ \t\u00a0]*(?:\n|$)")  # a line ending a sentence: the lead came before
ASKING_OPENING_CHARS = 1500  # the title and heading of a document say that it only asks


@cache
def _patterns(lang: str) -> tuple[re.Pattern, ...]:
    name = lang if lang in LANGUAGES else "en"
    files = [_load(each) for each in (name, *COMPANIONS.get(name, ()))]
    keys = ("acts", "inert", "inert_openings", "cancelled_by_next", "asks_only")
    found = ([spaces_match_any_whitespace(p) for data in files for p in data.get(key, [])] for key in keys)
    # openings are matched at the sentence start only: inside the alternation they would be tried everywhere
    return tuple(_alternation(patterns) for patterns in found)


def _alternation(patterns: list[str]) -> re.Pattern:
    """Dispatched on the first character (nlp.text.dispatch): two dozen languages' acting verbs in one alternation
    are tried in one compare per branch, not each at every word start. A phrase anchored at the sentence start
    ('^(?!…reconsider)…recommendation') goes in a pattern of its own: in the alternation it would keep the engine
    from skipping ahead."""
    anchored = [pattern for pattern in patterns if pattern.startswith("^")]
    floating = [pattern for pattern in patterns if not pattern.startswith("^")]
    if not anchored:
        return dispatched(floating) if floating else re.compile("(?!)")
    return _Either(dispatched(floating) if floating else re.compile("(?!)"), re.compile("|".join(anchored)))


class _Either:
    """A floating alternation and the anchored phrases beside it: the first match at the earliest place."""

    def __init__(self, floating: re.Pattern, anchored: re.Pattern):
        self.floating, self.anchored = floating, anchored
        # words one of which every anchored match holds: 'recommendation' for English's '^(?![\s\S]*…)…recommendation',
        # whose lookahead reads the whole sentence (a tenth of a ms a sentence) where the word is nowhere
        self._needs = required_words(anchored)

    def search(self, text: str):
        anchored = self.anchored.search(text) if self._may_be_anchored(text) else None
        found = [match for match in (self.floating.search(text), anchored) if match]
        return min(found, key=lambda match: match.start()) if found else None

    def match(self, text: str):
        return self.floating.match(text) or (self.anchored.match(text) if self._may_be_anchored(text) else None)

    def _may_be_anchored(self, text: str) -> bool:
        """False only where the text lacks every word an anchored match needs (the prefilters' test)."""
        if not self._needs:
            return True
        lowered = lowered_for_words(text)
        return lowered is None or any(word in lowered for word in self._needs)


def _load(name: str) -> dict:
    return json.loads(resources.files("nlp").joinpath(f"data/acting/{name}.json").read_text("utf-8"))


class ActingSentences:
    """Cached per sentence: does the sentence around an offset act?"""

    def __init__(self, text: str, sentences: Sentences, lang: str = "en", layout: Layout | None = None):
        self.text, self.sentences, self.layout = text, sentences, layout
        self.acts, self.inert, self.inert_openings, self.cancelled, self._asks_only = _patterns(lang)
        self._cache: dict[int, bool] = {}
        self._logical: dict[int, tuple[int, int]] = {}  # logical_span's, by sentence: asked again for each item
        self._starts = [start for start, _ in sentences.spans]
        self._stops: dict[int, int | None] = {}  # _list_stop's, by sentence

    def __call__(self, offset: int) -> bool:
        index = self._index(offset)
        if index not in self._cache:
            self._cache[index] = self._decide(index)
        return self._cache[index]

    def document_asks_only(self) -> bool:
        """The document only asks about another party's act (a WTO Member's questions on another
        Member's notification): nothing in it acts, whatever its sentences say."""
        return bool(self._asks_only.search(self.text[:ASKING_OPENING_CHARS].lower()))

    def lead_in(self, offset: int) -> tuple[int, int] | None:
        """The span of the sentence ending with ':' that introduces the list item at `offset`."""
        index = self._index(offset)
        if not self._is_item(index):
            return None
        stop = self._list_stop(index - 1)
        if stop is None or stop <= index - MAX_LIST_ITEMS:
            return None
        return self.logical_span(stop) if self._sentence(stop).rstrip().endswith(":") else None

    def _list_stop(self, back: int) -> int | None:
        """The nearest sentence at or before `back` that ends a walk up a list: one ending with ':' (the lead-in) or
        one that is no item. Remembered for every sentence walked over: each item of a long list walked the same
        sentences up (120 a item, the text's sentence spans re-sliced each time)."""
        walked = []
        while back >= 0 and back not in self._stops:
            sentence = self._sentence(back)
            if sentence.rstrip().endswith(":") or (sentence.strip() and not self._is_item(back)):
                self._stops[back] = back
                break
            walked.append(back)
            back -= 1
        stop = self._stops[back] if back >= 0 else None
        for each in walked:
            self._stops[each] = stop
        return stop

    def sentence_at(self, offset: int) -> tuple[int, int]:
        """The whole (de-wrapped) sentence around an offset."""
        return self.logical_span(self._index(offset))

    def inert_or_recounted(self, offset: int, lowered_sentence: str) -> bool:
        """The sentence is inert, or opens as a dated account of an earlier act ('On August 3, 2029, USTR determined
        to modify the action by imposing ...') that is not the document's own news lead: what it states was set
        before, not by this document."""
        if self.inert.search(lowered_sentence):
            return True
        index = self._index(offset)
        if self.inert_openings.match(lowered_sentence) and not self._is_news_lead(index):
            return True
        introduced = self._colon_before(index)  # the object of a sentence ending in ':' is as inert as that sentence
        if introduced is None:
            return False
        start, end = self.logical_span(introduced)
        return self.inert_or_recounted(start, self.text[start:end].lower())

    def _decide(self, index: int) -> bool:
        sentence = self._sentence(index).lower()
        if self.inert.search(sentence) or (self.inert_openings.match(sentence) and not self._is_news_lead(index)):
            return False
        if self.acts.search(sentence):
            return not self._taken_back(index)
        lead_in = self.lead_in(self.sentences.spans[index][0])
        if lead_in is not None:
            return self(lead_in[0])
        before = self._colon_before(index)
        return before is not None and self(self.sentences.spans[before][0])

    def _colon_before(self, index: int) -> int | None:
        """The sentence ending with ':' that this one, opening in lower case after a blank line, goes on from
        ('… утвердить и ввести в действие … прилагаемые:' then 'ставки ввозных таможенных пошлин …'): what it
        names is the object of that sentence's act."""
        head = self._sentence(index).lstrip()
        if index == 0 or not head[:1].islower():
            return None
        return index - 1 if self._sentence(index - 1).rstrip().endswith(":") else None

    def _is_news_lead(self, index: int) -> bool:
        """The document's first sentence, below its heading lines only, told in the third person: a report's news
        lead ('On 3 May 2024, the Commission announced the imposition of ...') is what the document says, not a
        dated account of an earlier act (which an author recounting its own acts tells in the first person: 'In
        Executive Order 14257 ..., I declared ...')."""
        start, end = self.logical_span(index)
        before = self.text[max(0, start - LEAD_REACH) : start]
        if start > LEAD_REACH or LEAD_ENDED.search(before):
            return False
        return not FIRST_PERSON.search(self.text, start, end)

    def _taken_back(self, index: int) -> bool:
        """The next sentence says the changes just described affect nothing ('These changes do not affect the
        duties applicable')."""
        _, end = self.logical_span(index)
        following = bisect.bisect_left(self._starts, end)
        return following < len(self._starts) and bool(self.cancelled.search(self._sentence(following).lower()))

    def _is_item(self, index: int) -> bool:
        sentence = self._sentence(index)
        if LIST_ITEM.match(sentence) or BARE_MARKER.match(sentence):
            return True
        return index > 0 and bool(BARE_MARKER.match(self._sentence(index - 1)))

    def _sentence(self, index: int) -> str:
        start, end = self.logical_span(index)
        return self.text[start:end]

    def logical_span(self, index: int) -> tuple[int, int]:
        """A sentence with the fragments a hard-wrapped text split it into: a fragment that ends
        without punctuation continues into a next one that starts in lower case."""
        known = self._logical.get(index)
        if known is None:
            known = self._logical[index] = self._joined_fragments(index)
        return known

    def _joined_fragments(self, index: int) -> tuple[int, int]:
        spans = self.sentences.spans
        first = last = index
        while first > 0 and first > index - MAX_FRAGMENTS and self._continues(spans[first - 1], spans[first]):
            first -= 1
        while last + 1 < len(spans) and last < index + MAX_FRAGMENTS and self._continues(spans[last], spans[last + 1]):
            last += 1
        return spans[first][0], spans[last][1]

    def _continues(self, before: tuple[int, int], after: tuple[int, int]) -> bool:
        """Two fragments of one sentence: no blank line or part boundary (a heading, a page
        header) between them, the first without end punctuation, neither a list marker."""
        tail = self.text[before[0] : before[1]].rstrip()
        head = self.text[after[0] : after[1]]
        if not tail or tail[-1] in ".:;!?|]" or "\n" in self.text[before[1] : after[0]]:
            return False
        if self.layout is not None and self.layout.boundary_between(before[0], after[1]):
            return False
        return not (LIST_ITEM.match(head) or BARE_MARKER.match(head) or BARE_MARKER.match(tail))

    def _index(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self._starts, offset) - 1)
