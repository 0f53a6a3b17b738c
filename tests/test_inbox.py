"""Inbox ingestion: each file type once, changed files as new versions, broken files reported."""

import json
import shutil

from tests.conftest import FIXTURES

INBOX = FIXTURES / "inbox"


def fill_inbox(project):
    for path in INBOX.iterdir():
        shutil.copy(path, project.inbox / path.name)


def documents(project) -> dict:
    return {row["external_id"]: row for row in project.store().db["documents"].rows}


def test_every_file_type_is_ingested_once(project):
    fill_inbox(project)
    result = project.run("crawl", "inbox", "--json")
    assert result.exit_code == 0, result.stderr
    stored = documents(project)
    assert set(stored) == {"cbp_notice.pdf", "eu_regulation.html", "fr_notice.xml", "uk_stop_press.txt"}
    assert "9903.81.91" in stored["cbp_notice.pdf"]["text"]
    assert stored["eu_regulation.html"]["title"] == "Commission Implementing Regulation (EU) 2026/2411"
    assert "EUR-Lex home" not in stored["eu_regulation.html"]["text"]  # navigation is not the document
    assert "4412.33.32" in stored["fr_notice.xml"]["text"]
    assert stored["uk_stop_press.txt"]["content_type"] == "text/plain"
    again = json.loads(project.run("crawl", "inbox", "--json").stdout)[0]
    assert again["unchanged"] == 4 and again["fetched"] == 0
    assert project.count("document_versions") == 4


def test_changed_file_becomes_a_new_version_and_nothing_is_deleted(project):
    fill_inbox(project)
    project.run("crawl", "inbox")
    notice = project.inbox / "uk_stop_press.txt"
    notice.write_text(notice.read_text("utf-8") + "- 6907 23 00 10\n", encoding="utf-8")
    (project.inbox / "fr_notice.xml").unlink()
    report = json.loads(project.run("crawl", "inbox", "--json").stdout)[0]
    assert report["new_versions"] == 1
    store = project.store()
    document_id = store.db.execute("select id from documents where external_id = 'uk_stop_press.txt'").fetchone()[0]
    versions = store.document_versions(document_id)
    assert len(versions) == 2 and "6907 23 00 10" in versions[1]["text"]
    assert "fr_notice.xml" in documents(project)


def test_broken_pdf_gives_one_line_and_the_rest_is_ingested(project):
    fill_inbox(project)
    (project.inbox / "truncated.pdf").write_bytes((INBOX / "cbp_notice.pdf").read_bytes()[:400])
    result = project.run("crawl", "inbox", "--json")
    assert result.exit_code == 1
    report = json.loads(result.stdout)[0]
    assert report["status"] == "partial" and report["new_documents"] == 4 and report["failed_items"] == 1
    [problem] = report["problems"]
    assert "truncated.pdf: not a readable PDF" in problem and "\n" not in problem


def test_touching_a_file_without_changing_it_adds_no_version(project):
    fill_inbox(project)
    project.run("crawl", "inbox")
    notice = project.inbox / "uk_stop_press.txt"
    notice.write_text(notice.read_text("utf-8"), encoding="utf-8")  # new mtime, same content
    report = json.loads(project.run("crawl", "inbox", "--json").stdout)[0]
    assert report["fetched"] == 1 and report["new_versions"] == 0
    assert project.count("document_versions") == 4


def test_malformed_xml_is_refused_in_one_line_and_an_odd_charset_is_decoded(project):
    (project.inbox / "broken.xml").write_text("<NOTICE><P>heading 7208", encoding="utf-8")
    (project.inbox / "latin1.txt").write_bytes("Droits sur les tôles, position 7208 51 20\n".encode("latin-1"))
    result = project.run("crawl", "inbox", "--json")
    report = json.loads(result.stdout)[0]
    assert (result.exit_code, report["status"], report["new_documents"], report["failed_items"]) == (1, "partial", 1, 1)
    [problem] = report["problems"]
    assert problem.startswith(f"inbox: {project.inbox / 'broken.xml'}: not well-formed XML (")
    assert "\n" not in problem
    stored = documents(project)
    assert set(stored) == {"latin1.txt"}  # a truncated document is never stored as if it were whole
    assert stored["latin1.txt"]["text"] == "Droits sur les tôles, position 7208 51 20"
