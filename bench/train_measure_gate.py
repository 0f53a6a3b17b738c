"""Train the measure-type gate (nlp/measures/gate.py) and print its leave-one-document-out figure.

    python bench/train_measure_gate.py [--write] [--l2 1.0] [--sets tune,final,...]

Trains on every labelled development document: ../shared/eval-dev (when present) and the eval/heldout sets
named by --sets (default: all of tune, final, final2 … final8, each development material once measured
untouched). Never on a blind set being labelled for the next measurement (final9). For each document, every
measure type named anywhere in its opening is a candidate (nlp/measures/gate.py: where it is named, and
whether the rules chose it); its label is whether the document's gold `measure_types` lists it. A
logistic regression with an L2 penalty is fitted by Newton's method from zero weights: deterministic, no
randomness, no library beyond numpy.

Prints micro precision/recall/F1 over all labelled documents of (a) the rules alone, (b) the gate
trained on all documents (an upper bound), (c) leave-one-document-out: for each document, the gate
trained on all the others. (c) is the figure to quote. With --write, the weights of (b) go to
nlp/data/measure_gate.json, with the figures.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DEVELOPMENT_SETS = ("tune", "final", "final2", "final3", "final4", "final5", "final6", "final7", "final8")
WEIGHTS = ROOT / "nlp" / "data" / "measure_gate.json"


def documents(sets: tuple[str, ...] = DEVELOPMENT_SETS) -> list[dict]:
    """Per document: its candidates' features and labels, the rules' types and the gold types."""
    from nlp.measures.gate import candidates, considered, features
    from nlp.measures.rules import find_measures, scan_signals
    from nlp.pipeline import analyse

    result = []
    for folder in (ROOT.parent / "shared" / "eval-dev", *(ROOT / "eval" / "heldout" / name for name in sets)):
        for path in sorted((folder / "docs").glob("*.txt")) if (folder / "docs").is_dir() else []:
            gold_path, meta_path = folder / "gold" / f"{path.stem}.json", path.with_name(f"{path.stem}.meta.json")
            if not gold_path.exists():
                continue
            gold = set(json.loads(gold_path.read_text("utf-8")).get("measure_types") or [])
            meta = json.loads(meta_path.read_text("utf-8")) if meta_path.exists() else {}
            text = path.read_text("utf-8")
            doc = analyse(text, jurisdiction=meta.get("jurisdiction"))
            title = (doc._.official_title.start, doc._.official_title.end) if doc._.official_title else None
            args = (text, doc._.layout, doc._.sentences, title, doc.lang_)
            signals = scan_signals(*args)
            ruled = {m.type for m in find_measures(*args, signals)}
            found = candidates(signals)
            rows = [
                (kind, features(candidate, ruled), kind in gold)
                for kind, candidate in sorted(found.items())
                if considered(candidate, ruled)
            ]
            result.append({"name": f"{folder.name}/{path.stem}", "gold": gold, "ruled": ruled, "rows": rows})
    return result


def fit(x: np.ndarray, y: np.ndarray, l2: float, iterations: int = 50) -> np.ndarray:
    """L2-penalised logistic regression by Newton's method (the bias is not penalised)."""
    weights = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], l2)
    penalty[0] = 0.0
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-(x @ weights)))
        gradient = x.T @ (p - y) + penalty * weights
        hessian = (x.T * (p * (1 - p))) @ x + np.diag(penalty) + 1e-9 * np.eye(x.shape[1])
        step = np.linalg.solve(hessian, gradient)
        weights -= step
        if np.abs(step).max() < 1e-10:
            break
    return weights


def matrix(docs: list[dict]) -> tuple[np.ndarray, np.ndarray]:
    rows = [(values, label) for doc in docs for _, values, label in doc["rows"]]
    return np.array([v for v, _ in rows], dtype=float), np.array([float(label) for _, label in rows])


def chosen(doc: dict, weights: np.ndarray) -> set[str]:
    return {kind for kind, values, _ in doc["rows"] if float(np.array(values) @ weights) >= 0.0}


def prf(pairs: list[tuple[set[str], set[str]]]) -> dict:
    from nlp.evaluate import precision_recall_f1

    tp = sum(len(p & g) for p, g in pairs)
    fp = sum(len(p - g) for p, g in pairs)
    fn = sum(len(g - p) for p, g in pairs)
    return precision_recall_f1(tp, fp, fn)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help="write nlp/data/measure_gate.json")
    parser.add_argument("--l2", type=float, default=1.0, help="L2 penalty on the weights (not the bias)")
    parser.add_argument("--sets", default=",".join(DEVELOPMENT_SETS), help="eval/heldout sets to train on")
    args = parser.parse_args()
    from nlp.measures.gate import FEATURES, _weights

    docs = documents(tuple(name for name in args.sets.split(",") if name))
    x, y = matrix(docs)
    weights = fit(x, y, args.l2)
    rules = prf([(d["ruled"], d["gold"]) for d in docs])
    trained = prf([(chosen(d, weights), d["gold"]) for d in docs])
    shipped = prf([(chosen(d, np.array(_weights() or weights)), d["gold"]) for d in docs])
    loo_pairs, changed = [], []
    for index, doc in enumerate(docs):
        others = docs[:index] + docs[index + 1 :]
        held_out = chosen(doc, fit(*matrix(others), args.l2))
        loo_pairs.append((held_out, doc["gold"]))
        if held_out != doc["ruled"]:
            changed.append(
                f"  {doc['name']}: rules {sorted(doc['ruled'])} -> gate {sorted(held_out)}; gold {sorted(doc['gold'])}"
            )
    loo = prf(loo_pairs)
    print(f"documents {len(docs)}, candidates {len(y)}, positive {int(y.sum())}, L2 {args.l2}")
    compared = (("rules alone", rules), ("gate as shipped", shipped), ("gate, trained on all", trained))
    for name, figures in (*compared, ("gate, leave-one-out", loo)):
        print(
            f"{name:<22} P {figures['precision']:.4f} R {figures['recall']:.4f} F1 {figures['f1']:.4f} "
            f"(tp {figures['tp']}, fp {figures['fp']}, fn {figures['fn']})"
        )
    print("where the left-out gate differs from the rules:")
    print("\n".join(changed) or "  nowhere")
    print("weights:", ", ".join(f"{name} {w:+.3f}" for name, w in zip(FEATURES, weights, strict=True)))
    if args.write:
        data = {
            "_comment": "Weights of nlp/measures/gate.py, written by bench/train_measure_gate.py --write.",
            "features": list(FEATURES),
            "weights": [round(float(w), 6) for w in weights],
            "l2": args.l2,
            "trained_on": [d["name"] for d in docs],
            "figures": {"rules_alone": rules, "trained_on_all": trained, "leave_one_document_out": loo},
        }
        WEIGHTS.write_text(json.dumps(data, indent=1) + "\n", "utf-8")
        print(f"written {WEIGHTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
