"""config.yaml validation: every bad file gives one line naming the key and the reason, exit 2."""

import os

import pytest

from tariffwatch.config import load_config


def one_line_error(result) -> str:
    assert result.exit_code == 2, result.output
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.output
    return lines[0]


def test_the_shipped_config_is_valid_and_points_at_real_sources():
    from crawler.registry import source_settings

    config = load_config(os.path.join(os.path.dirname(__file__), "..", "config.yaml"))
    sources = source_settings(config)
    assert str(sources["federal_register"].base_url) == "https://www.federalregister.gov/api/v1"
    assert config.database.name == "tariffwatch.db"
    assert config.smtp.password_env == "TARIFFWATCH_SMTP_PASSWORD"


def test_unknown_key_is_named(project):
    data = project.config_data()
    data["sources"]["federal_register"]["per_pgae"] = 10
    project.write_config(data)
    line = one_line_error(project.run("sources"))
    assert "sources.federal_register.per_pgae: unknown key" in line


def test_wrong_type_is_named(project):
    data = project.config_data()
    data["sources"]["federal_register"]["lookback_days"] = "a week"
    project.write_config(data)
    line = one_line_error(project.run("sources"))
    assert "sources.federal_register.lookback_days" in line and "integer" in line


def test_bad_url_is_named(project):
    project.write_config(fr_base_url="not a url")
    line = one_line_error(project.run("crawl"))
    assert "sources.federal_register.base_url" in line and "URL" in line


def test_missing_inbox_folder_is_named(project):
    project.inbox.rmdir()
    line = one_line_error(project.run("daily"))
    assert "sources.inbox.path" in line and "does not exist" in line


def test_unknown_source_is_named(project):
    data = project.config_data()
    data["sources"]["federal_registr"] = {"enabled": True}
    project.write_config(data)
    assert "sources.federal_registr: unknown source" in one_line_error(project.run("sources"))


def test_missing_and_unparsable_files(project, tmp_path):
    from click.testing import CliRunner

    from tariffwatch.cli import main

    missing = CliRunner().invoke(main, ["sources", "--config", str(tmp_path / "nope.yaml")])
    assert "config file not found" in one_line_error(missing)
    project.config_path.write_text("sources: [unclosed\n", encoding="utf-8")
    assert "not valid YAML at line" in one_line_error(project.run("sources"))


def test_password_must_be_an_environment_variable_name(project):
    data = project.config_data()
    data["smtp"] = {"password_env": "hunter2!"}
    project.write_config(data)
    assert "smtp.password_env" in one_line_error(project.run("sources"))


def test_config_from_environment_variable(project, monkeypatch):
    from click.testing import CliRunner

    from tariffwatch.cli import main

    monkeypatch.setenv("TARIFFWATCH_CONFIG", str(project.config_path))
    result = CliRunner().invoke(main, ["sources", "--json"])
    assert result.exit_code == 0, result.output
    assert {row["name"] for row in __import__("json").loads(result.stdout)} == {"federal_register", "inbox"}


@pytest.mark.parametrize("args", [["digest", "--date", "2026-13-01"], ["crawl", "no_such_source"]])
def test_broken_arguments_exit_2_with_one_line(project, args):
    result = project.run(*args)
    assert result.exit_code == 2
    assert "Traceback" not in result.output
