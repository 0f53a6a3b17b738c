"""How codes are written: the candidate numbers, their digit-group shapes, and the words around them.

The shapes and words are data (nlp/data/code_patterns.yaml): EU CN/TARIC and UK `7208 51 20 00`,
HTSUS `7208.51.0030`, Canadian and Australian `8703.23.00(.10)`, ASEAN AHTN, Mercosur NCM,
NALADISA and Mexican `8703.23.51`, Korean HSK `7208.10.1000`, Pakistani and Chinese `0101.1000`,
Japanese `2309.90 297`, Malaysian `5001 00 000`, EAEU `7606 11 910 0`, EU refund `0406 90 33 9919`,
South African `0207.14.9` and the code inside a SACU schedule item `215.02/7210.49.10/01.08`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

import yaml

from nlp.codes.ex_marks import EX_AFTER
from nlp.text.patterns import guarded, may_match
from nlp.text.prefilter import scan_gated

# A longer number goes on after a space ('1 234 567'), except after a dotted code where the next
# dotted code or heading of a flattened table column follows ('2923.9010 2930.9060 74.04 9918').
DOTTED_END = r"(?:(?<=\.\d\d)|(?<=\.\d\d\d)|(?<=\.\d\d\d\d))"
# A day and a month after a code: the date of the next column ('7602.00.90 17 November 2017', '11 février').
DAY_MONTH = (
    r"[ \u00a0]\d{1,2}[ \u00a0](?:jan|feb|f[ée]v|mar|m[äa]r|apr|avr|abr|may|mai|mayo|maio|jun|juin|jul|juil|aug|ao[ûu]"
    r"|ago|sep|set|oct|okt|out|nov|dec|d[ée]c|dez|dic|ene|enero|gen)[^\W\d_]*\b"
)
# A solid 8-, 10- or 11-digit code then the next one of a row of solid codes ('3907300000 3907610000').
# Or a dotted code in the next column ('99031701 1701.12.1000': a quota bulletin's chapter 99 number, then the HTS
# number it is reported with).
SOLID_ROW = (
    r"(?:(?<=\d{8})(?<!\d{9})|(?<=\d{10})(?<!\d{11})|(?<=\d{11})(?<!\d{12}))[ \u00a0]"
    r"(?:\d{8}(?:\d\d)?(?![\d.,]|[ \u00a0]\d{1,3}\b)|\d{11}(?!\d|[.,]\d|[ \u00a0]\d{1,3}\b)"
    r"|\d{4}\.\d\d(?:\.\d{2,4})?(?![\d.,]))"
)
# Check characters after a national line, not part of the code: Argentina's SIM line '6404.11.00.290U', Taiwan's
# CCC code '8517.13.00.00-3', and New Zealand's statistical key ('0304.89.00 19K': tariff item 0304.89.00).
SIM_CHECK_LETTER = r"(?<=\d{4}\.\d\d\.\d\d\.\d{3})(?-i:[A-Z])(?![^\W\d_]|\d)"
CCC_CHECK_DIGIT = r"(?<=\d{4}\.\d\d\.\d\d\.\d\d)-\d(?![\w.]|-\d)"
NZ_STATISTICAL_KEY = r"(?<=\d{4}\.\d\d\.\d\d)[ \u00a0]\d\d(?-i:[A-Z])(?![^\W\d_]|\d)"
# ... and the same key joined to the item by a dot ('2008.70.09.00L': tariff item 2008.70.09, key 00L)
NZ_DOTTED_KEY = r"(?<=\d{4}\.\d\d\.\d\d)\.\d\d(?-i:[A-Z])(?![^\W\d_]|\d)"
# A range of solid or spaced codes written alike, joined by a bare hyphen ('76061200-76069200',
# '7606 12 00-7606 92 00'): the hyphen does not make the first a year or a phone number's part, nor the second a
# number's tail.
SOLID_RANGE_AFTER = (
    r"(?<=\d{8})(?<!\d{9})-\d{8}(?!\d|[.,]\d)|(?<=\d{10})(?<!\d{11})-\d{10}(?!\d|[.,]\d)"
    r"|(?<=\d{4}[ \u00a0]\d\d[ \u00a0]\d\d)-\d{4}[ \u00a0]\d\d[ \u00a0]\d\d(?![ \u00a0]?\d|[.,]\d)"
)
SOLID_RANGE_END = (
    r"(?<=(?<![\d-])\d{8}-)(?=\d{8}(?!\d))|(?<=(?<![\d-])\d{10}-)(?=\d{10}(?!\d))"
    r"|(?<=\d{4}[ \u00a0]\d\d[ \u00a0]\d\d-)(?=\d{4}[ \u00a0]\d\d[ \u00a0]\d\d(?![ \u00a0]?\d))"
)
# A spaced code a printed line's end splits ('7208\n51 98', '7208 51\n98'), after its keyword or the list's previous
# spaced code: a table's cell or a count is never introduced so.
WRAPPED_SPACED = (
    r"(?:(?<=\d\d[ \u00a0]\d\d,[ \u00a0])|(?<=\d\d[ \u00a0]\d\d[ \u00a0]and[ \u00a0])|(?<=\bcode[ \u00a0])"
    r"|(?<=\bcodes[ \u00a0])|(?<=\bex[ \u00a0]))"
    r"\d{4}(?:\n\d\d[ \u00a0]\d\d|[ \u00a0]\d\d\n\d\d)(?:[ \u00a0]\d\d)?(?![ \u00a0]?\d|[.,]\d)"
)
# A footnote's superscript mark after a code in a table cell ('8471.30.00¹'): no digit of the code.
SUPERSCRIPTS = "\u00b9\u00b2\u00b3\u2070\u2074-\u2079"
# A spaced or solid code then its rate in the next cell of a row flattened with spaces, as a notice's table of TARIC
# codes and additional duties prints it ('0301 11 00 00 25%', '8802400013 15%'): the rate is not the code's last group.
# A bare heading too, as an Indian notification's row run into one line names one in its description before the rate
# cell ('Smart Card falling under heading 8523 5% - 9'); a heading still needs its keyword (the finder's `_is_code`).
RATE_CELL_AFTER = (
    r"(?:(?<=\d[ \u00a0]\d\d[ \u00a0]\d\d)|(?<=\d{8})(?<!\d{9})|(?<=\d{10})(?<!\d{11})|(?<=\d{4})(?<![\d.,]\d{4}))"
    r"[ \u00a0]\d{1,3}(?:[.,]\d{1,2})?[ \u00a0]?%"
)
CANDIDATE = guarded(  # guarded: the engine skips ahead to digits and 'e'
    r"""
    (?=\d|ex)                             # a match opens with a digit or 'ex': any other 'e' fails here, before the
                                          # lookbehinds below are tried (most of an English text's 'e's)
    (?:(?<![^\W\u4e00-\u9fff\uac00-\ud7a3]|[./@:§$€£+])|(?<=\b\d{3}\.\d\d/)|(?<=[\u4e00-\u9fff]:)
      |(?<=\.\d\d[ \u00a0][ey]))  # not glued to a
                                          # word, URL, citation, amount or phone (a Chinese character or a Korean
                                          # syllable may touch it: '제7217.20.0000호'), but after a SACU schedule
                                          # item's number ('215.02/7210.49.10/01.08') or a Chinese label's colon
                                          # ('HS编码:0805'), or after a list's last 'e'/'y' ('and') glued to it
                                          # ('7304.39.10 e7304.39.90')
    (?:(?<!-)|(?<=\.\d\d-)|(?<=\.\d\d\d\d-)|"""
    + SOLID_RANGE_END
    + r""")  # after a dotted code and a hyphen: a range's end;
                                          # after a solid or spaced one, one written alike ('76061200-76069200')
    (?P<ex>ex[ \u00a0]?)?                 # 'ex 7208 51 20', 'ex02011000'
    (?P<number>\d{4}\.\d{2}-\d{3,4}        # Korean HSK 7208.51-0000, Japanese 7208.51-000
      |\d{4}\.\d{2}\.\n\d{2,4}|\d{4}\.\n\d{2}\.\d{2,4}  # split at a printed line's end: 8708.99.\n8180
      |\d{4}\.\d{2}\.\d(?!\d)                # a South African 7-digit subheading: 0207.14.9
      |\d{4}(?:[.]\d{2,4}){1,4}(?:(?!"""
    + DAY_MONTH
    + r""")[ \u00a0]\d{2,3}(?:(?<=\.\d\d[ \u00a0]\d\d)[ \u00a0]\d\d(?![ \u00a0]?\d|[.,]\d))?)?  # dotted: 8517.62,
                                          # 7208.51.0030, 2309.90 297, Malaysia's 1701.99 10 00
      |\d{4}[ \u00a0]\.\d{2}(?:[ \u00a0]\d{3})?(?![\d.,])  # a gazette PDF's space before the dot: Malaysia's
                                          # '0406 .20 000' and its subheading row '0405 .90'
      |(?<=第)(?:\d\n\d{3}|\d\d\n\d\d|\d{3}\n\d)\.\d{2}(?=号)  # a Japanese schedule number split at a line's
                                          # end: '別表第020\n7.11号'
      |"""
    + WRAPPED_SPACED
    + r"""
      |\d{4}(?:(?!(?<=\d{4}[ \u00a0]\d\d[ \u00a0]\d\d)[ \u00a0]\d{4}[ \u00a0]\d\d[ \u00a0]\d\d(?!\d))
        [ \u00a0]\d{1,4}){1,4}
                                          # grouped: 7208 51 20, 0809 3020 10, 7606 11 910 0, a refund code 0406 90 33
                                          # 9919; not into the next whole CN code of a cell that lists codes with
                                          # spaces only ('3926 20 00 4015 11 00')
      |\d{8}\.\d{2}                        # 8 digits and a statistical suffix: 29214200.20
      |\d\d\.\d\d\.\d{4}(?!\d|\.\d)          # Norway's tolltariff: 04.07.1900 (a date's shape: its keyword decides)
      |\d\d\.\d\d\.\d\d\.\d\d(?!\d|\.\d)    # Chile's former tariff positions (NAB): 15.07.01.01
      |\d{4}(?:\d{2}){0,3}|\d{9}|\d{11}|\d{12}  # solid: 8703, 870360, 83051000, 8714911031, 440920120,
                                          # Thai 72106111011, GCC 870323110000
      |(?<!\d[ \u00a0])\d\d(?:[ \u00a0]\d\d){3,4})  # pairs: 72 08 51 20 00 (Irish, UK and older EU notices)
    (?!(?!"""
    + SIM_CHECK_LETTER
    + r"""|(?<=\d)"""
    + EX_AFTER
    + r""")[^\W\u4e00-\u9fff\uac00-\ud7a3"""
    + SUPERSCRIPTS
    + r"""]|@|(?!"""
    + NZ_DOTTED_KEY
    + r""")\.\d|\s?%  # not a decimal, percentage (a CJK character may touch it)
      |,(?!\d{4}[ \u00a0]\d\d(?!\d)|(?<=\.\d\d,)\d{4}\.\d\d)\d  # a decimal comma, not the comma of a list
                                          # whose next code touches it ('7208 38 00 00,7208 39 00 00',
                                          # '6907.23.91,6907.23.92')
      |(?!"""
    + DOTTED_END
    + r"""-\d{4}\.\d{2}|"""
    + SOLID_RANGE_AFTER
    + r"""|"""
    + CCC_CHECK_DIGIT
    + r""")-\d                   # a range of years; '8701.10-8701.90' is a range of codes
      |/(?!(?<=\.\d\d/)\d{2}(?![\d/.])|(?<=\d{10}/)\d(?![\d/])
        |(?<=\d{4}[ \u00a0]\d{4}[ \u00a0]\d\d/)\d\d(?![\d/.])
        |(?<=\d{4}[ \u00a0]\d\d[ \u00a0]\d\d[ \u00a0]\d\d/)\d\d(?![\d/.])
        |(?<=\d{4}\.\d\d\.\d\d\.\d\d/)\d(?![\d/])|(?<=\.\d\d/)\d\d\.\d\d(?![\d/]|\.\d)
        |(?<=\.\d{4}/)\.\d{4}(?![\d.])
        |\d{1,3}(?:[.,]\d{1,3})?[ \u00a0]?%|(?<=\.\d\d/)free\b)  # nor a citation
                                          # ('7208/2020'); '7208.51.00/10' is a stat code, '0805100000/2' an Israeli
                                          # check digit, '7210.49.10/01.08' a SACU item's suffix, '2825 3000 10/90'
                                          # a UK code and its sibling's last pair (the sibling is not written out)
                                          # and Norway's '02.01.1000/.2001' its sibling's compressed subheading
                                          # ('HTS 1604.14.30/12.5%', 'HTS 0304.87.00/Free': a CSMS message's or a
                                          # bulletin's code and its rate)
      |(?!"""
    + DOTTED_END
    + r"""[ \u00a0](?:\d{2}\.\d{2}(?![\d.])|\d{4}\.\d{2,4}|\d{4}(?![\w.,]|[ \u00a0]\d)
          |\d{1,3}(?:[.,]\d{1,2})?[ \u00a0]?%  # its rate in the same cell: '2905.59.10 5.5%'
          |\d{1,3}(?:,\d{3})+(?![\d.,])  # a quota bulletin's limit in the next cell: '9918.04.50 17,468,000 kg'
          |\d[\d,]*[ \u00a0]?(?:kg|kilograms?|tonnes?|tons|liters|litres|units|dozen|pieces)\b)  # (its unit says so)
        |"""
    + SOLID_ROW
    + r"""|"""
    + RATE_CELL_AFTER
    + r"""|"""
    + NZ_STATISTICAL_KEY
    + r"""|(?<=\d{4}[ \u00a0]\d\d[ \u00a0]\d\d)[ \u00a0]\d{4}[ \u00a0]\d\d[ \u00a0]\d\d(?!\d)
                                          # the next CN code of a cell
        |(?<=\d)"""
    + DAY_MONTH
    + r""")[ \u00a0]\d)
