"""Country names in a text: ISO names (pycountry, with their French and German translations)
plus the usual other forms (data/countries/*aliases.json), found as runs of capitalised words."""

from __future__ import annotations

import gettext
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

import pycountry

from nlp.countries.accents import without_accents
from nlp.countries.adjectives import adjectives_naming_countries
from nlp.countries.listed_adjectives import listed_adjectives
from nlp.countries.remedy_demonyms import remedy_demonyms
from nlp.countries.uncased_names import uncased_names
from nlp.countries.water import names_a_place
from nlp.text.patterns import guarded
from nlp.text.prefilter import may_occur, scan_gated

# 11: 'Hong Kong Special Administrative Region of the People's Republic of China' is one name (Hong Kong's)
MAX_NAME_WORDS = 11
# A run of capitalised words, with the small words that sit inside names ("Republic of Korea",
# "Sao Tome and Principe", "République populaire de Chine").
# Turkish capitals outside Latin-1 ('İran', 'Şili'), Czech, Slovak, Polish and Romanian ones ('Čínskej',
# 'Łotwa', 'Ștefan'); Cyrillic capitals too ("Китайской Народной Республики",
# "Республики Беларусь"; Ukrainian "Індія", "Єгипет").
# An elided article joins the next word without a space ("Cote d’Ivoire"); its apostrophe may be typed as a grave or an
# acute accent or a modifier letter ("Côte d`Ivoire", "Côte d´Ivoire"): APOSTROPHES reads them all as "'".
# capitals and small letters of the Latin alphabets of central and eastern Europe and the Baltics ("Ķīnas Tautas
# Republikas", "Łotwy", Romanian 'Ă') beside Western Europe's and Cyrillic; Greek ("Λαϊκής Δημοκρατίας της Κίνας")
# Serbian and Macedonian Cyrillic letters beside the Russian ones ('Европска унија', 'Југославија');
# Vietnamese capitals with two marks ('Ấn Độ', India) are the even code points of Latin Extended Additional
VIETNAMESE_CAPITALS = "ƠƯ" + "".join(chr(point) for point in range(0x1EA0, 0x1EFA, 2))
# Kazakh, Mongolian and Uzbek Cyrillic letters ('Қытай', 'Өзбекстан'), Armenian ('Չինաստանից')
CENTRAL_ASIAN_CAPITALS, CENTRAL_ASIAN_SMALL = "ӘҒҚҢӨҰҮҺЎҲԱ-Ֆ", "әғқңөұүһўҳա-և"
CAPITALS = "A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐЂЈЉЊЋЏЃЌЅİŞĀĂČĆĎĐĒĖĘĚĢĪĮĶĹĻĽŁŃŅŇŐŔŘŚŠŢŤŪŮŰŲŹŻŽȘȚΑ-ΩΆΈΉΊΌΎΏ" + VIETNAMESE_CAPITALS
CAPITALS += CENTRAL_ASIAN_CAPITALS
SMALL = "a-zà-ÿа-яёіїєґђјљњћџѓќѕāăčćďđēėęěģīįķĺļľłńņňőŕřśšţťūůűųźżžșțα-ωάέήίόύώϊϋΐΰ" + CENTRAL_ASIAN_SMALL
# Italian writes the rest of some names in lower case after their first word
# ('Repubblica popolare cinese', 'Federazione russa', 'Emirati arabi uniti'), as do Czech, Slovak, Finnish and
# Bulgarian ('Čínské lidové republiky', 'Čínskej ľudovej republike', 'Ruskej federácii', 'Spojených štátov',
# 'Kiinan kansantasavallasta', 'Китайската народна република'): after those words a run goes on into one or two
# lower-case words
LOWER_CASE_TAILS = (
    *("Repubblica", "Federazione", "Emirati"),
    *("Čínské", "Čínská", "Ruské", "Ruská", "Korejské", "Korejská", "Vietnamské", "Spojených", "Spojené", "Evropské"),
    *("Čínskej", "Čínska", "Ruskej", "Kórejskej", "Kórejská", "Európskej"),
    *("Kiinan", "Venäjän", "Korean", "Amerikan"),
    *("Китайската", "Руската", "Съединените"),
    *("Европска", "Европската"),  # Macedonian 'стоки со потекло од Европска унија'
    *("Еуропалық", "Европын", "Եվրոպական"),  # Kazakh 'Еуропалық одақ', Mongolian 'Европын холбоо', Armenian
    "Taipei",  # French 'du Taipei chinois'
)
# A run goes on over one line break: a PDF's lines wrap inside a name ('exported from European' / 'Union, Saudi
# Arabia', 'the Republic of' / 'Korea'); and over a blank line into a word in capitals: a heading in capitals wraps
# inside a name, its lines set apart ('ПРОИСХОДЯЩИХ ИЗ КИТАЙСКОЙ' / '' / 'НАРОДНОЙ РЕСПУБЛИКИ', 'FROM THE REPUBLIC OF'
# / 'KOREA')
GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
RUN = guarded(
    rf"(?<!\w)[{CAPITALS}][\w’'`´ʼ.\-]*"
    rf"(?:(?:{GAP}(?:(?:[{SMALL}’']+{GAP}){{0,2}}|[dl][’'`´ʼ])|[ \t]*\n[ \t]*\n[ \t]*(?=[{CAPITALS}]{{2}}))"
    rf"[{CAPITALS}][\w’'`´ʼ.\-]*)*"
    rf"(?:(?:{'|'.join(f'(?<={word})' for word in LOWER_CASE_TAILS)})(?:[ \t]+[{SMALL}]+){{1,2}})?"
)
WORD = re.compile(r"[^\s]+")
APOSTROPHES = str.maketrans({"’": "'", "`": "'", "´": "'", "ʼ": "'", "ʻ": "'"})  # Uzbek 'Oʻzbekiston' too
# punctuation a name's last word carries: the closing quote of inserted text too ('(c) products originating in Syria.’')
CLOSING = ",.;:-'’”\""
ACT_NUMBER_TAIL = re.compile(r"\)\s*(?:No\b|Nr\b|n°|\d)")
ACT_NUMBER_HEAD = re.compile(r"\d/$")
# Translated ISO names that are ordinary English words of place names: German "Island" (Iceland) would read
# "Campobello Island" or "Norfolk Island" as Iceland. The longer forms ("Republik Island") stay.
# Russian "Того" (Togo) is the pronoun "that" opening a sentence; Turkish "Fas" (Morocco) is the US Foreign Agricultural
# Service (FAS); Indonesian "Swiss" is the English adjective; Ukrainian "Малі" (Mali) is "small"; Portuguese "Reunião"
# (Réunion) is a meeting ("228ª Reunião Ordinária") and "Maurício" (Mauritius) a first name.
NOT_NAMES = frozenset({"island", "man", "того", "fas", "swiss", "малі", "reunião", "maurício"})
# Animals and plants a tariff's descriptions name after a country ('Guinea fowls', 'guinea pigs'): no origin
NAMES_A_SPECIES = re.compile(r"[ \t]+(?:fowls?|pigs?|grass|hens?)\b", re.I)
# French 'eu' (had) in capitals: a Canadian tribunal's heading 'EU ÉGARD À un réexamen', 'A EU LIEU' is no Union
FRENCH_PARTICIPLE = re.compile(r"[ \t\u00a0]+(?:ÉGARD|EGARD|LIEU)\b")
# pycountry's translations read: the languages of the acts we are given (French, German, Spanish and Russian first: the
# German declined forms below take the German one) and of Brazil, Portugal, Türkiye, Indonesia, Ukraine, China,
# Iceland, Norway (bokmål and nynorsk), Denmark and Sweden ('island' and 'man' are English words: NOT_NAMES)
TRANSLATED = ("fr", "de", "es", "ru", "pt", "pt_BR", "tr", "id", "uk", "zh_CN", "is", "nb_NO", "nn", "da", "sv")


