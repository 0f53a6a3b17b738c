"""E-mail delivery against a real SMTP server on loopback (aiosmtpd): the message, the log of deliveries,
retries, failures that pause or not, interrupted sends and dry runs."""

import json
import os
import re
import signal
import subprocess
import sys
import time

import pytest
import yaml

from digest.subscriptions import MEASURE_TYPES
from digest.tokens import read_token
from tariffwatch.store import DocumentRecord
from tests.digest_helpers import add_documents
from tests.sending_helpers import SECRET, plain, point_at, subscribe
from tests.smtp_server import SmtpServer, free_port


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
    subscription_id, email, generation = read_token(SECRET, url.split("token=")[1])
    assert email == "policy@example.org" and generation == 1
    html = message.get_body(("html",)).get_content()
    assert "<script" not in html and "Ch. 72 Iron and steel" in html


def test_list_unsubscribe_is_never_rfc2047_encoded(mailing, smtp):
    """RFC 2369/8058 clients read a plain <URL>: the raw header line is never an encoded word."""
    subscribe(mailing, "a-rather-long-address-for-folding@example.org", "--hs", "72")
    mailing.run("send")
    raw = smtp.raw[0].decode("ascii")
    [line] = [line for line in raw.split("\r\n") if line.startswith("List-Unsubscribe:")]
    assert line.startswith("List-Unsubscribe: <https://tariffwatch.example/unsubscribe?token=") and line.endswith(">")
    assert "=?" not in line


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
        (
            ["subscribe", "not-an-address"],
            "'not-an-address' is not a valid e-mail address: An email address must have an @-sign.",
        ),
        (
            ["subscribe", "a@example.org", "--hs", "7"],
            "--hs '7': give 2 to 10 digits of an HS/CN/HTS code (e.g. 72, 7208, 7208 51 20)",
        ),
        (
            ["subscribe", "a@example.org", "--measure", "tariffs"],
            f"--measure 'tariffs': one of {', '.join(MEASURE_TYPES)}",
        ),
        (
            ["subscribe", "a@example.org", "--jurisdiction", "USA"],
            "--jurisdiction 'USA': give a two-letter code such as US, EU, GB, CA",
        ),
        (
            ["subscribe", "a@example.org", "--frequency", "hourly"],
            "--frequency 'hourly': one of daily, weekly",
        ),
    ],
)
def test_bad_subscription_input_is_one_line(project, args, message):
    result = project.run(*args)
    assert (result.exit_code, result.stderr) == (2, f"Error: {message}\n")


def kill_while_sending(mailing, smtp, held: str) -> None:
    """Run `send` in a real process and SIGKILL it while the server holds `held`'s message (never accepted)."""
    import asyncio

    original = smtp.handler.handle_DATA

    async def holding(server, session, envelope):
        if held in envelope.rcpt_tos:
            await asyncio.sleep(10)
            return "451 4.3.0 connection lost before the message was accepted"
        return await original(server, session, envelope)

    smtp.handler.handle_DATA = holding
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


@pytest.mark.separate_process
def test_a_send_killed_mid_transaction_is_retried_with_the_same_message_id(mailing, smtp):
    """SIGKILL while user3's message is in flight: the next run sends it again, same Message-ID, once."""
    addresses = [f"user{n}@example.org" for n in range(1, 7)]
    for address in addresses:
        subscribe(mailing, address, "--hs", "72")
    kill_while_sending(mailing, smtp, "user3@example.org")
    assert sorted(m["To"] for m in smtp.messages) == addresses[:2]
    [interrupted] = [r for r in mailing.store().db["deliveries"].rows if r["status"] == "sending"]
    result = mailing.run("send", "--json")
    report = json.loads(result.stdout)
    assert report["retried"] == 1 and report["sent"] == 3 and report["uncertain"] == 0
    received = [m["To"] for m in smtp.messages]
    assert sorted(received) == addresses  # each exactly once
    [retried] = [m for m in smtp.messages if m["To"] == "user3@example.org"]
    assert retried["Message-ID"] == interrupted["message_id"]


@pytest.mark.separate_process
def test_at_most_once_leaves_an_interrupted_send_alone_and_reports_it(mailing, smtp):
    data = yaml.safe_load(mailing.config_path.read_text())
    data["digest"]["delivery"] = "at_most_once"
    mailing.write_config(data)
    for address in ("user1@example.org", "user2@example.org", "user3@example.org"):
        subscribe(mailing, address, "--hs", "72")
    kill_while_sending(mailing, smtp, "user3@example.org")
    result = mailing.run("send", "--json")
    report = json.loads(result.stdout)
    assert report["uncertain"] == 1 and report["retried"] == 0 and report["sent"] == 0
    assert sorted(m["To"] for m in smtp.messages) == ["user1@example.org", "user2@example.org"]
    statuses = {r["subscription_id"]: r["status"] for r in mailing.store().db["deliveries"].rows}
    assert sorted(statuses.values()) == ["interrupted", "sent", "sent"]


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


def test_a_temporary_4xx_fails_the_delivery_without_pausing_and_the_next_run_sends_it(mailing, smtp):
    for address in ("first@example.org", "busy@example.org", "last@example.org"):
        subscribe(mailing, address, "--hs", "72")
    smtp.handler.defer.add("busy@example.org")
    report = json.loads(mailing.run("send", "--json").stdout)
    assert (report["sent"], report["failed"], report["rejected"]) == (2, 1, 0)
    assert mailing.store().subscription_by_email("busy@example.org")["status"] == "active"
    smtp.handler.defer.clear()
    again = json.loads(mailing.run("send", "--json").stdout)
    assert (again["sent"], again["already_done"]) == (1, 2)
    assert sorted(m["To"] for m in smtp.messages) == ["busy@example.org", "first@example.org", "last@example.org"]


def test_a_non_ascii_address_without_smtputf8_fails_alone_and_the_batch_goes_on(mailing, monkeypatch):
    server = SmtpServer(smtputf8=False).start()
    try:
        point_at(mailing, server.port)
        for address in ("anna@example.org", "jörg@example.org", "zoe@example.org"):
            subscribe(mailing, address, "--hs", "72")
        result = mailing.run("send", "--json")
        report = json.loads(result.stdout)
        assert (report["sent"], report["failed"]) == (2, 1)
        assert sorted(m["To"] for m in server.messages) == ["anna@example.org", "zoe@example.org"]
        [error] = report["errors"]
        assert error.startswith("jörg@example.org: the mail server does not support SMTPUTF8")
    finally:
        server.stop()


def test_a_change_extracted_after_the_days_send_goes_out_in_the_next_send(mailing, smtp):
    from datetime import date, timedelta

    subscribe(mailing, "steel@example.org", "--hs", "72")
    today = date.today()
    assert mailing.run("send").exit_code == 0
    add_documents(
        mailing,
        [
            {
                "title": "Late notice on wire rod",
                "text": "A surveillance measure applies to wire rod of CN code 7213 91 10.",
            }
        ],
    )
    same_day = json.loads(mailing.run("send", "--json").stdout)
    assert (same_day["sent"], same_day["already_done"]) == (0, 1)  # one digest a day
    tomorrow = (today + timedelta(days=1)).isoformat()
    next_day = json.loads(mailing.run("send", "--date", tomorrow, "--json").stdout)
    assert next_day["sent"] == 1
    first, second = smtp.messages
    assert "Late notice on wire rod" not in plain(first)
    later = plain(second)
    assert "Late notice on wire rod" in later
    assert re.findall(r"^\* (.+)$", later, flags=re.M) == ["Late notice on wire rod"]  # nothing sent twice
