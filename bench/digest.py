"""Personalised digests at scale: 10,000 subscribers, 500 changes, sent to a loopback SMTP server.

    python bench/digest.py [--subscribers 10000] [--changes 500]

Prints setup time, total send time (matching, rendering, SMTP and the delivery log) and
messages per second. Target: 10,000 subscribers in at most 60 s.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

JURISDICTIONS = ["EU", "US", "GB", "CA"]
MEASURES = ["anti-dumping duty", "countervailing duty", "tariff quota", "safeguard measure", "duty suspension"]


class DiscardingHandler:
    count = 0

    async def handle_DATA(self, server, session, envelope):
        DiscardingHandler.count += 1
        return "250 OK"


def synthetic_text(rng: random.Random, n: int) -> tuple[str, str]:
    chapter = rng.randint(1, 97)
    heading = f"{chapter:02d}{rng.randint(1, 99):02d}"
    codes = ", ".join(
        f"{heading} {rng.randint(10, 99)} {rng.choice(['00', '10', '90'])}" for _ in range(rng.randint(1, 4))
    )
    measure = rng.choice(MEASURES)
    title = f"Notice {n}: {measure} on products of heading {heading}"
    text = (
        f"{title}\n\nA {measure} applies to imports of goods falling within CN codes {codes} originating in "
        f"the People's Republic of China. This measure enters into force on 1 December 2026. "
        f"Interested parties may comment until 15 January 2027."
    )
    if rng.random() < 0.2:
        text += f" It also covers headings {heading} to {chapter:02d}{min(99, int(heading[2:]) + 3):02d}."
    return title, text


def setup(store, changes: int, subscribers: int, rng: random.Random) -> None:
    from nlp.runner import extract_pending
    from tariffwatch.store import DocumentRecord

    store.ensure_source("inbox", "inbox", True, None)
    for n in range(changes):
        title, text = synthetic_text(rng, n)
        record = DocumentRecord(
            source="inbox",
            external_id=f"doc-{n}.txt",
            url=f"https://example.org/doc/{n}",
            title=title,
            text=text,
            jurisdiction=rng.choice(JURISDICTIONS),
        )
        store.save_document(record)
    extract_pending(store)
    rows = []
    for n in range(subscribers):
        level = rng.choice([2, 4, 6])
        prefixes = [
            f"{rng.randint(1, 97):02d}{rng.randint(1, 99):02d}{rng.randint(10, 99)}"[:level]
            for _ in range(rng.randint(1, 3))
        ]
        rows.append(
            {
                "email": f"subscriber{n}@example.org",
                "hs_prefixes": json.dumps(prefixes),
                "jurisdictions": json.dumps(rng.sample(JURISDICTIONS, rng.choice([0, 0, 1, 2]))),
                "measures": json.dumps([]),
                "status": "active",
                "created_at": "2026-11-24T00:00:00+00:00",
                "updated_at": "2026-11-24T00:00:00+00:00",
            }
        )
    with store.db.atomic():
        store.db["subscriptions"].insert_all(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subscribers", type=int, default=10_000)
    parser.add_argument("--changes", type=int, default=500)
    args = parser.parse_args()

    from aiosmtpd.controller import Controller

    from digest.sender import send_digests
    from tariffwatch.config import load_config
    from tariffwatch.store import open_store
    from tests.smtp_server import free_port

    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as folder:
        port = free_port()
        (Path(folder) / "inbox").mkdir()
        (Path(folder) / "config.yaml").write_text(
            f"sources: {{inbox: {{path: inbox}}}}\nsmtp: {{host: 127.0.0.1, port: {port}, "
            f"from: 'tariffwatch <digest@tariffwatch.example>'}}\nnlp: {{embeddings: false}}\n",
            encoding="utf-8",
        )
        os.environ.setdefault("TARIFFWATCH_SIGNING_KEY", "benchmark-signing-key-0123456789")
        config = load_config(Path(folder) / "config.yaml")
        store = open_store(config.database)
        started = time.perf_counter()
        setup(store, args.changes, args.subscribers, rng)
        print(
            f"setup: {args.changes} changes extracted, {args.subscribers} subscribers "
            f"({time.perf_counter() - started:.1f} s)"
        )
        controller = Controller(DiscardingHandler(), hostname="127.0.0.1", port=port)
        controller.start()
        try:
            started = time.perf_counter()
            report = send_digests(config, store, date.today())
            seconds = time.perf_counter() - started
        finally:
            controller.stop()
        print(
            f"sent {report.sent} personalised digests ({report.nothing_matched} subscribers had no match, "
            f"{report.failed} failed); server received {DiscardingHandler.count}"
        )
        print(
            f"total {seconds:.1f} s, {report.sent / seconds:.0f} messages/s "
            f"({args.subscribers / seconds:.0f} subscribers/s)"
        )
        print(f"peak memory {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
