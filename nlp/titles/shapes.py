"""Shapes of a page around or instead of a title: a bill's cover, a list of items, an article page, a bilingual copy,
a title written without spaces (Chinese, Japanese). Used by finder.py."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

from nlp.text.plain import MAX_WRAP_WIDTH, SENTENCE_END
from nlp.text.textutil import line_end

# scripts written without spaces between words: Thai, kana, CJK ideographs
CJK = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u4e00-\u9fff]")

AGENCY_GOES_ON = re.compile(r"\b(?:of|of the|for|for the|and)$")
LIST_MARK = re.compile(r"[ \t]*([•◦▪‣●○■◆◇–*-])[ \t]")


def a_list_item(text: str, start: int, end: int) -> bool:
    """A line opening with a list mark whose next line with text opens with the same mark."""
    mark = LIST_MARK.match(text, start)
    if mark is None:
        return False
    following = re.compile(r"\s*\n([^\n]*\S)").match(text, end)
    return following is not None and text[following.start(1) :].lstrip().startswith(mark.group(1))


# The first article's heading on its own line ('Article 1', 'Artikel 1', an article page's 'Artikel 3 VO (EU) …'):
# an act cited below it (in the article or its footnotes) is no title of the text.
# A line of running prose under an act's designation (a news item quoting the act's number, then 'Den 12 mars 2031
# infördes …'): a capitalised word of small letters opening a line that ends in a full stop. A title's own lines do
# not end so ('of 12 March 2031', 'imposing …', 'DER KOMMISSION').
SENTENCE_LINE = re.compile(r"^[ \t]*[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž]+\b[^\n]*\.[ \t]*$", re.M)


def before_prose(text: str, start: int, end: int) -> int:
    """Where an act's title block starting at `start` gives way to a sentence line below its first line."""
    first_line_end = text.find("\n", start, end)
    sentence = SENTENCE_LINE.search(text, first_line_end + 1, end) if first_line_end >= 0 else None
    return sentence.start() if sentence else end


FIRST_ARTICLE = re.compile(r"^[ \t]*(?:Article|Artikel|Articolo|Artículo|Artigo)[ \t]+(?:\d+|premier|primero)\b", re.M)
ACT_NUMBER = re.compile(r"\d+/\d+")


def other_language_copy(text: str, act: re.Pattern, match: re.Match, end: int, number_span) -> int:
    """A bilingual copy prints the same act's designation again in its other language on the next line
    ('Règlement d'exécution (UE) 2031/402 de la Commission …' under the English title): the title ends there.
    A wrapped title's line opening with another act it amends (another number) goes on."""
    own = ACT_NUMBER.search(text, *number_span(match)).group(0)
    for line in re.finditer(r"\n[ \t]*", text[match.end() : end]):
        other = act.match(text, match.end() + line.end())
        if other and ACT_NUMBER.search(text, *number_span(other)).group(0) == own:
            return match.end() + line.start()
    return end


OPENING_CHARS = 4000  # the width the opening's lines are wrapped at is the title's
FILLED = 0.8
FIELD_OR_SENTENCE = re.compile(r"[ \t]*(?:[A-Za-z][\w-]*:[ \t]|(?:The|This|These|In|On|Pursuant|Effective)\b)")


def wrapped_on(text: str, end: int, following: re.Match) -> bool:
    """A title line of a hard-wrapped text (a PDF's, 60-80 columns) that the next line's first word would not fit
    on goes on into that line, even where it opens with a capital ('United States-Australia Free Trade' /
    'Agreement'): the wrapping, not the writer, ended it. Never over a blank line, after a sentence's end, or
    into a field ('Date: …') or a sentence's usual opening ('The …', 'Pursuant to …')."""
    line = text[text.rfind("\n", 0, end) + 1 : end].rstrip()
    nextline = following.group(1)
    if (
        text.count("\n", end, following.start(1)) != 1
        or line.endswith(SENTENCE_END)
        or nextline.rstrip().endswith(SENTENCE_END)  # a sentence under the title, not its last words
        or FIELD_OR_SENTENCE.match(nextline)
    ):
        return False
    width = _opening_width(text[:OPENING_CHARS])
    next_word = len(nextline.lstrip().partition(" ")[0])
    return 0 < width and len(line) >= width * FILLED and len(line) + 1 + next_word > width


