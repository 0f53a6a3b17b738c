"""Which of the registered whole-text scans can find anything in a text, told by one Hyperscan pass over it.

Python's engine fails slowly: a whole-document search that finds nothing still tries its pattern at every position
it can skip to. Hyperscan runs all the registered patterns at once (one scan in C, hundreds of MB/s) and says which
of them occur somewhere. A pattern it does not see is not searched: the same answer as searching it, since each is
handed to it as a superset of itself (nlp/text/supersets.py).

Patterns are registered where they are defined (`scan_gated`; `scan_gated_builder` for a function building one from
rule data, called at start-up), so the database is compiled once, at a worker's warm-up (`ready`), or loaded from
the user cache dir where the same patterns were compiled before (keyed by their supersets, Python's and Hyperscan's
versions). A pattern registered later is answered "possible" until the next text asked of, which compiles the database
again with it. Where `hyperscan` cannot be imported every pattern is possible: the same output, slower.

A pattern searched in many small windows of a long text where it occurs somewhere (a month-name date before each
year) is registered `placed`: it is compiled a second time, into a database of its own that reports every end of a
match (no SINGLEMATCH: it cannot stop at the first, so it costs more, and runs only on a text a window of which is
asked about), and `may_occur_between` rules out a window no such end falls inside (a match of the pattern in a window
ends inside it, and the superset matches the same characters, so one of its matches ends there too).

Short texts are scanned too (a short document, a sentence): a scan costs about 10 microseconds a kilobyte, less than
one empty search of the text by most registered patterns, and a short document is asked of tens of times. A long
text's scan is remembered by identity (the same object is asked of by every extractor), a short one's by value
(lower-cased copies of it are made afresh), in lists of their own, so that many sentences asked of push no
document's scan out.
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
import threading
from bisect import bisect_right
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import TypeVar

from nlp.text.superset_cache import supersets_of

try:
    import hyperscan
except ImportError:  # pragma: no cover - the wheel exists for the platforms we run on
    hyperscan = None

LONG_TEXT = 2000  # a text this long is remembered by identity; a shorter one (a sentence, a window) by its value
REMEMBERED_TEXTS = 4  # a document's text, its lower-cased copy and a zone or two are asked of in turn
REMEMBERED_SHORT_TEXTS = 32  # a short document's text, its lower-cased copies (made afresh), its sentences asked of
CACHE_ENV = "TARIFFWATCH_CACHE_DIR"
P = TypeVar("P")


class ScanGate:
    """Patterns registered once; per text, one Hyperscan scan tells which of them occur."""

    def __init__(self, cache_dir: Path | None = None):
        self._index: dict[int, tuple[re.Pattern, int | None]] = {}  # id(pattern) -> (it, its index in the database)
        self._placed: set[int] = set()  # id() of the patterns registered `placed`
        self._pending: list[re.Pattern] = []
        self._builders: list[Callable[[], object]] = []
        self._builders_called = 0
        self._written: list[tuple[re.Pattern, Written]] = []  # every pattern written as a superset, in index order
        self._database = None
        self._scratch = None
        self._where: _Placed | None = None  # the placed patterns' own database, every match end reported
        self._found: list[_Scanned] = []  # the last long texts scanned, newest last
        self._found_short: dict[str, _Scanned] = {}  # the last short texts scanned, by value, oldest first
        self._lock = threading.Lock()
        self._cache_dir = cache_dir

    def register(self, pattern: re.Pattern, placed: bool = False) -> re.Pattern:
        """Have `pattern` answered by the scan (from the next compile of the database on); `placed`: where in a
        long text too (`may_match_between`), for a pattern searched in many windows of one."""
        if hyperscan is not None and id(pattern) not in self._index:
            self._index[id(pattern)] = (pattern, None)
            self._pending.append(pattern)
            if placed:
                self._placed.add(id(pattern))
        return pattern

    def register_builder(self, builder: Callable[[], object]) -> None:
        """Have `builder` (which registers what it builds) called before the database is compiled at start-up."""
        self._builders.append(builder)

    def ready(self) -> None:
        """Compile the database with every pattern registered so far and every builder's (a worker's start-up; else
        the first text asked of: a command that extracts without warming up compiles, or loads, the same database)."""
        while self._builders_called < len(self._builders):
            self._builders_called += 1
            self._builders[self._builders_called - 1]()
        with self._lock:
            self._compile_pending()

    def may_match(self, pattern: re.Pattern, text: str) -> bool:
        """False only where `pattern` consumes nothing anywhere in `text` (so at no pos/endpos either)."""
        index, scanned = self._scanned(pattern, text)
        return scanned is None or scanned.patterns is None or index in scanned.patterns

    def may_match_between(self, pattern: re.Pattern, text: str, pos: int, endpos: int) -> bool:
        """False only where `pattern.search(text, pos, endpos)` finds nothing: it occurs nowhere in the text, or,
        registered `placed`, no match of its superset ends inside the window (a non-empty match there ends after
        `pos`, by `endpos`)."""
        return ends_between(self.placed_ends(pattern, text), pos, endpos)

    def placed_ends(self, pattern: re.Pattern, text: str) -> list[int] | None:
        """Where the superset of `pattern` (registered `placed`) ends in `text`, character offsets ascending: the
        answer `may_match_between` reads, for a caller asking of many windows of one text; [] where it occurs
        nowhere; None where the scan cannot tell (any window possible: unregistered, not placed, no Hyperscan)."""
        index, scanned = self._scanned(pattern, text)
        if scanned is None or scanned.patterns is None:
            return None
        if index not in scanned.patterns:
            return []
        with self._lock:
            if self._where is None or index not in self._where.answered:
                return None  # not placed: it occurs somewhere in the text
            return self._where.ends_in(scanned)[index]

    def _scanned(self, pattern: re.Pattern, text: str) -> tuple[int, _Scanned | None]:
        """The pattern's index in the database and the scan of `text` (None: anything is possible)."""
        known = self._index.get(id(pattern))
        if known is None or known[0] is not pattern:
            return -1, None
        if self._pending or self._builders_called < len(self._builders):
            self.ready()
        with self._lock:
            index = self._index[id(pattern)][1]
            if index is None or self._database is None:
                return -1, None
            return index, self._found_in(text)

    def _compile_pending(self) -> None:
        if not self._pending:
            return
        pending_written = supersets_of(self._pending, self._cache_dir or _cache_dir())  # remembered: every worker's
        for pattern, written in zip(self._pending, pending_written, strict=True):
            if written is not None:
                self._written.append((pattern, written))
        self._pending = []
        everything = [written for _, written in self._written]
        self._database, taken = _cached_database(everything, self._cache_dir)
        for index, (pattern, _) in enumerate(self._written):
            self._index[id(pattern)] = (pattern, index if taken[index] else None)
        self._scratch = hyperscan.Scratch(self._database) if self._database is not None else None
        placed = [
            index for index, (pattern, _) in enumerate(self._written) if taken[index] and id(pattern) in self._placed
        ]
        self._where = _Placed(placed, everything, self._cache_dir) if placed else None
        self._found = []
        self._found_short = {}

    def _found_in(self, text: str) -> _Scanned:
        if len(text) < LONG_TEXT:
            return self._found_in_short(text)
        for scanned in self._found:
            if scanned.text is text:
                return scanned
        scanned = self._scan_of(text)
        self._found = [*self._found[-(REMEMBERED_TEXTS - 1) :], scanned]
        return scanned

    def _found_in_short(self, text: str) -> _Scanned:
        """A short text's scan (a short document's, a sentence's: a few microseconds, less than one empty search
        of it), kept apart from the long texts' so that asking of many sentences pushes no document's scan out,
        and by value: the lower-cased copy of a short text is made afresh by every caller."""
        scanned = self._found_short.get(text)
        if scanned is None:
            scanned = self._scan_of(text)
            if len(self._found_short) >= REMEMBERED_SHORT_TEXTS:
                del self._found_short[next(iter(self._found_short))]
            self._found_short[text] = scanned
        return scanned

    def _scan_of(self, text: str) -> _Scanned:
        scanned = _Scanned(text)
        if scanned.data is not None:
            scanned.patterns = _scan(self._database, self._scratch, scanned.data)
        return scanned


