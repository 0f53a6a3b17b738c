"""Shared pieces of the fault, concurrency, hostile-input and load harnesses (bench/ and their fast tests).

A *site* is a tariffwatch installation in a folder: its config.yaml, an inbox of realistic
trade notices, subscribers, a loopback SMTP server that records every message, and optionally
a loopback feed. Every run is the real `tariffwatch` command in its own process.
"""

from __future__ import annotations

import os
import random
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import yaml

ROOT = Path(__file__).resolve().parents[1]
SIGNING_KEY = "harness-signing-key-0123456789abcdef"
PRODUCTS = [
    ("7208 51 20", "hot-rolled flat products of iron or non-alloy steel"),
    ("7306 30 77", "welded tubes and pipes of iron or steel"),
    ("7604 29 10", "bars and profiles of aluminium alloys"),
    ("6907 21 00", "ceramic flags and paving tiles"),
    ("8541 43 00", "photovoltaic modules"),
    ("2931 90 00", "glyphosate and other organo-phosphorus compounds"),
    ("3907 61 00", "polyethylene terephthalate in primary forms"),
    ("4412 33 00", "plywood of birch"),
    ("8714 91 10", "bicycle frames"),
    ("0303 54 10", "frozen mackerel"),
]
MEASURES = [
    ("definitive anti-dumping duty", "Implementing Regulation"),
    ("countervailing duty", "Implementing Regulation"),
    ("tariff quota", "Regulation"),
    ("safeguard measure", "Implementing Regulation"),
    ("suspension of the autonomous Common Customs Tariff duties", "Council Regulation"),
]
ORIGINS = ["the People's Republic of China", "India", "Türkiye", "Viet Nam", "Indonesia", "Egypt"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "September", "October", "November"]


def notice(rng: random.Random, n: int) -> str:
    """A realistic EU-style notice (title, recitals, articles) with codes, origins and dates."""
    code, goods = rng.choice(PRODUCTS)
    measure, kind = rng.choice(MEASURES)
    origin = rng.choice(ORIGINS)
    rate = f"{rng.randint(3, 60)},{rng.randint(0, 9)} %"
    start = f"{rng.randint(1, 28)} {rng.choice(MONTHS)} 2027"
    heading = code[:4]
    return (
        f"Commission {kind} (EU) 2027/{1000 + n} imposing a {measure} on imports of {goods} originating in "
        f"{origin}\n\n"
        f"THE EUROPEAN COMMISSION,\n\nHaving regard to the Treaty on the Functioning of the European Union,\n\n"
        f"Whereas:\n\n(1) On {rng.randint(1, 28)} {rng.choice(MONTHS)} 2026 the Commission initiated a proceeding "
        f"concerning imports of {goods} originating in {origin}, following a complaint lodged by producers "
        f"representing more than {rng.randint(25, 80)} % of Union production.\n\n"
        f"(2) The product concerned is currently classified under CN code {code} (TARIC code {code.replace(' ', '')}"
        f"{rng.randint(10, 99)}) and ex {heading} {rng.randint(10, 99)} 00.\n\n"
        f"HAS ADOPTED THIS REGULATION:\n\nArticle 1\n\nA {measure} of {rate} is imposed on imports of {goods} "
        f"falling within CN code {code}, originating in {origin}.\n\n"
        f"Article 2\n\nThis Regulation shall enter into force on {start}. It shall apply until "
        f"{rng.randint(1, 28)} {rng.choice(MONTHS)} 2032.\n"
    )


