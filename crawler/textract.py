"""Turning fetched bytes (HTML, XML, PDF, Word .docx, plain text) into the text the NLP stage reads."""

from __future__ import annotations

import io
import re
import warnings
import zipfile

from bs4 import BeautifulSoup, UnicodeDammit, XMLParsedAsHTMLWarning
from lxml import etree

from crawler.gpo import gpo_to_text, is_gpo_xml, parse_gpo
from tariffwatch.errors import DocumentError

# Real documents nest a few dozen levels; converting deeper markup costs time quadratic in the
# depth, so it is refused (libxml2 itself stops at 256 and would silently drop the rest).
MAX_NESTING = 200

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
    check_nesting(markup, html=True)
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
    return title or None, _drop_empty_cells(tidy(soup.get_text()))


def xml_to_text(content: bytes) -> tuple[str | None, str]:
    """Text of an XML document: Federal Register GPO XML with its structure, other XML element per line."""
    root = parse_gpo(content)  # strict: a truncated file is refused in one line, not half stored
    if is_gpo_xml(root):
        return gpo_to_text(root)
    soup = BeautifulSoup(content, "lxml-xml")
    title_tag = soup.find(["title", "TITLE", "SUBJECT", "HD"])
    title = title_tag.get_text(" ", strip=True) if title_tag else None
    return title, tidy(soup.get_text("\n"))


def check_nesting(markup: str | bytes, html: bool) -> None:
    """Refuse markup nested deeper than MAX_NESTING, in one linear pass."""
    parser = etree.HTMLPullParser(events=("start", "end")) if html else etree.XMLPullParser(events=("start", "end"))
    depth = 0
    try:
        parser.feed(markup)
        parser.close()
    except etree.XMLSyntaxError:
        pass  # broken markup is the converter's to report; only the depth matters here
    for event, _ in parser.read_events():
        depth += 1 if event == "start" else -1
        if depth > MAX_NESTING:
            raise DocumentError(f"markup nested deeper than {MAX_NESTING} levels; not converted")


def looks_like_html(content: bytes) -> bool:
    """HTML whatever the Content-Type says (GovInfo's `.txt` files are HTML served as text/plain)."""
    head = content[:2048].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<html" in head or b"<pre>" in head


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


def docx_to_text(content: bytes) -> str:
    """Text of a Word .docx (WTO and ministry notices often come so): through HTML, so paragraphs and
    table rows read as every other page does."""
    import mammoth

    try:
        html = mammoth.convert_to_html(io.BytesIO(content)).value
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise DocumentError(f"not a readable Word .docx ({type(exc).__name__}: {str(exc)[:120]})") from None
    text = html_to_text(_cells_on_one_line(html))[1]
    if not text.strip():
        raise DocumentError("Word .docx has no text; not stored empty")
    return text


def _cells_on_one_line(html: str) -> str:
    """Word puts every table cell's text in paragraphs; unwrapped, a row reads as one ' | ' line."""
    soup = BeautifulSoup(f"<html><body>{html}</body></html>", "lxml")
    for paragraph in soup.select("td p, th p"):
        paragraph.insert_before(" ")
        paragraph.unwrap()
    return str(soup)


def _pdf_page_text(page) -> str:
    text = page.extract_text() or ""
    tables = page.extract_tables() or []
    rendered = ["\n".join(" | ".join(cell or "" for cell in row) for row in table) for table in tables]
    return "\n\n".join([text, *rendered]) if rendered else text


def _drop_empty_cells(text: str) -> str:
    """Cells whose content was a block leave a separator alone on its line: drop it."""
    lines = (line.rstrip(" |") if line.endswith(" |") else line for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", "\n".join(line for line in lines if line.strip() != "|")).strip()


_SPACES = re.compile(r"[ \t\r\f\v]+")
_BLANK_LINES = re.compile(r"\n\s*\n\s*\n+")


def tidy(text: str) -> str:
    """Collapse runs of spaces (keeping no-break spaces, which codes use) and blank lines."""
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()
