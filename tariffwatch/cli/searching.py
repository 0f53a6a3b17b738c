"""Commands that answer questions: search, serve."""

from __future__ import annotations

import errno
import os
import socket

import click

from tariffwatch.cli.app import config_option, format_option, iso_date, main, open_configured, print_json
from tariffwatch.config import CONFIG_ENV
from tariffwatch.errors import InputError, TariffwatchError

DATE_TYPES = [
    "publication",
    "document_date",
    "entry_into_force",
    "application_start",
    "application_end",
    "expiry",
    "comment_deadline",
]


@main.command()
@click.argument("query")
@click.option("--hs", "prefixes", multiple=True, help="HS/CN/HTS prefix at any level (repeatable).")
@click.option("--jurisdiction", "jurisdictions", multiple=True, help="US, EU, GB, CA... (repeatable).")
@click.option("--measure", "measures", multiple=True, help="Measure type (repeatable).")
@click.option("--source", "sources", multiple=True, help="Source name (repeatable).")
@click.option("--date-type", type=click.Choice(DATE_TYPES), help="Date the window applies to.")
@click.option("--from", "date_from", callback=iso_date, help="Window start (YYYY-MM-DD).")
@click.option("--to", "date_to", callback=iso_date, help="Window end (YYYY-MM-DD).")
@click.option("--mode", type=click.Choice(["hybrid", "fulltext", "semantic"]), default="hybrid")
@click.option("--limit", type=click.IntRange(1, 200), default=20)
@format_option(["table", "json"], "table", "table (for people) or json.")
@config_option
def search(
    query, prefixes, jurisdictions, measures, sources, date_type, date_from, date_to, mode, limit, fmt, config_file
):
    """Search extracted changes (full-text, semantic or hybrid) with filters.

    Codes in any notation (7208 51 20, 7208.51.20, ex 7208), countries and measure words are
    matched against the extracted facts; the other words as words.
    """
    from digest.search import run_search, search_filters

    # The source sections are left to the commands that crawl: validating them imports every source
    # module (HTTP, HTML and feed parsers), half a second a search would spend for nothing.
    config, store = open_configured(config_file, sources=False)
    try:
        filters = search_filters(prefixes, jurisdictions, measures, sources, date_type, date_from, date_to)
    except TariffwatchError as exc:
        raise click.UsageError(str(exc)) from None
    outcome = run_search(store, query, filters, mode, limit, semantic=config.nlp.embeddings)
    if fmt == "json":
        print_json(outcome.results)
    else:
        print_table(outcome)


def print_table(outcome) -> None:
    searched = describe(outcome.understood, outcome.filters)
    if not outcome.results:
        hint = "; try without a filter" if outcome.filters else ""
        click.echo(f"no matching changes for {searched}{hint}")
        return
    click.echo(f"{'change':>6}  {'score':>8}  {'jur':<3} {'in force':<10}  {'title':<70}  codes")
    for r in outcome.results:
        codes = ", ".join(c["code"] + (f"-{c['to']}" if c["to"] else "") for c in r["hs_codes"][:4])
        eif = next((d["date"] for d in r["dates"] if d["type"] == "entry_into_force"), "")
        click.echo(
            f"{r['change_id']:>6}  {r['score']:>8.4f}  {r['jurisdiction'] or '--':<3} {eif:<10}  "
            f"{(r['title'] or '')[:70]:<70}  {codes}"
        )
    shown = f"{len(outcome.results)} of {outcome.total}{'+' if outcome.more else ''}"
    click.echo(f"{shown} matches for {searched}")


NAMES = {"codes": "code", "countries": "country", "measures": "measure", "words": "word", "expression": "expression"}


def describe(understood: dict, filters: dict) -> str:
    """What was searched, in a line: 'code 72085120, country CN, words steel; jurisdiction EU'."""
    parts = [
        f"{NAMES.get(kind, kind) if len(values) == 1 else kind} {', '.join(values)}"
        for kind, values in understood.items()
        if values
    ]
    searched = ", ".join(parts) or "everything"
    if filters:
        searched += "; " + ", ".join(f"{name} {value}" for name, value in filters.items())
    return searched


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to bind (loopback by default).")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option(
    "--workers",
    type=click.IntRange(1, 64),
    default=min(4, os.cpu_count() or 1),
    show_default="the CPU count, at most 4",
    help="Server processes: each has its own small pool of database connections.",
)
@config_option
def serve(host, port, workers, config_file):
    """Serve the web UI and the JSON API (/api, OpenAPI at /openapi.json); prints the URL it listens on."""
    import uvicorn
    from uvicorn.supervisors import Multiprocess

    from digest.web.app import csrf_secret

    config, store = open_configured(config_file)
    store.close()
    os.environ[CONFIG_ENV] = str(config.path)  # the worker processes load the same config
    csrf_secret(config)  # chosen here, inherited by every worker
    sock = listening_socket(host, port)
    settings = uvicorn.Config("digest.web.app:app_from_environment", factory=True, workers=workers, log_level="warning")
    click.echo(f"tariffwatch: serving http://{f'[{host}]' if ':' in host else host}:{port}/ (Ctrl-C to stop)")
    try:
        if workers > 1:  # worker processes share the listening socket; Ctrl-C stops them all
            Multiprocess(settings, sockets=[sock]).run()
        else:
            uvicorn.Server(settings).run(sockets=[sock])
    except KeyboardInterrupt:  # uvicorn shut down gracefully, then passed Ctrl-C on: the normal way to stop
        pass
    click.echo("tariffwatch: stopped")


def listening_socket(host: str, port: int) -> socket.socket:
    """A socket bound and listening before the app starts, so a busy port is one line (exit 2)."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
        sock = socket.socket(family, kind, proto)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(2048)
    except OSError as exc:
        reason = (
            "already in use (another serve?); choose another --port"
            if exc.errno == errno.EADDRINUSE
            else (exc.strerror or str(exc))
        )
        raise InputError(f"cannot listen on {host}:{port}: {reason}") from None
    return sock
