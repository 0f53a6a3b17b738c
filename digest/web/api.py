"""The JSON API under /api (its OpenAPI description is at /openapi.json)."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Depends, HTTPException, Query, Request

from digest.build import build_digest
from digest.render import to_json
from digest.search import SearchOutcome, run_search, search_filters
from digest.web.deps import get_store
from tariffwatch.errors import InputError

router = APIRouter(prefix="/api", tags=["api"])


def parse_day(value: str | None, name: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InputError(f"{name}: {value!r} is not a date in YYYY-MM-DD form") from None


def search_request(
    request: Request,
    store,
    q: str,
    hs: list[str],
    jurisdiction: list[str],
    measure: list[str],
    source: list[str],
    date_type: str | None,
    date_from: str | None,
    date_to: str | None,
    mode: str,
    limit: int,
) -> SearchOutcome:
    filters = search_filters(
        hs, jurisdiction, measure, source, date_type or None, parse_day(date_from, "from"), parse_day(date_to, "to")
    )
    return run_search(store, q or "", filters, mode, limit, semantic=request.app.state.config.nlp.embeddings)


@router.get("/search", summary="Search changes (hybrid, full-text or semantic) with filters")
def api_search(
    request: Request,
    q: str = Query("", max_length=500),
    hs: list[str] = Query([]),
    jurisdiction: list[str] = Query([]),
    measure: list[str] = Query([]),
    source: list[str] = Query([]),
    date_type: str | None = None,
    date_from: str | None = Query(None, alias="from"),
    date_to: str | None = Query(None, alias="to"),
    mode: str = "hybrid",
    limit: int = Query(20, ge=1, le=200),
    store=Depends(get_store),
):
    """`understood` says how the query was read (codes, countries, measures, words); `facets` count
    the matches (`total` of them, `more` when there may be more than were counted)."""
    outcome = search_request(
        request, store, q, hs, jurisdiction, measure, source, date_type, date_from, date_to, mode, limit
    )
    return outcome.as_dict()


@router.get("/changes/{change_id}", summary="One change with its codes, dates and evidence")
def api_change(change_id: int, store=Depends(get_store)):
    """`duplicate_of`: the change this one was folded into as another publication of the same act
    (null for an original); `also_published_as`: the changes folded into it ({id, url, title})."""
    change = store.changes_by_id([change_id]).get(change_id)  # an id out of range answers 400 (app.py)
    if change is None:
        raise HTTPException(404, f"no change {change_id}")
    original = store.original_of(change_id)
    return {
        **change,
        "duplicate_of": original if original != change_id else None,
        "also_published_as": store.duplicates_of(change_id),
    }


@router.get("/changes", summary="Changes first seen on a day")
def api_changes(day: str = Query(..., alias="date"), store=Depends(get_store)):
    return to_json(build_digest(store, parse_day(day, "date")))["changes"]


@router.get("/digests/{day}", summary="The digest of a day, as data")
def api_digest(day: str, store=Depends(get_store)):
    return to_json(build_digest(store, parse_day(day, "date")))
