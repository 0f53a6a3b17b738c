"""One list's own scan (nlp/text/scan_sets.py) and the date triggers it gates (nlp/dates/reaching.py): a pattern is
ruled out only where Python's engine finds no match."""

import re

import pytest

from nlp.dates.reaching import nearest, reaching
from nlp.dates.rules import date_rules
from nlp.text import scan_sets
from nlp.text.scan_sets import ScanSet


@pytest.fixture
def patterns():
    return [
        re.compile(r"\benters?\s+into\s+force\b", re.IGNORECASE),
        re.compile(r"\bpublished\s+in\b", re.IGNORECASE),
        re.compile(r"(<)?\w+(?(1)>)"),  # a conditional group: no superset, so always possible
    ]


def test_only_the_patterns_whose_supersets_occur_are_named(patterns, tmp_path):
    scan = ScanSet(patterns, cache_dir=tmp_path)
    assert scan.occurring("The order ENTERS  into force on") == {0, 2}
    assert scan.occurring("The order was published in the Gazette on") == {1, 2}
    assert scan.occurring("\u00a7 4") == {2}


def test_without_hyperscan_nothing_is_ruled_out(patterns, tmp_path, monkeypatch):
    monkeypatch.setattr(scan_sets, "hyperscan", None)
    assert ScanSet(patterns, cache_dir=tmp_path).occurring("The order was published in the Gazette on") is None


def test_a_clock_time_between_a_trigger_and_its_date_is_blanked():
    rules = date_rules()
    clause = "The new duties enter into force at 12:01 a.m. eastern standard time on "
    assert [(trigger.types, end) for trigger, end in reaching(rules.latin_before, clause)] == [
        (("entry_into_force",), 31)
    ]


def test_a_trigger_needing_no_rare_word_is_found_where_it_is():
    rules = date_rules()
    clause = "The new duties were announced by the Minister on "
    assert nearest(reaching(rules.latin_before, clause), clause) == ("other",)
    assert reaching(rules.latin_before, "The new duties and the quotas of ") == []
