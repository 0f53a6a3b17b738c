"""Relevance on the committed question set: nDCG@5 and MRR of full-text, semantic and hybrid search.

    python bench/search_relevance.py [--keep DIR] [--verbose]

Builds a store from the development documents (../shared/eval-dev/docs, dropped into an inbox
and crawled and extracted by the real CLI, embeddings on), then asks every question of
bench/search_questions.yaml in each mode. nDCG@5 uses the gain 2^grade - 1; MRR the rank of
the first document graded 2 (answers the question); filler@5 counts the results in the top five
that are not relevant at all (grade 0): what a reader scrolls past.
"""

from __future__ import annotations

import argparse
import math
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
EVAL_DOCS = ROOT.parent / "shared" / "eval-dev" / "docs"
QUESTIONS = Path(__file__).with_name("search_questions.yaml")
MODES = ("fulltext", "semantic", "hybrid")


def build_store(folder: Path) -> Path:
    """A project folder whose store holds the development documents; returns its config path."""
    config = folder / "config.yaml"
    if (folder / "tariffwatch.db").exists():
        return config
    inbox = folder / "inbox"
    inbox.mkdir(parents=True, exist_ok=True)
    for path in sorted(EVAL_DOCS.glob("*.txt")):
        shutil.copy(path, inbox / path.name)
    config.write_text(
        yaml.safe_dump(
            {
                "database": "tariffwatch.db",
                "sources": {"inbox": {"enabled": True, "path": "inbox"}},
                "nlp": {"embeddings": True},
            }
        ),
        encoding="utf-8",
    )
    for command in (["crawl", "inbox"], ["extract"]):
        subprocess.run(["tariffwatch", *command, "--config", str(config)], check=True, capture_output=True)
    return config


def document_number(result: dict) -> str:
    return Path(result["document_url"] or "").stem


def ndcg_at_5(ranked: list[str], grades: dict[str, int]) -> float:
    gains = [2 ** grades.get(doc, 0) - 1 for doc in ranked[:5]]
    ideal = sorted((2**grade - 1 for grade in grades.values()), reverse=True)[:5]
    dcg = sum(gain / math.log2(rank + 2) for rank, gain in enumerate(gains))
    best = sum(gain / math.log2(rank + 2) for rank, gain in enumerate(ideal))
    return dcg / best if best else 0.0


def filler_at_5(ranked: list[str], grades: dict[str, int]) -> int:
    return sum(1 for doc in ranked[:5] if not grades.get(doc))


def reciprocal_rank(ranked: list[str], grades: dict[str, int]) -> float:
    return next((1.0 / (rank + 1) for rank, doc in enumerate(ranked) if grades.get(doc) == 2), 0.0)


def evaluate(config: Path, verbose: bool = False) -> dict[str, dict[str, float]]:
    """{mode: {"ndcg@5", "mrr", "filler@5", "returned"}} averaged over the questions."""
    from digest.search import run_search
    from tariffwatch.config import load_config
    from tariffwatch.store import open_store

    store = open_store(load_config(config).database)
    questions = yaml.safe_load(QUESTIONS.read_text("utf-8"))["questions"]
    report = {}
    for mode in MODES:
        ndcg, mrr, filler, returned = [], [], [], []
        for question in questions:
            grades = {str(doc): grade for doc, grade in question["grades"].items()}
            outcome = run_search(store, question["query"], mode=mode, limit=10)
            ranked = list(dict.fromkeys(document_number(r) for r in outcome.results))
            ndcg.append(ndcg_at_5(ranked, grades))
            mrr.append(reciprocal_rank(ranked, grades))
            filler.append(filler_at_5(ranked, grades))
            returned.append(outcome.total)
            if verbose:
                marks = " ".join(f"{doc}{'*' * grades.get(doc, 0)}" for doc in ranked[:5])
                print(f"  {mode:<8} {ndcg[-1]:.2f} {question['query']:<50} {marks}")
        report[mode] = {
            "ndcg@5": sum(ndcg) / len(ndcg),
            "mrr": sum(mrr) / len(mrr),
            "filler@5": sum(filler) / len(filler),
            "returned": sum(returned) / len(returned),
        }
    store.close()
    return report


def print_report(report: dict[str, dict[str, float]], questions: int) -> None:
    print(f"relevance on {questions} questions over the development documents")
    for mode, figures in report.items():
        print(
            f"  {mode:<24} nDCG@5 {figures['ndcg@5']:.3f}   MRR {figures['mrr']:.3f}   "
            f"filler@5 {figures['filler@5']:.2f}   matches per question {figures['returned']:.1f}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="folder to keep (and reuse) the development store")
    parser.add_argument("--verbose", action="store_true", help="print each question's top five")
    args = parser.parse_args()
    if not EVAL_DOCS.is_dir():
        sys.exit(f"{EVAL_DOCS} is missing: the question set needs the development documents")
    folder = args.keep or Path(tempfile.mkdtemp(prefix="tariffwatch-relevance-"))
    config = build_store(folder)
    report = evaluate(config, args.verbose)
    print_report(report, len(yaml.safe_load(QUESTIONS.read_text("utf-8"))["questions"]))


if __name__ == "__main__":
    main()
