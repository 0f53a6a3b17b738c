"""Search from the CLI: full-text, semantic and hybrid, filters, and hostile queries."""

import json
import shutil

import pytest

from tests.conftest import FIXTURES, serve_federal_register


@pytest.fixture
def searchable(project, httpserver):
    serve_federal_register(httpserver)
    data = project.config_data(fr_base_url=httpserver.url_for("/api/v1"))
    data["nlp"] = {"embeddings": True}
    project.write_config(data)
    for name in ("uk_stop_press.txt", "eu_regulation.html", "cbp_notice.pdf"):
        shutil.copy(FIXTURES / "inbox" / name, project.inbox)
    assert project.run("crawl").exit_code == 0
    assert project.run("extract").exit_code == 0
    return project


def search(project, *args):
    result = project.run("search", *args, "--format", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def titles(results):
    return [r["title"] for r in results]


def test_fulltext_finds_words_with_snippets(searchable):
    results = search(searchable, "glass fibre rovings", "--mode", "fulltext")
    assert titles(results)[0] == "Commission Implementing Regulation (EU) 2026/2411"
    assert "<mark>" in results[0]["snippet"]
    assert set(results[0]) >= {
        "change_id",
        "document_url",
        "title",
        "jurisdiction",
        "measure_types",
        "hs_codes",
        "dates",
        "summary",
        "score",
        "snippet",
    }


def test_a_heading_finds_changes_on_its_subheadings(searchable):
    results = search(searchable, "7208", "--mode", "fulltext")
    assert any("Hot-Rolled Steel" in t for t in titles(results))
    assert any(
        t.startswith("CSMS") or "cbp_notice" in (r["document_url"] or "")
        for t, r in zip(titles(results), results, strict=True)
    )


def test_semantic_finds_meaning_without_shared_words(searchable):
    results = search(searchable, "dried plums subsidies", "--mode", "semantic", "--limit", "1")
    assert titles(results) == ["Prunes From Chile: Initiation of Countervailing Duty Investigation"]


def test_hybrid_is_the_default_and_fuses_both(searchable):
    results = search(searchable, "ceramic tiles India dumping")
    assert "ceramic tiles" in titles(results)[0]


@pytest.mark.parametrize(
    "args,expected",
    [
        (
            ["--hs", "72"],
            {
                "Certain Hot-Rolled Steel Flat Products From Brazil: Final Results of Antidumping Duty Administrative Review; 2024-2025",
                "CSMS # 66001234 - GUIDANCE: Additional duties on steel articles",
            },
        ),
        (
            ["--hs", "6907 21"],
            {"Tariff stop press notice: ceramic tiles from India (Tariff stop press notice 03/11/2026)"},
        ),
        (["--jurisdiction", "EU"], {"Commission Implementing Regulation (EU) 2026/2411"}),
        (["--measure", "countervailing"], {"Prunes From Chile: Initiation of Countervailing Duty Investigation"}),
        (
            ["--date-type", "entry_into_force", "--from", "2026-12-01", "--to", "2026-12-31"],
            {
                "Notice of Modification of Section 301 Action: Extension of Certain Exclusions",
                "Tariff stop press notice: ceramic tiles from India (Tariff stop press notice 03/11/2026)",
            },
        ),
    ],
)
def test_filters(searchable, args, expected):
    results = search(searchable, "", *args, "--limit", "50")
    found = set(titles(results))
    assert expected <= found
    if args[0] != "--date-type":
        assert found == expected


def test_range_and_chapter_aware_hs_filter(project):
    from tariffwatch.store import DocumentRecord

    store = project.store()
    store.ensure_source("inbox", "inbox", True, None)
    store.save_document(
        DocumentRecord(
            source="inbox",
            external_id="r.txt",
            url="https://e/r",
            title="Range",
            text="Duties apply to steel of headings 7208 to 7212.",
        )
    )
    store.save_document(
        DocumentRecord(
            source="inbox",
            external_id="c.txt",
            url="https://e/c",
            title="Chapter",
            text="Licensing applies to goods of Chapter 73.",
        )
    )
    store.close()
    project.run("extract")
    assert titles(search(project, "", "--hs", "721041")) == ["Range"]
    assert titles(search(project, "", "--hs", "7308 90")) == ["Chapter"]
    assert titles(search(project, "", "--hs", "7213")) == []


@pytest.mark.parametrize(
    "query",
    [
        'steel" OR',
        "NEAR(",
        "title:",
        "'; DROP TABLE changes; --",
        '" " "',
        "***",
        "AND AND",
        "(((",
        "body:steel) OR (",
        "<script>alert(1)</script>",
        "\x00\x01",
        "a" * 5000,
        "%_\\",
        "unknown_column:steel",
    ],
)
def test_hostile_queries_never_crash(searchable, query):
    result = searchable.run("search", query, "--format", "json", "--mode", "fulltext")
    assert "Traceback" not in result.output + result.stderr
    if result.exit_code == 0:
        json.loads(result.stdout)
    else:
        assert result.exit_code == 2
        lines = [line for line in result.stderr.splitlines() if line]
        assert len(lines) == 1 and ("search syntax" in lines[0] or "column" in lines[0])
    assert searchable.count("changes") == 6


def test_plain_words_with_punctuation_are_searched_as_words(searchable):
    results = search(searchable, "'; DROP TABLE changes; -- tiles", "--mode", "fulltext")
    assert results == [] or all("DROP" not in r["title"] for r in results)
    assert titles(search(searchable, "tiles, India!", "--mode", "fulltext"))[0].startswith("Tariff stop press")
