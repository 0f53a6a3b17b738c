"""Tariff numbers in a Japanese statute's kanji numerals: '定率法別表第二二○八・九○号' (the Customs Tariff Act's
schedule, heading 2208.90), '同表第〇四〇六・一〇号'. Laws and cabinet orders written vertically spell every digit in
kanji, zero as '○' or '〇', the heading and subheading parted by a middle dot, the number framed by '第 … 号'. The code
is kept in ASCII digits ('220890'), as a Bengali schedule's digits are.

The scan opens on the middle dot (a literal the engine skips ahead to) and needs the frame on both sides: a kanji
count of items ('二・五倍') or a law's number ('第百五十号') has neither the four digits before the dot nor the two
after it."""

from __future__ import annotations

import re

from nlp.codes.roles import Roles
from nlp.text.sentences import Sentences
from nlp.types import CodeMention
from tariffwatch.codes import level_for

KANJI_DIGITS = str.maketrans("〇○零一二三四五六七八九", "000123456789")
DIGIT = "[〇○零一二三四五六七八九]"
KANJI_CODE = re.compile(rf"・(?<=第(?P<head>{DIGIT}{{4}})・)(?P<sub>{DIGIT}{{2}}(?:・{DIGIT}{{2}})?)号")


def kanji_numeral_codes(text: str, sentences: Sentences, read: set[int]) -> list[CodeMention]:
    """Each tariff number of `text` written in kanji numerals whose start no other reading took."""
    if "・" not in text:
        return []
    matches = [match for match in KANJI_CODE.finditer(text) if match.start("head") not in read]
    if not matches:
        return []
    roles = Roles(text, sentences)
    found = []
    for match in matches:
        start, end = match.start("head"), match.end("sub")
        written = text[start:end]
        code = written.translate(KANJI_DIGITS).replace("・", "")
        found.append(CodeMention(code, level_for(code), False, roles.at(start), written, start, end))
    return found
