"""Extraction figures (F1) on every labelled set, one line a set: the development set and each held-out set.

    PYTHONHASHSEED=0 PYTHONPATH=TREE python bench/heldout_sets.py --out DIR [--jobs 2] [--compare EARLIER_DIR] [SET ...]

The tree measured is the one on PYTHONPATH (its eval/heldout holds the sets), so two trees are compared by
running this once per tree into two folders and passing the first as --compare: the lines then name each fact
whose F1 moved (the hash seed is pinned because a few ties are broken in set order). Each set's full
report (tariffwatch eval --json) is kept as DIR/SET.json.
"""

from __future__ import annotations

import argparse
import json
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

FACTS = ("codes", "dates", "measures", "affected", "jurisdiction", "title", "identifier", "rates", "quotas")
ROOT = Path(__file__).resolve().parent.parent
DEV_SET = ROOT.parent / "shared" / "eval-dev"


def labelled_sets() -> dict[str, Path]:
    sets = {path.name: path for path in sorted((ROOT / "eval" / "heldout").iterdir()) if (path / "gold").is_dir()}
    if (DEV_SET / "gold").is_dir():
        sets["eval-dev"] = DEV_SET
    return sets


def evaluate_set(name: str, directory: Path, out: Path) -> str:
    from nlp.evaluate import evaluate_directory

    report = evaluate_directory(directory)
    (out / f"{name}.json").write_text(json.dumps(report, indent=1, ensure_ascii=False))
    return name


def figures_line(name: str, report: dict) -> str:
    figures = " ".join(f"{fact[:5]}={report[fact]['f1']:.3f}" for fact in FACTS)
    false_codes = report["false_codes_on_documents_without_codes"]
    return f"{name:15s} n={report['documents']:3d} {figures} false_codes={false_codes}"


def moved_facts(report: dict, earlier: dict) -> str:
    moved = [
        f"{fact} {earlier[fact]['f1']:.3f}->{report[fact]['f1']:.3f}"
        for fact in FACTS
        if abs(report[fact]["f1"] - earlier[fact]["f1"]) > 1e-9
    ]
    return "; ".join(moved)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", help="set names (default: every labelled set)")
    parser.add_argument("--out", required=True, type=Path, help="folder for each set's JSON report")
    parser.add_argument("--jobs", type=int, default=1, help="sets evaluated at once (processes)")
    parser.add_argument("--compare", type=Path, help="an earlier --out folder: name the facts that moved")
    args = parser.parse_args()
    available = labelled_sets()
    unknown = [name for name in args.sets if name not in available]
    if unknown:
        parser.error(f"no labelled set named {', '.join(unknown)} (eval/heldout/*/gold or ../shared/eval-dev)")
    chosen = {name: available[name] for name in (args.sets or available)}
    args.out.mkdir(parents=True, exist_ok=True)
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        done = list(pool.map(evaluate_set, chosen, chosen.values(), [args.out] * len(chosen)))
    for name in done:
        report = json.loads((args.out / f"{name}.json").read_text())
        line = figures_line(name, report)
        earlier_path = args.compare / f"{name}.json" if args.compare else None
        if earlier_path and earlier_path.exists():
            line += "  | " + (moved_facts(report, json.loads(earlier_path.read_text())) or "unchanged")
        print(line)


if __name__ == "__main__":
    main()
