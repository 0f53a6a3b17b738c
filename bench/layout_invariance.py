"""Does the extractor read the same facts whatever the layout? Run it on the labelled documents of the read
sets and on layout variants of each (bench/layout_variants.py), and count, per variant and fact, the facts
that appear or disappear.

    python3 bench/layout_invariance.py [SET_DIR ...] [--variants wrap64,pages] [--show]

Without SET_DIRs, every read set (../shared/eval-dev, eval/heldout/tune, final..final8; never a blind set).
A fact is one item of a document's set: a code or range, a (type, date) pair, a measure type, an affected
country, the title (case and spacing ignored), the identifier, a (value, unit) rate or quota. It also
checks that every fact's span still points at its own text in the text given (the evidence offsets).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from layout_variants import VARIANTS  # noqa: E402

from nlp.pipeline import analyse  # noqa: E402

READ_SETS = [ROOT.parent / "shared" / "eval-dev"] + [
    ROOT / "eval" / "heldout" / name for name in ("tune", *(f"final{n}" for n in ("", 2, 3, 4, 5, 6, 7, 8)))
]
FACTS = ("codes", "dates", "measures", "affected", "title", "identifier", "rates", "quotas")


def facts(doc) -> dict[str, set]:
    title = doc._.official_title.text if doc._.official_title else None
    identifier = doc._.identifier.text if doc._.identifier else None
    return {
        "codes": {c.code for c in doc._.codes} | {(r.code_from, r.code_to) for r in doc._.code_ranges},
        "dates": {(d.type, d.date) for d in doc._.dates},
        "measures": {m.type for m in doc._.measures},
        "affected": set(doc._.countries.get("affected") or []),
        "title": {" ".join(re.findall(r"\w+", title.lower()))} if title else set(),  # quotes, dashes aside
        "identifier": {"".join(identifier.lower().split())} if identifier else set(),
        "rates": {(round(float(r.value), 4), r.unit) for r in doc._.rates},
        "quotas": {(round(float(q.amount), 4), q.unit) for q in doc._.quotas},
    }


def span_mismatches(doc, text: str) -> int:
    """Facts whose span does not hold their text in the text given (layout characters aside)."""
    mentions = [*doc._.codes, *doc._.dates, *doc._.code_ranges]
    return sum(1 for m in mentions if _plain(text[m.start : m.end]) != _plain(m.text))


def _plain(text: str) -> str:
    return "".join(ch for ch in text if ch.isalnum())


def documents(sets: list[Path]):
    for directory in sets:
        for path in sorted((directory / "docs").glob("*.txt")):
            meta_path = path.with_name(f"{path.stem}.meta.json")
            meta = json.loads(meta_path.read_text("utf-8")) if meta_path.exists() else {}
            yield f"{directory.name}/{path.stem}", path.read_text("utf-8"), meta.get("jurisdiction")


def run(sets: list[Path], variants: list[str], show: bool) -> dict:
    changed = {name: Counter() for name in variants}
    documents_changed = Counter()
    mismatched = Counter()
    total = Counter()
    for name, text, jurisdiction in documents(sets):
        base = facts(analyse(text, jurisdiction=jurisdiction))
        for fact in FACTS:
            total[fact] += len(base[fact])
        for variant in variants:
            varied = VARIANTS[variant](text)
            doc = analyse(varied, jurisdiction=jurisdiction)
            mismatched[variant] += span_mismatches(doc, varied)
            other = facts(doc)
            differs = False
            for fact in FACTS:
                lost, gained = base[fact] - other[fact], other[fact] - base[fact]
                changed[variant][fact] += len(lost) + len(gained)
                if lost or gained:
                    differs = True
                    if show:
                        print(
                            f"{variant:10s} {name:16s} {fact:10s} lost {sorted(map(str, lost))} "
                            f"gained {sorted(map(str, gained))}"
                        )
            documents_changed[variant] += differs
    return {"total": total, "changed": changed, "documents": documents_changed, "spans": mismatched}


def report(result: dict, variants: list[str]) -> str:
    lines = ["facts in the originals: " + " ".join(f"{f} {result['total'][f]}" for f in FACTS)]
    lines.append(f"{'variant':10s} " + " ".join(f"{f[:6]:>6s}" for f in FACTS) + "   all  docs  spans")
    for variant in variants:
        row = result["changed"][variant]
        lines.append(
            f"{variant:10s} "
            + " ".join(f"{row[f]:6d}" for f in FACTS)
            + f" {sum(row.values()):5d} {result['documents'][variant]:5d} {result['spans'][variant]:6d}"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", type=Path)
    parser.add_argument("--variants", default=",".join(VARIANTS))
    parser.add_argument("--show", action="store_true", help="print every changed fact")
    args = parser.parse_args()
    if any("final9" in str(path) for path in args.sets):
        parser.error("final9 is a blind set: never run on it")
    variants = args.variants.split(",")
    print(report(run(args.sets or READ_SETS, variants, args.show), variants))


if __name__ == "__main__":
    main()
