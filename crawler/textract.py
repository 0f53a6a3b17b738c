"""Turning fetched bytes (HTML, XML, PDF, plain text) into the text the NLP stage reads."""

from __future__ import annotations

import io
import re
import warnings

from bs4 import BeautifulSoup, UnicodeDammit, XMLParsedAsHTMLWarning

from tariffwatch.errors import DocumentError

# Page furniture that is not the document: dropped before text extraction so banners and
# navigation neither pollute extraction nor make an unchanged page look changed.
BOILERPLATE_TAGS = ["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "svg"]
BLOCK_TAGS = [
    "p",
    "div",
    "br",
    "li",
    "tr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "section",
    "article",
    "pre",
    "blockquote",
    "dd",
    "dt",
]


def decode(content: bytes, charset: str | None = None) -> str:
    """Bytes to text: the declared charset when it works, otherwise a detected one."""
    if charset:
        try:
            return content.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    dammit = UnicodeDammit(content, ["utf-8", "windows-1252"])
    if dammit.unicode_markup is None:
        return content.decode("utf-8", errors="replace")
    return dammit.unicode_markup


def html_to_text(
    content: bytes | str, charset: str | None = None, selector: str | None = None
) -> tuple[str | None, str]:
    """(title, text) of an HTML page, one block element per line, boilerplate removed.

    With a CSS `selector`, only the matching element counts: the smallest stable part of a page.
    """
    markup = content if isinstance(content, str) else decode(content, charset)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        soup = BeautifulSoup(markup, "lxml")
    title = soup.title.get_text(" ", strip=True) if soup.title else None
    if selector:
        chosen = soup.select(selector)
        if not chosen:
            raise DocumentError(f"no element matches the selector {selector!r} (page layout changed?)")
        soup = BeautifulSoup("".join(str(element) for element in chosen), "lxml")
    for tag in soup(BOILERPLATE_TAGS + ["title", "head"]):
        tag.decompose()
    for cell in soup.find_all(["td", "th"]):
        cell.append(" | ")
    for block in soup.find_all(BLOCK_TAGS):
        block.insert_before("\n")
        block.append("\n")
    return title or None, tidy(soup.get_text())


def xml_to_text(content: bytes) -> tuple[str | None, str]:
    """Text of an XML document (Federal Register XML, Formex...), element per line."""
    try:
        soup = BeautifulSoup(content, "lxml-xml")
    except Exception as exc:  # lxml raises several types for broken markup
        raise DocumentError(f"not well-formed XML ({exc})") from None
    if soup.find() is None:
        raise DocumentError("not well-formed XML (no root element)")
    title_tag = soup.find(["title", "TITLE", "SUBJECT", "HD"])
    title = title_tag.get_text(" ", strip=True) if title_tag else None
    return title, tidy(soup.get_text("\n"))


def pdf_to_text(content: bytes) -> str:
    """Text of a PDF, page by page, with tables as ' | '-separated rows."""
    import pdfplumber
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfplumber.utils.exceptions import PdfminerException

    try:
        with pdfplumber.open(io.BytesIO(content)) as pdf:
            pages = [_pdf_page_text(page) for page in pdf.pages]
    except (PDFSyntaxError, PdfminerException, ValueError, KeyError, TypeError) as exc:
        raise DocumentError(f"not a readable PDF ({type(exc).__name__}: {str(exc)[:120]})") from None
    text = tidy("\n\n".join(pages))
    if not text.strip():
        raise DocumentError("PDF has no text layer (scanned image?); not stored empty")
    return text


def _pdf_page_text(page) -> str:
    text = page.extract_text() or ""
    tables = page.extract_tables() or []
    rendered = ["\n".join(" | ".join(cell or "" for cell in row) for row in table) for table in tables]
    return "\n\n".join([text, *rendered]) if rendered else text


_SPACES = re.compile(r"[ \t\r\f\v]+")
_BLANK_LINES = re.compile(r"\n\s*\n\s*\n+")


def tidy(text: str) -> str:
    """Collapse runs of spaces (keeping no-break spaces, which codes use) and blank lines."""
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()
