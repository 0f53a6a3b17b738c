"""CSRF protection on every state-changing request, whatever cookies or headers it carries.

Two checks, both required (RFC 8058's one-click unsubscribe POST excepted: its signed token is
the proof, and mail providers send it from their servers without cookies or Origin):

1. Origin (else Referer), when the browser sends one, must be this site: a cross-site form is
   refused before anything else.
2. The double-submit token of asgi_csrf (form field == signed cookie). asgi_csrf skips its check
   for requests without cookies and for requests with `Authorization: Bearer`; both skips are
   closed here: `always_protect` covers every path, and the Authorization header (this app
   authenticates nobody with it) is removed before asgi_csrf sees the request.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from asgi_csrf import asgi_csrf

SAFE_METHODS = {"GET", "HEAD", "OPTIONS", "TRACE"}
DEFAULT_PORTS = {"http": 80, "https": 443}


class EveryPath:
    """asgi_csrf's `always_protect`: no path is ever exempt from the token check."""

    def __contains__(self, path: str) -> bool:
        return True


def csrf_protected(app, secret: str, base_url: str):
    protected = asgi_csrf(
        app, signing_secret=secret, always_protect=EveryPath(), skip_if_scope=is_one_click_unsubscribe
    )
    configured = origin_of(base_url)

    async def guard(scope, receive, send):
        if scope["type"] != "http" or scope["method"] in SAFE_METHODS or is_one_click_unsubscribe(scope):
            await protected(scope, receive, send)
            return
        claimed = claimed_origin(scope)
        if claimed is not None and claimed not in {configured, own_origin(scope)}:
            await refuse(send, f"cross-site request refused: it comes from {claimed}")
            return
        headers = [(name, value) for name, value in scope.get("headers", []) if name != b"authorization"]
        await protected({**scope, "headers": headers}, receive, send)

    return guard


def is_one_click_unsubscribe(scope) -> bool:
    return scope.get("path") == "/unsubscribe" and b"token=" in scope.get("query_string", b"")


def claimed_origin(scope) -> str | None:
    """The origin the browser says the request comes from: Origin, else Referer's; None if neither."""
    headers = dict(scope.get("headers", []))
    origin = headers.get(b"origin", b"").decode("latin-1").strip()
    if origin:
        return origin_of(origin) if origin != "null" else "null"
    referer = headers.get(b"referer", b"").decode("latin-1").strip()
    return origin_of(referer) if referer else None


def own_origin(scope) -> str:
    host = dict(scope.get("headers", [])).get(b"host", b"").decode("latin-1")
    return origin_of(f"{scope.get('scheme', 'http')}://{host}")


def origin_of(url: str) -> str:
    """scheme://host[:port], lower-cased, default port dropped: how browsers write Origin."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return "invalid"
    scheme, host = parts.scheme.lower(), (parts.hostname or "").lower()
    if not scheme or not host:
        return "invalid"
    if ":" in host:
        host = f"[{host}]"
    return f"{scheme}://{host}" + (f":{port}" if port and port != DEFAULT_PORTS.get(scheme) else "")


async def refuse(send, message: str) -> None:
    body = f"Forbidden: {message}".encode()
    headers = [(b"content-type", b"text/plain; charset=utf-8"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": 403, "headers": headers})
    await send({"type": "http.response.body", "body": body})
