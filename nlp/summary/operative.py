"""The operative sentence a summary rests on, and whether a reader gains from reading it after the lead:
never a heading, a page's furniture, an identifier line, an enacting formula that only cites powers,
a sentence in another language longer than a line, nor one that says again what the lead says."""

from __future__ import annotations

import bisect
import itertools
import re

from nlp.text.layout import OPERATIVE
from nlp.text.patterns import guarded

OPENING_CHARS = 20000
OPEN_ENDED = guarded(r"\b(?:and|or|of|the|to|in|for|on|a|an|by|with|from)$", re.I)
MAX_ACTING = 3  # acting sentences tried when the first is a heading or a formula
# What may open a sentence without being part of it: a block label, a short heading, a clause or
# article number, a label in capitals ('BACKGROUND Effective July 1, …', 'Trade Policy Updates UPDATE: …').
LABEL = re.compile(
    r"^(?:[•▪●◦*–-]\s+)?(?:(?:SUMMARY|SUPPLEMENTARY INFORMATION|ACTION|GUIDANCE|BACKGROUND|DATES)\s*:\s*)?"
    r"(?:(?:[A-Z][a-z]+\s+){0,3}[A-Z]{4,}:?\s+(?=[A-Z][a-z]))?"
    r"(?:(?:Article|Artículo|Artigo|Artikel|Section)\s+\d+[a-z]?\.?\s+(?=[A-Z]))?"
    r"(?:[A-Z][\w ]{0,40}\.\s+(?=\())?"
    r"(?:\(?\w{1,4}[.)](?!\d)\s*(?:[|:]\s*)?)?"  # never the '0.' of '0.00%'; 'S.O. (E): In exercise of …'
)
# Footnote references as GPO's text prints them ("in question.\7\ At the end"): not words of the sentence.
FOOTNOTE_MARK = re.compile(r"\\\d{1,3}\\")
# A memo's or bulletin's field label opening a line ('SUBJECT:', 'QUOTA PERIOD:'), and one the next field's label
# runs a sentence into ('… Additional U.S. Note 5 QUOTA PERIOD:').
FIELD_LINE = re.compile(r"^[ \t]*[A-Z][A-Z0-9 .&'/()-]{1,40}:(?=[ \t]|$)", re.M)
TRAILING_FIELD = re.compile(
    r"\s+(?:[A-Z][A-Z]+(?:\s+[A-Z]+){0,4}|(?i:quota\s+period|opening\s+(?:date|day)|restraint\s+levels?|hts\s+numbers|"
    r"(?:reporting|special)\s+instructions))\s*:\s*$"
)
# A bulletin's field label in capitals on a line of its own inside the passage ('… December 31, 2023' / 'OPENING DATE'
# / 'Tuesday, January 3, 2023'): the passage is a record's fields run together, not a sentence.
INNER_LABEL = re.compile(r"\n[ \t]*[A-Z]{2,}(?:[ \t]+[A-Z]{2,}){0,4}[ \t]*\n")
SENTENCE_ENDS = (".", ";", ":", "!", "?", "”", '"')
ACTION_LINE = re.compile(r"\s*ACTION\s*:")
SUMMARY_LINE = re.compile(r"^[ \t]*SUMMARY\s*:\s*", re.M)
OTHER_SCRIPT = re.compile(r"[\u0400-\u04ff\u0600-\u06ff\u3000-\u9fff\uac00-\ud7af]")
# Enacting formulas that cite the powers an act is made under; what follows the actor is what it does.
POWERS = re.compile(
    r"^(?:[\w().]{1,20}[\s—–.-]+)?"  # a G.S.R. number before it
    r"(?:In exercise of|In pursuance of|In accordance with|Pursuant to|By virtue of|En ejercicio de|En uso de|"
    r"No uso d[aeo]s?|Dans l[’']exercice|PADA menjalankan)\b|\ben ejercicio de sus facultades\b",
    re.I,
)
POWERS_ACTOR = re.compile(
    r",\s+(?P<actor>(?:the|The)\s+[A-Z][\w’'() -]{2,60}?)(?:,[^,]{0,120},)?\s+hereby\s+(?P<rest>\w.*)$", re.S
)
# 'I, JANE ROE, Minister for Trade, having decided …, DIRECT that …': the office and what it does.
FIRST_PERSON = guarded(
    r"\bI,\s+[A-Z][A-Z .'’-]+,\s+(?P<office>[^,]{3,60}),.*?\b(?P<verb>[A-Z]{4,})\b,?\s+(?P<rest>[a-z(].*)$", re.S
)
# A cover note's formula: 'Further to …, I have the honour to transmit a copy of …'.
HONOUR = guarded(r"\bI have the honou?r to (?P<verb>[a-z]+)\s+(?P<rest>.*)$", re.S)
ENGLISH_WORDS = frozenset("the of and to in is are on for by with shall be this that from as which".split())
FOREIGN_WORDS = frozenset(
    "de la el los las del le les des du et que por para em da do dos und der die das mit une est al se y".split()
)
MAX_FOREIGN_CHARS = 120
STOPWORDS = ENGLISH_WORDS | frozenset("a an it its has have been being will was were at or".split())
STEM = 5  # letters that make two words one: 'introduced' and 'introduces'


