"""The hostile-input corpus's front doors: requests to a running `tariffwatch serve` and CLI calls.

Web cases return the broken promises (empty: held); CLI cases check one line on stderr and the exit code.
"""

from __future__ import annotations

from dataclasses import dataclass

# -- web ----------------------------------------------------------------------------------

FTS_HOSTILE = [
    '"',
    'tiles" OR',
    "NEAR(",
    "*",
    "a:b",
    "'; DROP TABLE changes; --",
    "^steel",
    "\u0000",
    "x" * 600,
    "title:",
    "NOT",
    "((((((((((steel",
    "-",
    "7208 AND",
    '"""',
]


@dataclass
class WebCase:
    name: str
    check: object  # callable(http) -> problems
    note: str = "ok"


def fts_hostile(http) -> list[str]:
    problems = []
    for query in FTS_HOSTILE:
        for path in ("/api/search", "/search"):
            status = http.get(path, params={"q": query, "mode": "fulltext"}).status_code
            if status >= 500:
                problems.append(f"{path}?q={query[:12]!r}: {status}")
    return problems


def xss_query(http) -> list[str]:
    page = http.get("/search", params={"q": "<script>alert(1)</script>"}).text
    return ["query reflected unescaped"] if "<script>alert(1)" in page else []


def overflow_paths(http) -> list[str]:
    paths = [
        "/digests/9999-12-31",
        "/api/changes?date=9999-12-31",
        "/api/digests/9999-12-31",
        "/changes/99999999999999999999999",
        "/api/changes/99999999999999999999999",
        "/api/changes/-1",
    ]
    return [f"{p}: {s}" for p in paths if not 400 <= (s := http.get(p).status_code) < 500]


def csrf_without_cookies(http) -> list[str]:
    http.cookies.clear()
    response = http.post(
        "/subscribe",
        data={"email": "victim@example.org"},
        headers={"Origin": "https://attacker.example", "Referer": "https://attacker.example/x"},
    )
    return [] if response.status_code == 403 else [f"cross-site form without cookies: {response.status_code}"]


def csrf_with_bearer(http) -> list[str]:
    http.cookies.clear()
    response = http.post(
        "/subscribe",
        data={"email": "victim@example.org"},
        headers={"Authorization": "Bearer anything", "Cookie": "csrftoken=forged"},
    )
    return [] if response.status_code == 403 else [f"bearer header skipped CSRF: {response.status_code}"]


def forged_token(http) -> list[str]:
    response = http.post(
        "/unsubscribe", params={"token": "eyJzIjoxLCJlIjoiYUBiLmMifQ.forged"}, data={"List-Unsubscribe": "One-Click"}
    )
    return [] if response.status_code == 400 else [f"forged unsubscribe token: {response.status_code}"]


WEB = [
    WebCase("web-fts5-hostile-queries", fts_hostile),
    WebCase("web-xss-query", xss_query),
    WebCase("web-out-of-range-values", overflow_paths),
    WebCase("web-csrf-no-cookies", csrf_without_cookies),
    WebCase("web-csrf-bearer", csrf_with_bearer),
    WebCase("web-forged-unsubscribe", forged_token),
]


# -- CLI ----------------------------------------------------------------------------------


@dataclass
class CliCase:
    name: str
    args: list
    config_bytes: bytes | None = None
    expect_code: int = 2

    def setup(self, site) -> list[str]:
        if self.config_bytes is not None:
            site.config.write_bytes(self.config_bytes)
        return self.args

    def check(self, finished) -> list[str]:
        problems = []
        lines = [line for line in finished.stderr.splitlines() if line.strip()]
        if finished.traceback:
            problems.append(f"traceback: {lines[-1][:120] if lines else ''}")
        elif len(lines) != 1:
            problems.append(f"{len(lines)} lines on stderr")
        if finished.code != self.expect_code:
            problems.append(f"exit {finished.code}")
        return problems


CLI = [
    CliCase("cli-non-utf8-config", ["sources"], config_bytes="database: données.db\n".encode("latin-1")),
    CliCase("cli-digest-9999-12-31", ["digest", "--date", "9999-12-31"]),
    CliCase("cli-daily-9999-12-31", ["daily", "--date", "9999-12-31"]),
    CliCase("cli-usage-error", ["daily", "--bogus"]),
    CliCase("cli-missing-argument", ["subscribe"]),
]
