"""A CBSA case page's heading: its case code, the goods and the page's kind on three lines ('GB 2016 IN' / 'Certain
Gypsum Board' / 'Notice of Initiation of Investigation'). The code line is no title alone (it is the identifier), but
it heads the title, and the goods line goes on into the kind line ('Expiry Review Schedule')."""

from __future__ import annotations

import re

from nlp.titles import shapes

CASE_CODE_LINE = re.compile(r"[A-Z]{2,5}\d?\s(?:19|20)\d\d\s(?:IN|RI|ER|UP|SR|AR)")
CASE_KIND_WORDS = 8  # 'Notice of Initiation of Investigation', 'Statement of Reasons', 'Expiry Review Schedule'


def is_case_code(line: str) -> bool:
    return CASE_CODE_LINE.fullmatch(line) is not None


def case_heading_end(text: str, goods_start: int, end: int) -> int:
    """The end of the heading under a case code: the goods line, and the kind line under it when the title finder
    stopped at the goods (a short capitalised line without digits or a stop)."""
    if "\n" in text[goods_start:end]:
        return end  # the goods already went on into the kind ('Corrosion-Resistant Steel Sheet' / 'Statement of …')
    following = shapes.NEXT_LINE.match(text, end)
    if following is None:
        return end
    line = following.group(1).strip()
    words = line.split()
    short = 0 < len(words) <= CASE_KIND_WORDS and line[:1].isupper() and not line.endswith((".", ":", ";"))
    return following.end(1) if short and not any(ch.isdigit() for ch in line) else end
