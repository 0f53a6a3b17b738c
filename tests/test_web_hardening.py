"""The web UI under attack and under load: CSRF on every state-changing request, 4xx for values out of
range, and a real `tariffwatch serve` answering concurrent clients while `daily` writes."""

from __future__ import annotations

import random
import sqlite3
import threading
import time

import httpx
import pytest
from fastapi.testclient import TestClient

from bench.harness import Process, cli, free_port, make_site, run, start, wait_until_up
from digest.tokens import make_token
from tests.conftest import inbox_project
from tests.smtp_server import SmtpServer

SECRET = "web-hardening-signing-key-0123456789"
ATTACKER = "https://attacker.example"


@pytest.fixture
def client(project, monkeypatch):
    from digest.web.app import create_app
    from tariffwatch.config import load_config

    monkeypatch.setenv("TARIFFWATCH_SIGNING_KEY", SECRET)
    smtp = SmtpServer().start()  # web subscribing is double opt-in: it e-mails a confirmation link
    inbox_project(project)
    data = project.config_data()
    data["smtp"] = {"host": "127.0.0.1", "port": smtp.port, "from": "tariffwatch <digest@tariffwatch.example>"}
    project.write_config(data)
    with TestClient(create_app(load_config(project.config_path))) as test_client:
        test_client.smtp = smtp
        yield test_client
    smtp.stop()


def requested(project, client) -> dict:
    """What a subscribe POST left behind: subscriptions, pending requests, confirmation e-mails."""
    store = project.store()
    try:
        return {
            "subscriptions": [row["email"] for row in store.subscriptions()],
            "requests": [row[0] for row in store.db.execute("select email from subscription_requests")],
            "mails": [str(message["To"]) for message in client.smtp.messages],
        }
    finally:
        store.close()


NOTHING = {"subscriptions": [], "requests": [], "mails": []}


def form_token(client) -> str:
    return client.get("/subscribe").text.split('name="csrftoken" value="')[1].split('"')[0]


def test_a_cross_site_form_without_cookies_is_refused(client, project):
    client.cookies.clear()
    response = client.post("/subscribe", data={"email": "victim@example.org"}, headers={"Origin": ATTACKER})
    assert response.status_code == 403
    assert response.text == f"Forbidden: cross-site request refused: it comes from {ATTACKER}"
    assert requested(project, client) == NOTHING


def test_a_request_without_cookies_or_origin_still_needs_the_token(client, project):
    client.cookies.clear()
    response = client.post("/subscribe", data={"email": "victim@example.org"})
    assert response.status_code == 403
    assert requested(project, client) == NOTHING


def test_a_bearer_header_does_not_skip_the_token(client, project):
    client.cookies.clear()
    headers = {"Authorization": "Bearer anything", "Cookie": "csrftoken=forged"}
    response = client.post("/subscribe", data={"email": "victim@example.org", "csrftoken": "forged"}, headers=headers)
    assert response.status_code == 403
    assert requested(project, client) == NOTHING


def test_a_cross_site_referer_is_refused_even_with_a_valid_token(client, project):
    token = form_token(client)
    response = client.post(
        "/subscribe", data={"email": "a@example.org", "csrftoken": token}, headers={"Referer": f"{ATTACKER}/page"}
    )
    assert response.status_code == 403
    assert requested(project, client) == NOTHING


def test_the_sites_own_form_with_its_token_asks_for_confirmation(client, project):
    token = form_token(client)
    response = client.post(
        "/subscribe",
        data={"email": "a@example.org", "csrftoken": token},
        headers={"Origin": "http://testserver", "Referer": "http://testserver/subscribe"},
    )
    assert response.status_code == 200
    assert requested(project, client) == {
        "subscriptions": [],
        "requests": ["a@example.org"],
        "mails": ["a@example.org"],
    }


def test_one_click_unsubscribe_needs_only_its_signed_token(client, project):
    store = project.store()
    store.subscribe("a@example.org", ["72"], [], [])
    subscription_id = store.subscription_by_email("a@example.org")["id"]
    store.close()
    client.cookies.clear()  # a mail provider's server: no cookie, no Origin (RFC 8058)
    token = make_token(SECRET, subscription_id, "a@example.org")
    response = client.post(f"/unsubscribe?token={token}", data={"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    store = project.store()
    assert store.subscription_by_email("a@example.org")["status"] == "unsubscribed"
    store.close()


@pytest.mark.parametrize(
    "path, status",
    [
        ("/digests/9999-12-31", 400),
        ("/api/changes?date=9999-12-31", 400),
        ("/api/digests/9999-12-31", 400),
        ("/changes/99999999999999999999999", 404),  # the change page checks the id itself
        ("/api/changes/99999999999999999999999", 400),
    ],
)
def test_values_out_of_range_answer_4xx_not_500(client, path, status):
    response = client.get(path)
    assert response.status_code == status
    if path.startswith("/api/"):
        assert response.json() == {"detail": "a value in the request is out of range"}
    elif status == 400:
        assert "<h1>Out of range</h1>" in response.text


def test_a_real_server_answers_every_concurrent_request_while_daily_writes(tmp_path):
    """Connections shared across threads failed most requests under 20 clients; none may fail."""
    site = make_site(tmp_path)
    rng = random.Random(12)
    site.add_notices(rng, 40, 0)
    assert run(site, "daily", "--date", "2031-09-01").code == 0
    ids = [row[0] for row in site.query("select id from changes")]
    port = free_port()
    server = Process(cli(site, "serve", "--port", str(port), "--workers", "1"), tmp_path / "logs")
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(f"{base}/api/changes/{ids[0]}")
        site.add_notices(rng, 10, 100)
        writer = start(site, "daily", "--date", "2031-09-02")
        paths = [f"/changes/{ids[n % 40]}" if n % 2 else "/search?q=anti-dumping+duty&hs=72" for n in range(200)]
        statuses = concurrent_statuses(base, paths, clients=20)
        assert writer.wait(300).code == 0
    finally:
        server.stop()
    assert statuses == {200: 200}


def concurrent_statuses(base: str, paths: list[str], clients: int) -> dict:
    counts: dict = {}
    lock = threading.Lock()
    queue = list(paths)

    def client():
        with httpx.Client(base_url=base, timeout=60) as http:
            while True:
                with lock:
                    if not queue:
                        return
                    path = queue.pop()
                try:
                    status = http.get(path).status_code
                except httpx.HTTPError as exc:
                    status = type(exc).__name__
                with lock:
                    counts[status] = counts.get(status, 0) + 1

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return counts


def test_readers_are_not_blocked_while_a_writer_holds_the_database(tmp_path):
    site = make_site(tmp_path)
    site.add_notices(random.Random(13), 3, 0)
    assert run(site, "daily", "--date", "2031-09-01").code == 0
    change_id = site.query("select min(id) from changes")[0][0]
    port = free_port()
    server = Process(cli(site, "serve", "--port", str(port), "--workers", "1"), tmp_path / "logs")
    base = f"http://127.0.0.1:{port}"
    writer = sqlite3.connect(site.database, isolation_level=None)
    try:
        wait_until_up(f"{base}/api/changes/{change_id}")
        writer.execute("begin immediate")
        writer.execute("update changes set summary = 'being rewritten' where id = ?", [change_id])
        began = time.monotonic()
        response = httpx.get(f"{base}/api/changes/{change_id}", timeout=20)
        waited = time.monotonic() - began
        writer.execute("rollback")
    finally:
        writer.close()
        server.stop()
    assert response.status_code == 200 and response.json()["summary"] != "being rewritten"
    assert waited < 5  # the busy timeout is 30 s: a blocked reader would wait it out
