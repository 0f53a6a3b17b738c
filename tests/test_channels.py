"""Other channels through Apprise, against a real loopback webhook receiver (pytest-httpserver)."""

import json

from werkzeug import Response

from tests.digest_helpers import add_documents, set_base_url

SECRET = "channel-test-signing-key-0123"
STEEL = {
    "title": "Anti-dumping duty on steel wire from India",
    "url": "https://trade.example.eu/act/2026-771",
    "text": "A definitive anti-dumping duty is imposed on imports of steel wire of CN code 7217 10 10 originating "
    "in India. This Regulation shall enter into force on 1 December 2026.",
}
TILES = {
    "title": "Safeguard on ceramic tiles",
    "url": "https://trade.example.eu/act/2026-772",
    "text": "A safeguard measure applies to ceramic tiles of CN code 6907 21 00.",
}


def webhook(project, httpserver, monkeypatch, status=200):
    monkeypatch.setenv("TARIFFWATCH_SIGNING_KEY", SECRET)
    set_base_url(project)
    add_documents(project, [STEEL, TILES])
    received = []

    def handler(request):
        received.append(json.loads(request.get_data()))
        return Response("ok" if status == 200 else "busy", status=status)

    httpserver.expect_request("/hook", method="POST").respond_with_handler(handler)
    url = "json://" + httpserver.url_for("/hook").split("://", 1)[1]
    result = project.run("subscribe", "desk@example.org", "--hs", "72", "--channel", url, "--no-email")
    assert result.exit_code == 0, result.output
    return received


def test_a_webhook_channel_gets_the_matching_changes_once(project, httpserver, monkeypatch):
    received = webhook(project, httpserver, monkeypatch)
    first = project.run("send", "--json")
    assert first.exit_code == 0, first.output
    report = json.loads(first.stdout)
    assert (report["channels_sent"], report["sent"]) == (1, 0)  # no e-mail: channels only
    [payload] = received
    assert payload["title"].endswith(": 1 change in your product areas")
    assert payload["message"].startswith(
        "- [Anti-dumping duty on steel wire from India](https://trade.example.eu/act/2026-771)"
    )
    assert "in force 2026-12-01" in payload["message"] and "ceramic" not in payload["message"]
    again = json.loads(project.run("send", "--json").stdout)
    assert again["channels_sent"] == 0 and len(received) == 1  # the delivery log holds for channels too
    rows = list(project.store().db["deliveries"].rows)
    assert [(r["channel"].startswith("apprise:"), r["status"]) for r in rows] == [(True, "sent")]
    assert "hook" not in rows[0]["channel"]  # the log never stores the target URL (it may hold a secret)


def test_a_refused_webhook_is_recorded_and_retried_on_the_next_run(project, httpserver, monkeypatch):
    received = webhook(project, httpserver, monkeypatch, status=503)
    down = project.run("send", "--json")
    assert down.exit_code == 1
    assert json.loads(down.stdout)["channels_failed"] == 1 and len(received) == 1
    [row] = list(project.store().db["deliveries"].rows)
    assert row["status"] == "failed"
    retry = project.run("send", "--json")
    assert json.loads(retry.stdout)["channels_failed"] == 1 and len(received) == 2  # asked again, not skipped


def test_an_unsupported_channel_url_is_one_line(project):
    result = project.run("subscribe", "desk@example.org", "--channel", "ftp://example.org/x")
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        "Error: --channel 'ftp://example.org/…': give an Apprise URL for Slack (slack://), Teams (msteams:// or "
        "workflows://), a webhook (json:// or jsons://) or ntfy (ntfy:// or ntfys://)"
    ]


def test_two_webhook_subscribers_are_counted_apart_and_each_title_counts_its_changes(project, httpserver, monkeypatch):
    monkeypatch.setenv("TARIFFWATCH_SIGNING_KEY", SECRET)
    set_base_url(project)
    add_documents(project, [STEEL, TILES])
    answers, received = [503, 503, 200, 200], []

    def handler(request):
        received.append(json.loads(request.get_data())["title"])
        return Response("", status=answers[len(received) - 1])

    httpserver.expect_request("/hook", method="POST").respond_with_handler(handler)
    url = "json://" + httpserver.url_for("/hook").split("://", 1)[1]
    for address, areas in (("wire@example.org", ["--hs", "72"]), ("build@example.org", ["--hs", "72", "--hs", "69"])):
        assert project.run("subscribe", address, *areas, "--channel", url, "--no-email").exit_code == 0
    down = json.loads(project.run("send", "--json").stdout)
    assert (down["channels_failed"], down["channels_sent"]) == (2, 0)
    up = json.loads(project.run("send", "--json").stdout)
    assert (up["channels_failed"], up["channels_sent"]) == (0, 2)
    assert sorted(title.split(": ", 1)[1] for title in received[2:]) == [
        "1 change in your product areas",
        "2 changes in your product areas",
    ]
