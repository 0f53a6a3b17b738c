"""The `tariffwatch` command line. Library errors become one line and an exit code here only.

Exit codes: 0 all good, 1 some sources failed but the run completed, 2 usage or config error.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import click

from tariffwatch.errors import ConfigError, InputError, TariffwatchError

EXIT_SOURCES_FAILED = 1
EXIT_USAGE = 2


class Group(click.Group):
    """Turns our errors (and Ctrl-C) into one line on stderr, never a traceback."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except (ConfigError, InputError) as exc:
            click.echo(f"Error: {exc}", err=True)
            ctx.exit(EXIT_USAGE)
        except TariffwatchError as exc:
            click.echo(f"Error: {exc}", err=True)
            ctx.exit(1)
        except KeyboardInterrupt:
            click.echo("Interrupted: what was stored stays stored; run again to resume.", err=True)
            ctx.exit(130)


config_option = click.option(
    "--config",
    "config_file",
    type=click.Path(dir_okay=False),
    envvar="TARIFFWATCH_CONFIG",
    help="Path of config.yaml (default: ./config.yaml; env TARIFFWATCH_CONFIG).",
)
json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")


def iso_date(ctx, param, value):
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from None


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="tariffwatch")
def main():
    """tariffwatch: track trade-regulation changes in official journals.

    Data flows one way: crawl -> store -> extract -> store -> digest.
    """


def open_configured(config_file):
    from tariffwatch.config import load_config
    from tariffwatch.store import open_store

    config = load_config(config_file)
    return config, open_store(config.database)


@main.command()
@click.argument("sources", nargs=-1)
@config_option
@json_option
def crawl(sources, config_file, as_json):
    """Fetch new documents from SOURCES (default: every enabled source)."""
    from tariffwatch.commands import run_crawl

    config, store = open_configured(config_file)
    results = run_crawl(config, store, list(sources), as_json)
    sys.exit(EXIT_SOURCES_FAILED if any(r.status in ("failed", "partial") for r in results) else 0)


@main.command()
@click.argument("files", nargs=-1, type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "summary"]),
    default=None,
    help="Output for FILES: jsonl (one object per file) or a summary table.",
)
@click.option("--published", callback=iso_date, help="Publication date of FILES (YYYY-MM-DD), anchors relative dates.")
@click.option("--jurisdiction", help="Jurisdiction of FILES (EU, US, GB, CA), when the text does not say.")
@config_option
def extract(files, fmt, published, jurisdiction, config_file):
    """Extract changes: from FILES to stdout, or (no FILES) every new or changed stored document."""
    from tariffwatch.commands import extract_files, extract_store

    if files:
        extract_files(files, fmt or "jsonl", published, jurisdiction)
        return
    config, store = open_configured(config_file)
    extract_store(config, store)


@main.command("eval")
@click.argument("directory", type=click.Path(exists=True, file_okay=False))
@json_option
def evaluate(directory, as_json):
    """Score extraction on DIRECTORY (docs/NNN.txt + gold/NNN.json): precision, recall, F1."""
    from nlp.evaluate import evaluate_directory, format_report

    report = evaluate_directory(Path(directory))
    click.echo(json.dumps(report, indent=2) if as_json else format_report(report))


@main.command()
@click.option("--date", "day", callback=iso_date, help="Day of the digest (YYYY-MM-DD, default today).")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["html", "text", "markdown", "json", "atom"]),
    default="html",
    help="html (email-safe), text, markdown, json, or atom (the feed of digests).",
)
@config_option
def digest(day, fmt, config_file):
    """Write the digest of changes first seen on a day; prints the file's path."""
    from digest.output import write_digest

    config, store = open_configured(config_file)
    click.echo(write_digest(store, day or date.today(), config.digest.output_dir, fmt, config.digest.base_url))


@main.command()
@click.option("--date", "day", callback=iso_date, help="Day of the digest (default today).")
@config_option
@json_option
def daily(day, config_file, as_json):
    """The daily job: crawl every enabled source, extract, write the digest, send it."""
    from tariffwatch.commands import run_daily

    config, store = open_configured(config_file)
    failed = run_daily(config, store, day or date.today(), as_json)
    sys.exit(EXIT_SOURCES_FAILED if failed else 0)


@main.command()
@click.argument("email")
@click.option("--hs", "prefixes", multiple=True, help="Product area: HS chapter, heading or code prefix (repeatable).")
@click.option("--jurisdiction", "jurisdictions", multiple=True, help="US, EU, GB, CA... (repeatable).")
@click.option("--measure", "measures", multiple=True, help="Measure type, e.g. anti_dumping (repeatable).")
@config_option
def subscribe(email, prefixes, jurisdictions, measures, config_file):
    """Subscribe EMAIL to digests of its product areas (no filter: everything)."""
    from digest.subscriptions import normalise_email, normalise_jurisdiction, normalise_measure, normalise_prefix

    try:
        address = normalise_email(email)
        fields = (
            [normalise_prefix(p) for p in prefixes],
            [normalise_jurisdiction(j) for j in jurisdictions],
            [normalise_measure(m) for m in measures],
        )
    except TariffwatchError as exc:
        raise click.UsageError(str(exc)) from None
    config, store = open_configured(config_file)
    click.echo(f"{store.subscribe(address, *fields)}: {address}")


