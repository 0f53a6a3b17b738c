"""Federal Register documents in GPO XML (what `full_text_xml_url` serves) as structured text.

The schema is the one of GPO's bulk daily issues (`RULE`, `PRORULE`, `NOTICE`, `PRESDOCU` with a
`PREAMB`, `SUPLINF` and `SIG`): headings and paragraphs become lines; the labelled preamble blocks
keep their label on the line ("DATES: Comments must be submitted by May 16, 2016."), as the
printed text has them; `GPOTABLE` rows become lines of cells separated by " | "; page markers
(`PRTPAGE`), the filing line (`FRDOC`), billing codes and footnote anchors are dropped.
"""

from __future__ import annotations

from lxml import etree

from tariffwatch.errors import DocumentError

DOCUMENT_TAGS = ("RULE", "PRORULE", "NOTICE", "PRESDOCU")
# Elements that are not part of the document's text.
DROPPED = {"PRTPAGE", "FRDOC", "BILCOD", "FTREF", "GID", "FRDOCBP", "PGS", "EAR", "CNTNTS", "UNITNAME"}
# Elements rendered inside the line of their parent.
INLINE = {"E", "SU", "AC", "FR", "LI", "PRTPAGE", "FTREF", "GID"}
# Preamble blocks printed as "LABEL: text" on one line.
LABELLED = {"AGY", "ACT", "SUM", "DATES", "EFFDATE", "ADD", "FURINF", "AUTH"}


def is_gpo_xml(root: etree._Element) -> bool:
    return root.tag in (*DOCUMENT_TAGS, "FEDREG", "PRESDOC") or root.find(".//PREAMB") is not None


def gpo_to_text(root: etree._Element) -> tuple[str | None, str]:
    """(subject, text) of a GPO XML document (or of every document in a daily issue)."""
    lines: list[str] = []
    _render(root, lines)
    subject = root.find(".//SUBJECT")
    title = _inline(subject) if subject is not None else None
    return title or None, "\n".join(line for line in lines if line)


def parse_gpo(content: bytes) -> etree._Element:
    """The XML tree, strictly parsed: a truncated document is refused, never half stored."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        return etree.fromstring(content, parser)
    except etree.XMLSyntaxError as exc:
        raise DocumentError(f"not well-formed XML ({str(exc).splitlines()[0][:160]})") from None


def _render(element: etree._Element, lines: list[str]) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in DROPPED or not tag:
        return
    if tag == "GPOTABLE":
        lines.extend(_table_lines(element))
        return
    if tag in LABELLED:
        _render_labelled(element, lines)
        return
    if _is_text_block(element):
        lines.append(_inline(element))
        return
    for child in element:
        _render(child, lines)


def _render_labelled(element: etree._Element, lines: list[str]) -> None:
    children = [child for child in element if isinstance(child.tag, str) and child.tag not in DROPPED]
    if len(children) >= 2 and children[0].tag == "HD" and children[1].tag == "P":
        lines.append(f"{_inline(children[0])} {_inline(children[1])}")
        children = children[2:]
    for child in children:
        _render(child, lines)


def _is_text_block(element: etree._Element) -> bool:
    """An element holding words itself (a paragraph, a heading) rather than other blocks."""
    if (element.text or "").strip():
        return True
    return any(isinstance(child.tag, str) and child.tag in INLINE for child in element)


def _inline(element: etree._Element) -> str:
    parts = [element.text or ""]
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag and tag not in DROPPED and not _is_footnote_anchor(child):
            parts.append(_inline(child))
        parts.append(child.tail or "")
    return " ".join("".join(parts).split())


def _is_footnote_anchor(element: etree._Element) -> bool:
    """`<SU>2</SU><FTREF/>` marks a footnote reference: its number would glue onto the word before."""
    following = element.getnext()
    return element.tag == "SU" and following is not None and following.tag == "FTREF"


def _table_lines(table: etree._Element) -> list[str]:
    lines = []
    title = table.find("TTITLE")
    if title is not None and _inline(title):
        lines.append(_inline(title))
    headings = [_inline(cell) for cell in table.iterfind("BOXHD/CHED")]
    if any(headings):
        lines.append(" | ".join(headings))
    for row in table.iterfind("ROW"):
        lines.append(" | ".join(_inline(cell) for cell in row.iterfind("ENT")))
    for note in table.iterfind("TNOTE"):
        lines.append(_inline(note))
    return lines
