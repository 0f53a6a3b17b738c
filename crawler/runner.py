"""Runs sources: discovery, skipping what the store already holds, fetching, storing.

A failing item is logged and skipped; a failing source is recorded and the others go on.
Every document is stored in its own transaction, so a run killed mid-way loses nothing
already stored and a re-run stores nothing twice.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta

from crawler.base import UNCHANGED, CrawlContext, Listing, NotConfigured
from crawler.http import HttpClient
from crawler.registry import source_classes, source_settings
from tariffwatch.config import Config
from tariffwatch.errors import TariffwatchError
from tariffwatch.store import SaveOutcome, Store


@dataclass
class SourceCounts:
    discovered: int = 0
    fetched: int = 0
    new_documents: int = 0
    new_versions: int = 0
    unchanged: int = 0
    failed_items: int = 0


@dataclass
class SourceResult:
    source: str
    status: str  # ok | partial | failed | disabled
    counts: SourceCounts = field(default_factory=SourceCounts)
    error: str | None = None
    problems: list[str] = field(default_factory=list)
    health: str | None = None


Progress = Callable[[str], None]


def crawl(
    config: Config, store: Store, run_id: int, names: list[str] | None = None, progress: Progress | None = None
) -> list[SourceResult]:
    """Crawl the named sources (default: every enabled one) and record each in run_sources."""
    classes, settings = source_classes(), source_settings(config)
    selected = names or [name for name, section in settings.items() if section.enabled]
    http = HttpClient(config.http)
    try:
        return [crawl_source(name, classes[name], settings[name], store, http, run_id, progress) for name in selected]
    finally:
        http.close()


def crawl_source(name, source_class, settings, store, http, run_id, progress) -> SourceResult:
    store.ensure_source(name, source_class.kind, settings.enabled, str(getattr(settings, "base_url", "") or "") or None)
    row_id = store.start_source_run(run_id, name)
    context = CrawlContext(name=name, settings=settings, http=http, store=store)
    result = SourceResult(source=name, status="ok")
    try:
        source = source_class(context)
        failed = crawl_listings(source, source.discover(), store, result, progress)
        source.finish(failed)
        if failed or context.incomplete:
            result.status = "partial"
    except NotConfigured as exc:
        result.status, result.error = "not_configured", str(exc)
    except TariffwatchError as exc:
        result.status, result.error = "failed", str(exc)
    except Exception as exc:  # a bug in one source must not stop the others
        result.status, result.error = "failed", f"internal error: {type(exc).__name__}: {exc}"
    result.problems = context.problems
    result.health = source_health(store, name, settings, result)
    store.finish_source_run(row_id, result.status, asdict(result.counts), result.error, result.problems, result.health)
    return result


def source_health(store: Store, name: str, settings, result: SourceResult) -> str:
    """'healthy', or 'unhealthy: why': a source that silently returns nothing must show up."""
    if result.status == "failed":
        return f"unhealthy: {result.error}"
    if result.status == "not_configured":
        return f"not configured: {result.error}"
    expected = settings.min_items_per_week
    if expected:
        since = (datetime.now(UTC) - timedelta(days=7)).isoformat(timespec="seconds")
        seen = store.items_seen_since(name, since)
        if seen < expected:
            return f"unhealthy: {seen} new items in 7 days, expected at least {expected}"
    return "healthy"


def crawl_listings(
    source, listings: Iterable[Listing], store: Store, result: SourceResult, progress, backfilled: bool = False
) -> list[Listing]:
    """Fetch and store each listing the store does not hold yet; returns those that failed.
    `backfilled`: the documents are history (a backfill), never today's news."""
    counts, failed = result.counts, []
    for listing in listings:
        counts.discovered += 1
        known = store.known_revision(source.context.name, listing.external_id)
        if known is not None and not listing.always_fetch and (listing.revision is None or listing.revision == known):
            counts.unchanged += 1
            continue
        try:
            record = source.fetch(listing)
        except TariffwatchError as exc:
            counts.failed_items += 1
            failed.append(listing)
            source.context.warn(f"{source.context.name}: {exc}")
            continue
        except Exception as exc:  # a bug or an odd body on one item must not stop the source
            counts.failed_items += 1
            failed.append(listing)
            source.context.warn(f"{source.context.name}: {listing.url}: internal error: {type(exc).__name__}: {exc}")
            continue
        if record is UNCHANGED:
            counts.unchanged += 1
            continue
        counts.fetched += 1
        record.backfilled = backfilled
        outcome = store.save_document(record)
        source.on_saved(listing, record)
        if outcome is SaveOutcome.NEW:
            counts.new_documents += 1
        elif outcome is SaveOutcome.NEW_VERSION:
            counts.new_versions += 1
        else:
            counts.unchanged += 1
        if progress:
            progress(f"{source.context.name}: {listing.external_id}")
    return failed
