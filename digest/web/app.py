"""The ASGI application: pages, the JSON API, CSRF protection and security headers."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from asgi_csrf import asgi_csrf
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from fastapi.templating import Jinja2Templates

from tariffwatch.config import Config
from tariffwatch.errors import InputError, TariffwatchError

TEMPLATES = Path(__file__).parent / "templates"
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "frame-ancestors 'none'; form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}


def create_app(config: Config):
    """The FastAPI app wrapped in CSRF protection (double-submit cookie) for every form POST."""
    app = FastAPI(
        title="tariffwatch", version="0.1.0", description="Trade-regulation changes: search, digests, subscriptions."
    )
    app.state.config = config
    from tariffwatch.store import open_store

    open_store(config.database).close()  # create or migrate once; requests then open without it
    app.state.templates = Jinja2Templates(directory=str(TEMPLATES))
    app.state.templates.env.globals["base_url"] = str(config.digest.base_url)

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    @app.exception_handler(InputError)
    async def bad_input(request: Request, exc: InputError):
        return JSONResponse({"detail": str(exc)}, status_code=400)

    @app.exception_handler(TariffwatchError)
    async def failed(request: Request, exc: TariffwatchError):
        return JSONResponse({"detail": str(exc)}, status_code=400)

    from digest.web import api, pages

    app.include_router(api.router)
    app.include_router(pages.router)
    secret = os.environ.get(config.digest.signing_key_env) or secrets.token_hex(32)
    # The one-click unsubscribe POST comes from mail clients (RFC 8058): its signed token is the proof.
    return asgi_csrf(app, signing_secret=secret, skip_if_scope=_is_one_click_unsubscribe)


def _is_one_click_unsubscribe(scope) -> bool:
    return scope.get("path") == "/unsubscribe" and b"token=" in scope.get("query_string", b"")
