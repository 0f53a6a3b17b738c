"""Shapes of a page around or instead of a title: a bill's cover, a list of items, an article page, a bilingual copy,
a title written without spaces (Chinese, Japanese). Used by finder.py."""

from __future__ import annotations

import re

CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")

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
