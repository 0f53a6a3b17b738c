"""British and American spellings of one word find each other: a reader in London types 'aluminium'
and 'galvanised', a Washington notice prints 'aluminum' and 'galvanized'. Notices written for this test."""

from __future__ import annotations

import json

import pytest

from digest.query import parse_query
from tests.digest_helpers import add_documents

ALUMINUM = "Aluminum Extrusions From Malaysia: Initiation of Less-Than-Fair-Value Investigation"
GALVANISED = "Tariff stop press notice 31/2031: galvanised steel wire consigned from Vietnam"
FIBRE = "Notice to importers 9/2031: glass fibre rovings from Egypt"


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    from tests.conftest import Project

    project = Project(tmp_path_factory.mktemp("spellings"))
    bodies = [
        (ALUMINUM, "The products covered are aluminum extrusions of heading 7604 from Malaysia."),
        (GALVANISED, "A safeguard duty of 12 % applies to galvanised steel wire of heading 7217 from Vietnam."),
        (FIBRE, "An anti-dumping duty of 20 % applies to glass fibre rovings of heading 7019 from Egypt."),
    ]
    add_documents(
        project,
        [
            {
                "title": title,
                "text": f"{title}\n\n{body}",
                "published_date": "2031-05-02",
                "url": f"https://x.example/{i}",
            }
            for i, (title, body) in enumerate(bodies)
        ],
    )
    return project


def titles_found(project, query: str) -> list[str]:
    result = project.run("search", query, "--mode", "fulltext", "--format", "json")
    assert result.exit_code == 0, result.output
    return [r["title"] for r in json.loads(result.stdout)["results"]]


@pytest.mark.parametrize(
    "query,expected",
    [("aluminium", [ALUMINUM]), ("aluminum", [ALUMINUM]), ("galvanized", [GALVANISED]), ("fiber", [FIBRE])],
)
def test_either_spelling_finds_the_notice(project, query, expected):
    assert titles_found(project, query) == expected


def test_a_word_is_searched_in_both_spellings_and_a_plain_word_in_one():
    forms = {c.value: c.forms for c in parse_query("sulphate organisation steel").concepts}
    assert forms == {
        "sulphate": ('"sulphate"', '"sulfate"'),
        "organisation": ('"organisation"', '"organization"'),
        "steel": ('"steel"',),
    }
