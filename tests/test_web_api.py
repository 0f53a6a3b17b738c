"""The web app's JSON API and pages, in process (Starlette TestClient over the real ASGI app)."""

import pytest
from fastapi.testclient import TestClient

from digest.tokens import make_token
from tests.conftest import inbox_project

SECRET = "web-test-signing-key-0123456789"


@pytest.fixture
def client(project, monkeypatch):
    from digest.web.app import create_app
    from tariffwatch.config import load_config

    monkeypatch.setenv("TARIFFWATCH_SIGNING_KEY", SECRET)
    inbox_project(project)
    store = project.store()
    with store.db.atomic():  # a hostile title, as a crawled page could carry
        store.db.execute(
            "update changes set title = '<script>alert(1)</script>Glass fibre' where title like 'Commission%'"
        )
    store.close()
    with TestClient(create_app(load_config(project.config_path))) as test_client:
        yield test_client


def test_search_api_with_filters_and_facets(client):
    body = client.get("/api/search", params={"q": "anti-dumping", "mode": "fulltext"}).json()
    assert {r["jurisdiction"] for r in body["results"]} == {"EU", "GB"}
    assert body["facets"]["jurisdiction"] == {"EU": 1, "GB": 1}
    assert body["understood"] == {"codes": [], "countries": [], "measures": ["anti_dumping"], "words": []}
    only_eu = client.get("/api/search", params={"q": "anti-dumping", "jurisdiction": "EU", "mode": "fulltext"}).json()
    assert [r["jurisdiction"] for r in only_eu["results"]] == ["EU"]
    by_code = client.get("/api/search", params={"hs": "7208"}).json()
    assert [r["title"] for r in by_code["results"]][0].startswith("CSMS")


def test_facets_count_the_matches_only(client):
    # Three changes are stored; the tiles notice alone matches, so the facets count one change.
    body = client.get("/api/search", params={"q": "ceramic tiles"}).json()
    assert body["total"] == 1 and body["more"] is False
    (tiles,) = body["results"]
    assert tiles["measure_types"][0] == "anti_dumping"
    assert body["facets"] == {
        "jurisdiction": {"GB": 1},
        "measure": {measure: 1 for measure in tiles["measure_types"]},
        "chapter": {"69": 1},
    }


def test_a_code_in_the_query_is_recognised(client):
    body = client.get("/api/search", params={"q": "7019.12.00 from China", "mode": "fulltext"}).json()
    assert body["understood"] == {"codes": ["70191200"], "countries": ["CN"], "measures": [], "words": []}
    assert [r["title"] for r in body["results"]] == ["<script>alert(1)</script>Glass fibre"]
    assert "<mark>7019 12 00</mark>" in body["results"][0]["snippet"]


@pytest.mark.parametrize(
    "query,status,detail",
    [
        ('tiles" OR', 400, "invalid search syntax: unterminated string."),
        ("NEAR(", 400, 'invalid search syntax: syntax error near "".'),
        ("nope:tiles", 200, None),
        ("'; DROP TABLE changes; --", 200, None),
        ("<script>", 200, None),
        ("()", 400, "the query '()' has no words or codes to search"),
    ],
)
def test_hostile_queries_have_one_answer_each(client, query, status, detail):
    response = client.get("/api/search", params={"q": query, "mode": "fulltext"})
    assert response.status_code == status
    if detail:
        assert response.json()["detail"].startswith(detail)
    else:
        assert response.json()["results"] == []
    page = client.get("/search", params={"q": query, "mode": "fulltext"})
    assert page.status_code == status and "<script>alert" not in page.text


def test_an_empty_result_says_what_was_searched_and_offers_to_drop_a_filter(client):
    page = client.get("/search", params={"q": "7019 12 00 from China", "jurisdiction": "GB"})
    assert page.status_code == 200
    assert '<span class="chip">code 70191200</span> <span class="chip">country CN</span>' in page.text
    assert "No changes match “7019 12 00 from China” with jurisdiction GB." in page.text
    assert '<a href="/search?q=7019+12+00+from+China&amp;mode=hybrid">without jurisdiction GB</a>' in page.text


