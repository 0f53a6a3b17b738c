"""The issue-16 bugs planted one at a time in a copy of the tree: does a test fail on each?

    python3 bench/planted_bugs.py [NUMBER ...]

Each bug is a small edit of one file (the deliberate bugs that survived the suite before issue 16,
plus the robots.txt rule the issue found untested). The copy runs the tests that should catch it,
in-process ones only (`-m "not separate_process"`), and the script prints the tests that failed.
Exit status 1 when some bug is caught by no test. Not part of CI: about three minutes.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COPIED = ("tariffwatch", "crawler", "nlp", "digest", "tests", "config.yaml", "pyproject.toml")

# (what the bug is, the file it is planted in, [(text, replaced by)], the tests to run)
BUGS = [
    (
        "'come into effect' not entry into force",
        "nlp/data/date_rules.en.yaml",
        [
            (
                r"(?:enter|enters|entered|entry|come|comes|came|coming)\s+into\s+(?:force|effect|operation)\b",
                r"(?:enter|enters|entered|entry|come|comes|came|coming)\s+into\s+(?:force|operation)\b",
            ),
        ],
        ["tests/test_dates.py"],
    ),
    (
        "'take effect' not entry into force",
        "nlp/data/date_rules.en.yaml",
        [
            (r"(?:effective|take\s+effect|takes\s+effect|took\s+effect|with\s+effect", r"(?:effective|with\s+effect"),
        ],
        ["tests/test_dates.py"],
    ),
    (
        "temporary SMTP 4xx pauses the subscriber",
        "digest/mailer.py",
        [
            (
                'Outcome("rejected" if 500 <= code < 600 else "failed", error)',
                'Outcome("rejected" if 400 <= code < 600 else "failed", error)',
            ),
        ],
        ["tests/test_sending.py", "tests/test_sending_log.py", "tests/test_mailer.py"],
    ),
    (
        "FTS syntax errors silently return nothing",
        "digest/search.py",
        [
            (
                '        if parsed.advanced and "locked" not in str(exc):',
                '        if parsed.advanced and "locked" not in str(exc):\n            return []',
            ),
        ],
        ["tests/test_search.py", "tests/test_web_api.py", "tests/test_query.py"],
    ),
    (
        "Retry-After ignored",
        "crawler/http.py",
        [
            ("        if retry_after is not None:\n", "        if False:\n"),
        ],
        ["tests/test_http.py"],
    ),
    (
        "unknown keys ignored outside source settings",
        "tariffwatch/config.py",
        [
            (
                'class Strict(BaseModel):\n    model_config = ConfigDict(extra="forbid")',
                'class Strict(BaseModel):\n    model_config = ConfigDict(extra="ignore")',
            ),
            (
                'model_config = ConfigDict(extra="forbid", populate_by_name=True)',
                'model_config = ConfigDict(extra="ignore", populate_by_name=True)',
            ),
        ],
        ["tests/test_config.py"],
    ),
    (
        "a range's upper end excluded from subscription matching",
        "digest/matching.py",
        [
            (
                "return low <= prefix[: len(low)] and prefix[: len(high)] <= high",
                "return low <= prefix[: len(low)] and prefix[: len(high)] < high",
            ),
            ("return low[:n] <= prefix <= high[:n]", "return low[:n] <= prefix < high[:n]"),
        ],
        ["tests/test_matching.py", "tests/test_sending_content.py"],
    ),
    (
        "a cross-chapter range filed under its first chapter only",
        "digest/areas.py",
        [
            ('return [f"{n:02d}" for n in range(int(low), int(high) + 1)]', "return [low]"),
        ],
        ["tests/test_matching.py", "tests/test_areas.py", "tests/test_sending_content.py"],
    ),
    (
        "hybrid search drops the semantic ranking",
        "digest/search.py",
        [
            (
                "(fulltext_hits(store, parsed, filters), 1.0), "
                "(semantic_hits(store, parsed.raw, filters), SEMANTIC_WEIGHT)",
                "(fulltext_hits(store, parsed, filters), 1.0)",
            ),
        ],
        ["tests/test_search.py", "tests/test_web_api.py"],
    ),
    (
        "duplicates marked without comparing codes",
        "nlp/vectors/dedup.py",
        [
            ("if self.store.change_codes(candidate) == codes:", "if True:"),
        ],
        ["tests/test_embeddings.py", "tests/test_dedup_batches.py"],
    ),
    (
        "robots.txt answering 5xx read as 'allow' (the issue's untested RFC 9309 rule)",
        "crawler/robots.py",
        [
            (
                "            self.unreachable[host] = str(exc)\n            return DISALLOW_ALL",
                "            self.unreachable[host] = str(exc)\n            return ALLOW_ALL",
            ),
        ],
        ["tests/test_page_source.py"],
    ),
]


def copy_tree(dest: Path) -> None:
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, dest / name, ignore=shutil.ignore_patterns("__pycache__", "*.new"))
        else:
            shutil.copy2(source, dest / name)
    (dest / "inbox").mkdir()  # config.yaml's inbox folder; what a user dropped there is not copied


def plant(dest: Path, path: str, edits: list[tuple[str, str]]) -> None:
    text = (dest / path).read_text("utf-8")
    for old, new in edits:
        if old not in text:
            raise SystemExit(f"{path}: the text to replace is gone ({old[:60]!r}): update the bug's edit")
        text = text.replace(old, new)
    (dest / path).write_text(text, "utf-8")


def failing_tests(dest: Path, tests: list[str]) -> tuple[list[str], str]:
    """The tests that fail in the copy, and pytest's summary line."""
    env = {**os.environ, "PYTHONPATH": str(dest)}
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-m", "not separate_process", *tests],
        cwd=dest,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    failed = sorted(set(re.findall(r"^FAILED (\S+?)(?:\[| - |$)", done.stdout, flags=re.M)))
    summary = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else done.stderr[-300:]
    return failed, summary


def main(argv: list[str]) -> int:
    only = {int(arg) for arg in argv}
    missed = 0
    for number, (name, path, edits, tests) in enumerate(BUGS, 1):
        if only and number not in only:
            continue
        with tempfile.TemporaryDirectory() as tmp:
            dest = Path(tmp)
            copy_tree(dest)
            plant(dest, path, edits)
            failed, summary = failing_tests(dest, tests)
        print(f"{number}. {name} ({path}): {summary}")
        print("\n".join(f"     fails: {test}" for test in failed) or "     NOT CAUGHT", flush=True)
        missed += not failed
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
