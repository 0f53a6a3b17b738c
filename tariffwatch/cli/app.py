"""The command group, the options every command shares, and the one place errors become exit codes.

Exit codes: 0 all good, 1 some sources failed but the run completed, 2 usage or config error.
`--config`, `--json` and `--format` may stand before the command as well as after it.
"""

from __future__ import annotations

import json
import os
import sys
from contextlib import contextmanager
from datetime import date

import click

from tariffwatch.errors import BusyError, ConfigError, InputError, TariffwatchError

EXIT_SOURCES_FAILED = 1
EXIT_USAGE = 2


class Group(click.Group):
    """The error boundary: our errors, usage errors, Ctrl-C and anything unexpected become one line
    on stderr and an exit code, never a traceback (TARIFFWATCH_DEBUG=1 shows the traceback)."""

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        prog_name = prog_name or self.name  # `tariffwatch` in messages, also under `python -m`
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode, **extra)
        try:
            code = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except click.exceptions.NoArgsIsHelpError as exc:
            click.echo(exc.ctx.get_help(), err=True)
            sys.exit(EXIT_USAGE)
        except click.UsageError as exc:
            sys.exit(_usage_line(exc))
        except click.ClickException as exc:
            click.echo(f"Error: {exc.format_message()}", err=True)
            sys.exit(exc.exit_code)
        except click.Abort:
            click.echo("Aborted.", err=True)
            sys.exit(1)
        sys.exit(code if isinstance(code, int) else 0)

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except (ConfigError, InputError, BusyError) as exc:
            click.echo(f"Error: {exc}", err=True)
            ctx.exit(EXIT_USAGE)
        except TariffwatchError as exc:
            click.echo(f"Error: {exc}", err=True)
            ctx.exit(1)
        except KeyboardInterrupt:
            click.echo("Interrupted: what was stored stays stored; run again to resume.", err=True)
            ctx.exit(130)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except Exception as exc:  # a bug: still one line, the traceback on request
            if os.environ.get("TARIFFWATCH_DEBUG"):
                raise
            where = ctx.invoked_subcommand or ctx.info_name
            click.echo(
                f"Error: {where}: unexpected {type(exc).__name__}: {_one_line(exc)} "
                "(TARIFFWATCH_DEBUG=1 shows the traceback)",
                err=True,
            )
            ctx.exit(1)


def _usage_line(exc: click.UsageError) -> int:
    """Click's three-line usage error as one line: the message, then where to look."""
    command = exc.ctx.command_path if exc.ctx else "tariffwatch"
    click.echo(f"Error: {_one_line(exc.format_message())} (see '{command} --help')", err=True)
    return exc.exit_code


def _one_line(error) -> str:
    return " ".join(str(error).split())[:300]


def _from_group(ctx: click.Context, param: click.Parameter, value):
    """An option left out after the command takes the value given before it."""
    if value in (None, False):
        return ctx.find_root().params.get(param.name, value)
    return value


config_option = click.option(
    "--config",
    "config_file",
    type=click.Path(dir_okay=False),
    callback=_from_group,
    help="Path of config.yaml (default: ./config.yaml; env TARIFFWATCH_CONFIG).",
)
json_option = click.option("--json", "as_json", is_flag=True, callback=_from_group, help="Print one JSON document.")


def format_option(choices: list[str], default: str, help: str):
    """--format, which may also be given before the command (`tariffwatch --format json search ...`)."""

    def pick(ctx: click.Context, param: click.Parameter, value):
        if value is not None:
            return value
        root = ctx.find_root().params
        wanted = root.get("fmt") or ("json" if root.get("as_json") else None)
        if wanted is None:
            return default
        if wanted not in choices:
            raise click.BadParameter(f"{wanted!r} is not one of {', '.join(choices)}", param_hint="--format")
        return wanted

    return click.option("--format", "fmt", type=click.Choice(choices), default=None, callback=pick, help=help)


def iso_date(ctx, param, value):
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from None


# A digest day keeps a year of room on both sides: digests count days before and after their own.
FIRST_DIGEST_DAY, LAST_DIGEST_DAY = date(2, 1, 1), date(9998, 12, 31)


def digest_date(ctx, param, value):
    """--date of a digest: a date with room around it for the digest's windows (no OverflowError)."""
    day = iso_date(ctx, param, value)
    if day is not None and not FIRST_DIGEST_DAY <= day <= LAST_DIGEST_DAY:
        raise click.BadParameter(f"{value} is out of range (from {FIRST_DIGEST_DAY} to {LAST_DIGEST_DAY})")
    return day


def print_json(data) -> None:
    click.echo(json.dumps(data, indent=2, ensure_ascii=False, default=str))


@click.group(cls=Group, name="tariffwatch", context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--config",
    "config_file",
    type=click.Path(dir_okay=False),
    envvar="TARIFFWATCH_CONFIG",
    help="Path of config.yaml for every command (default: ./config.yaml; env TARIFFWATCH_CONFIG).",
)
@click.option("--json", "as_json", is_flag=True, help="Commands that can print JSON print one JSON document.")
@click.option("--format", "fmt", help="Output format for the command (its own --format choices).")
@click.version_option(package_name="tariffwatch")
def main(config_file, as_json, fmt):
    """tariffwatch: track trade-regulation changes in official journals.

    Data flows one way: crawl -> store -> extract -> store -> digest.
    """


@contextmanager
def exclusive_run(config, store, command: str):
    """Hold the store's run lock for a whole run (daily, crawl, extract, send, backfill).

    A second run waits up to `runs.lock_wait_seconds`, then exits 2 with one line naming the
    running one. Runs left `running` by a killed process are marked `interrupted` first.
    """
    with store.run_lock(command, config.runs.lock_wait_seconds):
        yield


def open_configured(config_file, sources: bool = True):
    """The validated config (source sections included, unless `sources` is false) and the store it names."""
    from tariffwatch.config import load_config
    from tariffwatch.store import open_store

    config = load_config(config_file)
    if sources:
        from crawler.registry import source_settings

        source_settings(config)  # a bad source setting stops every command, not only crawls
    return config, open_store(config.database)
