"""The words that name measures, per language, compiled for one scan: data/measures/<lang>.json with the
companion files of the languages read with another's pipeline, and English names in French, German and Spanish
texts. Each phrase is matched against lower-cased text from word starts, in one alternation dispatched on its
first character (nlp/text/dispatch.py); a phrase written in Chinese characters or kana is matched anywhere in its run
of characters, which has no spaces to start words ('所適用反傾銷措施'); so is a phrase in Thai, whose words run together
too and whose vowel marks are no word characters ('เรียกเก็บอากรตอบโต้การทุ่มตลาด')."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from nlp.text.acting import COMPANIONS, LANGUAGES  # the same pipelines and companion files as the acting phrases
from nlp.text.dispatch import dispatched
from nlp.text.first_characters import ByFirstCharacter
from nlp.text.patterns import guarded, spaces_match_any_whitespace

CATEGORIES = {"signals": "s", "generic": "g", "legal_basis": "b"}
# Chinese characters, Japanese kana and Thai: scripts without spaces between words
UNSPACED = re.compile("[\u0e00-\u0e7f\u3040-\u30ff\u4e00-\u9fff]")


NOT_NEAR_REACH = 300  # how far before a signal its voiding words may stand (the sentence before it)


@dataclass(frozen=True)
class MeasurePatterns:
    scan: re.Pattern  # every signal in one plain alternation (named groups make it ten times slower)
    groups: list[tuple[str, re.Pattern]]  # '<category>__<type>[__n]' and its own pattern, in scan order
    not_when: dict[str, re.Pattern]  # type -> a sentence where its signals do not count
    only_when: dict[str, re.Pattern]  # group -> the sentence its signal needs
    needs_country: frozenset[str]  # groups whose sentence must name a country (a carve-out for one origin)
    context_before: re.Pattern | None  # the words just before a signal that make it context ('in addition to')
    starting: ByFirstCharacter[tuple[str, re.Pattern]]  # the groups, by the character a match of theirs starts with
    unspaced: re.Pattern | None = None  # the phrases in Chinese characters or kana, matched inside a run
    # group -> words in its sentence or just before it that void the signal ('is terminated', 'is repealed')
    not_near: dict[str, re.Pattern] = field(default_factory=dict)
    # the words just after a signal that say the document leaves the measure alone ('… are not affected by this notice')
    context_after: re.Pattern | None = None
    # group -> words its sentence or the text just before it must hold ('passa a vigorar com a seguinte redação': the
    # words after it are an amended act's new text)
    only_near: dict[str, re.Pattern] = field(default_factory=dict)

    def voided_nearby(self, group: str, lowered: str, offset: int, sentence_end: int) -> bool:
        """A signal's 'not_near' words in its sentence or the NOT_NEAR_REACH characters before it, or its
        'only_near' words not there."""
        start = max(0, offset - NOT_NEAR_REACH)
        voiding, needed = self.not_near.get(group), self.only_near.get(group)
        if needed is not None and needed.search(lowered, start, sentence_end) is None:
            return True
        return voiding is not None and voiding.search(lowered, start, sentence_end) is not None

    def finditer(self, lowered: str, start: int, end: int):
        """(group name, match) of each signal in lowered[start:end]."""
        yield from self._matches(self.scan, lowered, start, end)
        if self.unspaced is not None and UNSPACED.search(lowered, start, end):
            yield from self._matches(self.unspaced, lowered, start, end)

    def _matches(self, scan: re.Pattern, lowered: str, start: int, end: int):
        for match in scan.finditer(lowered, start, end):
            for name, pattern in self.starting.at(lowered[match.start()]):
                found = pattern.match(lowered, match.start())
                if found and found.end() == match.end():
                    yield name, found
                    break


def load_measure_data(name: str) -> dict:
    """One data file of measure words (data/measures/<name>.json), as written."""
    return json.loads(resources.files("nlp").joinpath(f"data/measures/{name}.json").read_text("utf-8"))


def _with_companions(name: str) -> dict:
    """A language's file with its companions' signals and cues added (data/measures/nordic.json to en.json)."""
    data = load_measure_data(name)
    for companion in (load_measure_data(other) for other in COMPANIONS.get(name, ())):
        for category in ("signals", "legal_basis", "not_when"):
            own, extra = data.get(category, {}), companion.get(category, {})
            data[category] = {k: own.get(k, []) + extra.get(k, []) for k in {*own, *extra}}
    return data


def _with_english_names(data: dict) -> dict:
    """A French, German or Spanish text also names measures in English: a bilingual Canada Gazette
    cover, the English name of a programme. English signals and legal bases are added to its own;
    plain English duty words are not (they would read 'surtax' into 'surtaxe')."""
    english, merged = load_measure_data("en"), {key: value for key, value in data.items()}
    for category in ("signals", "legal_basis"):
        own = data.get(category, {})
        merged[category] = {
            k: own.get(k, []) + english.get(category, {}).get(k, []) for k in {*own, *english.get(category, {})}
        }
    not_when = data.get("not_when", {})
    merged["not_when"] = {
        k: not_when.get(k, []) + english.get("not_when", {}).get(k, [])
        for k in {*not_when, *english.get("not_when", {})}
    }
    return merged


@cache
def patterns(lang: str = "en") -> MeasurePatterns:
    """One alternation with a named group per (category, type): the text is scanned once."""
    name = lang if lang in LANGUAGES else "en"
    data = _with_companions(name) if name == "en" else _with_english_names(_with_companions(name))
    groups, only_when, needs_country, in_order, not_near, only_near = [], {}, set(), [], {}, {}
    for category, by_type in ((c, data.get(c, {})) for c in CATEGORIES):
        for kind, phrases in sorted(by_type.items()):
            plain = [p for p in phrases if isinstance(p, str)]
            if plain:  # an empty alternation would match everywhere
                groups.append((f"{CATEGORIES[category]}__{kind}", _alternation(plain)))
                in_order += _phrases(plain)
            for number, conditional in enumerate(p for p in phrases if isinstance(p, dict)):
                name = f"{CATEGORIES[category]}__{kind}__{number}"
                groups.append((name, _alternation([conditional["pattern"]])))
                in_order += _phrases([conditional["pattern"]])
                _add_conditions(name, conditional, only_when, needs_country)
                for key, found in (("not_near", not_near), ("only_near", only_near)):
                    if key in conditional:
                        found[name] = guarded(spaces_match_any_whitespace(conditional[key]))
    compiled = [(name, re.compile(pattern)) for name, pattern in groups]
    # Matched against lower-cased text from word starts only: several times faster than re.I.
    spaced = [phrase for phrase in in_order if not UNSPACED.match(phrase, 3)]  # after its '(?:'
    unspaced = [phrase for phrase in in_order if UNSPACED.match(phrase, 3)]
    return MeasurePatterns(
        dispatched(spaced, prefix=r"\b"),  # the same alternation as the groups', phrase by phrase
        compiled,
        # hard-wrapped texts break a cue anywhere: a space in a cue matches any whitespace, as in the signals
        {kind: guarded("|".join(_phrases(found))) for kind, found in data.get("not_when", {}).items()},
        only_when,
        frozenset(needs_country),
        re.compile("(?:" + "|".join(_phrases(data["context_before"])) + ")$") if data.get("context_before") else None,
        ByFirstCharacter(compiled, [pattern for _, pattern in compiled]),
        re.compile("|".join(unspaced)) if unspaced else None,
        not_near,
        guarded("|".join(_phrases(data["context_after"]))) if data.get("context_after") else None,
        only_near,
    )


def _add_conditions(name: str, conditional: dict, only_when: dict, needs_country: set) -> None:
    """A conditional signal counts only in a sentence matching its 'only_when', and with 'needs_country'
    only in one naming a country."""
    if "only_when" in conditional:
        only_when[name] = guarded(spaces_match_any_whitespace(conditional["only_when"]))
    if conditional.get("needs_country"):
        needs_country.add(name)


def _alternation(phrases: list[str]) -> str:
    return "|".join(_phrases(phrases))


def _phrases(phrases: list[str]) -> list[str]:
    return [f"(?:{spaces_match_any_whitespace(p)})" for p in phrases]
