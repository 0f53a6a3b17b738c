"""Origin adjectives that name the goods of a trade remedy in the same clause: a news item or a customs notice names
the goods by their origin's adjective, not by the country's name ('an anti-dumping case against Chinese hot-rolled
plate', Finnish 'kiinalaisen melamiinin polkumyyntitulli', Swedish 'antidumpningstull på kinesiskt stål').

Elsewhere an adjective names no origin ('Japanese producers' of an analogue country, 'the Indian industry'), so only
one this close to a remedy's word, in the same clause and before no word of a domestic actor, is read
(data/countries/remedy_demonyms.json; English adjectives as adjectives.json writes them)."""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import cache, lru_cache
from importlib import resources
from re import _constants, _parser

from nlp.text.lowered import LoweredSpans
from nlp.text.prefilter import may_occur, scan_gated_builder
from nlp.text.textutil import lower_keeping_offsets

REMEDY_REACH = 60  # characters between the adjective and the remedy's word, within one clause
# a French adjective after its goods' words, themselves after the remedy's word: 'un droit antidumping définitif de
# 29,93% sur les importations de conserves de tomates égyptiennes'
POSTPOSED_REACH = 120
NEXT_WORD_REACH = 40  # the word after the adjective (the goods) may lie past the reach
CITED_REACH = 20  # 'fait suite au' and the remedy's first words ('droit') before its word
CLAUSE_BREAK = re.compile(r"[.;:\n]")


@cache
def _data() -> dict:
    root = resources.files("nlp").joinpath("data/countries")
    data = json.loads(root.joinpath("remedy_demonyms.json").read_text("utf-8"))
    english = json.loads(root.joinpath("adjectives.json").read_text("utf-8"))
    data["english"] = {word: code for word, code in english.items() if not word.startswith("_")}
    return data


@scan_gated_builder
@cache
def _remedy_word() -> re.Pattern:
    return re.compile("|".join(_data()["remedy_words"]), re.IGNORECASE)


@cache
def _remedy_words() -> LoweredSpans:
    """The remedy's words of a long text found in its shared lower-cased copy: the engine tries a case-insensitive
    alternation's every branch at each position (a 220 KB Official Journal was 40 ms of scan a pass)."""
    return LoweredSpans(_remedy_word())


@cache
def _adjective() -> re.Pattern:
    data = _data()
    stems = "|".join(sorted(data["stems"], key=len, reverse=True))
    postposed = "|".join(sorted(data["postposed_stems"], key=len, reverse=True))
    english = "|".join(sorted(data["english"], key=len, reverse=True))
    return re.compile(
        rf"\b(?P<adjective>(?P<english>{english})|(?i:(?P<stem>{stems})[a-zäöüå]{{0,4}})"
        rf"|(?i:(?P<postposed>{postposed})[a-z]{{0,4}}))\b"
        rf"(?![ \t]+(?i:{data['not_before']}))(?:[ \t]+(?P<next>[\w-]+))?"
    )


def _code(match: re.Match) -> str | None:
    data = _data()
    if match.group("english"):
        return data["english"][match.group("english")] if (match.group("next") or "")[:1].islower() else None
    if match.group("postposed"):
        return _by_stem(data["postposed_stems"], match.group("postposed"))
    return _by_stem(data["stems"], match.group("stem"))


def _by_stem(codes: dict[str, str], found: str) -> str | None:
    """The code of a stem the case-blind pattern matched. `str.lower()` and the engine's case-blind match differ on a
    few letters ('CHİNESE' lowers to 'chi̇nese', 'Chineſe' keeps its long s): those are looked up as the engine
    matched them."""
    code = codes.get(found.lower())
    if code is None:
        code = next((code for stem, code in codes.items() if re.fullmatch(re.escape(stem), found, re.I)), None)
    return code


def remedy_demonyms(text: str, start: int, end: int) -> Iterator[tuple[str, int, int]]:
    """(code, start, end) of each origin adjective in text[start:end] within a clause's reach of a remedy's word."""
    found, starts = _text_demonyms(text)
    yield from found[bisect_left(starts, start) : bisect_left(starts, end)]


