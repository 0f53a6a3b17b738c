"""CPU seconds one process spends on a long text of recitals: a regulation whose 800 numbered recitals each name
origin adjectives beside a remedy's word, the shape on which the country reader once rescanned the whole text for
every sub-range it asked about (tests/test_integration20_review.py pins the output; this prints the time).

    PYTHONPATH=TREE python bench/long_recitals.py [--recitals 800] [--passes 3]

Extracted by nlp.runner.try_extract as a worker does. After one warm-up pass (patterns compiled, data loaded), each
pass extracts a text never seen before (a distinct tail
per pass, as bench/extract.py stores distinct documents: what is remembered per text does not carry over), and
prints its CPU seconds, the median and MB per CPU second, and how many times the demonym scan ran in the last pass
(1 when the text is scanned once).
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
from pathlib import Path

# after PYTHONPATH: the tree measured is the one on it, so the same script compares two trees
sys.path.append(str(Path(__file__).resolve().parents[1]))

RECITAL = (
    "(%d) The anti-dumping duty on Chinese and Indian bolts was examined; Japanese producers and Korean exporters"
    " commented on the anti-dumping measures.\n"
)


def long_recitals(count: int, tail: str = "") -> str:
    return (
        "Commission Implementing Regulation (EU) 2031/19 imposing a definitive anti-dumping duty on bolts originating"
        " in China\n\n" + "".join(RECITAL % number for number in range(count)) + "\nArticle 1\nA definitive"
        " anti-dumping duty is imposed on bolts originating in China.\n" + tail
    )


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--recitals", type=int, default=800)
    parser.add_argument("--passes", type=int, default=3)
    args = parser.parse_args()
    from nlp.countries import remedy_demonyms
    from nlp.runner import try_extract

    megabytes = len(long_recitals(args.recitals).encode("utf-8")) / 1e6
    try_extract({"text": long_recitals(args.recitals, "[warm-up]\n"), "title": None}, False)
    seconds = []
    for number in range(args.passes):
        document = {"text": long_recitals(args.recitals, f"[{number}]\n"), "title": None}
        remedy_demonyms._text_demonyms.cache_clear()
        started = cpu_seconds()
        change = try_extract(document, False)
        seconds.append(cpu_seconds() - started)
    scans = remedy_demonyms._text_demonyms.cache_info().misses
    median = statistics.median(seconds)
    print(f"{megabytes:.3f} MB x {args.passes}: " + " ".join(f"{s:.3f}" for s in seconds), end="")
    print(f"  median {median:.3f} CPU s ({megabytes / median:.3f} MB per CPU second);", end="")
    print(f" {len(change.get('countries') or {})} country roles; demonym scans in the last pass {scans}")


if __name__ == "__main__":
    main()
