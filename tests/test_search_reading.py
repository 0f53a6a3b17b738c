"""How search reads a query: dates in words become a date filter, a stated code is required, a word
that nothing mentions is said, partial matches are marked; and `--format json` says all of it.

Four notices written for these tests, stored with their publication dates and extracted for real.
"""

from __future__ import annotations

import json
from datetime import date

import pytest

from digest.query import parse_query
from tests.digest_helpers import add_documents

STEEL_EU = (
    "Commission Implementing Regulation (EU) 2031/702 imposing a provisional anti-dumping duty on imports of certain "
    "hot-rolled flat products of iron or non-alloy steel originating in the People's Republic of China"
)
STEEL_US = (
    "Certain Hot-Rolled Steel Flat Products From Brazil: Final Results of Antidumping Duty Administrative Review; "
    "2029-2030"
)
GLYCINE = (
    "Commission Implementing Regulation (EU) 2031/655 imposing a definitive anti-dumping duty on imports of glycine "
    "originating in the People's Republic of China"
)
TILES = "Notice to importers 12/2031: March changes to ceramic tile import licensing"
NOTICES = [
    (
        STEEL_EU,
        "2031-04-10",
        "Article 1\n\nA provisional anti-dumping duty of 18.4 % is imposed on imports of hot-rolled flat products of "
        "iron or non-alloy steel falling within CN code 7208 51 20 and originating in the People's Republic of "
        "China.\n\nArticle 2\n\nThis Regulation shall enter into force on 11 April 2031.\n",
    ),
    (
        STEEL_US,
        "2030-11-01",
        "The products covered by this review are hot-rolled steel flat products classified under heading 7208 of the "
        "Harmonized Tariff Schedule of the United States. The final results are effective on November 2, 2030.\n",
    ),
    (
        GLYCINE,
        "2031-04-02",
        "Article 1\n\nA definitive anti-dumping duty of 37.2 % is imposed on imports of glycine falling within CN code "
        "ex 2922 49 85 and originating in the People's Republic of China, following the changes announced in March "
        "2031.\n\nArticle 2\n\nThis Regulation shall enter into force on 3 April 2031.\n",
    ),
    (
        TILES,
        "2031-03-20",
        "Import licences for ceramic tiles of heading 6907 shall be required from 24 March 2031. The changes apply to "
        "goods from all countries.\n",
    ),
]


@pytest.fixture(scope="module")
def notices(tmp_path_factory):
    from tests.conftest import Project

    project = Project(tmp_path_factory.mktemp("reading"))
    add_documents(
        project,
        [
            {"title": title, "text": f"{title}\n\n{body}", "published_date": published, "url": f"https://x.example/{i}"}
            for i, (title, published, body) in enumerate(NOTICES)
        ],
    )
    return project


def search(project, *args: str):
    result = project.run("search", *args)
    assert result.exit_code == 0, result.output
    return result


def found(project, query: str, mode: str) -> list[str]:
    outcome = json.loads(search(project, query, "--mode", mode, "--format", "json").stdout)
    return [r["title"] for r in outcome["results"]]


@pytest.mark.parametrize(
    "query,today,read_as",
    [
        ("7208 since March", date(2031, 5, 10), ("2031-03-01", None)),
        ("7208 since March", date(2031, 2, 10), ("2030-03-01", None)),  # March 2031 is still to come
        ("7208 since may", date(2031, 5, 10), ("2031-05-01", None)),  # this month is not in the future
        ("steel after 15 March 2031", date(2031, 5, 10), ("2031-03-16", None)),
        ("steel after March 2031", date(2031, 5, 10), ("2031-04-01", None)),
        ("steel before April 2031", date(2031, 5, 10), (None, "2031-03-31")),
        ("steel in March 2031", date(2031, 5, 10), ("2031-03-01", "2031-03-31")),
        ("steel in Feb 2032", date(2031, 5, 10), ("2032-02-01", "2032-02-29")),
        ("steel since 2030", date(2031, 5, 10), ("2030-01-01", None)),
        ("steel since 2031-04-03", date(2031, 5, 10), ("2031-04-03", None)),
    ],
)
def test_dates_in_words_become_a_date_window(query, today, read_as):
    parsed = parse_query(query, today=today)
    assert (parsed.date_from, parsed.date_to) == read_as
    assert [c.kind for c in parsed.concepts] == (["code"] if query.startswith("7208") else ["word"])


