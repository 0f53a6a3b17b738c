"""Other channels than e-mail (Slack, Microsoft Teams, webhooks, ntfy) through Apprise."""

from __future__ import annotations

import hashlib
import logging

import apprise

from tariffwatch.errors import InputError

SCHEMES = ("slack", "msteams", "workflow", "workflows", "json", "jsons", "form", "forms", "ntfy", "ntfys")
MAX_ENTRIES = 25  # chat messages stay short: the rest is one link away


def normalise_channel(url: str) -> str:
    """An Apprise URL for one of the supported services; InputError naming what is wrong."""
    text = url.strip()
    scheme = text.partition("://")[0].lower()
    if scheme not in SCHEMES or not apprise.Apprise().add(text):
        raise InputError(
            f"--channel {_redacted(text)!r}: give an Apprise URL for Slack (slack://), Teams (msteams:// or "
            "workflows://), a webhook (json:// or jsons://) or ntfy (ntfy:// or ntfys://)"
        )
    return text


def channel_key(url: str) -> str:
    """The delivery log's name for a channel: no secret tokens from the URL are stored in it."""
    return "apprise:" + hashlib.sha256(url.encode()).hexdigest()[:16]


def notify(url: str, title: str, body: str) -> str | None:
    """Send one notification; None when the service accepted it, else a one-line reason."""
    service = apprise.Apprise()
    if not service.add(url):
        return f"{_redacted(url)}: not a supported notification URL"
    with apprise.LogCapture(level=logging.WARNING) as log:
        ok = service.notify(title=title, body=body, body_format=apprise.NotifyFormat.MARKDOWN)
    if ok:
        return None
    lines = [line.strip() for line in log.getvalue().splitlines() if line.strip()]
    return f"{_redacted(url)}: " + (lines[-1] if lines else "the service did not accept the notification")


def channel_body(data: dict, digest_url: str, notes: dict[int, list[str]]) -> str:
    """A short Markdown list: title (linked), jurisdiction, measures, key dates, and the subscriber's products."""
    lines = []
    for change in data["changes"][:MAX_ENTRIES]:
        facts = [change.get("jurisdiction") or "?", ", ".join(change["measures"])]
        facts += [f"{d['label']} {d['date']}" for d in change["key_dates"][:2]]
        line = f"- [{change['display_title'][:140]}]({change['link']}): " + " · ".join(f for f in facts if f)
        lines.append(line + "".join(f" — {note}" for note in notes.get(change["id"], [])))
    if len(data["changes"]) > MAX_ENTRIES:
        lines.append(f"- and {len(data['changes']) - MAX_ENTRIES} more: {digest_url}")
    return "\n".join(lines)


def _redacted(url: str) -> str:
    scheme, _, rest = url.partition("://")
    host = rest.split("/", 1)[0].rsplit("@", 1)[-1]
    return f"{scheme}://{host}/…" if rest else url
