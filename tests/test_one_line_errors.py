"""Errors reaching the user are one line naming what was wrong, with the documented exit code."""

from __future__ import annotations

import pytest

from bench.harness import make_site, run

RANGE = "out of range (from 0002-01-01 to 9998-12-31)"


def test_a_config_file_that_is_not_utf8_is_one_line(project):
    project.config_path.write_bytes("database: données.db\n".encode("latin-1"))
    result = project.run("sources")
    assert result.exit_code == 2
    assert result.stderr == f"Error: {project.config_path}: not UTF-8 text (byte 0xe9 on line 1)\n"


@pytest.mark.parametrize("command", ["digest", "daily", "send"])
def test_a_digest_day_at_the_end_of_the_calendar_is_a_usage_error(project, command):
    result = project.run(command, "--date", "9999-12-31")
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: Invalid value for '--date': 9999-12-31 is {RANGE} (see 'tariffwatch {command} --help')\n"
    )


@pytest.mark.parametrize(
    "args, message",
    [
        (["daily", "--bogus"], "No such option '--bogus'. (see 'tariffwatch daily --help')"),
        (["subscribe"], "Missing argument 'EMAIL'. (see 'tariffwatch subscribe --help')"),
        (["frobnicate"], "No such command 'frobnicate'. (see 'tariffwatch --help')"),
        (
            ["search", "steel", "--limit", "0"],
            "Invalid value for '--limit': 0 is not in the range 1<=x<=200. (see 'tariffwatch search --help')",
        ),
    ],
)
def test_usage_errors_are_one_line_from_the_real_command(tmp_path, args, message):
    site = make_site(tmp_path)
    result = run(site, *args)
    assert result.code == 2
    assert result.stderr == f"Error: {message}\n"


def test_help_and_version_still_work(tmp_path):
    site = make_site(tmp_path)
    assert run(site, "--version").code == 0
    helped = run(site, "daily", "--help")
    assert helped.code == 0 and helped.stdout.startswith("Usage: ")
