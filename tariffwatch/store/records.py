"""Plain records passed into the store, so the store never depends on the stages."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from enum import StrEnum


@dataclass
class DocumentRecord:
    """One fetched document as a source hands it to the store."""

    source: str
    external_id: str
    url: str
    text: str
    title: str | None = None
    published_date: str | None = None  # YYYY-MM-DD
    content_type: str = "text/plain"
    revision: str | None = None  # a source's cheap marker of "may have changed" (mtime, etag...)
    jurisdiction: str | None = None
    metadata: dict = field(default_factory=dict)
    # The official identifier in its usual written form (FR Doc. 2025-05887, CELEX:32022R0868,
    # SOR/2026-301, CSMS # 65432100) and a second official reference (FR citation, ELI URI).
    identifier: str | None = None
    citation: str | None = None
    backfilled: bool = False  # stored by a backfill: history, never presented as today's news

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)


class SaveOutcome(StrEnum):
    NEW = "new"
    NEW_VERSION = "new_version"
    UNCHANGED = "unchanged"


def content_hash(text: str) -> str:
    """Hash of the meaningful text; whitespace runs are collapsed so re-wrapping is no change."""
    normalised = " ".join(text.split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()
