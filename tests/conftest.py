"""Shared test fixtures: a project folder with its own config.yaml, the CLI, and the FR fixtures.

Every test runs against real parts: a real SQLite file, a real HTTP server on loopback
(pytest-httpserver), the real CLI entry point.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from tariffwatch.cli import main
from tariffwatch.store import DocumentRecord, open_store
from tests.sending_helpers import DOCUMENTS, SECRET, point_at
from tests.smtp_server import SmtpServer

FIXTURES = Path(__file__).parent / "fixtures"
SHARED_EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval-dev"
UNREACHABLE = "http://127.0.0.1:9/api/v1"  # discard port: connection refused at once


class Project:
    """A tariffwatch installation in a temporary folder."""

    def __init__(self, root: Path):
        self.root = root
        self.inbox = root / "inbox"
        self.inbox.mkdir(exist_ok=True)
        self.config_path = root / "config.yaml"
        self.write_config()

    def config_data(self, fr_base_url: str = UNREACHABLE) -> dict:
        return {
            "database": "tariffwatch.db",
            "http": {
                "user_agent": "tariffwatch-tests (contact: tests@example.org)",
                "timeout_seconds": 5,
                "max_retries": 2,
                "max_retry_after_seconds": 2,
                "retry_backoff_seconds": 0,  # offline tests retry at once
            },
            "sources": {
                "federal_register": {
                    "enabled": True,
                    "base_url": fr_base_url,
                    "requests_per_second": 10,
                    "lookback_days": 7,
                    "per_page": 2,
                    "queries": [
                        {
                            "name": "trade agencies",
                            "agencies": ["international-trade-administration"],
                            "types": ["NOTICE"],
                        }
                    ],
                },
                "inbox": {"enabled": True, "path": "inbox"},
            },
            "nlp": {"embeddings": False},  # the embedding tests switch it on; the rest stay fast
            "digest": {"output_dir": "digests"},
        }

    def write_config(self, data: dict | None = None, **kwargs) -> Path:
        self.config_path.write_text(yaml.safe_dump(data or self.config_data(**kwargs)), encoding="utf-8")
        return self.config_path

    def run(self, *args: str):
        return CliRunner().invoke(main, [*args, "--config", str(self.config_path)], catch_exceptions=False)

    def store(self):
        return open_store(self.root / "tariffwatch.db")

    def count(self, table: str) -> int:
        store = self.store()
        try:
            return store.db[table].count
        finally:
            store.close()


@pytest.fixture(autouse=True)
def strict_loopback_server(request):
    """A test that uses the loopback HTTP server fails on any request the server was not told to expect."""
    server = request.getfixturevalue("httpserver") if "httpserver" in request.fixturenames else None
    yield
    if server is not None:
        server.check_assertions()


@pytest.fixture
def project(tmp_path) -> Project:
    return Project(tmp_path)


def fixture_json(name: str, raw_base: str) -> str:
    return (FIXTURES / "federal_register" / name).read_text("utf-8").replace("RAW_BASE", raw_base)


def serve_federal_register(httpserver, pages=("documents_page_1.json", "documents_page_2.json")):
    """Serve the FR fixtures: documents.json by page, raw text pages by document number."""
    raw_base = httpserver.url_for("").rstrip("/")
    requests = []

    def documents(request):
        from werkzeug import Response

        requests.append(request.args.to_dict(flat=False))
        page = int(request.args.get("page", "1"))
        return Response(fixture_json(pages[page - 1], raw_base), content_type="application/json")

    httpserver.expect_request("/api/v1/documents.json").respond_with_handler(documents)
    for path in (FIXTURES / "federal_register").glob("*.txt.html"):
        number = path.name.split(".")[0]
        year, month, day = _date_of(number, pages)
        httpserver.expect_request(f"/documents/full_text/text/{year}/{month}/{day}/{number}.txt").respond_with_data(
            path.read_text("utf-8"), content_type="text/html; charset=utf-8"
        )
    return requests


def _date_of(number: str, pages) -> tuple[str, str, str]:
    for page in pages:
        for item in json.loads((FIXTURES / "federal_register" / page).read_text("utf-8"))["results"]:
            if item["document_number"] == number:
                return tuple(item["publication_date"].split("-"))
    return ("2026", "11", "18")


def inbox_project(project, names=("uk_stop_press.txt", "eu_regulation.html", "cbp_notice.pdf")):
    """The project with some inbox fixtures crawled and extracted (Federal Register off)."""
    import shutil

    for name in names:
        shutil.copy(FIXTURES / "inbox" / name, project.inbox)
    data = project.config_data()
    data["sources"]["federal_register"]["enabled"] = False
    project.write_config(data)
    assert project.run("crawl").exit_code == 0 and project.run("extract").exit_code == 0
    return project


@pytest.fixture
def smtp():
    """A real SMTP server on loopback (aiosmtpd) that records what it accepts."""
    server = SmtpServer().start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def sending_store(tmp_path_factory) -> Path:
    """The four sending documents stored and extracted once per module; each test copies the files."""
    project = Project(tmp_path_factory.mktemp("sending-store"))
    store = project.store()
    store.ensure_source("inbox", "inbox", True, None)
    for name, (title, text) in DOCUMENTS.items():
        store.save_document(
            DocumentRecord(source="inbox", external_id=name, url=f"https://example.org/{name}", title=title, text=text)
        )
    store.close()
    assert project.run("extract").exit_code == 0
    return project.root


@pytest.fixture
def mailing(project, smtp, monkeypatch, sending_store):
    """The project with the four sending documents stored and extracted, sending to `smtp`."""
    monkeypatch.setenv("TARIFFWATCH_SIGNING_KEY", SECRET)
    point_at(project, smtp.port)
    for database in sending_store.glob("tariffwatch.db*"):
        shutil.copy2(database, project.root / database.name)
    return project
