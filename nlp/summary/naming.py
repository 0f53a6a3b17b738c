"""How the summary names a document: a foreign title quoted as printed, whether a title already gives the
document's date or number (so the lead does not say it twice), and a sentence clipped to the summary's length."""

from __future__ import annotations

import re

from nlp.summary.period import day
from nlp.summary.words import compiled, words

MAX_FOREIGN_TITLE_CHARS = 160


def foreign_title(title: str | None) -> str:
    """A title in another language, quoted as printed, where nothing else names the document: better than a
    summary that says nothing ('Mexico issues ‘DECRETO por el que se reforman …’')."""
    return f"‘{clip(title, MAX_FOREIGN_TITLE_CHARS)}’" if title else ""


def states_date(name: str, iso: str) -> bool:
    """Whether a title already gives the document's date, in any form ('dated 19th October, 2031')."""
    if day(iso) in name:
        return True
    year, month, dom = iso.split("-")
    month_name = day(iso).split()[1]
    return year in name and month_name in name and bool(re.search(rf"\b{int(dom)}(?:st|nd|rd|th)?\b", name))


def names_number(title: str, identifier: str) -> bool:
    """Whether a title already names the document's number, however printed ('Notification No 71 of 2031' for
    'Notification No. 71/2031-Customs'): every group of digits of the number stands in the title."""
    if identifier.lower() in title.lower():
        return True
    digits = re.findall(r"\d+", identifier)
    return bool(digits) and all(re.search(rf"(?<!\d){number}(?!\d)", title) for number in digits)


def clip(sentence: str, limit: int) -> str:
    """The sentence cut at a word before `limit` characters, with an ellipsis where it was cut."""
    sentence = sentence.strip()
    if len(sentence) <= limit:
        return sentence
    return sentence[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"


# a title that amends an act of its own ('amending Annex I to … 2658/87 … and correcting certain language versions of
# that Regulation'): its amendment is what it does, the correction comes beside it
AMENDING_TITLE = re.compile(r"\bamending\b", re.I)


def titled_act(title: str | None, kind: str | None = None) -> str | None:
    """What the title names the act as doing ('… correcting certain language versions of …'): data/summary.json. For
    a nomenclature change, only when the title amends nothing: an amended nomenclature changes codes."""
    if kind == "nomenclature_change" and AMENDING_TITLE.search(title or ""):
        return None
    return next((act for cue, act in words()["titled_acts"] if compiled(cue).search(title or "")), None)
