"""What the pipeline extracts from a passage, one fact at a time, in the shape the class tests compare."""

from nlp.countries.jurisdiction import implementing_jurisdiction
from nlp.pipeline import analyse


def dates(text: str) -> list[tuple[str, str]]:
    return sorted((mention.type, mention.date) for mention in analyse(text)._.dates)


def measures(text: str) -> list[str]:
    return sorted(mention.type for mention in analyse(text)._.measures)


def rates(text: str) -> list[tuple[float, str, str | None]]:
    return [(rate.value, rate.unit, rate.applies_to) for rate in analyse(text)._.rates]


def affected(text: str) -> list[str]:
    return sorted(analyse(text)._.countries["affected"])


def title(text: str) -> str | None:
    found = analyse(text)._.official_title
    return found.text if found else None


def identifier(text: str) -> str | None:
    found = analyse(text)._.identifier
    return found.text if found else None


def jurisdiction(text: str) -> list[str]:
    return [mention.code for mention in implementing_jurisdiction(text)]
