"""Subscribing on the web: double opt-in, the subscriber's own page, feeds, unsubscribe.

Web subscribe stores a request and e-mails a confirmation link; only that link (and the
button on its page) activates the subscription. The subscriber's signed token (in every
digest) opens their page, where they change what they follow, and their private feed and
calendar. Tokens carry the subscription's generation: after re-subscribing, old links stop working.
"""

from __future__ import annotations

from datetime import date
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, File, Form, Request, UploadFile
from fastapi.responses import HTMLResponse, Response

from digest.calendar import calendar_for
from digest.catalogue import parse_catalogue
from digest.feed import atom_feed
from digest.mailer import Mailer
from digest.message import confirmation_message, follows, subscriber_links
from digest.output import entry_options
from digest.subscriptions import (
    MEASURE_TYPES,
    normalise_email,
    normalise_frequency,
    normalise_jurisdiction,
    normalise_measure,
    normalise_prefix,
    split_list,
)
from digest.tokens import make_confirm_token, read_confirm_token, read_token, signing_secret
from digest.web.deps import get_store, render
from digest.words import MEASURE_WORDS
from tariffwatch.errors import InputError, TariffwatchError

router = APIRouter(include_in_schema=False)
MEASURE_CHOICES = [(m, MEASURE_WORDS[m]) for m in MEASURE_TYPES if m in MEASURE_WORDS]


def _secret(request: Request) -> str | None:
    """The signing key (the environment's, else the generated key file's); None when it is unusable."""
    config = request.app.state.config
    try:
        return signing_secret(config.digest.signing_key_env, config.database)
    except TariffwatchError:
        return None


def _form(request: Request, status_code: int = 200, **context):
    context = {"measure_choices": MEASURE_CHOICES, "done": None, "error": None, "current": None, "token": "", **context}
    return render(request, "subscribe.html", status_code=status_code, **context)


def _read_request(email, hs, jurisdiction, measures, frequency, catalogue: UploadFile | None, pasted: str) -> dict:
    """The validated form as a subscription request (InputError names the field)."""
    request = {
        "email": normalise_email(email),
        "hs_prefixes": [normalise_prefix(p) for p in split_list(hs)],
        "jurisdictions": [normalise_jurisdiction(j) for j in split_list(jurisdiction)],
        "measures": [normalise_measure(m) for m in measures if m],
        "frequency": normalise_frequency(frequency or "daily"),
        "products": None,
    }
    if catalogue is not None and catalogue.filename:
        request["products"] = parse_catalogue(catalogue.file.read(), catalogue.filename)
    elif pasted.strip():
        request["products"] = parse_catalogue(pasted.encode("utf-8"), "your product list")
    return request


@router.get("/subscribe", response_class=HTMLResponse)
def subscribe_form(request: Request):
    return _form(request)


@router.post("/subscribe", response_class=HTMLResponse)
def subscribe(
    request: Request,
    email: str = Form(...),
    hs: str = Form(""),
    jurisdiction: str = Form(""),
    measure: list[str] = Form([]),
    frequency: str = Form("daily"),
    catalogue: UploadFile | None = File(None),
    catalogue_text: str = Form("", max_length=2_000_000),
    store=Depends(get_store),
):
    try:
        wanted = _read_request(email, hs, jurisdiction, measure, frequency, catalogue, catalogue_text)
    except InputError as exc:
        return _form(request, status_code=400, error=str(exc))
    secret = _secret(request)
    if secret is None:
        return _form(request, status_code=503, error="Subscriptions are not available: the server has no signing key.")
    config = request.app.state.config
    request_id = store.add_request(wanted["email"], wanted)
    token = make_confirm_token(secret, request_id, wanted["email"])
    confirm_url = f"{str(config.digest.base_url).rstrip('/')}/confirm?{urlencode({'token': token})}"
    mailer = Mailer(config.smtp)
    try:
        outcome = mailer.send(confirmation_message(wanted["email"], config.smtp.from_, confirm_url, wanted))
    finally:
        mailer.close()
    if outcome.status != "sent":
        return _form(
            request, status_code=503, error="The confirmation e-mail could not be sent; please try again later."
        )
    return _form(request, done=wanted["email"])


@router.get("/confirm", response_class=HTMLResponse)
def confirm_page(request: Request, token: str = "", store=Depends(get_store)):
    found = _confirm_request(request, store, token)
    if found is None:
        return _invalid(request, "This confirmation link is invalid or has been tampered with.")
    return render(
        request,
        "confirm.html",
        token=token,
        wanted=found["request"],
        done=False,
        already=bool(found["confirmed_at"]),
        follows=follows(_as_subscription(found["request"])),
    )


@router.post("/confirm", response_class=HTMLResponse)
def confirm(request: Request, token: str = "", store=Depends(get_store)):
    found = _confirm_request(request, store, token)
    if found is None:
        return _invalid(request, "This confirmation link is invalid or has been tampered with.")
    wanted = found["request"]
    with store.transaction():
        if store.confirm_request(found["id"]):
            _apply(store, wanted)
    return render(
        request,
        "confirm.html",
        token=token,
        wanted=wanted,
        done=True,
        already=False,
        follows=follows(_as_subscription(wanted)),
    )


