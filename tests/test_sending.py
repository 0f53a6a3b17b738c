"""Subscriptions and e-mail delivery against a real SMTP server on loopback (aiosmtpd)."""

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from digest.tokens import read_token
from tariffwatch.store import DocumentRecord
from tests.smtp_server import SmtpServer, free_port

SECRET = "test-signing-key-0123456789"
DOCUMENTS = {
    "eu-steel.html": (
        "Anti-dumping duty on hot-rolled steel from China",
        "Commission Implementing Regulation (EU) 2026/1 imposing a definitive anti-dumping duty on imports "
        "of steel falling within CN code 7208 51 20 originating in the People's Republic of China.",
    ),
    "us-steel.txt": (
        "Section 232 duties on flat-rolled steel",
        "Federal Register. An additional 25 percent ad valorem rate of duty applies to steel articles of "
        "headings 7208 to 7212 of the HTSUS, effective December 1, 2026.",
    ),
    "ca-steel.txt": (
        "Surtax on steel products",
        "The Governor General in Council, under the Customs Tariff, imposes a surtax on goods of Chapter 72 "
        "that originate in the United States.",
    ),
    "uk-cars.txt": (
        "Commodity code changes for motor cars",
        "Tariff stop press notice from HMRC: please insert the following commodity codes under heading 8703:\n"
        "8703 80 10 00 | Electric vehicles",
    ),
}


@pytest.fixture
def smtp():
    server = SmtpServer().start()
    yield server
    server.stop()


@pytest.fixture
def mailing(project, smtp, monkeypatch):
    monkeypatch.setenv("TARIFFWATCH_SIGNING_KEY", SECRET)
    point_at(project, smtp.port)
    store = project.store()
    store.ensure_source("inbox", "inbox", True, None)
    for name, (title, text) in DOCUMENTS.items():
        store.save_document(
            DocumentRecord(source="inbox", external_id=name, url=f"https://example.org/{name}", title=title, text=text)
        )
    store.close()
    assert project.run("extract").exit_code == 0
    return project


def point_at(project, port):
    data = project.config_data()
    data["smtp"] = {"host": "127.0.0.1", "port": port, "from": "tariffwatch <digest@tariffwatch.example>"}
    data["digest"]["base_url"] = "https://tariffwatch.example"
    project.write_config(data)


def subscribe(project, email, *options):
    result = project.run("subscribe", email, *options)
    assert result.exit_code == 0, result.output + result.stderr


def titles(message) -> set[str]:
    text = message.get_body(("plain",)).get_content()
    return {title for title, _ in DOCUMENTS.values() if title in text}


@pytest.mark.parametrize(
    "options,expected",
    [
        (["--hs", "72"], {"eu-steel.html", "us-steel.txt", "ca-steel.txt"}),
        (["--hs", "720851"], {"eu-steel.html", "us-steel.txt", "ca-steel.txt"}),
        (["--hs", "7213"], {"ca-steel.txt"}),
        (["--hs", "7210 41"], {"us-steel.txt", "ca-steel.txt"}),
        (["--hs", "8703", "--jurisdiction", "UK"], {"uk-cars.txt"}),
        (["--hs", "72", "--measure", "anti_dumping"], {"eu-steel.html"}),
        (["--jurisdiction", "EU", "--jurisdiction", "US"], {"eu-steel.html", "us-steel.txt"}),
        ([], set(DOCUMENTS)),
    ],
)
def test_product_area_matching_at_every_level(mailing, smtp, options, expected):
    subscribe(mailing, "analyst@example.org", *options)
    assert mailing.run("send").exit_code == 0
    [message] = smtp.messages
    assert titles(message) == {DOCUMENTS[name][0] for name in expected}


def test_message_is_multipart_with_unsubscribe_headers(mailing, smtp):
    subscribe(mailing, "policy@example.org", "--hs", "72")
    mailing.run("send")
    [message] = smtp.messages
    assert message.get_content_type() == "multipart/alternative"
    assert [part.get_content_type() for part in message.iter_parts()] == ["text/plain", "text/html"]
    assert message["To"] == "policy@example.org"
    assert message["Message-ID"].startswith("<digest.") and message["Message-ID"].endswith("@tariffwatch.example>")
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    url = message["List-Unsubscribe"].strip("<>")
    assert url.startswith("https://tariffwatch.example/unsubscribe?token=")
    subscription_id, email = read_token(SECRET, url.split("token=")[1])
    assert email == "policy@example.org"
    html = message.get_body(("html",)).get_content()
    assert "<script" not in html and "Chapter 72: Iron and steel" in html


def test_rerun_sends_nothing_more(mailing, smtp):
    subscribe(mailing, "a@example.org", "--hs", "72")
    subscribe(mailing, "b@example.org", "--hs", "87")
    assert mailing.run("send").exit_code == 0
    assert len(smtp.messages) == 2
    report = json.loads(mailing.run("send", "--json").stdout)
    assert report["sent"] == 0 and report["already_done"] == 2
    assert len(smtp.messages) == 2


