"""robots.txt for page sources (the standard library's parser, fed through our HTTP layer).

RFC 9309 section 2.3.1: a robots.txt that answers 4xx ("unavailable") allows everything; one that
cannot be reached (5xx after retries, connection or timeout errors) means complete disallow for
that host during this run, so a failing server is never crawled harder.
"""

from __future__ import annotations

from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from crawler.http import HttpClient, HttpError

ALLOW_ALL, DISALLOW_ALL = "allow all", "disallow all"


class Robots:
    """Caches one robots.txt verdict per host for the length of a run."""

    def __init__(self, http: HttpClient, user_agent: str):
        self.http = http
        self.user_agent = user_agent
        self.rules: dict[str, RobotFileParser | str] = {}
        self.unreachable: dict[str, str] = {}  # host -> why its robots.txt could not be read

    def refusal(self, url: str) -> str | None:
        """None when `url` may be fetched, else why not (one line)."""
        parts = urlsplit(url)
        host = f"{parts.scheme}://{parts.netloc}"
        if host not in self.rules:
            self.rules[host] = self._load(host)
        rules = self.rules[host]
        if rules == DISALLOW_ALL:
            return f"robots.txt unreachable ({self.unreachable[host]}): not crawled (RFC 9309)"
        if rules == ALLOW_ALL or rules.can_fetch(self.user_agent, url):
            return None
        return "disallowed by robots.txt"

    def _load(self, host: str) -> RobotFileParser | str:
        try:
            response = self.http.get(f"{host}/robots.txt")
        except HttpError as exc:
            if exc.status is not None and 400 <= exc.status < 500:
                return ALLOW_ALL  # no robots.txt
            self.unreachable[host] = str(exc)
            return DISALLOW_ALL
        parser = RobotFileParser()
        parser.parse(response.content.decode("utf-8", errors="replace").splitlines())
        return parser
