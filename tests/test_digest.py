"""The digest written by `tariffwatch digest`: grouping, dates, escaping, empty days."""

from datetime import date

from tariffwatch.store import DocumentRecord


def add_document(project, title: str, text: str, external_id: str = "doc.txt"):
    store = project.store()
    store.ensure_source("inbox", "inbox", True, None)
    store.save_document(
        DocumentRecord(source="inbox", external_id=external_id, url="file:///" + external_id, title=title, text=text)
    )
    store.close()
    assert project.run("extract").exit_code == 0


def test_digest_groups_by_chapter_and_escapes_crawled_text(project):
    hostile = 'Steel <script>alert("x")</script> & "quotes"'
    add_document(
        project,
        hostile,
        "An anti-dumping duty on steel of CN code 7208 51 20 and "
        "chapter 73 applies from 1 December 2026. <img src=x onerror=alert(1)>",
    )
    result = project.run("digest", "--date", date.today().isoformat())
    assert result.exit_code == 0
    html = open(result.stdout.strip(), encoding="utf-8").read()
    assert "<script>alert" not in html and "&lt;script&gt;" in html
    assert "<img src=x" not in html
    assert "Chapter 72: Iron and steel" in html and "Chapter 73: Articles of iron or steel" in html
    assert "Shared: also listed under chapter 73" in html and "Section XV: Base metals" in html
    assert "72085120" in html


def test_a_day_without_changes_is_a_short_digest_not_an_error(project):
    result = project.run("digest", "--date", "2020-01-02", "--format", "text")
    assert result.exit_code == 0
    text = open(result.stdout.strip(), encoding="utf-8").read()
    assert "No changes were first seen on 2020-01-02." in text


def test_markdown_digest_quotes_the_evidence_sentence(project):
    add_document(
        project,
        "Ceramic tiles",
        "An anti-dumping duty on tiles of commodity code 6907 21 00 10 is being introduced from 1 December 2026.",
    )
    result = project.run("digest", "--format", "markdown")
    markdown = open(result.stdout.strip(), encoding="utf-8").read()
    assert "entry into force: [2026-12-01](file:///doc.txt)" in markdown
    assert "is being introduced from 1 December 2026" in markdown
