"""A folder users drop documents into: .txt, .html/.htm, .xml and .pdf files.

Each file is ingested once; a file whose content changes becomes a new version of the same
document; nothing is ever deleted from the store when a file disappears.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from crawler.base import Listing, Source, SourceSettings
from crawler.textract import decode, html_to_text, pdf_to_text, xml_to_text
from tariffwatch.errors import DocumentError, SourceError

SUFFIXES = {
    ".txt": "text/plain",
    ".html": "text/html",
    ".htm": "text/html",
    ".xml": "application/xml",
    ".pdf": "application/pdf",
}


class Settings(SourceSettings):
    path: Path = Path("inbox")


class Inbox(Source):
    kind = "inbox"
    Settings = Settings

    @property
    def folder(self) -> Path:
        return self.settings.path

    def discover(self) -> Iterator[Listing]:
        if not self.folder.is_dir():
            raise SourceError(f"inbox folder {self.folder} does not exist")
        for path in sorted(self.folder.rglob("*")):
            if path.is_file() and path.suffix.lower() in SUFFIXES and not path.name.startswith("."):
                stat = path.stat()
                yield Listing(
                    external_id=path.relative_to(self.folder).as_posix(),
                    url=path.resolve().as_uri(),
                    revision=f"{stat.st_mtime_ns}:{stat.st_size}",
                    metadata={"filename": path.name},
                )

    def fetch(self, listing: Listing):
        path = self.folder / listing.external_id
        try:
            content = path.read_bytes()
        except OSError as exc:
            raise DocumentError(f"{path}: cannot read ({exc.strerror})") from None
        content_type = SUFFIXES[path.suffix.lower()]
        try:
            title, text = convert(content, content_type)
        except DocumentError as exc:
            raise DocumentError(f"{path}: {exc}") from None
        return self.record(listing, text, content_type, title=title or first_line(text) or path.name)


def convert(content: bytes, content_type: str) -> tuple[str | None, str]:
    if content_type == "application/pdf":
        return None, pdf_to_text(content)
    if content_type == "text/html":
        return html_to_text(content)
    if content_type == "application/xml":
        return xml_to_text(content)
    return None, decode(content)


def first_line(text: str) -> str | None:
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:300]
    return None


SOURCE = Inbox