def test_bad_filter_values_are_400(client):
    assert client.get("/api/search", params={"hs": "7"}).status_code == 400
    assert client.get("/api/search", params={"from": "March"}).status_code == 400
    assert client.get("/api/search", params={"limit": "100000"}).status_code == 422


def test_change_api_and_page_escape_crawled_text(client):
    change_id = client.get("/api/search", params={"hs": "7019"}).json()["results"][0]["change_id"]
    change = client.get(f"/api/changes/{change_id}").json()
    assert change["title"].startswith("<script>")
    page = client.get(f"/changes/{change_id}").text
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert '<mark class="code" id="code-0">7019 12 00</mark>' in page
    assert client.get("/api/changes/999999").status_code == 404


def test_openapi_digest_and_feed(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/search", "/api/changes/{change_id}", "/api/changes", "/api/digests/{day}"} <= set(paths)
    home = client.get("/")
    assert (
        home.status_code == 200
        and "Latest digest" in home.text
        and 'id="ch-69">Ch. 69 Ceramic products (1)' in home.text
    )
    assert client.get("/digests/feed.atom").headers["content-type"].startswith("application/atom+xml")
    assert client.get("/feed.atom").text.count("<entry>") == 3
    assert client.get("/calendar.ics").headers["content-type"].startswith("text/calendar")
    assert client.get("/digests/not-a-date").status_code == 404
    assert "default-src 'self'" in home.headers["content-security-policy"]


def test_unsubscribe_link_from_the_email_and_one_click_post(client, project):
    store = project.store()
    store.subscribe("a@example.org", ["72"], [], [])
    subscription_id = store.subscription_by_email("a@example.org")["id"]
    store.close()
    token = make_token(SECRET, subscription_id, "a@example.org")
    confirm = client.get("/unsubscribe", params={"token": token})
    assert confirm.status_code == 200 and "Unsubscribe a@example.org?" in confirm.text
    one_click = client.post(f"/unsubscribe?token={token}", data={"List-Unsubscribe": "One-Click"})
    assert one_click.status_code == 200 and "will receive no more digests" in one_click.text
    assert project.store().subscription_by_email("a@example.org")["status"] == "unsubscribed"
    forged = client.get("/unsubscribe", params={"token": token[:-3] + "abc"})
    assert forged.status_code == 400


def test_change_page_shows_the_facts_and_never_links_a_script_url(client, project):
    store = project.store()
    with store.db.atomic():
        store.db.execute("update changes set url = 'javascript:alert(1)' where title like '%ceramic%'")
    change_id = store.db.execute("select id from changes where title like '%ceramic%'").fetchone()[0]
    store.close()
    page = client.get(f"/changes/{change_id}").text
    assert "javascript:" not in page and "No official web address is known" in page
    assert '<dt>In force</dt><dd><a href="#date-' in page and 'id="codes"' in page


def test_change_api_and_page_show_every_fact_with_its_evidence(client):
    change_id = client.get("/api/search", params={"hs": "6907"}).json()["results"][0]["change_id"]
    change = client.get(f"/api/changes/{change_id}").json()
    assert (
        change["official_title"]
        == "Tariff stop press notice: ceramic tiles from India (Tariff stop press notice 03/11/2026)"
    )
    assert change["measure_types"] == ["anti_dumping"]
    assert [(r["value"], r["unit"], r["role"], r["applies_to"], r["text"]) for r in change["rates"]] == [
        (18.4, "percent", "residual", "All other exporters", "18.4%")
    ]
    assert [(c["code"], c["role"], c["text"]) for c in change["country_evidence"]] == [
        ("GB", "implementing", "Tariff stop press"),
        ("IN", "affected", "India"),
    ]
    assert change["quotas"] == []
    page = client.get(f"/changes/{change_id}").text
    assert '<mark class="rate" id="rate-0">18.4%</mark>' in page
    assert '<mark class="measure" id="measure-0">anti-dumping</mark>' in page
    assert '<a href="#country-1">“India”</a>' in page and '<mark class="country" id="country-1">India</mark>' in page
