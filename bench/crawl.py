"""Crawl throughput and the cost of an unchanged re-run, against a loopback HTTP server.

    python bench/crawl.py [--entries 300] [--pages 100]

The server publishes an RSS feed of notices (each a separate HTML page) and a set of watched
schedule pages, all with ETags. Prints documents per second on the first run, and the bytes the
server sent on an unchanged second run as a share of the first (target: at most 5%).
"""

from __future__ import annotations

import argparse
import socket
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def notice(n: int) -> bytes:
    body = "".join(
        f"<p>Paragraph {k} of notice {n}: goods of CN code 72{n % 90 + 10:02d} {k % 90 + 10} 10 are subject "
        f"to an anti-dumping duty of {k % 30}% from 1 December 2026.</p>"
        for k in range(40)
    )
    return f"<html><head><title>Notice {n}</title></head><body><main>{body}</main></body></html>".encode()


class Site:
    def __init__(self, entries: int, pages: int):
        self.bodies: dict[str, bytes] = {f"/notices/{n}.html": notice(n) for n in range(entries)}
        self.bodies.update({f"/schedules/{n}.html": notice(10_000 + n) for n in range(pages)})
        self.entries = entries
        self.bytes_sent = 0
        self.lock = threading.Lock()

    def feed(self, base: str) -> bytes:
        items = "".join(
            f"<item><title>Notice {n}</title><link>{base}/notices/{n}.html</link><guid>notice-{n}</guid></item>"
            for n in range(self.entries)
        )
        return (
            f'<?xml version="1.0"?><rss version="2.0"><channel><title>Notices</title>{items}</channel></rss>'.encode()
        )

    def handler(site):
        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def setup(self):
                super().setup()
                # headers and body go out in two writes: without this, Nagle adds ~40 ms a response
                self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

            def do_GET(self):
                base = f"http://127.0.0.1:{self.server.server_address[1]}"
                body = site.feed(base) if self.path == "/feed.rss" else site.bodies.get(self.path)
                if body is None:
                    return self._send(404, b"not found", "text/plain", None)
                etag = f'"{hash(body) & 0xFFFFFFFF:x}"'
                if self.headers.get("If-None-Match") == etag:
                    return self._send(304, b"", None, etag)
                kind = "application/rss+xml" if self.path.endswith(".rss") else "text/html; charset=utf-8"
                self._send(200, body, kind, etag)

            def _send(self, status, body, kind, etag):
                self.send_response(status)
                if kind:
                    self.send_header("Content-Type", kind)
                if etag:
                    self.send_header("ETag", etag)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                with site.lock:  # status line and headers count too: they are transferred
                    site.bytes_sent += len(body) + 150

            def log_message(self, *args):
                pass

        return Handler


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=300)
    parser.add_argument("--pages", type=int, default=100)
    args = parser.parse_args()

    from crawler.runner import crawl
    from tariffwatch.config import load_config
    from tariffwatch.store import open_store

    site = Site(args.entries, args.pages)
    server = ThreadingHTTPServer(("127.0.0.1", 0), site.handler())
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    pages = "\n".join(f"      - url: {base}/schedules/{n}.html" for n in range(args.pages))
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "config.yaml").write_text(
            "http: {user_agent: 'tariffwatch-bench (contact: bench@example.org)', max_retries: 0}\n"
            f"sources:\n  feed:\n    urls: ['{base}/feed.rss']\n  page:\n    requests_per_second: 1000\n"
            f"    respect_robots: false\n    pages:\n{pages}\n",
            encoding="utf-8",
        )
        config = load_config(Path(folder) / "config.yaml")
        store = open_store(config.database)
        runs = []
        for label in ("first run", "unchanged re-run"):
            site.bytes_sent = 0
            started = time.perf_counter()
            results = crawl(config, store, store.start_run("bench"))
            seconds = time.perf_counter() - started
            stored = sum(r.counts.new_documents + r.counts.new_versions for r in results)
            runs.append((label, seconds, site.bytes_sent, stored))
            print(
                f"{label:<17} {seconds:6.2f} s  {stored:4d} documents stored  "
                f"{(args.entries + args.pages) / seconds:7.1f} documents/s  {site.bytes_sent / 1e6:7.3f} MB sent"
            )
        share = runs[1][2] / runs[0][2]
        print(f"unchanged re-run transferred {share:.2%} of the first run's bytes (target <= 5%)")
    server.shutdown()


if __name__ == "__main__":
    main()
