"""Subscriptions, their catalogues and double opt-in requests, and the delivery log.

A delivery row exists per (subscription, digest date, channel); its status moves
sending -> sent, or to failed (retried next run), rejected (address paused) or interrupted
(a crash left it in `sending` and the config chose at-most-once). The changes each delivery
carried are recorded with it, so a change extracted after a day's send goes out in the next one
and no change reaches a subscriber twice.
"""

from __future__ import annotations

import json

from tariffwatch.store.documents import utc_now

CARRIED = ("sent", "sending", "interrupted")  # a change in one of these is never sent again


class SubscriptionStore:
    db: sqlite_utils.Database  # noqa: F821

    def subscribe(
        self,
        email: str,
        hs_prefixes: list[str],
        jurisdictions: list[str],
        measures: list[str],
        frequency: str = "daily",
        channels: list[str] | None = None,
        email_digest: bool = True,
    ) -> str:
        """Create or update a subscription (re-activating it); returns 'created' or 'updated'.

        Re-subscribing after an unsubscribe starts a new generation: older links stop working."""
        now = utc_now()
        fields = {
            "hs_prefixes": json.dumps(sorted(set(hs_prefixes))),
            "jurisdictions": json.dumps(sorted(set(jurisdictions))),
            "measures": json.dumps(sorted(set(measures))),
            "frequency": frequency,
            "channels": json.dumps(list(dict.fromkeys(channels or []))),
            "email_digest": int(email_digest),
            "status": "active",
            "status_reason": None,
            "updated_at": now,
        }
        with self.db.atomic():
            existing = self.db.execute(
                "select id, status, coalesce(generation, 1) from subscriptions where email = ?", [email]
            ).fetchone()
            if existing:
                generation = existing[2] + (existing[1] == "unsubscribed")
                self.db["subscriptions"].update(existing[0], {**fields, "generation": generation})
                return "updated"
            self.db["subscriptions"].insert({"email": email, "created_at": now, "generation": 1, **fields})
            return "created"

    def unsubscribe(self, email: str, generation: int | None = None) -> bool:
        """Stop a subscription; with `generation`, only if the link was made for the current one."""
        with self.db.atomic():
            cursor = self.db.execute(
                "update subscriptions set status = 'unsubscribed', updated_at = ? where email = ? "
                "and status != 'unsubscribed' and (? is null or coalesce(generation, 1) = ?)",
                [utc_now(), email, generation, generation],
            )
            return cursor.rowcount > 0

    def subscriptions(self, status: str | None = None) -> list[dict]:
        query = "select * from subscriptions" + (" where status = ?" if status else "") + " order by id"
        rows = [self._decoded(row) for row in self.db.query(query, [status] if status else [])]
        products = self.products_of([row["id"] for row in rows])
        for row in rows:
            row["products"] = products.get(row["id"], [])
        return rows

    def subscription_by_email(self, email: str) -> dict | None:
        rows = list(self.db.query("select * from subscriptions where email = ?", [email]))
        return self._with_products(self._decoded(rows[0])) if rows else None

    def subscription(self, subscription_id: int) -> dict | None:
        rows = list(self.db.query("select * from subscriptions where id = ?", [subscription_id]))
        return self._with_products(self._decoded(rows[0])) if rows else None

    def pause_subscription(self, subscription_id: int, reason: str) -> None:
        with self.db.atomic():
            self.db["subscriptions"].update(
                subscription_id, {"status": "paused", "status_reason": reason, "updated_at": utc_now()}
            )

    def _with_products(self, row: dict) -> dict:
        row["products"] = self.products_of([row["id"]]).get(row["id"], [])
        return row

    @staticmethod
    def _decoded(row: dict) -> dict:
        row = dict(row)
        for key in ("hs_prefixes", "jurisdictions", "measures", "channels"):
            row[key] = json.loads(row.get(key) or "[]")
        row["generation"] = row.get("generation") or 1
        row["frequency"] = row.get("frequency") or "daily"
        row["email_digest"] = bool(1 if row.get("email_digest") is None else row["email_digest"])
        return row

    # -- catalogues: a subscriber's own product list -------------------------------------

    def set_products(self, subscription_id: int, products: list[dict]) -> None:
        """Replace a subscription's catalogue: [{code, name, as_written}]."""
        with self.db.atomic():
            self.db.execute("delete from subscription_products where subscription_id = ?", [subscription_id])
            self.db["subscription_products"].insert_all(
                [{"subscription_id": subscription_id, **product} for product in products]
            )

    def products_of(self, subscription_ids: list[int]) -> dict[int, list[dict]]:
        if not subscription_ids:
            return {}
        found: dict[int, list[dict]] = {}
        for start in range(0, len(subscription_ids), 500):
            chunk = subscription_ids[start : start + 500]
            rows = self.db.query(
                "select subscription_id, code, name, as_written from subscription_products "
                f"where subscription_id in ({','.join('?' * len(chunk))}) order by id",
                chunk,
            )
            for row in rows:
                found.setdefault(row.pop("subscription_id"), []).append(row)
        return found

    # -- double opt-in ---------------------------------------------------------------------

    def add_request(self, email: str, request: dict) -> int:
        with self.db.atomic():
            return (
                self.db["subscription_requests"]
                .insert({"email": email, "request": json.dumps(request), "created_at": utc_now()})
                .last_pk
            )

    def request(self, request_id: int) -> dict | None:
        rows = list(self.db.query("select * from subscription_requests where id = ?", [request_id]))
        if not rows:
            return None
        return {**rows[0], "request": json.loads(rows[0]["request"])}

    def confirm_request(self, request_id: int) -> bool:
        """Mark a request confirmed; False when it already was (a link clicked twice)."""
        with self.db.atomic():
            cursor = self.db.execute(
                "update subscription_requests set confirmed_at = ? where id = ? and confirmed_at is null",
                [utc_now(), request_id],
            )
            return cursor.rowcount > 0

    # -- delivery log --------------------------------------------------------------------

    def deliveries_for(self, digest_date: str, channel: str = "email") -> dict[int, dict]:
        rows = self.db.query("select * from deliveries where digest_date = ? and channel = ?", [digest_date, channel])
        return {row["subscription_id"]: row for row in rows}

    def interrupted_deliveries(self, channel: str = "email") -> list[dict]:
        """Deliveries a killed run left in `sending`, with the change ids they carried."""
        rows = list(self.db.query("select * from deliveries where status = 'sending' and channel = ?", [channel]))
        for row in rows:
            row["change_ids"] = self.delivery_change_ids(row["id"])
        return rows

    def delivery_change_ids(self, delivery_id: int) -> list[int]:
        return [
            row[0]
            for row in self.db.execute(
                "select change_id from delivered_changes where delivery_id = ? order by change_id", [delivery_id]
            )
        ]

    def carried_changes(self, change_ids: list[int]) -> set[tuple[int, str, int]]:
        """(subscription id, channel, change id) of every listed change already carried to someone."""
        pairs: set[tuple[int, str, int]] = set()
        for start in range(0, len(change_ids), 500):
            chunk = change_ids[start : start + 500]
            rows = self.db.execute(
                "select dc.subscription_id, d.channel, dc.change_id from delivered_changes dc "
                "join deliveries d on d.id = dc.delivery_id "
                f"where d.status in ({','.join('?' * len(CARRIED))}) "
                f"and dc.change_id in ({','.join('?' * len(chunk))})",
                [*CARRIED, *chunk],
            )
            pairs.update((row[0], row[1], row[2]) for row in rows)
        return pairs

    def mark_sending(
        self,
        subscription_id: int,
        digest_date: str,
        message_id: str,
        change_ids: list[int],
        channel: str = "email",
    ) -> int:
        """Recorded (and committed), with the changes it carries, before the message goes out."""
        now = utc_now()
        with self.db.atomic():
            self.db.execute(
                "insert into deliveries"
                " (subscription_id, digest_date, channel, status, message_id, changes, attempts, updated_at) "
                "values (?, ?, ?, 'sending', ?, ?, 1, ?) on conflict(subscription_id, digest_date, channel) do update "
                "set status = 'sending', message_id = excluded.message_id, changes = excluded.changes, "
                "attempts = deliveries.attempts + 1, updated_at = excluded.updated_at",
                [subscription_id, digest_date, channel, message_id, len(change_ids), now],
            )
            delivery_id = self.db.execute(
                "select id from deliveries where subscription_id = ? and digest_date = ? and channel = ?",
                [subscription_id, digest_date, channel],
            ).fetchone()[0]
            self.db.execute("delete from delivered_changes where delivery_id = ?", [delivery_id])
            self.db["delivered_changes"].insert_all(
                [
                    {"delivery_id": delivery_id, "subscription_id": subscription_id, "change_id": change_id}
                    for change_id in change_ids
                ]
            )
        return delivery_id

    def mark_delivery(
        self, subscription_id: int, digest_date: str, status: str, error: str | None = None, channel: str = "email"
    ) -> None:
        now = utc_now()
        with self.db.atomic():
            self.db.execute(
                "update deliveries set status = ?, last_error = ?, updated_at = ?, "
                "sent_at = case when ? = 'sent' then ? else sent_at end "
                "where subscription_id = ? and digest_date = ? and channel = ?",
                [status, error, now, status, now, subscription_id, digest_date, channel],
            )
