"""The measure-gate trainer of round 22 (bench/train_measure_gate.py): every labelled set is development material
(never final25, labelled blind this round), figures judged by leaving one set out, and --extend, which holds the
shipped weights and fits only features added since (the way a feature can be added without retraining the paths the
heldout floors pin)."""

import numpy as np

from nlp.measures.rules import Signal
from tests.test_measure_gate_r11 import _trainer


def _labelled(name: str, set_name: str, gold: set[str], signals: list[tuple[str, str]]) -> dict:
    found = [
        Signal(kind, f"s__{kind}", index * 10, index * 10 + 5, where) for index, (kind, where) in enumerate(signals)
    ]
    ruled = {kind for kind, where in signals if where in ("title", "acting", "basis")}
    return {"name": name, "set": set_name, "gold": gold, "ruled": ruled, "signals": found}


def test_extending_holds_the_kept_weights_and_fits_only_the_others():
    trainer = _trainer()
    docs = trainer.with_rows(
        [
            _labelled("a/1", "a", {"anti_dumping"}, [("anti_dumping", "title"), ("countervailing", "background")]),
            _labelled("a/2", "a", {"sps_tbt"}, [("sps_tbt", "inert"), ("sps_tbt", "inert")]),
            _labelled("b/1", "b", {"tariff_quota"}, [("tariff_quota", "acting"), ("preference", "background")]),
            _labelled("b/2", "b", set(), [("exclusion", "background"), ("retaliation", "inert")]),
        ]
    )
    x, y = trainer.matrix(docs)
    kept = {column: 0.5 * column for column in range(x.shape[1] - 1)}
    weights = trainer.fit(x, y, 1.0, kept)
    assert weights[:-1].tolist() == [0.5 * column for column in range(x.shape[1] - 1)]
    assert np.array_equal(trainer.fit(x, y, 1.0), trainer.fit(x, y, 1.0, {}))


def test_every_labelled_set_is_development_material_and_the_blind_one_is_not():
    sets = _trainer().DEVELOPMENT_SETS
    assert len(sets) == len(set(sets)) == 57 and {"final24", "read22-kinds", "read14-west", "tune"} <= set(sets)
    assert not any(name.startswith(("final25", "read25")) for name in sets)


def test_the_trainer_refuses_this_rounds_blind_set():
    trainer = _trainer()
    for blind in ("final25", "read25-europe"):
        try:
            trainer.read_documents(("tune", blind))
        except SystemExit as refused:
            assert blind in str(refused)
        else:
            raise AssertionError(f"trained on {blind}")
