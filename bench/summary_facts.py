"""Summaries that contradict the gold: on every labelled set, count the summaries whose lead sentence names a
country, a measure type or a date that the document's labels do not hold. One line a set, then the total.

    PYTHONPATH=TREE python bench/summary_facts.py [--list] [SET ...]

A country contradicts when the lead names it and the gold lists it neither as affected nor as implementing; a
measure when the lead's measure words ('an anti-dumping duty', 'a Section 301 duty') name a type the gold's
measure_types lack (or the gold has none); a date when the lead gives a day the gold holds under no type. Only the
lead is read (the generated sentence), not the operative sentence quoted after it, which is the document's own
words. `silent_start` counts leads that give no date where the gold has an application start or entry into force
(a thin summary, not a contradiction). --list prints each contradiction. The blind set of the round is never read.
"""

from __future__ import annotations

import argparse
import json
import re
from datetime import date
from pathlib import Path

import pycountry

from nlp.summary.country_words import country_name
from nlp.summary.words import words

ROOT = Path(__file__).resolve().parent.parent
DEV_SET = ROOT.parent / "shared" / "eval-dev"
BLIND = frozenset({"final26"})  # being labelled blind this round: never opened
START_TYPES = ("application_start", "entry_into_force", "effective")
# Measure words the lead uses beyond data/summary.json's phrases (phrases.py, decisions.py).
EXTRA_PHRASES = {
    "export quota": "tariff_quota",
    "import ban": "prohibition",
    "export ban": "prohibition",
    "retaliatory surtax": "retaliation",
    "product exclusions": "exclusion",
    "price undertaking": "anti_dumping",
}
ARTICLE = re.compile(r"^(?:an?|the)\s+")
# The measure an exclusion is carved from names no measure of the document ('exclusions from the Section 301 duties').
CARVED_FROM = re.compile(r"\bexclusions from the [\w ]+?dut(?:y|ies)\b")
LEAD_END = re.compile(r"(?<![A-Z])(?<!\bNo)(?<!\bCo)(?<!\bInc)\.(?=\s+[A-Z“\"‘(]|$)")
DAY = re.compile(
    r"\b(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})\b"
)


def labelled_sets() -> dict[str, Path]:
    sets = {
        path.name: path
        for path in sorted((ROOT / "eval" / "heldout").iterdir())
        if path.name not in BLIND and (path / "gold").is_dir()
    }
    if (DEV_SET / "gold").is_dir():
        sets["eval-dev"] = DEV_SET
    return sets


def lead_of(summary: str) -> str:
    match = LEAD_END.search(summary)
    return summary[: match.start()] if match else summary


def measure_phrases() -> list[tuple[str, str]]:
    vocabulary = words()
    found = {ARTICLE.sub("", entry["phrase"]): kind for kind, entry in vocabulary["measures"].items()}
    for kind, pairs in vocabulary["duty_basis"].items():
        found.update({ARTICLE.sub("", phrase): kind for _, phrase in pairs})
    found.update(EXTRA_PHRASES)
    return sorted(found.items(), key=lambda item: -len(item[0]))  # longest first: 'Section 301 duty' before 'duty'


def country_names() -> list[tuple[str, str]]:
    codes = [country.alpha_2 for country in pycountry.countries] + ["EU", "XK"]
    names = {country_name(code).removeprefix("the "): code for code in codes}
    return sorted(names.items(), key=lambda item: -len(item[0]))


def named_measures(lead: str, phrases: list[tuple[str, str]]) -> set[str]:
    kinds, rest = set(), CARVED_FROM.sub(" ", lead)
    for phrase, kind in phrases:
        if re.search(rf"\b{re.escape(phrase)}\b", rest):
            kinds.add(kind)
            rest = re.sub(rf"\b{re.escape(phrase)}\b", " ", rest)
    return kinds


def named_countries(lead: str, names: list[tuple[str, str]]) -> set[str]:
    codes, rest = set(), lead
    for name, code in names:
        if len(name) > 2 and re.search(rf"\b{re.escape(name)}\b", rest):
            codes.add(code)
            rest = re.sub(rf"\b{re.escape(name)}\b", " ", rest)
    return codes


def named_days(lead: str) -> set[str]:
    months = {
        name: index
        for index, name in enumerate(
            (
                "January",
                "February",
                "March",
                "April",
                "May",
                "June",
                "July",
                "August",
                "September",
                "October",
                "November",
                "December",
            ),
            start=1,
        )
    }
    return {date(int(y), months[m], int(d)).isoformat() for d, m, y in DAY.findall(lead)}


def contradictions(summary: str, gold: dict, phrases, names) -> dict[str, list[str]]:
    lead = lead_of(summary)
    countries = gold.get("countries") or {}
    held = set(countries.get("affected") or []) | set(countries.get("implementing") or [])
    gold_days = {entry["date"] for entries in (gold.get("dates") or {}).values() for entry in entries}
    kinds = set(gold.get("measure_types") or [])
    measures = named_measures(lead, phrases)
    return {
        "country": sorted(named_countries(lead, names) - held) if "countries" in gold else [],
        "measure": sorted(measures - kinds) if "measure_types" in gold and "other" not in kinds else [],
        "date": sorted(named_days(lead) - gold_days),
        "silent_start": ["no date"] if _starts(gold) and not named_days(lead) else [],
    }


def _starts(gold: dict) -> bool:
    return any((gold.get("dates") or {}).get(kind) for kind in START_TYPES)


def bench_set(directory: Path, phrases, names, listing: bool) -> dict[str, int]:
    from nlp.pipeline import analyse

    counts = {"n": 0, "country": 0, "measure": 0, "date": 0, "any": 0, "silent_start": 0}
    for path in sorted((directory / "docs").glob("*.txt")):
        gold_path = directory / "gold" / f"{path.stem}.json"
        if not gold_path.exists():
            continue
        gold = json.loads(gold_path.read_text("utf-8"))
        meta_path = path.with_name(f"{path.stem}.meta.json")
        meta = json.loads(meta_path.read_text("utf-8")) if meta_path.exists() else {}
        summary = analyse(path.read_text("utf-8"), jurisdiction=meta.get("jurisdiction"))._.summary
        found = contradictions(summary, gold, phrases, names)
        counts["n"] += 1
        for kind, items in found.items():
            counts[kind] += bool(items)
        counts["any"] += any(found[kind] for kind in ("country", "measure", "date"))
        if listing and any(found.values()):
            print(f"  {directory.name}/{path.stem} {json.dumps(found)}: {lead_of(summary)[:200]}")
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="*", help="set names (default: every labelled set but the blind one)")
    parser.add_argument("--list", action="store_true", help="print each summary that contradicts its gold")
    args = parser.parse_args()
    available = labelled_sets()
    chosen = {name: available[name] for name in args.sets or available if name in available}
    phrases, names = measure_phrases(), country_names()
    total = {"n": 0, "country": 0, "measure": 0, "date": 0, "any": 0, "silent_start": 0}
    for name, directory in chosen.items():
        counts = bench_set(directory, phrases, names, args.list)
        total = {key: total[key] + counts[key] for key in total}
        print(f"{name:15} " + " ".join(f"{key}={value}" for key, value in counts.items()), flush=True)
    print(f"{'TOTAL':15} " + " ".join(f"{key}={value}" for key, value in total.items()))


if __name__ == "__main__":
    main()
