"""The Hyperscan scan gate (nlp/text/prefilter.py): never says no where Python's engine finds a match."""

import re

import pytest

from nlp.text import prefilter
from nlp.text.prefilter import LONG_TEXT, ScanGate
from nlp.text.supersets import LONGEST, superset

FILLER = " The Commission has examined the comments received from the interested parties." * (LONG_TEXT // 60)


def _long(sentence: str) -> str:
    return FILLER + " " + sentence + FILLER


@pytest.fixture
def gate(tmp_path):
    return ScanGate(cache_dir=tmp_path)


def test_a_pattern_absent_from_the_text_is_ruled_out(gate):
    duty = gate.register(re.compile(r"(?<![\w.])anti-dumping\s+duty\b", re.IGNORECASE))
    assert gate.may_match(duty, _long("The Council imposes a definitive ANTI-DUMPING  duty on imports."))
    assert not gate.may_match(duty, _long("The Council imposes a definitive countervailing duty on imports."))


def test_characters_python_folds_under_ignorecase_are_kept(gate):
    shall = gate.register(re.compile(r"shall\s+apply", re.IGNORECASE))
    kelvin = gate.register(re.compile(r"[a-z]+ duty", re.IGNORECASE))
    assert gate.may_match(shall, _long("It \u017fhall apply from 1 July."))  # the long s folds to 's' in Python
    assert gate.may_match(kelvin, _long("\u212a duty"))  # the Kelvin sign folds into [a-z]


def test_digits_and_spaces_of_other_scripts_are_kept(gate):
    date = gate.register(re.compile(r"\b\d{1,2}\.\d{1,2}\.\d{4}\b"))
    spaced = gate.register(re.compile(r"per\s+tonne"))
    assert gate.may_match(date, _long("نافذ من \u0661\u0665.\u0660\u0667.\u0662\u0660\u0662\u0664"))
    assert not gate.may_match(date, _long("in force from the fifteenth of July"))
    assert gate.may_match(spaced, _long("EUR 12 per\u00a0tonne"))


def test_an_assertion_true_only_at_a_shorter_end_does_not_rule_out(gate):
    code = gate.register(re.compile(r"8471(?!\.30)"))
    text = _long("heading 8471.30 and others")
    at = text.index("8471")
    assert code.search(text, 0, at + 4) is not None  # with endpos the lookahead sees nothing after '8471'
    assert gate.may_match(code, text)


def test_a_back_reference_is_written_as_its_group(gate):
    sep = gate.register(re.compile(r"\d{1,2}(?P<sep>[/-])\d{1,2}(?P=sep)\d{4}"))
    assert gate.may_match(sep, _long("from 26/04/2023 on"))
    assert not gate.may_match(sep, _long("from 26 April 2023 on"))


def test_an_alternation_too_long_to_write_whole_is_written_alternative_by_alternative(gate):
    words = [f"w{index:05d}x" for index in range(LONGEST // 4)]  # four alternatives of a quarter each
    quarters = ["|".join(words[quarter::4]) for quarter in range(4)]
    months = gate.register(re.compile("|".join(rf"\b(?:{quarter})\s+\d{{4}}" for quarter in quarters)))
    assert len(superset(months)) == 4
    assert gate.may_match(months, _long(f"signed {words[-1]} 2031"))
    assert not gate.may_match(months, _long(f"signed {words[-1]} of 2031"))


def test_a_guarded_alternation_too_long_to_write_whole_is_written_alternative_by_alternative(gate):
    words = [f"w{index:05d}x" for index in range(LONGEST // 4)]
    quarters = ["|".join(words[quarter::4]) for quarter in range(4)]
    # a guard in front (an alternation of assertions, matching only an empty string), as nlp.text.patterns.guarded writes
    guarded = "(?:(?=[w])\\b|(?=\\s))(?:" + "|".join(rf"(?:{quarter})\s+\d{{4}}" for quarter in quarters) + ")"
    months = gate.register(re.compile(guarded))
    assert len(superset(months)) == 4
    assert gate.may_match(months, _long(f"signed {words[-1]} 2031"))
    assert not gate.may_match(months, _long(f"signed {words[-1]} of 2031"))


def test_patterns_with_no_superset_are_always_possible(gate):
    empty = gate.register(re.compile(r"x*"))  # its superset matches an empty string: Hyperscan refuses it
    conditional = gate.register(re.compile(r"(<)?\w+(?(1)>)"))
    assert superset(conditional) is None
    assert gate.may_match(empty, _long("no such letter"))
    assert gate.may_match(conditional, _long("..."))


def test_a_short_text_is_scanned_too(gate):
    quota = gate.register(re.compile(r"tariff\s+quota", re.IGNORECASE))
    assert not gate.may_match(quota, "A duty of 12,5 % applies outside the quota.")
    assert gate.may_match(quota, "A duty of 12,5 % applies outside the Tariff  Quota.")
    assert gate.may_match(quota, "A duty of 12,5 % applies outside the tariff quota.".lower())  # a copy made afresh


def test_unregistered_patterns_are_always_possible(gate):
    assert gate.may_match(re.compile(r"tariff\s+quota"), _long("outside the quota"))
    assert gate.may_match(re.compile(r"tariff\s+quota"), "outside the quota")


def test_short_texts_asked_of_push_no_long_text_scan_out(gate, monkeypatch):
    quota = gate.register(re.compile(r"tariff\s+quota", re.IGNORECASE))
    gate.ready()
    scanned = []
    scan = prefilter._scan
    monkeypatch.setattr(prefilter, "_scan", lambda *args: scanned.append(args[2]) or scan(*args))
    text = _long("A tariff quota of 500 tonnes is opened.")
    sentences = [f"Sentence {number} of the notice." for number in range(2 * prefilter.REMEMBERED_TEXTS)]
    for sentence in sentences:
        assert gate.may_match(quota, text)
        assert not gate.may_match(quota, sentence)
    assert scanned.count(text.encode("utf-8")) == 1


def test_a_pattern_registered_after_the_database_is_compiled_joins_it(gate):
    percent = gate.register(re.compile(r"\d+(?:[.,]\d+)?\s*%"))
    gate.ready()
    quota = gate.register(re.compile(r"tariff\s+quota", re.IGNORECASE))
    text = _long("A duty of 12,5 % applies outside the quota.")
    assert gate.may_match(percent, text)
    assert not gate.may_match(quota, text)


def test_a_second_gate_loads_the_database_the_first_saved(tmp_path):
    pattern = re.compile(r"safeguard\s+measure")
    first, second = ScanGate(cache_dir=tmp_path), ScanGate(cache_dir=tmp_path)
    first.register(pattern)
    first.ready()
    assert len(list(tmp_path.glob("*.hsdb"))) == 1
    second.register(pattern)
    assert not second.may_match(pattern, _long("a definitive duty"))
    assert second.may_match(pattern, _long("a provisional safeguard measure"))


def test_without_hyperscan_every_pattern_is_possible(monkeypatch, tmp_path):
    monkeypatch.setattr(prefilter, "hyperscan", None)
    gate = ScanGate(cache_dir=tmp_path)
    pattern = gate.register(re.compile(r"safeguard\s+measure"))
    gate.ready()
    assert gate.may_match(pattern, _long("a definitive duty"))


def test_may_match_asks_the_scan_for_a_registered_pattern():
    from nlp.text.patterns import may_match
    from nlp.text.prefilter import scan_gated

    pattern = scan_gated(re.compile(r"(?<!\w)\d{4}\.\d{2}\s*\*"))  # needs no word: only the scan can rule it out
    assert may_match(pattern, _long("heading 8471.30 * automatic machines"))
    assert not may_match(pattern, _long("heading 8471.30, automatic machines"))
    assert not may_match(pattern, "heading 8471.30, automatic machines")  # a short text is scanned too
    assert may_match(pattern, "heading 8471.30 * automatic machines")


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("applies from 1 January 2031 onwards", "2031-01-01"),
        ("applies from January 1, 2031 onwards", "2031-01-01"),
        ("applies from 2031-01-01 onwards", "2031-01-01"),
        ("applies from 01/02/2031 onwards", "2031-02-01"),
        ("applies from 1.2.2031 onwards", "2031-02-01"),
        ("hatályos 2031. július 1-jétől", "2031-07-01"),
        ("applies from 1er février 2031", "2031-02-01"),
    ],
)
def test_dates_the_scan_lets_through_are_found_in_a_long_text(written, day):
    from nlp.dates.finder import find_dates

    found = find_dates(_long(written))
    assert [item.date.isoformat() for item in found] == [day]


def test_a_placed_pattern_is_ruled_out_of_a_window_no_match_of_its_superset_ends_in(gate):
    dated = gate.register(re.compile(r"\b\d{1,2}\s+(?:march|april)\s+\d{4}$"), placed=True)
    text = _long("Notice of 4 april 2031. It applies to the goods released for free circulation in 2032.")
    first, second = text.index("2031") + 4, text.index("2032") + 4
    assert second - first > 48
    assert gate.may_match_between(dated, text, first - 48, first)
    assert dated.search(text, first - 48, first) is not None
    assert not gate.may_match_between(dated, text, second - 48, second)
    assert dated.search(text, second - 48, second) is None
    assert not gate.may_match_between(dated, text, first, second)  # the match ends at the window's start: outside


def test_a_placed_pattern_is_placed_in_characters_after_letters_of_several_bytes(gate):
    dated = gate.register(re.compile(r"\b\d{1,2}\s+(?:märz|april)\s+\d{4}\b"), placed=True)
    text = _long("Bekanntmachung für Übergänge — 4 märz 2031, gültig ab 2032.")
    assert not text.isascii()
    end = text.index("2031") + 4
    assert gate.may_match_between(dated, text, end - 14, end)
    assert not gate.may_match_between(dated, text, end - 14, end - 1)  # one character short of the match's end
    assert not gate.may_match_between(dated, text, end, len(text))


def test_a_pattern_not_placed_answers_for_the_whole_text_in_any_window(gate):
    quota = gate.register(re.compile(r"tariff\s+quota"))
    text = _long("within the tariff quota only")
    assert gate.may_match_between(quota, text, 0, 10)  # occurs in the text: every window is searched
    assert not gate.may_match_between(quota, _long("within the quota only"), 0, 10)
