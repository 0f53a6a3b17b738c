"""The extraction pipeline: spacy.blank(lang) plus our registered components.

Statistical NER would tag tariff codes as dates, so every component here is rule-based and
works on character offsets. A whitespace tokenizer keeps tokenisation cheap (the components
read doc.text, not tokens). Results live on Doc extensions (doc._.codes, doc._.dates...).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

import spacy
from spacy.attrs import LANG
from spacy.language import Language
from spacy.tokens import Doc

from nlp.areas.infer import acted_on_count
from nlp.codes.finder import find_codes
from nlp.countries.rules import affected_countries, implementing_jurisdiction
from nlp.dates.exception_ends import exception_ends
from nlp.dates.extract import extract_dates
from nlp.measures.committee_records import is_committee_record
from nlp.measures.disputes import is_dispute_request
from nlp.measures.gate import gated
from nlp.measures.quota_bulletins import without_the_programme
from nlp.measures.rules import find_measures, scan_signals
from nlp.measures.symbols import typed_by_symbol
from nlp.measures.unnamed_remedy import typed_unnamed_remedy
from nlp.measures.untargeted import retaliation_by_authorisation, retyped_without_target
from nlp.quotas.finder import find_quotas
from nlp.rates.finder import find_rates
from nlp.summary.builder import Facts, summarise
from nlp.text.acting import ActingSentences
from nlp.text.layout import Layout
from nlp.text.pages import without_other_notices, without_page_trailer
from nlp.text.plain import layout_neutral
from nlp.text.proposals import is_pre_announcement
from nlp.text.sentences import Sentences
from nlp.titles.finder import find_title
from nlp.titles.identifiers import find_identifier
from nlp.titles.labelled import letter_subject

EXTENSIONS = [
    "text",
    "published",
    "jurisdiction",
    "title",  # the source's title (metadata)
    "sentences",
    "layout",
    "acting",  # ActingSentences of the text, shared by the extractors (cached per sentence)
    "official_title",  # the title read from the text (TextMention)
    "identifier",
    "codes",
    "code_ranges",
    "dates",
    "measures",
    "measure_signals",  # every measure signal scanned (Signal), acted on or not
    "countries",  # {"implementing": [codes], "affected": [codes]}
    "country_evidence",  # CountryMention per country
    "read_jurisdiction",  # implementing_jurisdiction of the text alone (no source): dates and countries ask it
    "rates",
    "quotas",
    "summary",
]
for _name in EXTENSIONS:
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

_LINE = re.compile(r"[^\n]+|\n+")


class WhitespaceTokenizer:
    """One token per line and one per run of line breaks; keeps the exact text (Doc.text == input).

    Every component reads the text and its character offsets, none reads tokens: a token per word cost
    about 40 % of the extraction time in building lexemes nobody used. Lines keep `Doc` cheap and its
    text exact."""

    def __init__(self, vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words = _LINE.findall(text)
        return Doc(self.vocab, words=words, spaces=[False] * len(words))


@spacy.registry.tokenizers("tariffwatch.whitespace_tokenizer.v1")
def create_whitespace_tokenizer():
    return lambda nlp: WhitespaceTokenizer(nlp.vocab)


def text_of(doc: Doc) -> str:
    """The document text, built once: Doc.text re-joins every token on each access."""
    extensions = doc._
    if extensions.text is None:
        extensions.text = doc.text
    return extensions.text


@Language.component("tariffwatch_sentences")
def sentences_component(doc: Doc) -> Doc:
    ext = doc._  # spaCy builds a new accessor at each `doc._`
    ext.sentences = Sentences(text_of(doc))
    return doc


@Language.component(
    "tariffwatch_codes", requires=["doc._.sentences", "doc._.layout"], assigns=["doc._.codes", "doc._.code_ranges"]
)
def codes_component(doc: Doc) -> Doc:
    ext = doc._  # spaCy builds a new accessor at each `doc._`
    ext.codes, ext.code_ranges = find_codes(text_of(doc), ext.sentences, ext.layout)
    return doc


@Language.component("tariffwatch_dates", requires=["doc._.sentences", "doc._.layout"], assigns=["doc._.dates"])
def dates_component(doc: Doc) -> Doc:
    ext = doc._  # spaCy builds a new accessor at each `doc._`
    text = text_of(doc)
    jurisdiction = ext.jurisdiction or _read_jurisdiction(ext, text)
    ext.dates = extract_dates(text, ext.published, jurisdiction, ext.sentences, ext.layout)
    return doc


def _read_jurisdiction(ext, text: str) -> str | None:
    """The jurisdiction the text's own phrases name, when the source gives none: a US text writes its numeric
    dates month first ('10/05/2031 - The U.S. International Trade Commission ...' is October 5)."""
    found = _implementing_read(ext, text)
    return found[0].code if found else None


def _implementing_read(ext, text: str) -> list:
    """`implementing_jurisdiction(text)` (no source), computed once for the document's dates and countries."""
    if ext.read_jurisdiction is None:
        ext.read_jurisdiction = implementing_jurisdiction(text)
    return list(ext.read_jurisdiction)


