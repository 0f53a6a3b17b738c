"""config.yaml validation: every bad file gives one line naming the key and the reason, exit 2."""

from pathlib import Path

import pytest
import yaml

from crawler.registry import source_settings
from tariffwatch.config import load_config
from tariffwatch.errors import ConfigError

SHIPPED = Path(__file__).resolve().parents[1] / "config.yaml"


def one_line_error(result) -> str:
    """The CLI's whole stderr when a config is refused: exit 2 and exactly one line."""
    assert result.exit_code == 2, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def refusal(path: Path, data) -> str:
    """load_config's and the registry's one-line refusal of `data` written to `path`."""
    path.write_text(yaml.safe_dump(data) if not isinstance(data, str) else data, encoding="utf-8")
    with pytest.raises(ConfigError) as error:
        source_settings(load_config(path))
    return str(error.value)


def test_the_shipped_config_is_valid_and_points_at_real_sources():
    config = load_config(SHIPPED)
    sources = source_settings(config)
    assert str(sources["federal_register"].base_url) == "https://www.federalregister.gov/api/v1"
    assert config.database.name == "tariffwatch.db"
    assert config.smtp.password_env == "TARIFFWATCH_SMTP_PASSWORD"


def test_unknown_key_is_named(project):
    data = project.config_data()
    data["sources"]["federal_register"]["per_pgae"] = 10
    project.write_config(data)
    line = one_line_error(project.run("sources"))
    assert line == f"Error: {project.config_path}: sources.federal_register.per_pgae: unknown key"


@pytest.mark.parametrize(
    "section,key",
    [("http", "foo"), ("digest", "bar"), ("smtp", "x"), ("nlp", "y"), ("nomenclature", "hs_ulr"), (None, "databse")],
)
def test_an_unknown_key_outside_the_source_settings_is_named(project, section, key):
    """A typo anywhere (`digest.catchup_days`) must not silently leave the default in force."""
    data = project.config_data()
    (data.setdefault(section, {}) if section else data)[key] = 1
    project.write_config(data)
    line = one_line_error(project.run("sources"))
    assert line == f"Error: {project.config_path}: {f'{section}.' if section else ''}{key}: unknown key"


def test_wrong_type_is_named(project):
    data = project.config_data()
    data["sources"]["federal_register"]["lookback_days"] = "a week"
    project.write_config(data)
    line = one_line_error(project.run("sources"))
    assert line == (
        f"Error: {project.config_path}: sources.federal_register.lookback_days: "
        "Input should be a valid integer, unable to parse string as an integer"
    )


def test_bad_url_is_named(project):
    project.write_config(fr_base_url="not a url")
    line = one_line_error(project.run("crawl"))
    assert line == (
        f"Error: {project.config_path}: sources.federal_register.base_url: "
        "Input should be a valid URL, relative URL without a base"
    )


def test_missing_inbox_folder_is_named(project):
    project.inbox.rmdir()
    line = one_line_error(project.run("daily"))
    assert line == f"Error: {project.config_path}: sources.inbox.path: folder {project.inbox} does not exist"


def test_unknown_source_is_named_with_the_known_ones(project):
    data = project.config_data()
    data["sources"]["federal_registr"] = {"enabled": True}
    project.write_config(data)
    line = one_line_error(project.run("sources"))
    assert line == (
        f"Error: {project.config_path}: sources.federal_registr: unknown source (known: canada_gazette, cbp_csms, "
        "eur_lex, federal_register, federal_register_public_inspection, feed, inbox, page, uk_trade_tariff, wto_eping)"
    )


def test_missing_and_unparsable_files(project, tmp_path):
    from click.testing import CliRunner

    from tariffwatch.cli import main

    missing = CliRunner().invoke(main, ["sources", "--config", str(tmp_path / "nope.yaml")], catch_exceptions=False)
    assert one_line_error(missing) == f"Error: {tmp_path / 'nope.yaml'}: config file not found"
    project.config_path.write_text("nlp:\n  embeddings: false\nsources: [unclosed\n", encoding="utf-8")
    assert one_line_error(project.run("sources")) == f"Error: {project.config_path}: not valid YAML at line 4"


