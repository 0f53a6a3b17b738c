"""Round 24 integration: what merging the round's second-pass branches broke on earlier sets, by class. Every passage
is written for these tests."""

import json

from tests.fact_readers import measures


def test_goods_admitted_at_a_zero_rate_that_now_bear_a_rate_are_a_rate_change():
    """Class: a zero rate named as the goods' former treatment, the provision giving them a non-zero rate (read15-world
    1928 lost its rate change to round 24's 'zero rate of duty' suspension row): duty_rate_change, no suspension."""
    text = (
        "Section 4\nArticles admissible at a zero rate of duty under Chapter 97 of the Schedule shall now bear a reduced"
        " duty rate of 7.5%, except articles of the following headings:\n(a) 9701.10 - paintings;\n"
    )
    assert measures(text) == ["duty_rate_change"]


def test_a_zero_rate_of_duty_granted_for_a_year_stays_a_suspension():
    """Near miss: a zero rate granted for a period, no other rate in its sentence, stays a suspension."""
    text = "A zero rate of import duty shall apply to cane sugar from 1 March 2031 until 28 February 2032.\n"
    assert measures(text) == ["duty_suspension"]


def test_a_demonym_in_letters_that_lower_case_otherwise_names_its_country(tmp_path):
    """Class: a remedy's demonym written with a letter whose lower case differs from the engine's case-blind match
    (Turkish dotted capital I, a long s in an old print): the country, not a KeyError that ended the whole run."""
    from click.testing import CliRunner

    from tariffwatch.cli import main

    files = []
    for number, demonym in enumerate(("CHİNESE", "Chineſe")):
        path = tmp_path / f"notice{number}.txt"
        path.write_text(f"Definitive anti-dumping duty on imports of {demonym} ceramic tiles.\n", encoding="utf-8")
        files.append(str(path))
    result = CliRunner().invoke(main, ["extract", *files, "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    found = [json.loads(line) for line in result.stdout.splitlines()]
    assert [change["countries"]["affected"] for change in found] == [["CN"], ["CN"]]


def test_extracting_files_goes_on_past_one_that_fails(tmp_path):
    """Bad input: one broken file among three is named in one error line; the other two are extracted and the exit
    status says one failed."""
    from click.testing import CliRunner

    from tariffwatch.cli import main

    good = tmp_path / "a.txt"
    good.write_text("Goods of CN code 7208 51 20 are subject to a duty of 12 %.\n", encoding="utf-8")
    broken = tmp_path / "b.pdf"
    broken.write_bytes(b"%PDF-1.4 cut short")
    other = tmp_path / "c.txt"
    other.write_text("Goods of CN code 7606 12 99 are subject to a duty of 6 %.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(good), str(broken), str(other), "--format", "jsonl"])
    assert result.exit_code == 1
    assert [json.loads(line)["file"] for line in result.stdout.splitlines()] == [str(good), str(other)]
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1 and errors[0].startswith(f"error: {broken}: not a readable PDF")
    assert "1 of 3 files failed" in result.stderr


def test_a_superset_cache_file_of_another_shape_is_written_again(tmp_path):
    """Bad input: a remembered-supersets file whose entries are not lists of strings (numbers, lists of numbers) is
    not used: the supersets are the fresh ones, and the file is written again."""
    import re

    from nlp.text.superset_cache import supersets_of
    from nlp.text.supersets import superset

    patterns = [re.compile(r"\bentry into force\b", re.I), re.compile(r"anti-?dumping duty")]
    fresh = [superset(pattern) for pattern in patterns]
    assert supersets_of(patterns, tmp_path) == fresh
    [written] = tmp_path.glob("*.supersets.json")
    for damaged in ("[7, 7]", "[[1, 2], null]", '[["ok"], {"a": 1}]'):
        written.write_text(damaged, encoding="ascii")
        assert supersets_of(patterns, tmp_path) == fresh
        assert json.loads(written.read_text("ascii")) == [list(parts) for parts in fresh]
