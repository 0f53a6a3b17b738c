"""Delivery under unfriendly conditions, through the real CLI and a loopback SMTP server.

    python3 bench/delivery.py

Three checks, each on a fresh site with one realistic notice (CN code 7208 51 20) in the inbox:
- a non-ASCII address among the subscribers, on a server without SMTPUTF8: do the others get theirs?
- the List-Unsubscribe header as it travels (raw bytes): `<https://...>`, not RFC 2047-encoded?
- a subscription written in full-width digits (`７２０８`): does it match the notice's code?
Prints one line per check (held or not, and what was seen).
"""

from __future__ import annotations

import email
import random
import sys
import tempfile
from email import policy
from pathlib import Path

from aiosmtpd.controller import Controller

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.harness import free_port, last_line, make_site, notice, run

PRODUCT_NOTICE = notice(random.Random(1), 7).replace("CN code", "CN code 7208 51 20 and CN code", 1)


class RawRecorder:
    """Keeps each message's raw bytes and its recipients."""

    def __init__(self):
        self.raw: list[tuple[list[str], bytes]] = []

    async def handle_DATA(self, server, session, envelope):
        self.raw.append((list(envelope.rcpt_tos), envelope.content))
        return "250 OK"


def site_with_server(root: Path, smtputf8: bool):
    recorder = RawRecorder()
    port = free_port()
    controller = Controller(recorder, hostname="127.0.0.1", port=port, enable_SMTPUTF8=smtputf8)
    controller.start()
    site = make_site(root, smtp_port=port)
    (site.inbox / "steel.txt").write_text(PRODUCT_NOTICE, encoding="utf-8")
    return site, controller, recorder


def non_ascii_address(root: Path) -> tuple[bool, str]:
    site, controller, recorder = site_with_server(root / "utf8", smtputf8=False)
    try:
        for address in ("anna@example.org", "josé@example.org", "zoe@example.org"):
            run(site, "subscribe", address)
        finished = run(site, "daily")
    finally:
        controller.stop()
    got = sorted(rcpt for rcpts, _ in recorder.raw for rcpt in rcpts)
    held = got == ["anna@example.org", "zoe@example.org"] and not finished.traceback
    return held, f"received: {', '.join(got) or 'nobody'}; exit {finished.code}; {last_line(finished.stderr)}"


def list_unsubscribe(root: Path) -> tuple[bool, str]:
    site, controller, recorder = site_with_server(root / "header", smtputf8=True)
    try:
        run(site, "subscribe", "anna@example.org")
        run(site, "daily")
    finally:
        controller.stop()
    if not recorder.raw:
        return False, "no message sent"
    message = email.message_from_bytes(recorder.raw[0][1], policy=policy.compat32)
    raw = " ".join(str(message["List-Unsubscribe"]).split())
    return raw.startswith("<http") and "=?" not in raw, f"List-Unsubscribe: {raw[:70]}"


def full_width_digits(root: Path) -> tuple[bool, str]:
    site, controller, recorder = site_with_server(root / "digits", smtputf8=True)
    try:
        subscribed = run(site, "subscribe", "anna@example.org", "--hs", "７２０８")
        finished = run(site, "daily")
    finally:
        controller.stop()
    if subscribed.code != 0:
        return False, f"subscribe refused: {last_line(subscribed.stderr)}"
    subjects = [str(email.message_from_bytes(raw, policy=policy.default)["Subject"]) for _, raw in recorder.raw]
    held = len(subjects) == 1 and ": 1 change" in subjects[0]
    return held, f"messages: {subjects or 'none'}; exit {finished.code}"


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        for name, check in (
            ("non-ASCII address, no SMTPUTF8", non_ascii_address),
            ("List-Unsubscribe on the wire", list_unsubscribe),
            ("subscription in full-width digits", full_width_digits),
        ):
            held, seen = check(root)
            print(f"{'held' if held else 'FAILS':<6} {name:<36} {seen}", flush=True)


if __name__ == "__main__":
    main()