class _Scanned:
    """A text asked of: its UTF-8 bytes (None: a lone surrogate, not valid UTF-8 for the scan), the registered
    patterns that may occur in it, and, once asked, where the placed ones' supersets end in it."""

    __slots__ = ("text", "data", "patterns", "ends")

    def __init__(self, text: str):
        self.text = text
        try:
            self.data: bytes | None = text.encode("utf-8")
        except UnicodeEncodeError:
            self.data = None
        self.patterns: frozenset[int] | None = None
        self.ends: dict[int, list[int]] | None = None


class _Placed:
    """The placed patterns in a database of their own, without SINGLEMATCH: it reports every end of a match, and
    costs a scan of the whole text whatever it finds, so it runs only on a text where a window is asked of."""

    def __init__(self, order: list[int], written: list[Written], cache_dir: Path | None):
        self._indexes = order  # a position in this database -> the pattern's index in the gate's
        self._database, taken = _cached_database([written[index] for index in order], cache_dir, every_end=True)
        self._scratch = hyperscan.Scratch(self._database) if self._database is not None else None
        self.answered = frozenset(index for position, index in enumerate(order) if taken[position])

    def ends_in(self, scanned: _Scanned) -> dict[int, list[int]]:
        """For each placed pattern (by its index in the gate's database), where its superset's matches end in the
        scanned text: character offsets, ascending."""
        if scanned.ends is None:
            ends: dict[int, list[int]] = {index: [] for index in self.answered}
            indexes = self._indexes

            def seen(position, start, end, flags, context):
                ends[indexes[position]].append(end)

            self._database.scan(scanned.data, match_event_handler=seen, scratch=self._scratch)
            scanned.ends = {index: _in_characters(sorted(set(at)), scanned.data) for index, at in ends.items()}
        return scanned.ends


