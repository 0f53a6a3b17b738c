"""Golden files for every digest format, from realistic changes on a fixed day: reviewed content.

After an intended change, `UPDATE_GOLDEN=1 python3 -m pytest tests/test_digest_golden.py` writes
`*.new` files beside the goldens and FAILS: review the diff (`diff tests/golden/X tests/golden/X.new`),
then move the .new file over the golden yourself. A regeneration is never silent.
Beside the byte comparison, explicit assertions pin what matters to a reader.
"""

import json
import os
import re
import shutil
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, serve_federal_register

GOLDEN = Path(__file__).parent / "golden"
DAY = "2026-11-20"
FORMATS = [("html", "html"), ("text", "txt"), ("markdown", "md"), ("json", "json")]


@pytest.fixture
def digest_project(project, httpserver):
    serve_federal_register(httpserver)
    data = project.config_data(fr_base_url=httpserver.url_for("/api/v1"))
    data["digest"]["base_url"] = "https://tariffwatch.example"
    project.write_config(data)
    for name in ("uk_stop_press.txt", "eu_regulation.html"):
        shutil.copy(FIXTURES / "inbox" / name, project.inbox)
    assert project.run("crawl").exit_code == 0
    store = project.store()
    with store.db.atomic():  # pin the day they were first seen, so output is stable
        store.db.execute("update document_versions set fetched_at = ?", [DAY + "T06:00:00+00:00"])
    store.close()
    assert project.run("extract").exit_code == 0
    return project


def produce(project, fmt: str) -> str:
    result = project.run("digest", "--date", DAY, "--format", fmt)
    assert result.exit_code == 0, result.stderr
    return Path(result.stdout.strip()).read_text("utf-8")


@pytest.mark.parametrize("fmt,suffix", FORMATS)
def test_digest_matches_its_reviewed_golden_file(digest_project, fmt, suffix):
    produced = produce(digest_project, fmt)
    golden = GOLDEN / f"digest-{DAY}.{suffix}"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.with_name(golden.name + ".new").write_text(produced, encoding="utf-8")
        pytest.fail(f"wrote {golden.name}.new: review the diff, then move it over {golden.name}")
    assert produced == golden.read_text("utf-8")


def test_golden_summaries_read_as_sentences():
    """The reviewed content itself: no page headers or agency lines, every sentence ends properly."""
    changes = json.loads((GOLDEN / f"digest-{DAY}.json").read_text("utf-8"))["changes"]
    summaries = [c["summary"] for c in changes]
    assert len(summaries) == 5 and all(summaries)
    for summary in summaries:
        assert not summary.startswith("[") and "Federal Register Volume" not in summary
        assert not re.match(r"^(?:[A-Z]{2,}\s+){2,}", summary), summary  # no all-capitals agency line
        assert summary.endswith((".", "…")), summary
        # two sentences are never run together without a full stop ("... China A provisional duty")
        assert not re.search(r"[a-z] (?:A|The) [a-z]+ [a-z-]+ duty is", summary), summary


def test_golden_text_digest_has_one_entry_per_change_and_no_local_links():
    text = (GOLDEN / f"digest-{DAY}.txt").read_text("utf-8")
    assert text.count("\n* ") == 5
    assert "file:" not in text and "/tmp/" not in text
    assert "https://tariffwatch.example/changes/" in text  # inbox documents link to the change page


def test_atom_feed_has_one_entry_per_change(digest_project):
    feed = produce(digest_project, "atom")
    assert feed.count("<entry>") == 5
    assert "<title>Prunes From Chile: Initiation of Countervailing Duty Investigation</title>" in feed
    assert "https://www.federalregister.gov/documents/2026/11/20/2026-21102/prunes-from-chile" in feed
