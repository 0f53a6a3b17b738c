"""The Resmî Gazete's history tables at the foot of a Turkish act: 'Tebliğin Yayımlandığı Resmî Gazete'nin' / 'Tarihi'
/ 'Sayısı' / '3/7/2031' / '26571', then 'Tebliğde Değişiklik Yapan Tebliğlerin Yayımlandığı Resmî Gazete'nin' and the
amending acts' issues. The first table gives the main act's gazette: the document's own publication when the document
is that act (a consolidated text), history when it amends it ('… Değişiklik Yapılmasına Dair Tebliğ'); the amending
acts' issues are history. Either way no date there is the day the act was signed (a date alone at the foot)."""

from __future__ import annotations

import re

# the table's heading line: whose gazette ('Tebliğin', 'Kararın', 'Yönetmeliğin', 'Değişiklik Yapan …'), then its words
TABLE_HEAD = re.compile(r"^[^\n]{0,120}\bYayımland[ıi]ğ[ıi]\s+Resm[iî]\s+Gazete['’]nin[ \t]*$", re.M | re.I)
AMENDING_HEAD = re.compile(r"Değişiklik\s+Yapan|DEĞİŞİKLİK\s+YAPAN", re.I)
# the document is itself an amending act: its heading says so
AMENDING_ACT = re.compile(r"DEĞİŞİKLİK\s+YAPILMASINA\s+DA[İI]R|Değişiklik\s+Yapılmasına\s+Dair")
HEADING_REACH = 1500
TABLE_REACH = 400  # cells of a stacked table: dates, numbers, 'Tarihi', 'Sayısı', '1-', a link
CELL = re.compile(r"[^\n]{0,90}")


class GazetteTables:
    def __init__(self, text: str):
        self.text = text
        self.heads = [m for m in TABLE_HEAD.finditer(text)] if "Gazete" in text else []
        self.amending = bool(self.heads) and AMENDING_ACT.search(text, 0, HEADING_REACH) is not None

    def types(self, start: int) -> tuple[str, ...]:
        """The type of a date in a history table (none outside one)."""
        head = next((m for m in reversed(self.heads) if m.end() <= start), None)
        if head is None or start - head.end() > TABLE_REACH:
            return ()
        if any(len(line) > 90 for line in self.text[head.end() : start].splitlines()):
            return ()  # a sentence between: the table has ended
        if AMENDING_HEAD.search(head.group(0)) or self.amending:
            return ("other",)
        return ("publication",)
