"""Search from the CLI: codes in any notation, facts above mentions, punctuation, operators,
snippets, semantic floor, hybrid fusion, filters, and hostile queries (one right outcome each).

Two stores are built once per module and copied for each test: the project's fixture documents
(Federal Register over loopback, inbox files, embeddings on) and four notices written for these
tests (full-text only).
"""

import json
import shutil

import pytest
from pytest_httpserver import HTTPServer

from tests.conftest import FIXTURES, UNREACHABLE, Project, serve_federal_register

NOTICES = {
    "eu_cold_rolled.txt": """Commission Implementing Regulation (EU) 2026/905 of 3 March 2026 imposing a definitive anti-dumping duty on imports of cold-rolled flat steel products originating in the People's Republic of China following an expiry review under Article 11(2) of Regulation (EU) 2016/1036

THE EUROPEAN COMMISSION,

Article 1

1. A definitive anti-dumping duty is imposed on imports of cold-rolled flat products of iron or non-alloy steel, currently falling under CN code 7209 16 90, originating in the People's Republic of China.

2. The rate of the definitive anti-dumping duty applicable to the net, free-at-Union-frontier price, before duty, shall be 21.3 %.

Article 2

This Regulation shall enter into force on the day following that of its publication in the Official Journal of the European Union.
""",
    "us_steel_232.txt": """Adjusting Imports of Flat-Rolled Steel into the United States

BY THE PRESIDENT OF THE UNITED STATES OF AMERICA

1. The Secretary of Commerce reported that imports of flat-rolled steel threaten to impair the national security of the United States.

2. Effective April 1, 2026, an additional 25 percent ad valorem duty applies under section 232 to steel articles of headings 7208 to 7212 of the HTSUS, whatever their country of origin.
""",
    "ca_steel_surtax.txt": """Steel Products Surtax Order

Her Excellency the Governor General in Council, on the recommendation of the Minister of Finance, makes the annexed Steel Products Surtax Order under subsection 53(2) of the Customs Tariff.

1. Goods of Chapter 72 that originate in the United States are subject to a surtax of 25% of the value for duty.

2. This Order comes into force on June 15, 2026.
""",
    "gb_bicycle_wheels.txt": """Tariff stop press notice: bicycle wheels from Viet Nam (Tariff stop press notice 12/05/2026)

An anti-dumping duty on bicycle wheels from Viet Nam is being introduced from 1 June 2026.

The wheels are built with steel spokes and aluminium rims. Chinese producers were used as an analogue market when the normal value was established.

The following commodity code is subject to the anti-dumping duty:

- 8714 92 90 00
""",
}
EU = "Commission Implementing Regulation (EU) 2026/905 of 3 March 2026 imposing a definitive anti-dumping duty on imports of cold-rolled flat steel products originating in the People's Republic of China following an expiry review under Article 11(2) of Regulation (EU) 2016/1036"
US = "Adjusting Imports of Flat-Rolled Steel into the United States"
CA = "Steel Products Surtax Order"
GB = "Tariff stop press notice: bicycle wheels from Viet Nam (Tariff stop press notice 12/05/2026)"
PRUNES = "Prunes From Chile: Initiation of Countervailing Duty Investigation"


def config(fr_base_url: str, embeddings: bool) -> dict:
    data = Project.config_data(None, fr_base_url=fr_base_url)
    data["nlp"] = {"embeddings": embeddings}
    data["sources"]["federal_register"]["enabled"] = fr_base_url != UNREACHABLE
    return data


@pytest.fixture(scope="module")
def fixture_documents(tmp_path_factory):
    """The project's fixture documents, crawled (Federal Register over loopback) and embedded."""
    project = Project(tmp_path_factory.mktemp("fixture-documents"))
    server = HTTPServer()
    server.start()
    try:
        serve_federal_register(server)
        project.write_config(config(server.url_for("/api/v1"), embeddings=True))
        for name in ("uk_stop_press.txt", "eu_regulation.html", "cbp_notice.pdf"):
            shutil.copy(FIXTURES / "inbox" / name, project.inbox)
        assert project.run("crawl").exit_code == 0
        assert project.run("extract").exit_code == 0
        server.check_assertions()
    finally:
        server.clear()
        server.stop()
    project.write_config(config(UNREACHABLE, embeddings=True))
    return project.root