def test_a_folder_given_as_the_config_file_is_one_line(tmp_path):
    with pytest.raises(ConfigError) as error:
        load_config(tmp_path)
    assert str(error.value) == f"{tmp_path}: cannot read config file (Is a directory)"


def test_a_config_that_is_not_utf8_names_the_byte_and_its_line(tmp_path):
    path = tmp_path / "config.yaml"
    path.write_bytes(b'database: trade.db\nhttp:\n  user_agent: "Zoll\xfcberwachung (ops@example.org)"\n')
    with pytest.raises(ConfigError) as error:
        load_config(path)
    assert str(error.value) == f"{path}: not UTF-8 text (byte 0xfc on line 3)"


def test_a_control_character_is_invalid_yaml_without_a_line_to_name(tmp_path):
    path = tmp_path / "config.yaml"
    path.write_text('database: trade.db\ndigest:\n  base_url: "https://tariffs.example\x07.org"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as error:
        load_config(path)
    assert str(error.value) == f"{path}: not valid YAML"  # the YAML reader's errors carry no position


def test_a_config_that_is_not_a_mapping_is_refused(tmp_path):
    assert refusal(tmp_path / "config.yaml", "- http\n- smtp\n") == (
        f"{tmp_path / 'config.yaml'}: top level must be a mapping of settings"
    )


def test_an_empty_config_file_means_every_default(tmp_path):
    (tmp_path / "config.yaml").write_text("# nothing set yet\n", encoding="utf-8")
    config = load_config(tmp_path / "config.yaml")
    assert (config.database, config.http.max_retries, config.digest.weekly_on, config.sources) == (
        tmp_path / "tariffwatch.db",
        3,
        "monday",
        {},
    )


def test_paths_are_relative_to_the_config_files_folder(tmp_path, monkeypatch):
    folder = tmp_path / "deploy"
    (folder / "data").mkdir(parents=True)
    (folder / "drop").mkdir()
    (folder / "config.yaml").write_text(
        yaml.safe_dump(
            {
                "database": "data/trade.db",
                "digest": {"output_dir": "published", "outbox_dir": str(tmp_path / "spool")},
                "sources": {"inbox": {"path": "drop"}},
            }
        ),
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)  # elsewhere: the working folder must not matter
    config = load_config("deploy/config.yaml")
    assert (config.path, config.root) == (folder / "config.yaml", folder)
    assert config.database == folder / "data" / "trade.db"
    assert (config.digest.output_dir, config.digest.outbox_dir) == (folder / "published", tmp_path / "spool")
    assert source_settings(config)["inbox"].path == folder / "drop"


def test_the_sections_reach_the_config(tmp_path):
    data = {
        "http": {"user_agent": "customs-desk (+https://desk.example/bot)", "max_retries": 5},
        "nlp": {"embeddings": False, "batch_size": 8},
        "nomenclature": {"hs_url": "https://mirror.example/HS.json"},
        "smtp": {"host": "mail.desk.example", "port": 587, "from": "desk <desk@desk.example>"},
        "sources": {
            "federal_register": {
                "base_url": "https://fr.mirror.example/api/v1",
                "lookback_days": 3,
                "queries": [{"name": "customs", "agencies": ["u-s-customs-and-border-protection"]}],
            }
        },
    }
    (tmp_path / "config.yaml").write_text(yaml.safe_dump(data), encoding="utf-8")
    config = load_config(tmp_path / "config.yaml")
    assert (config.http.user_agent, config.http.max_retries) == ("customs-desk (+https://desk.example/bot)", 5)
    assert (config.nlp.embeddings, config.nlp.batch_size) == (False, 8)
    assert str(config.nomenclature.hs_url) == "https://mirror.example/HS.json"
    assert (config.smtp.host, config.smtp.port, config.smtp.from_) == (
        "mail.desk.example",
        587,
        "desk <desk@desk.example>",
    )
    assert source_settings(config)["federal_register"].lookback_days == 3


def test_a_missing_database_folder_is_named(tmp_path):
    assert refusal(tmp_path / "config.yaml", {"database": "state/trade.db"}) == (
        f"{tmp_path / 'config.yaml'}: database: folder {tmp_path / 'state'} does not exist"
    )


@pytest.mark.parametrize(
    "user_agent,accepted",
    [
        ("tariffwatch (contact: desk@customs.example)", True),
        ("tariffwatch (+https://customs.example/crawler)", True),
        ("tariffwatch/0.1", False),
    ],
)
def test_the_user_agent_needs_a_contact_address_or_url(tmp_path, user_agent, accepted):
    path = tmp_path / "config.yaml"
    if accepted:
        path.write_text(yaml.safe_dump({"http": {"user_agent": user_agent}}), encoding="utf-8")
        assert load_config(path).http.user_agent == user_agent
    else:
        assert refusal(path, {"http": {"user_agent": user_agent}}) == (
            f"{path}: http.user_agent: must include a contact address (e-mail or URL)"
        )


def test_a_source_section_left_empty_takes_the_sources_defaults(tmp_path):
    (tmp_path / "inbox").mkdir()
    (tmp_path / "config.yaml").write_text("sources:\n  inbox:\n", encoding="utf-8")
    assert source_settings(load_config(tmp_path / "config.yaml"))["inbox"].path == tmp_path / "inbox"


def test_a_wrong_value_deep_in_a_source_section_is_named_by_its_path(tmp_path):
    queries = [{"name": "trade", "types": "NOTICE"}]
    data = {"sources": {"federal_register": {"base_url": "https://fr.mirror.example/api/v1", "queries": queries}}}
    assert refusal(tmp_path / "config.yaml", data) == (
        f"{tmp_path / 'config.yaml'}: sources.federal_register.queries.0.types: Input should be a valid list"
    )


def test_password_must_be_an_environment_variable_name(project):
    data = project.config_data()
    data["smtp"] = {"password_env": "hunter2!"}
    project.write_config(data)
    assert one_line_error(project.run("sources")) == (
        f"Error: {project.config_path}: smtp.password_env: must be the name of an environment variable, not a password"
    )


@pytest.mark.parametrize("password_env", ["DESK_SMTP_PASSWORD", None])
def test_an_environment_variable_name_or_none_is_accepted_for_the_password(tmp_path, password_env):
    (tmp_path / "config.yaml").write_text(yaml.safe_dump({"smtp": {"password_env": password_env}}), encoding="utf-8")
    assert load_config(tmp_path / "config.yaml").smtp.password_env == password_env


def test_config_from_environment_variable(project, monkeypatch):
    from click.testing import CliRunner

    from tariffwatch.cli import main

    monkeypatch.setenv("TARIFFWATCH_CONFIG", str(project.config_path))
    result = CliRunner().invoke(main, ["sources", "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert {row["name"] for row in __import__("json").loads(result.stdout)} == {"federal_register", "inbox"}


def test_the_config_option_wins_over_the_environment_and_the_working_folder(tmp_path, monkeypatch):
    for name in ("given", "from-env", "here"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "config.yaml").write_text(f"database: {name}.db\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path / "here")
    monkeypatch.setenv("TARIFFWATCH_CONFIG", str(tmp_path / "from-env" / "config.yaml"))
    assert load_config(tmp_path / "given" / "config.yaml").database.name == "given.db"
    assert load_config().database.name == "from-env.db"
    monkeypatch.delenv("TARIFFWATCH_CONFIG")
    assert load_config().database.name == "here.db"


@pytest.mark.parametrize(
    "args,message",
    [
        (
            ["digest", "--date", "2026-13-01"],
            "Error: Invalid value for '--date': '2026-13-01' is not a date in YYYY-MM-DD form"
            " (see 'tariffwatch digest --help')",
        ),
        (
            ["crawl", "no_such_source"],
            "Error: unknown source 'no_such_source' (configured: federal_register, inbox) (see 'tariffwatch crawl --help')",
        ),
    ],
)
def test_broken_arguments_exit_2_naming_the_argument(project, args, message):
    result = project.run(*args)
    assert (result.exit_code, result.stderr.splitlines()[-1]) == (2, message)