def _scan(database, scratch, data: bytes) -> frozenset[int]:
    found: set[int] = set()

    def seen(index, start, end, flags, context):
        found.add(index)

    database.scan(data, match_event_handler=seen, scratch=scratch)
    return frozenset(found)


# every UTF-8 continuation byte (10xxxxxx) as "c", every byte starting a character as "."
_CONTINUATIONS = bytes.maketrans(bytes(range(256)), b"." * 0x80 + b"c" * 0x40 + b"." * 0x40)


def _in_characters(offsets: list[int], data: bytes) -> list[int]:
    """Ascending byte offsets of `data` as character offsets of the text it encodes (each a character's end)."""
    if not offsets or data.isascii():
        return offsets
    marks = data.translate(_CONTINUATIONS)
    characters, continued, last = [], 0, 0
    for offset in offsets:
        continued += marks.count(b"c", last, offset)
        last = offset
        characters.append(offset - continued)
    return characters


def _flags(every_end: bool) -> int:
    reported = hyperscan.HS_FLAG_UTF8 | hyperscan.HS_FLAG_PREFILTER  # each match end
    return reported if every_end else reported | hyperscan.HS_FLAG_SINGLEMATCH  # or the first only


Written = tuple[str, ...]  # a pattern's superset: Hyperscan expressions one of which matches where it does


def _database(written: list[Written], indexes: list[int], every_end: bool):
    """One database of the patterns at `indexes`, each reported by its index (whichever of its expressions)."""
    expressions = [(index, part) for index in indexes for part in written[index]]
    database = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
    database.compile(
        expressions=[part.encode("utf-8") for _, part in expressions],
        ids=[index for index, _ in expressions],
        elements=len(expressions),
        flags=[_flags(every_end)] * len(expressions),
    )
    return database


