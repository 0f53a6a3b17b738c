"""`tariffwatch daily`: crawl -> extract -> digest -> send, as one run."""

from __future__ import annotations

import sys
from datetime import date

import click

from tariffwatch.cli.app import (
    EXIT_SOURCES_FAILED,
    config_option,
    digest_date,
    exclusive_run,
    json_option,
    main,
    open_configured,
    print_json,
)
from tariffwatch.cli.crawling import print_results, results_as_dicts, run_crawl, run_status
from tariffwatch.cli.extraction import extract_store
from tariffwatch.cli.readers import print_send_report, run_send
from tariffwatch.config import Config
from tariffwatch.errors import TariffwatchError
from tariffwatch.store import Store


@main.command()
@click.option("--date", "day", callback=digest_date, help="Day of the digest (default today).")
@click.option("--no-send", is_flag=True, help="Write the digest but e-mail nobody (no SMTP server needed).")
@config_option
@json_option
def daily(day, no_send, config_file, as_json):
    """The daily job: crawl every enabled source, extract, write the digest, e-mail it to subscribers."""
    config, store = open_configured(config_file)
    with exclusive_run(config, store, "daily"):
        report = run_daily(config, store, day or date.today(), quiet=as_json, send=not no_send)
    if as_json:
        print_json(report)
    failed = report["send_error"] is not None or (report["send"] is not None and report["send"]["failed"] > 0)
    failed = failed or any(r["status"] in ("failed", "partial") for r in report["sources"])
    sys.exit(EXIT_SOURCES_FAILED if failed else 0)


def run_daily(config: Config, store: Store, day: date, quiet: bool, send: bool = True) -> dict:
    """crawl -> extract -> digest -> send; returns what each step did (one JSON document)."""
    from digest.output import entry_options, write_digest

    run_id = store.start_run("daily")
    results = run_crawl(config, store, [], progress=not quiet, run_id=run_id)
    if not quiet:
        print_results(results)
    extracted = extract_store(config, store, quiet=quiet)
    options = entry_options(config.digest)
    path = write_digest(store, day, config.digest.output_dir, "html", options)
    for fmt in ("text", "json", "atom", "ics"):
        write_digest(store, day, config.digest.output_dir, fmt, options)
    store.finish_run(
        run_id,
        run_status(results),
        changes_extracted=extracted,
        documents_new=sum(r.counts.new_documents for r in results),
        documents_updated=sum(r.counts.new_versions for r in results),
    )
    if not quiet:
        click.echo(f"digest: {path}")
    sent, send_error = None, None
    try:
        sent = run_send(config, store, day, False) if send else None
        if sent and not quiet:
            print_send_report(sent, day, False)
    except TariffwatchError as exc:  # the run completed; sending could not start
        send_error = str(exc)
        click.echo(f"Error: send: {exc}", err=True)
    if not send and not quiet:
        click.echo("send: skipped (--no-send)")
    return {
        "date": day.isoformat(),
        "sources": results_as_dicts(results),
        "documents_extracted": extracted,
        "digest": str(path),
        "send": vars(sent) if sent else None,
        "send_error": send_error,
    }
