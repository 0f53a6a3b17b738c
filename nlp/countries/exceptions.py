"""The country cues (data/countries/cues.json), and where a country is named only as an exception to the goods' origins:
'from all countries except Canada, Mexico…', 'excluding …', in any language, unless the origin phrase resumes after
the excepted goods ('…, except stainless, originating in …')."""

from __future__ import annotations

import re
from functools import cache

from nlp.countries.contingencies import in_a_contingency
from nlp.countries.cue_data import cue_data
from nlp.countries.named_lists import in_a_list_of_parts_or_exceptions
from nlp.text.narrowed import NarrowedAlternation
from nlp.text.patterns import guarded
from nlp.text.sentences import Sentences

# an item marker '(a) ' starts a clause; an ISO code glued to a name ('Albania(AL) ') does not
CLAUSE_START = guarded(r"[;\n]|(?<![\w)])\(\w{1,4}\)\s")
LOOK_BACK = 150  # how far an exception cue reaches back within a clause
# a row an amending instruction only places its insertion by ('In a new row to be inserted immediately above the row
# containing the entry in respect of the … Agreement between … and the State of Israel'): a neighbour in the table,
# not a partner the act acts on; an agreement's long name may stand between the words and the country, but not the
# instruction's verb ('after the entry for Thailand insert the entry "Viet Nam 12.5%"': the inserted entry's country
# is the one the act adds)
PLACING_ROW = re.compile(
    r"\b(?:above|below|before|after)\s+the\s+(?:row|entry|entries|line|item)\s+(?:containing\s+the\s+entry\s+)?"
    r"(?:containing|relating\s+to|in\s+respect\s+of|for)\b(?:(?!\b(?:insert|add|substitute)\b)[^\n;—])*$",
    re.I,
)
PLACING_REACH = 400
LOOK_AHEAD = 150  # how far after the names their exclusion may follow
LIST_LOOK_AHEAD = 400  # ... or after a long list of names, where it is the first verb that follows them
# the names' goods left out by a verb that follows them: 'Goods originating from Norway, Iceland and Liechtenstein
# ... are excluded from the application of the measures'; French 'sont exclues de', Spanish 'quedan excluidas de'
# 'excluded_after' (cues.json): the same in other words ('… shall not be subject to the measures set out in Article 1',
# '… the applicable duties shall correspond to the conventional rate of duty': the measure's rate is not theirs).
# Goods 'excluded from importation' (or entry, or release for free circulation; French 'exclus de l'importation',
# Spanish 'excluidas de la importación') are banned: their origin is the one targeted, not one left out; goods
# 'exclus de l'entrée en vigueur anticipée' (the early entry into force) are left out of the measure.
EXCLUDED_AFTER = re.compile(
    r"\b(?:(?:are|is|shall\s+be|will\s+be)\s+(?:hereby\s+)?(?:excluded|exempt(?:ed)?)\s+from"
    r"(?!\s+(?:importation|entry(?!\s+into\s+force)|release)\b)"
    r"|(?:sont|est|seront)\s+exclu(?:e|es|s)?\s+d[eu](?!\s+(?:l['’](?:importation|entrée(?!\s+en\s+vigueur))|la\s+mise\s+en\s+libre|territoire))"
    r"|(?:quedan|queda|quedarán|están|está)\s+exclu[ií]d[oa]s?\s+de(?!\s+(?:la\s+(?:importaci|internaci)[óo]n|el\s+ingreso))"
    rf"|{'|'.join(cue_data()['excluded_after'])})\b",
    re.I,
)

FIRST_VERB = re.compile(r"\b(?:are|is|shall|will|sont|est|seront|quedan|queda|quedarán|están|está)\b", re.I)