@main.command()
@click.argument("email")
@config_option
def unsubscribe(email, config_file):
    """Stop sending digests to EMAIL."""
    from digest.subscriptions import normalise_email

    address = normalise_email(email)
    config, store = open_configured(config_file)
    if not store.unsubscribe(address):
        raise TariffwatchError(f"{address} has no active subscription")
    click.echo(f"unsubscribed: {address}")


@main.command()
@config_option
@json_option
def subscriptions(config_file, as_json):
    """List subscriptions with their product areas, filters and status."""
    config, store = open_configured(config_file)
    rows = store.subscriptions()
    if as_json:
        click.echo(json.dumps(rows, indent=2))
        return
    for row in rows:
        click.echo(
            f"{row['email']:<36} {row['status']:<12} hs={','.join(row['hs_prefixes']) or '*'} "
            f"jurisdiction={','.join(row['jurisdictions']) or '*'} measure={','.join(row['measures']) or '*'}"
        )


@main.command()
@click.option("--date", "day", callback=iso_date, help="Digest day (default today).")
@click.option("--dry-run", is_flag=True, help="Write .eml files to digest.outbox_dir instead of sending.")
@config_option
@json_option
def send(day, dry_run, config_file, as_json):
    """E-mail each subscriber the changes that match; never twice for one day."""
    from tariffwatch.commands import run_send

    config, store = open_configured(config_file)
    report = run_send(config, store, day or date.today(), dry_run, as_json)
    sys.exit(1 if report.failed else 0)


@main.command()
@click.argument("query")
@click.option("--hs", "prefixes", multiple=True, help="HS/CN/HTS prefix at any level (repeatable).")
@click.option("--jurisdiction", "jurisdictions", multiple=True, help="US, EU, GB, CA... (repeatable).")
@click.option("--measure", "measures", multiple=True, help="Measure type (repeatable).")
@click.option("--source", "sources", multiple=True, help="Source name (repeatable).")
@click.option(
    "--date-type",
    type=click.Choice(
        [
            "publication",
            "document_date",
            "entry_into_force",
            "application_start",
            "application_end",
            "expiry",
            "comment_deadline",
        ]
    ),
    help="Date the window applies to.",
)
@click.option("--from", "date_from", callback=iso_date, help="Window start (YYYY-MM-DD).")
@click.option("--to", "date_to", callback=iso_date, help="Window end (YYYY-MM-DD).")
@click.option("--mode", type=click.Choice(["hybrid", "fulltext", "semantic"]), default="hybrid")
@click.option("--limit", type=click.IntRange(1, 200), default=20)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
@config_option
def search(
    query, prefixes, jurisdictions, measures, sources, date_type, date_from, date_to, mode, limit, fmt, config_file
):
    """Search extracted changes (full-text, semantic or hybrid) with filters."""
    from tariffwatch.commands import run_search

    config, store = open_configured(config_file)
    run_search(
        config,
        store,
        query,
        dict(
            prefixes=prefixes,
            jurisdictions=jurisdictions,
            measures=measures,
            sources=sources,
            date_type=date_type,
            date_from=date_from,
            date_to=date_to,
        ),
        mode,
        limit,
        fmt,
    )


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to bind (loopback by default).")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@config_option
def serve(host, port, config_file):
    """Serve the web UI and the JSON API (/api, OpenAPI at /openapi.json)."""
    import uvicorn

    from digest.web.app import create_app
    from tariffwatch.config import load_config

    config = load_config(config_file)
    uvicorn.run(create_app(config), host=host, port=port, log_level="warning")


@main.command()
@click.argument("document")
@click.option("--versions", nargs=2, type=int, help="Compare these two version numbers (1 = oldest).")
@config_option
def diff(document, versions, config_file):
    """Unified diff between the last two versions of DOCUMENT (its id, or SOURCE:EXTERNAL_ID)."""
    from tariffwatch.commands import show_diff

    config, store = open_configured(config_file)
    show_diff(store, document, versions)


@main.group()
def nomenclature():
    """Code lists (HS, HTSUS) used for descriptions and validation."""


@nomenclature.command("sync")
@click.argument("systems", nargs=-1, type=click.Choice(["hs", "us_hts"]))
@config_option
def nomenclature_sync(systems, config_file):
    """Download the official code lists (UN Comtrade HS, USITC HTS) into the store."""
    from nlp.nomenclature_sync import sync

    config, store = open_configured(config_file)
    results = sync(config, store, list(systems) or None)
    for system, outcome in results.items():
        click.echo(f"{system}: {outcome if isinstance(outcome, str) else f'{outcome} codes'}")
    sys.exit(1 if any(isinstance(v, str) for v in results.values()) else 0)


@nomenclature.command("lookup")
@click.argument("code")
@config_option
def nomenclature_lookup(code, config_file):
    """Describe CODE from the synced lists, else its HS chapter."""
    from nlp.nomenclature import chapter_title

    digits = "".join(ch for ch in code if ch.isdigit())
    if len(digits) < 2:
        raise click.BadParameter(f"{code!r} has no tariff code digits", param_hint="CODE")
    config, store = open_configured(config_file)
    click.echo(store.describe_code(digits) or f"Chapter {digits[:2]}: {chapter_title(digits[:2])}")


@main.command()
@config_option
@json_option
def sources(config_file, as_json):
    """List sources: enabled, last run, last status, document count."""
    from tariffwatch.commands import list_sources

    config, store = open_configured(config_file)
    list_sources(config, store, as_json)


if __name__ == "__main__":
    main()