def operative_sentence(facts, primary) -> str | None:
    """The sentence the summary rests on: where the main measure is acted on, else where a new
    rate is set or an affected country named, else the first operative sentences that act."""
    if primary is not None and primary.where == "operative":
        candidates = [primary.start]
    else:
        candidates = [r.start for r in facts.rates if r.role == "new"] + [c.start for c in facts.affected]
        candidates = sorted(c for c in candidates if facts.layout.is_operative(c) and not in_title(facts, c))
    for offset in _unique(itertools.chain(candidates[:1], _acting_offsets(facts))):  # lazily: most stop at one
        start, end = facts.acting.sentence_at(offset)
        if ACTION_LINE.match(facts.text, start):  # 'ACTION: Notice of …' names the document's kind
            summary_line = SUMMARY_LINE.search(facts.text, end, end + OPENING_CHARS)
            if summary_line is None:
                continue
            start, end = facts.acting.sentence_at(summary_line.end())
        start = max(start, facts.layout.zone_start(offset))  # never a recital before the enacting terms
        if facts.title_span and start < facts.title_span[1] <= offset:
            start = facts.title_span[1]
        if len(FIELD_LINE.findall(facts.text, start, end)) > 1 or INNER_LABEL.search(facts.text, start, end):
            continue  # a memo's block of fields ('SUBJECT: …' / 'QUOTA PERIOD: …', 'OPENING DATE' alone), no sentence
        sentence, labels = TRAILING_FIELD.subn("", without_heading(facts.text[start:end]))
        if labels and not sentence.endswith(SENTENCE_ENDS):
            continue  # a field's value the next field's label runs into ('Apparel as provided for in … Quota Period:')
        if REPORTED_EARLIER_ACT.match(sentence):
            continue  # history under an operative heading ('Decisions'): what an earlier act did
        if len(sentence) >= 30 and sentence.count("|") <= 1 and not is_furniture(sentence):
            if not restates_title(sentence, facts.title):  # a second copy of the title (a register page's)
                return sentence
    return None


# 'The Minister's decisions of 3 March 2029 opened a tariff quota …': a dated earlier act as the subject of a verb in
# the past tense reports what that act did, not what this one does.
REPORTED_EARLIER_ACT = guarded(
    r"(?:The\s+)?(?:[\w’'.-]+\s+){0,4}?(?:decisions?|orders?|regulations?|resolutions?|notices?|proclamations?)\s+"
    r"(?:of|dated)\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2},)\s+\d{4},?\s+(?:[\w-]+\s+){0,2}?"
    r"(?:opened|imposed|established|introduced|granted|set|extended|suspended|fixed|allocated|amended|increased|"
    r"reduced|removed|revoked)\b"
)


def without_heading(passage: str) -> str:
    """The sentence without a heading line above it or a label or clause number before it."""
    lines = passage.strip().split("\n")
    first = lines[0].rstrip()
    heading = len(lines) > 1 and len(first) < 60 and not first.endswith((".", ":", ";", ","))
    if heading and not (lines[1].lstrip()[:1].islower() or OPEN_ENDED.search(first)):  # not a wrapped line
        lines = lines[1:]
    return FOOTNOTE_MARK.sub("", LABEL.sub("", MARGINAL_NOTE.sub("", " ".join(" ".join(lines).split()))))


# A consolidated act's side note before its section number ('Marginal note:Remission 1 Remission is …').
MARGINAL_NOTE = re.compile(r"^Marginal note:\s*\S+(?:\s+\S+){0,5}?\s+\d+(?:\.\d+)?\s+(?=[A-Z])")


def is_furniture(sentence: str) -> bool:
    """A heading in capitals, a short line with no full stop ('Amendments to duty suspensions'), an
    identifier line ('Notification No. 7/2031-Customs, F.No. 12/3/2030, Dated 2nd May, 2031') or a
    page's metadata in another script."""
    letters = [c for c in sentence if c.isalpha()]
    tokens = sentence.split()
    if not letters or sum(c.isupper() for c in letters) > 0.6 * len(letters):
        return True
    if sentence[:1].islower() or sentence[:1] in "(,;" or CITATION_TAIL.match(sentence):
        return True  # the tail of a sentence cut by a heading or a citation's number
    if len(tokens) < 10 and not sentence.rstrip().endswith((".", ";", ":", "”", '"')):
        return True
    if READER.search(sentence) or (len(tokens) < 12 and LIST_INTRO.search(sentence)) or PAGE_VERSION.search(sentence):
        return True  # a word to the reader, a list's introduction, a page's note on its own version
    if NOT_ACTING.search(sentence):
        return True  # a definition, the short-title clause, a pointer to another document
    if sum(bool(GLUED_CELLS.search(token)) for token in tokens) >= 3:
        return True  # a table's header cells run together ('Tariff ClassificationTCO NumberTCO description…')
    return sum(any(c.isdigit() for c in t) for t in tokens) > 0.38 * len(tokens) or bool(OTHER_SCRIPT.search(sentence))


