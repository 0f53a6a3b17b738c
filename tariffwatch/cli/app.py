"""The command group, the options every command shares, and the one place errors become exit codes.

Exit codes: 0 all good, 1 some sources failed but the run completed, 2 usage or config error.
`--config`, `--json` and `--format` may stand before the command as well as after it.
"""

from __future__ import annotations

import json
from datetime import date

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


def print_json(data) -> None:
    click.echo(json.dumps(data, indent=2, ensure_ascii=False, default=str))


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
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


def open_configured(config_file, sources: bool = True):
    """The validated config (source sections included, unless `sources` is false) and the store it names."""
    from tariffwatch.config import load_config
    from tariffwatch.store import open_store

    config = load_config(config_file)
    if sources:
        from crawler.registry import source_settings

        source_settings(config)  # a bad source setting stops every command, not only crawls
    return config, open_store(config.database)
