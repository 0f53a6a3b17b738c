"""Which goods a document acts on, as its title or operative sentence names them: 'hot rolled plate
steel' of 'Hot Rolled Plate Steel Exported from Korea', 'certain articles' of 'imports of certain articles
of the Russian Federation', and goods named in another language, quoted as written ('cierres de
cremallera'). Patterns: data/summary.json ('goods', 'goods_foreign')."""

from __future__ import annotations

import re
from functools import cache

from nlp.summary.casing import title_case_from_capitals
from nlp.summary.words import cues, words
from nlp.text.patterns import guarded

MAX_GOODS_WORDS = 12
# Words that name the measure, the entry or the document, never the goods: 'seasonal preferences on
# imports from …', 'entered for consumption', 'Notice from the Commission'.
NOT_GOODS = guarded(
    r"\b(?:duty|duties|tariff|surtax|rate|measures?|preferences?|imports?|exports?|exclusions?|"
    r"consumption|warehouse|entered|withdrawn|notice|notification|regulations?|laws?|order|decision|derechos?|droits?|"
    r"shall|will|is|are|be|been|has|have|hereby|impos\w*|"  # a verb: the match ran past the goods
    r"advice|recommendations?|requests?|behalf|basis|petitions?|"  # 'on advice from the Secretary of …'
    r"consultations?|communications?|"  # 'REQUEST FOR CONSULTATIONS FROM …', read in lower case
    r"dumping|dumped|subsidi[sz]ing|subsidi[sz]ed|"  # 'determinations of dumping and subsidizing concerning …'
    r"periods?|years?|months?|weeks?)\b",  # a span of time: 'suspended for a period of five years from 11 July'
    re.I,
)


# Goods never open with a conjunction or an article: 'on and paid by the importers …' (levied on and paid by),
# 'on or after the date', 'on an investigation into the dumping of …', 'of more than 150 mm' ran from another phrase;
# nor with an infinitive's 'to' ('To Facilitate Positive Adjustment to Competition from …' is a purpose).
FUNCTION_WORD_FIRST = re.compile(r"(?:and|or|but|nor|an?|after|before|which|that|whether|more|less|not|to)\b", re.I)
# Nor with the action a proclamation's title opens with ('Excluding Certain Canadian Products from Importation …').
TITLE_ACTION_FIRST = re.compile(
    r"(?:excluding|modifying|adjusting|imposing|continuing|extending|amending|suspending|increasing|reducing|"
    r"terminating|implementing|addressing|establishing|clarifying|prohibiting|restricting)\b",
    re.I,
)


# Words that name no goods in particular: 'on goods from …' says no more than 'on imports from …'.
GENERIC = frozenset({"goods", "products", "articles", "merchandise", "imports", "items"})


@cache
def _patterns() -> tuple[tuple[re.Pattern, ...], tuple[re.Pattern, ...]]:
    return tuple(map(guarded, words()["goods"])), tuple(map(guarded, words()["goods_foreign"]))


# What stands before 'of' or 'for' when the goods after it are those an act leaves out ('with the exception of product
# category 1', 'except for glass', 'other than'): the goods it acts on are elsewhere.
EXCEPTED_BEFORE = re.compile(r"\b(?:with\s+the\s+exception|exclusive|except|apart|instead|outside)\s*$", re.I)
EXCEPTED_REACH = 30


def goods_named(sentence: str) -> str | None:
    """The goods a title or sentence names, in sentence case; another language's goods in quotes. A title printed
    in capitals is read in lower case ('… IMPORT DUTY ON CERTAIN AGRICULTURAL PRODUCTS UNDER SECTION 1611 …')."""
    if _in_capitals(sentence):  # in lower case but for the acronyms title case keeps ('EU', 'HS')
        sentence = " ".join(w if w.isupper() else w.lower() for w in title_case_from_capitals(sentence).split())
    english, foreign = _patterns()
    for pattern in english:
        goods = _first_goods(pattern, sentence)
        if goods:
            return _sentence_case(goods)
    for pattern in foreign:
        goods = _first_goods(pattern, sentence)
        if goods:
            return f"‘{goods}’"
    return None


