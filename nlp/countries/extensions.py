"""Countries a trade-remedy act names by the standard formulas of such acts.

An anti-circumvention act extends an existing duty to goods consigned from another country: 'The duty imposed
on imports … originating in A is hereby extended to imports … consigned from B'. B's goods are the extension's;
A is the country of the measure being extended (and of the rate it extends, 'the duty for "all other companies"
in A). Both are affected (round 20 convention, eval/heldout/README.md: the circumvented measure targets A's goods,
as eval-dev's anti-circumvention initiation labels them), so A is found here even where no operative sentence names
it apart from the extension. An amending act's title carries the amended act's title, which may end '… and
terminating the proceeding concerning imports … originating in C': no measure of that act applies to C, so
amending it does not touch C.
"""

from __future__ import annotations

import re

from nlp.countries.names import NameMatch, find_country_names
from nlp.text.patterns import guarded, remembered_for_the_last_text
from nlp.text.sentences import Sentences

# the verb of an operative extension to other goods: the countries before it are the extended measure's, those
# after it the extension's ('is hereby extended to imports', 'wird ausgeweitet auf die Einfuhren', 'est étendu aux
# importations'); a period or a quota 'extended to 31 December' is not one. Tried only where their keyword stands
# (found by str.find as written, capitalised or in capitals): a case-insensitive alternation tried at every
# position of every text would cost more than the rest of the country rules.
EXTENDED_TO = {
    "extended": re.compile(r"extended\s+to\s+(?:the\s+)?imports\b", re.I),
    "ausgeweitet": re.compile(r"ausgeweitet\s+auf\s+die\s+einfuhren\b", re.I),
    "étendu": re.compile(r"étendu(?:e|s|es)?\s+aux\s+importations\b", re.I),
}
# (an aside may stand between the auxiliary and the verb: 'wird – mit unternehmensspezifischen Ausnahmen – ausgeweitet',
# 'is, with the exception of the companies listed, extended')
AUXILIARY_BEFORE = guarded(
    r"\b(?:is|are|be|wird|werden|est|sont)\s+(?:hereby\s+|hiermit\s+|par\s+la\s+présente\s+)?"
    r"(?:[–—-]\s[^–—;.]{1,80}\s[–—-]\s+|,\s[^,;.]{1,80},\s+)?$",
    re.I,
)
# the same act's title: 'extending the definitive anti-dumping duty imposed … on imports of … originating in A to
# imports of … consigned from B' (the last 'to imports' of the sentence turns to the extension's goods)
EXTENDING = {
    "extending": re.compile(r"extending\s+the\s+(?:[\w-]+\s+){0,3}?(?:duty|duties|measures?)\b", re.I),
    "portant": re.compile(r"portant\s+extension\s+d[ue]s?\s+(?:[\w-]+\s+){0,3}?(?:droits?|mesures?)\b", re.I),
    "ausweitung": re.compile(r"ausweitung\s+de[rs]\b", re.I),
}
TO_THE_EXTENSION = guarded(r"\bto\s+imports\b|\baux\s+importations\b|\bauf\s+die\s+einfuhren\b", re.I)
SENTENCE_REACH = 2000  # an extension's sentence restates the goods twice: long, but not longer than this


def extended_measure_origins(text: str, sentences: Sentences) -> set[str]:
    """Countries named as origins of a measure the document extends to another country's goods."""
    return {name.code for name in extended_measure_origin_names(text, sentences)}


def extended_measure_origin_names(text: str, sentences: Sentences) -> list[NameMatch]:
    """The first name of each origin of a measure the document extends to another country's goods (not one the
    extension itself names as its goods' origin)."""
    extended_from: dict[str, NameMatch] = {}
    extended_to: set[str] = set()
    for start, pivot, pivot_end, end in _extension_frames(text, sentences):
        for name in find_country_names(text, start, pivot):
            extended_from.setdefault(name.code, name)
        extended_to |= {name.code for name in find_country_names(text, pivot_end, end)}
    if not extended_to:
        return []
    return [name for code, name in extended_from.items() if code not in extended_to]


def _extension_frames(text: str, sentences: Sentences):
    """(start, pivot, pivot end, end) of each extension sentence: before the pivot, the extended measure."""
    for verb in _from_keywords(text, EXTENDED_TO):
        if AUXILIARY_BEFORE.search(text, max(0, verb.start() - 140), verb.start()):
            start, end = sentences.around(verb.start())
            yield (
                max(start, verb.start() - SENTENCE_REACH),
                verb.start(),
                verb.end(),
                min(end, verb.end() + SENTENCE_REACH),
            )
    for cue in _from_keywords(text, EXTENDING):
        end = min(sentences.around(cue.start())[1], cue.end() + SENTENCE_REACH)
        pivots = list(TO_THE_EXTENSION.finditer(text, cue.end(), end))
        german = cue.group(0).lower().startswith("ausweitung")  # German names the duty's own goods first
        if len(pivots) >= 1 + german:
            yield cue.end(), pivots[-1].start(), pivots[-1].end(), end


def _from_keywords(text: str, patterns: dict[str, re.Pattern]):
    for keyword, pattern in patterns.items():
        for written in {keyword, keyword.capitalize(), keyword.upper()}:
            position = text.find(written)
            while position >= 0:
                if match := pattern.match(text, position):
                    yield match
                position = text.find(written, position + 1)


# 'amending Implementing Regulation (EU) No 1105/2010 imposing … on imports … originating in A and terminating
# the proceeding concerning imports … originating in B' (German 'und zur Einstellung der Untersuchung betreffend …',
# French 'et clôturant l'enquête')
TERMINATED_IN_AMENDED = guarded(
    r"(?<![^\W\d_])(?:amending|modifiant|zur\s+änderung)\b[^.;]{0,600}?"  # also glued to a date ('2016amending')
    r"\b(?:and\s+terminating\s+the\s+(?:proceeding|investigation)s?|et\s+clôturant\s+(?:la\s+procédure|l['’]enquête)"
    r"|und\s+zur\s+einstellung\s+(?:des\s+verfahrens|der\s+untersuchung))\b"
    # up to the country, in the same title: no new act's title ('… imposing …', a repeated title line) between
    r"(?:(?!\b(?:imposing|amending|instituant|modifiant|zur\s+einführung|zur\s+änderung)\b)[^.;\n])*$",
    re.I,
)
TERMINATION_REACH = 900


TERMINATION_WORDS = ("terminating", "clôturant", "einstellung")


@remembered_for_the_last_text
def _holds_a_termination_word(text: str) -> bool:
    """Whether the lower-cased text holds a termination word: a window's lower-cased copy is a part of the text's (a
    letter lower-cases by itself, but for the Greek 'Σ', which no such word holds), so a window holds one only where
    the text does."""
    lowered = text.lower()
    return any(word in lowered for word in TERMINATION_WORDS)


def terminated_in_amended_title(text: str, offset: int) -> bool:
    """A country after 'and terminating the proceeding' in the title of the act being amended."""
    if not _holds_a_termination_word(text):
        return False  # most texts: no window of theirs is lower-cased and looked through, name by name
    start = max(0, offset - TERMINATION_REACH)
    window = text[start:offset].lower()
    if not any(word in window for word in TERMINATION_WORDS):
        return False  # the usual case, found without trying the pattern at every position
    return bool(TERMINATED_IN_AMENDED.search(text, start, offset))
