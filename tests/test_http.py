"""The shared HTTP layer against a real loopback server."""

import gzip

import pytest
from werkzeug import Response

from crawler.http import HttpClient, HttpError
from tariffwatch.config import HttpSettings


@pytest.fixture
def client():
    client = HttpClient(
        HttpSettings(
            user_agent="tariffwatch-tests (contact: tests@example.org)",
            timeout_seconds=5,
            max_retries=2,
            max_response_bytes=100_000,
            max_retry_after_seconds=1,
        )
    )
    yield client
    client.close()


def test_user_agent_names_a_contact(client, httpserver):
    httpserver.expect_request(
        "/page", headers={"User-Agent": "tariffwatch-tests (contact: tests@example.org)"}
    ).respond_with_data("ok")
    assert client.get(httpserver.url_for("/page")).content == b"ok"


def test_conditional_get_returns_not_modified_with_stored_validators(client, httpserver):
    def page(request):
        if request.headers.get("If-None-Match") == '"v1"':
            return Response(status=304)
        return Response("<p>schedule</p>", headers={"ETag": '"v1"', "Last-Modified": "Mon, 23 Nov 2026 10:00:00 GMT"})

    httpserver.expect_request("/schedule").respond_with_handler(page)
    first = client.get(httpserver.url_for("/schedule"))
    etag, last_modified = first.validators
    assert (etag, last_modified) == ('"v1"', "Mon, 23 Nov 2026 10:00:00 GMT")
    second = client.get(httpserver.url_for("/schedule"), validators={"etag": etag, "last_modified": last_modified})
    assert second.not_modified and second.content == b""


def test_body_over_the_cap_is_refused(client, httpserver):
    httpserver.expect_request("/big").respond_with_data(b"x" * 200_000)
    with pytest.raises(HttpError, match="exceeds the 100000-byte cap"):
        client.get(httpserver.url_for("/big"))


def test_gzip_bomb_stops_at_the_cap_after_decompression(client, httpserver):
    bomb = gzip.compress(b"\0" * 5_000_000)  # 5 MB of zeros in ~5 kB
    httpserver.expect_request("/bomb").respond_with_data(bomb, headers={"Content-Encoding": "gzip"})
    with pytest.raises(HttpError, match="after decompression"):
        client.get(httpserver.url_for("/bomb"))


def test_gzip_body_is_decoded(client, httpserver):
    httpserver.expect_request("/gz").respond_with_data(
        gzip.compress(b"heading 7208"), headers={"Content-Encoding": "gzip"}
    )
    assert client.get(httpserver.url_for("/gz")).content == b"heading 7208"


def test_server_errors_are_retried_then_reported_in_one_line(client, httpserver):
    httpserver.expect_request("/flaky").respond_with_data("down", status=503, headers={"Retry-After": "0"})
    with pytest.raises(HttpError) as error:
        client.get(httpserver.url_for("/flaky"))
    assert str(error.value).endswith("HTTP 503 after 3 attempts")
    assert len([r for r, _ in httpserver.log if r.path == "/flaky"]) == 3


def test_client_errors_are_not_retried(client, httpserver):
    httpserver.expect_request("/missing").respond_with_data("nope", status=404)
    with pytest.raises(HttpError, match="HTTP 404"):
        client.get(httpserver.url_for("/missing"))
    assert len(httpserver.log) == 1


def test_corrupt_gzip_is_one_line(client, httpserver):
    httpserver.expect_request("/corrupt").respond_with_data(b"not gzip at all", headers={"Content-Encoding": "gzip"})
    with pytest.raises(HttpError, match="cannot be decoded"):
        client.get(httpserver.url_for("/corrupt"))


def test_rate_limit_spaces_requests_to_one_host(client, httpserver):
    import time

    httpserver.expect_request("/r").respond_with_data("ok")
    client.set_rate(httpserver.url_for("/"), 20)  # at most one request every 50 ms
    started = time.monotonic()
    for _ in range(5):
        client.get(httpserver.url_for("/r"))
    assert time.monotonic() - started >= 0.2


def test_retry_after_is_waited_for_and_capped(httpserver):
    """The wait comes from the server's Retry-After (not the backoff, which is zero here), capped."""
    import time

    client = HttpClient(
        HttpSettings(
            user_agent="tariffwatch-tests (contact: tests@example.org)",
            max_retries=1,
            retry_backoff_seconds=0,
            max_retry_after_seconds=1.5,
        )
    )
    httpserver.expect_ordered_request("/slow").respond_with_data("busy", status=429, headers={"Retry-After": "1"})
    httpserver.expect_ordered_request("/slow").respond_with_data("ok")
    httpserver.expect_ordered_request("/capped").respond_with_data("busy", status=503, headers={"Retry-After": "3600"})
    httpserver.expect_ordered_request("/capped").respond_with_data("ok")
    try:
        started = time.monotonic()
        assert client.get(httpserver.url_for("/slow")).content == b"ok"
        waited = time.monotonic() - started
        started = time.monotonic()
        assert client.get(httpserver.url_for("/capped")).content == b"ok"
        capped = time.monotonic() - started
    finally:
        client.close()
    assert 1.0 <= waited < 1.4
    assert 1.5 <= capped < 1.9
