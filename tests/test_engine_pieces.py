"""Worker processes split a rules-only batch into pieces and join their changes back in the batch's order."""

from __future__ import annotations

from functools import partial

from nlp.engines import open_engine
from nlp.engines.processes import PIECE
from nlp.runner import ExtractionOptions, extract_batch, in_process, per_document


def _documents(count: int) -> list[dict]:
    # each document its own code and date, so a change out of place shows
    return [
        {
            "id": number,
            "title": f"Notice {number}",
            "text": f"Tariff item 8471.{30 + number:02d} is amended with effect from {1 + number} March 2031.",
        }
        for number in range(count)
    ]


def test_only_a_rules_only_extraction_is_split_per_document():
    assert per_document(ExtractionOptions(embeddings=False).task())
    assert not per_document(ExtractionOptions(embeddings=True).task())  # its model batches the texts
    assert not per_document(partial(len))


def test_worker_processes_give_each_batch_its_changes_in_order():
    task = ExtractionOptions(embeddings=False).task()
    documents = _documents(2 * PIECE + 3)
    batches = [documents[: PIECE + 1], documents[PIECE + 1 :], documents[:1]]  # pieces of 4, 4 and 1 document
    expected = [changes for _, changes in in_process(task, batches)]
    with open_engine("local", 2, None, task) as engine:
        got = list(engine(task, batches))
    assert [batch for batch, _ in got] == batches
    assert [changes for _, changes in got] == expected
    assert [[code["code"] for change in changes for code in change["codes"]] for changes in expected] == [
        [f"8471{30 + n:02d}" for n in range(PIECE + 1)],
        [f"8471{30 + n:02d}" for n in range(PIECE + 1, 2 * PIECE + 3)],
        ["847130"],
    ]
    assert extract_batch(batches[1]) == expected[1]
