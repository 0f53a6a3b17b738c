"""Extraction quality on the labelled development set in ../shared/eval-dev (skipped when absent)."""

import json

import pytest

from tests.conftest import SHARED_EVAL

pytestmark = pytest.mark.skipif(not (SHARED_EVAL / "docs").is_dir(), reason="../shared/eval-dev is not present")


def test_dev_set_meets_the_targets():
    from nlp.evaluate import evaluate_directory

    report = evaluate_directory(SHARED_EVAL)
    # Figures reached on the 28-document set (codes 1.000, dates 0.954: P 0.929, R 0.981 in round 3, was P 0.914,
    # R 1.0; the recall lost is one notice labelled against two others of the same wording); raise them as
    # extraction improves.
    # The rules for measure types, countries, titles, rates and quotas were written looking at this
    # set, so those figures are upper bounds of what unseen documents get (the targets there: 0.85).
    assert report["codes"]["f1"] >= 1.0, report["codes"]
    assert report["dates"]["f1"] >= 0.962, report["dates"]  # round 20: 0.953 -> 0.963 (section 232 exception ends)
    assert report["false_codes_on_documents_without_codes"] == 0
    assert report["measures"]["f1"] >= 0.988, report["measures"]  # round 3: 0.976 -> 0.988
    assert report["affected"]["f1"] >= 0.976, report["affected"]
    assert report["title"]["f1"] >= 1.0, report["title"]
    assert report["identifier"]["f1"] >= 1.0, report["identifier"]
    assert report["rates"]["f1"] >= 1.0, report["rates"]
    assert report["quotas"]["f1"] >= 1.0, report["quotas"]


def test_eval_command_prints_the_figures():
    from click.testing import CliRunner

    from tariffwatch.cli import main

    result = CliRunner().invoke(main, ["eval", str(SHARED_EVAL)])
    assert result.exit_code == 0
    for fact in ("codes", "dates", "measures", "affected", "jurisdiction", "title", "identifier", "rates", "quotas"):
        assert f"\n{fact:<12} precision " in result.output
    assert "false codes on documents without codes: 0" in result.output


def test_measure_types_as_daily_finds_them_with_embeddings():
    """`daily` runs with nlp.embeddings: the similarity fallback must add no wrong measure type here
    (a meeting notice's closure sentence once became rules of origin and a safeguard)."""
    from click.testing import CliRunner

    from tariffwatch.cli import main

    result = CliRunner().invoke(main, ["eval", str(SHARED_EVAL), "--embeddings", "--json"])
    assert result.exit_code == 0, result.output
    measures = json.loads(result.output)["measures"]
    assert measures["precision"] == 1.0, measures
    assert measures["f1"] >= 0.988, measures
