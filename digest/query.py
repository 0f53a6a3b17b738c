"""What a search query asks for: tariff codes, countries, measure types and words.

A policy officer types "anti-dumping duties on steel from China" or "7208 51 20". Codes in any
notation (7208 51 20, 7208.51.20, 720851, ex 7208, chapter 72), countries (China, Chinese) and
measure words (anti-dumping, safeguard, quota) become concepts matched against the extracted
facts; the other words are searched as words, stop-words dropped. Punctuation is plain text:
"Article 11(2)" searches the word "article" and the phrase "11 2". Only explicit operators
(double quotes, AND/OR/NOT/NEAR in capitals, a known column followed by a colon) make the query
FTS5 syntax, passed on as the user wrote it. Dates in words ("since March", "in March 2031")
are a date window (digest.query_dates), not words.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources

from digest.query_dates import date_window
from nlp.countries.names import names as country_names
from tariffwatch.errors import InputError

COLUMNS = ("title", "summary", "evidence", "codes", "body")
MAX_QUERY_CHARS = 500
TOKEN = re.compile(r"[^\W_]+")  # what FTS5's unicode61 tokenizer calls a token
OPERATORS = re.compile(r'"|\b(?:AND|OR|NOT|NEAR)\b|\b(?:' + "|".join(COLUMNS) + r")\s*:|\{[^}]*\}\s*:")
CODE = re.compile(
    r"""
    (?<![\w/.,\-])
    (?:(?P<keyword>ex|hs|cn|hts(?:us)?|taric|(?:sub)?headings?|codes?|commodity(?:\s+code)?|tariff\s+item|chapters?|ch\.)
       \s*(?:no\.?\s*)?)?
    (?P<digits>\d{4}(?:[ .\u00a0]\d{2,4}){1,3}|\d{4}(?:\d{2}){0,3}|(?<=[\s.])\d{2})
    (?![\w/]|[.,]\d)
    """,
    re.IGNORECASE | re.VERBOSE,
)

# How much each kind of concept weighs when a change matches it (codes sort first, on their own).
# A phrase is what the user glued with punctuation ("2022/58", "11(2)"): a reference, specific.
WEIGHTS = {"country": 1.5, "measure": 1.5, "word": 1.0, "phrase": 2.0, "generic": 0.3}


@dataclass(frozen=True)
class Concept:
    kind: str  # code, country, measure, word, phrase or generic
    value: str  # code digits, ISO country code, measure type, or the word(s) as tokens
    text: str  # as the user wrote it
    forms: tuple[str, ...]  # FTS5 expressions, any of which finds it in a text
    marks: tuple[str, ...] = ()  # FTS5 phrases to highlight (every name, "anti dumping" as a whole)

    def highlights(self) -> tuple[str, ...]:
        return self.marks or tuple(form for form in self.forms if " : " not in form)

    @property
    def weight(self) -> float:
        return WEIGHTS.get(self.kind, 1.0)

    def fts(self) -> str:
        return self.forms[0] if len(self.forms) == 1 else "(" + " OR ".join(self.forms) + ")"


@dataclass(frozen=True)
class ParsedQuery:
    raw: str
    concepts: tuple[Concept, ...] = ()
    advanced: str | None = None  # the user's own FTS5 expression
    date_from: str | None = None  # the window the query's date words ask for ("since March 2031")
    date_to: str | None = None

    @property
    def codes(self) -> list[Concept]:
        return [c for c in self.concepts if c.kind == "code"]

    @property
    def text_concepts(self) -> list[Concept]:
        return [c for c in self.concepts if c.kind != "code"]

    def empty(self) -> bool:
        return not self.concepts and not self.advanced

    def match_any(self) -> str | None:
        if self.advanced:
            return self.advanced
        return " OR ".join(c.fts() for c in self.concepts) or None

    def describe(self) -> dict:
        """What the query was understood to ask, for the reader ("code 7208 51 20, from China...")."""
        kinds = {"code": "codes", "country": "countries", "measure": "measures"}
        understood: dict[str, list[str]] = {"codes": [], "countries": [], "measures": [], "words": []}
        for concept in self.concepts:
            understood[kinds.get(concept.kind, "words")].append(
                concept.value if concept.kind in kinds else concept.text
            )
        if self.advanced:
            understood["expression"] = [self.advanced]
        window = [f"from {self.date_from}"] * bool(self.date_from) + [f"to {self.date_to}"] * bool(self.date_to)
        if window:
            understood["dates"] = window
        return understood


def parse_query(raw: str, today: date | None = None) -> ParsedQuery:
    """The concepts and date window of a plain query, or the expression of an advanced one
    (InputError when there is nothing to search or the query is too long)."""
    if len(raw) > MAX_QUERY_CHARS:
        raise InputError(f"the query has {len(raw)} characters; at most {MAX_QUERY_CHARS} are searched")
    if not raw.strip():
        return ParsedQuery(raw)
    if OPERATORS.search(raw):
        return ParsedQuery(raw, advanced=raw)
    start, end, rest = date_window(raw, today or date.today())
    codes, rest = _codes(rest)
    concepts = codes + _text_concepts(rest)
    if not concepts and not any(TOKEN.finditer(raw)):
        raise InputError(f"the query {raw!r} has no words or codes to search")
    window = (start.isoformat() if start else None, end.isoformat() if end else None)
    return ParsedQuery(raw, tuple(_unique(concepts)), None, *window)


def _codes(raw: str) -> tuple[list[Concept], str]:
    """Tariff codes in the query, and the query with them blanked out."""
    concepts, rest = [], raw
    for match in CODE.finditer(raw):
        digits = re.sub(r"\D", "", match["digits"])
        keyword = (match["keyword"] or "").lower()
        if not _is_code(digits, keyword):
            continue
        concepts.append(Concept("code", digits, match.group().strip(), _code_forms(digits)))
        rest = rest[: match.start()] + " " * (match.end() - match.start()) + rest[match.end() :]
    return concepts, rest


def _is_code(digits: str, keyword: str) -> bool:
    if len(digits) not in (2, 4, 6, 8, 10):
        return False
    if len(digits) == 2:  # a chapter only when the query says so
        return keyword.startswith(("chapter", "ch"))
    if len(digits) == 4 and not keyword and 1950 <= int(digits) <= 2049:
        return False  # a year, unless announced as a code
    return True


def _code_forms(digits: str) -> tuple[str, ...]:
    """The code among the indexed code prefixes, and written in the text in either notation."""
    groups = [digits[:4], *(digits[i : i + 2] for i in range(4, len(digits), 2))]
    forms = [f'codes : "{digits}"', f'"{digits}"']
    if len(groups) > 1:
        forms.append('"' + " ".join(groups) + '"')
    return tuple(forms)


def _text_concepts(text: str) -> list[Concept]:
    tokens = [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text)]
    concepts, index = [], 0
    while index < len(tokens):
        found = _longest_term(tokens, index)
        if found:
            size, concept = found
            concepts.append(concept)
            index += size
            continue
        size = _glued_run(text, tokens, index)
        concepts += _plain(tokens[index : index + size])
        index += size
    return concepts


def _longest_term(tokens: list[tuple[str, int, int]], index: int) -> tuple[int, Concept] | None:
    """A country or measure named by the tokens starting at `index` (the longest name wins)."""
    vocabulary = _vocabulary()
    for size in range(min(6, len(tokens) - index), 0, -1):
        words = tuple(t[0].lower() for t in tokens[index : index + size])
        entry = vocabulary.get(words)
        if entry is None:
            continue
        kind, value = entry
        if size == 1 and words[0] in _terms()["upper_case_only"] and not tokens[index][0].isupper():
            continue  # "us" is a pronoun, "US" a country
        written = " ".join(t[0] for t in tokens[index : index + size])
        return size, Concept(kind, value, written, _forms(kind, value), _forms(kind, value, every_name=True))
    return None


def _glued_run(text: str, tokens: list[tuple[str, int, int]], index: int) -> int:
    """How many tokens from `index` are glued by punctuation without spaces ("11(2)", "2022/58")."""
    size = 1
    while index + size < len(tokens):
        between = text[tokens[index + size - 1][2] : tokens[index + size][1]]
        if not between or any(character.isspace() for character in between):
            break
        if _vocabulary().get((tokens[index + size][0].lower(),)):
            break
        size += 1
    return size


def _plain(run: list[tuple[str, int, int]]) -> list[Concept]:
    terms = _terms()
    words = [t[0].lower() for t in run]
    if len(run) > 1 and not all(w in terms["stop_words"] for w in words):
        joined = " ".join(words)
        return [Concept("phrase", joined, joined, (f'"{joined}"',))]
    concepts = []
    for word in words:
        if word in terms["stop_words"]:
            continue
        kind = "generic" if word in terms["generic"] else "word"
        concepts.append(Concept(kind, word, word, tuple(f'"{form}"' for form in spellings(word))))
    return concepts


SUFFIX_PAIRS = (("isation", "ization"), ("isations", "izations"), ("ise", "ize"), ("ised", "ized"))
SUFFIX_PAIRS += (("ises", "izes"), ("ising", "izing"), ("yse", "yze"), ("ysed", "yzed"))


def spellings(word: str) -> tuple[str, ...]:
    """The word and its other spelling ('aluminium' and 'aluminum', 'galvanised' and 'galvanized'): texts
    from London and Washington name the same goods. The stemmer does not join them ('galvanis', 'galvan')."""
    pairs = _spelling_pairs()
    if word in pairs:
        return (word, pairs[word])
    for british, american in SUFFIX_PAIRS:
        for ending, other in ((british, american), (american, british)):
            if word.endswith(ending) and len(word) > len(ending) + 3:
                return (word, word[: -len(ending)] + other)
    return (word,)


@cache
def _spelling_pairs() -> dict[str, str]:
    pairs = {}
    for british, american in _terms()["spellings"]:
        pairs[british], pairs[american] = american, british
    return pairs


def _unique(concepts: list[Concept]) -> list[Concept]:
    seen, unique = set(), []
    for concept in concepts:
        if (concept.kind, concept.value) not in seen:
            seen.add((concept.kind, concept.value))
            unique.append(concept)
    return unique


@cache
def _terms() -> dict:
    data = json.loads(resources.files("digest").joinpath("data/query_terms.json").read_text("utf-8"))
    for key in ("stop_words", "generic", "upper_case_only"):
        data[key] = frozenset(data[key])
    return data


def _tokens(phrase: str) -> tuple[str, ...]:
    return tuple(TOKEN.findall(phrase.lower()))


@cache
def _vocabulary() -> dict[tuple[str, ...], tuple[str, str]]:
    """Token sequences that name a country or a measure type."""
    terms = _terms()
    vocabulary = {}
    # Country names are the extractor's own (ISO names, translations, aliases): the facts came from them.
    for kind, names in (("country", country_names()), ("country", terms["adjectives"])):
        for name, code in names.items():
            if code is not None:  # null: a proper name that only holds a country's ('Uruguay Round')
                vocabulary[_tokens(name)] = (kind, code)
    for measure, forms in terms["measures"].items():
        for form in forms:
            vocabulary[_tokens(form)] = ("measure", measure)
    return vocabulary


@cache
def _forms(kind: str, value: str, every_name: bool = False) -> tuple[str, ...]:
    """The ways the texts name a country or measure, as FTS5 phrases."""
    stop_words = _terms()["stop_words"]  # "us" names the US in a query, but is a pronoun in texts
    names = [
        words
        for words, entry in _vocabulary().items()
        if entry == (kind, value) and not (len(words) == 1 and words[0] in stop_words)
    ]
    # A name containing a shorter one adds nothing to an OR ("tariff quota" finds "quota"), only work.
    kept = [
        words for words in names if every_name or not any(other != words and _inside(other, words) for other in names)
    ]
    return tuple(f'"{" ".join(words)}"' for words in sorted(kept))


def _inside(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    return any(long[i : i + len(short)] == short for i in range(len(long) - len(short) + 1))