WRAPPED_SHARE = 0.5  # a hard-wrapped opening fills most of its lines of prose to near the width


def _opening_width(opening: str) -> int:
    """The width the opening's prose is wrapped at, or 0 where most of its lines do not fill one: lines longer than
    any wrapping (a table's row, a writer's paragraph) and short ones (headings, labels) aside."""
    lengths = sorted(n for line in opening.split("\n") if 20 <= (n := len(line.rstrip())) <= MAX_WRAP_WIDTH)
    if len(lengths) < 4:
        return 0
    width = lengths[int(len(lengths) * 0.9)]
    filled = sum(1 for n in lengths if n >= width * FILLED)
    return width if filled >= WRAPPED_SHARE * len(lengths) else 0


# A republishing site's name standing alone above the page: one word in mixed case with a capital inside it.
BRAND_WORD = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]*)+")


NEXT_NONBLANK_LINE = re.compile(r"[ \t]*\n(?:[ \t]*\n)*[ \t]*([^\n]*?)[ \t]*(?:\n|$)")


def only_a_date_after(rest: str) -> bool:
    """Nothing but the number's date after it on its line ('EXECUTIVE ORDER NO. 211 March 3, 2016')."""
    rest = rest.strip(" \t,")
    return not rest or bool(DATE_LINE.match(rest))


# A line that is only a date ('20 January 2004', 'July 12, 2006', 'Le 12 juillet 2006'; slashed only with a two-digit
# year, a newsletter's '06 / 17 / 24'), also with the number after it as a CIS act's translation prints its date and
# number line over its title ('of May 14, 2031 No. PP-181': 'May' there is no modal verb of a sentence).
DATE_LINE = re.compile(  # (an Indian release's date with its ordinal and a comma: '4th October, 2031')
    r"^(?:Le\s+|(?=of\s.*\sNo\.\s*[A-Z]{0,4}-?\d+$)of\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+\w+\.?,?\s+\d{4}|\w+\s+\d{1,2},\s*\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4}"
    r"|\d{1,2}[ \t]*/[ \t]*\d{1,2}[ \t]*/[ \t]*\d{2})"
    r"(?:(?<=\d)\s+No\.\s*[A-Z]{0,4}-?\d+)?$"
)


def lines_between(text: str, start: int, end: int):
    """The (start, end) of each line of text[start:end]."""
    position = start
    while position < end:
        newline = text.find("\n", position, end)
        stop = end if newline < 0 else newline
        yield position, stop
        position = stop + 1


def word_count(line: str) -> int:
    """Words of a line; a title written without spaces (Chinese, Japanese, Thai) counts a word for two characters."""
    return len(line.split()) + len(CJK.findall(line)) // 2


NEXT_LINE = re.compile(r"(?:[ \t]*\n){1,3}[ \t]*([^\n]+)")  # the next line with text, blank lines between


def goods_then_origin(text: str, end: int, line: str, patterns) -> bool:
    """A capitals line followed by the goods' origin ('GALVANISED STEEL COIL' / 'EXPORTED FROM …') names
    goods, not an agency."""
    following = NEXT_LINE.match(text, end)
    return (
        line.isupper()
        and not patterns.furniture.match(line)
        and following is not None
        and bool(patterns.continuing_start.match(following.group(1).strip().lower()))
    )


