"""Commands that bring documents in: crawl, sources, diff, nomenclature."""

from __future__ import annotations

import difflib
import sys
from pathlib import Path

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
from tariffwatch.config import Config
from tariffwatch.store import Store


@main.command()
@click.argument("sources", nargs=-1)
@config_option
@json_option
def crawl(sources, config_file, as_json):
    """Fetch new documents from SOURCES (default: every enabled source)."""
    config, store = open_configured(config_file)
    with exclusive_run(config, store, "crawl"):
        results = run_crawl(config, store, list(sources), progress=not as_json)
    if as_json:
        print_json(results_as_dicts(results))
    else:
        print_results(results)
    sys.exit(EXIT_SOURCES_FAILED if any(r.status in ("failed", "partial") for r in results) else 0)


def run_crawl(config: Config, store: Store, names: list[str], progress: bool, run_id: int | None = None):
    from crawler.runner import crawl as crawl_sources

    unknown = [n for n in names if n not in config.sources]
    if unknown:
        raise click.UsageError(f"unknown source {unknown[0]!r} (configured: {', '.join(config.sources)})")
    own_run = run_id is None
    run_id = run_id or store.start_run("crawl")
    report = (lambda line: click.echo(f"  {line}", err=True)) if progress else None
    results = crawl_sources(config, store, run_id, names or None, report)
    if own_run:
        store.finish_run(
            run_id,
            run_status(results),
            documents_new=sum(r.counts.new_documents for r in results),
            documents_updated=sum(r.counts.new_versions for r in results),
        )
    return results


def run_status(results) -> str:
    if any(r.status == "failed" for r in results):
        return "completed_with_failures"
    if any(r.status == "partial" for r in results):
        return "completed_with_problems"
    return "ok"


def results_as_dicts(results) -> list[dict]:
    return [
        {
            "source": r.source,
            "status": r.status,
            "error": r.error,
            "health": r.health,
            "problems": r.problems,
            **vars(r.counts),
        }
        for r in results
    ]


def print_results(results) -> None:
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


@main.command()
@click.argument("names", nargs=-1)
@click.option("--check", is_flag=True, help="Live probe: one small request per enabled source, its format checked.")
@config_option
@json_option
def sources(names, check, config_file, as_json):
    """List sources: enabled, last run, last status, document count; with --check, probe them live."""
    from crawler.registry import source_classes, source_settings

    config, store = open_configured(config_file)
    if check:
        check_sources(config, store, list(names), as_json)
        return
    for name, settings in source_settings(config).items():
        base_url = str(getattr(settings, "base_url", "") or "") or None
        store.ensure_source(name, source_classes()[name].kind, settings.enabled, base_url)
    rows = store.source_overview()
    if as_json:
        print_json(rows)
        return
    click.echo(f"{'source':<36} {'enabled':<8} {'last run':<26} {'status':<9} {'documents':>9}  health")
    for row in rows:
        click.echo(
            f"{row['name']:<36} {'yes' if row['enabled'] else 'no':<8} {row['last_run'] or '-':<26} "
            f"{row['last_status'] or '-':<9} {row['documents']:>9}  {row['health'] or '-'}"
        )