def _compiled(written: list[Written], every_end: bool) -> tuple[object | None, list[bool]]:
    """The database of the patterns Hyperscan takes (it refuses one matching an empty string, or one too large),
    and which it took: all at once, or each tried alone where the whole is refused."""
    everything = list(range(len(written)))
    try:
        return _database(written, everything, every_end), [True] * len(written)
    except hyperscan.error:
        pass
    taken = []
    for index in everything:
        try:
            _database(written, [index], every_end)
            taken.append(True)
        except hyperscan.error:
            taken.append(False)
    indexes = [index for index in everything if taken[index]]
    return (_database(written, indexes, every_end) if indexes else None), taken


def _cache_dir() -> Path:
    base = os.environ.get(CACHE_ENV) or os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "tariffwatch" / "prefilter"


def _cached_database(
    written: list[Written], folder: Path | None, every_end: bool = False
) -> tuple[object | None, list[bool]]:
    """`_compiled(written, every_end)`, loaded from the cache folder where compiled before; compiled (and saved)
    otherwise. A saved file: one line of 0/1 (the patterns taken), then the database as Hyperscan serialises it."""
    lines = [sys.version, hyperscan.__version__, *(["every end"] if every_end else []), *map("\t".join, written)]
    key = hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()
    path = (folder or _cache_dir()) / f"{key[:32]}.hsdb"
    try:
        taken_line, serialised = path.read_bytes().split(b"\n", 1)
        taken = [flag == ord("1") for flag in taken_line]
        if len(taken) == len(written):
            return (hyperscan.loadb(serialised, hyperscan.HS_MODE_BLOCK) if any(taken) else None), taken
    except (OSError, ValueError, hyperscan.error):
        pass
    database, taken = _compiled(written, every_end)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.part")
        serialised = hyperscan.dumpb(database) if database is not None else b""
        partial.write_bytes(bytes(ord("1") if flag else ord("0") for flag in taken) + b"\n" + serialised)
        partial.replace(path)  # whole or absent: a concurrent worker reads one or the other
    except OSError:
        pass  # a read-only home: compiled each time
    return database, taken


SCAN_GATE = ScanGate()


def scan_gated(pattern: re.Pattern, placed: bool = False) -> re.Pattern:
    """`pattern`, registered with the process's scan gate (see `may_occur`; `placed`: `may_occur_between` too)."""
    return SCAN_GATE.register(pattern, placed)


def scan_gated_builder(builder: Callable[[], P]) -> Callable[[], P]:
    """A cached function of no argument building a pattern (from rule data), or patterns: what it returns is
    registered, and it is called at start-up so that its patterns are in the first database compiled."""

    @wraps(builder)
    def registering() -> P:
        built = builder()
        for pattern in built if isinstance(built, tuple) else (built,):
            if isinstance(pattern, re.Pattern):
                SCAN_GATE.register(pattern)
        return built

    SCAN_GATE.register_builder(registering)
    return registering


def may_occur(pattern: re.Pattern, text: str) -> bool:
    """False only where `pattern` matches nowhere in `text`, as one scan of the text tells for every registered
    pattern at once; True for an unregistered pattern."""
    return SCAN_GATE.may_match(pattern, text)


def may_occur_between(pattern: re.Pattern, text: str, pos: int, endpos: int) -> bool:
    """False only where `pattern.search(text, pos, endpos)` finds nothing, as the scan of the text tells for a
    pattern registered `placed` (for another, whether it occurs anywhere in the text)."""
    return SCAN_GATE.may_match_between(pattern, text, pos, endpos)


def placed_ends(pattern: re.Pattern, text: str) -> list[int] | None:
    """Where `pattern`'s superset ends in `text` (see `ScanGate.placed_ends`): asked once a text by a caller that
    asks `ends_between` of many windows, the answers `may_occur_between` gives, without its per-call lookups."""
    return SCAN_GATE.placed_ends(pattern, text)


def ends_between(ends: list[int] | None, pos: int, endpos: int) -> bool:
    """Whether a match end of `placed_ends` falls in the window (pos, endpos] (a non-empty match of a search
    between them ends there); None: any window is possible."""
    if ends is None:
        return True
    after = bisect_right(ends, pos)
    return after < len(ends) and ends[after] <= endpos