@dataclass(frozen=True)
class NameMatch:
    code: str
    start: int
    end: int


def _variants(name: str) -> Iterator[str]:
    """'Korea, Republic of' -> also 'Republic of Korea'; 'Cocos (Keeling) Islands' -> 'Cocos Islands'."""
    name = name.lower().replace("’", "'")
    yield name
    if "," in name:
        head, tail = (part.strip() for part in name.split(",", 1))
        yield f"{tail} {head}".removeprefix("the ")
        yield head
    if "(" in name:
        yield " ".join(re.sub(r"\([^)]*\)", " ", name).split())


GERMAN_ADJECTIVE = re.compile(r"(?<![\w-])([A-ZÄÖÜ][a-zäöüß]{3,}?)(es|e)(?=\s+[A-ZÄÖÜ])")


def _german_declined(name: str) -> str | None:
    """A German name after an article ('der Europäischen Union', 'den Vereinigten Arabischen Emiraten', 'dem
    Vereinigten Königreich'): its adjectives take -en, and a plural last word in -e (Emirate) takes -n."""
    declined = GERMAN_ADJECTIVE.sub(r"\1en", name)
    if declined == name:
        return None
    return declined + "n" if declined.endswith("ate") else declined


@cache
def names() -> dict[str, str]:
    table: dict[str, str] = {}
    translations = [gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang]) for lang in TRANSLATED]
    german = translations[1]
    for country in pycountry.countries:
        forms = [getattr(country, key, None) for key in ("name", "official_name", "common_name")]
        forms += [t.gettext(form) for t in translations for form in forms if form]
        forms += [_german_declined(german.gettext(form)) for form in forms[:3] if form]
        for form in filter(None, forms):
            for variant in _variants(form):
                table.setdefault(variant, country.alpha_2)
    for data_file in (
        "aliases.json",
        "fr_de_aliases.json",
        "es_aliases.json",
        "other_aliases.json",
        "ru_aliases.json",
        "nordic_aliases.json",
        "eu_aliases.json",
        "ceu_aliases.json",
        "europe_aliases.json",
        "uncased_aliases.json",
        "more_aliases.json",
    ):
        data = json.loads(resources.files("nlp").joinpath(f"data/countries/{data_file}").read_text("utf-8"))
        table.update({name.replace("’", "'"): code for name, code in data.items() if not name.startswith("_")})
    for name, code in list(table.items()):
        table.setdefault(without_accents(name), code)  # short or word-like plain forms are left out there
    for word in NOT_NAMES:
        table.pop(word, None)
        table.pop(without_accents(word), None)
    return table


