"""Round 24's shared speed structures, each pinned equal to what it replaces.

The supersets remembered in the cache folder (nlp/text/superset_cache.py) are the supersets written afresh: on the
first call (written), on the next (read), for patterns with no superset, in other scripts and under IGNORECASE; a
file that is damaged, or of another length, is written again; another supersets.py keys another file. A clause scan
set and the scan gate built from remembered supersets answer as ones built afresh."""

import re

import pytest

from nlp.text import superset_cache
from nlp.text.prefilter import ScanGate
from nlp.text.scan_sets import ScanSet
from nlp.text.superset_cache import supersets_of
from nlp.text.supersets import superset

PATTERNS = [
    re.compile(r"\benters?\s+into\s+force\b", re.IGNORECASE),
    re.compile(r"(?:anti-?dumping|countervailing)\s+dut(?:y|ies)"),
    re.compile(r"(<)?\w+(?(1)>)"),  # a conditional group: no superset
    re.compile(r"вступает\s+в\s+силу|entra\s+en\s+vigor", re.IGNORECASE),
    re.compile(r"ſtrength|\u212aelvin", re.IGNORECASE),  # letters folding to ASCII ones
    re.compile(r"所適用反傾銷措施"),
    re.compile(rb"bytes"),  # not a text pattern: no superset
    re.compile(r"\d{4}\.\d{2}(?:\.\d{2}){0,40}"),  # a long bounded repeat: written open-ended
]
CLAUSES = [
    "The order ENTERS  into force on 1 March",
    "imposing countervailing duties on",
    "Регламент вступает в силу",
    "the ſtrength of \u212aelvin",
    "所適用反傾銷措施",
    "heading 7208.51.20 applies",
    "\u00a7 4",
]


def test_remembered_supersets_are_the_supersets_written_afresh(tmp_path):
    fresh = [superset(pattern) for pattern in PATTERNS]
    assert supersets_of(PATTERNS, tmp_path) == fresh  # written, and saved
    assert len(list(tmp_path.glob("*.supersets.json"))) == 1
    assert supersets_of(PATTERNS, tmp_path) == fresh  # read back
    assert fresh[2] is None and fresh[6] is None


def test_a_damaged_or_mismatched_file_is_written_again(tmp_path):
    fresh = [superset(pattern) for pattern in PATTERNS]
    supersets_of(PATTERNS, tmp_path)
    (path,) = tmp_path.glob("*.supersets.json")
    path.write_text('["only one"]', "ascii")
    assert supersets_of(PATTERNS, tmp_path) == fresh
    path.write_text("{not json", "ascii")
    assert supersets_of(PATTERNS, tmp_path) == fresh


def test_another_supersets_module_or_pattern_list_keys_another_file(tmp_path, monkeypatch):
    supersets_of(PATTERNS, tmp_path)
    supersets_of(PATTERNS[:3], tmp_path)
    supersets_of([re.compile(PATTERNS[0].pattern)], tmp_path)  # the same source, other flags
    assert len(list(tmp_path.glob("*.supersets.json"))) == 3
    monkeypatch.setattr(superset_cache, "_code_digest", lambda: "another supersets.py")
    assert supersets_of(PATTERNS, tmp_path) == [superset(pattern) for pattern in PATTERNS]
    assert len(list(tmp_path.glob("*.supersets.json"))) == 4


def test_an_unwritable_folder_still_gives_the_supersets(tmp_path):
    blocked = tmp_path / "a file"
    blocked.write_text("", "ascii")
    assert supersets_of(PATTERNS, blocked / "cache") == [superset(pattern) for pattern in PATTERNS]


@pytest.mark.parametrize("clause", CLAUSES)
def test_a_scan_set_from_remembered_supersets_answers_as_a_fresh_one(tmp_path, clause):
    fresh = ScanSet(PATTERNS[:6] + PATTERNS[7:], cache_dir=tmp_path / "fresh")
    ScanSet(PATTERNS[:6] + PATTERNS[7:], cache_dir=tmp_path / "remembered")
    remembered = ScanSet(PATTERNS[:6] + PATTERNS[7:], cache_dir=tmp_path / "remembered")
    assert remembered.occurring(clause) == fresh.occurring(clause)


def test_the_scan_gate_from_remembered_supersets_answers_as_a_fresh_one(tmp_path):
    text_patterns = [pattern for pattern in PATTERNS if isinstance(pattern.pattern, str)]
    gates = []
    for _ in range(2):  # the second gate reads what the first wrote
        gate = ScanGate(cache_dir=tmp_path)
        for pattern in text_patterns:
            gate.register(pattern)
        gate.ready()
        gates.append(gate)
    for clause in CLAUSES:
        for pattern in text_patterns:
            expected = pattern.search(clause) is not None
            answers = [gate.may_match(pattern, clause) for gate in gates]
            assert answers[0] == answers[1]
            assert answers[0] or not expected  # a pattern that occurs is never ruled out
