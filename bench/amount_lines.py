"""CPU time of the amount-line country reader on long allocation lists (nlp/countries/amount_lines.py).

    PYTHONPATH=TREE python bench/amount_lines.py [--lines 1000 2000 4000]

Prints the CPU seconds to read N lines of 'Country amount unit' under one allotting lead-in: the time should grow
with N, not with its square (round 22: a walk back from each line took 1.3 / 5.5 / 14.8 s on 1000 / 2000 / 4000).
"""

from __future__ import annotations

import argparse
import time

from nlp.countries.amount_lines import countries_before_amounts
from nlp.text.layout import Layout


def seconds_for(lines: int) -> float:
    rows = "Chile 100 tonnes\nPeru 200 tonnes\nBrazil 300 tonnes\n" * (lines // 3)
    text = "Order\n\n1. The quota is allocated among the following supplying countries:\n\n" + rows
    layout = Layout(text)
    started = time.process_time()
    countries_before_amounts(text, set(), layout)
    return time.process_time() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lines", type=int, nargs="+", default=[1000, 2000, 4000])
    for lines in parser.parse_args().lines:
        print(f"{lines:6d} lines  {seconds_for(lines):.3f} CPU s")


if __name__ == "__main__":
    main()
