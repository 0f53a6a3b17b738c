"""A news page's lines around its headline: a dateline under the site's name, a section label over the headline, a
heading cut short over the title in full, a headline the body repeats."""

from __future__ import annotations

import re

from nlp.titles.shapes import DATE_LINE, NEXT_NONBLANK_LINE, word_count


def a_dateline_follows(text: str, end: int) -> bool:
    """The next line that is not blank is a date alone: a news page's site name over its dateline
    ('Tullverket' / '2031-10-06' / 'Nyhet' / the headline)."""
    following = NEXT_NONBLANK_LINE.match(text, end)
    return bool(following and DATE_LINE.match(following.group(1)))


BYLINE_START = re.compile(r"(?:Por|By|Par|Von|Oleh)[ \t]*:?[ \t]+\S")
SECTION_WORDS = 3


def section_over_headline(text: str, line: str, end: int) -> bool:
    """A news site's section label over the headline, which the byline follows ('Economía y Negocios' / 'Huachipato:
    Diario Oficial publica …' / 'Por: Equipo Digital 27 de Marzo 2031'): not the item's title."""
    if word_count(line) > SECTION_WORDS:
        return False
    headline = NEXT_NONBLANK_LINE.match(text, end)
    if headline is None or word_count(headline.group(1)) <= SECTION_WORDS:
        return False
    byline = NEXT_NONBLANK_LINE.match(text, headline.end(1))
    return bool(byline and BYLINE_START.match(byline.group(1)))


CUT_HEADING_CHARS = 40


def fuller_repeat(text: str, start: int, end: int) -> tuple[int, int]:
    """A portal's heading that cuts the title short inside a word ('ACUERDO que modifica … al Apéndice I S') over the
    title printed in full ('… al Apéndice I Sobre el Comercio …'): the full one."""
    head = text[start:end].strip()
    following = NEXT_NONBLANK_LINE.match(text, end)
    if following is None or len(head) < CUT_HEADING_CHARS:
        return start, end
    full = following.group(1)
    if full.startswith(head) and len(full) > len(head) and full[len(head)].isalpha():
        return following.start(1), following.end(1)
    return start, end


def headline_repeated_below(text: str, line: str, end: int) -> bool:
    """A news page's headline that its body repeats as its first sentence ('Foi publicado no JO L … o Regulamento
    (UE) 2031/144.' over 'Page Content' and 'Foi publicado no JO L …, o Regulamento (UE) 2031/144, de …'): a
    sentence, but the item's title."""
    head = line.strip().rstrip(".").strip()
    if len(head.split()) < 4:
        return False
    following = [item.strip() for item in text[end : end + 3 * MAX_HEADLINE_CHARS].split("\n")[1:] if item.strip()]
    return any(item.startswith(head) and len(item) > len(head) for item in following[:HEADLINE_REPEATED_WITHIN])


MAX_HEADLINE_CHARS = 400
HEADLINE_REPEATED_WITHIN = 2  # the body's first line, or the one after a label ('Page Content')
