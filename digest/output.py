"""Writing digests to digest.output_dir, atomically."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from digest.build import build_digest
from digest.feed import atom_feed
from digest.render import EXTENSIONS, DigestRenderer
from tariffwatch.store import Store


def write_digest(store: Store, day: date, output_dir: Path, fmt: str = "html", base_url: str = "") -> Path:
    """Write the digest of `day` in `fmt` (or the Atom feed) and return its path."""
    output_dir.mkdir(parents=True, exist_ok=True)
    if fmt == "atom":
        return _write(output_dir / "feed.atom", atom_feed(store, str(base_url or "http://127.0.0.1:8000")))
    content = DigestRenderer().render(build_digest(store, day), fmt)
    return _write(output_dir / f"digest-{day.isoformat()}.{EXTENSIONS[fmt]}", content)


def _write(path: Path, content: str) -> Path:
    temporary = path.with_suffix(path.suffix + ".tmp")
    temporary.write_text(content, encoding="utf-8")
    temporary.replace(path)  # atomic: a crash never leaves half a digest
    return path