def find_country_names(text: str, start: int = 0, end: int | None = None) -> Iterator[NameMatch]:
    """Every country name in text[start:end], longest name first within each run of words; in a text with
    Chinese, its Chinese names too, Korean and Arabic names at their word edges, and anywhere an adjective that
    qualifies an origin ('of Indian origin'), a quota allocation ('the Canadian refined sugar limit') or a remedy's
    goods ('antidumpningstull på kinesiskt stål')."""
    end = len(text) if end is None else end
    extra = [
        *(NameMatch(code, first, last) for code, first, last in adjectives_naming_countries(text, start, end)),
        *(NameMatch(code, first, last) for code, first, last in remedy_demonyms(text, start, end)),
        *(NameMatch(code, first, last) for code, first, last in listed_adjectives(text, start, end, _is_name)),
        *_us_as_origin(text, start, end),
        *(_chinese_names(text, start, end) if _has_chinese(text) else ()),
        *(NameMatch(names()[name], first, last) for name, first, last in uncased_names(text, start, end)),
    ]
    if not extra:
        yield from _names_in_runs(text, start, end)
        return
    yield from sorted([*_names_in_runs(text, start, end), *extra], key=lambda name: name.start)


def _names_in_runs(text: str, start: int, end: int) -> Iterator[NameMatch]:
    for run in RUN.finditer(text, start, end):
        offset = run.start()
        for whole, code, name_start, name_end in _names_in_run(run.group()):
            name_start, name_end = offset + name_start, offset + name_end
            if not whole:  # a part of a hyphenated word
                yield NameMatch(code, name_start, name_end)
                continue
            while text[name_end - 1] in CLOSING:
                name_end -= 1
            if text[name_end - 2 : name_end] in ("'s", "’s"):
                name_end -= 2
            if (
                code is not None
                and not _in_act_number(text, name_start, name_end)
                and not names_a_place(text, name_start, code)
                and not (code == "GN" and NAMES_A_SPECIES.match(text, name_end))
                and not (code == "EU" and FRENCH_PARTICIPLE.match(text, name_end))
            ):
                yield NameMatch(code, name_start, name_end)  # null: a proper name holding a country's ('Uruguay Round')


