"""Scores of the facts beyond codes and dates, per the eval-dev conventions (its README).

- jurisdiction: the implementing jurisdiction guessed from the text alone (as for a file dropped in the
  inbox without a sidecar), against the labelled implementing set; a union without an ISO code ('EAEU')
  stands for its member states on the document's date, as the labels list them.
- measure types and affected countries: per document, the predicted set against the labelled
  set; micro precision, recall and F1.
- title: matched when the predicted and labelled titles share words with token F1 >= 0.8; a
  title predicted where the label is null is a false positive, a missed title a false negative.
- identifier: matched when equal once case, spaces and dash kinds are ignored.
- rates and quotas: per document, sets of (value, unit), the unit normalised ('%' = percent,
  't' = tonnes, a qualifier such as 'carcass weight equivalent' dropped).
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from nlp.countries.groups import member_states
from nlp.countries.rules import implementing_jurisdiction

TITLE_MATCH_F1 = 0.8
UNIT_NAMES = {
    "%": "percent",
    "per cent": "percent",
    "t": "tonnes",
    "tonne": "tonnes",
    "tons": "tonnes",
    "kilograms": "kg",
    "mtrv": "tonnes",  # metric tons, raw value: US sugar quotas
    "ton": "tonnes",
    "mt": "tonnes",
    "kgs": "kg",
    "kilogram": "kg",
    "hl": "hectolitres",
    "hectoliters": "hectolitres",
    "liters": "litres",
    "liter": "litres",
    "l": "litres",
    "litre": "litres",
    "m²": "m2",
    "gigawatts": "gw",
}
QUANTITY_PREFIX = re.compile(r"^(?:metric|net)\s+(?=\S)")  # 'metric tons' = 'net tonnes' = tonnes


def score_sets(predicted: set, gold: set) -> dict:
    return {
        "counts": [len(predicted & gold), len(predicted - gold), len(gold - predicted)],
        "false": sorted(map(str, predicted - gold)),
        "missed": sorted(map(str, gold - predicted)),
    }


def score_measures(doc, gold: dict) -> dict:
    return score_sets({m.type for m in doc._.measures}, set(gold.get("measure_types") or []))


def score_affected(doc, gold: dict) -> dict:
    labelled = (gold.get("countries") or {}).get("affected") or []
    return score_sets(set(doc._.countries.get("affected") or []), set(labelled))


def score_jurisdiction(doc, gold: dict) -> dict:
    labelled = (gold.get("countries") or {}).get("implementing") or []
    own_date = next((date.fromisoformat(d.date) for d in doc._.dates if d.type == "document_date"), None)
    guessed = {
        code for mention in implementing_jurisdiction(doc.text) for code in member_states(mention.code, own_date)
    }
    return score_sets(guessed, set(labelled))


def score_title(doc, gold: dict) -> dict:
    title = doc._.official_title.text if doc._.official_title else None
    return _score_text(title, gold.get("title"), lambda a, b: token_f1(a, b) >= TITLE_MATCH_F1)


def score_identifier(doc, gold: dict) -> dict:
    identifier = doc._.identifier.text if doc._.identifier else None
    return _score_text(identifier, gold.get("identifier"), lambda a, b: _plain(a) == _plain(b))


def score_rates(doc, gold: dict) -> dict:
    predicted = {(_value(r.value), normalise_unit(r.unit)) for r in doc._.rates}
    labelled = {(_value(r["value"]), normalise_unit(r["unit"])) for r in gold.get("rates") or []}
    return score_sets(predicted, labelled)


def score_quotas(doc, gold: dict) -> dict:
    predicted = {(_value(q.amount), normalise_unit(q.unit)) for q in doc._.quotas}
    labelled = {(_value(q["amount"]), normalise_unit(q["unit"])) for q in gold.get("quotas") or []}
    return score_sets(predicted, labelled)


def _score_text(predicted: str | None, gold: str | None, same) -> dict:
    if predicted and gold:
        matched = same(predicted, gold)
        counts = [1, 0, 0] if matched else [0, 1, 1]
    else:
        counts = [0, int(bool(predicted)), int(bool(gold))]
    false = [predicted] if counts[1] else []
    missed = [gold] if counts[2] else []
    return {"counts": counts, "false": false, "missed": missed}


def token_f1(predicted: str, gold: str) -> float:
    a, b = Counter(_tokens(predicted)), Counter(_tokens(gold))
    common = sum((a & b).values())
    if not common:
        return 0.0
    precision, recall = common / sum(a.values()), common / sum(b.values())
    return 2 * precision * recall / (precision + recall)


def _tokens(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _plain(identifier: str) -> str:
    return re.sub(r"\s+", "", identifier.lower().replace("–", "-").replace("—", "-"))


def normalise_unit(unit: str | None) -> str:
    """'%' = percent, 't' = 'metric tons' = tonnes, 'hl' = hectolitres; currency units keep their currency and base
    ('USD/postal item'); a qualifier after the base unit ('tonnes carcass weight equivalent') is dropped; a unit the
    text does not print (None) is 'unspecified', as the labels write it."""
    unit = " ".join((unit or "unspecified").lower().split())
    if "/" in unit:
        currency, per = unit.split("/", 1)
        return f"{currency.strip()}/{UNIT_NAMES.get(per.strip(), per.strip())}"
    unit = UNIT_NAMES.get(unit, unit)
    unit = QUANTITY_PREFIX.sub("", unit)
    base = unit.split()[0] if unit else unit
    return UNIT_NAMES.get(base, base)


def _value(value) -> float:
    return round(float(value), 4)