@dataclass
class Site:
    root: Path
    smtp_port: int | None = None
    feed_url: str | None = None

    @property
    def config(self) -> Path:
        return self.root / "config.yaml"

    @property
    def database(self) -> Path:
        return self.root / "tariffwatch.db"

    @property
    def inbox(self) -> Path:
        return self.root / "inbox"

    def write_config(self, lock_wait_seconds: float | None = None, **overrides) -> None:
        data = {
            "database": "tariffwatch.db",
            "http": {
                "user_agent": "tariffwatch-harness (contact: harness@example.org)",
                "timeout_seconds": 10,
                "max_retries": 1,
                "retry_backoff_seconds": 0,
            },
            "sources": {"inbox": {"enabled": True, "path": "inbox"}},
            "nlp": {"embeddings": False},
            "digest": {"output_dir": "digests", "send_empty": True, "base_url": "http://127.0.0.1:8000"},
            "smtp": {"host": "127.0.0.1", "port": self.smtp_port or 9, "from": "tariffwatch <digest@example.org>"},
        }
        if self.feed_url:
            data["sources"]["feed"] = {"enabled": True, "urls": [self.feed_url], "jurisdiction": "EU"}
        if lock_wait_seconds is not None:
            data["runs"] = {"lock_wait_seconds": lock_wait_seconds}
        for key, value in overrides.items():
            data[key] = {**data.get(key, {}), **value} if isinstance(value, dict) else value
        self.config.write_text(yaml.safe_dump(data), encoding="utf-8")

    def add_notices(self, rng: random.Random, count: int, start: int) -> list[str]:
        names = []
        for n in range(start, start + count):
            name = f"notice-{n:05d}.txt"
            (self.inbox / name).write_text(notice(rng, n), encoding="utf-8")
            names.append(name)
        return names

    def query(self, sql: str, params=()) -> list[tuple]:
        connection = sqlite3.connect(self.database, timeout=30)
        try:
            return connection.execute(sql, params).fetchall()
        finally:
            connection.close()


def make_site(root: Path, smtp_port: int | None = None, feed_url: str | None = None, **config) -> Site:
    site = Site(root, smtp_port, feed_url)
    site.inbox.mkdir(parents=True, exist_ok=True)
    site.write_config(**config)
    return site


