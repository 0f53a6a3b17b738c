"""Per-request access to the store (one pooled connection per request, never two requests on one)."""

from __future__ import annotations

from collections.abc import Iterator

from fastapi import Request

from tariffwatch.store import Store


def get_store(request: Request) -> Iterator[Store]:
    with request.app.state.stores.store() as store:
        yield store


def render(request: Request, template: str, status_code: int = 200, **context):
    csrf = request.scope.get("csrftoken")
    return request.app.state.templates.TemplateResponse(
        request, template, {"csrftoken": csrf() if csrf else "", **context}, status_code=status_code
    )
