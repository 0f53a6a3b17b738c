"""A folder users drop documents into: .txt, .html/.htm, .xml and .pdf files.

Each file is ingested once; a file whose content changes becomes a new version of the same
document; nothing is ever deleted from the store when a file disappears. A sidecar next to a
file (`NAME.meta.json`, `NAME.yaml` or `NAME.yml`, NAME with or without the file's extension)
gives its title, published date, jurisdiction, url and identifier. Without one, the title is the
document's own (HTML title, GPO subject) or its first line that is not a page header, billing
code, table row or bare identifier; the publication date and jurisdiction then come from the
text at extraction. Symbolic links are not followed (a link could lead out of the folder) and
files over `max_file_bytes` are refused in one line.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import yaml
from pydantic import AnyHttpUrl, BaseModel, ConfigDict, Field, ValidationError, field_validator

from crawler.base import FormatChanged, Listing, Source, SourceSettings, field_date
from crawler.documents import DOCX_TYPE, convert
from crawler.textclean import checked_text, one_line
from crawler.titles import identifier_from_text, title_from_text
from tariffwatch.config import describe_validation_error
from tariffwatch.errors import DocumentError, SourceError
from tariffwatch.store import DocumentRecord

SUFFIXES = {
    ".txt": "text/plain",
    ".html": "text/html",
    ".htm": "text/html",
    ".xml": "application/xml",
    ".pdf": "application/pdf",
    ".docx": DOCX_TYPE,
    ".doc": "application/msword",  # listed so that it is refused in one line, not read as text
}
SIDECARS = (".meta.json", ".yaml", ".yml")


class Settings(SourceSettings):
    path: Path = Path("inbox")
    max_file_bytes: int = Field(50 * 1024 * 1024, gt=0)  # a larger file is refused, not read


class Sidecar(BaseModel):
    """What a user may say about a file; every key optional."""

    model_config = ConfigDict(extra="forbid")
    title: str | None = None
    published: date | None = None
    jurisdiction: str | None = Field(None, pattern=r"^(?:[A-Z]{2}|EAEU)$")  # EAEU: a union with no ISO code
    url: AnyHttpUrl | None = None  # only http(s): a reader follows it
    identifier: str | None = None

    @field_validator("jurisdiction", mode="before")
    @classmethod
    def _upper(cls, value):
        return value.upper() if isinstance(value, str) else value


class Inbox(Source):
    kind = "inbox"
    Settings = Settings

    @property
    def folder(self) -> Path:
        return self.settings.path

    def discover(self) -> Iterator[Listing]:
        if not self.folder.is_dir():
            raise SourceError(f"inbox folder {self.folder} does not exist")
        for path in inbox_files(self.folder, self.context.warn):
            stat = path.stat()
            sidecar = sidecar_path(path)
            marker = f":{sidecar.stat().st_mtime_ns}" if sidecar else ""
            yield Listing(
                external_id=path.relative_to(self.folder).as_posix(),
                url=path.resolve().as_uri(),
                revision=f"{stat.st_mtime_ns}:{stat.st_size}{marker}",
                metadata={"filename": path.name},
            )

    def probe(self) -> str:
        if not self.folder.is_dir():
            raise FormatChanged(f"inbox folder {self.folder} does not exist")
        return f"folder {self.folder}, {sum(1 for _ in inbox_files(self.folder, lambda _: None))} files"

    def fetch(self, listing: Listing):
        path = self.folder / listing.external_id
        record, warning = file_record(path, listing.external_id, self.settings.max_file_bytes)
        record.source, record.revision = self.context.name, listing.revision
        if warning:
            self.context.warn(f"inbox: {warning}")
        return record


def ingest_file(path: Path, settings: Settings | None, overrides: dict) -> tuple[DocumentRecord, str | None]:
    """`tariffwatch ingest`: a file filed as an inbox document (the same document as the inbox
    crawl when it lies in the inbox folder), options overriding its sidecar."""
    overrides = Sidecar.model_validate(overrides).model_dump(exclude_none=True)
    folder = settings.path.resolve() if settings else None
    resolved = path.resolve()
    inside = folder is not None and resolved.is_relative_to(folder)
    external_id = resolved.relative_to(folder).as_posix() if inside else f"ingest:{resolved.as_posix()}"
    max_bytes = settings.max_file_bytes if settings else Settings.model_fields["max_file_bytes"].default
    return file_record(path, external_id, max_bytes, overrides)


def inbox_files(folder: Path, warn) -> Iterator[Path]:
    """Document files under `folder`, sorted, never through a symbolic link."""
    root = folder.resolve()
    found = []
    for directory, subdirectories, files in os.walk(folder, followlinks=False):
        subdirectories[:] = sorted(d for d in subdirectories if not d.startswith("."))
        for name in files:
            path = Path(directory) / name
            if name.startswith(".") or path.suffix.lower() not in SUFFIXES:
                continue
            if path.is_symlink() or not path.resolve().is_relative_to(root):
                warn(f"inbox: {path.relative_to(folder).as_posix()}: a symbolic link; not followed")
                continue
            found.append(path)
    yield from sorted(found)


def file_record(
    path: Path, external_id: str, max_bytes: int, overrides: dict | None = None
) -> tuple[DocumentRecord, str | None]:
    """The stored form of one file (text converted and cleaned, metadata from its sidecar and
    `overrides`) and a warning when its characters had to be repaired."""
    content = read_capped(path, max_bytes)
    meta = {**read_sidecar(path), **{key: value for key, value in (overrides or {}).items() if value is not None}}
    content_type = SUFFIXES.get(path.suffix.lower(), "text/plain")
    try:
        title, text, content_type = convert(content, content_type)
    except DocumentError as exc:
        raise DocumentError(f"{path}: {exc}") from None
    text, warning = checked_text(text, str(path))
    published = meta.get("published")
    published = published.isoformat() if isinstance(published, date) else published
    record = DocumentRecord(
        source="inbox",
        external_id=external_id,
        url=str(meta["url"]) if meta.get("url") else path.resolve().as_uri(),
        title=one_line(meta.get("title") or title or title_from_text(text) or path.name),
        text=text,
        content_type=content_type,
        published_date=published,
        jurisdiction=meta.get("jurisdiction"),
        identifier=meta.get("identifier") or identifier_from_text(text),
        metadata={
            "filename": path.name,
            "field_dates": field_date("published", "publication", published, "sidecar field published"),
            # no sidecar title: the stored one is a guess (a page's <title> or first line, often a site's banner),
            # so the title the extractor reads from the text is shown instead where it finds one
            "title_guessed": not meta.get("title"),
        },
    )
    return record, warning


def read_capped(path: Path, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise DocumentError(f"{path}: {size} bytes exceeds the inbox cap of {max_bytes} bytes; not read")
        return path.read_bytes()
    except OSError as exc:
        raise DocumentError(f"{path}: cannot read ({exc.strerror})") from None


def sidecar_path(path: Path) -> Path | None:
    for base in (path.name, path.stem):
        for suffix in SIDECARS:
            candidate = path.with_name(base + suffix)
            if candidate.is_file() and not candidate.is_symlink():
                return candidate
    return None


def read_sidecar(path: Path) -> dict:
    """The sidecar's metadata as a dict of set keys ({} without a sidecar); a bad one is one line."""
    sidecar = sidecar_path(path)
    if sidecar is None:
        return {}
    try:
        raw = sidecar.read_text("utf-8")
        data = json.loads(raw) if sidecar.name.endswith(".json") else yaml.safe_load(raw)
        return Sidecar.model_validate(data or {}).model_dump(exclude_none=True)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, yaml.YAMLError) as exc:
        raise DocumentError(f"{sidecar}: unreadable sidecar ({type(exc).__name__})") from None
    except ValidationError as exc:
        raise DocumentError(f"{sidecar}: {describe_validation_error(exc)}") from None


SOURCE = Inbox
