"""Small text helpers shared by the extractors."""

from __future__ import annotations


def lower_keeping_offsets(text: str) -> str:
    """text.lower(), but with the same length, so match offsets still point into `text`.

    A few characters lower-case to two (e.g. 'İ'); those are left as they are.
    """
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