def _is_name(words: str) -> bool:
    return names().get(words.lower()) is not None


@lru_cache(maxsize=1 << 14)  # the same runs come back in every text ('The', 'United States', 'Article')
def _names_in_run(run: str) -> tuple[tuple[bool, str | None, int, int], ...]:
    """(whole words?, code, start, end) in the run of each name it holds, in order: the names of words read whole
    (before their trailing punctuation is cut), or parts of a hyphenated word ('Canada-Israel')."""
    table, found = names(), []
    words = [(m.start(), m.end()) for m in WORD.finditer(run)]
    index = 0
    while index < len(words):
        longest = _longest_at(run, words, index, table)
        if longest is None:
            parts = list(_hyphenated(run, words[index], 0, table))
            joined = _hyphen_joined_name(run, words, index, table)
            if joined is not None:  # 'Canada-Costa Rica Free Trade Agreement': the last part opens a longer name
                size, code, name_start, name_end = joined
                parts = [part for part in parts if part.start < name_start]
                found += [(False, part.code, part.start, part.end) for part in parts]
                found.append((True, code, name_start, name_end))
                rest = _hyphenated(run, (name_end, words[index + size - 1][1]), 0, table)  # its '-Mexico'
                found += [(False, part.code, part.start, part.end) for part in rest]
                index += size
                continue
            found += [(False, part.code, part.start, part.end) for part in parts]
            index += 1
            continue
        size, code = longest
        found.append((True, code, words[index][0], words[index + size - 1][1]))
        index += size
    return tuple(found)


# scripts without capitals or spaces between words, whose names are found by themselves: Chinese (and Japanese
# kanji), Japanese katakana, Thai
CHINESE = re.compile(r"[\u4e00-\u9fff\u30a1-\u30fa\u0e01-\u0e5b]")


@lru_cache(maxsize=8)
def _has_chinese(text: str) -> bool:
    return CHINESE.search(text) is not None


@cache
def _chinese_pattern() -> re.Pattern:
    """Every Chinese name in the table, the longest first ('印度尼西亚' before '印度')."""
    forms = sorted((name for name in names() if CHINESE.search(name)), key=len, reverse=True)
    return re.compile("|".join("\n?".join(map(re.escape, form)) for form in forms))  # a PDF's line may wrap inside


def _chinese_names(text: str, start: int, end: int) -> Iterator[NameMatch]:
    table = names()
    for match in _chinese_pattern().finditer(text, start, end):
        yield NameMatch(table[match.group().replace("\n", "")], match.start(), match.end())


# 'U.S.' is no name by itself (every name is looked up without its final full stop, and 'U.S.' qualifies nouns: 'the
# U.S., Mexican or Chilean tariff', 'U.S. Customs'); after an origin's preposition it is the country: 'imports of
# steel from the U.S., representing …'
US_AS_ORIGIN = scan_gated(
    re.compile(
        r"\b(?:from|originating\s+in|made\s+in)\s+the\s+(U\.S\.)(?=[ \t]*(?:[,;:.)\n]|$|(?:and|or|into|to|for|in|on"
        r"|at|is|are|was|were|will|would|since|during|as|under|that|which|until|by)\b))"
    )
)


