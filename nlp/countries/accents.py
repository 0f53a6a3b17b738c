"""Country names as web copies write them without the accents of their Latin letters."""

from __future__ import annotations

import unicodedata

# Plain forms that are words or places of their own: Suède (suede leather), Réunion (a reunion), Icelandic Íslands
# (the English 'Islands' of 'Cayman Islands'), Tunisia's Turkish 'Tunus' written 'Tunis' (the city), Bútan (German,
# Polish and Czech 'Butan', butane: heading 2711's goods), Icelandic Spánn ('spann', a German verb), Romanian Bărem
# ('barem', a scale of rates in Romanian and Turkish). Read against the 166 one-word plain forms of 5-7 letters.
PLAIN_WORDS = frozenset({"suede", "reunion", "islands", "tunis", "butan", "spann", "barem"})
SHORTEST = 5  # shorter plain forms are abbreviations or words ('Mỹ' -> 'my', 'Čad' -> 'cad', 'Omã' -> 'oma')


def without_accents(name: str) -> str:
    """'áfrica do sul' -> 'africa do sul': web copies of Portuguese and Spanish texts often drop the accents of
    Latin letters ('originárias da Africa do Sul'); letters of other scripts keep their marks ('й' stays). A plain
    form shorter than SHORTEST or a word of its own is not given: the name comes
    back as it is."""
    plain = _stripped(name)
    return name if len(plain) < SHORTEST or plain in PLAIN_WORDS else plain


def _stripped(name: str) -> str:
    decomposed = unicodedata.normalize("NFD", name)
    kept = [ch for i, ch in enumerate(decomposed) if not (unicodedata.combining(ch) and _after_ascii(decomposed, i))]
    return unicodedata.normalize("NFC", "".join(kept))


def _after_ascii(text: str, index: int) -> bool:
    """Whether the mark at text[index] sits on an ASCII letter (its base, past any other marks)."""
    while index > 0 and unicodedata.combining(text[index - 1]):
        index -= 1
    return index > 0 and text[index - 1].isascii()
