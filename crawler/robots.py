"""robots.txt for page sources (the standard library's parser, fed through our HTTP layer)."""

from __future__ import annotations

from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from crawler.http import HttpClient, HttpError


class Robots:
    """Caches one parsed robots.txt per host for the length of a run."""

    def __init__(self, http: HttpClient, user_agent: str):
        self.http = http
        self.user_agent = user_agent
        self.parsers: dict[str, RobotFileParser | None] = {}

    def allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        host = f"{parts.scheme}://{parts.netloc}"
        if host not in self.parsers:
            self.parsers[host] = self._load(host)
        parser = self.parsers[host]
        return True if parser is None else parser.can_fetch(self.user_agent, url)

    def _load(self, host: str) -> RobotFileParser | None:
        try:
            response = self.http.get(f"{host}/robots.txt")
        except HttpError:
            return None  # no robots.txt (404) or unreachable: crawling is allowed
        parser = RobotFileParser()
        parser.parse(response.content.decode("utf-8", errors="replace").splitlines())
        return parser