def capitals_title(text: str, start: int, end: int, line: str, patterns) -> bool:
    """A capitals line that reads like an agency's name but is a title: goods before their origin, or the subject
    printed between the act's number and its preamble."""
    if CERTAIN_GOODS.match(line) and _case_number_follows(text, end, line):
        return True
    return goods_then_origin(text, end, line, patterns) or subject_under_number(text, start, end, line, patterns)


# The goods a trade-remedy case is named by, in capitals ('CERTAIN FABRICATED INDUSTRIAL STEEL COMPONENTS' over a
# tribunal's 'Inquiry No. NQ-2031-004'): no agency's name opens with 'CERTAIN'.
CERTAIN_GOODS = re.compile(r"CERTAIN[ \t]+[A-Z][A-Z]")
CASE_NUMBER = re.compile(r"(?:Inquiry|(?:Expiry|Interim)\s+Review|Review|Appeal)\s+(?:No\.\s*)?[A-Z]{2}-\d{4}-\d{3}")


def _case_number_follows(text: str, end: int, line: str) -> bool:
    """The tribunal's case number stands under the goods (their line repeated between them, as its page prints it)."""
    for _ in range(2):
        following = NEXT_NONBLANK_LINE.match(text, end)
        if following is None:
            return False
        if CASE_NUMBER.match(following.group(1).strip()):
            return True
        if following.group(1).strip() != line:
            return False
        end = following.end(1)
    return False


PREVIOUS_LINE_REACH = 400
# The words an act's preamble opens with, under its title ('VISTO: El Tratado de Asunción …', 'CONSIDERANDO:'), or a
# circular's first numbered paragraph ('1. The Fiji Islands Customs Service measures …').
PREAMBLE_OPENER = re.compile(
    r"(?:VISTOS?|Vistos?|CONSIDERANDO|Considerando|WHEREAS|Whereas|Having regard)\b|1[.)][ \t]"
)


def subject_under_number(text: str, start: int, end: int, line: str, patterns) -> bool:
    """A capitals line between the act's number on a line of its own and its preamble or first paragraph is the act's
    title (a Mercosur decision: 'MERCOSUR/CMC/DEC. Nº 31/03' / 'ARANCEL EXTERNO COMUN' / 'VISTO: …'; a circular:
    'PUBLIC CIRCULAR NO. 6 OF 2031' / 'REVENUE MEASURES …' / '1. The …'), not an agency."""
    if not line.isupper():
        return False
    above = text[max(0, start - PREVIOUS_LINE_REACH) : start].rstrip()
    previous, following = above.rsplit("\n", 1)[-1].strip(), NEXT_NONBLANK_LINE.match(text, end)
    if not (previous and following and patterns.opening_numbers.match(previous)):
        return False
    return bool(PREAMBLE_OPENER.match(following.group(1)))


# A site's breadcrumb as a numbered list opening with its home page ('1. Home' / '2. Trade' / '3. Quotas').
BREADCRUMB_HOME = re.compile(
    r"[ \t]*1\.[ \t]+(?:Home|Homepage|Startseite|Accueil|Inicio|Início|Página inicial|Trang chủ)[ \t]*$"
)
CRUMB = re.compile(r"[ \t]*\d{1,2}\.[ \t]+[^\n]{1,80}$")


def breadcrumb_end(text: str, start: int) -> int:
    """Where a numbered breadcrumb opening at `start` ends (its last item's line end), or 0 where none opens."""
    if not BREADCRUMB_HOME.match(text, start, line_end(text, start)):
        return 0
    end = line_end(text, start)
    while (following := NEXT_LINE.match(text, end)) and CRUMB.match(text, following.start(1), following.end(1)):
        end = following.end(1)  # the next item, blank lines between
    return end


