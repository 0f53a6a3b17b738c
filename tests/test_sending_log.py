"""What the delivery log decides at send time, in the test's own process (a real SMTP server on loopback).

A run killed mid-send leaves its delivery in `sending`: these tests leave that state through the
store, as the killed run did, and check what the next run does with it (the SIGKILL itself is
tested in test_mailing.py). Catch-up windows and empty digests too.
"""

import json
import re
from datetime import date, timedelta

import yaml

from tests.sending_helpers import DOCUMENTS, documents_in, plain, subscribe

TODAY = date.today()


def set_digest(project, **settings):
    data = yaml.safe_load(project.config_path.read_text())
    data["digest"].update(settings)
    project.write_config(data)


def change_id(project, title: str) -> int:
    store = project.store()
    try:
        return store.db.execute(
            "select c.id from changes c join documents d on d.id = c.document_id where d.title = ?", [title]
        ).fetchone()[0]
    finally:
        store.close()


def left_sending(project, email: str, message_id: str, titles_carried: list[str], day: date = TODAY) -> int:
    """What a run killed between 'sending' and the server's answer leaves in the log."""
    store = project.store()
    try:
        subscription = store.subscription_by_email(email)
        ids = [change_id(project, title) for title in titles_carried]
        store.mark_sending(subscription["id"], day.isoformat(), message_id, ids)
        return subscription["id"]
    finally:
        store.close()


def statuses(project) -> list[tuple[str, str, str | None]]:
    store = project.store()
    try:
        return [
            (row["digest_date"], row["status"], row["last_error"])
            for row in store.db.query("select * from deliveries order by id")
        ]
    finally:
        store.close()


STEEL = DOCUMENTS["eu-steel.html"][0]


def entries(message) -> list[str]:
    """The documents of the changes a message lists, by their links (upcoming dates not counted)."""
    return re.findall(r"^\* .+\n  .+\n  https://example\.org/(\S+)$", plain(message), flags=re.M)


def first_seen_on(project, day: date) -> None:
    """Every document and change first seen on `day`, as if crawled and extracted then."""
    store = project.store()
    with store.db.atomic():
        store.db.execute("update document_versions set fetched_at = ?", [day.isoformat() + "T06:00:00+00:00"])
        store.db.execute("update changes set first_seen = ?", [day.isoformat()])
    store.close()


def test_an_interrupted_delivery_is_sent_again_with_its_message_id_and_only_what_it_carried(mailing, smtp):
    subscribe(mailing, "desk@example.org", "--hs", "72")
    left_sending(mailing, "desk@example.org", "<digest.crashed@tariffwatch.example>", [STEEL])
    report = json.loads(mailing.run("send", "--json").stdout)
    assert (report["retried"], report["sent"], report["already_done"], report["uncertain"]) == (1, 0, 1, 0)
    [message] = smtp.messages
    assert message["Message-ID"] == "<digest.crashed@tariffwatch.example>"
    assert entries(message) == ["eu-steel.html"]
    assert statuses(mailing) == [(TODAY.isoformat(), "sent", None)]
    tomorrow = json.loads(mailing.run("send", "--date", (TODAY + timedelta(days=1)).isoformat(), "--json").stdout)
    assert tomorrow["sent"] == 1
    assert sorted(entries(smtp.messages[1])) == ["ca-steel.txt", "us-steel.txt"]  # the rest of the day's steel, once


def test_an_interrupted_delivery_from_yesterday_keeps_its_date(mailing, smtp):
    subscribe(mailing, "desk@example.org", "--hs", "8703")
    yesterday = TODAY - timedelta(days=1)
    left_sending(
        mailing, "desk@example.org", "<digest.y@tariffwatch.example>", [DOCUMENTS["uk-cars.txt"][0]], yesterday
    )
    report = json.loads(mailing.run("send", "--json").stdout)
    assert (report["retried"], report["sent"], report["nothing_matched"]) == (1, 0, 1)
    assert smtp.messages[0]["Subject"].startswith(f"tariffwatch digest {yesterday.isoformat()}: 1 change")
    assert statuses(mailing) == [(yesterday.isoformat(), "sent", None)]


def test_at_most_once_marks_an_interrupted_delivery_and_sends_nothing_for_that_day(mailing, smtp):
    set_digest(mailing, delivery="at_most_once")
    for address in ("desk@example.org", "annex@example.org"):
        subscribe(mailing, address, "--hs", "72")
        left_sending(mailing, address, f"<digest.crashed.{address}@tariffwatch.example>", [STEEL])
    result = mailing.run("send", "--json")
    report = json.loads(result.stdout)
    assert (report["uncertain"], report["retried"], report["sent"], report["already_done"]) == (2, 0, 0, 2)
    assert smtp.messages == []
    assert statuses(mailing) == 2 * [
        (TODAY.isoformat(), "interrupted", "interrupted mid-send; not re-sent (digest.delivery: at_most_once)")
    ]


