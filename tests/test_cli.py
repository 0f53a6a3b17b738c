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
