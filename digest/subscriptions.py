"""Validating what a subscriber asks for: address, product areas, jurisdictions, measure types."""

from __future__ import annotations

import re

from email_validator import EmailNotValidError, validate_email

from digest.words import MEASURE_WORDS
from tariffwatch.codes import ascii_digits
from tariffwatch.errors import InputError

# a two-letter code, or EAEU: the Eurasian Economic Union acts for its members and has no ISO code
JURISDICTION = re.compile(r"^(?:[A-Z]{2}|EAEU)$")
FREQUENCIES = ("daily", "weekly")
# Both the measure vocabulary of the extractor and the labelled one are accepted, so
# subscriptions keep working while extraction moves from one to the other.
MEASURE_TYPES = tuple(MEASURE_WORDS)


def normalise_email(email: str) -> str:
    try:
        return validate_email(email, check_deliverability=False).normalized
    except EmailNotValidError as exc:
        raise InputError(f"{email!r} is not a valid e-mail address: {exc}") from None


def normalise_prefix(prefix: str) -> str:
    """'7208 51', '7208.51', 'ex 7208' -> '720851' / '7208'; chapters keep two digits ('7' is refused)."""
    digits = re.sub(r"[\s.\u00a0]|^ex", "", ascii_digits(prefix.strip()), flags=re.I)
    if not digits.isdigit() or not 2 <= len(digits) <= 10:
        raise InputError(f"--hs {prefix!r}: give 2 to 10 digits of an HS/CN/HTS code (e.g. 72, 7208, 7208 51 20)")
    return digits


def normalise_jurisdiction(value: str) -> str:
    code = value.strip().upper()
    if code == "UK":
        code = "GB"
    if not JURISDICTION.match(code):
        raise InputError(f"--jurisdiction {value!r}: give a two-letter code such as US, EU, GB, CA")
    return code


def normalise_measure(value: str) -> str:
    measure = value.strip().lower().replace("-", "_").replace(" ", "_")
    if measure not in MEASURE_TYPES:
        raise InputError(f"--measure {value!r}: one of {', '.join(MEASURE_TYPES)}")
    return measure


def normalise_frequency(value: str) -> str:
    frequency = value.strip().lower()
    if frequency not in FREQUENCIES:
        raise InputError(f"--frequency {value!r}: one of {', '.join(FREQUENCIES)}")
    return frequency


def split_list(value: str) -> list[str]:
    """'EU, US; GB' -> ['EU', 'US', 'GB'] (web forms take comma- or semicolon-separated lists)."""
    return [part.strip() for part in value.replace(";", ",").split(",") if part.strip()]