def test_words_after_since_that_are_no_date_stay_words():
    parsed = parse_query("duties from China since the review", today=date(2031, 5, 10))
    assert (parsed.date_from, parsed.date_to) == (None, None)
    assert [(c.kind, c.value) for c in parsed.concepts] == [
        ("generic", "duties"),
        ("country", "CN"),
        ("word", "review"),
    ]


@pytest.mark.parametrize("mode", ["fulltext", "hybrid"])
def test_a_stated_code_is_required_and_since_a_month_filters_by_date(notices, mode):
    # Before: "march" was a word, and the glycine and tile notices (naming no 7208) came back too.
    assert found(notices, "7208 since March 2031", mode) == [STEEL_EU]
    # The review names heading 7208 itself, the regulation a code under it: both carry it.
    assert found(notices, "7208", mode) == [STEEL_US, STEEL_EU]
    assert found(notices, "7208 in November 2030", mode) == [STEEL_US]
    lines = search(notices, "7208 since March 2031", "--mode", mode).stdout.splitlines()
    assert lines[-1] == "1 of 1 matches for code 7208, date from 2031-03-01"


def test_a_word_nothing_mentions_is_said_and_partial_matches_are_marked(notices):
    outcome = json.loads(
        search(notices, "anti-dumping aluminium China", "--mode", "fulltext", "--format", "json").stdout
    )
    assert (outcome["total"], outcome["complete"], outcome["absent"]) == (2, 0, ["aluminium"])
    assert [(r["title"], r["complete"]) for r in outcome["results"]] == [(GLYCINE, False), (STEEL_EU, False)]
    lines = search(notices, "anti-dumping aluminium China", "--mode", "fulltext").stdout.splitlines()
    assert [line.split("  ")[-2].strip()[:20] for line in lines[1:3]] == [
        "[partial] Commission",
        "[partial] Commission",
    ]
    assert lines[-2:] == [
        "2 of 2 matches for country CN, measure anti_dumping, word aluminium; 2 match only part of it (marked partial)",
        "no change mentions aluminium",
    ]


def test_complete_matches_are_not_marked(notices):
    outcome = json.loads(search(notices, "glycine China", "--mode", "fulltext", "--format", "json").stdout)
    assert (outcome["total"], outcome["complete"], outcome["absent"]) == (2, 1, [])
    # The steel regulation is about China but not glycine: shown after, marked partial.
    assert [(r["title"], r["complete"]) for r in outcome["results"]] == [(GLYCINE, True), (STEEL_EU, False)]
    lines = search(notices, "glycine China", "--mode", "fulltext").stdout.splitlines()
    assert lines[-1] == "2 of 2 matches for country CN, word glycine; 1 match only part of it (marked partial)"


def test_json_output_is_one_object_saying_how_the_query_was_read(notices):
    outcome = json.loads(search(notices, "7208 since March 2031", "--format", "json", "--hs", "72").stdout)
    assert list(outcome) == [
        "query",
        "understood",
        "filters",
        "results",
        "facets",
        "total",
        "more",
        "complete",
        "absent",
    ]
    assert outcome["query"] == "7208 since March 2031"
    assert outcome["understood"] == {
        "codes": ["7208"],
        "countries": [],
        "measures": [],
        "words": [],
        "dates": ["from 2031-03-01"],
    }
    assert outcome["filters"] == {"hs": "72"}
    assert (outcome["total"], outcome["more"], outcome["complete"]) == (1, False, 1)
    assert [r["title"] for r in outcome["results"]] == [STEEL_EU]


def test_the_web_page_and_api_say_what_matched_nothing_and_mark_partial_matches(notices):
    from fastapi.testclient import TestClient

    from digest.web.app import create_app
    from tariffwatch.config import load_config

    with TestClient(create_app(load_config(notices.config_path))) as client:
        page = client.get("/search", params={"q": "anti-dumping aluminium China", "mode": "fulltext"}).text
        api = client.get("/api/search", params={"q": "7208 since March 2031", "mode": "fulltext"}).json()
    assert "No change mentions aluminium: the results match the rest of the query." in page
    assert page.count('<span class="chip partial">partial</span>') == 2
    assert "(2 only in part, marked partial)" in page
    assert (api["understood"]["dates"], api["total"], api["complete"], api["absent"]) == (["from 2031-03-01"], 1, 1, [])
    assert [r["title"] for r in api["results"]] == [STEEL_EU]