def _us_as_origin(text: str, start: int, end: int) -> Iterator[NameMatch]:
    for found in US_AS_ORIGIN.finditer(text, start, end) if may_occur(US_AS_ORIGIN, text) else ():
        yield NameMatch("US", found.start(1), found.end(1))


# 'Hong Kong, China', 'Macao, China' (the WTO's names), 'Taiwan, China': the territory, already found, not China
def _in_act_number(text: str, start: int, end: int) -> bool:
    """'(EU) 2016/1036', '(2014/170/EU)', '1005/2008/EC': the jurisdiction's letters inside an act's number."""
    return (text[start - 1 : start] == "(" and bool(ACT_NUMBER_TAIL.match(text, end))) or bool(
        ACT_NUMBER_HEAD.search(text, max(0, start - 6), start)
    )


@cache
def _first_words() -> frozenset[str]:
    """The first word of every name: a run of words can only be a name when it starts with one."""
    return frozenset(name.split(" ")[0] for name in names())


def _longest_at(run: str, words: list[tuple[int, int]], index: int, table: dict[str, str]):
    first = run[words[index][0] : words[index][1]].lower().translate(APOSTROPHES).lstrip(",.;:")
    longest = min(MAX_NAME_WORDS, len(words) - index)
    if first and first not in _first_words():
        longest = 1  # no name of several words starts with this word (one word is read as before)
    for size in range(longest, 0, -1):
        candidate = run[words[index][0] : words[index + size - 1][1]]
        # 'Estados Unidos Mexicanos.-' (a Mexican seal's line): the dash after the full stop is no part of the name
        key = " ".join(candidate.lower().translate(APOSTROPHES).split()).strip(CLOSING).removesuffix("'s")
        if key in table and (size > 1 or _word_may_be_name(candidate)):  # 'China's practices' names China
            return size, table[key]
    return None


def _word_may_be_name(word: str) -> bool:
    """A one-word name is capitalised or an upper-case code of two or more letters ('EU', 'UK', 'PRC')."""
    word = word.strip(",.;:")
    return word[:1].isupper() and (word.isupper() is False or len(word) >= 2)


def _hyphenated(run: str, word: tuple[int, int], offset: int, table: dict[str, str]) -> Iterator[NameMatch]:
    """'Canada-Israel Agreement': each part of a hyphenated word may be a name."""
    token = run[word[0] : word[1]]
    if "-" not in token:
        return
    position = word[0]
    for part in token.split("-"):
        code = table.get(part.lower().strip(",.;:")) if part[:1].isupper() else None
        if code:
            yield NameMatch(code, offset + position, offset + position + len(part))
        position += len(part) + 1


def _hyphen_joined_name(run: str, words: list[tuple[int, int]], index: int, table: dict[str, str]):
    """(words taken, code, start, end) of a name of several words that the last part of a hyphenated word opens
    ('Canada-Costa Rica', 'EU-New Zealand', 'EFTA-North Macedonia'), ending where a word ends or at the hyphen of
    the next hyphenated word ('Canada-United States-Mexico'); None where there is none."""
    token = run[words[index][0] : words[index][1]]
    if "-" not in token or index + 1 >= len(words):
        return None
    start = words[index][0] + token.rindex("-") + 1
    if not run[start : start + 1].isupper():
        return None
    rest = [(start, words[index][1]), *words[index + 1 :]]
    longest = _longest_at(run, rest, 0, table)
    if (longest is None or longest[0] < 2) and "-" in run[words[index + 1][0] : words[index + 1][1]]:
        cut = (words[index + 1][0], run.index("-", *words[index + 1]))
        longest = _longest_at(run, [rest[0], cut], 0, table)
        return (2, longest[1], start, cut[1]) if longest is not None and longest[0] == 2 else None
    if longest is None or longest[0] < 2:
        return None
    return longest[0], longest[1], start, rest[longest[0] - 1][1]
