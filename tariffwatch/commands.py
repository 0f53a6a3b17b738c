"""What the CLI commands do, kept apart from argument parsing."""

from __future__ import annotations

import json
import sys
from datetime import date

import click

from tariffwatch.config import Config
from tariffwatch.errors import TariffwatchError
from tariffwatch.store import Store


def run_crawl(config: Config, store: Store, names: list[str], as_json: bool, run_id: int | None = None):
    from crawler.runner import crawl

    unknown = [n for n in names if n not in config.sources]
    if unknown:
        raise click.UsageError(f"unknown source {unknown[0]!r} (configured: {', '.join(config.sources)})")
    own_run = run_id is None
    run_id = run_id or store.start_run("crawl")
    progress = None if as_json else (lambda line: click.echo(f"  {line}", err=True))
    results = crawl(config, store, run_id, names or None, progress)
    if own_run:
        store.finish_run(
            run_id,
            _run_status(results),
            documents_new=sum(r.counts.new_documents for r in results),
            documents_updated=sum(r.counts.new_versions for r in results),
        )
    print_results(results, as_json)
    return results


def _run_status(results) -> str:
    if any(r.status == "failed" for r in results):
        return "completed_with_failures"
    if any(r.status == "partial" for r in results):
        return "completed_with_problems"
    return "ok"


def print_results(results, as_json: bool) -> None:
    if as_json:
        click.echo(
            json.dumps(
                [
                    {
                        "source": r.source,
                        "status": r.status,
                        "error": r.error,
                        "health": r.health,
                        "problems": r.problems,
                        **vars(r.counts),
                    }
                    for r in results
                ],
                indent=2,
            )
        )
        return
    click.echo(f"{'source':<36} {'status':<14} {'found':>6} {'new':>5} {'changed':>7} {'failed':>6}  error / health")
    for r in results:
        c = r.counts
        note = r.error or (r.health if r.health and r.health != "healthy" else "")
        click.echo(
            f"{r.source:<36} {r.status:<14} {c.discovered:>6} {c.new_documents:>5} "
            f"{c.new_versions:>7} {c.failed_items:>6}  {note}"
        )
    for r in results:
        for problem in r.problems:
            click.echo(f"warning: {problem}", err=True)


def extract_store(config: Config, store: Store, quiet: bool = False) -> int:
    from nlp import EXTRACTOR_VERSION
    from nlp.runner import embed_pending, extract_pending

    settings = config.nlp
    pending = store.documents_to_extract(EXTRACTOR_VERSION)  # read once: the bar needs the count
    if quiet or not pending:
        done = extract_pending(store, settings.embeddings, documents=pending)
    else:
        with click.progressbar(length=len(pending), label="extracting", file=sys.stderr) as bar:
            done = extract_pending(store, settings.embeddings, progress=lambda _: bar.update(1), documents=pending)
    message = f"extracted {done} document{'s' if done != 1 else ''}"
    if settings.embeddings:
        embedded = embed_pending(store, settings.batch_size, settings.duplicate_threshold)
        message += f", embedded {embedded} change{'s' if embedded != 1 else ''}"
    click.echo(message, err=quiet)
    return done


def extract_files(files, fmt: str, published: date | None, jurisdiction: str | None) -> None:
    from pathlib import Path

    from crawler.sources.inbox import SUFFIXES, convert
    from nlp.pipeline import analyse
    from nlp.results import to_json
    from tariffwatch.errors import DocumentError

    for name in files:
        path = Path(name)
        content_type = SUFFIXES.get(path.suffix.lower(), "text/plain")
        try:
            _, text = convert(path.read_bytes(), content_type)
        except DocumentError as exc:
            raise DocumentError(f"{path}: {exc}") from None
        doc = analyse(text, published.isoformat() if published else None, jurisdiction)
        result = to_json(doc, str(path))
        if fmt == "jsonl":
            click.echo(json.dumps(result, ensure_ascii=False))
        else:
            click.echo(
                f"{path}: {len(result['hs_codes'])} codes, {len(result['hs_ranges'])} ranges, "
                f"{len(result['dates'])} dates, measures {', '.join(result['measure_types'])}"
            )


def run_send(config: Config, store: Store, day: date, dry_run: bool, as_json: bool):
    from digest.sender import send_digests

    report = send_digests(config, store, day, dry_run)
    if as_json:
        click.echo(json.dumps(vars(report), indent=2))
    else:
        click.echo(
            f"send {day}: {report.sent} sent, {report.already_done} already done, "
            f"{report.nothing_matched} with nothing matching, {report.failed} failed (retried next run), "
            f"{report.rejected} rejected (paused)"
            + (f", {len(report.written)} written to the outbox" if dry_run else "")
        )
        if report.uncertain:
            click.echo(
                f"warning: {report.uncertain} deliveries were interrupted mid-send earlier; not re-sent", err=True
            )
    for error in report.errors[:20]:
        click.echo(f"warning: {error}", err=True)
    return report


