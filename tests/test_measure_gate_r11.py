"""The measure gate retrained in round 11 on every labelled development set (bench/train_measure_gate.py):
training is deterministic, and what the gate weighs where the rules found nothing, pinned on passages written
for these tests."""

import importlib.util
from pathlib import Path

import numpy as np

from nlp.measures.rules import Signal
from nlp.pipeline import analyse

NOTICE = "Ministry of Primary Industries\n\nNotice 31/2031\n\n4 June 2031\n\n"


def _trainer():
    path = Path(__file__).resolve().parents[1] / "bench" / "train_measure_gate.py"
    spec = importlib.util.spec_from_file_location("train_measure_gate", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _measures(text: str) -> list[tuple[str, str, str]]:
    return [(m.type, m.where, m.text) for m in analyse(text, jurisdiction="NZ")._.measures]


def test_a_measure_named_only_where_the_notice_does_not_act_is_what_an_excerpt_without_acts_is_about():
    text = (
        NOTICE + "The Ministry has published the phytosanitary requirements for fresh pears (HS 0808.30) from Peru.\n"
    )
    assert _measures(text) == [("sps_tbt", "background", "phytosanitary")]


def test_a_trade_remedy_named_only_where_the_notice_does_not_act_is_an_investigation_not_a_measure():
    text = (
        NOTICE
        + "Questions on the anti-dumping investigation of fresh pears (HS 0808.30) from Peru are answered here.\n"
    )
    assert _measures(text) == []


def _labelled(name: str, set_name: str, gold: set[str], signals: list[tuple[str, str]]) -> dict:
    found = [
        Signal(kind, f"s__{kind}", index * 10, index * 10 + 5, where) for index, (kind, where) in enumerate(signals)
    ]
    ruled = {kind for kind, where in signals if where in ("title", "acting", "basis")}
    return {"name": name, "set": set_name, "gold": gold, "ruled": ruled, "signals": found}


def _corpus() -> list[dict]:
    return [
        _labelled("a/1", "a", {"anti_dumping"}, [("anti_dumping", "title"), ("countervailing", "background")]),
        _labelled("a/2", "a", {"sps_tbt"}, [("sps_tbt", "inert"), ("sps_tbt", "inert")]),
        _labelled("a/3", "a", set(), [("anti_dumping", "inert")]),
        _labelled("b/1", "b", {"tariff_quota"}, [("tariff_quota", "acting"), ("preference", "background")]),
        _labelled("b/2", "b", {"exclusion"}, [("exclusion", "background"), ("retaliation", "basis")]),
        _labelled("b/3", "b", {"safeguard"}, [("safeguard", "acting"), ("safeguard", "inert")]),
    ]


def test_training_is_deterministic_and_ignores_the_order_of_the_documents():
    trainer = _trainer()
    docs = trainer.with_rows(_corpus())
    first = trainer.fit(*trainer.matrix(docs), 1.0)
    again = trainer.fit(*trainer.matrix(trainer.with_rows(_corpus())), 1.0)
    reversed_order = trainer.fit(*trainer.matrix(trainer.with_rows(_corpus()[::-1])), 1.0)
    assert first.tolist() == again.tolist()
    assert np.allclose(first, reversed_order, atol=1e-9)


def test_leaving_one_set_out_scores_each_document_with_weights_never_trained_on_its_set():
    trainer = _trainer()
    docs = trainer.with_rows(_corpus())
    by_set = trainer.left_out(docs, lambda doc: doc["set"], 1.0)
    only_b = trainer.fit(*trainer.matrix([doc for doc in docs if doc["set"] == "b"]), 1.0)
    assert [chosen for chosen, _ in by_set[:3]] == [trainer.chosen(doc, only_b) for doc in docs[:3]]
    assert [gold for _, gold in by_set] == [doc["gold"] for doc in docs]