# a word run into the next cell's capital without a space ('ClassificationTCO', 'dateDecision'); a word or two so
# are names ('PepsiCo', 'GlaxoSmithKline'), three are a table's header cells extracted without separators
GLUED_CELLS = re.compile(r"[a-z]{2}[A-Z]")
CITATION_TAIL = re.compile(r"^\d+\([A-Z]\),")  # '560(E), dated the …': a gazette number's tail
# 'Please see the changes …', '… affecting the following commodity codes:' (a list follows, not a sentence)
READER = re.compile(r"^(?:Please|For (?:more|further) information|See also|Click|Download)\b", re.I)
# Sentences that say what words mean or what the act is called, or send the reader elsewhere, never what is done:
# 'The term “importer” shall exclude …', '(1) These Regulations may be cited as …', 'For a complete description
# of the scope, see the Decision Memorandum', 'This page needs to be proofread.' (a wiki's note on its copy).
NOT_ACTING = guarded(
    r"^[—–-]?\s*(?:\(\w{1,4}\)\s*)?(?:The|In this \w+,? the)\s+(?:terms?|expressions?|words?)\s+[“\"'‘]"
    r"|\b(?:may|shall)\s+be\s+(?:cited|known|referred\s+to)\s+as\b"
    r"|^For\s+(?:a\s+|the\s+)?(?:complete|full|fuller|detailed|further|more)\b[^.]{0,120}?,\s+(?:please\s+)?see\b"
    r"|^This page (?:needs|has|does)\b"
    r"|\bIf your browser does not render\b"  # a document viewer's line run into the text
    r"|^Documento assinado digitalmente\b"  # the Brazilian gazette's signature note under every act
    # the final provision on entry into force: the lead already gives the date it sets
    r"|^(?:This|These)\s+(?:Regulation|Decision|Directive|Order|Regulations|Notice)\s+shall\s+enter\s+into\s+force\b"
    r"|\bshall\s+be\s+binding\s+in\s+its\s+entirety\b"
    r"|^(?:Le\s+présent|La\s+présente)\s+\w+\s+entre\s+en\s+vigueur\b|^(?:Diese|Dieser|Dieses)\s+\w+\s+tritt\b.{0,80}?\bin\s+Kraft\b"
    # the clause naming the instrument itself: 'Title – This notice is the Customs Notice No. 2031/4.'
    r"|^(?:Title|Name)?\s*[—–:-]?\s*This\s+(?:notice|instrument|order|determination|regulations?|decree|notification"
    r"|direction|declaration|rules?)\s+is\s+the\b"
    # history: 'On March 11, 2031, Commerce published the preliminary results …' (a notice's background)
    r"|^On\s+(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4}),[^.;]{0,120}?\b"
    r"(?:published|received|requested|filed|submitted)\b",  # never 'initiated', 'announced': a news item's news
    re.I,
)
LIST_INTRO = guarded(r"\bfollowing[\w ]{0,40}:$")
PAGE_VERSION = guarded(r"\bversion\b.{0,40}\bversion that (?:currently )?applies\b", re.I)


def _acting_offsets(facts):
    """The first few acting sentences of the operative parts (each part's sentences found by bisection,
    not by walking every sentence of the document for every part)."""
    found = 0
    spans = facts.acting.sentences.spans
    starts = [sentence_start for sentence_start, _ in spans]
    for start, end in facts.layout.spans(OPERATIVE - {"annex"}):
        for index in range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)):
            sentence_start = starts[index]
            if not in_title(facts, sentence_start) and facts.acting(sentence_start):
                yield sentence_start
                found += 1
                if found == MAX_ACTING:
                    return


def _unique(offsets):
    seen = set()
    for offset in offsets:
        if offset not in seen:
            seen.add(offset)
            yield offset


def in_title(facts, offset: int) -> bool:
    return facts.title_span is not None and facts.title_span[0] <= offset < facts.title_span[1]


# 'This notice is published by the Secretary of State under …': how a notice is made, not what it does.
PUBLISHED = re.compile(
    r"^This (?:public )?(?:notice|order|notification) is (?:published|issued|made|given) by\b[^.]*?\.\s*(?=[A-Z])"
)
FOOTNOTE_CALL = re.compile(r"\s*\[footnote \d+\]\s*", re.I)


