"""Links a reader can follow: only http(s) URLs from crawled data, else the web UI's change page."""

from __future__ import annotations

from urllib.parse import urlsplit


def safe_url(url: str | None) -> str | None:
    """The URL when it is http(s) with a host; None for file:, javascript:, data: and the rest."""
    if not url:
        return None
    text = str(url).strip()
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc or any(ch in text for ch in "\r\n\t "):
        return None
    return text


def change_page(base_url: str, change_id: int) -> str:
    return f"{str(base_url).rstrip('/')}/changes/{change_id}"
