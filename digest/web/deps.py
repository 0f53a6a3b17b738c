"""Per-request access to the store: SQLite connections are not shared between threads."""

from __future__ import annotations

from collections.abc import Iterator

from fastapi import Request

from tariffwatch.store import Store, open_store


def get_store(request: Request) -> Iterator[Store]:
    store = open_store(request.app.state.config.database, migrate=False)  # `serve` migrated at start
    try:
        yield store
    finally:
        store.close()


def render(request: Request, template: str, status_code: int = 200, **context):
    csrf = request.scope.get("csrftoken")
    return request.app.state.templates.TemplateResponse(
        request, template, {"csrftoken": csrf() if csrf else "", **context}, status_code=status_code
    )