""",
    re.VERBOSE | re.IGNORECASE,
)
FLAGS = re.VERBOSE | re.IGNORECASE
# Digits and separators other scripts and typographies print codes with, one character for one (offsets hold):
# full-width digits and stop ('０７０２．００', Japanese and Chinese texts), Arabic-Indic and Eastern Arabic-Indic
# digits and the Arabic decimal separator ('٠٧٠٢٫٠٠'), thin and narrow no-break spaces ('0702 00 00' in French
# typography).
NEUTRAL = {
    **{0xFF10 + i: str(i) for i in range(10)},
    **{0x0660 + i: str(i) for i in range(10)},
    **{0x06F0 + i: str(i) for i in range(10)},
    0xFF0E: ".",
    0x066B: ".",
    0x2009: " ",
    0x202F: " ",
}
OTHER_DIGITS = re.compile("[" + "".join(chr(c) for c in NEUTRAL) + "]")


# Japanese statutes write the tariff schedule's numbers in kanji digits with a middle dot ('別表第二八一八・三〇号',
# '第六一・〇一項'): read only in that shape, since '一' and '二' are words and list numbers elsewhere. Guarded: the
# lookbehind first kept the engine from skipping ahead to a kanji digit (a whole-text scan, nearly always empty).
KANJI_DIGITS = "〇一二三四五六七八九"
KANJI_CODE = guarded(f"(?<![{KANJI_DIGITS}])[{KANJI_DIGITS}]{{2,4}}・[{KANJI_DIGITS}]{{2}}(?![{KANJI_DIGITS}])")
KANJI_NEUTRAL = {ord(kanji): str(i) for i, kanji in enumerate(KANJI_DIGITS)} | {ord("・"): "."}
# The same middle dot between Arabic digits ('別表第0401・10号', the consolidated texts of law sites; the half-width
# '･' too): the schedule's subheading, read as '0401.10'. Its lookbehind first kept the engine from skipping ahead:
# looked for only in a text that has one of the dots (`in`: no scan at all for a text of Latin characters).
MIDDLE_DOTS = ("・", "･")
DOTTED_DIGITS = re.compile(r"(?<=(?<!\d)\d{4})[・･](?=\d{2}(?!\d))")


# A Thai notification's subheading written with a comma for its last dot, right after a Thai word ('ประเภทย่อย
# 2204.10,00', subheading 2204.10.00): read as a dot (looked for only in a text with Thai letters).
THAI_COMMA = re.compile(r",(?<=[\u0e00-\u0e7f][ \u00a0]\d{4}\.\d\d,)(?=\d\d(?!\d))")  # the comma first: a fast scan

# A statistical number printed with commas for its dots ('0402,29,1000' in a quota bulletin's list of dotted HTS
# numbers): read as dots. Only the 10-digit shape: no amount is grouped 4-2-4 (thousands group by 3, an Indian lakh by
# 2 then 3), while '2005,06,07' may be years.
COMMA_DOTS = re.compile(r",(?<=(?<![\d.,])\d{4},)(\d\d),(?=\d{4}(?!\d|[.,]\d))")

# A tariff code printed with a colon between its heading and the rest ('classified under headings 2106:9090', a
# Zimbabwean notice): read as a dot. Four digits on each side only; not a Swedish statute's number in brackets or
# after SFS ('(2016:1253)', 'SFS 2009:1076'), whose year a code's heading cannot be anyway but for 2001-2009.
COLON_DOTS = re.compile(r":(?<=(?<![\d.,:(])(?<!SFS )\d{4}:)(?=\d{4}(?!\d|[.,:]\d))")


def neutral_notation(text: str) -> str:
    """`text` with codes' digits and separators in ASCII, every character in its place."""
    # (most texts have none of these characters: an ASCII text is ruled out without a scan)
    if may_match(OTHER_DIGITS, text) and OTHER_DIGITS.search(text):
        text = text.translate(NEUTRAL)
    if may_match(KANJI_CODE, text) and KANJI_CODE.search(text):
        text = KANJI_CODE.sub(lambda match: match.group(0).translate(KANJI_NEUTRAL), text)
    if any(dot in text for dot in MIDDLE_DOTS) and DOTTED_DIGITS.search(text):
        text = DOTTED_DIGITS.sub(".", text)
    if may_match(THAI_COMMA, text) and THAI_COMMA.search(text):
        text = THAI_COMMA.sub(".", text)
    if "," in text and COMMA_DOTS.search(text):
        text = COMMA_DOTS.sub(r".\1.", text)
    if ":" in text and COLON_DOTS.search(text):
        text = COLON_DOTS.sub(".", text)
    return text