# The fields of a US quota bulletin's body ('Commodity:', 'QUOTA PERIOD:', 'Opening Date:', 'Restraint Level:'): a
# copy that opens with them, or with the commodity's value above 'QUOTA PERIOD', has no title line left (a title
# line stands above 'Commodity:').
FIELD_LABEL = re.compile(
    r"(?i:commodit(?:y|ies)|quota\s+period|opening\s+(?:date|day)|restraint\s+levels?)[ \t]*:?[ \t]*$"
)
AFTER_COMMODITY = re.compile(r"(?i:quota\s+period|opening\s+(?:date|day))[ \t]*:?[ \t]*$")


# A case record's first field under the portal's heading (Thailand's trade-remedy register: 'รายละเอียดการใช้มาตรการ…'
# over 'ประเภทของมาตรการ : AD', the measure's type; 'CASE ID : AD1022')
RECORD_FIELD = re.compile(r"(?:ประเภทของมาตรการ|ชื่อสินค้า|พิกัด(?:อัตรา)?ศุลกากร|CASE[ \t]+ID)[ \t]*:")


def bulletin_fields_open(text: str, line: str, end: int) -> bool:
    """The line is a bulletin's field label, the commodity's value over the next field's label, or a record page's
    heading over its first field."""
    if FIELD_LABEL.match(line):
        return True
    following = NEXT_LINE.match(text, end)
    if following is None:
        return False
    return bool(AFTER_COMMODITY.match(following.group(1).strip()) or RECORD_FIELD.match(following.group(1).strip()))


NOTICE_KIND_WORDS = 8  # 'Finding in relation to a review of': a short line, not a wrapped sentence
# A line that ends a short title with its parenthesised parts and its kind ('(Amendment) Order 2031', '(Suspension)
# Regulations, 2031'): not a number '(2031/C 170/05)' nor an abbreviation that prose follows ('(Tariff Order) of …').
KIND_AND_YEAR = re.compile(r"(?:Order|Orders|Regulations?|Rules|Decree|Notice)\s*,?\s*(?:19|20)\d\d")
PARENTHESISED_PART = re.compile(r"(?:\([A-Z][^()\n]*\)\s*)+(?:[A-Z][A-Za-z-]*,?\s*){1,3}(?:(?:19|20)\d\d)?")


# A case's caption: 'v.' goes on into the other party, even an agency ('President of the Canada Border …').
CAPTION_VERSUS = re.compile(r"(?:^|\s)(?:v|vs)\.$", re.I)


def goes_on(line: str, following: str, patterns) -> bool:
    """The title line goes on into the next (finder's patterns: its new instruments, agency lines, joining ends)."""
    if following and CAPTION_VERSUS.search(line):
        return True
    origin = bool(patterns.continuing_start.match(following.lower()))  # 'EXPORTED FROM …' after the goods
    if (
        not following
        or patterns.new_instrument.match(following)
        or (patterns.agency_line.match(following) and not origin)
    ):
        return following[:1].islower()
    if following[:1].islower() or patterns.joining_end.search(line) or patterns.continuing_start.match(following):
        return True
    if line.isupper() and patterns.joining_end.search(following) and len(following.split()) <= NOTICE_KIND_WORDS:
        return True  # the goods in capitals, then the notice's kind ('Finding in relation to a review of')
    if PARENTHESISED_PART.fullmatch(following) or (line.endswith(")") and KIND_AND_YEAR.fullmatch(following)):
        return (
            True  # a short title over lines ('Excise Duties' / '(Amendment) Order 2031', 'Customs (…)' / 'Order 2031')
        )
    return line.isupper() and following.isupper() and not line.endswith((")", ".", ";", ":"))


MIN_REPEATED_WORDS = 4


@cache
def titles_data() -> dict:
    """data/titles.json, read once for the title finder and the shapes here."""
    return json.loads(resources.files("nlp").joinpath("data/titles.json").read_text("utf-8"))


@cache
def _page_title() -> re.Pattern:
    return re.compile(titles_data()["page_title_over_its_cover"]["pattern"])