# Goods an act defines by a name it then uses throughout: '“Toluene Di-Isocyanate (TDI)” (hereinafter referred to as
# the subject goods)', 'in the matter of Sulphur Black (hereinafter referred to as the subject goods)', 'imports of
# ironing boards (‘the product concerned’)': the act's own short name for what it acts on.
DEFINED_GOODS = re.compile(
    r"(?:[“\"‘](?P<quoted>[^“”\"‘’\n]{3,100}?)(?:[”\"’]|(?=\s*\(\s*here))"  # the quote may close after the definition
    r"|\b(?:in the matter of|imports?\s+(?:into\s+the\s+\w+\s+)?of)\s+(?P<plain>[A-Za-z][\w ,()-]{2,100}?))"
    r"\s*\(\s*(?:(?:hereinafter|hereafter)\s+(?:referred\s+to\s+as\s+|called\s+)?)?(?:the\s+)?[‘“\"']?(?:the\s+)?"
    r"(?:subject\s+goods|product\s+concerned|product\s+under\s+consideration)\b"
)
DEFINED_WITHIN = 20000  # the definition opens the act; a long annex is not read for it


def goods_defined(text: str) -> str | None:
    """The goods the act names as 'the subject goods' or 'the product concerned', in lower case but for acronyms
    ('Toluene Di-Isocyanate (TDI)' -> 'toluene di-isocyanate (TDI)')."""
    for match in DEFINED_GOODS.finditer(text, 0, DEFINED_WITHIN):
        goods = " ".join((match.group("quoted") or match.group("plain")).split()).strip(" ,")
        if (
            len(goods.split()) <= MAX_GOODS_WORDS
            and not NOT_GOODS.search(goods)
            and not any(c.isdigit() for c in goods)
        ):
            return " ".join(
                w if w.strip("()").isupper() and len(w.strip("()")) > 1 else w.lower() for w in goods.split()
            )
    return None


def _in_capitals(sentence: str) -> bool:
    letters = [c for c in sentence if c.isalpha()]
    return len(letters) > MIN_CAPITALS_LETTERS and sum(c.isupper() for c in letters) > CAPITALS_SHARE * len(letters)


MIN_CAPITALS_LETTERS = 20
CAPITALS_SHARE = 0.8


def _first_goods(pattern: re.Pattern, sentence: str) -> str | None:
    """The first match whose goods are goods: 'rates of duty on imports of certain articles of the
    Russian Federation' first matches 'duty on imports of certain articles', then 'certain articles'."""
    at = 0
    while (match := pattern.search(sentence, at)) is not None:
        if EXCEPTED_BEFORE.search(sentence, max(0, match.start() - EXCEPTED_REACH), match.start()):
            at = match.start() + 1  # 'with the exception of product category 1 …': goods left out, not acted on
            continue
        goods = " ".join(match.group("goods").split()).strip(" ,")
        if len(goods.split()) > MAX_GOODS_WORDS and "," in goods:
            goods = goods.split(",")[
                0
            ]  # 'pneumatic tyres, new or retreaded, of rubber, of a kind used for …': the head
        # goods are never 'the …': 'the annual aggregate quantity', 'the application', 'the Government'
        if (
            goods.lower() not in GENERIC
            and len(goods.split()) <= MAX_GOODS_WORDS
            and not NOT_GOODS.search(goods)
            and not goods.startswith("the ")
            and not FUNCTION_WORD_FIRST.match(goods)
            and not TITLE_ACTION_FIRST.match(goods)
        ):
            return goods
        at = match.start() + 1
    return None


def _sentence_case(goods: str) -> str:
    """'Hardwood Plywood' (from a title) -> 'hardwood plywood'; acronyms stay as written."""
    words = goods.split()
    if all(w[:1].isupper() for w in words if w.isalpha() and len(w) > 3):
        return " ".join(w if w.isupper() and len(w) > 1 else w.lower() for w in words)
    return goods[0].lower() + goods[1:] if goods[1:2].islower() else goods


# An export control or ban acts on goods leaving for the countries it names ('Order Amending the Export Control List'):
# 'licensing requirements on exports to the United States', never 'on imports from the United States'.
# An export quota or ceiling ('cupo máximo para exportar azúcar a los Estados Unidos') limits what leaves for the
# country it names, a destination, never an origin.
EXPORT_ACT = guarded("|".join(cues()["export_act"]), re.I)  # the wording: data/summary_cues.json
# ... never one that names imports or an origin: a duty on goods 'originating in' a country that restricts its
# own exports ("… in response to its export restrictions on potash") acts on imports.
IMPORT_WORD = re.compile(r"\bimport|\boriginat|\bin response to\b", re.I)


def on_exports(title: str | None) -> bool:
    return bool(title) and bool(EXPORT_ACT.search(title)) and not IMPORT_WORD.search(title)
