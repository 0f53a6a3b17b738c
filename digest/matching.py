"""Which changes a subscriber gets: product area at any level, then jurisdiction and measure.

A prefix matches a code when either starts with the other: a subscriber to `72` gets
`7208 51 20`, and a subscriber to `720851` gets a change naming `Chapter 72` or heading `7208`.
A range (`headings 7208 to 7212`) matches every prefix that falls inside or around it.
"""

from __future__ import annotations

from digest.build import chapters_of


def prefix_matches_code(prefix: str, code: str) -> bool:
    return code.startswith(prefix) or prefix.startswith(code)


def prefix_matches_range(prefix: str, low: str, high: str) -> bool:
    width = len(low)
    if len(prefix) >= width:
        return low <= prefix[:width] <= high
    return low[: len(prefix)] <= prefix <= high[: len(prefix)]


def change_matches_prefix(change: dict, prefix: str) -> bool:
    for code in change["codes"]:
        if code.get("code_to"):
            if prefix_matches_range(prefix, code["code"], code["code_to"]):
                return True
        elif prefix_matches_code(prefix, code["code"]):
            return True
    return False


def subscription_matches(subscription: dict, change: dict) -> bool:
    prefixes = subscription["hs_prefixes"]
    if prefixes and not any(change_matches_prefix(change, prefix) for prefix in prefixes):
        return False
    jurisdictions = subscription["jurisdictions"]
    if jurisdictions and (change.get("jurisdiction") or "") not in jurisdictions:
        return False
    measures = subscription["measures"]
    if measures and not set(measures) & set(change.get("measure_types") or []):
        return False
    return True


class ChangeIndex:
    """Changes indexed by HS chapter, so matching 10,000 subscribers stays cheap."""

    def __init__(self, changes: list[dict]):
        self.changes = changes
        self.by_chapter: dict[str, list[int]] = {}
        for index, change in enumerate(changes):
            for chapter in chapters_of(change):
                self.by_chapter.setdefault(chapter, []).append(index)

    def matching(self, subscription: dict) -> list[dict]:
        prefixes = subscription["hs_prefixes"]
        if prefixes:
            candidates = sorted({i for p in prefixes for i in self.by_chapter.get(p[:2], [])})
            pool = [self.changes[i] for i in candidates]
        else:
            pool = self.changes
        return [change for change in pool if subscription_matches(subscription, change)]
