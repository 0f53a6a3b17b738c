"""Building the daily digest from the store and rendering it with templates."""
from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

from nlp.nomenclature import chapter_title, section_for_chapter
from nlp import EXTRACTOR_VERSION
from tariffwatch.store import Store

FORMATS = {"html": "digest.html.j2", "markdown": "digest.md.j2", "text": "digest.txt.j2"}
EXTENSIONS = {"html": "html", "markdown": "md", "text": "txt"}


def build_digest(store: Store, day: date, horizon_days: int = 14) -> dict:
    """The digest's data: today's changes grouped by HS chapter, counts, and upcoming dates."""
    changes = store.changes_first_seen(day.isoformat(), EXTRACTOR_VERSION)
    upcoming = store.changes_entering_into_force(
        day.isoformat(), (day + timedelta(days=horizon_days)).isoformat(), EXTRACTOR_VERSION)
    return {
        "date": day.isoformat(),
        "changes": changes,
        "groups": group_by_chapter(changes),
        "counts_by_jurisdiction": Counter(c["jurisdiction"] or "unknown" for c in changes).most_common(),
        "counts_by_measure": Counter(m for c in changes for m in c["measure_types"]).most_common(),
        "upcoming": upcoming,
    }


def chapters_of(change: dict) -> list[str]:
    """Every HS chapter a change touches, ranges included."""
    chapters = set()
    for code in change["codes"]:
        low = code["code"][:2]
        high = (code["code_to"] or code["code"])[:2]
        if low.isdigit() and high.isdigit():
            chapters.update(f"{n:02d}" for n in range(int(low), int(high) + 1))
    return sorted(chapters)


def group_by_chapter(changes: list[dict]) -> list[dict]:
    groups: dict[str, list[dict]] = {}
    for change in changes:
        chapters = chapters_of(change) or ["--"]
        for chapter in chapters:
            groups.setdefault(chapter, []).append({**change, "shared": len(chapters) > 1})
    return [
        {"chapter": chapter, "title": chapter_title(chapter), "section": section_for_chapter(chapter),
         "changes": items}
        for chapter, items in sorted(groups.items())
    ]


def render(data: dict, fmt: str) -> str:
    env = Environment(loader=PackageLoader("digest", "templates"),
                      autoescape=select_autoescape(enabled_extensions=("html.j2",), default=False),
                      trim_blocks=True, lstrip_blocks=True)
    return env.get_template(FORMATS[fmt]).render(**data)


def write_digest(store: Store, day: date, output_dir: Path, fmt: str = "html") -> Path:
    output_dir.mkdir(parents=True, exist_ok=True)
    path = output_dir / f"digest-{day.isoformat()}.{EXTENSIONS[fmt]}"
    content = render(build_digest(store, day), fmt)
    temporary = path.with_suffix(path.suffix + ".tmp")
    temporary.write_text(content, encoding="utf-8")
    temporary.replace(path)  # atomic: a crash never leaves half a digest
    return path
