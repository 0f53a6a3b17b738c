"""Server-rendered pages: latest digest, archive, search, change, subscribe, unsubscribe."""

from __future__ import annotations

from datetime import date
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, Response

from digest.build import build_digest
from digest.feed import atom_feed, digest_days
from digest.search import MODES
from digest.subscriptions import normalise_email, normalise_jurisdiction, normalise_measure, normalise_prefix
from digest.tokens import read_token, signing_secret
from digest.web.api import parse_day, search_request
from digest.web.deps import get_store, render
from digest.web.highlight import highlighted
from nlp.measures.rules import MEASURE_TYPES
from tariffwatch.errors import InputError, TariffwatchError

router = APIRouter(include_in_schema=False)


@router.get("/", response_class=HTMLResponse)
def home(request: Request, store=Depends(get_store)):
    days = digest_days(store, limit=1)
    day = date.fromisoformat(days[0][0]) if days else date.today()
    return render(request, "digest.html", digest=build_digest(store, day), latest=True)


@router.get("/digests", response_class=HTMLResponse)
def archive(request: Request, store=Depends(get_store)):
    return render(request, "archive.html", days=digest_days(store, limit=365))


@router.get("/digests/feed.atom")
def feed(request: Request, store=Depends(get_store)):
    return Response(atom_feed(store, str(request.app.state.config.digest.base_url)), media_type="application/atom+xml")


@router.get("/digests/{day}", response_class=HTMLResponse)
def digest_page(request: Request, day: str, store=Depends(get_store)):
    try:
        parsed = parse_day(day, "date")
    except InputError as exc:
        return render(request, "message.html", status_code=404, title="No such digest", message=str(exc))
    return render(request, "digest.html", digest=build_digest(store, parsed), latest=False)


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
    change = store.changes_by_id([change_id]).get(change_id)
    if change is None:
        return render(request, "message.html", status_code=404, title="Not found", message=f"No change {change_id}.")
    text = store.version_text(change["version_id"])  # the version the evidence spans point into
    return render(request, "change.html", change=change, source_text=highlighted(text, change))


@router.get("/subscribe", response_class=HTMLResponse)
def subscribe_form(request: Request):
    return render(request, "subscribe.html", measure_types=MEASURE_TYPES, done=None, error=None)


@router.post("/subscribe", response_class=HTMLResponse)
def subscribe(
    request: Request,
    email: str = Form(...),
    hs: str = Form(""),
    jurisdiction: str = Form(""),
    measure: str = Form(""),
    store=Depends(get_store),
):
    try:
        address = normalise_email(email)
        prefixes = [normalise_prefix(p) for p in hs.replace(";", ",").split(",") if p.strip()]
        jurisdictions = [normalise_jurisdiction(j) for j in jurisdiction.replace(";", ",").split(",") if j.strip()]
        measures = [normalise_measure(measure)] if measure else []
    except InputError as exc:
        return render(
            request, "subscribe.html", status_code=400, measure_types=MEASURE_TYPES, done=None, error=str(exc)
        )
    store.subscribe(address, prefixes, jurisdictions, measures)
    return render(request, "subscribe.html", measure_types=MEASURE_TYPES, done=address, error=None)


@router.get("/unsubscribe", response_class=HTMLResponse)
def unsubscribe_confirm(request: Request, token: str = ""):
    email = _token_email(request, token)
    if email is None:
        return render(
            request,
            "message.html",
            status_code=400,
            title="Invalid link",
            message="This unsubscribe link is invalid or has been tampered with.",
        )
    return render(request, "unsubscribe.html", email=email, token=token, done=False)


@router.post("/unsubscribe", response_class=HTMLResponse)
def unsubscribe(request: Request, token: str = "", store=Depends(get_store)):
    email = _token_email(request, token)
    if email is None:
        return render(
            request,
            "message.html",
            status_code=400,
            title="Invalid link",
            message="This unsubscribe link is invalid or has been tampered with.",
        )
    store.unsubscribe(email)
    return render(request, "unsubscribe.html", email=email, token=token, done=True)


def _token_email(request: Request, token: str) -> str | None:
    config = request.app.state.config
    try:
        return read_token(signing_secret(config.digest.signing_key_env, config.database), token)[1] if token else None
    except TariffwatchError:
        return None