@cache
def cues() -> dict:
    data = cue_data()
    return {
        "not_affected": guarded("|".join(data["not_affected"])),
        "origins": guarded("|".join(data["origins"]), re.I),
        "own_act": guarded("|".join(data["own_act"]), re.I),
        "table_origins": guarded("|".join(data["table_origins"])),
        "operative_table_origins": guarded("|".join(data["operative_table_origins"])),
        # the goods' origin named again after an exception ('…, except stainless, originating in …', in any language)
        "origins_resume": re.compile(
            rf",\s*(?:(?:and|y|e|et|und)\s+)?(?:which\s+are\s+)?(?:{'|'.join(data['origins'])})", re.I
        ),
    }


@cache
def origin_cues() -> NarrowedAlternation:
    """`cues()["origins"]`, searched as the alternation of the languages' phrases a text can hold (one text in
    three is searched for them in its whole opening, where the phrases of twenty languages are tried at each word)."""
    return NarrowedAlternation(cue_data()["origins"], re.I)


@cache
def _not_affected_cues() -> NarrowedAlternation:
    """`cues()["not_affected"]`, searched in each name's clause as the alternation of the cues the clause can hold:
    the same matches (nlp/text/narrowed.py); an English clause holds the words of a few of its seventy cues, and the
    whole alternation tried at each of its positions was a third of the exception read."""
    return NarrowedAlternation(cue_data()["not_affected"])


def after_exception(text: str, offset: int, sentences: Sentences) -> bool:
    """'from all countries except Canada, Mexico…': an exception cue earlier in the same clause."""
    start = max(sentences.around(offset)[0], offset - LOOK_BACK)
    clause = text[start:offset]
    breaks = [found for found in CLAUSE_START.finditer(clause) if not _wrapped_line(text, start + found.start())]
    if breaks:
        clause = clause[breaks[-1].end() :]
    exceptions = [
        cue
        for cue in _not_affected_cues().finditer(clause.lower())
        if not _closed_aside(clause, cue.end())
        and not _closed_dash_aside(clause, cue.start(), cue.end())
        and not CLOSED_PROVISO.match(clause, cue.start())
    ]
    if exceptions and not _origins_resume(clause, exceptions[-1].end()):
        return True
    if _excluded_by_what_follows(text, offset, sentences) or _excepted_by_a_postposed_cue(text, offset):
        return True
    if PLACING_ROW.search(text, max(sentences.around(offset)[0], offset - PLACING_REACH), offset):
        return True
    if in_a_contingency(text, offset, sentences):
        return True  # 'Where imports from Ruritania increase, the Commission may …': what might be done, not a measure
    return in_a_list_of_parts_or_exceptions(text, offset)  # a longer list of territories left out or included


# A plain-text Federal Register or CSMS copy wraps its prose at a fixed width ('… as related to the Agreement between
# the' / 'United States of America, United Mexican States, and Canada, shall not'): a line break inside a long line of
# words, the next line going on with words, is no clause's start
WRAPPED_WIDTH = 55
WRAP_END = re.compile(r"[\w,]")
WRAP_NEXT = re.compile(r"[ \t]*(?![(\[•*\-–—]|\d+[.)])\w")


def _wrapped_line(text: str, newline: int) -> bool:
    line_start = text.rfind("\n", 0, newline) + 1
    return (
        newline - line_start >= WRAPPED_WIDTH
        and "|" not in text[line_start:newline]
        and WRAP_END.match(text, newline - 1) is not None
        and WRAP_NEXT.match(text, newline + 1) is not None
    )


# Chinese and Japanese put 'except' after the name, in its own parenthesis or clause: '(美国(U.S.)本土除外)' (the US
# mainland excepted), '中華人民共和国(香港地域及びマカオ地域を除く。)' (Hong Kong and Macao excepted)
POSTPOSED_EXCEPTION = re.compile(r"除外|を除く|除く")
CLAUSE_BREAKS = "，,；;"  # not the Japanese list comma 、
POSTPOSED_REACH = 30  # a name, a territory word, a code in parentheses and the cue