@Language.component(
    "tariffwatch_layout", assigns=["doc._.layout", "doc._.acting", "doc._.official_title", "doc._.identifier"]
)
def layout_component(doc: Doc) -> Doc:
    ext = doc._  # spaCy builds a new accessor at each `doc._`
    text = text_of(doc)
    ext.layout = Layout(text)
    ext.acting = ActingSentences(text, ext.sentences, doc.lang_, ext.layout)
    ext.official_title = find_title(text, ext.layout)
    ext.identifier = find_identifier(text, ext.official_title, ext.layout)
    return doc


def _title_span(ext) -> tuple[int, int] | None:
    """The span of the title read from the text; `ext`: the Doc's extensions (doc._)."""
    title = ext.official_title
    return (title.start, title.end) if title else None


@Language.component("tariffwatch_measures", requires=["doc._.layout"], assigns=["doc._.measures"])
def measures_component(doc: Doc) -> Doc:
    ext = doc._  # spaCy builds a new accessor at each `doc._`
    text, layout, sentences, title = text_of(doc), ext.layout, ext.sentences, _title_span(ext)
    signals = ext.measure_signals = scan_signals(text, layout, sentences, title, doc.lang_, ext.acting)
    ruled = find_measures(text, layout, sentences, title, doc.lang_, signals)
    ext.measures = without_the_programme(typed_by_symbol(gated(ruled, signals, text), ext.identifier), text)
    ext.measures = typed_unnamed_remedy(ext.measures, signals, text)  # a case page or relay that never names its remedy
    if is_dispute_request(text):
        ext.measures = []  # the measure a WTO dispute request complains of is the respondent's, not its own
    if is_committee_record(text):
        ext.measures = []  # a WTO committee's minutes or review discuss the Members' measures; it enacts none
    return doc


@Language.component(
    "tariffwatch_countries",
    requires=["doc._.layout", "doc._.measures", "doc._.dates"],
    assigns=["doc._.countries", "doc._.measures", "doc._.dates"],
)
def countries_component(doc: Doc) -> Doc:
    ext = doc._  # spaCy builds a new accessor at each `doc._`
    text = text_of(doc)
    # without a source the same as the dates read (the mentions are frozen: shared)
    implementing = (
        implementing_jurisdiction(text, ext.jurisdiction) if ext.jurisdiction else _implementing_read(ext, text)
    )
    codes = [m.code for m in implementing]
    affected = affected_countries(text, ext.layout, ext.sentences, codes, _title_span(ext), doc.lang_, ext.acting)
    if not ext.measures and not ext.measure_signals and letter_subject(text):
        affected = []  # a letter naming no measure at all (a classification ruling) targets no origin it names
    if is_dispute_request(text) or is_committee_record(text):
        affected = []  # the respondent of a dispute request, the Members a committee's agenda names: no origins
    ext.country_evidence = implementing + affected
    ext.countries = {"implementing": codes, "affected": [m.code for m in affected]}
    ext.measures = retyped_without_target(ext.measures, ext.countries["affected"])  # a surtax on every origin
    ext.measures = retaliation_by_authorisation(ext.measures, ext.countries["affected"], text)
    ext.dates = exception_ends(text, ext.dates, ext.countries["affected"])  # whose exception's end is the measure's
    return doc


@Language.component(
    "tariffwatch_rates_quotas", requires=["doc._.layout", "doc._.countries"], assigns=["doc._.rates", "doc._.quotas"]
)
def rates_quotas_component(doc: Doc) -> Doc:
    ext = doc._  # spaCy builds a new accessor at each `doc._`
    jurisdiction = (ext.countries["implementing"] or [None])[0]
    if is_pre_announcement(text_of(doc)):
        ext.rates, ext.quotas = [], []  # a draft for comments proposes its rates and volumes
        return doc
    ext.rates = find_rates(text_of(doc), ext.layout, ext.sentences, doc.lang_, jurisdiction)
    ext.quotas = find_quotas(text_of(doc), ext.layout, ext.sentences)
    return doc


@Language.component("tariffwatch_summary", requires=["doc._.measures", "doc._.rates"], assigns=["doc._.summary"])
def summary_component(doc: Doc) -> Doc:
    ext = doc._  # spaCy builds a new accessor at each `doc._`
    facts = Facts(
        text=text_of(doc),
        layout=ext.layout,
        acting=ext.acting,
        jurisdiction=(ext.countries["implementing"] or [None])[0],
        title=ext.official_title.text if ext.official_title else ext.title,
        identifier=ext.identifier.text if ext.identifier else None,
        title_span=_title_span(ext),
        measures=ext.measures,
        rates=ext.rates,
        affected=[m for m in ext.country_evidence if m.role == "affected"],
        signals=ext.measure_signals,
        dates=ext.dates,
        code_count=acted_on_count(ext.codes, ext.code_ranges),
    )
    ext.summary = summarise(facts)
    return doc


