"""Commands that turn documents into changes: extract, eval."""

from __future__ import annotations

import json
import os
import sys
from datetime import date
from pathlib import Path

import click

from tariffwatch.cli.app import (
    config_option,
    exclusive_run,
    format_option,
    iso_date,
    json_option,
    main,
    open_configured,
    print_json,
)
from tariffwatch.config import Config
from tariffwatch.errors import DocumentError, TariffwatchError
from tariffwatch.store import Store


def engine_options(command):
    """--workers, --engine, --address: where extraction runs (extract and backfill share them)."""
    for option in reversed(
        [
            click.option(
                "--workers",
                type=click.IntRange(min=1),
                help="Extraction workers (processes, or Ray actors); default nlp.workers, else the machine's cores.",
            ),
            click.option(
                "--engine",
                type=click.Choice(["local", "ray"]),
                default="local",
                show_default=True,
                help="local: worker processes on this machine; ray: Ray actors (pip install 'tariffwatch[ray]').",
            ),
            click.option(
                "--address",
                help="Ray cluster to join (e.g. 10.0.0.5:6379 or ray://head:10001); default: a local Ray instance.",
            ),
        ]
    ):
        command = option(command)
    return command


@main.command()
@click.argument("files", nargs=-1, type=click.Path(exists=True, dir_okay=False))
@format_option(["jsonl", "summary"], "jsonl", "Output for FILES: jsonl (one object per file) or a summary table.")
@click.option("--published", callback=iso_date, help="Publication date of FILES (YYYY-MM-DD), anchors relative dates.")
@click.option("--jurisdiction", help="Jurisdiction of FILES (EU, US, GB, CA), when the text does not say.")
@click.option("--retry-failed", is_flag=True, help="Try again the stored documents whose extraction failed.")
@engine_options
@config_option
def extract(files, fmt, published, jurisdiction, retry_failed, workers, engine, address, config_file):
    """Extract changes: from FILES to stdout, or (no FILES) every new or changed stored document."""
    if files:
        extract_files(files, fmt, published, jurisdiction)
        return
    if address and engine != "ray":
        raise click.UsageError("--address needs --engine ray")
    config, store = open_configured(config_file)
    with exclusive_run(config, store, "extract"):
        if retry_failed:
            store.clear_extraction_failures()
        extract_store(config, store, workers=workers, engine=engine, address=address)


def extract_store(
    config: Config,
    store: Store,
    quiet: bool = False,
    workers: int | None = None,
    engine: str = "local",
    address: str | None = None,
) -> int:
    """Extract every pending document (and embed its changes) with the engine asked for, saving
    batch by batch; returns the number of documents extracted.

    A document that fails is recorded with its error and named in one warning line; the others go on.
    """
    from nlp import EXTRACTOR_VERSION
    from nlp.engines import default_workers, open_engine
    from nlp.runner import ExtractionOptions, embed_pending, extract_pending

    settings = config.nlp
    options = ExtractionOptions(
        embeddings=settings.embeddings,
        documents_per_batch=settings.documents_per_batch,
        embedding_batch_size=settings.batch_size,
        duplicate_threshold=settings.duplicate_threshold,
    )
    pending = len(store.pending_document_ids(EXTRACTOR_VERSION))
    workers = workers or settings.workers
    if engine == "local":  # no more processes than batches: a quiet day stays in this process
        workers = max(1, min(workers or default_workers(), -(-pending // options.documents_per_batch)))
    counts = None
    if pending:
        with open_engine(engine, workers, address, options.task(), gpus=options.embeddings) as run:
            if quiet:
                counts = extract_pending(store, options, engine=run)
            else:
                with click.progressbar(length=pending, label="extracting", file=sys.stderr) as bar:
                    counts = extract_pending(store, options, progress=bar.update, engine=run)
    done, embedded = (counts.documents, counts.embedded) if counts else (0, 0)
    failures = counts.failures if counts else []
    message = f"extracted {done} document{'s' if done != 1 else ''}"
    if failures:
        message += f", {len(failures)} failed (recorded; skipped until they change)"
    if settings.embeddings:
        embedded += embed_pending(store, settings.batch_size, settings.duplicate_threshold)
        message += f", embedded {embedded} change{'s' if embedded != 1 else ''}"
        store.vector_file().sync(store.db)  # the semantic index beside the database takes the new vectors
        if embedded:
            from nlp.vectors.query_encoder import export_encoder

            export_encoder()  # once per installation, while the model is loaded: searches then skip torch
    click.echo(message, err=quiet)
    for line in failures:
        click.echo(f"warning: extraction failed: {line}", err=True)
    return done


def extract_files(files, fmt: str, published: date | None, jurisdiction: str | None) -> None:
    """Each file's changes on stdout; a file that cannot be read or analysed is named in one error line on stderr
    and the others go on (the exit status says some failed)."""
    failed = 0
    for name in files:
        try:
            result = _extract_file(Path(name), published, jurisdiction)
        except Exception as exc:  # noqa: BLE001 (whatever failed, it failed for this file)
            if os.environ.get("TARIFFWATCH_DEBUG") and not isinstance(exc, DocumentError):
                raise
            failed += 1
            click.echo(f"error: {name}: {_failure(exc)}", err=True)
            continue
        if fmt == "jsonl":
            click.echo(json.dumps(result, ensure_ascii=False))
        else:
            click.echo(
                f"{name}: {len(result['hs_codes'])} codes, {len(result['hs_ranges'])} ranges, "
                f"{len(result['dates'])} dates, measures {', '.join(result['measure_types'])}"
            )
    if failed:
        raise TariffwatchError(f"extract: {failed} of {len(files)} files failed (named above)")


def _extract_file(path: Path, published: date | None, jurisdiction: str | None) -> dict:
    from crawler.sources.inbox import SUFFIXES, convert
    from nlp.chunks import analyse_in_chunks
    from nlp.results import to_json

    content_type = SUFFIXES.get(path.suffix.lower(), "text/plain")
    _, text, _ = convert(path.read_bytes(), content_type)  # (title, text, stored type)
    return analyse_in_chunks(  # over 500,000 characters: in chunks, offsets kept
        text,
        lambda doc: to_json(doc, str(path)),
        published=published.isoformat() if published else None,
        jurisdiction=jurisdiction,
    )


def _failure(exc: Exception) -> str:
    if isinstance(exc, DocumentError | OSError):
        return " ".join(str(exc).split())[:300]
    from nlp.runner import describe_failure

    return f"unexpected {describe_failure(exc)} (TARIFFWATCH_DEBUG=1 shows the traceback)"


@main.command("eval")
@click.argument("directory", type=click.Path(exists=True, file_okay=False))
@click.option(
    "--embeddings",
    is_flag=True,
    help="Also the sentence-similarity fallback for measure types, as daily runs with nlp.embeddings.",
)
@json_option
def evaluate(directory, embeddings, as_json):
    """Score extraction on DIRECTORY (docs/NNN.txt + gold/NNN.json): precision, recall, F1."""
    from nlp.evaluate import evaluate_directory, format_report

    report = evaluate_directory(Path(directory), embeddings=embeddings)
    if as_json:
        print_json(report)
    else:
        click.echo(format_report(report))
