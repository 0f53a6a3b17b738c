"""The ASGI application: pages, the JSON API, CSRF protection, error pages and security headers."""

from __future__ import annotations

import os
import secrets
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from fastapi.templating import Jinja2Templates

from digest.web.csrf import csrf_protected
from digest.web.deps import render
from nlp.text.numbers import shown_number
from tariffwatch.config import Config
from tariffwatch.errors import BusyError, InputError, TariffwatchError
from tariffwatch.store import open_store
from tariffwatch.store.pool import StorePool

TEMPLATES = Path(__file__).parent / "templates"
SERVER_SECRET_ENV = "TARIFFWATCH_SERVER_SECRET"
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "frame-ancestors 'none'; form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}


def create_app(config: Config):
    """The FastAPI app, its store pool, and CSRF protection around every state-changing request."""
    open_store(config.database).close()  # create or migrate once; the pool's stores open without it
    stores = StorePool(config.database)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        stores.close()

    app = FastAPI(
        title="tariffwatch",
        version="0.1.0",
        description="Trade-regulation changes: search, digests, subscriptions.",
        lifespan=lifespan,
    )
    app.state.config = config
    app.state.stores = stores
    app.state.templates = Jinja2Templates(directory=str(TEMPLATES))
    app.state.templates.env.filters["shown_number"] = shown_number
    app.state.templates.env.globals["base_url"] = str(config.digest.base_url)

    app.add_middleware(SecurityHeaders)
    add_error_handlers(app)

    from digest.web import api, pages

    app.include_router(api.router)
    app.include_router(pages.router)
    return csrf_protected(app, csrf_secret(config), str(config.digest.base_url))


def csrf_secret(config: Config) -> str:
    """The signing key, else one random secret per server, shared by its worker processes (set in the
    environment before they start: a token signed by one worker must pass in another)."""
    secret = os.environ.get(config.digest.signing_key_env) or os.environ.get(SERVER_SECRET_ENV)
    if not secret:
        secret = os.environ[SERVER_SECRET_ENV] = secrets.token_hex(32)
    return secret


def app_from_environment():
    """The app of the config named by TARIFFWATCH_CONFIG: the factory each `serve --workers` process calls."""
    from tariffwatch.config import load_config

    return create_app(load_config())


class SecurityHeaders:
    """Adds SECURITY_HEADERS to every response that lacks them (plain ASGI: Starlette's
    BaseHTTPMiddleware would cost each request an extra task and a copy of the response)."""

    def __init__(self, app):
        self.app = app
        self.headers = [(name.lower().encode(), value.encode()) for name, value in SECURITY_HEADERS.items()]

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(name, value) for name, value in self.headers if name not in present]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def add_error_handlers(app: FastAPI) -> None:
    """Bad input is a 4xx with one line, for the API as JSON and for pages as a page; never a 500."""

    def answer(request: Request, status: int, title: str, message: str):
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": message}, status_code=status)
        return render(request, "message.html", status_code=status, title=title, message=message)

    @app.exception_handler(InputError)
    async def bad_input(request: Request, exc: InputError):
        return answer(request, 400, "Bad request", str(exc))

    @app.exception_handler(BusyError)
    async def busy(request: Request, exc: BusyError):
        return answer(request, 503, "Busy", str(exc))

    @app.exception_handler(TariffwatchError)
    async def failed(request: Request, exc: TariffwatchError):
        return answer(request, 400, "Bad request", str(exc))

    @app.exception_handler(OverflowError)
    async def out_of_range(request: Request, exc: OverflowError):
        # A date at the end of the calendar (9999-12-31 plus a window) or an id beyond SQLite's integers.
        return answer(request, 400, "Out of range", "a value in the request is out of range")
