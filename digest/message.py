"""One subscriber's digest as a multipart e-mail (text and HTML) with RFC 8058 unsubscribe headers."""

from __future__ import annotations

import hashlib
from email.message import EmailMessage
from email.utils import formatdate, parseaddr
from urllib.parse import urlencode

from digest.render import DigestRenderer


def message_id(subscription_id: int, day: str, sender: str) -> str:
    """Stable per subscriber and day, so a retried delivery carries the same Message-ID."""
    domain = parseaddr(sender)[1].rpartition("@")[2] or "tariffwatch.invalid"
    digest = hashlib.sha256(f"{subscription_id}:{day}".encode()).hexdigest()[:16]
    return f"<digest.{day}.{subscription_id}.{digest}@{domain}>"


def build_message(
    subscription: dict, data: dict, renderer: DigestRenderer, sender: str, unsubscribe_base: str, token: str
) -> EmailMessage:
    day, count = data["date"], len(data["changes"])
    unsubscribe_url = f"{unsubscribe_base.rstrip('/')}/unsubscribe?{urlencode({'token': token})}"
    personal = {"recipient": subscription["email"], "unsubscribe_url": unsubscribe_url}
    message = EmailMessage()
    message["Subject"] = f"tariffwatch digest {day}: {count} change{'s' if count != 1 else ''} in your product areas"
    message["From"] = sender
    message["To"] = subscription["email"]
    message["Date"] = formatdate(usegmt=True)
    message["Message-ID"] = message_id(subscription["id"], day, sender)
    message["List-Id"] = "tariffwatch daily digest <digest.tariffwatch>"
    message["List-Unsubscribe"] = f"<{unsubscribe_url}>"
    message["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    message["Auto-Submitted"] = "auto-generated"
    message.set_content(renderer.render(data, "text", **personal))
    message.add_alternative(renderer.render(data, "html", **personal), subtype="html")
    return message
