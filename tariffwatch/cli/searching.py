"""Commands that answer questions: search, serve."""

from __future__ import annotations

import os

import click

from tariffwatch.cli.app import config_option, format_option, iso_date, main, open_configured, print_json
from tariffwatch.config import CONFIG_ENV
from tariffwatch.errors import TariffwatchError

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
    """Search extracted changes (full-text, semantic or hybrid) with filters."""
    from digest.search import search as run_search
    from digest.search import search_filters

    config, store = open_configured(config_file)
    try:
        filters = search_filters(prefixes, jurisdictions, measures, sources, date_type, date_from, date_to)
    except TariffwatchError as exc:
        raise click.UsageError(str(exc)) from None
    results = run_search(store, query, filters, mode, limit, semantic=config.nlp.embeddings)
    if fmt == "json":
        print_json(results)
    else:
        print_table(results)


def print_table(results: list[dict]) -> None:
    if not results:
        click.echo("no matching changes")
        return
    click.echo(f"{'change':>6}  {'score':>8}  {'jur':<3} {'in force':<10}  {'title':<70}  codes")
    for r in results:
        codes = ", ".join(c["code"] + (f"-{c['to']}" if c["to"] else "") for c in r["hs_codes"][:4])
        eif = next((d["date"] for d in r["dates"] if d["type"] == "entry_into_force"), "")
        click.echo(
            f"{r['change_id']:>6}  {r['score']:>8.4f}  {r['jurisdiction'] or '--':<3} {eif:<10}  "
            f"{(r['title'] or '')[:70]:<70}  {codes}"
        )


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
    """Serve the web UI and the JSON API (/api, OpenAPI at /openapi.json)."""
    import uvicorn

    from digest.web.app import csrf_secret

    config, store = open_configured(config_file)
    store.close()
    os.environ[CONFIG_ENV] = str(config.path)  # the worker processes load the same config
    csrf_secret(config)  # chosen here, inherited by every worker
    uvicorn.run(
        "digest.web.app:app_from_environment",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level="warning",
    )
