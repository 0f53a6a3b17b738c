"""Signed unsubscribe tokens (itsdangerous): the secret comes from the environment only."""

from __future__ import annotations

import os

from itsdangerous import BadSignature, URLSafeSerializer

from tariffwatch.errors import TariffwatchError

SALT = "tariffwatch-unsubscribe"


def signing_secret(env_name: str) -> str:
    secret = os.environ.get(env_name, "")
    if len(secret) < 16:
        raise TariffwatchError(
            f"environment variable {env_name} must hold the unsubscribe signing key "
            f"(at least 16 characters); it is {'too short' if secret else 'not set'}"
        )
    return secret


def make_token(secret: str, subscription_id: int, email: str) -> str:
    return URLSafeSerializer(secret, salt=SALT).dumps({"s": subscription_id, "e": email})


def read_token(secret: str, token: str) -> tuple[int, str]:
    """(subscription id, email) of a valid token; TariffwatchError for a forged or broken one."""
    try:
        data = URLSafeSerializer(secret, salt=SALT).loads(token)
        return int(data["s"]), str(data["e"])
    except (BadSignature, KeyError, TypeError, ValueError):
        raise TariffwatchError("invalid or tampered unsubscribe token") from None
