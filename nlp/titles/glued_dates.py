"""A web page's post date glued before its title by the copy ('August 18, 2031New Guidance on …'): the date is the
page's (nlp/dates/bylines.py), the title starts after it."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TypeVar

Title = TypeVar("Title")  # patterns.TextMention (a type variable keeps this module free of the finder)

GLUED_DATE = re.compile(
    r"(?:[A-Z][a-z]+\.?[ \u00a0]\d{1,2},?[ \u00a0]\d{4}|\d{1,2}[ \u00a0][A-Z][a-z]+[ \u00a0]\d{4})(?=[A-Z][a-z])"
)


def without_a_glued_date(title: Title | None) -> Title | None:
    if title is None:
        return None
    date = GLUED_DATE.match(title.text)
    if date is None:
        return title
    return replace(title, text=title.text[date.end() :], start=title.start + date.end())
