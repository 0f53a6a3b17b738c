"""A worker's warm-up reaches every language pipeline, so no pipeline compiles its patterns inside a timed run."""

from nlp.measures.vocabulary import LANGUAGES
from nlp.runner import WARM_UPS
from nlp.text.language import detect_language


def test_the_warm_up_documents_are_one_per_language_pipeline():
    assert sorted(detect_language(document["text"]) for document in WARM_UPS) == sorted(LANGUAGES)
