"""The delivery log on a real SQLite file: what was sent to whom, so nobody gets a change twice.

One row per (subscriber, digest date, channel), moving sending -> sent / failed / rejected /
interrupted, with the changes it carried. The sends themselves are in test_sending.py.
"""

import pytest

from tariffwatch.store import open_store

DAY = "2026-11-24"


@pytest.fixture
def store(tmp_path):
    store = open_store(tmp_path / "tariffwatch.db")
    store.subscribe("steel@example.org", ["72"], [], [])
    store.subscribe("tiles@example.org", ["6907"], ["EU"], [])
    yield store
    store.close()


def ids(store) -> tuple[int, int]:
    return tuple(row["id"] for row in store.subscriptions())


def rows(store) -> list[tuple]:
    return [
        (
            r["subscription_id"],
            r["digest_date"],
            r["channel"],
            r["status"],
            r["message_id"],
            r["changes"],
            r["attempts"],
        )
        for r in store.db.query("select * from deliveries order by id")
    ]


def test_sending_is_recorded_with_the_changes_it_carries_before_the_message_goes(store):
    steel, _ = ids(store)
    delivery = store.mark_sending(steel, DAY, "<digest.1@tariffwatch.example>", [31, 7, 12])
    assert rows(store) == [(steel, DAY, "email", "sending", "<digest.1@tariffwatch.example>", 3, 1)]
    assert store.delivery_change_ids(delivery) == [7, 12, 31]
    assert store.carried_changes([7, 12, 31, 40]) == {(steel, "email", 7), (steel, "email", 12), (steel, "email", 31)}


def test_a_retry_replaces_the_carried_changes_and_counts_the_attempt(store):
    steel, _ = ids(store)
    first = store.mark_sending(steel, DAY, "<digest.1@x>", [1, 2, 3])
    store.mark_delivery(steel, DAY, "failed", "451 mailbox busy")
    again = store.mark_sending(steel, DAY, "<digest.2@x>", [2, 4])
    assert again == first
    assert rows(store) == [(steel, DAY, "email", "sending", "<digest.2@x>", 2, 2)]
    assert store.delivery_change_ids(first) == [2, 4]


def test_sent_records_when_and_clears_nothing_else(store):
    steel, tiles = ids(store)
    store.mark_sending(steel, DAY, "<a@x>", [1])
    store.mark_sending(tiles, DAY, "<b@x>", [1])
    store.mark_delivery(steel, DAY, "sent")
    store.mark_delivery(tiles, DAY, "rejected", "550 5.1.1 mailbox unavailable")
    found = store.deliveries_for(DAY)
    assert sorted(found) == [steel, tiles]
    assert (found[steel]["status"], found[steel]["last_error"]) == ("sent", None)
    assert found[steel]["sent_at"] is not None and found[steel]["sent_at"] == found[steel]["updated_at"]
    assert (found[tiles]["status"], found[tiles]["last_error"], found[tiles]["sent_at"]) == (
        "rejected",
        "550 5.1.1 mailbox unavailable",
        None,
    )


def test_a_failed_delivery_carried_nothing(store):
    steel, tiles = ids(store)
    store.mark_sending(steel, DAY, "<a@x>", [5, 6])
    store.mark_delivery(steel, DAY, "failed", "the mail server is unreachable")
    store.mark_sending(tiles, DAY, "<b@x>", [6])
    store.mark_delivery(tiles, DAY, "rejected", "550")
    assert store.carried_changes([5, 6]) == set()
    store.mark_sending(steel, DAY, "<a@x>", [5, 6])
    store.mark_delivery(steel, DAY, "interrupted", "at most once")
    assert store.carried_changes([5, 6]) == {(steel, "email", 5), (steel, "email", 6)}


def test_each_channel_and_day_has_its_own_delivery(store):
    steel, _ = ids(store)
    store.mark_sending(steel, DAY, "<a@x>", [1])
    store.mark_sending(steel, DAY, "json:2026-11-24", [1, 2], channel="json")
    store.mark_sending(steel, "2026-11-25", "<c@x>", [3])
    store.mark_delivery(steel, DAY, "sent", channel="json")
    assert [(r[1], r[2], r[3]) for r in rows(store)] == [
        (DAY, "email", "sending"),
        (DAY, "json", "sent"),
        ("2026-11-25", "email", "sending"),
    ]
    assert list(store.deliveries_for(DAY, "json").values())[0]["changes"] == 2
    assert list(store.deliveries_for("2026-11-25").values())[0]["message_id"] == "<c@x>"
    assert store.carried_changes([1, 2, 3]) == {
        (steel, "email", 1),
        (steel, "json", 1),
        (steel, "json", 2),
        (steel, "email", 3),
    }


def test_deliveries_a_killed_run_left_in_sending_come_back_with_their_changes(store):
    steel, tiles = ids(store)
    store.mark_sending(steel, DAY, "<a@x>", [9, 3])
    store.mark_sending(tiles, DAY, "<b@x>", [4])
    store.mark_delivery(tiles, DAY, "sent")
    store.mark_sending(tiles, DAY, "hook:2026-11-24", [4], channel="hook")
    [interrupted] = store.interrupted_deliveries()
    assert (interrupted["subscription_id"], interrupted["message_id"], interrupted["change_ids"]) == (
        steel,
        "<a@x>",
        [3, 9],
    )
    assert [row["subscription_id"] for row in store.interrupted_deliveries("hook")] == [tiles]


def test_a_long_day_of_changes_is_looked_up_in_full(store):
    """More changes than one SQL statement takes parameters for in one go (chunks of 500)."""
    steel, tiles = ids(store)
    store.mark_sending(steel, DAY, "<a@x>", list(range(1, 1201)))
    store.mark_delivery(steel, DAY, "sent")
    store.mark_sending(tiles, DAY, "<b@x>", [1200])
    carried = store.carried_changes(list(range(1, 1301)))
    assert len(carried) == 1201
    assert {change for sub, _, change in carried if sub == steel} == set(range(1, 1201))
