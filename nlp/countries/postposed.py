"""Origins named before their cue: a Turkish communiqué writes the list of countries before the word for origin
('Çin Halk Cumhuriyeti, Hindistan Cumhuriyeti ve Tayland Krallığı menşeli … ithalatında'); 'çıkışlı' (shipped
from) stands where 'menşeli' would. The first such list of the opening names the goods the text is about, where no
operative sentence names a country (rules.py reads the cues that precede their lists)."""

from __future__ import annotations

import re

from nlp.countries.mention import CountryMention
from nlp.countries.names import find_country_names

# Finnish 'Kiinasta peräisin olevia' (originating from China), Estonian 'Hiina Rahvavabariigist pärit', Latvian 'Ķīnas
# Tautas Republikas izcelsmes', Lithuanian 'Kinijos kilmės', Hungarian 'Kínai Népköztársaságból származó' name the
# origin before the word for it too
# Japanese glues '産' (produce of) to the name before it ('フィリピン産鶏肉', chicken of the Philippines)
POSTPOSED_CUE = re.compile(
    r"(?<!\w)(?:menşeli|menşeyli|menşei|menşeine|çıkışlı|peräisin|pärit|izcelsmes|kilmės|származó)(?!\w)"
    r"|(?<=[\u30a0-\u30ff\u4e00-\u9fff])産(?=[\u3040-\u30ff\u4e00-\u9fff])",
    re.I,
)
LIST_BEFORE_REACH = 400  # a list of a dozen countries' long names
# what stands between the names of one list: commas, 've' (and), 'ile' (with), '/' and spaces; 'and' in Finnish and
# Estonian ('ja'), Latvian ('un'), Lithuanian ('ir'), Hungarian ('és')
LIST_JOINERS = re.compile(r"(?:[\s,/]|\bve\b|\bile\b|\bja\b|\bun\b|\bir\b|\bés\b)*")


def origins_before_cues(text: str, skip: set[str], reach: int) -> list[CountryMention]:
    for cue in POSTPOSED_CUE.finditer(text, 0, min(len(text), reach)):
        found = _list_ending_at(text, cue.start(), skip)
        if found:
            return found
    return []


def _list_ending_at(text: str, end: int, skip: set[str]) -> list[CountryMention]:
    """The names of the list that ends just before the cue, walking back while only joiners separate them."""
    names = list(find_country_names(text, max(0, end - LIST_BEFORE_REACH), end))
    found: list[CountryMention] = []
    position = end
    for name in reversed(names):
        if not LIST_JOINERS.fullmatch(text, name.end, position):
            break
        if name.code not in skip:
            found.append(CountryMention(name.code, "affected", text[name.start : name.end], name.start, name.end))
        position = name.start
    unique = {mention.code: mention for mention in reversed(found)}
    return list(unique.values())