@router.get("/subscription", response_class=HTMLResponse)
def manage_page(request: Request, token: str = "", store=Depends(get_store)):
    subscription = _subscription(request, store, token)
    if subscription is None:
        return _invalid(request, "This link is no longer valid; subscribe again to get a new one.")
    return _form(request, current=subscription, token=token, follows=follows(subscription))


@router.post("/subscription", response_class=HTMLResponse)
def manage(
    request: Request,
    token: str = "",
    hs: str = Form(""),
    jurisdiction: str = Form(""),
    measure: list[str] = Form([]),
    frequency: str = Form("daily"),
    catalogue: UploadFile | None = File(None),
    catalogue_text: str = Form("", max_length=2_000_000),
    store=Depends(get_store),
):
    subscription = _subscription(request, store, token)
    if subscription is None:
        return _invalid(request, "This link is no longer valid; subscribe again to get a new one.")
    try:
        wanted = _read_request(subscription["email"], hs, jurisdiction, measure, frequency, catalogue, catalogue_text)
    except InputError as exc:
        return _form(request, status_code=400, error=str(exc), current=subscription, token=token)
    if wanted["products"] is None and subscription["products"]:
        wanted["products"] = subscription["products"]  # no new file: keep the catalogue
    wanted["channels"], wanted["email_digest"] = subscription["channels"], subscription["email_digest"]
    with store.transaction():
        _apply(store, wanted)
    updated = store.subscription_by_email(subscription["email"])
    return _form(request, current=updated, token=token, follows=follows(updated), done=updated["email"])


@router.get("/feeds/{token}.atom")
def private_feed(request: Request, token: str, store=Depends(get_store)):
    subscription = _subscription(request, store, token)
    if subscription is None:
        return Response("unknown or expired feed link\n", status_code=404, media_type="text/plain")
    options = entry_options(request.app.state.config.digest)
    self_url = subscriber_links(options.base_url, token)["feed_url"]
    return Response(atom_feed(store, options, subscription, self_url), media_type="application/atom+xml")


@router.get("/feeds/{token}.ics")
def private_calendar(request: Request, token: str, store=Depends(get_store)):
    subscription = _subscription(request, store, token)
    if subscription is None:
        return Response("unknown or expired calendar link\n", status_code=404, media_type="text/plain")
    options = entry_options(request.app.state.config.digest)
    return Response(calendar_for(store, date.today(), options, subscription), media_type="text/calendar; charset=utf-8")


@router.get("/unsubscribe", response_class=HTMLResponse)
def unsubscribe_confirm(request: Request, token: str = "", store=Depends(get_store)):
    subscription = _subscription(request, store, token)
    if subscription is None:
        return _invalid(request, "This unsubscribe link is invalid, tampered with, or from before you re-subscribed.")
    return render(request, "unsubscribe.html", email=subscription["email"], token=token, done=False)


@router.post("/unsubscribe", response_class=HTMLResponse)
def unsubscribe(request: Request, token: str = "", store=Depends(get_store)):
    """Also the RFC 8058 one-click POST from mail clients; clicking twice is fine."""
    parsed = _token(request, token)
    subscription = store.subscription(parsed[0]) if parsed else None
    if subscription is None or (subscription["email"], subscription["generation"]) != parsed[1:]:
        return _invalid(request, "This unsubscribe link is invalid, tampered with, or from before you re-subscribed.")
    store.unsubscribe(subscription["email"], generation=subscription["generation"])
    return render(request, "unsubscribe.html", email=subscription["email"], token=token, done=True)


def _apply(store, wanted: dict) -> None:
    store.subscribe(
        wanted["email"],
        wanted["hs_prefixes"],
        wanted["jurisdictions"],
        wanted["measures"],
        frequency=wanted["frequency"],
        channels=wanted.get("channels") or [],
        email_digest=wanted.get("email_digest", True),
    )
    if wanted.get("products") is not None:
        store.set_products(store.subscription_by_email(wanted["email"])["id"], wanted["products"])


def _as_subscription(wanted: dict) -> dict:
    return {**wanted, "products": wanted.get("products") or []}


def _token(request: Request, token: str) -> tuple[int, str, int] | None:
    secret = _secret(request)
    if not token or secret is None:
        return None
    try:
        return read_token(secret, token)
    except TariffwatchError:
        return None


def _subscription(request: Request, store, token: str) -> dict | None:
    """The subscription a token opens: same id, address and generation, not unsubscribed."""
    parsed = _token(request, token)
    if parsed is None:
        return None
    subscription = store.subscription(parsed[0])
    if (
        subscription is None
        or subscription["email"] != parsed[1]
        or subscription["generation"] != parsed[2]
        or subscription["status"] == "unsubscribed"
    ):
        return None
    return subscription


def _confirm_request(request: Request, store, token: str) -> dict | None:
    secret = _secret(request)
    if not token or secret is None:
        return None
    try:
        request_id, email = read_confirm_token(secret, token)
    except TariffwatchError:
        return None
    found = store.request(request_id)
    return found if found and found["email"] == email else None


def _invalid(request: Request, message: str):
    return render(request, "message.html", status_code=400, title="Invalid link", message=message)
