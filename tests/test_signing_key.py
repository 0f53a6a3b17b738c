"""The unsubscribe signing key: the environment's when set, else a generated owner-only file
beside the database, so `send --dry-run` and `daily` work without any set-up."""

import email
import stat
from email import policy

import pytest
from fastapi.testclient import TestClient

from digest.tokens import key_path, read_token, signing_secret
from tariffwatch.errors import ConfigError
from tests.smtp_server import SmtpServer

ENV = "TARIFFWATCH_SIGNING_KEY"
NOTICE = (
    "Tariff stop press notice: copper foil from Korea\n\n"
    "An anti-dumping duty on copper foil from Korea, commodity code 7410 11 00 00, applies from 1 July 2026.\n"
)


@pytest.fixture
def mailing(project, monkeypatch):
    """A project with one extracted notice, one subscriber, only the inbox source and a loopback SMTP server."""
    monkeypatch.delenv(ENV, raising=False)
    smtp = SmtpServer().start()
    data = project.config_data()
    data["sources"]["federal_register"]["enabled"] = False
    data["smtp"] = {"host": "127.0.0.1", "port": smtp.port, "from": "tariffwatch <digest@tariffwatch.example>"}
    data["digest"]["base_url"] = "https://tariffwatch.example"
    project.write_config(data)
    (project.inbox / "copper.txt").write_text(NOTICE, encoding="utf-8")
    assert project.run("subscribe", "analyst@example.org", "--hs", "74").exit_code == 0
    yield project, smtp
    smtp.stop()


def token_of(message: email.message.EmailMessage) -> str:
    return message["List-Unsubscribe"].strip("<>").split("token=")[1]


def test_the_key_is_generated_once_owner_only_beside_the_database(tmp_path, monkeypatch):
    monkeypatch.delenv(ENV, raising=False)
    database = tmp_path / "tariffwatch.db"
    first = signing_secret(ENV, database)
    path = tmp_path / "tariffwatch.db.signing-key"
    assert key_path(database) == path
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.read_text("ascii") == first + "\n" and len(first) == 64
    assert signing_secret(ENV, database) == first
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tariffwatch.db.signing-key"]


def test_the_environment_wins(tmp_path, monkeypatch):
    monkeypatch.setenv(ENV, "a-key-from-the-environment")
    assert signing_secret(ENV, tmp_path / "tariffwatch.db") == "a-key-from-the-environment"
    assert list(tmp_path.iterdir()) == []


def test_a_short_environment_key_or_a_shared_key_file_is_a_config_error(tmp_path, monkeypatch):
    monkeypatch.setenv(ENV, "short")
    with pytest.raises(ConfigError) as short:
        signing_secret(ENV, tmp_path / "tariffwatch.db")
    assert str(short.value) == (
        f"environment variable {ENV} holds the unsubscribe signing key and must have at least 16 characters; "
        "unset it to use a generated key file instead"
    )
    monkeypatch.delenv(ENV)
    path = tmp_path / "tariffwatch.db.signing-key"
    path.write_text("k" * 40, encoding="ascii")
    path.chmod(0o644)
    with pytest.raises(ConfigError) as shared:
        signing_secret(ENV, tmp_path / "tariffwatch.db")
    assert str(shared.value) == f"signing key file {path} is readable by others (mode 644); run chmod 600 on it"


def test_send_dry_run_works_without_the_variable(mailing):
    project, _ = mailing
    assert project.run("crawl", "inbox").exit_code == 0 and project.run("extract").exit_code == 0
    result = project.run("send", "--dry-run", "--date", _first_seen(project))
    assert result.exit_code == 0, result.stderr
    (eml,) = (project.root / "outbox").rglob("*.eml")
    message = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
    secret = (project.root / "tariffwatch.db.signing-key").read_text("ascii").strip()
    assert read_token(secret, token_of(message))[1] == "analyst@example.org"


def test_daily_sends_and_the_web_app_honours_its_links_without_the_variable(mailing):
    from digest.web.app import create_app
    from tariffwatch.config import load_config

    project, smtp = mailing
    result = project.run("daily")  # today: the day the notice is first seen
    assert result.exit_code == 0, result.stderr
    (message,) = smtp.messages
    with TestClient(create_app(load_config(project.config_path))) as client:
        page = client.get("/unsubscribe", params={"token": token_of(message)})
    assert page.status_code == 200 and "Unsubscribe analyst@example.org?" in page.text


def test_daily_no_send_writes_the_digest_and_mails_nobody(mailing):
    import json

    project, smtp = mailing
    result = project.run("daily", "--no-send", "--json")
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["send"] is None and report["send_error"] is None
    assert smtp.messages == []
    assert not (project.root / "tariffwatch.db.signing-key").exists()


def _first_seen(project) -> str:
    store = project.store()
    try:
        return store.db.execute("select first_seen from changes").fetchone()[0]
    finally:
        store.close()
