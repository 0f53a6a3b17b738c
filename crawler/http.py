"""The one HTTP layer every source uses.

httpx does the protocol (gzip, redirects, timeouts); tenacity does retries with backoff.
On top: honouring Retry-After on 429/5xx, a per-host rate limit, conditional GET with stored
validators, and a cap on the decoded body size (so a gzip bomb stops at the cap).
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

import httpx
from tenacity import (
    RetryCallState,
    Retrying,
    retry_if_exception_type,
    stop_after_attempt,
    wait_exponential,
)

from crawler.challenges import challenge_vendor
from tariffwatch.config import HttpSettings
from tariffwatch.errors import DocumentError

RETRY_STATUSES = {429, 500, 502, 503, 504}


class RetryableStatus(Exception):
    def __init__(self, status: int, url: str, retry_after: float | None):
        super().__init__(f"HTTP {status} from {url}")
        self.status = status
        self.retry_after = retry_after


class HttpError(DocumentError):
    """A request failed for good: the message names the URL and the reason in one line.

    `status` is the last HTTP status, or None when no response came (connection, timeout)."""

    def __init__(self, message: str, status: int | None = None):
        super().__init__(message)
        self.status = status


class ChallengeError(HttpError):
    """A bot challenge came back instead of the content (never stored, never parsed)."""


@dataclass
class Response:
    url: str
    status: int
    content: bytes
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def charset(self) -> str | None:
        for part in self.headers.get("content-type", "").split(";")[1:]:
            key, _, value = part.strip().partition("=")
            if key.lower() == "charset" and value:
                return value.strip('"')
        return None

    @property
    def validators(self) -> tuple[str | None, str | None]:
        return self.headers.get("etag"), self.headers.get("last-modified")


class HostRateLimiter:
    """At most `rate` requests per second to each host (a minimum spacing, thread-safe)."""

    def __init__(self):
        self._next_slot: dict[str, float] = {}
        self._lock = threading.Lock()

    def wait(self, host: str, rate: float | None) -> None:
        if not rate:
            return
        with self._lock:
            now = time.monotonic()
            slot = max(now, self._next_slot.get(host, now))
            self._next_slot[host] = slot + 1.0 / rate
        if slot > now:
            time.sleep(slot - now)


class HttpClient:
    def __init__(self, settings: HttpSettings):
        self.settings = settings
        self.rates: dict[str, float] = {}
        self.bytes_received = 0  # decoded body bytes, for the crawl benchmark
        self._limiter = HostRateLimiter()
        self._client = httpx.Client(
            timeout=settings.timeout_seconds,
            follow_redirects=True,
            headers={"User-Agent": settings.user_agent, "Accept-Encoding": "gzip, deflate"},
        )

    def set_rate(self, url: str, requests_per_second: float | None) -> None:
        if requests_per_second:
            self.rates[urlsplit(url).netloc] = requests_per_second

    def close(self) -> None:
        self._client.close()

    def get(
        self, url: str, params: dict | list | None = None, headers: dict | None = None, validators: dict | None = None
    ) -> Response:
        """GET with retries; with `validators` (etag/last_modified) a 304 comes back as not_modified."""
        request_headers = dict(headers or {})
        if validators:
            if validators.get("etag"):
                request_headers["If-None-Match"] = validators["etag"]
            if validators.get("last_modified"):
                request_headers["If-Modified-Since"] = validators["last_modified"]
        retrying = Retrying(
            stop=stop_after_attempt(self.settings.max_retries + 1),
            wait=self._wait,
            retry=retry_if_exception_type((RetryableStatus, httpx.TransportError)),
            reraise=True,
        )
        try:
            host = urlsplit(url).netloc
        except ValueError as exc:  # '[::1' and the like, from a crawled link
            raise HttpError(f"{url}: invalid URL ({_short(exc)})") from None
        try:
            return retrying(self._get_once, url, host, params, request_headers)
        except RetryableStatus as exc:
            attempts = self.settings.max_retries + 1
            raise HttpError(f"{url}: HTTP {exc.status} after {attempts} attempts", exc.status) from None
        except httpx.TimeoutException:
            raise HttpError(f"{url}: timed out after {self.settings.timeout_seconds:g}s") from None
        except httpx.TransportError as exc:
            raise HttpError(f"{url}: connection failed ({_short(exc)})") from None
        except httpx.DecodingError as exc:
            raise HttpError(f"{url}: body cannot be decoded ({_short(exc)})") from None
        except httpx.InvalidURL as exc:
            raise HttpError(f"{url}: invalid URL ({_short(exc)})") from None
        except UnicodeError:  # a host name IDNA cannot encode ('customs..example'), met when connecting
            raise HttpError(f"{url}: invalid host name") from None

    def _get_once(self, url: str, host: str, params, headers: dict) -> Response:
        self._limiter.wait(host, self.rates.get(host))
        with self._client.stream("GET", url, params=params, headers=headers) as response:
            if response.status_code in RETRY_STATUSES:
                raise RetryableStatus(response.status_code, url, _retry_after(response.headers))
            if response.status_code >= 400:
                raise HttpError(f"{url}: HTTP {response.status_code} {response.reason_phrase}", response.status_code)
            body = self._read_capped(response, url)
            self.bytes_received += len(body)
            vendor = challenge_vendor(body)
            if vendor:
                raise ChallengeError(
                    f"{url}: {vendor} bot challenge (HTTP {response.status_code}) instead of the content; not stored",
                    response.status_code,
                )
            return Response(
                str(response.url), response.status_code, body, {k.lower(): v for k, v in response.headers.items()}
            )

    def _read_capped(self, response: httpx.Response, url: str) -> bytes:
        """Read the decoded body, stopping at the cap (decoded size, so compression can't cheat it)."""
        limit = self.settings.max_response_bytes
        declared = response.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > limit:
            raise HttpError(f"{url}: body of {int(declared)} bytes exceeds the {limit}-byte cap")
        chunks, size = [], 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > limit:
                raise HttpError(f"{url}: body exceeds the {limit}-byte cap (after decompression)")
            chunks.append(chunk)
        return b"".join(chunks)

    def _wait(self, state: RetryCallState) -> float:
        """Retry-After when the server gives one (capped), otherwise exponential backoff."""
        exc = state.outcome.exception() if state.outcome else None
        retry_after = getattr(exc, "retry_after", None)
        if retry_after is not None:
            return min(retry_after, self.settings.max_retry_after_seconds)
        return wait_exponential(multiplier=self.settings.retry_backoff_seconds, max=30)(state)


def _retry_after(headers: httpx.Headers) -> float | None:
    value = headers.get("retry-after")
    if not value:
        return None
    if value.strip().isdigit():
        return float(value)
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return None


def _short(exc: Exception) -> str:
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return text[:200]
