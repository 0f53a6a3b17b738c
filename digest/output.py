"""Writing digests, feeds and calendars to digest.output_dir, atomically."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from digest.build import build_digest
from digest.calendar import calendar_for
from digest.entry import EntryOptions
from digest.feed import atom_feed
from digest.render import EXTENSIONS, DigestRenderer
from tariffwatch.store import Store


def entry_options(settings) -> EntryOptions:
    """Entry options from the `digest` section of the config."""
    return EntryOptions(base_url=str(settings.base_url), older_after_days=settings.older_after_days)


def write_digest(
    store: Store, day: date, output_dir: Path, fmt: str = "html", options: EntryOptions | None = None
) -> Path:
    """Write the digest of `day` in `fmt` (or the Atom feed, or the iCalendar file) and return its path."""
    options = options or EntryOptions()
    output_dir.mkdir(parents=True, exist_ok=True)
    if fmt == "atom":
        return _write(output_dir / "feed.atom", atom_feed(store, options))
    if fmt == "ics":
        return _write(output_dir / "calendar.ics", calendar_for(store, day, options))
    content = DigestRenderer().render(build_digest(store, day, options), fmt)
    return _write(output_dir / f"digest-{day.isoformat()}.{EXTENSIONS[fmt]}", content)


def _write(path: Path, content: str) -> Path:
    temporary = path.with_suffix(path.suffix + ".tmp")
    temporary.write_text(content, encoding="utf-8")
    temporary.replace(path)  # atomic: a crash never leaves half a digest
    return path
