"""Fetching one document URL and turning the response into text, whatever its format."""

from __future__ import annotations

from crawler.http import Response
from crawler.textract import decode, docx_to_text, html_to_text, pdf_to_text, xml_to_text
from tariffwatch.errors import DocumentError

PDF_TYPES = {"application/pdf", "application/x-pdf"}
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
# Word, Excel and PowerPoint 97-2003 files: one OLE container, no library here reads their text.
LEGACY_OFFICE_TYPES = {"application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint"}
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def response_text(response: Response, selector: str | None = None) -> tuple[str | None, str, str]:
    """(title, text, content type) of a fetched body; a broken body raises DocumentError naming the URL."""
    try:
        return convert(response.content, response.content_type, response.charset, selector)
    except DocumentError as exc:
        raise DocumentError(f"{response.url}: {exc}") from None


def convert(
    content: bytes, content_type: str | None, charset: str | None = None, selector: str | None = None
) -> tuple[str | None, str, str]:
    """(title, text, the content type stored) of a document's bytes: by their magic bytes first, since
    servers label Word and PDF files as octet-stream or text; then by the declared type."""
    content_type = content_type or _sniff(content)
    if content_type in PDF_TYPES or content[:5] == b"%PDF-":
        return None, pdf_to_text(content), "application/pdf"
    if content_type == DOCX_TYPE or _is_docx(content):
        return None, docx_to_text(content), DOCX_TYPE
    if content_type in LEGACY_OFFICE_TYPES or content[:8] == OLE_MAGIC:
        raise DocumentError(
            "a Word/Excel 97-2003 file (.doc/.xls), which is not read; not stored (use its PDF or .docx)"
        )
    if "html" in content_type:
        title, text = html_to_text(content, charset, selector)
        return title, text, "text/html"
    if "xml" in content_type:
        title, text = xml_to_text(content)
        return title, text, "application/xml"
    return None, decode(content, charset), "text/plain"


def _is_docx(content: bytes) -> bool:
    # a .docx is a zip whose first entry is, by Word's own writing, [Content_Types].xml with word/ parts after it
    return content[:4] == b"PK\x03\x04" and b"word/" in content[:65536]


def _sniff(content: bytes) -> str:
    head = content[:512].lstrip().lower()
    if head.startswith(b"%pdf-"):
        return "application/pdf"
    if head.startswith(b"<!doctype html") or b"<html" in head:
        return "text/html"
    if head.startswith(b"<?xml") or head.startswith(b"<"):
        return "application/xml"
    return "text/plain"
