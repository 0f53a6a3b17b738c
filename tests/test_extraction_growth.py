"""Code and date extraction grow linearly on adversarial text (issue 10: "chapters 1, 1, 1, ..." of
200 KB took 16.6 s and 7.2 GB; 100 KB of repeated dates 19-25 s). Fast sizes here; the growth curve
up to 1 MB is printed by bench/adversarial.py."""

import time
import tracemalloc

import pytest

from nlp.codes.finder import find_codes
from nlp.dates.extract import extract_dates
from nlp.text.sentences import Sentences
from tests.adversarial import repeated

SMALL, LARGE = 4_000, 16_000  # four times the text
LINEAR_LIMIT = 8  # 4 when linear, 16 when quadratic: twice the linear ratio leaves room for a busy machine


def extract(text: str) -> None:
    sentences = Sentences(text)
    find_codes(text, sentences)
    extract_dates(text, None, None, sentences)


def cpu_seconds(text: str) -> float:
    best = float("inf")
    for _ in range(2):  # the faster of two runs: another process may take the CPU from one of them
        started = time.process_time()
        extract(text)
        best = min(best, time.process_time() - started)
    return max(best, 1e-4)


# The paths that were quadratic, and the costliest ones; bench/adversarial.py runs every pattern.
@pytest.mark.parametrize(
    "name",
    [
        "chapters",
        "dates",
        "dotted_dates",
        "periods",
        "relative",
        "codes",
        "table_rows",
        "glued_cells",
        "yearless_headings",
        "month_cells",
        "history",
        "list_items",
    ],
)
def test_time_grows_linearly(name):
    ratio = cpu_seconds(repeated(name, LARGE)) / cpu_seconds(repeated(name, SMALL))
    assert ratio < LINEAR_LIMIT, f"{name}: 4x the text took {ratio:.1f}x the time"


@pytest.mark.parametrize("name", ["chapters", "dates"])
def test_memory_grows_linearly(name):
    peaks = []
    for size in (SMALL, LARGE):
        tracemalloc.start()
        extract(repeated(name, size))
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
    assert peaks[1] / peaks[0] < LINEAR_LIMIT and peaks[1] < 32 * 2**20, peaks


def test_a_chapter_list_mention_keeps_only_its_own_words():
    """The old cause of 7.2 GB: every chapter of a long list carried the whole list as its text."""
    text = repeated("chapters", 20_000)
    codes, _ = find_codes(text)
    assert [(c.code, c.text) for c in codes] == [("01", "chapters 1")]
