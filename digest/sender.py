"""Sending each subscriber their personalised digest: every change once, no digest twice.

The delivery log decides. Per (subscriber, day, channel) one delivery: `sent`, `rejected`
or `interrupted` are final for the day; `failed` is retried on the next run. Each delivery
records the changes it carried, so a change extracted after a day's send goes out in the next
one and none is sent twice. A delivery a killed run left in `sending` is retried with the same
Message-ID (receivers fold duplicates by it) unless `digest.delivery` is `at_most_once`; the
uncertain window is one SMTP transaction. Per-recipient failures never stop the batch.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from digest.build import digest_data, prepare, todays_changes, upcoming
from digest.channels import channel_body, channel_key, notify
from digest.mailer import Mailer
from digest.matching import ChangeIndex, product_notes, subscriber_area
from digest.message import build_message
from digest.output import entry_options
from digest.render import DigestRenderer
from digest.tokens import make_token, signing_secret

FINAL_STATUSES = {"sent", "rejected", "interrupted", "sending"}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@dataclass
class SendReport:
    sent: int = 0
    already_done: int = 0
    nothing_matched: int = 0
    not_due: int = 0  # weekly subscribers on another weekday
    failed: int = 0
    rejected: int = 0
    retried: int = 0  # interrupted deliveries sent again with their Message-ID
    uncertain: int = 0  # interrupted deliveries left alone (digest.delivery: at_most_once)
    channels_sent: int = 0
    channels_failed: int = 0
    written: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


@dataclass
class Batch:
    """What one send run shares between subscribers."""

    config: object
    store: object
    day: date
    secret: str
    options: object
    changes: list[dict]
    index: ChangeIndex
    carried: set
    upcoming: list[dict]
    upcoming_changes: dict[int, dict]
    upcoming_index: ChangeIndex
    renderer: DigestRenderer = field(default_factory=DigestRenderer)
    deliveries: dict[str, dict[int, dict]] = field(default_factory=dict)  # channel -> subscriber -> row

    def delivered_today(self, subscription_id: int, channel: str) -> dict | None:
        """Today's delivery of one subscriber on one channel, read once per channel for the batch."""
        if channel not in self.deliveries:
            self.deliveries[channel] = self.store.deliveries_for(self.day.isoformat(), channel)
        return self.deliveries[channel].get(subscription_id)


def send_digests(config, store, day: date, dry_run: bool = False) -> SendReport:
    report = SendReport()
    subscriptions = store.subscriptions(status="active")
    interrupted = [] if dry_run else store.interrupted_deliveries()
    if not subscriptions and not interrupted:
        return report
    batch = _batch(config, store, day)
    mailer = Mailer(config.smtp)
    try:
        if interrupted:
            _recover(batch, mailer, interrupted, report)
        for subscription in subscriptions:
            if subscription["frequency"] == "weekly" and WEEKDAYS[day.weekday()] != config.digest.weekly_on:
                report.not_due += 1
                continue
            if subscription["email_digest"]:
                _send_email(batch, mailer, subscription, report, dry_run)
            if not dry_run:
                for url in subscription["channels"]:
                    _send_channel(batch, subscription, url, report)
    finally:
        mailer.close()
    return report


def _batch(config, store, day: date) -> Batch:
    options = entry_options(config.digest)
    start = day - timedelta(days=max(config.digest.catch_up_days, 7))
    changes = todays_changes(store, start, options, until=day)
    items = upcoming(store, day, options)
    upcoming_changes = store.changes_by_id(sorted({i["change_id"] for i in items}))
    return Batch(
        config=config,
        store=store,
        day=day,
        secret=signing_secret(config.digest.signing_key_env, config.database),
        options=options,
        changes=changes,
        index=ChangeIndex(changes),
        carried=store.carried_changes([c["id"] for c in changes]),
        upcoming=items,
        upcoming_changes=upcoming_changes,
        upcoming_index=ChangeIndex(list(upcoming_changes.values())),
    )


def due_changes(batch: Batch, subscription: dict, channel: str) -> list[dict]:
    """Matching changes not yet carried to this subscriber on this channel, in their window.

    The day's own changes always; earlier ones (catch-up) only since the subscription began,
    so a new subscriber does not receive the backlog. A weekly digest covers its seven days."""
    day = batch.day.isoformat()
    if subscription["frequency"] == "weekly":
        since = (batch.day - timedelta(days=6)).isoformat()
    else:
        since = max(
            (batch.day - timedelta(days=batch.config.digest.catch_up_days)).isoformat(),
            (subscription.get("created_at") or day)[:10],
        )
    return [
        change
        for change in batch.index.matching(subscription)
        if (subscription["id"], channel, change["id"]) not in batch.carried
        and (change["first_seen"] == day or since <= change["first_seen"] <= day)
    ]


def personal_data(batch: Batch, subscription: dict, changes: list[dict], day: date | None = None) -> dict:
    theirs = {change["id"] for change in batch.upcoming_index.matching(subscription)}
    theirs_upcoming = [item for item in batch.upcoming if item["change_id"] in theirs]
    notes = {c["id"]: product_notes(subscription, c) for c in changes}
    return digest_data(
        day or batch.day,
        changes,
        theirs_upcoming,
        place=lambda change: subscriber_area(subscription, change),
        notes={k: v for k, v in notes.items() if v},
    )


