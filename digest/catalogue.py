"""A catalogue subscription: the subscriber's own product list as CSV (code in any notation, name).

Accepted: a header row or none; comma, semicolon or tab separated; codes as `7208 39 00`,
`7208.39.00`, `72083900`, `ex 7208` or in other Unicode digits. Each problem is one line
naming the row.
"""

from __future__ import annotations

import csv
import io

from digest.subscriptions import normalise_prefix
from tariffwatch.errors import InputError

MAX_PRODUCTS = 5000
MAX_BYTES = 2 * 1024 * 1024
HEADER_WORDS = ("code", "hs", "cn", "hts", "commodity", "tariff")


def parse_catalogue(content: bytes | str, name: str = "catalogue") -> list[dict]:
    """[{code, name, as_written}] in file order, one per distinct code."""
    if isinstance(content, bytes):
        if len(content) > MAX_BYTES:
            raise InputError(f"{name}: larger than {MAX_BYTES // 1024 // 1024} MiB")
        try:
            content = content.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise InputError(f"{name}: not UTF-8 text (save the CSV as UTF-8)") from None
    rows = list(csv.reader(io.StringIO(content), _dialect(content)))
    products: dict[str, dict] = {}
    for number, row in enumerate(rows, start=1):
        cells = [cell.strip() for cell in row]
        if not any(cells):
            continue
        if number == 1 and _is_header(cells):
            continue
        if len(cells) < 2 or not cells[1]:
            raise InputError(
                f"{name}: row {number}: give a code and your product name (e.g. 7208 39 00,Hot-rolled coil)"
            )
        try:
            code = normalise_prefix(cells[0])
        except InputError:
            raise InputError(f"{name}: row {number}: {cells[0]!r} is not a tariff code (2 to 10 digits)") from None
        products.setdefault(code, {"code": code, "name": cells[1][:200], "as_written": cells[0][:40]})
        if len(products) > MAX_PRODUCTS:
            raise InputError(f"{name}: more than {MAX_PRODUCTS} products")
    if not products:
        raise InputError(f"{name}: no products found (one per row: code, your product name)")
    return list(products.values())


def _dialect(content: str):
    try:
        return csv.Sniffer().sniff(content[:4096], delimiters=",;\t")
    except csv.Error:
        return csv.excel


def _is_header(cells: list[str]) -> bool:
    first = cells[0].lower()
    return not any(ch.isdigit() for ch in first) and any(word in first for word in HEADER_WORDS)