def run_daily(config: Config, store: Store, day: date, as_json: bool) -> bool:
    """crawl -> extract -> digest -> send. Returns True when a source or a delivery failed."""
    from digest.output import write_digest

    run_id = store.start_run("daily")
    results = run_crawl(config, store, [], as_json, run_id=run_id)
    extracted = extract_store(config, store, quiet=as_json)
    path = write_digest(store, day, config.digest.output_dir, "html")
    for fmt in ("json", "atom"):
        write_digest(store, day, config.digest.output_dir, fmt, config.digest.base_url)
    store.finish_run(
        run_id,
        _run_status(results),
        changes_extracted=extracted,
        documents_new=sum(r.counts.new_documents for r in results),
        documents_updated=sum(r.counts.new_versions for r in results),
    )
    click.echo(f"digest: {path}")
    try:
        delivery_failed = run_send(config, store, day, False, as_json).failed > 0
    except TariffwatchError as exc:  # the run completed; sending could not start
        click.echo(f"Error: send: {exc}", err=True)
        delivery_failed = True
    return delivery_failed or any(r.status in ("failed", "partial") for r in results)


def list_sources(config: Config, store: Store, as_json: bool) -> None:
    from crawler.registry import source_classes

    for name, settings in config.sources.items():
        store.ensure_source(
            name, source_classes()[name].kind, settings.enabled, str(getattr(settings, "base_url", "") or "") or None
        )
    rows = store.source_overview()
    if as_json:
        click.echo(json.dumps(rows, indent=2))
        return
    click.echo(f"{'source':<36} {'enabled':<8} {'last run':<26} {'status':<9} {'documents':>9}  health")
    for row in rows:
        click.echo(
            f"{row['name']:<36} {'yes' if row['enabled'] else 'no':<8} {row['last_run'] or '-':<26} "
            f"{row['last_status'] or '-':<9} {row['documents']:>9}  {row['health'] or '-'}"
        )


def search_filters(
    prefixes=(), jurisdictions=(), measures=(), sources=(), date_type=None, date_from=None, date_to=None
):
    """Validated filters, shared by the CLI and the web API."""
    from digest.subscriptions import normalise_jurisdiction, normalise_measure, normalise_prefix
    from tariffwatch.store.search import SearchFilters

    return SearchFilters(
        hs=[normalise_prefix(p) for p in prefixes if p],
        jurisdictions=[normalise_jurisdiction(j) for j in jurisdictions if j],
        measures=[normalise_measure(m) for m in measures if m],
        sources=[s for s in sources if s],
        date_type=date_type or None,
        date_from=date_from.isoformat() if date_from else None,
        date_to=date_to.isoformat() if date_to else None,
    )


def run_search(config: Config, store: Store, query: str, filter_args: dict, mode: str, limit: int, fmt: str) -> None:
    from digest.search import search

    try:
        filters = search_filters(**filter_args)
    except TariffwatchError as exc:
        raise click.UsageError(str(exc)) from None
    results = search(store, query, filters, mode, limit, semantic=config.nlp.embeddings)
    if fmt == "json":
        click.echo(json.dumps(results, indent=2, ensure_ascii=False))
        return
    if not results:
        click.echo("no matching changes")
    for r in results:
        codes = ", ".join(c["code"] + (f"-{c['to']}" if c["to"] else "") for c in r["hs_codes"][:4])
        eif = next((d["date"] for d in r["dates"] if d["type"] == "entry_into_force"), "")
        click.echo(
            f"{r['change_id']:>6}  {r['score']:>8.4f}  {r['jurisdiction'] or '--':<3} {eif:<10}  "
            f"{(r['title'] or '')[:70]:<70}  {codes}"
        )


def show_diff(store: Store, reference: str, versions: tuple[int, int] | None) -> None:
    import difflib

    document = _find_document(store, reference)
    stored = store.document_versions(document["id"])
    if len(stored) < 2:
        click.echo(f"{reference}: only one version stored; nothing to compare")
        return
    first, second = versions or (len(stored) - 1, len(stored))
    if not (1 <= first <= len(stored) and 1 <= second <= len(stored)):
        raise click.UsageError(f"--versions: {reference} has versions 1 to {len(stored)}")
    old, new = stored[first - 1], stored[second - 1]
    lines = difflib.unified_diff(
        old["text"].splitlines(),
        new["text"].splitlines(),
        lineterm="",
        fromfile=f"{reference} version {first} ({old['fetched_at']})",
        tofile=f"{reference} version {second} ({new['fetched_at']})",
    )
    for line in lines:
        click.echo(line)


def _find_document(store: Store, reference: str) -> dict:
    if reference.isdigit():
        document = store.document(int(reference))
    else:
        source, _, external_id = reference.partition(":")
        document = store.document_by_external_id(source, external_id)
    if document is None:
        raise click.UsageError(f"no document {reference!r} (give its id or SOURCE:EXTERNAL_ID)")
    return document
