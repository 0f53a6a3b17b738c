"""Finds source modules in crawler/sources: adding a source never touches this file."""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

import crawler.sources
from crawler.base import Source


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
