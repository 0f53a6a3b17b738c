"""Every command has help text and is documented in the README; errors are one line."""

from pathlib import Path

from click.testing import CliRunner

from tariffwatch.cli import main

README = (Path(__file__).parents[1] / "README.md").read_text("utf-8")


def test_every_command_has_help_and_is_in_the_readme():
    for name, command in main.commands.items():
        result = CliRunner().invoke(main, [name, "--help"])
        assert result.exit_code == 0, name
        assert command.help, f"{name} has no help text"
        assert f"tariffwatch {name}" in README, f"{name} missing from README"


def test_extract_files_as_jsonl(tmp_path):
    import json

    path = tmp_path / "notice.txt"
    path.write_text(
        "Imports of products of heading 9903.88.15 and headings 7208 to 7212 are subject to "
        "duty effective January 1, 2027.",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["extract", str(path), "--format", "jsonl", "--published", "2026-11-20"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["file"] == str(path)
    assert [c["code"] for c in record["hs_codes"]] == ["99038815"]
    assert record["hs_ranges"][0]["from"] == "7208" and record["hs_ranges"][0]["to"] == "7212"
    assert {"type": "entry_into_force", "date": "2027-01-01"}.items() <= record["dates"][0].items()
    text = path.read_text("utf-8")
    for item in record["hs_codes"] + record["hs_ranges"] + record["dates"]:
        assert text[item["start"] : item["end"]] == item["text"]


def test_config_and_json_may_stand_before_the_command(project):
    import json

    result = CliRunner().invoke(main, ["--config", str(project.config_path), "--json", "sources"])
    assert result.exit_code == 0, result.output
    assert sorted(row["name"] for row in json.loads(result.stdout)) == ["federal_register", "inbox"]


def test_format_before_the_command_must_suit_the_command(project):
    result = CliRunner().invoke(main, ["--format", "atom", "search", "steel", "--config", str(project.config_path)])
    assert result.exit_code == 2
    assert "'atom' is not one of table, json" in result.output


def test_search_table_has_a_header_row(project):
    from tests.conftest import inbox_project

    inbox_project(project, names=("uk_stop_press.txt",))
    result = project.run("search", "ceramic tiles", "--mode", "fulltext")
    assert result.exit_code == 0, result.output
    header = result.stdout.splitlines()[0].split()
    assert header == ["change", "score", "jur", "in", "force", "title", "codes"]
    assert "ceramic tiles" in result.stdout.splitlines()[1].lower()
