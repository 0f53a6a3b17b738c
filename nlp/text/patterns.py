"""Helpers for the pattern data files."""

from __future__ import annotations


def spaces_match_any_whitespace(pattern: str) -> str:
    """A space in a data-file pattern matches any run of whitespace (texts are hard-wrapped),
    except inside a character class."""
    out, in_class, escaped = [], False, False
    for char in pattern:
        if escaped:
            out.append(char)
            escaped = False
        elif char == "\\":
            out.append(char)
            escaped = True
        elif char == "[":
            in_class = True
            out.append(char)
        elif char == "]":
            in_class = False
            out.append(char)
        elif char == " " and not in_class:
            out.append(r"\s+")
        else:
            out.append(char)
    return "".join(out)
