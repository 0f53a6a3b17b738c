"""Bot-challenge pages served instead of content (AWS WAF, Cloudflare).

EUR-Lex's legal-content pages answer non-browser clients with an AWS WAF JavaScript challenge
(HTTP 202, `gokuProps`, `challenge.js`). Such a page is never a document: the HTTP layer refuses
it in one line wherever it appears, so no source can store it or parse it as a feed or an act.
"""

from __future__ import annotations

# Markers that appear only in the challenge interstitials, never in official texts.
MARKERS = {
    b"gokuprops": "AWS WAF",
    b"awswafintegration": "AWS WAF",
    b"token.awswaf.com": "AWS WAF",
    b"cf-chl-": "Cloudflare",
    b"challenges.cloudflare.com": "Cloudflare",
}
# A challenge page is small; a large document quoting a marker is not one.
MAX_CHALLENGE_BYTES = 64 * 1024


def challenge_vendor(content: bytes) -> str | None:
    """The vendor whose bot challenge `content` is, or None for an ordinary body."""
    if len(content) > MAX_CHALLENGE_BYTES:
        return None
    head = content.lower()
    for marker, vendor in MARKERS.items():
        if marker in head:
            return vendor
    return None
