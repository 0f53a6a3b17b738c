"""Titles a document states as a field rather than prints as a heading: a markdown copy's front matter
('title: "…"') and a letter's subject line ('RE: HRL 085384 revoked.' over 'Dear Ms. Roe:', Turkish 'Konu :'
under 'Sayı :'). Spans only: finder.py makes the mention."""

from __future__ import annotations

import re

from nlp.text.front_matter import front_matter_value

OPENING_CHARS = 4000
# A letter's subject line with the salutation right under it, or run into its end by a flattened copy ('…; timeliness
# of protest Dear Port Director:'), or, where a copy dropped the salutation, with the letter's first words under it
# ('This letter pertains to …', 'This is in response to …', 'The following is our decision …').
LETTER_SUBJECT = re.compile(
    r"^[ \t]*(?:RE|Re|SUBJECT|Subject|Subj\.|Betreff|Objet|Asunto|Oggetto)[ \t]*:[ \t]*(?P<value>[^\n]*?\S)"
    r"(?:[ \t]+(?=(?:Dear|Sehr geehrte|Estimad[oa]s?|Egregi)\b[^\n]{0,60}:[ \t]*$)|[ \t]*\n"
    r"(?:[ \t]*\n){0,3}[ \t]*(?:Dear|Sir|Madam|Gentlemen|Ladies|Sehr geehrte|Madame|Monsieur|Estimad[oa]s?|Egregi"
    r"|This (?:letter|ruling) (?:pertains|responds|is in)|This is in (?:response|reply|reference)"
    r"|The following is (?:our|the) decision|In your letter)\b)",
    re.M,
)

# A Turkish official letter's heading: its number ('Sayı : E-12345678-100-') over its subject ('Konu : Tarife
# Kontenjanı Kullanımı'); the addressee follows ('DAĞITIM YERLERİNE', '… MÜDÜRLÜĞÜNE').
TURKISH_LETTER_SUBJECT = re.compile(
    r"^[ \t]*Sayı[ \t]*:[^\n]*\n(?:[ \t]*\n)?[ \t]*Konu[ \t]*:[ \t]*(?P<value>[^\n]*?\S)[ \t]*$", re.M
)


def front_matter_title(text: str) -> tuple[int, int] | None:
    """The copy's metadata names the document: its front matter's title key."""
    return front_matter_value(text, "title")


def letter_subject(text: str) -> tuple[int, int] | None:
    """A letter (a customs ruling, an agency's reply) is titled by its subject line, not by the file reference
    or the addressee's name and address printed above it."""
    end = min(len(text), OPENING_CHARS)
    match = LETTER_SUBJECT.search(text, 0, end) or TURKISH_LETTER_SUBJECT.search(text, 0, end)
    return match.span("value") if match else None
