"""UTF-8 Latin letters read as Windows-1257 (Baltic), the residue ftfy leaves.

A Spanish or Portuguese PDF run through a Baltic code page turns `ó` (bytes C3 B3) into `Ć³`,
`ú` into `Ćŗ`; a second pass through Windows-1250 folds the pair into one Latin Extended-B
letter (`Ʃ` for `é`, `Ʊ` for `ñ`), and an `í` whose second byte was the soft hyphen loses it
(`artĆculo`). ftfy repairs `Ć³` but leaves the rest, so the digest showed `RepĆŗblica`.
Applied only to text already judged mis-decoded: a lone `Ć` is a real Polish or Croatian letter.
"""

from __future__ import annotations

import re

# The Baltic page has no character at A1; the converter that made these files wrote a closing
# quote there (`democrĆ”tico`, `viƔticos` for á).
_UNDEFINED_AS = {"\u201d": 0xA1}
# Ć then the second byte of a Latin-1 letter (80-BF) as the Baltic page shows it.
_PAIR = re.compile(r"Ć([\u0080-\u02ff\u2000-\u206f])")
# One Latin Extended-B letter whose UTF-8 bytes, read as Windows-1250, are such a pair.
_FOLDED = re.compile(r"[\u0180-\u01bf]")
# Ć between lower-case letters: an `í` whose soft hyphen was stripped.
_LOST_SOFT_HYPHEN = re.compile(r"(?<=[a-zà-ÿ])Ć(?=[a-zà-ÿ])")


def _second_byte(char: str) -> int | None:
    if char in _UNDEFINED_AS:
        return _UNDEFINED_AS[char]
    try:
        raw = char.encode("cp1257")
    except UnicodeEncodeError:
        return None
    return raw[0] if len(raw) == 1 and 0x80 <= raw[0] <= 0xBF else None


def _latin_letter(second: int | None) -> str | None:
    if second is None:
        return None
    letter = bytes([0xC3, second]).decode("utf-8")
    return letter if letter.isalpha() else None


def _pair(match: re.Match) -> str:
    return _latin_letter(_second_byte(match.group(1))) or match.group(0)


def _folded(match: re.Match) -> str:
    raw = match.group(0).encode("utf-8")
    try:
        shown = raw.decode("cp1250")
    except UnicodeDecodeError:
        return match.group(0)
    if len(shown) != 2 or shown[0] != "Ć":
        return match.group(0)
    return _latin_letter(_second_byte(shown[1])) or match.group(0)


def repair_baltic(text: str) -> str:
    """`RepĆŗblica` -> `República`, `ComitƩ` -> `Comité`, `artĆculo` -> `artículo`."""
    text = _PAIR.sub(_pair, text)
    text = _FOLDED.sub(_folded, text)
    return _LOST_SOFT_HYPHEN.sub("í", text)


def has_baltic_pairs(text: str) -> bool:
    """Whether the text holds a pair only this mis-decoding makes (ftfy does not judge it bad)."""
    return any(_pair(match) != match.group(0) for match in _PAIR.finditer(text))