@lru_cache(maxsize=4)
def _text_demonyms(text: str) -> tuple[tuple[tuple[str, int, int], ...], list[int]]:
    """The text's remedy demonyms, scanned once, and their starts in order (the country reader asks for every
    sub-range of a long text)."""
    if not may_occur(_remedy_word(), text):
        return (), []
    found_all: dict[int, tuple[str, int, int]] = {}
    for word in _remedy_word_spans(text):
        word_start, word_end = word
        if _cited_as_followed(text, word_start):
            continue
        window_start, window_end = max(0, word_start - REMEDY_REACH), word_end + POSTPOSED_REACH
        for found in _adjective().finditer(text, window_start, min(len(text), window_end + NEXT_WORD_REACH)):
            name_start, name_end = found.span("adjective")
            if name_start >= window_end:
                break
            if name_start >= word_end + REMEDY_REACH and not found.group("postposed"):
                continue
            if name_start in found_all or _names_the_imposer(found, word) or _after_an_actor(text, name_start):
                continue
            between = (name_end, word_start) if name_end <= word_start else (word_end, name_start)
            if CLAUSE_BREAK.search(text, *between):
                continue
            if code := _code(found):
                found_all[name_start] = (code, name_start, name_end)
    found = tuple(sorted(found_all.values(), key=lambda item: item[1]))
    return found, [name_start for _, name_start, _ in found]


# letters that fold to an ASCII letter without lower-casing to it ('ſ', Kelvin's 'K', 'İ', 'ı'): a text holding one is
# searched whole
FOLDING_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")


def _remedy_word_spans(text: str) -> list[tuple[int, int]]:
    """`_remedy_words().spans(text)`: the pattern tried only where one of its words' opening letters stands in the
    lower-cased text (each word's match opens with them, as the text's lower case has them where no letter folds to
    ASCII otherwise), in order, each from the end of the last match, as finditer tries it."""
    anchors = _word_openings()
    if anchors is None or FOLDING_TO_ASCII.search(text):
        return _remedy_words().spans(text)
    lowered, pattern, spans, last_end = lower_keeping_offsets(text), _remedy_word(), [], 0
    starts = sorted({found + after for opening, after in anchors for found in _all_at(lowered, opening)})
    for start in starts:
        if start >= last_end and (match := pattern.match(text, start)) is not None:
            spans.append(match.span())
            last_end = match.end()
    return spans


def _all_at(text: str, word: str):
    position = text.find(word)
    while position >= 0:
        yield position
        position = text.find(word, position + 1)


@cache
def _word_openings() -> tuple[tuple[str, int], ...] | None:
    """(letters, offset of the match's start after them) for each remedy word: its opening ASCII letters, or those
    of a lookbehind that opens it ('(?<=cooperating )…': the match starts after them); None where a word opens
    otherwise (a class, a letter outside ASCII)."""
    anchors = []
    for word in _data()["remedy_words"]:
        items = list(_parser.parse(word).data)
        if items and items[0][0] is _constants.ASSERT and items[0][1][0] == -1:
            letters = _ascii_letters(list(items[0][1][1].data))
            if letters is None or len(letters) != len(items[0][1][1].data):
                return None
            anchors.append((letters, len(letters)))
            continue
        letters = _ascii_letters(items)
        if not letters:
            return None
        anchors.append((letters, 0))
    return tuple(anchors)


def _ascii_letters(items: list) -> str | None:
    """The lower-case ASCII characters a sequence of the parsed pattern opens with."""
    letters = []
    for op, value in items:
        if op is not _constants.LITERAL or value > 127 or chr(value) != chr(value).lower():
            break
        letters.append(chr(value))
    return "".join(letters) or None


def _names_the_imposer(adjective: re.Match, remedy_word: tuple[int, int]) -> bool:
    """'The Indian anti-dumping duty on Chinese plate': an adjective right before the remedy's word names who imposes
    it, not the goods' origin (one before the goods' noun, 'kiinalaisen melamiinin polkumyyntitulli', does)."""
    word_start, word_end = remedy_word
    if adjective.start("next") == word_start:
        return True
    # French puts it after: 'le droit antidumping indien sur ...'
    between = adjective.string[word_end : adjective.start()]
    return adjective.start() >= word_end and not between.strip()


@cache
def _cited_before() -> re.Pattern:
    return re.compile(rf"(?i:{_data()['cited_before']})[^.;:\n]{{0,{CITED_REACH}}}$")


def _cited_as_followed(text: str, word_start: int) -> bool:
    """'Cette mesure fait suite au droit antidumping institué en 2029 sur le ciment égyptien': the remedy the act
    follows on is an earlier one, its goods' origin none of the act's (data: cited_before)."""
    return _cited_before().search(text, max(0, word_start - CITED_REACH - 20), word_start) is not None


@cache
def _actor_before() -> re.Pattern:
    return re.compile(rf"\b(?i:{_data()['not_after']})[ \t]+$")


def _after_an_actor(text: str, name_start: int) -> bool:
    """A French adjective after a domestic actor's noun ('l'industrie chinoise', 'les autorités indiennes') names who
    speaks or acts, not the goods' origin."""
    return _actor_before().search(text, max(0, name_start - 30), name_start) is not None
