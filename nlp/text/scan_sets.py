"""Which of one list of patterns may occur in a short text, told by one Hyperscan scan of it.

The whole-text prefilter (nlp/text/prefilter.py) answers for the patterns registered with the process's gate, one
database for all of them: scanning a clause with it would report hundreds of patterns the clause is never asked
about. A `ScanSet` is a database of its own for one list searched clause by clause (a date's triggers: some need a
common word or none, so their words rule them out in few clauses): one scan of the clause names the patterns whose
supersets occur in it (nlp/text/supersets.py), and only those are searched. A pattern with no superset, or one
Hyperscan refuses, is always possible. Without `hyperscan` nothing is ruled out here (`occurring` gives None).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from pathlib import Path

from nlp.text.prefilter import _cache_dir, _cached_database, hyperscan
from nlp.text.superset_cache import supersets_of


class ScanSet:
    """The patterns of a list (by index) whose supersets occur in a text."""

    def __init__(self, patterns: Sequence[re.Pattern], cache_dir: Path | None = None):
        self.count = len(patterns)
        self._database = None
        self._ids: list[int] = []  # a pattern's id in the database -> its index in the list
        if hyperscan is None:
            return
        written = supersets_of(patterns, cache_dir or _cache_dir())  # remembered: built in every worker
        writable = [index for index, parts in enumerate(written) if parts is not None]
        scanned: set[int] = set()
        if writable:
            self._database, taken = _cached_database([written[index] for index in writable], cache_dir)
            self._ids = writable
            scanned = {index for index, took in zip(writable, taken, strict=True) if took}
        self._always = frozenset(range(self.count)) - scanned
        self._scratch = hyperscan.Scratch(self._database) if self._database is not None else None
        self._lock = threading.Lock()  # a scratch space serves one scan at a time

    def occurring(self, text: str) -> frozenset[int] | None:
        """Indexes of the patterns that may match somewhere in `text` (None: any may)."""
        if self._database is None:
            return None
        try:
            data = text.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate: not valid UTF-8 for the scan
            return None
        found = set(self._always)
        ids = self._ids

        def seen(position, start, end, flags, context):
            found.add(ids[position])

        with self._lock:
            self._database.scan(data, match_event_handler=seen, scratch=self._scratch)
        return frozenset(found)