def plain_operative(sentence: str, actor: str) -> str | None:
    """What the sentence does, without the formula around it: 'In exercise of the powers …, the Central
    Government hereby amends …' -> 'The Central Government amends …'; a formula with nothing after
    the powers it cites ('El Director …, en ejercicio de sus facultades …') -> None."""
    sentence = PUBLISHED.sub("", FOOTNOTE_CALL.sub(" ", sentence))
    if match := FIRST_PERSON.search(sentence):
        return f"The {match['office']} {_third_person(match['verb'].lower())} {match['rest']}"
    if match := HONOUR.search(sentence):
        return f"{actor} {_third_person(match['verb'])} {match['rest']}"
    if POWERS.search(sentence):
        match = POWERS_ACTOR.search(sentence)
        return f"{match['actor'][0].upper()}{match['actor'][1:]} {match['rest']}" if match else None
    return sentence


def restates_title(sentence: str, title: str | None) -> bool:
    """A title line taken for the operative sentence ('83 FR 31727 - Shrimp From China: Rescission of …',
    'Regulation (EU) 2031/12of 9 May 2031amending …' run together by a page) says nothing the lead does not."""
    words, known = _title_words(sentence), _title_words(title or "")
    return bool(title) and len(words - known) <= max(2, len(words) // 5)


# compiled once: each is read for every sentence a summary weighs
LETTERS = re.compile(r"[^\W\d_]+")
LATIN_LETTERS = re.compile(r"[a-zà-ÿ]+")
NUMBERS_AND_WORDS = re.compile(r"\d+(?:[.,]\d+)*|\w+")


def _title_words(text: str) -> set[str]:
    """Words of three letters or more: '2031amending' is a number and a word, and the page numbers and register
    citation a copy of the title carries ('82_FR_26821 82 FR 26712 - …') are no news."""
    return {w for w in LETTERS.findall(text.lower()) if len(w) > 2}


def _third_person(verb: str) -> str:
    return verb + ("es" if verb.endswith(("s", "sh", "ch", "x")) else "s")


def worth_quoting(sentence: str, lead: str) -> bool:
    """English, or another language in a line or less; words rather than a table's codes run together; and not
    the lead said again."""
    readable = _reads_english(sentence) and not codes_dump(sentence) and not _opens_a_list(sentence)
    return readable and not restates(sentence, lead)


def _opens_a_list(sentence: str) -> bool:
    """A sentence ending on the colon that opens a list it does not carry ('… are removed from columns A and B,
    respectively:', 'Amendments introduced in the Order include:') says nothing quoted alone."""
    return sentence.rstrip().endswith(":")


def _reads_english(sentence: str) -> bool:
    """English words at all: a sentence in a language whose words neither list knows (Vietnamese, Indonesian,
    Norwegian) ties at none each, and is no reading for a digest."""
    return is_english(sentence) and any(w in ENGLISH_WORDS for w in LATIN_LETTERS.findall(sentence.lower()))


MAX_CODE_SHARE = 0.3


def codes_dump(sentence: str) -> bool:
    """A table's rows run together ('HTS Code Action Effective Date 0704.20.0000 Annotated (transferred to
    0704.20.0020 and 2026/07/01 …'): a third or more of its words are numbers with dots or slashes, and it opens
    with a header's labels, not a sentence's words ('On 29 May Morocco notified … 72.08, 72.11.13, …' is read)."""
    tokens = sentence.split()
    coded = sum(bool(CODE_TOKEN.search(token)) for token in tokens)
    opening = {token.lower().strip(",.:;()") for token in tokens[:HEADER_TOKENS]}
    return len(tokens) >= HEADER_TOKENS and coded >= MAX_CODE_SHARE * len(tokens) and not opening & ENGLISH_WORDS


HEADER_TOKENS = 6

CODE_TOKEN = re.compile(r"\d+[./]\d+[./]?\d*")


def is_english(sentence: str) -> bool:
    words = LATIN_LETTERS.findall(sentence.lower())
    return sum(w in ENGLISH_WORDS for w in words) >= sum(w in FOREIGN_WORDS for w in words)


def restates(sentence: str, lead: str) -> bool:
    """Most of the sentence's words are already in the lead ('A provisional duty on ironing boards from
    Türkiye is being introduced from 26 May 2023' after a lead that says so); a figure the lead does not
    give (a rate, a quantity) is news."""
    words, known = content_words(sentence), content_words(lead)
    if any(w[:1].isdigit() for w in words - known):
        return False
    return len(words) <= 4 or len(words - known) <= len(words) // 5


def content_words(text: str) -> set[str]:
    return {w if w[:1].isdigit() else w[:STEM] for w in NUMBERS_AND_WORDS.findall(text.lower()) if w not in STOPWORDS}