def environment() -> dict:
    """The CLI's environment: this tree first on the path, the signing key set."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env["TARIFFWATCH_SIGNING_KEY"] = SIGNING_KEY
    env.pop("TARIFFWATCH_CONFIG", None)
    return env


def cli(site: Site, *args: str) -> list[str]:
    return [sys.executable, "-m", "tariffwatch.cli", *args, "--config", str(site.config)]


@dataclass
class Finished:
    code: int
    stdout: str
    stderr: str
    seconds: float
    max_rss_mb: float

    @property
    def traceback(self) -> bool:
        return "Traceback (most recent call last)" in self.stderr


class Process:
    """A CLI process whose output goes to files (no pipe can fill up) and whose peak memory is known."""

    def __init__(self, args: list[str], folder: Path, memory_mb: int | None = None):
        folder.mkdir(parents=True, exist_ok=True)
        stamp = time.monotonic_ns()
        self.out = (folder / f"{stamp}.out").open("w+", encoding="utf-8")
        self.err = (folder / f"{stamp}.err").open("w+", encoding="utf-8")
        self.began = time.monotonic()
        if memory_mb:
            args = ["prlimit", f"--as={memory_mb << 20}", *args]
        self.popen = subprocess.Popen(args, env=environment(), stdout=self.out, stderr=self.err, text=True)
        self.pid = self.popen.pid
        self.peak_kb = 0
        threading.Thread(target=self._sample_peak, daemon=True).start()

    def _sample_peak(self) -> None:
        """The child's own peak RSS (VmHWM of its address space after exec; wait4's ru_maxrss would
        count this parent's memory at fork time too)."""
        status = Path(f"/proc/{self.pid}/status")
        while self.popen.returncode is None:
            try:
                for line in status.read_text().splitlines():
                    if line.startswith("VmHWM:"):
                        self.peak_kb = max(self.peak_kb, int(line.split()[1]))
            except (OSError, ValueError):
                return
            time.sleep(0.05)

    def wait(self, timeout: float = 600) -> Finished:
        """Wait for the end (SIGKILL past `timeout`), with wall time and peak RSS."""
        timer = threading.Timer(timeout, self.kill)
        timer.start()
        try:
            _, status = os.waitpid(self.pid, 0)
        finally:
            timer.cancel()
        self.popen.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.monotonic() - self.began
        return Finished(self.popen.returncode, _read(self.out), _read(self.err), seconds, self.peak_kb / 1024)

    def kill(self) -> None:
        try:
            os.kill(self.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass

    def stop(self) -> Finished:
        """SIGTERM (a server ends its worker processes on it), SIGKILL if it lingers past 15 s."""
        try:
            os.kill(self.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        return self.wait(15)

    def kill_after(self, seconds: float) -> Finished:
        """SIGKILL after `seconds` unless it ended first (then its code is not -9)."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.popen.poll() is not None:
                break
            time.sleep(0.01)
        else:
            self.kill()
        return self.wait() if self.popen.returncode is None else self._ended()

    def _ended(self) -> Finished:
        return Finished(
            self.popen.returncode, _read(self.out), _read(self.err), time.monotonic() - self.began, self.peak_kb / 1024
        )


def _read(handle) -> str:
    handle.flush()
    handle.seek(0)
    text = handle.read()
    handle.close()
    return text


def start(site: Site, *args: str, memory_mb: int | None = None) -> Process:
    """The CLI in its own process; `memory_mb` caps its address space (hostile inputs must not take the machine)."""
    return Process(cli(site, *args), site.root / "logs", memory_mb)


def run(site: Site, *args: str, timeout: float = 600, memory_mb: int | None = None) -> Finished:
    return start(site, *args, memory_mb=memory_mb).wait(timeout)


def messages_by_recipient(messages, day: str) -> dict[str, Counter]:
    """recipient -> Counter of Message-IDs received for one digest day."""
    received: dict[str, Counter] = {}
    for message in messages:
        if day not in str(message["Subject"]) and day not in str(message.get("X-Digest-Date", "")):
            continue
        received.setdefault(str(message["To"]), Counter())[str(message["Message-ID"])] += 1
    return received


def store_invariants(site: Site) -> dict:
    """What must hold after any crash: integrity, no duplicates, no orphans."""
    one = lambda sql: site.query(sql)[0][0]  # noqa: E731
    return {
        "integrity": one("pragma integrity_check"),
        "foreign_key_violations": len(site.query("pragma foreign_key_check")),
        "duplicate_documents": one(
            "select count(*) from (select 1 from documents group by source, external_id having count(*) > 1)"
        ),
        "duplicate_changes": one(
            "select count(*) from (select 1 from changes "
            "group by document_id, content_hash, extractor_version having count(*) > 1)"
        ),
        "runs_left_running": one("select count(*) from runs where status = 'running'"),
    }


def subscribe(site: Site, count: int) -> list[str]:
    """`count` subscribers to everything (in process: starting the CLI per address would take minutes)."""
    from tariffwatch.store import open_store

    addresses = [f"analyst{n:03d}@example.org" for n in range(count)]
    store = open_store(site.database)
    try:
        for address in addresses:
            store.subscribe(address, [], [], [])
    finally:
        store.close()
    return addresses


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


class Loopback:
    """A threaded HTTP server on loopback serving fixed routes: path -> (status, headers, body)."""

    def __init__(self):
        routes: dict[str, tuple[int, dict, bytes]] = {}
        self.routes = routes
        self.requested: list[str] = []
        requested = self.requested

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 (the standard library's name)
                requested.append(self.path)
                status, headers, body = routes.get(self.path, (404, {"Content-Type": "text/plain"}, b"not found"))
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        class Server(ThreadingHTTPServer):
            def handle_error(self, request, client_address):
                pass  # a client that gives up on a bomb or a huge body is expected here

        self.server = Server(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}{path}"

    def serve(
        self, path: str, body: bytes | str, content_type: str = "text/html; charset=utf-8", status=200, **headers
    ):
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = (status, {"Content-Type": content_type, **headers}, data)
        return self.url(path)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


def last_line(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[-1][:200] if lines else ""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(url: str, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer within {seconds:.0f} s")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process and its live children (a server's workers), from /proc."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for each in [pid, *_children(pid)]:
        try:
            fields = Path(f"/proc/{each}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / ticks  # utime, stime
    return total


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
    return found + [grandchild for child in found for grandchild in _children(child)]
