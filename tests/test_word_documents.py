"""Word documents (WTO notifications and ministry notices often come as .docx) read like any page;
Word 97-2003 files are refused in one line, and the rest of the run goes on."""

import io
import json

import docx
from werkzeug import Response

from tests.test_sources import configure, crawl, documents

NOTICE_TEXT = "\n\n".join(
    [
        "NOTIFICATION",
        "G/TBT/N/KEN/1742",
        "Notifying Member: KENYA",
        "HS code | Products covered",
        "8507.60 | Lithium-ion accumulators for stationary storage",
        "8504.40 | Static converters (chargers), other than for vehicles",
        "Proposed date of entry into force: 1 March 2027",
    ]
)


def notice_docx() -> bytes:
    """A TBT notification as a Word file: heading, paragraphs and a two-column table of products."""
    document = docx.Document()
    document.add_heading("NOTIFICATION", level=1)
    document.add_paragraph("G/TBT/N/KEN/1742")
    document.add_paragraph("Notifying Member: KENYA")
    rows = [
        ("HS code", "Products covered"),
        ("8507.60", "Lithium-ion accumulators for stationary storage"),
        ("8504.40", "Static converters (chargers), other than for vehicles"),
    ]
    table = document.add_table(rows=len(rows), cols=2)
    for number, (code, products) in enumerate(rows):
        table.cell(number, 0).text = code
        table.cell(number, 1).text = products
    document.add_paragraph("Proposed date of entry into force: 1 March 2027")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# The OLE2 signature every Word/Excel 97-2003 file opens with, then a sector of its header.
LEGACY_WORD = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504


def test_inbox_reads_a_docx_with_its_table_rows_on_one_line_each(project):
    (project.inbox / "ken_tbt_1742.docx").write_bytes(notice_docx())
    result = project.run("crawl", "inbox", "--json")
    assert result.exit_code == 0, result.stderr
    [stored] = project.store().db["documents"].rows
    assert stored["text"] == NOTICE_TEXT
    assert stored["content_type"] == "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def test_inbox_refuses_a_word_97_file_in_one_line_and_keeps_the_docx(project):
    (project.inbox / "ken_tbt_1742.docx").write_bytes(notice_docx())
    (project.inbox / "old_notice.doc").write_bytes(LEGACY_WORD)
    result = project.run("crawl", "inbox", "--json")
    report = json.loads(result.stdout)[0]
    assert (result.exit_code, report["new_documents"], report["failed_items"]) == (1, 1, 1)
    [problem] = report["problems"]
    assert problem.endswith(
        "old_notice.doc: a Word/Excel 97-2003 file (.doc/.xls), which is not read; not stored (use its PDF or .docx)"
    )


def test_feed_item_served_as_octet_stream_is_read_as_the_word_file_it_is(project, httpserver):
    base = httpserver.url_for("").rstrip("/")
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>TBT</title>'
        f"<item><title>Kenya TBT 1742</title><link>{base}/files/1742.docx</link><guid>1742</guid></item>"
        f"<item><title>Broken</title><link>{base}/files/1743.docx</link><guid>1743</guid></item>"
        "</channel></rss>"
    )
    httpserver.expect_request("/feed.xml").respond_with_data(feed, content_type="application/rss+xml")
    httpserver.expect_request("/files/1742.docx").respond_with_response(
        Response(notice_docx(), headers={"Content-Type": "application/octet-stream"})
    )
    truncated = notice_docx()[:900]
    httpserver.expect_request("/files/1743.docx").respond_with_response(
        Response(
            truncated,
            headers={"Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
        )
    )
    configure(project, feed={"urls": [httpserver.url_for("/feed.xml")]})
    code, report = crawl(project, "feed")
    assert (code, report["new_documents"], report["failed_items"]) == (1, 1, 1)
    [problem] = report["problems"]
    assert problem == f"feed: {base}/files/1743.docx: not a readable Word .docx (BadZipFile: File is not a zip file)"
    [stored] = documents(project, "feed").values()
    assert stored["text"] == NOTICE_TEXT
