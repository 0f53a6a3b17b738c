"""The levels of a tariff code by its number of digits: vocabulary shared by every stage."""

LEVELS = {2: "chapter", 4: "heading", 6: "subheading", 8: "cn8", 10: "national10"}


def level_for(digits: str) -> str:
    return LEVELS.get(len(digits), f"{len(digits)}digit")


def ascii_digits(code: str | None) -> str:
    """A code with any Unicode decimal digits ('７２０８', '٧٢٠٨') written as ASCII digits ('7208')."""
    text = str(code or "")
    if text.isascii():
        return text
    return "".join(str(int(ch)) if ch.isdecimal() else ch for ch in text)