def _message(batch: Batch, subscription: dict, data: dict, message_id_value: str | None = None):
    token = make_token(batch.secret, subscription["id"], subscription["email"], subscription["generation"])
    label = "first seen in the seven days to " + data["date"] if subscription["frequency"] == "weekly" else None
    return build_message(
        subscription,
        data,
        batch.renderer,
        batch.config.smtp.from_,
        batch.options.base_url,
        token,
        message_id_value,
        period_label=label,
    )


def _send_email(batch: Batch, mailer: Mailer, subscription: dict, report: SendReport, dry_run: bool) -> None:
    previous = batch.delivered_today(subscription["id"], "email")
    if previous and previous["status"] in FINAL_STATUSES:
        report.already_done += 1
        return
    changes = due_changes(batch, subscription, "email")
    if not changes and not batch.config.digest.send_empty:
        report.nothing_matched += 1
        return
    message = _message(batch, subscription, personal_data(batch, subscription, changes))
    if dry_run:
        report.written.append(str(_write_eml(batch.config.digest.outbox_dir, batch.day, subscription, message)))
        return
    _deliver(batch.store, mailer, subscription, batch.day, message, [c["id"] for c in changes], report)


def _recover(batch: Batch, mailer: Mailer, interrupted: list[dict], report: SendReport) -> None:
    """Deliveries a killed run left in `sending`: the same message again, or (at-most-once) left alone."""
    for delivery in interrupted:
        day = date.fromisoformat(delivery["digest_date"])
        if batch.config.digest.delivery == "at_most_once":
            batch.store.mark_delivery(
                delivery["subscription_id"],
                delivery["digest_date"],
                "interrupted",
                "interrupted mid-send; not re-sent (digest.delivery: at_most_once)",
            )
            report.uncertain += 1
            continue
        subscription = batch.store.subscription(delivery["subscription_id"])
        if subscription is None or subscription["status"] != "active":
            continue
        stored = batch.store.changes_by_id(delivery["change_ids"])
        changes = prepare(batch.store, [stored[i] for i in delivery["change_ids"] if i in stored], batch.options)
        message = _message(
            batch, subscription, personal_data(batch, subscription, changes, day), delivery["message_id"]
        )
        if _deliver(batch.store, mailer, subscription, day, message, delivery["change_ids"], report) is None:
            report.retried += 1
            report.sent -= 1  # counted once, as retried


def _deliver(
    store, mailer: Mailer, subscription: dict, day: date, message, change_ids: list[int], report
) -> str | None:
    """Send one message inside the uncertain window; returns an error when the server is unreachable."""
    if mailer.unreachable:  # the server is down: record the failure for everyone, retry next run
        store.mark_sending(subscription["id"], day.isoformat(), message["Message-ID"], change_ids)
        store.mark_delivery(subscription["id"], day.isoformat(), "failed", mailer.unreachable)
        report.failed += 1
        return mailer.unreachable
    store.mark_sending(subscription["id"], day.isoformat(), message["Message-ID"], change_ids)
    outcome = mailer.send(message)
    if outcome.status == "sent":
        store.mark_delivery(subscription["id"], day.isoformat(), "sent")
        report.sent += 1
        return None
    store.mark_delivery(subscription["id"], day.isoformat(), outcome.status, outcome.error)
    if outcome.status == "rejected":
        store.pause_subscription(subscription["id"], f"rejected by the mail server: {outcome.error}")
        report.rejected += 1
    else:
        report.failed += 1
    report.errors.append(f"{subscription['email']}: {outcome.error}")
    return outcome.error


def _send_channel(batch: Batch, subscription: dict, url: str, report: SendReport) -> None:
    key, day = channel_key(url), batch.day.isoformat()
    previous = batch.delivered_today(subscription["id"], key)
    if previous and previous["status"] in FINAL_STATUSES:
        return
    changes = due_changes(batch, subscription, key)
    if not changes:
        return
    data = personal_data(batch, subscription, changes)
    title = f"tariffwatch {day}: {len(changes)} change{'s' if len(changes) != 1 else ''} in your product areas"
    body = channel_body(data, f"{batch.options.base_url.rstrip('/')}/digests/{day}", data["notes"])
    batch.store.mark_sending(subscription["id"], day, f"{key}:{day}", [c["id"] for c in changes], key)
    error = notify(url, title, body)
    batch.store.mark_delivery(subscription["id"], day, "failed" if error else "sent", error, key)
    if error:
        report.channels_failed += 1
        report.errors.append(f"{subscription['email']} channel {error}")
    else:
        report.channels_sent += 1


def _write_eml(outbox: Path, day: date, subscription: dict, message) -> Path:
    folder = outbox / day.isoformat()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{subscription['id']:06d}-{subscription['email'].replace('@', '_at_')}.eml"
    path.write_bytes(bytes(message))
    return path
