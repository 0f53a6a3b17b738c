"""`tariffwatch eval DIR`: precision, recall and F1 of every extracted fact against gold labels.

Scoring follows the eval-dev conventions: codes are compared per document as sets of digits; a
range is one item matched by its endpoints; a predicted code equal to a range endpoint or to a
borderline item is neutral. Dates are compared per document as (type, date) pairs over the
scored types, with `effective` counted as `entry_into_force`. Measure types, affected
countries, title, identifier, rates and quotas are scored in nlp.evaluate_facts.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from nlp import evaluate_facts
from nlp.pipeline import analyse

SCORED_DATE_TYPES = {
    "publication",
    "document_date",
    "entry_into_force",
    "application_start",
    "application_end",
    "comment_deadline",
}


def evaluate_directory(directory: Path, embeddings: bool = False) -> dict:
    """Score every labelled document; `embeddings` adds what `daily` adds with `nlp.embeddings`
    (measure types by sentence similarity where the rules found none)."""
    docs = sorted((directory / "docs").glob("*.txt"))
    if not docs:
        from tariffwatch.errors import TariffwatchError

        raise TariffwatchError(f"{directory}: no docs/*.txt files to evaluate")
    totals = {key: [0, 0, 0] for key in FACTS}
    false_codes_on_empty, per_document = 0, []
    for path in docs:
        gold_path = directory / "gold" / f"{path.stem}.json"
        if not gold_path.exists():
            continue
        gold = json.loads(gold_path.read_text("utf-8"))
        meta = _meta(path)
        doc = analyse(path.read_text("utf-8"), jurisdiction=meta.get("jurisdiction"), embeddings=embeddings)
        scores = {key: scorer(doc, gold) for key, scorer in FACTS.items()}
        for key, score in scores.items():
            for i in range(3):
                totals[key][i] += score["counts"][i]
        if not gold.get("hs_codes"):
            false_codes_on_empty += scores["codes"]["counts"][1]
        per_document.append({"document": path.stem, **scores})
    return {
        "documents": len(per_document),
        **{key: precision_recall_f1(*totals[key]) for key in FACTS},
        "false_codes_on_documents_without_codes": false_codes_on_empty,
        "per_document": per_document,
    }


def _meta(path: Path) -> dict:
    meta_path = path.with_name(f"{path.stem}.meta.json")
    return json.loads(meta_path.read_text("utf-8")) if meta_path.exists() else {}


def score_codes(doc, gold: dict) -> dict:
    gold_codes = {item["code"] for item in gold.get("hs_codes", []) if "code" in item}
    gold_ranges = {tuple(item["range"]) for item in gold.get("hs_codes", []) if "range" in item}
    neutral = {end for pair in gold_ranges for end in pair} | _borderline_codes(gold)
    predicted_codes = {c.code for c in doc._.codes}
    predicted_ranges = {(r.code_from, r.code_to) for r in doc._.code_ranges}
    tp = len(predicted_codes & gold_codes) + len(predicted_ranges & gold_ranges)
    false_codes = sorted(predicted_codes - gold_codes - neutral)
    false_ranges = sorted(predicted_ranges - gold_ranges)
    missed = sorted(gold_codes - predicted_codes) + sorted(gold_ranges - predicted_ranges)
    return {
        "counts": [tp, len(false_codes) + len(false_ranges), len(missed)],
        "false": false_codes + [list(r) for r in false_ranges],
        "missed": [list(m) if isinstance(m, tuple) else m for m in missed],
    }


def _borderline_codes(gold: dict) -> set[str]:
    codes = set()
    for item in gold.get("borderline_not_labelled", []):
        if isinstance(item, dict) and item.get("code"):
            codes.add(item["code"])
        text = item.get("as_written", "") if isinstance(item, dict) else str(item)
        for number in re.findall(r"\d[\d. \u00a0]*\d|\d", text):
            digits = re.sub(r"\D", "", number)
            codes.add(digits.zfill(2) if len(digits) <= 2 else digits)
    return codes


def score_dates(doc, gold: dict) -> dict:
    gold_pairs = {
        (_date_type(kind), item["date"])
        for kind, items in gold.get("dates", {}).items()
        for item in items
        if _date_type(kind) in SCORED_DATE_TYPES
    }
    predicted = {(d.type, d.date) for d in doc._.dates if d.type in SCORED_DATE_TYPES}
    return {
        "counts": [len(predicted & gold_pairs), len(predicted - gold_pairs), len(gold_pairs - predicted)],
        "false": sorted(map(list, predicted - gold_pairs)),
        "missed": sorted(map(list, gold_pairs - predicted)),
    }


def _date_type(kind: str) -> str:
    return "entry_into_force" if kind == "effective" else kind


def precision_recall_f1(tp: int, fp: int, fn: int) -> dict:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
    }


def format_report(report: dict) -> str:
    lines = [f"documents: {report['documents']}"]
    for key in FACTS:
        s = report[key]
        lines.append(
            f"{key:<12} precision {s['precision']:.4f}  recall {s['recall']:.4f}  F1 {s['f1']:.4f}  "
            f"(tp {s['tp']}, fp {s['fp']}, fn {s['fn']})"
        )
    lines.append(f"false codes on documents without codes: {report['false_codes_on_documents_without_codes']}")
    for item in report["per_document"]:
        for key in FACTS:
            if item[key]["false"] or item[key]["missed"]:
                lines.append(f"  {item['document']} {key}: false {item[key]['false']} missed {item[key]['missed']}")
    return "\n".join(lines)


# What `tariffwatch eval` scores, in report order: name -> scorer(doc, gold) giving counts [tp, fp, fn].
FACTS = {
    "codes": score_codes,
    "dates": score_dates,
    "measures": evaluate_facts.score_measures,
    "affected": evaluate_facts.score_affected,
    "jurisdiction": evaluate_facts.score_jurisdiction,
    "title": evaluate_facts.score_title,
    "identifier": evaluate_facts.score_identifier,
    "rates": evaluate_facts.score_rates,
    "quotas": evaluate_facts.score_quotas,
}
