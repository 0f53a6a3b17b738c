"""The digest's data: changes first seen on a day, grouped by product area then jurisdiction.

Grouping: HS section -> chapter -> jurisdiction. A change that touches several chapters appears
under each, marked shared; ranges and chapter-level mentions count for every chapter they cover.
Near-duplicates (the same measure from another source) are left out and named on the original.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from functools import lru_cache
from urllib.parse import quote

from nlp import EXTRACTOR_VERSION
from nlp.codes.nomenclature import chapter_title, section_for_chapter
from tariffwatch.store import Store

KEY_DATE_TYPES = ("entry_into_force", "application_start", "application_end", "expiry", "comment_deadline")
HORIZON_DAYS = 14


def build_digest(store: Store, day: date, changes: list[dict] | None = None) -> dict:
    """Digest data for `day`; `changes` narrows it to one subscriber's matching changes."""
    if changes is None:
        changes = todays_changes(store, day)
    return digest_data(day, changes, upcoming_changes(store, day))


def upcoming_changes(store: Store, day: date) -> list[dict]:
    """Stored changes entering into force in the next HORIZON_DAYS days (not only today's)."""
    upcoming = store.changes_entering_into_force(
        day.isoformat(), (day + timedelta(days=HORIZON_DAYS)).isoformat(), EXTRACTOR_VERSION
    )
    return [{"date": _first_date(c, "entry_into_force"), **c} for c in upcoming if not c.get("duplicate_of")]


def digest_data(day: date, changes: list[dict], upcoming: list[dict]) -> dict:
    return {
        "date": day.isoformat(),
        "changes": changes,
        "sections": group_by_area(changes),
        "counts_by_jurisdiction": Counter(c["jurisdiction"] or "unknown" for c in changes).most_common(),
        "counts_by_measure": Counter(m for c in changes for m in c["measure_types"]).most_common(),
        "upcoming": upcoming,
        "horizon_days": HORIZON_DAYS,
    }


def todays_changes(store: Store, day: date) -> list[dict]:
    """Changes first seen on `day`, duplicates folded into their original, ready for display."""
    describe = lru_cache(maxsize=None)(lambda code: store.describe_code(code))
    changes = store.changes_first_seen(day.isoformat(), EXTRACTOR_VERSION)
    originals = [c for c in changes if not c.get("duplicate_of")]
    for change in originals:
        change["also_published_as"] = [c["url"] for c in changes if c.get("duplicate_of") == change["id"]]
        decorate(change, describe)
    return originals


def decorate(change: dict, describe) -> dict:
    """Add what the templates show: code descriptions, key dates, evidence links, chapters."""
    for code in change["codes"]:
        code["description"] = describe(code["code"]) or chapter_title(code["code"][:2])
        code["evidence_url"] = evidence_link(change["url"], code["sentence"])
    change["key_dates"] = [
        dict(d, evidence_url=evidence_link(change["url"], d["sentence"]))
        for d in change["dates"]
        if d["type"] in KEY_DATE_TYPES
    ]
    change["chapters"] = chapters_of(change)
    return change


def evidence_link(url: str | None, sentence: str | None) -> str | None:
    """The source URL with a text fragment that scrolls to (and highlights) the sentence."""
    if not url or not sentence or not url.startswith("http"):
        return url
    words = sentence.split()
    if len(words) <= 8:
        return f"{url}#:~:text={quote(' '.join(words), safe='')}"
    return f"{url}#:~:text={quote(' '.join(words[:4]), safe='')},{quote(' '.join(words[-4:]), safe='')}"


def chapters_of(change: dict) -> list[str]:
    """Every HS chapter a change touches, ranges included."""
    chapters = set()
    for code in change["codes"]:
        low, high = code["code"][:2], (code.get("code_to") or code["code"])[:2]
        if low.isdigit() and high.isdigit() and low <= high:
            chapters.update(f"{n:02d}" for n in range(int(low), int(high) + 1))
    return sorted(chapters)


def group_by_area(changes: list[dict]) -> list[dict]:
    """[{section, chapters: [{chapter, title, jurisdictions: [{jurisdiction, changes}]}]}]."""
    by_chapter: dict[str, list[dict]] = {}
    for change in changes:
        chapters = change.get("chapters") or chapters_of(change) or ["--"]
        for chapter in chapters:
            by_chapter.setdefault(chapter, []).append({**change, "shared": len(chapters) > 1})
    sections: dict[str, dict] = {}
    for chapter in sorted(by_chapter):
        section = section_for_chapter(chapter) or {"number": "-", "title": "No tariff code named"}
        entry = sections.setdefault(section["number"], {"section": section, "chapters": []})
        entry["chapters"].append(
            {
                "chapter": chapter,
                "title": chapter_title(chapter) if chapter != "--" else "Changes without codes",
                "jurisdictions": _by_jurisdiction(by_chapter[chapter]),
            }
        )
    return list(sections.values())


def _by_jurisdiction(changes: list[dict]) -> list[dict]:
    groups: dict[str, list[dict]] = {}
    for change in changes:
        groups.setdefault(change.get("jurisdiction") or "unknown", []).append(change)
    return [{"jurisdiction": name, "changes": items} for name, items in sorted(groups.items())]


def _first_date(change: dict, kind: str) -> str | None:
    return next((d["date"] for d in change["dates"] if d["type"] == kind), None)
