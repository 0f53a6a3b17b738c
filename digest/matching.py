"""Which changes a subscriber gets: product area at any level, then jurisdiction and measure.

A prefix matches a code when either starts with the other: a subscriber to `72` gets
`7208 51 20`, and a subscriber to `720851` gets a change naming `Chapter 72` or heading `7208`.
A range (`headings 7208 to 7212`) matches every prefix inside it, both ends included; a generic
range over most of the nomenclature ("chapters 1 through 97") names no goods and matches nothing. Areas
inferred from product words match the same way, so a chapter-72 subscriber gets a steel notice
that lists no code. Only the codes of the goods a change acts on match when it has any (not
the inputs its dumping margin valued, nor codes its recitals cite). A catalogue's product codes
are prefixes too, and each match names the subscriber's own product. Codes in any Unicode
digits are compared as ASCII digits.
"""

from __future__ import annotations

from digest.areas import chapters_of, inferred_chapters
from nlp.areas.infer import is_generic_range, placing_codes
from tariffwatch.codes import ascii_digits

SAME_JURISDICTION = {"UK": "GB"}  # sources and sidecars write either


def prefix_matches_code(prefix: str, code: str) -> bool:
    code = ascii_digits(code)
    return code.startswith(prefix) or prefix.startswith(code)


def prefix_matches_range(prefix: str, low: str, high: str) -> bool:
    low, high = ascii_digits(low), ascii_digits(high)
    if len(prefix) >= max(len(low), len(high)):
        return low <= prefix[: len(low)] and prefix[: len(high)] <= high
    n = len(prefix)
    return low[:n] <= prefix <= high[:n]


def match_keys(change: dict) -> dict:
    """A change's codes and inferred areas as ASCII digits, computed once per change."""
    keys = change.get("_match_keys")
    if keys is None:
        keys = {
            "codes": [
                (ascii_digits(c["code"]), ascii_digits(c["code_to"]) if c.get("code_to") else None)
                for c in placing_codes(change["codes"])
                if not is_generic_range({"code": ascii_digits(c["code"]), "code_to": ascii_digits(c.get("code_to"))})
            ],
            "areas": [ascii_digits(area["code"]) for area in change.get("areas") or []],
        }
        change["_match_keys"] = keys
    return keys


def prefix_matches_codes(prefix: str, change: dict) -> bool:
    for low, high in match_keys(change)["codes"]:
        if high is not None:
            if prefix_matches_range(prefix, low, high):
                return True
        elif low.startswith(prefix) or prefix.startswith(low):
            return True
    return False


def prefix_matches_inferred(prefix: str, change: dict) -> bool:
    return any(code.startswith(prefix) or prefix.startswith(code) for code in match_keys(change)["areas"])


def change_matches_prefix(change: dict, prefix: str) -> bool:
    prefix = ascii_digits(prefix)
    return prefix_matches_codes(prefix, change) or prefix_matches_inferred(prefix, change)


def subscription_prefixes(subscription: dict) -> list[str]:
    """The subscriber's prefixes and catalogue codes as ASCII digits, computed once per subscription."""
    prefixes = subscription.get("_prefixes")
    if prefixes is None:
        products = [ascii_digits(p["code"]) for p in subscription.get("products") or []]
        prefixes = list(dict.fromkeys([ascii_digits(p) for p in subscription["hs_prefixes"]] + products))
        subscription["_prefixes"] = prefixes
    return prefixes


def subscription_matches(subscription: dict, change: dict) -> bool:
    jurisdictions = subscription["jurisdictions"]
    jurisdiction = change.get("jurisdiction") or ""
    if jurisdictions and SAME_JURISDICTION.get(jurisdiction, jurisdiction) not in jurisdictions:
        return False
    measures = subscription["measures"]
    if measures and not set(measures) & set(change.get("measure_types") or []):
        return False
    prefixes = subscription_prefixes(subscription)
    return not prefixes or any(change_matches_prefix(change, prefix) for prefix in prefixes)


def product_notes(subscription: dict, change: dict) -> list[str]:
    """'Affects your 'Hot-rolled coil 2mm' (7208 39 00)' for each catalogue product a change touches."""
    notes = []
    for product in subscription.get("products") or []:
        code = ascii_digits(product["code"])
        label = f"'{product['name']}' ({product.get('as_written') or code})"
        if prefix_matches_codes(code, change):
            notes.append(f"Affects your {label}")
        elif prefix_matches_inferred(code, change):
            notes.append(f"May affect your {label} (area inferred)")
    return notes


def subscriber_area(subscription: dict, change: dict) -> str | None:
    """The chapter to list a change under in this subscriber's digest: their own area first."""
    area = change["area"]
    candidates = [area["primary"]] + [other["chapter"] for other in area["others"]]
    prefixes = subscription_prefixes(subscription)
    for chapter in candidates:
        if chapter and any(p[:2] == chapter for p in prefixes):
            return chapter
    return area["primary"]


class ChangeIndex:
    """Changes indexed by HS chapter (inferred ones too), so matching 10,000 subscribers stays cheap."""

    def __init__(self, changes: list[dict]):
        self.changes = changes
        self.by_chapter: dict[str, list[int]] = {}
        for index, change in enumerate(changes):
            for chapter in set(chapters_of(change)) | set(inferred_chapters(change)):
                self.by_chapter.setdefault(chapter, []).append(index)

    def matching(self, subscription: dict) -> list[dict]:
        prefixes = subscription_prefixes(subscription)
        if prefixes:
            candidates = sorted({i for p in prefixes for i in self.by_chapter.get(p[:2], [])})
            pool = [self.changes[i] for i in candidates]
        else:
            pool = self.changes
        return [change for change in pool if subscription_matches(subscription, change)]
