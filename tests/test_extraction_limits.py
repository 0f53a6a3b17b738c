"""Limits, never a blocked pipeline: long texts extracted in chunks, a failing document recorded and skipped."""

from __future__ import annotations

import json
import random

from bench.harness import notice
from nlp import EXTRACTOR_VERSION
from nlp.chunks import merge_changes, text_chunks
from tariffwatch.store import DocumentRecord


def long_regulation(chars: int) -> tuple[str, str, str]:
    """Realistic notices to `chars` characters, then a closing article naming one code and one date."""
    rng, parts, size = random.Random(21), [], 0
    while size < chars:
        parts.append(notice(rng, len(parts)))
        size += len(parts[-1]) + 2
    closing = (
        "Article 40\n\nThe definitive anti-dumping duty shall also apply to bicycle frames of CN code 8714 93 10. "
        "This Regulation shall enter into force on 17 April 2031."
    )
    return "\n\n".join(parts) + "\n\n" + closing, "8714 93 10", "17 April 2031"


def test_a_document_over_a_million_characters_is_extracted_whole_with_true_offsets(project):
    text, last_code, last_date = long_regulation(1_200_000)
    (project.inbox / "annex.txt").write_text(text, encoding="utf-8")
    data = project.config_data()
    data["sources"]["federal_register"]["enabled"] = False
    project.write_config(data)
    result = project.run("crawl")
    assert result.exit_code == 0, result.stderr
    extracted = project.run("extract")
    assert extracted.exit_code == 0, extracted.stderr
    assert extracted.stdout == "extracted 1 document\n"
    store = project.store()
    stored = store.db.execute("select text from documents").fetchone()[0]
    codes = list(store.db.query("select text, start, end from change_codes"))
    assert all(stored[c["start"] : c["end"]] == c["text"] for c in codes)  # every span, chunk after chunk
    closing_code = [c for c in codes if c["text"] == last_code]
    assert [(c["start"], c["end"]) for c in closing_code] == [(stored.index(last_code), stored.index(last_code) + 10)]
    assert stored.index(last_code) > 1_000_000
    assert {c["text"] for c in codes if c["start"] < 1000}  # the first chunk's codes are there too
    dates = list(store.db.query("select type, date, start from change_dates where date = '2031-04-17'"))
    assert dates == [{"type": "entry_into_force", "date": "2031-04-17", "start": stored.index(last_date)}]


def test_extract_file_over_a_million_characters_prints_whole_document_offsets(project):
    text, last_code, last_date = long_regulation(1_100_000)
    path = project.root / "annex.txt"
    path.write_text(text, encoding="utf-8")
    result = project.run("extract", str(path), "--format", "jsonl", "--published", "2031-03-01")
    assert result.exit_code == 0, result.stderr
    found = json.loads(result.stdout)
    assert all(text[c["start"] : c["end"]] == c["text"] for c in found["hs_codes"])
    assert [c["start"] for c in found["hs_codes"] if c["text"] == last_code] == [text.index(last_code)]
    assert [(d["type"], d["start"]) for d in found["dates"] if d["date"] == "2031-04-17"] == [
        ("entry_into_force", text.index(last_date))
    ]


def test_text_chunks_cut_at_paragraph_breaks_and_cover_the_whole_text():
    paragraph = "Article 1\n\nGoods of CN code 7208 51 20 are subject to a duty of 12 %.\n\n"
    text = paragraph * 40
    chunks = list(text_chunks(text, size=500))
    assert "".join(chunk for _, chunk in chunks) == text
    assert [offset for offset, _ in chunks] == [sum(len(c) for _, c in chunks[:n]) for n in range(len(chunks))]
    assert all(len(chunk) <= 500 for _, chunk in chunks)
    # 40 paragraphs of 71 characters: 7 whole ones (497 characters) per chunk, then the last 5
    assert [len(chunk) for _, chunk in chunks] == [497] * 5 + [355]
    assert all(chunk.endswith("12 %.\n\n") for _, chunk in chunks)


