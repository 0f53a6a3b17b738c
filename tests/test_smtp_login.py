"""A mail server that wants a login: a wrong password is the operator's error, never the readers'."""

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

from tariffwatch.store import DocumentRecord
from tests.smtp_server import RecordingHandler, free_port

PASSWORD = "correct horse battery staple"


def check_login(server, session, envelope, mechanism, auth_data):
    good = auth_data.login == b"digest" and auth_data.password == PASSWORD.encode()
    return AuthResult(success=good, handled=False)


@pytest.fixture
def login_server():
    handler = RecordingHandler()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port, authenticator=check_login, auth_require_tls=False)
    controller.start()
    yield port, handler
    controller.stop()


@pytest.fixture
def two_readers(project, login_server, monkeypatch):
    port, _ = login_server
    monkeypatch.setenv("TARIFFWATCH_SIGNING_KEY", "test-signing-key-0123456789")
    data = project.config_data()
    data["smtp"] = {
        "host": "127.0.0.1",
        "port": port,
        "from": "tariffwatch <digest@tariffwatch.example>",
        "username": "digest",
        "password_env": "DIGEST_SMTP_PASSWORD",
    }
    project.write_config(data)
    store = project.store()
    store.ensure_source("inbox", "inbox", True, None)
    text = "The duty on hot-rolled steel of CN code 7208 51 20 originating in Ruritania is raised to 30 %."
    store.save_document(DocumentRecord("inbox", "steel.txt", "https://example.org/steel", text, title="Steel duty"))
    store.close()
    assert project.run("extract").exit_code == 0
    for email in ("desk@example.org", "analyst@example.org"):
        assert project.run("subscribe", email, "--hs", "72").exit_code == 0
    return project


def statuses(project) -> dict:
    store = project.store()
    try:
        return {s["email"]: s["status"] for s in store.subscriptions()}
    finally:
        store.close()


def test_a_refused_login_stops_the_batch_in_one_line_and_pauses_no_reader(two_readers, login_server, monkeypatch):
    monkeypatch.setenv("DIGEST_SMTP_PASSWORD", "wrong password")
    result = two_readers.run("send")
    assert result.exit_code == 1
    assert "refused the login (535 5.7.8 Authentication credentials invalid)" in result.output
    assert statuses(two_readers) == {"desk@example.org": "active", "analyst@example.org": "active"}
    assert login_server[1].messages == []


def test_the_next_run_with_the_right_password_sends_both(two_readers, login_server, monkeypatch):
    monkeypatch.setenv("DIGEST_SMTP_PASSWORD", "wrong password")
    two_readers.run("send")
    monkeypatch.setenv("DIGEST_SMTP_PASSWORD", PASSWORD)
    result = two_readers.run("send")
    assert result.exit_code == 0, result.output
    assert sorted(m["To"] for m in login_server[1].messages) == ["analyst@example.org", "desk@example.org"]