def test_server_down_then_up_records_errors_and_retries(project, monkeypatch):
    monkeypatch.setenv("TARIFFWATCH_SIGNING_KEY", SECRET)
    port = free_port()
    point_at(project, port)
    store = project.store()
    store.ensure_source("inbox", "inbox", True, None)
    store.save_document(
        DocumentRecord(
            source="inbox",
            external_id="x.txt",
            url="https://example.org/x",
            title="Steel",
            text="CN code 7208 51 20 anti-dumping duty.",
        )
    )
    store.close()
    project.run("extract")
    subscribe(project, "a@example.org")
    subscribe(project, "b@example.org")
    down = project.run("send")
    assert down.exit_code == 1 and "unreachable" in down.stderr
    rows = list(project.store().db["deliveries"].rows)
    assert [row["status"] for row in rows] == ["failed", "failed"] and "unreachable" in rows[0]["last_error"]
    server = SmtpServer(port).start()
    try:
        assert project.run("send").exit_code == 0
        assert sorted(m["To"] for m in server.messages) == ["a@example.org", "b@example.org"]
        assert {row["status"] for row in project.store().db["deliveries"].rows} == {"sent"}
    finally:
        server.stop()


def test_rejected_recipient_is_paused_and_the_others_still_get_theirs(mailing, smtp):
    for address in ("first@example.org", "gone@example.org", "last@example.org"):
        subscribe(mailing, address)
    smtp.handler.refuse.add("gone@example.org")
    result = mailing.run("send", "--json")
    report = json.loads(result.stdout)
    assert report["sent"] == 2 and report["rejected"] == 1
    assert sorted(m["To"] for m in smtp.messages) == ["first@example.org", "last@example.org"]
    paused = mailing.store().subscription_by_email("gone@example.org")
    assert paused["status"] == "paused" and "550" in paused["status_reason"]


def test_dry_run_writes_eml_files_and_sends_nothing(mailing, smtp):
    subscribe(mailing, "a@example.org", "--hs", "87")
    result = mailing.run("send", "--dry-run")
    assert result.exit_code == 0 and "1 written to the outbox" in result.stdout
    [eml] = list((mailing.root / "outbox").rglob("*.eml"))
    assert b"Commodity code changes for motor cars" in eml.read_bytes()
    assert smtp.messages == [] and mailing.count("deliveries") == 0


def test_crawled_html_is_escaped_in_the_email(mailing, smtp):
    store = mailing.store()
    store.save_document(
        DocumentRecord(
            source="inbox",
            external_id="evil.html",
            url="https://example.org/evil",
            title='<img src=x onerror="alert(1)">Steel',
            text="CN code 7208 51 20 <script>x</script>",
        )
    )
    store.close()
    mailing.run("extract")
    subscribe(mailing, "a@example.org", "--hs", "7208")
    mailing.run("send")
    html = smtp.messages[0].get_body(("html",)).get_content()
    assert "<img src=x" not in html and "&lt;img src=x onerror=&#34;alert(1)&#34;&gt;Steel" in html


def test_no_email_when_nothing_matches(mailing, smtp):
    subscribe(mailing, "fish@example.org", "--hs", "03")
    report = json.loads(mailing.run("send", "--json").stdout)
    assert report["nothing_matched"] == 1 and smtp.messages == []


@pytest.mark.parametrize(
    "args,message",
    [
        (["subscribe", "not-an-address"], "is not a valid e-mail address"),
        (["subscribe", "a@example.org", "--hs", "7"], "give 2 to 10 digits"),
        (["subscribe", "a@example.org", "--measure", "tariffs"], "one of anti_dumping"),
        (["subscribe", "a@example.org", "--jurisdiction", "USA"], "two-letter code"),
    ],
)
def test_bad_subscription_input_is_one_line(project, args, message):
    result = project.run(*args)
    assert result.exit_code == 2 and message in result.stderr and "Traceback" not in result.stderr


def test_killed_mid_batch_resumes_without_sending_twice(mailing, smtp):
    """Kill -9 `send` while the server holds the third message; the re-run sends only the rest."""
    addresses = [f"user{n}@example.org" for n in range(1, 7)]
    for address in addresses:
        subscribe(mailing, address, "--hs", "72")
    original = smtp.handler.handle_DATA

    async def slow_data(server, session, envelope):
        if "user3@example.org" in envelope.rcpt_tos:
            import asyncio

            await asyncio.sleep(10)
        return await original(server, session, envelope)

    smtp.handler.handle_DATA = slow_data
    env = {**os.environ, "TARIFFWATCH_CONFIG": str(mailing.config_path)}
    process = subprocess.Popen(
        [sys.executable, "-m", "tariffwatch.cli", "send"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and len(smtp.messages) < 2:
        time.sleep(0.05)
    time.sleep(0.5)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    smtp.handler.handle_DATA = original
    assert sorted(m["To"] for m in smtp.messages) == addresses[:2]
    result = mailing.run("send", "--json")
    report = json.loads(result.stdout)
    assert report["sent"] == 3 and report["uncertain"] == 1
    received = [m["To"] for m in smtp.messages]
    assert sorted(received) == sorted(set(received)) == addresses[:2] + addresses[3:]


def test_daily_ends_by_sending_and_a_second_daily_sends_nothing(project, smtp, monkeypatch):
    import shutil

    from tests.conftest import FIXTURES

    monkeypatch.setenv("TARIFFWATCH_SIGNING_KEY", SECRET)
    point_at(project, smtp.port)
    data = project.config_data()
    data["sources"]["federal_register"]["enabled"] = False
    data["smtp"] = {"host": "127.0.0.1", "port": smtp.port}
    project.write_config(data)
    shutil.copy(FIXTURES / "inbox" / "uk_stop_press.txt", project.inbox)
    subscribe(project, "tiles@example.org", "--hs", "6907")
    first = project.run("daily")
    assert first.exit_code == 0, first.stderr
    assert "1 sent" in first.stdout and [m["To"] for m in smtp.messages] == ["tiles@example.org"]
    second = project.run("daily")
    assert "0 sent, 1 already done" in second.stdout and len(smtp.messages) == 1
