"""The extraction pipeline: spacy.blank(lang) plus our registered components.

Statistical NER would tag tariff codes as dates, so every component here is rule-based and
works on character offsets. A whitespace tokenizer keeps tokenisation cheap (the components
read doc.text, not tokens). Results live on Doc extensions (doc._.codes, doc._.dates...).
"""

from __future__ import annotations

import re
from functools import cache

import spacy
from spacy.attrs import LANG
from spacy.language import Language
from spacy.tokens import Doc

from nlp.codes.finder import find_codes
from nlp.countries.rules import affected_countries, implementing_jurisdiction
from nlp.dates.extract import extract_dates
from nlp.measures.gate import gated
from nlp.measures.rules import find_measures, scan_signals, typed_by_symbol
from nlp.quotas.finder import find_quotas
from nlp.rates.finder import find_rates
from nlp.summary.builder import Facts, summarise
from nlp.text.acting import ActingSentences
from nlp.text.layout import Layout
from nlp.text.pages import without_other_notices
from nlp.text.sentences import Sentences
from nlp.titles.finder import find_title
from nlp.titles.identifiers import find_identifier

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
    "countries",  # {"implementing": [codes], "affected": [codes]}
    "country_evidence",  # CountryMention per country
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
    if doc._.text is None:
        doc._.text = doc.text
    return doc._.text


@Language.component("tariffwatch_sentences")
def sentences_component(doc: Doc) -> Doc:
    doc._.sentences = Sentences(text_of(doc))
    return doc


@Language.component(
    "tariffwatch_codes", requires=["doc._.sentences", "doc._.layout"], assigns=["doc._.codes", "doc._.code_ranges"]
)
def codes_component(doc: Doc) -> Doc:
    doc._.codes, doc._.code_ranges = find_codes(text_of(doc), doc._.sentences, doc._.layout)
    return doc


@Language.component("tariffwatch_dates", requires=["doc._.sentences", "doc._.layout"], assigns=["doc._.dates"])
def dates_component(doc: Doc) -> Doc:
    doc._.dates = extract_dates(text_of(doc), doc._.published, doc._.jurisdiction, doc._.sentences, doc._.layout)
    return doc


@Language.component(
    "tariffwatch_layout", assigns=["doc._.layout", "doc._.acting", "doc._.official_title", "doc._.identifier"]
)
def layout_component(doc: Doc) -> Doc:
    text = text_of(doc)
    doc._.layout = Layout(text)
    doc._.acting = ActingSentences(text, doc._.sentences, doc.lang_, doc._.layout)
    doc._.official_title = find_title(text, doc._.layout)
    doc._.identifier = find_identifier(text, doc._.official_title, doc._.layout)
    return doc


def _title_span(doc: Doc) -> tuple[int, int] | None:
    title = doc._.official_title
    return (title.start, title.end) if title else None


@Language.component("tariffwatch_measures", requires=["doc._.layout"], assigns=["doc._.measures"])
def measures_component(doc: Doc) -> Doc:
    text, layout, sentences, title = text_of(doc), doc._.layout, doc._.sentences, _title_span(doc)
    signals = scan_signals(text, layout, sentences, title, doc.lang_, doc._.acting)
    ruled = find_measures(text, layout, sentences, title, doc.lang_, signals)
    doc._.measures = typed_by_symbol(gated(ruled, signals, text), doc._.identifier)
    return doc


@Language.component("tariffwatch_countries", requires=["doc._.layout"], assigns=["doc._.countries"])
def countries_component(doc: Doc) -> Doc:
    text = text_of(doc)
    implementing = implementing_jurisdiction(text, doc._.jurisdiction)
    codes = [m.code for m in implementing]
    affected = affected_countries(text, doc._.layout, doc._.sentences, codes, _title_span(doc), doc.lang_, doc._.acting)
    doc._.country_evidence = implementing + affected
    doc._.countries = {"implementing": codes, "affected": [m.code for m in affected]}
    return doc


@Language.component(
    "tariffwatch_rates_quotas", requires=["doc._.layout", "doc._.countries"], assigns=["doc._.rates", "doc._.quotas"]
)
def rates_quotas_component(doc: Doc) -> Doc:
    jurisdiction = (doc._.countries["implementing"] or [None])[0]
    doc._.rates = find_rates(text_of(doc), doc._.layout, doc._.sentences, doc.lang_, jurisdiction)
    doc._.quotas = find_quotas(text_of(doc), doc._.layout, doc._.sentences)
    return doc


@Language.component("tariffwatch_summary", requires=["doc._.measures", "doc._.rates"], assigns=["doc._.summary"])
def summary_component(doc: Doc) -> Doc:
    facts = Facts(
        text=text_of(doc),
        layout=doc._.layout,
        acting=doc._.acting,
        jurisdiction=(doc._.countries["implementing"] or [None])[0],
        title=doc._.official_title.text if doc._.official_title else doc._.title,
        identifier=doc._.identifier.text if doc._.identifier else None,
        title_span=_title_span(doc),
        measures=doc._.measures,
        rates=doc._.rates,
        affected=[m for m in doc._.country_evidence if m.role == "affected"],
        dates=doc._.dates,
        code_count=len({c.code for c in doc._.codes}) + len(doc._.code_ranges),
    )
    doc._.summary = summarise(facts)
    return doc


@Language.component("tariffwatch_measure_similarity", requires=["doc._.measures"], assigns=["doc._.measures"])
def measure_similarity_component(doc: Doc) -> Doc:
    """Where the rules found no measure type, ask sentence embeddings (loaded on first use); never for a
    document that only asks about another party's act (its sentences name that party's measures)."""
    if not doc._.measures and not doc._.acting.document_asks_only():
        from nlp.measures.similarity import similar_measures

        doc._.measures = similar_measures(text_of(doc), doc._.sentences) or doc._.measures
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
    doc._.text = without_other_notices(text)  # a printed page's neighbouring notices are not this document
    doc._.published, doc._.jurisdiction, doc._.title = published, jurisdiction, title
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc
