"""Signed links (itsdangerous): the secret comes from the environment only.

A subscriber token names the subscription and its generation: it unsubscribes, opens the
page that changes what the subscriber follows, and opens their private feed and calendar.
Re-subscribing after an unsubscribe starts a new generation, so older links stop working.
A confirmation token names one subscription request (double opt-in).
"""

from __future__ import annotations

import os

from itsdangerous import BadSignature, URLSafeSerializer

from tariffwatch.errors import TariffwatchError

SALT = "tariffwatch-unsubscribe"
CONFIRM_SALT = "tariffwatch-confirm"


def signing_secret(env_name: str) -> str:
    secret = os.environ.get(env_name, "")
    if len(secret) < 16:
        raise TariffwatchError(
            f"environment variable {env_name} must hold the unsubscribe signing key "
            f"(at least 16 characters); it is {'too short' if secret else 'not set'}"
        )
    return secret


def make_token(secret: str, subscription_id: int, email: str, generation: int = 1) -> str:
    return URLSafeSerializer(secret, salt=SALT).dumps({"s": subscription_id, "e": email, "g": generation})


def read_token(secret: str, token: str) -> tuple[int, str, int]:
    """(subscription id, email, generation) of a valid token; TariffwatchError for a forged or broken one."""
    try:
        data = URLSafeSerializer(secret, salt=SALT).loads(token)
        return int(data["s"]), str(data["e"]), int(data.get("g", 1))
    except (BadSignature, KeyError, TypeError, ValueError, AttributeError):
        raise TariffwatchError("invalid or tampered unsubscribe token") from None


def make_confirm_token(secret: str, request_id: int, email: str) -> str:
    return URLSafeSerializer(secret, salt=CONFIRM_SALT).dumps({"r": request_id, "e": email})


def read_confirm_token(secret: str, token: str) -> tuple[int, str]:
    try:
        data = URLSafeSerializer(secret, salt=CONFIRM_SALT).loads(token)
        return int(data["r"]), str(data["e"])
    except (BadSignature, KeyError, TypeError, ValueError, AttributeError):
        raise TariffwatchError("invalid or tampered confirmation link") from None
