"""Countries as a summary names them: short names ('China', 'the UK'), 'the' before plurals and unions of states,
and a count past five. Split from nlp/summary/builder.py."""

from nlp.countries.display import display_name
from nlp.text.patterns import guarded

MAX_NAMED_COUNTRIES = 5
SHORT_NAMES = {
    "CN": "China",
    "RU": "Russia",
    "KR": "South Korea",
    "US": "the United States",
    "GB": "the UK",
    "PH": "the Philippines",
    "EU": "the EU",
}


def country_list(codes: list[str]) -> str:
    if len(codes) > MAX_NAMED_COUNTRIES:
        return f"{len(codes)} countries"
    shown = [country_name(code) for code in codes]
    return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " and " + shown[-1]


def country_name(code: str) -> str:
    """'China', 'the Faroe Islands', 'the Netherlands': a plural or a union of states takes 'the'."""
    name = SHORT_NAMES.get(code) or display_name(code)
    return f"the {name}" if TAKES_THE.search(name) and not name.startswith("the ") else name


TAKES_THE = guarded(r"^(?:United|Netherlands|Philippines|Bahamas|Gambia|Maldives)\b|\b(?:Islands|Republic|Emirates)$")
