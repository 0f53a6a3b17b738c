"""The house's directions are enforced: import-linter contracts and ruff run clean, and break on a wrong-way import."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.separate_process  # lint-imports and ruff run as their own processes

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("tariffwatch", "crawler", "nlp", "digest")


def lint_imports(folder: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from importlinter.cli import lint_imports_command as run; sys.exit(run())",
            "--no-cache",
        ],
        cwd=folder,
        env={"PYTHONPATH": str(folder), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=120,
    )


def copy_of_the_tree(tmp_path: Path) -> Path:
    for package in PACKAGES:
        shutil.copytree(ROOT / package, tmp_path / package, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    return tmp_path


def test_the_tree_keeps_every_import_contract():
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_a_wrong_way_import_fails_and_is_named(tmp_path):
    tree = copy_of_the_tree(tmp_path)
    module = tree / "nlp" / "fetching_by_mistake.py"
    module.write_text("from crawler.http import HttpClient\n", encoding="utf-8")
    result = lint_imports(tree)
    assert result.returncode != 0
    assert "Extraction imports no fetcher, no reader and not the CLI BROKEN" in result.stdout
    assert "nlp.fetching_by_mistake -> crawler.http" in result.stdout


def test_ruff_finds_nothing_to_fix():
    check = subprocess.run(["ruff", "check", "."], cwd=ROOT, capture_output=True, text=True)
    assert check.returncode == 0, check.stdout
    formatted = subprocess.run(["ruff", "format", "--check", "."], cwd=ROOT, capture_output=True, text=True)
    assert formatted.returncode == 0, formatted.stdout
