"""Subscriptions and the delivery log that makes sending idempotent.

A delivery row exists per (subscription, digest date). Its status moves
pending -> sending -> sent, or to failed (retried next run) or rejected (address paused).
A row left in `sending` by a crash may or may not have reached the server: it is never
re-sent automatically, so nobody gets a digest twice.
"""

from __future__ import annotations

import json

from tariffwatch.store.documents import utc_now


class SubscriptionStore:
    db: sqlite_utils.Database  # noqa: F821

    def subscribe(self, email: str, hs_prefixes: list[str], jurisdictions: list[str], measures: list[str]) -> str:
        """Create or update a subscription (re-activating it); returns 'created' or 'updated'."""
        now = utc_now()
        fields = {
            "hs_prefixes": json.dumps(sorted(set(hs_prefixes))),
            "jurisdictions": json.dumps(sorted(set(jurisdictions))),
            "measures": json.dumps(sorted(set(measures))),
            "status": "active",
            "status_reason": None,
            "updated_at": now,
        }
        with self.db.atomic():
            existing = self.db.execute("select id from subscriptions where email = ?", [email]).fetchone()
            if existing:
                self.db["subscriptions"].update(existing[0], fields)
                return "updated"
            self.db["subscriptions"].insert({"email": email, "created_at": now, **fields})
            return "created"

    def unsubscribe(self, email: str) -> bool:
        with self.db.atomic():
            cursor = self.db.execute(
                "update subscriptions set status = 'unsubscribed', updated_at = ? where email = ? "
                "and status != 'unsubscribed'",
                [utc_now(), email],
            )
            return cursor.rowcount > 0

    def subscriptions(self, status: str | None = None) -> list[dict]:
        query = "select * from subscriptions" + (" where status = ?" if status else "") + " order by id"
        return [self._decoded(row) for row in self.db.query(query, [status] if status else [])]

    def subscription_by_email(self, email: str) -> dict | None:
        rows = list(self.db.query("select * from subscriptions where email = ?", [email]))
        return self._decoded(rows[0]) if rows else None

    def pause_subscription(self, subscription_id: int, reason: str) -> None:
        with self.db.atomic():
            self.db["subscriptions"].update(
                subscription_id, {"status": "paused", "status_reason": reason, "updated_at": utc_now()}
            )

    @staticmethod
    def _decoded(row: dict) -> dict:
        row = dict(row)
        for key in ("hs_prefixes", "jurisdictions", "measures"):
            row[key] = json.loads(row[key] or "[]")
        return row

    # -- delivery log --------------------------------------------------------------------

    def deliveries_for(self, digest_date: str) -> dict[int, dict]:
        rows = self.db.query("select * from deliveries where digest_date = ?", [digest_date])
        return {row["subscription_id"]: row for row in rows}

    def mark_sending(self, subscription_id: int, digest_date: str, message_id: str, changes: int) -> None:
        """Recorded (and committed) before the message goes out."""
        now = utc_now()
        with self.db.atomic():
            self.db.execute(
                "insert into deliveries"
                " (subscription_id, digest_date, status, message_id, changes, attempts, updated_at) "
                "values (?, ?, 'sending', ?, ?, 1, ?) on conflict(subscription_id, digest_date) do update set "
                "status = 'sending', message_id = excluded.message_id, changes = excluded.changes, "
                "attempts = deliveries.attempts + 1, updated_at = excluded.updated_at",
                [subscription_id, digest_date, message_id, changes, now],
            )

    def mark_delivery(self, subscription_id: int, digest_date: str, status: str, error: str | None = None) -> None:
        now = utc_now()
        with self.db.atomic():
            self.db.execute(
                "update deliveries set status = ?, last_error = ?, updated_at = ?, "
                "sent_at = case when ? = 'sent' then ? else sent_at end "
                "where subscription_id = ? and digest_date = ?",
                [status, error, now, status, now, subscription_id, digest_date],
            )
