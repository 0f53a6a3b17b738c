"""One list's own scan (nlp/text/scan_sets.py) and the date triggers it gates (nlp/dates/reaching.py): a pattern is
ruled out only where Python's engine finds no match."""

import re
from dataclasses import replace

import pytest

from nlp.countries import jurisdiction
from nlp.dates.reaching import nearest, reaching
from nlp.dates.rules import date_rules
from nlp.text import scan_sets
from nlp.text.needed_words import NeededWords
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


LINES = [
    "Date of publication: §",
    "Ottawa, § | Canada Gazette Part II",
    "§ | Official Journal of the European Union | L 112/3",
    "Entry into force: §",
    "Bekanntmachung vom § über Einfuhrzölle",
    "Fecha de entrada en vigor: §",
    "The duties and the quotas of §",
]


def test_the_line_rules_gate_names_every_rule_that_matches_a_line_in_their_order():
    """The class: a date's line read against the line rules its scan names (nlp/dates/rules.py `possible`), not all
    134 of them: a rule that matches the line is never left out, and the first found is still the first in order."""
    rules = date_rules()
    for line in LINES:
        possible = rules.possible("lines", line)
        assert possible == sorted(possible)
        matching = [index for index, rule in enumerate(rules.lines) if rule.pattern.search(line)]
        assert set(matching) <= set(possible), line


def test_without_hyperscan_the_line_rules_fall_back_to_their_needed_words(monkeypatch):
    monkeypatch.setattr(scan_sets, "hyperscan", None)
    rules = replace(date_rules(), _scanned={})  # a copy whose gates are built afresh, without Hyperscan
    line = "Entry into force: §"
    assert rules.possible("lines", line) == rules.needed_words("lines").possible(line)


OPENINGS = [
    "COMMISSION IMPLEMENTING REGULATION (EU) 2031/412 imposing a definitive anti-dumping duty on imports of "
    "glass fibre fabrics. THE EUROPEAN COMMISSION, Having regard to the Treaty ...",
    "Notice to importers. The Canada Border Services Agency and the Department of Finance announce that the "
    "Customs Tariff is amended ...",
    "The Office of the United States Trade Representative (USTR) modifies the HTSUS as published in the Federal "
    "Register ...",
    "Ministry of Commerce: the tariff on the goods below is raised from 5 % to 8 %.",
]


def test_the_jurisdiction_cues_gate_names_every_cue_found_in_the_opening():
    """The class: an opening read against the jurisdiction cues its scan names (nlp/countries/jurisdiction.py
    `_possible_cues`), not every cue whose common words it holds: a cue that occurs is never left out."""
    _, cues, needed = jurisdiction._jurisdiction_cues_with_words()
    for opening in OPENINGS:
        possible = jurisdiction._possible_cues(opening, needed)
        assert possible == sorted(possible)
        assert {index for index, cue in enumerate(cues) if cue.search(opening)} <= set(possible), opening


SENTENCES = [
    "The duties imposed by Regulation (EU) 2029/77 remained in force until the review concluded.",
    "These duties apply to goods loaded on board on or after 1 June 2031.",
    "Die Waren wurden vor dem 3. März 2031 verladen; der Untersuchungszeitraum endete am 31. Dezember 2030.",
    "The deadline for the completion of the review is 14 August 2031.",
    "The goods were shipped from the port of loading on ",
    "The measure enters into force on the day following its publication.",
]


@pytest.mark.parametrize("hyperscan_present", [True, False])
def test_search_any_tells_what_the_patterns_searched_one_by_one_tell(hyperscan_present, monkeypatch):
    """The class: a sentence asked whether any of a list's patterns occurs in it (background, conditions) answered
    from the alternatives its own scan names (nlp/text/needed_words.py `search_any`): the answer of a plain search."""
    if not hyperscan_present:
        monkeypatch.setattr(scan_sets, "hyperscan", None)
    rules = date_rules()
    for name in ("background", "retroactive", "conditions"):
        needed = NeededWords(getattr(rules, name))  # afresh: its scan is built under this test's Hyperscan
        for sentence in SENTENCES:
            expected = any(pattern.search(sentence) for pattern in getattr(rules, name))
            assert needed.search_any(sentence) == expected, (name, sentence)
