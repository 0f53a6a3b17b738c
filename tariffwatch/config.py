"""Load and validate config.yaml.

The file is validated by pydantic models. The per-source sections stay plain mappings here:
each source module declares its own settings model and the crawler's registry validates them
(`crawler.registry.source_settings`), so adding a source never touches this file and the spine
depends on no stage. Any problem becomes one ConfigError line naming the key and the reason.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import AnyHttpUrl, BaseModel, ConfigDict, Field, ValidationError, field_validator

from tariffwatch.errors import ConfigError

CONFIG_ENV = "TARIFFWATCH_CONFIG"
DEFAULT_CONFIG = "config.yaml"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class HttpSettings(Strict):
    user_agent: str = "tariffwatch/0.1 (contact: tariffwatch@example.org)"
    timeout_seconds: float = Field(30, gt=0, le=600)
    max_retries: int = Field(3, ge=0, le=10)
    max_response_bytes: int = Field(50 * 1024 * 1024, gt=0)
    max_retry_after_seconds: float = Field(120, ge=0)
    retry_backoff_seconds: float = Field(0.5, ge=0, le=60)  # first wait of the exponential backoff

    @field_validator("user_agent")
    @classmethod
    def _has_contact(cls, value: str) -> str:
        if "@" not in value and "http" not in value:
            raise ValueError("must include a contact address (e-mail or URL)")
        return value


class DigestSettings(Strict):
    output_dir: Path = Path("digests")
    outbox_dir: Path = Path("outbox")  # `send --dry-run` writes .eml files here
    base_url: AnyHttpUrl = "http://127.0.0.1:8000"  # where the web UI is reached: unsubscribe links, feed
    send_empty: bool = False  # e-mail subscribers on days when nothing matches
    signing_key_env: str = "TARIFFWATCH_SIGNING_KEY"  # environment variable with the unsubscribe-token secret
    older_after_days: int = Field(30, ge=1, le=3650)  # published this long before first seen: "older documents"
    catch_up_days: int = Field(7, ge=1, le=90)  # a change seen this recently and not yet sent goes in the next send
    weekly_on: Literal["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] = "monday"
    delivery: Literal["at_least_once", "at_most_once"] = "at_least_once"  # after a crash mid-send: retry or not


class SmtpSettings(Strict):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    host: str = "localhost"
    port: int = Field(25, gt=0, lt=65536)
    from_: str = Field("tariffwatch <tariffwatch@localhost>", alias="from")
    starttls: bool = False
    ssl: bool = False
    username: str | None = None
    password_env: str | None = "TARIFFWATCH_SMTP_PASSWORD"

    @field_validator("password_env")
    @classmethod
    def _is_env_name(cls, value: str | None) -> str | None:
        if value is not None and not value.replace("_", "").isalnum():
            raise ValueError("must be the name of an environment variable, not a password")
        return value


class NlpSettings(Strict):
    embeddings: bool = True  # vectors for search and de-duplication; measure types where rules are unsure
    batch_size: int = Field(32, ge=1, le=1024)
    duplicate_threshold: float = Field(0.97, gt=0, le=1)
    workers: int | None = Field(None, ge=1, le=4096)  # extraction processes; None: the machine's cores
    documents_per_batch: int = Field(32, ge=1, le=500)  # sent to a worker and saved in one transaction


class NomenclatureSettings(Strict):
    """Official downloads for `tariffwatch nomenclature sync` (override to point at a mirror)."""

    hs_url: AnyHttpUrl = "https://comtradeapi.un.org/files/v1/app/reference/HS.json"
    us_hts_url: AnyHttpUrl = "https://hts.usitc.gov/reststop/exportList?from=0100&to=9999&format=JSON&styles=false"


class RunSettings(Strict):
    """One run at a time: how long a run waits for the one holding the store before giving up (exit 2)."""

    lock_wait_seconds: float = Field(60, ge=0, le=86_400)


class RawConfig(Strict):
    database: Path = Path("tariffwatch.db")
    http: HttpSettings = HttpSettings()
    sources: dict[str, dict[str, Any] | None] = {}
    nlp: NlpSettings = NlpSettings()
    nomenclature: NomenclatureSettings = NomenclatureSettings()
    digest: DigestSettings = DigestSettings()
    smtp: SmtpSettings = SmtpSettings()
    runs: RunSettings = RunSettings()


class Config:
    """Validated configuration with paths resolved against the config file's folder."""

    def __init__(self, raw: RawConfig, path: Path):
        self.path = path
        self.root = path.parent
        self.database = self.resolve(raw.database)
        self.http = raw.http
        self.sources = raw.sources  # name -> raw settings; typed by the crawler's registry
        self.nlp = raw.nlp
        self.nomenclature = raw.nomenclature
        self.digest = raw.digest
        self.digest.output_dir = self.resolve(raw.digest.output_dir)
        self.digest.outbox_dir = self.resolve(raw.digest.outbox_dir)
        self.smtp = raw.smtp
        self.runs = raw.runs

    def resolve(self, value: Path) -> Path:
        """A path from the config file, relative to the file's folder."""
        return value if value.is_absolute() else (self.root / value)


def config_path(explicit: str | os.PathLike | None) -> Path:
    """The config file to use: --config, then $TARIFFWATCH_CONFIG, then ./config.yaml."""
    return Path(explicit or os.environ.get(CONFIG_ENV) or DEFAULT_CONFIG)


def load_config(explicit: str | os.PathLike | None = None) -> Config:
    path = config_path(explicit)
    data = _read_yaml(path)
    raw = validate_section(RawConfig, data, path, prefix="")
    database = raw.database if raw.database.is_absolute() else path.parent / raw.database
    if not database.parent.is_dir():
        raise ConfigError(f"{path}: database: folder {database.parent} does not exist")
    return Config(raw, path.resolve())


def _read_yaml(path: Path) -> dict:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{path}: config file not found") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config file ({exc.strerror})") from None
    except UnicodeDecodeError as exc:
        line = exc.object[: exc.start].count(b"\n") + 1
        raise ConfigError(f"{path}: not UTF-8 text (byte 0x{exc.object[exc.start]:02x} on line {line})") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise ConfigError(f"{path}: not valid YAML{where}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: top level must be a mapping of settings")
    return data


def validate_section(model: type[BaseModel], data: Any, path: Path, prefix: str) -> Any:
    """`data` validated by `model`, or one ConfigError line naming the key under `prefix`."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(f"{path}: {describe_validation_error(exc, prefix)}") from None


def describe_validation_error(exc: ValidationError, prefix: str = "") -> str:
    """The first problem as 'dotted.key: reason'."""
    error = exc.errors()[0]
    parts = (prefix.split(".") if prefix else []) + [str(part) for part in error["loc"]]
    key = ".".join(parts)
    reason = error["msg"].removeprefix("Value error, ")
    if error["type"] == "extra_forbidden":
        reason = "unknown key"
    return f"{key}: {reason}"
