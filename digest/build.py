"""The digest's data: one entry per change, under its product area, with a table of contents.

Groups, in order: HS chapters (by section), then "Not tied to a product area", then documents
that state no date, then "Older documents first seen today" (published long before we first saw
them: backfills, old inbox files), newest first (digest/age.py decides which is which).
A subscriber's digest places each change under the subscriber's own area.
Near-duplicates (the same measure from another source) are folded into the original; a new
version of a document replaces its earlier entry and says what it amended.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date, timedelta
from functools import lru_cache

from digest.age import designation_year
from digest.entry import EntryOptions, decorate
from digest.links import change_page, safe_url
from digest.words import DATE_WORDS
from nlp import EXTRACTOR_VERSION
from nlp.codes.nomenclature import chapter_title, section_for_chapter
from tariffwatch.store import Store

HORIZON_DAYS = 14
UPCOMING_TYPES = ("entry_into_force", "application_end", "comment_deadline")


def build_digest(store: Store, day: date, options: EntryOptions | None = None) -> dict:
    """The whole digest of `day` (changes first seen that day)."""
    options = options or EntryOptions()
    return digest_data(day, todays_changes(store, day, options), upcoming(store, day, options))


def todays_changes(store: Store, day: date, options: EntryOptions, until: date | None = None) -> list[dict]:
    """Current changes first seen on `day` (to `until`), duplicates folded, decorated for display."""
    changes = store.changes_first_seen(day.isoformat(), EXTRACTOR_VERSION, until.isoformat() if until else None)
    return prepare(store, changes, options)


def prepare(store: Store, changes: list[dict], options: EntryOptions) -> list[dict]:
    describe = lru_cache(maxsize=None)(lambda code: store.describe_code(code))
    originals = [c for c in changes if not c.get("duplicate_of")]
    folded_into = _originals_of(changes)
    for change in originals:
        change["also_published_as"] = [c["url"] for c in changes if folded_into.get(c["id"]) == change["id"]]
        previous = store.previous_change(change["document_id"], change["content_hash"], EXTRACTOR_VERSION)
        decorate(change, describe, options, previous)
    return originals


def _originals_of(changes: list[dict]) -> dict[int, int]:
    """{duplicate id: the original it was folded into}, a duplicate of a duplicate followed to its
    original (each mark points to an earlier change, so the walk ends)."""
    marks = {c["id"]: c["duplicate_of"] for c in changes if c.get("duplicate_of")}
    found = {}
    for duplicate in marks:
        original, steps = marks[duplicate], 0
        while original in marks and steps < len(marks):
            original, steps = marks[original], steps + 1
        found[duplicate] = original
    return found


def upcoming(store: Store, day: date, options: EntryOptions) -> list[dict]:
    """Entry into force, application end and comment deadlines in the next HORIZON_DAYS days."""
    rows = store.upcoming_dates(
        day.isoformat(), (day + timedelta(days=HORIZON_DAYS)).isoformat(), UPCOMING_TYPES, EXTRACTOR_VERSION
    )
    seen, items = set(), []
    for row in rows:
        if (row["change_id"], row["type"], row["date"]) in seen:
            continue
        seen.add((row["change_id"], row["type"], row["date"]))
        items.append(
            {
                "date": row["date"],
                "type": row["type"],
                "label": DATE_WORDS[row["type"]],
                "change_id": row["change_id"],
                "title": " ".join((row["title"] or "Untitled document").split()),
                "jurisdiction": row["jurisdiction"],
                "link": safe_url(row["url"]) or change_page(options.base_url, row["change_id"]),
            }
        )
    return items


def digest_data(
    day: date,
    changes: list[dict],
    upcoming_items: list[dict],
    place: Callable[[dict], str | None] | None = None,
    notes: dict[int, list[str]] | None = None,
) -> dict:
    groups = group_entries(changes, place or (lambda change: change["area"]["primary"]))
    return {
        "date": day.isoformat(),
        "changes": changes,
        "groups": groups,
        "toc": [{"anchor": g["anchor"], "label": g["label"], "count": len(g["entries"])} for g in groups],
        "counts_by_jurisdiction": Counter(c.get("jurisdiction") or "unknown" for c in changes).most_common(),
        "counts_by_measure": Counter(m for c in changes for m in c["measures"]).most_common(),
        "upcoming": upcoming_items,
        "horizon_days": HORIZON_DAYS,
        "notes": notes or {},
    }


def group_entries(changes: list[dict], place: Callable[[dict], str | None]) -> list[dict]:
    """[{anchor, kind, label, section_heading, entries}] in reading order."""
    news = [c for c in changes if not c["older"] and not c.get("undated")]
    older = [c for c in changes if c["older"]]
    undated = [c for c in changes if c.get("undated")]
    by_chapter: dict[str | None, list[dict]] = {}
    for change in news:
        by_chapter.setdefault(place(change), []).append(change)
    groups, last_section = [], None
    for chapter in sorted(k for k in by_chapter if k):
        section = section_for_chapter(chapter)
        heading = section if section and section["number"] != last_section else None
        last_section = section["number"] if section else last_section
        groups.append(
            {
                "anchor": f"ch-{chapter}",
                "kind": "chapter",
                "chapter": chapter,
                "label": f"Ch. {chapter} {chapter_title(chapter)}",
                "section_heading": heading,
                "entries": _ordered(by_chapter[chapter]),
            }
        )
    if None in by_chapter:
        groups.append(_special("no-area", "Not tied to a product area", by_chapter[None]))
    if undated:
        by_area = sorted(undated, key=lambda c: (place(c) is None, place(c) or "", *_order_key(c)))
        groups.append(_special("undated", "Documents stating no date, first seen today", by_area, keep_order=True))
    if older:
        groups.append(_special("older", "Older documents first seen today", _newest_first(older), keep_order=True))
    return groups


def _special(anchor: str, label: str, entries: list[dict], keep_order: bool = False) -> dict:
    return {
        "anchor": anchor,
        "kind": anchor,
        "chapter": None,
        "label": label,
        "section_heading": None,
        "entries": entries if keep_order else _ordered(entries),
    }


def _ordered(entries: list[dict]) -> list[dict]:
    return sorted(entries, key=_order_key)


def _order_key(change: dict) -> tuple:
    return (change.get("jurisdiction") or "~", change["display_title"].lower(), change["id"])


def _newest_first(entries: list[dict]) -> list[dict]:
    """Older documents by their own date (else the latest date they state, else their designation's year),
    newest first, so the reader sees which history is recent; those with none last."""

    def when(change: dict) -> str:
        own = change.get("own_date")
        stated = [d.get("date") or "" for d in change.get("dates") or []]
        year = designation_year(change)
        return (own["date"] if own else max(stated, default="")) or (f"{year}-12-31" if year else "")

    dated = sorted(entries, key=_order_key)
    return sorted(dated, key=when, reverse=True)
