"""Phrases a rule file names once and uses in several rules: `phrases: {name: pattern}` at the top of the file,
written `{phrase:name}` inside a rule's pattern."""

from __future__ import annotations

import re

PHRASE = re.compile(r"\{phrase:(\w+)\}")


def with_phrases(data: dict) -> dict:
    """The rule file's data with every `{phrase:name}` replaced by the phrase it names."""
    phrases = data.pop("phrases", None) or {}
    return _filled(data, phrases) if phrases else data


def _filled(value, phrases: dict[str, str]):
    if isinstance(value, str):
        return PHRASE.sub(lambda m: phrases[m.group(1)], value)
    if isinstance(value, dict):
        return {key: _filled(item, phrases) for key, item in value.items()}
    if isinstance(value, list):
        return [_filled(item, phrases) for item in value]
    return value
