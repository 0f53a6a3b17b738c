"""Fetching one document URL and turning the response into text, whatever its format."""

from __future__ import annotations

from crawler.http import Response
from crawler.textract import decode, html_to_text, pdf_to_text, xml_to_text
from tariffwatch.errors import DocumentError

PDF_TYPES = {"application/pdf", "application/x-pdf"}


def response_text(response: Response, selector: str | None = None) -> tuple[str | None, str, str]:
    """(title, text, content type) of a fetched body; a broken body raises DocumentError naming the URL."""
    content_type = response.content_type or _sniff(response.content)
    try:
        if content_type in PDF_TYPES or response.content[:5] == b"%PDF-":
            return None, pdf_to_text(response.content), "application/pdf"
        if "html" in content_type:
            title, text = html_to_text(response.content, response.charset, selector)
            return title, text, "text/html"
        if "xml" in content_type:
            title, text = xml_to_text(response.content)
            return title, text, "application/xml"
        return None, decode(response.content, response.charset), "text/plain"
    except DocumentError as exc:
        raise DocumentError(f"{response.url}: {exc}") from None


def _sniff(content: bytes) -> str:
    head = content[:512].lstrip().lower()
    if head.startswith(b"%pdf-"):
        return "application/pdf"
    if head.startswith(b"<!doctype html") or b"<html" in head:
        return "text/html"
    if head.startswith(b"<?xml") or head.startswith(b"<"):
        return "application/xml"
    return "text/plain"
