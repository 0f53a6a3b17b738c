"""Shape checks for `sources --check`: what each parser relies on, said in one line when it is missing."""

from __future__ import annotations

import json

from crawler.base import FormatChanged
from crawler.http import Response


def json_document(response: Response, what: str) -> dict:
    """The body as a JSON object, or FormatChanged saying what came instead."""
    if "json" not in response.content_type:
        raise FormatChanged(f"{response.url}: {what} came as {response.content_type or 'no content type'}, not JSON")
    try:
        data = json.loads(response.content)
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise FormatChanged(f"{response.url}: {what} is not valid JSON") from None
    if not isinstance(data, dict):
        raise FormatChanged(f"{response.url}: {what} is a JSON {type(data).__name__}, not an object")
    return data


def require(mapping, keys: list[str], where: str) -> None:
    """FormatChanged naming the first key the parser relies on that `mapping` lacks."""
    if not isinstance(mapping, dict):
        raise FormatChanged(f"{where} is a {type(mapping).__name__}, not an object")
    missing = [key for key in keys if key not in mapping]
    if missing:
        raise FormatChanged(f"{where} lacks {', '.join(missing)}")


def first_item(items, where: str):
    """The first element of a list the parser reads, or FormatChanged (an empty list is fine: None)."""
    if not isinstance(items, list):
        raise FormatChanged(f"{where} is not a list")
    return items[0] if items else None
