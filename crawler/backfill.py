"""Backfill: walking a source's history window by window, politely and resumably.

Each source cuts the span into windows it can really query (`Source.history_windows`) and lists
one window's items (`Source.discover_window`). The items go through the crawl's own fetch-and-store
step (`crawler.runner.crawl_listings`: the same HTTP layer and rate limits, stored documents never
fetched again), marked as backfilled so the digest never presents them as news. A window is
recorded in the store once every item in it is stored: a killed backfill resumes with the first
window not recorded. A window with failed items, or part of which the source could not read
(`CrawlContext.missed`), stays unrecorded, and the next backfill retries it (fetching only what
is missing). Backfill leaves the daily crawl's resume markers alone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import date

from crawler.base import CrawlContext, NoHistory, NotConfigured, Source
from crawler.http import HttpClient
from crawler.registry import source_classes, source_settings
from crawler.runner import SourceResult, crawl_listings
from tariffwatch.config import Config
from tariffwatch.errors import TariffwatchError
from tariffwatch.store import Store

Window = tuple[date, date]


@dataclass
class SourceBackfill:
    """One source's backfill: the windows still to walk and what walking them did."""

    name: str
    result: SourceResult
    source: Source | None = None
    windows: list[Window] = field(default_factory=list)  # still to walk, oldest first
    windows_total: int = 0
    windows_done_before: int = 0  # finished by earlier backfills
    run_row: int | None = None


def prepare(
    config: Config, store: Store, http: HttpClient, run_id: int, names: list[str], start: date, end: date
) -> list[SourceBackfill]:
    """Each named source with the windows of [start, end] it has not finished yet (no network)."""
    classes, settings = source_classes(), source_settings(config)
    jobs = []
    for name in names:
        section = settings[name]
        store.ensure_source(
            name, classes[name].kind, section.enabled, str(getattr(section, "base_url", "") or "") or None
        )
        job = SourceBackfill(name, SourceResult(source=name, status="ok"))
        job.run_row = store.start_source_run(run_id, name)
        context = CrawlContext(name=name, settings=section, http=http, store=store)
        try:
            job.source = classes[name](context)
            windows = job.source.history_windows(start, end)
        except NoHistory as exc:
            job.result.status, job.result.error = "no_history", str(exc)
        except NotConfigured as exc:
            job.result.status, job.result.error = "not_configured", str(exc)
        else:
            finished = store.backfilled_windows(name)
            job.windows_total = len(windows)
            job.windows = [w for w in windows if (w[0].isoformat(), w[1].isoformat()) not in finished]
            job.windows_done_before = len(windows) - len(job.windows)
        jobs.append(job)
    return jobs


def walk(job: SourceBackfill, store: Store, after_window: Callable[[SourceBackfill, Window], None]) -> SourceResult:
    """Walk the job's windows oldest first; a window whose discovery fails stops the source (what
    was stored stays, and the next backfill resumes at that window)."""
    result = job.result
    context = job.source.context
    for window in list(job.windows):
        context.incomplete = False  # set by the source when part of this window could not be read
        try:
            before = (result.counts.discovered, result.counts.new_documents)
            listings = job.source.discover_window(*window)
            failed = crawl_listings(job.source, listings, store, result, None, backfilled=True)
        except TariffwatchError as exc:
            result.status, result.error = "failed", f"window {window[0]} to {window[1]}: {exc}"
            break
        except Exception as exc:  # a bug in one source must not stop the others
            result.status, result.error = "failed", f"internal error: {type(exc).__name__}: {exc}"
            break
        if failed or context.incomplete:
            result.status = "partial"  # this window is retried by the next backfill
        else:
            discovered, new = result.counts.discovered - before[0], result.counts.new_documents - before[1]
            store.finish_backfill_window(job.name, window[0].isoformat(), window[1].isoformat(), discovered, new)
            job.windows.remove(window)
        after_window(job, window)
    result.problems = context.problems
    return result


def finish(job: SourceBackfill, store: Store) -> None:
    """Close the source's row in the run record."""
    result = job.result
    store.finish_source_run(job.run_row, result.status, asdict(result.counts), result.error, result.problems)