# Chapters 19 and 20 end at headings 1905 and 2009: '1950...' to '1999...' and '2010...' to '2099...' are years;
# there is no chapter 00 and no heading xx00; nines alone are a form's placeholders ('9999.99.9999', '999999'), where
# the U.S. special reporting numbers open '9999.00'.
NO_SUCH_HEADING = re.compile(r"^(?:19(?:0[6-9]|[1-9]\d)|20(?:[1-9]\d)|00|\d\d00|999999)")
# A unit right after a number makes it a quantity, not a code ('2 500 kg', '12.50 mm'); so does a Chinese, Japanese or
# Korean year, month or day character ('2031年04月08日', '2031년'): a date ('号' stays: Japan's '第二八一八・三〇号' is
# a tariff number).
UNIT_AFTER = re.compile(
    r"^[ \u00a0]?(?:[年月日년월일]|(?:%|percent|per[ ]cent|mm|cm|km|m|kg|g|t|tonnes?|tons?|kw|w|v|ah|rpm|dozen|"
    r"units?|pieces?|days?|months?|years?|eur|euros?|usd|dollars?|hours?|ml|l|litres?|liters?|hz|kwh|m3|m2)\b"
    r"(?![ \u00a0]+or[ \u00a0]+[A-Z]\b))",  # a description's letters: '7216.4000 L or T sections' (angles and tees)
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Notation:
    strong: frozenset[str]
    weak: frozenset[str]
    keywords: re.Pattern
    heading_keywords: re.Pattern
    keywords_after: re.Pattern
    not_before: re.Pattern
    not_code_columns: re.Pattern
    chapter_not_tariff_before: re.Pattern
    chapter_not_tariff_after: re.Pattern
    special_chapter_kind_after: re.Pattern  # 'Chapter 99 headings': the kind of number, after chapter 98 or 99
    chapter_context: re.Pattern
    note_to_chapter_before: re.Pattern  # 'Additional note 6 to ' before 'Chapter 17' (not a U.S. note)
    note_amended: re.Pattern  # ... in a sentence that amends that note
    input_tables: re.Pattern
    code_column_headers: re.Pattern
    identifier_columns: re.Pattern
    phone_before: re.Pattern  # the tail of a phone number before a number
    dotted_heading_words: str  # a regex fragment, composed into headings.py's pattern

    def shape(self, number: str) -> str | None:
        """'strong', 'weak' or None (not a shape codes are written in)."""
        written = written_as(number.replace("\u00a0", " "))
        # a printed line's end inside a code splits a group ('8708.99.\n8180', Japanese '第020\n7.11号') or stands for
        # a space ('7208\n51 98')
        for line_end in ("", " "):
            joined = written.replace("\n", line_end)
            if joined in self.strong or joined in self.weak:
                return "strong" if joined in self.strong else "weak"
        return None


_NOT_A_DIGIT, _A_DIGIT = re.compile(r"\D"), re.compile(r"\d")


# Both are asked several times of every number of a text, and numbers come back (years, codes of a list's chapter)
@lru_cache(maxsize=1 << 12)
def digits_of(number: str) -> str:
    """The digits of a number as written ('7208.51 20' -> '72085120')."""
    return _NOT_A_DIGIT.sub("", number)


@lru_cache(maxsize=1 << 12)
def written_as(number: str) -> str:
    """A number's digits as '#' ('7208.51' -> '####.##'): how it is written."""
    return _A_DIGIT.sub("#", number)


@cache
def notation() -> Notation:
    data = yaml.safe_load(resources.files("nlp").joinpath("data/code_patterns.yaml").read_text("utf-8"))
    words = Notation(
        strong=frozenset(data["shapes"]["strong"]),
        dotted_heading_words=data["dotted_heading_words"],
        weak=frozenset(data["shapes"]["weak"]),
        **{
            key: guarded(data[key], FLAGS)
            for key in (
                "keywords",
                "heading_keywords",
                "keywords_after",
                "not_before",
                "not_code_columns",
                "chapter_not_tariff_before",
                "chapter_not_tariff_after",
                "special_chapter_kind_after",
                "chapter_context",
                "note_to_chapter_before",
                "note_amended",
                "input_tables",
                "code_column_headers",
                "identifier_columns",
                "phone_before",
            )
        },
    )
    scan_gated(words.code_column_headers)  # a code column's header is looked for above rows (schedules.CodeHeaders)
    return words
