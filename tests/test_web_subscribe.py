"""Subscribing on the web: double opt-in by e-mail (real loopback SMTP), the subscriber's page,
catalogue upload, private feed and calendar, and links that stop working after re-subscribing."""

import re
from urllib.parse import parse_qs, urlsplit

import icalendar
import pytest
from fastapi.testclient import TestClient

from digest.tokens import make_token
from tests.conftest import inbox_project
from tests.smtp_server import SmtpServer

SECRET = "web-subscribe-signing-key-0123"


@pytest.fixture
def site(project, monkeypatch):
    from digest.web.app import create_app
    from tariffwatch.config import load_config

    monkeypatch.setenv("TARIFFWATCH_SIGNING_KEY", SECRET)
    smtp = SmtpServer().start()
    inbox_project(project)
    data = project.config_data()
    data["sources"]["federal_register"]["enabled"] = False
    data["smtp"] = {"host": "127.0.0.1", "port": smtp.port, "from": "tariffwatch <digest@tariffwatch.example>"}
    data["digest"]["base_url"] = "https://tariffwatch.example"
    project.write_config(data)
    with TestClient(create_app(load_config(project.config_path))) as client:
        client.smtp = smtp
        yield client
    smtp.stop()


def csrf(client, path="/subscribe") -> str:
    return client.get(path).text.split('name="csrftoken" value="')[1].split('"')[0]


def confirm_link(message) -> str:
    text = message.get_body(("plain",)).get_content()
    return re.search(r"https://tariffwatch.example(/confirm\?token=\S+)", text).group(1)


def test_web_subscribe_is_double_opt_in(site, project):
    refused = site.post("/subscribe", data={"email": "a@example.org", "hs": "72"}, cookies={"csrftoken": "forged"})
    assert refused.status_code == 403
    answer = site.post(
        "/subscribe",
        data={
            "csrftoken": csrf(site),
            "email": "a@example.org",
            "hs": "72, 7308",
            "jurisdiction": "EU, US",
            "measure": ["anti_dumping", "safeguard"],
            "frequency": "weekly",
        },
    )
    assert answer.status_code == 200 and "we sent a confirmation link to a@example.org" in answer.text
    assert project.store().subscription_by_email("a@example.org") is None  # nothing active before the link
    [message] = site.smtp.messages
    assert message["To"] == "a@example.org" and message["Subject"] == "Confirm your tariffwatch subscription"
    assert re.fullmatch(r"<\d+\.\d+\.\d+\.confirm@tariffwatch\.example>", message["Message-ID"])
    link = confirm_link(message)
    page = site.get(link)
    assert "a@example.org asked for a weekly digest of product areas 72, 7308; jurisdictions EU, US" in page.text
    assert project.store().subscription_by_email("a@example.org") is None  # opening the page is not enough
    token = page.text.split('name="csrftoken" value="')[1].split('"')[0]
    done = site.post(link, data={"csrftoken": token})
    assert done.status_code == 200 and "Subscription confirmed" in done.text
    active = project.store().subscription_by_email("a@example.org")
    assert (active["status"], active["hs_prefixes"], active["jurisdictions"]) == (
        "active",
        ["72", "7308"],
        ["EU", "US"],
    )
    assert (active["measures"], active["frequency"]) == (["anti_dumping", "safeguard"], "weekly")
    forged = site.get(link[:-3] + "abc")
    assert forged.status_code == 400


def test_bad_subscribe_input_is_one_line_and_sends_nothing(site):
    bad = site.post("/subscribe", data={"csrftoken": csrf(site), "email": "nope"})
    assert bad.status_code == 400 and "not a valid e-mail address" in bad.text
    assert site.smtp.messages == []


def test_a_product_list_pasted_on_the_web_becomes_the_subscriptions_catalogue(site, project):
    """Pasted from a spreadsheet (tab-separated). A multipart file upload waits for the CSRF middleware:
    asgi-csrf 0.11 cannot parse multipart with python-multipart >= 0.0.26 (simonw/asgi-csrf#38)."""
    answer = site.post(
        "/subscribe",
        data={
            "csrftoken": csrf(site),
            "email": "buyer@example.org",
            "catalogue_text": "code\tname\n6907.21.00\tPorcelain floor tile 60x60\n",
        },
    )
    assert answer.status_code == 200, answer.text
    link = confirm_link(site.smtp.messages[0])
    token = site.get(link).text.split('name="csrftoken" value="')[1].split('"')[0]
    site.post(link, data={"csrftoken": token})
    subscription = project.store().subscription_by_email("buyer@example.org")
    assert subscription["products"] == [
        {"code": "69072100", "name": "Porcelain floor tile 60x60", "as_written": "6907.21.00"}
    ]


def subscriber_token(project, email="desk@example.org", prefixes=("69",)) -> str:
    store = project.store()
    store.subscribe(email, list(prefixes), [], [])
    subscription = store.subscription_by_email(email)
    store.close()
    return make_token(SECRET, subscription["id"], email, subscription["generation"])


def test_the_subscribers_page_changes_what_they_follow(site, project):
    token = subscriber_token(project)
    page = site.get("/subscription", params={"token": token})
    assert page.status_code == 200 and "desk@example.org receives a daily digest of product areas 69" in page.text
    form_token = page.text.split('name="csrftoken" value="')[1].split('"')[0]
    saved = site.post(
        f"/subscription?token={token}", data={"csrftoken": form_token, "hs": "72, 73", "frequency": "weekly"}
    )
    assert saved.status_code == 200 and "Saved." in saved.text
    updated = project.store().subscription_by_email("desk@example.org")
    assert (updated["hs_prefixes"], updated["frequency"]) == (["72", "73"], "weekly")


def test_private_feed_and_calendar_follow_the_subscription(site, project):
    token = subscriber_token(project, prefixes=("69",))
    feed = site.get(f"/feeds/{token}.atom")
    assert feed.status_code == 200 and feed.text.count("<entry>") == 1 and "ceramic tiles from India" in feed.text
    calendar = icalendar.Calendar.from_ical(site.get(f"/feeds/{token}.ics").content)
    events = [(str(e["summary"]), e.decoded("dtstart").isoformat()) for e in calendar.walk("VEVENT")]
    assert events == [
        (
            "In force: Tariff stop press notice: ceramic tiles from India (Tariff stop press notice 03/11/2026) (GB)",
            "2026-12-01",
        )
    ]
    everything = icalendar.Calendar.from_ical(site.get("/calendar.ics").content)
    assert len(list(everything.walk("VEVENT"))) == 2


def test_links_stop_working_after_unsubscribing_and_subscribing_again(site, project):
    old = subscriber_token(project)
    form = site.get("/unsubscribe", params={"token": old})
    token = form.text.split('name="csrftoken" value="')[1].split('"')[0]
    assert "will receive no more digests" in site.post(f"/unsubscribe?token={old}", data={"csrftoken": token}).text
    new = subscriber_token(project)  # re-subscribed: a new generation
    assert project.store().subscription_by_email("desk@example.org")["generation"] == 2
    assert site.get("/unsubscribe", params={"token": old}).status_code == 400
    assert site.post(f"/unsubscribe?token={old}", data={"List-Unsubscribe": "One-Click"}).status_code == 400
    assert project.store().subscription_by_email("desk@example.org")["status"] == "active"
    assert site.get(f"/feeds/{old}.atom").status_code == 404
    assert site.get("/unsubscribe", params={"token": new}).status_code == 200
    assert parse_qs(urlsplit(f"https://x/unsubscribe?token={new}").query)["token"] == [new]
