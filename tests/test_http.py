"""The shared HTTP layer against a real loopback server."""

import gzip
from datetime import UTC

import pytest
from werkzeug import Response

from crawler.http import ChallengeError, HttpClient, HttpError
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
            retry_backoff_seconds=0,  # offline tests retry at once
        )
    )
    yield client
    client.close()


def test_user_agent_names_a_contact(client, httpserver):
    httpserver.expect_request(
        "/page", method="GET", headers={"User-Agent": "tariffwatch-tests (contact: tests@example.org)"}
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
    url = httpserver.url_for("/corrupt")
    with pytest.raises(HttpError) as error:
        client.get(url)
    assert (
        str(error.value) == f"{url}: body cannot be decoded (Error -3 while decompressing data: incorrect header check)"
    )


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


def test_the_request_advertises_only_the_encodings_the_cap_can_decode(client, httpserver):
    httpserver.expect_request("/page", headers={"Accept-Encoding": "gzip, deflate"}).respond_with_data("ok")
    assert client.get(httpserver.url_for("/page")).content == b"ok"


def test_query_parameters_are_sent(client, httpserver):
    httpserver.expect_request(
        "/api/v1/documents.json", query_string="conditions%5Bagencies%5D%5B%5D=customs&page=2"
    ).respond_with_data('{"count": 0}', content_type="application/json")
    params = [("conditions[agencies][]", "customs"), ("page", 2)]
    assert client.get(httpserver.url_for("/api/v1/documents.json"), params=params).content == b'{"count": 0}'


def test_redirects_are_followed_and_the_final_url_is_kept(client, httpserver):
    httpserver.expect_request("/notice/2026-118").respond_with_data(
        "", status=301, headers={"Location": httpserver.url_for("/notices/2026/118.html")}
    )
    httpserver.expect_request("/notices/2026/118.html").respond_with_data("<p>quota opened</p>")
    response = client.get(httpserver.url_for("/notice/2026-118"))
    assert (response.url, response.status, response.content) == (
        httpserver.url_for("/notices/2026/118.html"),
        200,
        b"<p>quota opened</p>",
    )


def test_conditional_get_with_only_a_last_modified_date(client, httpserver):
    stamp = "Tue, 24 Nov 2026 08:30:00 GMT"

    def page(request):
        if request.headers.get("If-Modified-Since") == stamp and "If-None-Match" not in request.headers:
            return Response(status=304)
        return Response("<p>schedule</p>", headers={"Last-Modified": stamp})

    httpserver.expect_request("/schedule").respond_with_handler(page)
    first = client.get(httpserver.url_for("/schedule"), validators={"etag": None, "last_modified": None})
    assert (first.status, first.validators) == (200, (None, stamp))
    second = client.get(httpserver.url_for("/schedule"), validators={"etag": None, "last_modified": stamp})
    assert (second.status, second.not_modified, second.content) == (304, True, b"")


def test_response_headers_give_the_type_and_charset(client, httpserver):
    httpserver.expect_request("/feed").respond_with_data(
        "<rss/>", headers={"Content-Type": 'application/RSS+xml; profile=x; Charset="ISO-8859-1"'}
    )
    response = client.get(httpserver.url_for("/feed"))
    assert (response.content_type, response.charset) == ("application/rss+xml", "ISO-8859-1")
    assert response.headers["content-type"] == 'application/RSS+xml; profile=x; Charset="ISO-8859-1"'


@pytest.mark.parametrize(
    "status,reason",
    [(400, "BAD REQUEST"), (403, "FORBIDDEN"), (404, "NOT FOUND"), (410, "GONE")],
)
def test_a_client_error_is_one_line_with_its_status_and_not_retried(client, httpserver, status, reason):
    """robots.txt and the sources read `status`: a 4xx robots.txt means 'no rules', a 5xx 'stay away'."""
    httpserver.expect_request("/act").respond_with_data("no", status=status)
    url = httpserver.url_for("/act")
    with pytest.raises(HttpError) as error:
        client.get(url)
    assert (str(error.value), error.value.status) == (f"{url}: HTTP {status} {reason}", status)
    assert len(httpserver.log) == 1


def test_a_server_error_after_the_retries_keeps_its_status(client, httpserver):
    httpserver.expect_request("/feed").respond_with_data("down", status=502)
    url = httpserver.url_for("/feed")
    with pytest.raises(HttpError) as error:
        client.get(url)
    assert (str(error.value), error.value.status) == (f"{url}: HTTP 502 after 3 attempts", 502)
    assert len(httpserver.log) == 3


def test_a_refused_connection_is_one_line_without_a_status(client):
    url = "http://127.0.0.1:9/feed.xml"  # the discard port: refused at once
    with pytest.raises(HttpError) as error:
        client.get(url)
    assert (str(error.value), error.value.status) == (
        f"{url}: connection failed ([Errno 111] Connection refused)",
        None,
    )


def test_a_server_that_does_not_answer_in_time_is_one_line(httpserver):
    import time

    def stalled(request):
        time.sleep(1.0)
        return Response("late")

    httpserver.expect_request("/stalled").respond_with_handler(stalled)
    client = HttpClient(
        HttpSettings(user_agent="tariffwatch-tests (contact: tests@example.org)", timeout_seconds=0.3, max_retries=0)
    )
    url = httpserver.url_for("/stalled")
    try:
        with pytest.raises(HttpError) as error:
            client.get(url)
    finally:
        client.close()
    assert (str(error.value), error.value.status) == (f"{url}: timed out after 0.3s", None)


@pytest.mark.parametrize(
    "url,message",
    [
        ("http://tariff.example:80a/notice", "invalid URL (Invalid port: '80a')"),
        (
            "http://tariff.example/notice\x00.html",
            "invalid URL (Invalid non-printable ASCII character in URL, '\\x00' at position 28.)",
        ),
        ("http://[::1/notice", "invalid URL (Invalid IPv6 URL)"),
        ("https://customs..example/notice", "invalid host name"),
    ],
)
def test_a_malformed_link_is_one_line(client, url, message):
    """Links come from crawled feeds and pages: a malformed one fails alone, in one line."""
    with pytest.raises(HttpError) as error:
        client.get(url)
    assert (str(error.value), error.value.status) == (f"{url}: {message}", None)


def test_a_bot_challenge_is_refused_with_its_vendor(client, httpserver):
    page = "<html><script>window.gokuProps = {key: 'x'};</script><script src='/challenge.js'></script></html>"
    httpserver.expect_request("/legal-content").respond_with_data(page, status=202)
    url = httpserver.url_for("/legal-content")
    with pytest.raises(ChallengeError) as error:
        client.get(url)
    assert str(error.value) == f"{url}: AWS WAF bot challenge (HTTP 202) instead of the content; not stored"
    assert error.value.status == 202


def test_a_body_exactly_at_the_cap_is_kept(client, httpserver):
    httpserver.expect_request("/annex").respond_with_data(b"7" * 100_000)
    assert len(client.get(httpserver.url_for("/annex")).content) == 100_000


def test_a_declared_length_over_the_cap_is_refused_before_reading(client, httpserver):
    httpserver.expect_request("/big").respond_with_data(b"x" * 100_001)
    url = httpserver.url_for("/big")
    with pytest.raises(HttpError) as error:
        client.get(url)
    assert str(error.value) == f"{url}: body of 100001 bytes exceeds the 100000-byte cap"


def chunked(parts: list[bytes]):
    """A streamed response without Content-Length (chunked transfer encoding)."""
    return lambda request: Response(iter(parts), content_type="text/plain")


def test_a_streamed_body_is_joined_in_order(client, httpserver):
    httpserver.expect_request("/stream").respond_with_handler(chunked([b"heading ", b"7208 ", b"and 7209"]))
    response = client.get(httpserver.url_for("/stream"))
    assert response.content == b"heading 7208 and 7209" and "content-length" not in response.headers


def test_a_streamed_body_over_the_cap_is_refused_whatever_its_chunks(client, httpserver):
    httpserver.expect_request("/stream").respond_with_handler(chunked([b"x" * 30_000] * 4))
    url = httpserver.url_for("/stream")
    with pytest.raises(HttpError) as error:
        client.get(url)
    assert str(error.value) == f"{url}: body exceeds the 100000-byte cap (after decompression)"


def test_decoded_bytes_are_counted_for_the_crawl_benchmark(client, httpserver):
    httpserver.expect_request("/a").respond_with_data(gzip.compress(b"x" * 5000), headers={"Content-Encoding": "gzip"})
    httpserver.expect_request("/b").respond_with_data(b"y" * 700)
    client.get(httpserver.url_for("/a"))
    client.get(httpserver.url_for("/b"))
    assert client.bytes_received == 5700


def test_a_retry_after_date_in_the_past_is_retried_at_once(httpserver):
    import time

    client = HttpClient(
        HttpSettings(
            user_agent="tariffwatch-tests (contact: tests@example.org)", max_retries=1, max_retry_after_seconds=5
        )
    )
    past = "Wed, 21 Oct 2015 07:28:00 GMT"
    httpserver.expect_ordered_request("/busy").respond_with_data("busy", status=503, headers={"Retry-After": past})
    httpserver.expect_ordered_request("/busy").respond_with_data("ok")
    try:
        started = time.monotonic()
        assert client.get(httpserver.url_for("/busy")).content == b"ok"
    finally:
        client.close()
    assert time.monotonic() - started < 0.9


def test_a_retry_after_date_in_the_future_is_waited_for(httpserver):
    import time
    from datetime import datetime, timedelta
    from email.utils import format_datetime

    client = HttpClient(
        HttpSettings(
            user_agent="tariffwatch-tests (contact: tests@example.org)", max_retries=1, max_retry_after_seconds=5
        )
    )
    when = format_datetime(datetime.now(UTC) + timedelta(seconds=2), usegmt=True)
    httpserver.expect_ordered_request("/busy").respond_with_data("busy", status=429, headers={"Retry-After": when})
    httpserver.expect_ordered_request("/busy").respond_with_data("ok")
    try:
        started = time.monotonic()
        assert client.get(httpserver.url_for("/busy")).content == b"ok"
    finally:
        client.close()
    assert time.monotonic() - started >= 0.9  # HTTP dates have whole seconds: 1 to 2 s from now


def test_the_backoff_setting_spaces_retries_without_retry_after(httpserver):
    import time

    client = HttpClient(
        HttpSettings(
            user_agent="tariffwatch-tests (contact: tests@example.org)", max_retries=1, retry_backoff_seconds=0.4
        )
    )
    httpserver.expect_ordered_request("/flaky").respond_with_data("down", status=500)
    httpserver.expect_ordered_request("/flaky").respond_with_data("ok")
    try:
        started = time.monotonic()
        assert client.get(httpserver.url_for("/flaky")).content == b"ok"
    finally:
        client.close()
    assert time.monotonic() - started >= 0.4


def test_zero_backoff_retries_at_once(client, httpserver):
    """Offline tests set retry_backoff_seconds: 0; a malformed Retry-After falls back to that backoff."""
    import time

    httpserver.expect_request("/flaky").respond_with_data("down", status=503, headers={"Retry-After": "soon"})
    started = time.monotonic()
    with pytest.raises(HttpError, match="HTTP 503 after 3 attempts"):
        client.get(httpserver.url_for("/flaky"))
    assert time.monotonic() - started < 0.9


def test_the_rate_limit_is_per_host(client, httpserver):
    """A slow host does not hold back requests to another one, itself limited."""
    import time

    httpserver.expect_request("/r").respond_with_data("ok")
    local, other = httpserver.url_for("/r"), httpserver.url_for("/r").replace("localhost", "127.0.0.1")
    assert local != other
    client.set_rate(local, 1)  # one request a second to each host
    client.set_rate(other, 1)
    client.get(local)
    started = time.monotonic()
    client.get(other)
    assert time.monotonic() - started < 0.6


def test_the_rate_limit_spaces_requests_by_the_setting_and_no_more(client, httpserver):
    """At 4 requests a second, three requests take half a second: a crawl must not run at half its pace."""
    import time

    httpserver.expect_request("/r").respond_with_data("ok")
    client.set_rate(httpserver.url_for("/"), 4)
    started = time.monotonic()
    for _ in range(3):
        client.get(httpserver.url_for("/r"))
    assert 0.5 <= time.monotonic() - started < 0.9
