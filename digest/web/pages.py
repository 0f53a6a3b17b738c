"""Server-rendered pages: latest digest, archive, change pages, feeds; subscriptions in subscribing.py."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, Response

from digest.build import build_digest, prepare
from digest.calendar import calendar_for
from digest.feed import atom_feed, digest_days
from digest.output import entry_options
from digest.render import DigestRenderer
from digest.web import subscribing
from digest.web.api import parse_day, run_search
from digest.web.deps import get_store, render
from digest.web.highlight import highlighted
from nlp import EXTRACTOR_VERSION
from nlp.measures.rules import MEASURE_TYPES
from tariffwatch.errors import InputError, TariffwatchError

router = APIRouter(include_in_schema=False)
router.include_router(subscribing.router)
ATOM = "application/atom+xml"
ICS = "text/calendar; charset=utf-8"


def digest_page_data(request: Request, store, day: date) -> tuple[dict, dict]:
    """The digest of `day` and its entries rendered once as e-mail-safe HTML (the same in every format)."""
    data = build_digest(store, day, entry_options(request.app.state.config.digest))
    renderer = DigestRenderer()
    return data, {c["id"]: renderer.entry(c, "html") for c in data["changes"]}


@router.get("/", response_class=HTMLResponse)
def home(request: Request, store=Depends(get_store)):
    days = digest_days(store, limit=1)
    day = date.fromisoformat(days[0][0]) if days else date.today()
    data, entries = digest_page_data(request, store, day)
    return render(request, "digest.html", digest=data, entries=entries, latest=True)


@router.get("/digests", response_class=HTMLResponse)
def archive(request: Request, store=Depends(get_store)):
    return render(request, "archive.html", days=digest_days(store, limit=365))


@router.get("/feed.atom")
@router.get("/digests/feed.atom")
def feed(request: Request, store=Depends(get_store)):
    options = entry_options(request.app.state.config.digest)
    return Response(atom_feed(store, options, self_url=f"{options.base_url.rstrip('/')}/feed.atom"), media_type=ATOM)


@router.get("/calendar.ics")
def calendar(request: Request, store=Depends(get_store)):
    options = entry_options(request.app.state.config.digest)
    return Response(calendar_for(store, date.today(), options), media_type=ICS)


@router.get("/digests/{day}", response_class=HTMLResponse)
def digest_page(request: Request, day: str, store=Depends(get_store)):
    try:
        parsed = parse_day(day, "date")
    except InputError as exc:
        return render(request, "message.html", status_code=404, title="No such digest", message=str(exc))
    data, entries = digest_page_data(request, store, parsed)
    return render(request, "digest.html", digest=data, entries=entries, latest=False)


@router.get("/search", response_class=HTMLResponse)
def search_page(
    request: Request,
    q: str = "",
    hs: str = "",
    jurisdiction: str = "",
    measure: str = "",
    date_type: str = "",
    date_from: str = "",
    date_to: str = "",
    mode: str = "hybrid",
    store=Depends(get_store),
):
    form = {
        "q": q,
        "hs": hs,
        "jurisdiction": jurisdiction,
        "measure": measure,
        "date_type": date_type,
        "date_from": date_from,
        "date_to": date_to,
        "mode": mode,
    }
    results, facets, error = [], {}, None
    if any(form[key] for key in ("q", "hs", "jurisdiction", "measure", "date_type", "date_from", "date_to")):
        try:
            results, facets = run_search(
                request,
                store,
                q[:500],
                [hs],
                [jurisdiction],
                [measure],
                [],
                date_type,
                date_from,
                date_to,
                mode if mode in ("hybrid", "fulltext", "semantic") else "hybrid",
                50,
            )
        except TariffwatchError as exc:
            error = str(exc)
    return render(
        request,
        "search.html",
        form=form,
        results=results,
        facets=facets,
        error=error,
        measure_types=MEASURE_TYPES,
        status_code=400 if error else 200,
    )


@router.get("/changes/{change_id}", response_class=HTMLResponse)
def change_page(request: Request, change_id: int, store=Depends(get_store)):
    change = store.changes_by_id([change_id]).get(change_id) if 0 < change_id < 2**63 else None
    if change is None:
        return render(request, "message.html", status_code=404, title="Not found", message=f"No change {change_id}.")
    [change] = prepare(store, [change], entry_options(request.app.state.config.digest))
    text = store.version_text(change["version_id"])  # the version the evidence spans point into
    history = store.change_history(change["document_id"], EXTRACTOR_VERSION)
    return render(request, "change.html", change=change, source_text=highlighted(text, change), history=history)
