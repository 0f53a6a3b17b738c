"""Sending each subscriber their personalised digest, exactly once.

The delivery log decides: a subscriber already `sent` (or `sending` when a crash left the
outcome unknown, or `rejected`) for the day is skipped; `failed` deliveries are retried on the
next run. A permanently rejected address is paused and the batch goes on.
"""

from __future__ import annotations

import os
import smtplib
import ssl
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from digest.build import digest_data, todays_changes, upcoming_changes
from digest.matching import ChangeIndex, subscription_matches
from digest.message import build_message
from digest.render import DigestRenderer
from digest.tokens import make_token, signing_secret
from tariffwatch.errors import TariffwatchError

FINAL_STATUSES = {"sent", "sending", "rejected"}


@dataclass
class SendReport:
    sent: int = 0
    already_done: int = 0
    nothing_matched: int = 0
    failed: int = 0
    rejected: int = 0
    uncertain: int = 0  # left in `sending` by an interrupted run: not re-sent
    written: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


class Mailer:
    """A lazily opened SMTP connection with the configured TLS and login."""

    def __init__(self, settings):
        self.settings = settings
        self.connection: smtplib.SMTP | None = None

    def send(self, message) -> None:
        if self.connection is None:
            self.connection = self._connect()
        self.connection.send_message(message)

    def _connect(self) -> smtplib.SMTP:
        s = self.settings
        if s.ssl:
            connection = smtplib.SMTP_SSL(s.host, s.port, timeout=30, context=ssl.create_default_context())
        else:
            connection = smtplib.SMTP(s.host, s.port, timeout=30)
            if s.starttls:
                connection.starttls(context=ssl.create_default_context())
        if s.username:
            password = os.environ.get(s.password_env or "", "")
            if not password:
                raise TariffwatchError(f"SMTP login needs the password in environment variable {s.password_env}")
            connection.login(s.username, password)
        return connection

    def reset(self) -> None:
        if self.connection is not None:
            try:
                self.connection.close()
            finally:
                self.connection = None

    def close(self) -> None:
        if self.connection is not None:
            try:
                self.connection.quit()
            except smtplib.SMTPException:
                pass
            self.reset()


def send_digests(config, store, day: date, dry_run: bool = False) -> SendReport:
    subscriptions = store.subscriptions(status="active")
    report = SendReport()
    if not subscriptions:
        return report
    secret = signing_secret(config.digest.signing_key_env, config.database)
    changes = todays_changes(store, day)
    index, upcoming = ChangeIndex(changes), upcoming_changes(store, day)
    renderer, mailer = DigestRenderer(), Mailer(config.smtp)
    deliveries = store.deliveries_for(day.isoformat())
    unreachable = None
    try:
        for subscription in subscriptions:
            previous = deliveries.get(subscription["id"])
            if previous and previous["status"] in FINAL_STATUSES:
                report.already_done += 1
                report.uncertain += previous["status"] == "sending"
                continue
            matched = index.matching(subscription)
            if not matched and not config.digest.send_empty:
                report.nothing_matched += 1
                continue
            theirs_upcoming = [c for c in upcoming if subscription_matches(subscription, c)]
            message = build_message(
                subscription,
                digest_data(day, matched, theirs_upcoming),
                renderer,
                config.smtp.from_,
                str(config.digest.base_url),
                make_token(secret, subscription["id"], subscription["email"]),
            )
            if dry_run:
                report.written.append(str(_write_eml(config.digest.outbox_dir, day, subscription, message)))
                continue
            if unreachable:  # the server is down: record the failure for everyone, retry next run
                _record_failure(store, subscription, day, message, len(matched), unreachable, report)
                continue
            unreachable = _deliver(store, mailer, subscription, day, message, len(matched), report)
    finally:
        mailer.close()
    return report


def _deliver(store, mailer, subscription, day, message, count, report) -> str | None:
    """Send one message; returns an error when the server cannot be reached at all."""
    store.mark_sending(subscription["id"], day.isoformat(), message["Message-ID"], count)
    try:
        mailer.send(message)
    except smtplib.SMTPRecipientsRefused as exc:
        code, reason = next(iter(exc.recipients.values()))
        return _refused(store, subscription, day, code, reason, report)
    except smtplib.SMTPResponseException as exc:
        mailer.reset()
        return _refused(store, subscription, day, exc.smtp_code, exc.smtp_error, report)
    except (smtplib.SMTPException, OSError) as exc:
        mailer.reset()
        error = f"SMTP server {mailer.settings.host}:{mailer.settings.port} unreachable ({exc})"
        store.mark_delivery(subscription["id"], day.isoformat(), "failed", error)
        report.failed += 1
        report.errors.append(f"{subscription['email']}: {error}")
        return error
    store.mark_delivery(subscription["id"], day.isoformat(), "sent")
    report.sent += 1
    return None


def _refused(store, subscription, day, code: int, reason, report) -> None:
    text = reason.decode("utf-8", "replace") if isinstance(reason, bytes) else str(reason)
    error = f"{code} {text}"
    if 500 <= code < 600:  # permanent: pause the address, go on with the others
        store.mark_delivery(subscription["id"], day.isoformat(), "rejected", error)
        store.pause_subscription(subscription["id"], f"rejected by the mail server: {error}")
        report.rejected += 1
    else:
        store.mark_delivery(subscription["id"], day.isoformat(), "failed", error)
        report.failed += 1
    report.errors.append(f"{subscription['email']}: {error}")
    return None


def _record_failure(store, subscription, day, message, count, error, report) -> None:
    store.mark_sending(subscription["id"], day.isoformat(), message["Message-ID"], count)
    store.mark_delivery(subscription["id"], day.isoformat(), "failed", error)
    report.failed += 1


def _write_eml(outbox: Path, day: date, subscription: dict, message) -> Path:
    folder = outbox / day.isoformat()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{subscription['id']:06d}-{subscription['email'].replace('@', '_at_')}.eml"
    path.write_bytes(bytes(message))
    return path
