"""`tariffwatch backfill`: a source's history, window by window, then its extraction."""

from __future__ import annotations

import io
import sys
from datetime import date

import click

from tariffwatch.cli.app import (
    EXIT_SOURCES_FAILED,
    config_option,
    exclusive_run,
    iso_date,
    json_option,
    main,
    open_configured,
    print_json,
)
from tariffwatch.cli.extraction import engine_options, extract_store


@main.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--from", "start", required=True, callback=iso_date, help="First publication day (YYYY-MM-DD).")
@click.option("--to", "end", callback=iso_date, help="Last publication day (YYYY-MM-DD); default today.")
@click.option("--no-extract", is_flag=True, help="Only fetch and store; extract later with `tariffwatch extract`.")
@engine_options
@config_option
@json_option
def backfill(sources, start, end, no_extract, workers, engine, address, config_file, as_json):
    """Fetch the history of SOURCES from --from to --to, window by window (resumable), then extract it.

    Backfilled documents are searchable history: the digest never presents them as today's news.
    """
    end = end or date.today()
    if start > end:
        raise click.BadParameter(f"{start} is after --to {end}", param_hint="--from")
    if address and engine != "ray":
        raise click.UsageError("--address needs --engine ray")
    config, store = open_configured(config_file)
    unknown = [name for name in sources if name not in config.sources]
    if unknown:
        raise click.UsageError(f"unknown source {unknown[0]!r} (configured: {', '.join(config.sources)})")
    with exclusive_run(config, store, "backfill"):  # one run at a time, for the whole backfill
        results = run_backfill(config, store, list(dict.fromkeys(sources)), start, end, progress=not as_json)
        extracted = 0
        if not no_extract:
            extracted = extract_store(config, store, quiet=as_json, workers=workers, engine=engine, address=address)
    if as_json:
        print_json({"sources": results, "documents_extracted": extracted})
    else:
        print_backfill(results)
    sys.exit(EXIT_SOURCES_FAILED if any(r["status"] in ("failed", "partial") for r in results) else 0)


def run_backfill(config, store, names: list[str], start: date, end: date, progress: bool) -> list[dict]:
    """Walk each source's windows (a progress bar with ETA over all of them); one dict per source."""
    from crawler.backfill import finish, prepare, walk
    from crawler.http import HttpClient

    run_id = store.start_run("backfill")
    http = HttpClient(config.http)
    try:
        jobs = prepare(config, store, http, run_id, names, start, end)
        total = sum(job.windows_total for job in jobs)
        with click.progressbar(
            length=total,
            label="backfill",
            file=sys.stderr if progress else io.StringIO(),  # --json: stdout and stderr stay quiet
            show_pos=True,
            item_show_func=lambda text: text,
        ) as bar:
            for job in jobs:
                bar.update(job.windows_done_before)
                if job.source is not None and job.result.status == "ok":
                    walk(job, store, lambda job, window: bar.update(1, _window_label(job, window)))
                finish(job, store)
    finally:
        http.close()
    failed = any(job.result.status in ("failed", "partial") for job in jobs)
    store.finish_run(
        run_id,
        "completed_with_failures" if failed else "ok",
        documents_new=sum(job.result.counts.new_documents for job in jobs),
    )
    return [as_dict(job) for job in jobs]


def _window_label(job, window) -> str:
    return f"{job.name} {window[0]}..{window[1]}: {job.result.counts.new_documents} new"


def as_dict(job) -> dict:
    counts = job.result.counts
    return {
        "source": job.name,
        "status": job.result.status,
        "windows": job.windows_total,
        "windows_done_before": job.windows_done_before,
        "windows_left": len(job.windows),
        "discovered": counts.discovered,
        "new_documents": counts.new_documents,
        "unchanged": counts.unchanged,
        "failed_items": counts.failed_items,
        "error": job.result.error,
        "problems": job.result.problems,
    }


def print_backfill(results: list[dict]) -> None:
    click.echo(f"{'source':<36} {'status':<14} {'windows':>9} {'found':>7} {'new':>6} {'failed':>6}  note")
    for r in results:
        windows = f"{r['windows'] - r['windows_left']}/{r['windows']}" if r["windows"] else "-"
        click.echo(
            f"{r['source']:<36} {r['status']:<14} {windows:>9} {r['discovered']:>7} {r['new_documents']:>6} "
            f"{r['failed_items']:>6}  {r['error'] or ''}"
        )
    for r in results:
        for problem in r["problems"]:
            click.echo(f"warning: {problem}", err=True)
