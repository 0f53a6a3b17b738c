"""`tariffwatch runs`: what the recent runs did, including those killed mid-way."""

from __future__ import annotations

import click

from tariffwatch.cli.app import config_option, json_option, main, open_configured, print_json

COUNTS = ("documents_new", "documents_updated", "changes_extracted", "deliveries_sent", "deliveries_failed")


@main.command()
@click.option("--limit", type=click.IntRange(1, 10_000), default=20, show_default=True, help="How many runs.")
@config_option
@json_option
def runs(limit, config_file, as_json):
    """Recent runs, newest first: command, start, status, counts and errors.

    Status: ok, completed_with_problems (a source partly failed), completed_with_failures (a source
    or a delivery failed: the command exited 1), interrupted (killed), running.
    """
    _, store = open_configured(config_file, sources=False)
    recent = store.recent_runs(limit)
    if as_json:
        print_json({"runs": recent})
    elif not recent:
        click.echo("no runs recorded yet")
    else:
        print_runs(recent)


def print_runs(recent: list[dict]) -> None:
    click.echo(f"{'run':>3}  {'command':<8}  {'started':<25}  {'status':<23}  new  upd  extr  sent  fail  error")
    for run in recent:
        new, updated, extracted, sent, failed = (_count(run[name]) for name in COUNTS)
        problems = [run["error"]] if run["error"] else []
        problems += [f"{s['source']}: {s['error']}" for s in run["sources"] if s["error"]]
        click.echo(
            f"{run['id']:>3}  {run['command']:<8}  {run['started_at']:<25}  {run['status']:<23}  "
            f"{new:>3}  {updated:>3}  {extracted:>4}  {sent:>4}  {failed:>4}  {'; '.join(problems)}"
        )


def _count(value: int | None) -> str:
    return "-" if value is None else str(value)
