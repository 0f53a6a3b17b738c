"""Commands for readers: digest, subscriptions, send."""

from __future__ import annotations

import sys
from datetime import date

import click

from tariffwatch.cli.app import (
    config_option,
    digest_date,
    exclusive_run,
    format_option,
    json_option,
    main,
    open_configured,
    print_json,
)
from tariffwatch.config import Config
from tariffwatch.errors import InputError, TariffwatchError
from tariffwatch.store import Store


@main.command()
@click.option("--date", "day", callback=digest_date, help="Day of the digest (YYYY-MM-DD, default today).")
@format_option(
    ["html", "text", "markdown", "json", "atom", "ics"],
    "html",
    "html (email-safe), text, markdown, json, atom (one entry per change) or ics (calendar of upcoming dates).",
)
@config_option
def digest(day, fmt, config_file):
    """Write the digest of changes first seen on a day; prints the file's path."""
    from digest.output import entry_options, write_digest

    config, store = open_configured(config_file)
    options = entry_options(config.digest)
    click.echo(write_digest(store, day or date.today(), config.digest.output_dir, fmt, options))


@main.command()
@click.argument("email")
@click.option("--hs", "prefixes", multiple=True, help="Product area: HS chapter, heading or code prefix (repeatable).")
@click.option("--jurisdiction", "jurisdictions", multiple=True, help="US, EU, GB, CA... (repeatable).")
@click.option("--measure", "measures", multiple=True, help="Measure type, e.g. anti_dumping (repeatable).")
@click.option("--frequency", default="daily", show_default=True, help="daily or weekly (on digest.weekly_on).")
@click.option("--channel", "channels", multiple=True, help="Apprise URL: slack://, msteams://, json://, ntfy:// ...")
@click.option("--no-email", is_flag=True, help="Only the --channel targets, no e-mail.")
@click.option("--catalogue", type=click.Path(exists=True, dir_okay=False), help="CSV of your products: code, name.")
@config_option
def subscribe(email, prefixes, jurisdictions, measures, frequency, channels, no_email, catalogue, config_file):
    """Subscribe EMAIL to digests of its product areas (no filter: everything).

    Added from the command line by the operator, the subscription is active at once; the web
    form sends a confirmation e-mail first (double opt-in)."""
    from pathlib import Path

    from digest.catalogue import parse_catalogue
    from digest.channels import normalise_channel
    from digest.subscriptions import (
        normalise_email,
        normalise_frequency,
        normalise_jurisdiction,
        normalise_measure,
        normalise_prefix,
    )

    address = normalise_email(email)
    fields = (
        [normalise_prefix(p) for p in prefixes],
        [normalise_jurisdiction(j) for j in jurisdictions],
        [normalise_measure(m) for m in measures],
    )
    options = {
        "frequency": normalise_frequency(frequency),
        "channels": [normalise_channel(c) for c in channels],
        "email_digest": not no_email,
    }
    products = parse_catalogue(Path(catalogue).read_bytes(), catalogue) if catalogue else None
    if no_email and not options["channels"]:
        raise InputError("--no-email needs at least one --channel")
    config, store = open_configured(config_file)
    with store.transaction():
        outcome = store.subscribe(address, *fields, **options)
        if products is not None:
            store.set_products(store.subscription_by_email(address)["id"], products)
    extra = f" with {len(products)} products" if products else ""
    click.echo(f"{outcome}: {address}{extra}")


@main.command()
@click.argument("email")
@config_option
def unsubscribe(email, config_file):
    """Stop sending digests to EMAIL."""
    from digest.subscriptions import normalise_email

    address = normalise_email(email)
    config, store = open_configured(config_file)
    if not store.unsubscribe(address):
        raise TariffwatchError(f"{address} has no active subscription")
    click.echo(f"unsubscribed: {address}")


@main.command()
@config_option
@json_option
def subscriptions(config_file, as_json):
    """List subscriptions with their product areas, filters and status."""
    config, store = open_configured(config_file)
    rows = store.subscriptions()
    if as_json:
        print_json(rows)
        return
    click.echo(f"{'email':<36} {'status':<12} {'every':<7} filters")
    for row in rows:
        click.echo(
            f"{row['email']:<36} {row['status']:<12} {row['frequency']:<7} hs={','.join(row['hs_prefixes']) or '*'} "
            f"jurisdiction={','.join(row['jurisdictions']) or '*'} measure={','.join(row['measures']) or '*'} "
            f"products={len(row['products'])} channels={len(row['channels'])}"
            + ("" if row["email_digest"] else " no-email")
        )


@main.command()
@click.option("--date", "day", callback=digest_date, help="Digest day (default today).")
@click.option("--dry-run", is_flag=True, help="Write .eml files to digest.outbox_dir instead of sending.")
@config_option
@json_option
def send(day, dry_run, config_file, as_json):
    """E-mail each subscriber the changes that match; never twice for one day."""
    config, store = open_configured(config_file)
    with exclusive_run(config, store, "send"):
        report = run_send(config, store, day or date.today(), dry_run)
    if as_json:
        print_json(vars(report))
    else:
        print_send_report(report, day or date.today(), dry_run)
    sys.exit(1 if report.failed or report.channels_failed else 0)


def run_send(config: Config, store: Store, day: date, dry_run: bool):
    from digest.sender import send_digests

    return send_digests(config, store, day, dry_run)


def print_send_report(report, day: date, dry_run: bool) -> None:
    outbox = f", {len(report.written)} written to the outbox" if dry_run else ""
    click.echo(
        f"send {day}: {report.sent} sent, {report.already_done} already done, "
        f"{report.nothing_matched} with nothing matching, {report.failed} failed (retried next run), "
        f"{report.rejected} rejected (paused), {report.not_due} weekly not due{outbox}"
    )
    if report.channels_sent or report.channels_failed:
        click.echo(f"channels: {report.channels_sent} sent, {report.channels_failed} failed (retried next run)")
    if report.retried:
        click.echo(
            f"warning: {report.retried} deliveries interrupted by an earlier run were sent again with their Message-ID",
            err=True,
        )
    if report.uncertain:
        click.echo(
            f"warning: {report.uncertain} deliveries were interrupted mid-send earlier; not re-sent "
            "(digest.delivery: at_most_once)",
            err=True,
        )
    for error in report.errors[:20]:
        click.echo(f"warning: {error}", err=True)
