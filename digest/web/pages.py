"""Server-rendered pages: latest digest, archive, change pages, feeds; subscriptions in subscribing.py."""

from __future__ import annotations

from datetime import date
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from digest.build import build_digest, prepare
from digest.calendar import calendar_for
from digest.feed import atom_feed, digest_days
from digest.links import safe_url
from digest.output import entry_options
from digest.render import DigestRenderer
from digest.search import MODES
from digest.web import subscribing
from digest.web.api import parse_day, search_request
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


SEARCH_FIELDS = ("q", "hs", "jurisdiction", "measure", "date_type", "date_from", "date_to", "mode")
FILTER_FIELDS = ("hs", "jurisdiction", "measure", "date_type", "date_from", "date_to")
FACET_FIELDS = {"jurisdiction": "jurisdiction", "measure": "measure", "chapter": "hs"}


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
    form = dict(zip(SEARCH_FIELDS, (q, hs, jurisdiction, measure, date_type, date_from, date_to, mode), strict=True))
    outcome, error = None, None
    if any(form[key] for key in SEARCH_FIELDS if key != "mode"):
        try:
            outcome = search_request(
                request,
                store,
                q,
                [hs],
                [jurisdiction],
                [measure],
                [],
                date_type,
                date_from,
                date_to,
                mode if mode in MODES else "hybrid",
                50,
            )
        except TariffwatchError as exc:
            error = str(exc)
    return render(
        request,
        "search.html",
        form=form,
        outcome=outcome,
        facet_links=_facet_links(form, outcome.facets) if outcome else {},
        removals=[
            (f"{name.replace('_', ' ')} {form[name]}", _url(form, **{name: ""})) for name in FILTER_FIELDS if form[name]
        ],
        error=error,
        measure_types=MEASURE_TYPES,
        status_code=400 if error else 200,
    )


def _url(form: dict, **changed) -> str:
    """/search with the form's values, some changed (empty ones left out)."""
    values = {**form, **changed}
    return "/search?" + urlencode({key: value for key, value in values.items() if value})


def _facet_links(form: dict, facets: dict) -> dict[str, list[tuple[str, int, str]]]:
    """{facet: [(value, count, URL narrowing the search to it)]}: the search kept, one filter added."""
    return {
        name: [(value, count, _url(form, **{FACET_FIELDS[name]: value})) for value, count in counts.items()]
        for name, counts in facets.items()
        if counts
    }


@router.get("/changes/{change_id}", response_class=HTMLResponse)
def change_page(request: Request, change_id: int, store=Depends(get_store)):
    change = store.changes_by_id([change_id]).get(change_id) if 0 < change_id < 2**63 else None
    if change is None:
        return render(request, "message.html", status_code=404, title="Not found", message=f"No change {change_id}.")
    original = store.original_of(change_id)
    if original != change_id:  # another publication of an act: its page is the original's, which lists it
        return RedirectResponse(f"/changes/{original}", status_code=303)
    copies = store.duplicates_of(change_id)
    change["duplicate_of"] = None  # a mark to a change no longer stored: the page shows this one
    folded = [{**copy, "duplicate_of": change_id} for copy in copies]  # listed as 'also published as'
    [change] = prepare(store, [change, *folded], entry_options(request.app.state.config.digest))
    text = store.version_text(change["version_id"])  # the version the evidence spans point into
    history = store.change_history(change["document_id"], EXTRACTOR_VERSION)
    return render(
        request,
        "change.html",
        change=change,
        source_text=highlighted(text, change),
        history=history,
        copies_without_address=[copy for copy in copies if not safe_url(copy["url"])],
    )
