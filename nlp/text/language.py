"""Which pipeline language a text needs (en, fr, de, es, ru; Portuguese reads as es; Turkish, Malay, Indonesian,
Vietnamese and Romanian read as en): a count of very common words
is enough."""

from __future__ import annotations

import re
from collections import Counter

from nlp.text.patterns import guarded

STOPWORDS = {
    "en": {
        *("the", "of", "and", "to", "shall", "is", "on", "for", "this", "from", "by", "with", "are"),
        # Turkish, Malay/Indonesian and Vietnamese gazettes are read with the English pipeline (its measure,
        # acting and country data carry their forms); without these words a Turkish text scored as Spanish
        *("ve", "bir", "bu", "ile", "olan", "olarak", "veya"),
        # (and its gazette formulas: a short communiqué's suffixes after an apostrophe, 'Gazete’de', read as 'de')
        *("için", "ilişkin", "göre", "tarihli", "sayılı", "yayımlanan", "aşağıdaki"),
        *("yang", "dan", "dari", "dengan", "untuk", "ini", "atau", "dalam", "oleh"),
        *("và", "các", "theo", "này", "trong", "cho"),
        # Romanian (an EU act in Romanian) is read with the English pipeline too (its measure, acting, date and country
        # data carry its forms): without these words its "de", "la", "se" scored it as Spanish
        *("în", "din", "pentru", "care", "privind", "prin", "sau", "este", "unei", "unui", "fost", "următoarele"),
        # Swedish, Danish and Norwegian notices are read with the English pipeline too (data/measures/nordic.json);
        # without these words a Swedish customs news item scored as German ('den', 'die' in its names)
        *("och", "att", "av", "af", "på", "og", "til", "till", "från", "fra", "eller", "ikke", "inte", "ska", "skal"),
        # the Union's other languages without a pipeline of their own and its Balkan neighbours' are read with the
        # English one too (data/measures/ceu.json, eu_languages.json): without these words a Serbian decree scored as
        # Spanish ('se', 'la') and a Latvian news item as French ('un'). Serbian and Croatian, Slovenian, Latvian,
        # Lithuanian, Estonian, Finnish, Hungarian words that no pipeline language uses
        # (words are runs of the letters _WORD knows: 'reči' or 'või' would never be counted whole)
        *("je", "koji", "koja", "koje", "ili", "iz", "od", "za", "godine", "ove", "ki", "pri", "tudi"),
        *("ar", "uz", "kas", "tiek", "gada", "ir", "yra", "kad", "ning", "ja", "että", "tai", "sekä", "és", "az"),
        *("hogy", "egy"),
        # (a Serbian or Croatian amending decree's own words: its many reflexive 'se' ('brišu se') read as Spanish)
        *("posle", "poslije", "koloni", "stav", "stavka", "zamenjuju", "zamjenjuju", "dodaju", "oznaci", "oznake"),
        *("glavi", "tarifnoj", "tarifne"),
    },
    "fr": {"le", "la", "les", "du", "des", "et", "est", "au", "aux", "présent", "de", "sur", "un", "une", "par"},
    "de": {"der", "die", "das", "und", "des", "ist", "mit", "für", "dem", "den", "von", "auf", "wird", "eine"},
    "es": {
        "el",
        "los",
        "las",
        "del",
        "y",
        "que",
        "por",
        "con",
        "para",
        "una",
        "su",
        "sus",
        "al",
        "mediante",
        "de",
        "la",
        "se",
        # Portuguese: a Portuguese text is read with the Spanish pipeline (its measure and acting data carry the
        # Portuguese forms); these words are neither English nor French nor German
        "da",
        "das",
        "dos",
        "ao",
        "aos",
        "às",
        "pela",
        "pelo",
        "não",
    },
    # Russian (decisions of the Eurasian Economic Commission, CIS gazettes): Cyrillic words no other language here has
    "ru": {"и", "в", "на", "с", "от", "по", "о", "к", "для", "из", "или", "не", "что", "при", "со", "года", "г"},
}
# (pinyin's tone letters too: a Chinese page that glosses its characters in pinyin, '有(yǒu)', must not count a
# Spanish 'y')
_WORD = guarded(r"[a-zäöüéèàâêîôûçáíóúñãõåøæışğа-яёāǎēěīǐōǒūǔǖǘǚǜ]+")


# the letters [а-яё] and [a-z], counted with str.count: one C loop per letter, no list of matches
_CYRILLIC = "".join(map(chr, range(ord("а"), ord("я") + 1))) + "ё"
_LATIN = "abcdefghijklmnopqrstuvwxyz"
_ANY_CYRILLIC = re.compile(f"[{_CYRILLIC}]")


def detect_language(text: str, default: str = "en") -> str:
    sample = text[:5000].lower()
    # the letters are counted only in a sample with a Cyrillic one: without, Latin ones never count less
    if _ANY_CYRILLIC.search(sample) and sum(map(sample.count, _CYRILLIC)) > sum(map(sample.count, _LATIN)):
        return "ru"  # the script says it, however short the text (other Cyrillic languages read best as Russian)
    counts = Counter(_WORD.findall(sample))
    scores = {lang: sum(counts[w] for w in stop) for lang, stop in STOPWORDS.items()}
    best = max(scores, key=scores.get)
    return best if scores[best] >= 3 else default
