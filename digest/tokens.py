"""Signed links (itsdangerous) and the secret that signs them.

A subscriber token names the subscription and its generation: it unsubscribes, opens the
page that changes what the subscriber follows, and opens their private feed and calendar.
Re-subscribing after an unsubscribe starts a new generation, so older links stop working.
A confirmation token names one subscription request (double opt-in).

The secret comes from the environment variable when it is set; otherwise from a key file beside
the database (`tariffwatch.db.signing-key`), generated on first use with owner-only permissions.
Sending, dry runs and the web app then work without any set-up, and links keep working across
runs because every process reads the same file.
"""

from __future__ import annotations

import os
import secrets
import stat
from pathlib import Path

from itsdangerous import BadSignature, URLSafeSerializer

from tariffwatch.errors import ConfigError, TariffwatchError

SALT = "tariffwatch-unsubscribe"
CONFIRM_SALT = "tariffwatch-confirm"
MIN_LENGTH = 16


def key_path(database: str | Path) -> Path:
    return Path(f"{database}.signing-key")


def signing_secret(env_name: str, database: str | Path) -> str:
    """The environment's secret if set, else the key file's (created now if there is none)."""
    secret = os.environ.get(env_name, "")
    if secret:
        if len(secret) < MIN_LENGTH:
            raise ConfigError(
                f"environment variable {env_name} holds the unsubscribe signing key and must have at least "
                f"{MIN_LENGTH} characters; unset it to use a generated key file instead"
            )
        return secret
    path = key_path(database)
    if not path.exists():
        _create_key_file(path)
    return _read_key_file(path)


def _create_key_file(path: Path) -> None:
    """Write a new random key into a private temporary file, then link it into place: a process
    racing us either wins (we read its key) or loses (it reads ours); nobody sees a half-written file."""
    partial = path.with_name(f"{path.name}.{os.getpid()}.part")
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(descriptor, "w", encoding="ascii") as handle:
            handle.write(secrets.token_urlsafe(48) + "\n")
        os.link(partial, path)
    except FileExistsError:
        pass
    except OSError as exc:
        raise ConfigError(f"cannot create the signing key file {path}: {exc.strerror}") from None
    finally:
        partial.unlink(missing_ok=True)


def _read_key_file(path: Path) -> str:
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
        secret = path.read_text("ascii").strip()
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read the signing key file {path}: {exc}") from None
    if mode & 0o077:
        raise ConfigError(f"signing key file {path} is readable by others (mode {mode:o}); run chmod 600 on it")
    if len(secret) < MIN_LENGTH:
        raise ConfigError(f"signing key file {path} holds fewer than {MIN_LENGTH} characters; delete it")
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
