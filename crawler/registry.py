"""Finds source modules in crawler/sources and types their settings: adding a source never touches this file.

The config file keeps each `sources.<name>` section as a plain mapping; the source's own
`Settings` model validates it here, when the crawler loads its sources.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache
from pathlib import Path

import crawler.sources
from crawler.base import Source, SourceSettings
from tariffwatch.config import Config, validate_section
from tariffwatch.errors import ConfigError


@cache
def source_classes() -> dict[str, type[Source]]:
    """name -> Source class, one per module in crawler.sources (the module name is the source name)."""
    found = {}
    for module_info in pkgutil.iter_modules(crawler.sources.__path__):
        module = importlib.import_module(f"crawler.sources.{module_info.name}")
        source = getattr(module, "SOURCE", None)
        if source is not None:
            found[module_info.name] = source
    return found


def source_settings(config: Config) -> dict[str, SourceSettings]:
    """Each configured source's section validated by its own Settings model (one ConfigError line otherwise)."""
    known = source_classes()
    validated = {}
    for name, section in config.sources.items():
        if name not in known:
            raise ConfigError(f"{config.path}: sources.{name}: unknown source (known: {', '.join(sorted(known))})")
        settings = validate_section(known[name].Settings, section or {}, config.path, prefix=f"sources.{name}")
        _resolve_folder(settings, config, f"sources.{name}")
        validated[name] = settings
    return validated


def _resolve_folder(settings: SourceSettings, config: Config, prefix: str) -> None:
    """Folder settings (Path fields named 'path') must exist: a typo should not look like an empty inbox."""
    folder = getattr(settings, "path", None)
    if isinstance(folder, Path):
        resolved = config.resolve(folder)
        if not resolved.is_dir():
            raise ConfigError(f"{config.path}: {prefix}.path: folder {resolved} does not exist")
        settings.path = resolved