def page_title_over_its_cover(text: str, line: str, end: int) -> bool:
    """A portal's page title for a WTO document over the cover it repeats in lower case (data/titles.json)."""
    following = NEXT_LINE.match(text, end)
    if following is None or not _page_title().match(line):
        return False
    nextline = following.group(1).strip()
    return nextline[:1].islower() and repeats_the_title(line, nextline)


def repeats_the_title(line: str, nextline: str) -> bool:
    """The next line is a part of the title line already: a portal's page title over the document's cover, which
    prints it again over lines ('Committee on Safeguards - Notification under article 12.1(a) …' / 'notification
    under article 12.1(a) of the agreement')."""
    return len(nextline.split()) >= MIN_REPEATED_WORDS and " ".join(nextline.lower().split()) in line.lower()


# A portal's navigation word printed in lower case over the page ('map Central'), a blank line under it: not the
# opening of a sentence, which would run on into the next line.
RESIDUE_WORDS = 2
BLANK_AFTER = re.compile(r"[ \t]*\n[ \t]*\n")


def site_residue(text: str, line: str, end: int) -> bool:
    return line[:1].islower() and len(line.split()) <= RESIDUE_WORDS and bool(BLANK_AFTER.match(text, end))


# A closing quotation mark the title line carries without its opening one: the end of a quoted title whose opening
# line a copy cut ('Se ordena el inicio de un examen … originarias de China”').
UNPAIRED_CLOSE = {"”": "“", "»": "«"}


def without_unpaired_close(title: str) -> str:
    opening = UNPAIRED_CLOSE.get(title[-1:])
    return title[:-1].rstrip(" \t\n.;,") if opening and opening not in title else title


BLANK_LINE = re.compile(r"\n[ \t]*\n\s*")
# A paragraph that goes on with an act's title: its date ('of 14 January 2022', 'du …', 'vom …')
# or its subject, which starts in lower case ('imposing …', 'instituant …', 'zur Einführung …').
# a paragraph opening in lower case goes on with the title, in the Union's other scripts and alphabets too ('от 2
# септември 2020 година' under a Bulgarian designation, 'της 26ης Φεβρουαρίου' under a Greek one)
TITLE_GOES_ON = re.compile(r"(?:of|du|vom)\s+\d|[a-zà-ÿāăčćďđēėęěģīįķĺļľłńņňőŕřśšţťūůűųźżžșțа-яёіїєґα-ωάέήίόύώ]")


def title_block_end(text: str, start: int, limit: int) -> int:
    """The end of an act's title: its paragraph, and the paragraphs that continue it."""
    position = start
    while True:
        blank = BLANK_LINE.search(text, position, limit)
        if not blank:
            return limit
        if not TITLE_GOES_ON.match(text, blank.end()):
            return blank.start()
        position = blank.end()


@cache
def _headline_verbs() -> re.Pattern:
    return re.compile(titles_data()["headline_after_agency"]["pattern"])


def headline_after_agency(line: str) -> bool:
    """A news release's headline that opens with the agency that acts ('Department of Commerce Launches …')."""
    return _headline_verbs().search(line) is not None


# An act cited with the journal issue that published it, ending its paragraph ('…; ABl. L 71 vom 13. März 2031, S. 9.',
# '…, OJ L 71, 13.3.2031, p. 9'): the act a news item reports; an act's own title never ends with its own page.
CITED_WITH_ITS_JOURNAL = re.compile(
    r"[;,]\s*(?:ABl|OJ|JO|DO|GU)\.?\s+[LC]\s*\d+\b[^\n]{0,40}?\b(?:S|p|pp|Seite)\.?\s*\d+(?:\s*[-–]\s*\d+)?\.?[ \t]*$"
)


def cited_with_its_journal(text: str, start: int) -> bool:
    """The act designation at `start` ends its line with the journal issue that published it."""
    return CITED_WITH_ITS_JOURNAL.search(text, start, line_end(text, start)) is not None
