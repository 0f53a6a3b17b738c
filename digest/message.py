"""One subscriber's digest as a multipart e-mail (text and HTML) with RFC 8058 unsubscribe headers."""

from __future__ import annotations

import hashlib
from email import policy
from email.message import EmailMessage
from email.utils import formatdate, make_msgid, parseaddr
from urllib.parse import urlencode

from digest.render import DigestRenderer
from digest.words import measure_words

# Headers are never folded into RFC 2047 encoded words: List-Unsubscribe must stay a plain <URL>
# (RFC 2369/8058); 998 is RFC 5322's hard line limit. Long body lines get quoted-printable.
MAIL_POLICY = policy.default.clone(max_line_length=998)


def sender_domain(sender: str) -> str:
    """The domain of the configured From address: Message-IDs are made under it."""
    return parseaddr(sender)[1].rpartition("@")[2] or "tariffwatch.invalid"


def message_id(subscription_id: int, day: str, sender: str) -> str:
    """Stable per subscriber and day, so a retried delivery carries the same Message-ID."""
    domain = sender_domain(sender)
    digest = hashlib.sha256(f"{subscription_id}:{day}".encode()).hexdigest()[:16]
    return f"<digest.{day}.{subscription_id}.{digest}@{domain}>"


def subscriber_links(base_url: str, token: str) -> dict[str, str]:
    base = base_url.rstrip("/")
    query = urlencode({"token": token})
    return {
        "unsubscribe_url": f"{base}/unsubscribe?{query}",
        "manage_url": f"{base}/subscription?{query}",
        "feed_url": f"{base}/feeds/{token}.atom",
        "calendar_url": f"{base}/feeds/{token}.ics",
    }


def follows(subscription: dict) -> str:
    """'product areas 72, 7308; jurisdictions EU; measures anti-dumping duty; your 3 products'."""
    parts = []
    if subscription["hs_prefixes"]:
        parts.append("product areas " + ", ".join(subscription["hs_prefixes"]))
    if subscription.get("products"):
        count = len(subscription["products"])
        parts.append(f"your catalogue of {count} product{'s' if count != 1 else ''}")
    if not parts:
        parts.append("every product area")
    if subscription["jurisdictions"]:
        parts.append("jurisdictions " + ", ".join(subscription["jurisdictions"]))
    if subscription["measures"]:
        parts.append("measures " + ", ".join(measure_words(subscription["measures"])))
    return "; ".join(parts)


def build_message(
    subscription: dict,
    data: dict,
    renderer: DigestRenderer,
    sender: str,
    base_url: str,
    token: str,
    message_id_value: str | None = None,
    period_label: str | None = None,
) -> EmailMessage:
    day, count = data["date"], len(data["changes"])
    links = subscriber_links(base_url, token)
    subscriber = {
        "email": subscription["email"],
        "frequency": subscription.get("frequency") or "daily",
        "follows": follows(subscription),
        **links,
    }
    message = EmailMessage(policy=MAIL_POLICY)
    kind = "weekly digest" if subscriber["frequency"] == "weekly" else "digest"
    message["Subject"] = f"tariffwatch {kind} {day}: {count} change{'s' if count != 1 else ''} in your product areas"
    message["From"] = sender
    message["To"] = subscription["email"]
    message["Date"] = formatdate(usegmt=True)
    message["Message-ID"] = message_id_value or message_id(subscription["id"], day, sender)
    message["List-Id"] = "tariffwatch daily digest <digest.tariffwatch>"
    message["List-Unsubscribe"] = f"<{links['unsubscribe_url']}>"
    message["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    message["Auto-Submitted"] = "auto-generated"
    extra = {"subscriber": subscriber, "period_label": period_label}
    message.set_content(renderer.render(data, "text", **extra))
    message.add_alternative(renderer.render(data, "html", **extra), subtype="html")
    return message


def confirmation_message(email: str, sender: str, confirm_url: str, request: dict) -> EmailMessage:
    """The double opt-in e-mail: nothing is sent to the address until its owner follows the link."""
    message = EmailMessage(policy=MAIL_POLICY)
    message["Subject"] = "Confirm your tariffwatch subscription"
    message["From"] = sender
    message["To"] = email
    message["Date"] = formatdate(usegmt=True)
    message["Message-ID"] = make_msgid("confirm", domain=sender_domain(sender))  # RFC 5322 3.6.4: each is new
    message["Auto-Submitted"] = "auto-generated"
    areas = ", ".join(request.get("hs_prefixes") or []) or "every product area"
    message.set_content(
        f"Someone (we hope you) asked to receive tariffwatch {request.get('frequency', 'daily')} digests at {email}\n"
        f"for {areas}.\n\nTo confirm, open this link:\n{confirm_url}\n\n"
        "If you did not ask for this, ignore this message: nothing will be sent.\n"
    )
    return message