@Language.component("tariffwatch_measure_similarity", requires=["doc._.measures"], assigns=["doc._.measures"])
def measure_similarity_component(doc: Doc) -> Doc:
    """Where the rules found no measure type, ask sentence embeddings (loaded on first use); never for a
    document that only asks about another party's act (its sentences name that party's measures)."""
    ext = doc._  # spaCy builds a new accessor at each `doc._`
    if not ext.measures and not ext.acting.document_asks_only():
        from nlp.measures.similarity import similar_measures

        ext.measures = similar_measures(text_of(doc), ext.sentences) or ext.measures
    return doc


COMPONENTS = [
    "tariffwatch_sentences",
    "tariffwatch_layout",
    "tariffwatch_codes",
    "tariffwatch_dates",
    "tariffwatch_measures",
    "tariffwatch_countries",
    "tariffwatch_rates_quotas",
    "tariffwatch_summary",
]


@cache
def build_pipeline(lang: str = "en", embeddings: bool = False) -> Language:
    """A blank pipeline for `lang` (en, fr, de, es, ru) with the tariffwatch components.

    With `embeddings`, measure types the rules cannot find are looked for by sentence similarity.
    """
    nlp = spacy.blank(lang, config={"nlp": {"tokenizer": {"@tokenizers": "tariffwatch.whitespace_tokenizer.v1"}}})
    # Every new line becomes a lexeme whose attributes (shape, like_num, like_url...) no component reads:
    # computing them was 0.2 CPU s per MB of text never seen before (a backfill's every document). The
    # language getter stays: the vocabulary's language (doc.lang_) is read from it.
    nlp.vocab.lex_attr_getters = {LANG: nlp.vocab.lex_attr_getters[LANG]}
    for name in COMPONENTS:
        nlp.add_pipe(name)
    if embeddings:
        nlp.add_pipe("tariffwatch_measure_similarity", after="tariffwatch_measures")
    return nlp


def analyse(
    text: str,
    published: str | None = None,
    jurisdiction: str | None = None,
    title: str | None = None,
    lang: str | None = None,
    embeddings: bool = False,
) -> Doc:
    """Run the whole pipeline on one text; the document's own metadata anchors relative dates.

    `lang` defaults to the language the text is written in (en, fr, de, es or ru).
    """
    from nlp.text.language import detect_language

    nlp = build_pipeline(lang or detect_language(text), embeddings)
    doc = nlp.make_doc(text)
    ext = doc._  # spaCy builds a new accessor at each `doc._`
    # the layout-neutral view (same length: spans hold in `text`) without the page's neighbouring notices and the
    # site's lists under the document
    neutral = layout_neutral(text)
    ext.text = without_page_trailer(without_other_notices(neutral))
    ext.published, ext.jurisdiction, ext.title = published, jurisdiction, title
    for _, component in nlp.pipeline:
        doc = component(doc)
    if neutral is not text:
        _as_written(doc, text)
    return doc


# the facts whose `text` is quoted as evidence at their span
_QUOTED_FACTS = ("codes", "code_ranges", "dates", "rates", "quotas", "measures")


def _as_written(doc: Doc, text: str) -> None:
    """Codes, dates, rates and quotas carry their text as written: the original's at their span, not the
    neutral view's (a no-break space, a soft hyphen)."""
    ext = doc._
    for name in _QUOTED_FACTS:
        facts = getattr(ext, name) or []
        setattr(ext, name, [replace(fact, text=text[fact.start : fact.end]) for fact in facts])
    for name in ("official_title", "identifier"):  # whitespace collapsed: only their digits go back as written
        mention = getattr(ext, name)
        if mention is not None:
            written = _digits_as_written(mention.text, text[mention.start : mention.end])
            setattr(ext, name, replace(mention, text=written))


def _digits_as_written(collapsed: str, written: str) -> str:
    """`collapsed` (the neutral view's words at a span, whitespace collapsed) with each digit as `written` has it
    ('৩২' in a Bengali SRO number): the two hold the same characters besides whitespace, in the same order."""
    if collapsed.isascii() or written.isascii():
        return collapsed
    originals = iter(character for character in written if not character.isspace())
    return "".join(
        character if character.isspace() else _written_digit(character, next(originals, character))
        for character in collapsed
    )


def _written_digit(neutral: str, written: str) -> str:
    return written if neutral.isdigit() and written.isdigit() else neutral
