"""The one cleaning step every source's text goes through before it is stored.

Real services send more than words: GovInfo's `.txt` files carry NUL bytes in their banner and
HTML entities (`&#8220;`); feeds carry zero-width spaces and soft hyphens; a file saved in the wrong
encoding arrives as mojibake (`tÃ´les`). NUL cuts SQLite's `length()` short and every control
character can become a bogus "sentence" for extraction, so they never reach the store.
"""

from __future__ import annotations

import html
import re
import unicodedata

import ftfy
from ftfy.badness import is_bad

from crawler.mojibake_baltic import has_baltic_pairs, repair_baltic
from crawler.textract import tidy
from tariffwatch.errors import DocumentError

# C0 controls but tab and newline, DEL, C1 controls; carriage returns become newlines first.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Invisible characters that split words or codes without showing: zero-width spaces and joiners,
# soft hyphen, word joiner, byte-order mark.
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# Above this share of control or replacement characters the bytes were not text at all.
BINARY_SHARE = 0.02


def clean_text(text: str) -> str:
    """NUL and control characters removed, entities decoded, Unicode NFC, whitespace tidied."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    if _ENTITY.search(text):  # markup decoded once already; what is left was escaped in the source
        text = html.unescape(text)
        text = _CONTROL.sub("", text)
    text = _INVISIBLE.sub("", text)
    return tidy(unicodedata.normalize("NFC", text))


def checked_text(text: str, where: str) -> tuple[str, str | None]:
    """(clean text, warning or None). Empty or binary text raises DocumentError naming `where`;
    mojibake is repaired and reported, never stored silently."""
    if _binary_share(text) > BINARY_SHARE:
        raise DocumentError(f"{where}: binary content, not text; not stored")
    warning = None
    if is_bad(text) or has_baltic_pairs(text):
        repaired = repair_baltic(ftfy.fix_encoding(text))
        if repaired != text:
            text, warning = repaired, f"{where}: mis-decoded characters (mojibake) repaired before storing"
    cleaned = clean_text(text)
    if not cleaned:
        raise DocumentError(f"{where}: no text in the document; not stored empty")
    return cleaned, warning


def _binary_share(text: str) -> float:
    sample = text[:20_000]
    if not sample:
        return 0.0
    # NUL alone is common in real text files (FR banners); many NULs, or replacement characters, are not.
    odd = len(_CONTROL.findall(sample)) + sample.count("\ufffd")
    return odd / len(sample)


def one_line(text: str) -> str:
    """A title or label: cleaned, on one line, whitespace runs collapsed."""
    return " ".join(clean_text(text).split())