@pytest.fixture(scope="module")
def notice_documents(tmp_path_factory):
    project = Project(tmp_path_factory.mktemp("notices"))
    project.write_config(config(UNREACHABLE, embeddings=False))
    for name, text in NOTICES.items():
        (project.inbox / name).write_text(text, encoding="utf-8")
    assert project.run("crawl", "inbox").exit_code == 0
    assert project.run("extract").exit_code == 0
    return project.root


def copy_of(folder, tmp_path) -> Project:
    """A test's own copy of a module's store (its config kept)."""
    root = tmp_path / "project"
    shutil.copytree(folder, root)
    data = (root / "config.yaml").read_text("utf-8")
    project = Project(root)
    project.config_path.write_text(data, encoding="utf-8")
    return project


@pytest.fixture
def searchable(fixture_documents, tmp_path):
    return copy_of(fixture_documents, tmp_path)


@pytest.fixture
def notices(notice_documents, tmp_path):
    return copy_of(notice_documents, tmp_path)


def search(project, *args):
    result = project.run("search", *args, "--format", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def titles(results):
    return [r["title"] for r in results]


@pytest.mark.parametrize("query", ["7209 16 90", "7209.16.90", "72091690", "ex 7209 16 90", "CN code 7209 16 90"])
def test_a_code_in_any_notation_ranks_by_how_specifically_changes_name_it(notices, query):
    # The regulation names the code itself, the proclamation a range around it, the order its chapter.
    assert titles(search(notices, query, "--mode", "fulltext")) == [EU, US, CA]


def test_a_heading_finds_its_subheadings_and_the_ranges_and_chapters_around_it(notices):
    assert titles(search(notices, "7209", "--mode", "fulltext")) == [EU, US, CA]
    assert titles(search(notices, "720916", "--mode", "fulltext")) == [EU, US, CA]
    assert titles(search(notices, "7210", "--mode", "fulltext")) == [US, CA]
    # The order names the chapter itself; the other two name codes in it, equally: newest first.
    assert titles(search(notices, "chapter 72", "--mode", "fulltext")) == [CA, US, EU]


def test_a_year_is_a_word_not_a_heading(notices):
    # "2016" is no heading 2016 (fruit juices): it finds the regulation citing Regulation (EU) 2016/1036.
    assert titles(search(notices, "2016", "--mode", "fulltext")) == [EU]


def test_facts_weigh_above_mere_mentions(notices):
    # The bicycle notice is anti-dumping too, but only mentions steel spokes and Chinese producers.
    results = search(notices, "anti-dumping duties on steel from China", "--mode", "fulltext")
    assert titles(results) == [EU, GB]
    assert results[0]["matched"] == ["measure anti_dumping", "country CN"]
    # Mentions alone are no match: the notice names neither steel nor China as what it is about.
    assert titles(search(notices, "Chinese steel", "--mode", "fulltext")) == [EU]


def test_country_adjectives_and_jurisdictions_are_facts(notices):
    # "Canadian" is the order's jurisdiction, "US" the country it targets, a surtax its measure
    # (retaliation); the US proclamation is only steel from the US, half the question at most.
    results = search(notices, "Canadian surtax on US steel", "--mode", "fulltext")
    assert titles(results) == [CA]
    assert results[0]["matched"] == ["country CA", "measure retaliation", "country US"]


@pytest.mark.parametrize(
    "query,expected",
    [
        ("Article 11(2)", [EU]),
        ("Regulation (EU) 2016/1036", [EU]),
        ("tiles, India!", []),
        ("steel; cold-rolled?", [EU]),
        ("'; DROP TABLE changes; --", []),
        ("unknown_column:steel", []),
    ],
)
def test_punctuation_in_a_plain_query_is_plain_text(notices, query, expected):
    assert titles(search(notices, query, "--mode", "fulltext")) == expected
    assert notices.count("changes") == 4


@pytest.mark.parametrize(
    "query,expected",
    [
        ('"cold-rolled flat products"', [EU]),
        ("title:surtax", [CA]),
        ("bicycle OR surtax", [GB, CA]),
        ("steel NOT surtax", [EU, US, GB]),
    ],
)
def test_explicit_operators_are_fts5_syntax(notices, query, expected):
    assert sorted(titles(search(notices, query, "--mode", "fulltext"))) == sorted(expected)


@pytest.mark.parametrize(
    "query,message",
    [
        ('steel" OR', "Error: invalid search syntax: unterminated string."),
        ("NEAR(", 'Error: invalid search syntax: syntax error near "".'),
        ("title:", 'Error: invalid search syntax: syntax error near "".'),
        ("AND AND", 'Error: invalid search syntax: syntax error near "AND".'),
        ('" " "', "Error: invalid search syntax: unterminated string."),
        ("body:steel) OR (", 'Error: invalid search syntax: syntax error near ")".'),
        ("***", "Error: the query '***' has no words or codes to search"),
        ("(((", "Error: the query '(((' has no words or codes to search"),
        ("\x00\x01", "Error: the query '\\x00\\x01' has no words or codes to search"),
        ("%_\\", "Error: the query '%_\\\\' has no words or codes to search"),
        ("a" * 5000, "Error: the query has 5000 characters; at most 500 are searched"),
    ],
)
def test_bad_queries_are_one_line_usage_errors(notices, query, message):
    result = notices.run("search", query, "--format", "json", "--mode", "fulltext")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.splitlines()[0].startswith(message)
    assert len(result.stderr.splitlines()) == 1
    assert notices.count("changes") == 4


def test_snippets_show_the_evidence_sentence_with_the_query_marked(notices):
    result = search(notices, "7209 16 90", "--mode", "fulltext")[0]
    assert result["snippet"] == (
        "A definitive anti-dumping duty is imposed on imports of cold-rolled flat products of iron or non-alloy "
        "steel, currently falling under CN code <mark>7209 16 90</mark>, originating in the People&#39;s Republic "
        "of China."
    )
    words = search(notices, "duties on steel from China", "--mode", "fulltext")[0]["snippet"]
    assert "<mark>on</mark>" not in words and "<mark>from</mark>" not in words  # stop-words stay plain
    assert "<mark>steel</mark>" in words and "<mark>duty</mark>" in words  # "duties" found "duty"
    assert "<mark>People&#39;s Republic of China</mark>" in words
    assert "72 7209 720916" not in words


def test_the_table_says_what_was_searched(notices):
    result = notices.run("search", "7209 16 90 from China", "--mode", "fulltext", "--jurisdiction", "EU")
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["change", "score", "jur", "in", "force", "title", "codes"]
    assert lines[-1] == "1 of 1 matches for code 72091690, country CN; jurisdiction EU"
    empty = notices.run("search", "7209 16 90", "--mode", "fulltext", "--jurisdiction", "GB")
    assert empty.stdout == "no matching changes for code 72091690; jurisdiction GB; try without a filter\n"


def test_fulltext_finds_words_with_snippets(searchable):
    results = search(searchable, "glass fibre rovings", "--mode", "fulltext")
    assert titles(results) == ["Commission Implementing Regulation (EU) 2026/2411"]
    assert "<mark>glass</mark> <mark>fibre</mark> <mark>rovings</mark>" in results[0]["snippet"]
    assert set(results[0]) == {
        "change_id",
        "document_url",
        "title",
        "jurisdiction",
        "source",
        "measure_types",
        "hs_codes",
        "dates",
        "summary",
        "first_seen",
        "score",
        "matched",
        "snippet",
    }


def test_semantic_finds_meaning_without_shared_words(searchable):
    results = search(searchable, "dried plums subsidies", "--mode", "semantic", "--limit", "1")
    assert titles(results) == [PRUNES]


def test_semantic_results_below_the_floor_are_not_returned(searchable):
    assert search(searchable, "migratory birds nesting season", "--mode", "semantic") == []


def test_hybrid_keeps_what_only_the_semantic_ranking_found(searchable):
    # No word of the query is in any document; only the vectors know prunes are dried fruit from Chile.
    assert search(searchable, "orchard fruit exporters in South America", "--mode", "fulltext") == []
    assert titles(search(searchable, "orchard fruit exporters in South America"))[0] == PRUNES


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
        (["--measure", "countervailing"], {PRUNES}),
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
    assert set(titles(search(searchable, "", *args, "--limit", "50"))) == expected


def test_range_and_chapter_aware_hs_filter(notices):
    assert titles(search(notices, "", "--hs", "721041")) == [US, CA]
    assert titles(search(notices, "", "--hs", "8714")) == [GB]
    assert titles(search(notices, "", "--hs", "7213")) == [CA]
    assert titles(search(notices, "", "--hs", "01")) == []