def _excepted_by_a_postposed_cue(text: str, offset: int) -> bool:
    """A Chinese or Japanese exception cue after the name, in the name's own parenthesis (none opens between them
    that is not closed: '韓国又は中国(香港を除く。)' excepts Hong Kong, not Korea), before the sentence ends, and in the
    name's own clause."""
    cue = POSTPOSED_EXCEPTION.search(text, offset, offset + POSTPOSED_REACH)
    if cue is None or "。" in text[offset : cue.start()]:
        return False
    depth = 0
    for character in text[offset : cue.start()]:
        depth += {"(": 1, "（": 1, ")": -1, "）": -1}.get(character, 0)
        if depth < 0:
            return False  # the name's parenthesis closes before the cue: the cue excepts something else
        if depth == 0 and character in CLAUSE_BREAKS:
            return False  # '…加征10%关税，列入排除清单的商品除外': a later clause excepts other goods
    return depth == 0


def _excluded_by_what_follows(text: str, offset: int, sentences: Sentences) -> bool:
    """'Goods originating from Norway, Iceland and Liechtenstein under the EEA agreement are excluded from the
    application of the measures': the exclusion verb follows the names in their sentence."""
    end = min(sentences.around(offset)[1], offset + LIST_LOOK_AHEAD)
    clause_end = text.find(";", offset, end)  # a verb of another clause does not reach back
    end = end if clause_end < 0 else clause_end
    if EXCLUDED_AFTER.search(text, offset, min(end, offset + LOOK_AHEAD)) is not None:
        return True
    # a longer list of origins ('the product of Australia, Canada, …, or Singapore shall be excluded from the
    # safeguard measure'): the clause's first verb after the names is the exclusion
    verb = FIRST_VERB.search(text, offset, end)
    return verb is not None and EXCLUDED_AFTER.match(text, verb.start()) is not None


# 'Except as otherwise provided in this proclamation, certain products of Ruritania …': a proviso on the act's other
# provisions, closed by its comma before the country, excepts no origin; in other words and languages too ('Except
# where otherwise specified in the Annex,', 'Salvo disposición en contrario del presente Acuerdo,', 'Außer in den in
# Artikel 3 genannten Fällen'): cues.json `closed_provisos`, matched where the exception cue starts
CLOSED_PROVISO = re.compile("|".join(cue_data()["closed_provisos"]), re.I)


def _closed_aside(clause: str, after: int) -> bool:
    """The cue stands in parentheses closed before the country: it excepts goods inside them ('screws (excluding
    coach screws) and washers originating in …', '(ausgenommen Schwellenschrauben) … mit Ursprung in …')."""
    rest = clause[after:]
    return rest.count(")") > rest.count("(")


ASIDE_DASH = re.compile(r"(?:^|\s)[—–-]\s")  # a dash set off by spaces: an aside's opening or closing
DASH_BEFORE = re.compile(r"[—–-]\s*$")


def _closed_dash_aside(clause: str, start: int, after: int) -> bool:
    """The cue opens an aside between dashes closed before the country: it excepts goods inside it ('glass fibre mats
    — excluding mats of glass wool — originating in …', '— ausgenommen Matten aus Glaswolle — mit Ursprung in …')."""
    return bool(DASH_BEFORE.search(clause, 0, start)) and ASIDE_DASH.search(clause, after) is not None


# ', originating in or exported from': after goods an exception left out ('excluding plain round bar, originating
# in …'), the origin phrase goes back to the goods the measure covers; 'except goods originating in' does not.
def _origins_resume(clause: str, after: int) -> bool:
    if ENGLISH_RESUME.search(clause, after):
        return True
    # in other languages a participle takes a comma right after the excepted goods ('за исключением товаров,
    # происходящих из …'): the origin resumes only after an excepted description of two words or more
    resumed = cues()["origins_resume"].search(clause, after)
    return resumed is not None and len(clause[after : resumed.start()].split()) >= 2


ENGLISH_RESUME = re.compile(r",\s*(?:and\s+)?(?:which\s+are\s+)?(?:originating\s+in|exported\s+from)\b", re.I)