def test_merged_chunks_keep_spans_unite_names_and_take_the_opening_summary():
    first = {
        "official_title": None,
        "summary": "Duty on steel.",
        "language": "en",
        "measure_types": ["other"],
        "measure_evidence": [{"type": "other", "text": "", "start": 0, "end": 0}],
        "countries": {"implementing": ["EU"], "affected": ["CN"]},
        "codes": [{"code": "7208", "text": "7208", "start": 10, "end": 14}],
        "dates": [],
    }
    second = {
        "official_title": {"text": "Implementing Regulation (EU) 2031/88", "start": 2, "end": 38},
        "summary": "A later part.",
        "language": "en",
        "measure_types": ["anti_dumping"],
        "measure_evidence": [{"type": "anti_dumping", "text": "anti-dumping duty", "start": 5, "end": 22}],
        "countries": {"implementing": ["EU"], "affected": ["IN", "CN"]},
        "codes": [{"code": "8714", "text": "8714", "start": 3, "end": 7}],
        "dates": [{"type": "entry_into_force", "date": "2031-04-17", "text": "17 April 2031", "start": 40, "end": 53}],
    }
    assert merge_changes([(0, first), (1000, second)]) == {
        "official_title": {"text": "Implementing Regulation (EU) 2031/88", "start": 1002, "end": 1038},
        "summary": "Duty on steel.",
        "language": "en",
        "measure_types": ["anti_dumping"],
        "measure_evidence": [{"type": "anti_dumping", "text": "anti-dumping duty", "start": 1005, "end": 1022}],
        "countries": {"implementing": ["EU"], "affected": ["CN", "IN"]},
        "codes": [
            {"code": "7208", "text": "7208", "start": 10, "end": 14},
            {"code": "8714", "text": "8714", "start": 1003, "end": 1007},
        ],
        "dates": [
            {"type": "entry_into_force", "date": "2031-04-17", "text": "17 April 2031", "start": 1040, "end": 1053}
        ],
    }


def store_two_documents(project) -> None:
    """A notice whose source gave a malformed publication date (its extraction raises), then a good one."""
    store = project.store()
    store.ensure_source("inbox", "inbox", True, None)
    good = random.Random(8)
    store.save_document(
        DocumentRecord("inbox", "bad-date.txt", "file:///bad-date.txt", notice(good, 1), published_date="30/02/2031")
    )
    store.save_document(DocumentRecord("inbox", "good.txt", "file:///good.txt", notice(good, 2)))
    store.close()


def test_a_document_that_fails_extraction_is_recorded_and_the_rest_go_on(project):
    store_two_documents(project)
    first = project.run("extract")
    assert first.exit_code == 0
    assert first.stdout == "extracted 1 document, 1 failed (recorded; skipped until they change)\n"
    error = "ValueError: Invalid isoformat string: '30/02/2031'"
    assert first.stderr == f"extracting\nwarning: extraction failed: document 1 (inbox:bad-date.txt): {error}\n"
    store = project.store()
    assert [(row["document_id"], row["error"]) for row in store.extraction_failures(EXTRACTOR_VERSION)] == [(1, error)]
    assert [row[0] for row in store.db.execute("select document_id from changes")] == [2]
    store.close()
    second = project.run("extract")  # later runs are not blocked, and do not retry it
    assert (second.exit_code, second.stdout, second.stderr) == (0, "extracted 0 documents\n", "")
    retried = project.run("extract", "--retry-failed")  # in this process: one worker for two documents
    assert retried.exit_code == 0
    assert retried.stderr == f"extracting\nwarning: extraction failed: document 1 (inbox:bad-date.txt): {error}\n"


def test_a_failing_document_in_a_worker_process_is_recorded_the_same_way(project):
    store_two_documents(project)
    data = project.config_data()
    data["nlp"]["documents_per_batch"] = 1  # two batches: two worker processes
    project.write_config(data)
    result = project.run("extract", "--workers", "2")
    assert result.exit_code == 0
    assert result.stdout == "extracted 1 document, 1 failed (recorded; skipped until they change)\n"
    assert result.stderr.endswith(
        "warning: extraction failed: document 1 (inbox:bad-date.txt): "
        "ValueError: Invalid isoformat string: '30/02/2031'\n"
    )
    store = project.store()
    assert [row[0] for row in store.db.execute("select document_id from extraction_failures")] == [1]
    assert [row[0] for row in store.db.execute("select document_id from changes")] == [2]
    store.close()