def check_sources(config: Config, store: Store, names: list[str], as_json: bool) -> None:
    """One line per source: ok / unreachable / FORMAT CHANGED; exit 1 when a format changed."""
    from crawler.probe import CHANGED, probe_sources

    unknown = [n for n in names if n not in config.sources]
    if unknown:
        raise click.UsageError(f"unknown source {unknown[0]!r} (configured: {', '.join(config.sources)})")
    results = probe_sources(config, store, names or None)
    if as_json:
        print_json([vars(result) for result in results])
    else:
        for result in results:
            click.echo(result.line())
    sys.exit(EXIT_SOURCES_FAILED if any(result.verdict == CHANGED for result in results) else 0)


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--published", callback=iso_date, help="Publication date (YYYY-MM-DD); else the sidecar's, else the text's."
)
@click.option("--jurisdiction", help="Jurisdiction code (US, EU, GB, CA...); else the sidecar's, else the text's.")
@click.option("--title", help="Official title; else the sidecar's, else the document's own.")
@click.option("--url", help="Official link (http or https) readers follow.")
@click.option("--identifier", help="Official identifier (FR Doc. 2026-21001, CELEX:32026R2411, SOR/2026-301...).")
@config_option
@json_option
def ingest(files, published, jurisdiction, title, url, identifier, config_file, as_json):
    """File FILES into the store as inbox documents, with their metadata (sidecar NAME.meta.json or
    NAME.yaml beside each file; options override it)."""
    from pydantic import ValidationError

    from crawler.registry import source_settings
    from crawler.sources.inbox import ingest_file
    from tariffwatch.config import describe_validation_error
    from tariffwatch.errors import DocumentError

    overrides = {"published": published, "jurisdiction": jurisdiction, "title": title, "url": url}
    overrides["identifier"] = identifier
    config, store = open_configured(config_file)
    settings = source_settings(config).get("inbox")
    store.ensure_source("inbox", "inbox", settings.enabled if settings else False, None)
    rows, failed = [], 0
    for name in files:
        try:
            record, warning = ingest_file(Path(name), settings, overrides)
        except ValidationError as exc:
            raise click.UsageError(describe_validation_error(exc)) from None
        except DocumentError as exc:
            failed += 1
            click.echo(f"Error: {exc}", err=True)
            continue
        if warning:
            click.echo(f"warning: {warning}", err=True)
        rows.append({"file": name, "outcome": str(store.save_document(record)), **ingested(record)})
    if as_json:
        print_json(rows)
    for row in [] if as_json else rows:
        click.echo(
            f"{row['file']}: {row['outcome']}: {row['title']} ({row['identifier'] or 'no identifier'}; "
            f"published {row['published_date'] or 'as the text states, at extraction'}; "
            f"jurisdiction {row['jurisdiction'] or 'as the text states, at extraction'})"
        )
    sys.exit(EXIT_SOURCES_FAILED if failed else 0)


def ingested(record) -> dict:
    return {
        "external_id": record.external_id,
        "title": record.title,
        "identifier": record.identifier,
        "published_date": record.published_date,
        "jurisdiction": record.jurisdiction,
        "url": record.url,
    }


@main.command()
@click.argument("document")
@click.option("--versions", nargs=2, type=int, help="Compare these two version numbers (1 = oldest).")
@config_option
def diff(document, versions, config_file):
    """Unified diff between the last two versions of DOCUMENT (its id, or SOURCE:EXTERNAL_ID)."""
    config, store = open_configured(config_file)
    found = _find_document(store, document)
    stored = store.document_versions(found["id"])
    if len(stored) < 2:
        click.echo(f"{document}: only one version stored; nothing to compare")
        return
    first, second = versions or (len(stored) - 1, len(stored))
    if not (1 <= first <= len(stored) and 1 <= second <= len(stored)):
        raise click.UsageError(f"--versions: {document} has versions 1 to {len(stored)}")
    old, new = stored[first - 1], stored[second - 1]
    lines = difflib.unified_diff(
        old["text"].splitlines(),
        new["text"].splitlines(),
        lineterm="",
        fromfile=f"{document} version {first} ({old['fetched_at']})",
        tofile=f"{document} version {second} ({new['fetched_at']})",
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


@main.group()
def nomenclature():
    """Code lists (HS, HTSUS) used for descriptions and validation."""


@nomenclature.command("sync")
@click.argument("systems", nargs=-1, type=click.Choice(["hs", "us_hts"]))
@config_option
def nomenclature_sync(systems, config_file):
    """Download the official code lists (UN Comtrade HS, USITC HTS) into the store."""
    from crawler.nomenclature import sync

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
    from nlp.codes.nomenclature import chapter_title

    digits = "".join(ch for ch in code if ch.isdigit())
    if len(digits) < 2:
        raise click.BadParameter(f"{code!r} has no tariff code digits", param_hint="CODE")
    config, store = open_configured(config_file)
    click.echo(store.describe_code(digits) or f"Chapter {digits[:2]}: {chapter_title(digits[:2])}")