def test_an_interrupted_delivery_to_someone_who_unsubscribed_since_is_not_sent(mailing, smtp):
    subscribe(mailing, "gone@example.org", "--hs", "72")
    subscribe(mailing, "stays@example.org", "--hs", "72")
    left_sending(mailing, "gone@example.org", "<digest.crashed-1@tariffwatch.example>", [STEEL])
    left_sending(mailing, "stays@example.org", "<digest.crashed-2@tariffwatch.example>", [STEEL])
    assert mailing.run("unsubscribe", "gone@example.org").exit_code == 0
    report = json.loads(mailing.run("send", "--json").stdout)
    assert (report["retried"], report["sent"]) == (1, 0)  # the next interrupted delivery is still resent
    assert [(m["To"], m["Message-ID"]) for m in smtp.messages] == [
        ("stays@example.org", "<digest.crashed-2@tariffwatch.example>")
    ]


def test_the_log_keeps_the_message_id_it_sent(mailing, smtp):
    subscribe(mailing, "desk@example.org", "--hs", "72")
    assert mailing.run("send").exit_code == 0
    store = mailing.store()
    try:
        [row] = list(store.db.query("select message_id from deliveries"))
    finally:
        store.close()
    assert row["message_id"] == smtp.messages[0]["Message-ID"]


def test_a_dry_run_leaves_an_interrupted_delivery_for_the_real_run(mailing, smtp):
    subscribe(mailing, "desk@example.org", "--hs", "72")
    left_sending(mailing, "desk@example.org", "<digest.crashed@tariffwatch.example>", [STEEL])
    dry = json.loads(mailing.run("send", "--dry-run", "--json").stdout)
    assert (dry["retried"], dry["already_done"], dry["written"]) == (0, 1, [])
    assert statuses(mailing) == [(TODAY.isoformat(), "sending", None)] and smtp.messages == []


def test_a_dry_run_writes_one_eml_per_subscriber_named_after_them(mailing, smtp):
    subscribe(mailing, "steel.desk@example.org", "--hs", "72")
    subscribe(mailing, "cars@example.org", "--hs", "8703")
    report = json.loads(mailing.run("send", "--dry-run", "--json").stdout)
    outbox = mailing.root / "outbox" / TODAY.isoformat()
    assert report["written"] == [
        str(outbox / "000001-steel.desk_at_example.org.eml"),
        str(outbox / "000002-cars_at_example.org.eml"),
    ]
    assert b"Commodity code changes for motor cars" in (outbox / "000002-cars_at_example.org.eml").read_bytes()


def test_catch_up_brings_a_missed_change_to_an_existing_subscriber_but_no_backlog_to_a_new_one(mailing, smtp):
    subscribe(mailing, "old@example.org", "--hs", "72")
    subscribe(mailing, "new@example.org", "--hs", "72")
    store = mailing.store()
    with store.db.atomic():
        store.db.execute(
            "update subscriptions set created_at = ? where email = 'old@example.org'",
            [(TODAY - timedelta(days=20)).isoformat() + "T09:00:00+00:00"],
        )
    store.close()
    first_seen_on(mailing, TODAY - timedelta(days=3))
    report = json.loads(mailing.run("send", "--json").stdout)
    assert (report["sent"], report["nothing_matched"]) == (1, 1)
    [message] = smtp.messages
    assert message["To"] == "old@example.org" and documents_in(message) == {
        "eu-steel.html",
        "us-steel.txt",
        "ca-steel.txt",
    }


def test_a_change_first_seen_before_the_catch_up_window_is_not_sent(mailing, smtp):
    subscribe(mailing, "old@example.org", "--hs", "72")
    store = mailing.store()
    with store.db.atomic():
        store.db.execute("update subscriptions set created_at = ?", [(TODAY - timedelta(days=60)).isoformat()])
    store.close()
    set_digest(mailing, catch_up_days=2)
    first_seen_on(mailing, TODAY - timedelta(days=3))
    report = json.loads(mailing.run("send", "--json").stdout)
    assert (report["sent"], report["nothing_matched"]) == (0, 1)


def test_with_send_empty_a_subscriber_hears_that_nothing_matched(mailing, smtp):
    set_digest(mailing, send_empty=True)
    subscribe(mailing, "fish@example.org", "--hs", "03")
    report = json.loads(mailing.run("send", "--json").stdout)
    assert (report["sent"], report["nothing_matched"]) == (1, 0)
    [message] = smtp.messages
    assert message["Subject"] == f"tariffwatch digest {TODAY.isoformat()}: 0 changes in your product areas"
    assert entries(message) == [] and "You follow: product areas 03." in plain(message)
