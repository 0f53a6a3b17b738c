"""Golden files for every digest format, from realistic changes on a fixed day.

Regenerate after an intended change with: UPDATE_GOLDEN=1 python3 -m pytest tests/test_digest_golden.py
"""

import os
import shutil
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, serve_federal_register

GOLDEN = Path(__file__).parent / "golden"
DAY = "2026-11-20"


@pytest.fixture
def digest_project(project, httpserver):
    serve_federal_register(httpserver)
    project.write_config(fr_base_url=httpserver.url_for("/api/v1"))
    for name in ("uk_stop_press.txt", "eu_regulation.html"):
        shutil.copy(FIXTURES / "inbox" / name, project.inbox)
    assert project.run("crawl").exit_code == 0
    store = project.store()
    with store.db.atomic():  # pin the day they were first seen, and file URLs, so output is stable
        store.db.execute("update document_versions set fetched_at = ?", [DAY + "T06:00:00+00:00"])
        store.db.execute(
            "update documents set url = 'https://example.org/inbox/' || external_id where source = 'inbox'"
        )
    store.close()
    assert project.run("extract").exit_code == 0
    return project


@pytest.mark.parametrize("fmt,suffix", [("html", "html"), ("text", "txt"), ("markdown", "md"), ("json", "json")])
def test_digest_matches_its_golden_file(digest_project, fmt, suffix):
    result = digest_project.run("digest", "--date", DAY, "--format", fmt)
    assert result.exit_code == 0, result.stderr
    produced = Path(result.stdout.strip()).read_text("utf-8")
    golden = GOLDEN / f"digest-{DAY}.{suffix}"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(produced, encoding="utf-8")
    assert produced == golden.read_text("utf-8")


def test_atom_feed_lists_the_digest_days(digest_project):
    result = digest_project.run("digest", "--date", DAY, "--format", "atom")
    feed = Path(result.stdout.strip()).read_text("utf-8")
    assert '<feed xmlns="http://www.w3.org/2005/Atom"' in feed
    assert f"tariffwatch digest {DAY}: 5 changes" in feed
    assert f"http://127.0.0.1:8000/digests/{DAY}" in feed
