"""The supersets of a list of patterns (nlp/text/supersets.py), remembered in the prefilter's cache folder.

Writing a pattern's superset walks its parse tree in Python: about 2 ms a pattern, 3 CPU seconds for the scan
gate's 1,258 at every worker's start-up, and half a second for a clause scan set (nlp/text/scan_sets.py) built on
its first use, inside the first documents' time, in every worker again. A superset is a pure function of the
pattern's source and flags, of supersets.py and of Python's parser: keyed by all of them, what one process wrote is
what every later one reads (a changed supersets.py, or another Python, writes a file of its own).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from nlp.text import supersets
from nlp.text.supersets import superset

Written = tuple[str, ...]


def supersets_of(patterns: Sequence[re.Pattern], folder: Path) -> list[Written | None]:
    """`[superset(pattern) for pattern in patterns]`, read from `folder` where written there before."""
    code = _code_digest()
    if code is None:
        return [superset(pattern) for pattern in patterns]
    sources = [[pattern.pattern, pattern.flags] if isinstance(pattern.pattern, str) else None for pattern in patterns]
    key = hashlib.sha256(json.dumps([sys.version, code, sources]).encode("ascii")).hexdigest()
    path = folder / f"{key[:32]}.supersets.json"
    known = _read(path, len(patterns))
    if known is not None:
        return known
    written = [superset(pattern) for pattern in patterns]
    _write(path, written)
    return written


@cache
def _code_digest() -> str | None:
    """The digest of supersets.py's source (None where it cannot be read: nothing is remembered then)."""
    try:
        return hashlib.sha256(Path(supersets.__file__).read_bytes()).hexdigest()
    except (OSError, TypeError):
        return None


def _read(path: Path, count: int) -> list[Written | None] | None:
    try:
        stored = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return None
    if not isinstance(stored, list) or len(stored) != count or not all(map(_is_written, stored)):
        return None  # damaged or foreign: recomputed and written again
    return [tuple(parts) if parts is not None else None for parts in stored]


def _is_written(parts) -> bool:
    """A superset as `_write` stores it: None, or a list of strings (the cache is trusted like __pycache__, but a
    file of another shape must not reach the scan gate)."""
    return parts is None or (isinstance(parts, list) and all(isinstance(part, str) for part in parts))


def _write(path: Path, written: list[Written | None]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.part")
        partial.write_text(json.dumps(written), "ascii")
        partial.replace(path)  # whole or absent: a concurrent worker reads one or the other
    except OSError:
        pass  # a read-only home: written each time
