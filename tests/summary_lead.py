"""A document's summary and its generated lead sentence (without the operative sentence quoted after it), shared by
the summary class tests of rounds 24 and 25."""

import re

from nlp.pipeline import analyse

LEAD_END = re.compile(r"(?<![A-Z])(?<!\bNo)\.(?=\s+[A-Z“\"‘(]|$)")


def summary_of(text: str, jurisdiction: str) -> str:
    return analyse(text, jurisdiction=jurisdiction)._.summary


def lead(summary: str) -> str:
    """The generated sentence, without the operative sentence quoted after it."""
    found = LEAD_END.search(summary)
    return summary[: found.start()] if found else summary
