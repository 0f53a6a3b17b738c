"""Survivors of a mutation run checked again against tests written since, without rerunning mutmut.

    python3 bench/mutation_recheck.py MODULE [--only GLOB] TEST [TEST ...]

A full mutmut run of a module takes long on a shared machine. When tests were added after it, this
plants each survivor of build/mutation/MODULE (its diff, as mutmut shows it) in a copy of the current
tree and runs the given tests there: a survivor those tests fail on is killed. The tests the run
already had did not kill it, so the given tests (the new ones) decide. `--only` rechecks the
survivors whose names match a glob (the functions the new tests are about). Prints the survivors now
killed, those still surviving, and the module's score with them counted.
"""

from __future__ import annotations

import fnmatch
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from mutation import CAUGHT, COPIED, EMPTY, ROOT, diff_of, read_table, statuses


def indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def planted(source: str, diff: list[str]) -> str | None:
    """`source` with the mutant's change made, matched by content (mutmut shows methods dedented)."""
    lines = [line for line in diff if not line.startswith(("---", "+++", "@@"))]
    old = [line[1:] for line in lines if line[:1] in " -"]
    new = [line[1:] for line in lines if line[:1] in " +"]
    text = source.split("\n")
    for start in range(len(text) - len(old) + 1):
        if all(text[start + k].strip() == old[k].strip() for k in range(len(old))):
            first = next(k for k, line in enumerate(old) if line.strip())
            shift = indent(text[start + first]) - indent(old[first])
            moved = [" " * shift + line if line.strip() else line for line in new]
            return "\n".join(text[:start] + moved + text[start + len(old) :])
    return None


def full_diff(work: Path, file: str, mutant: str) -> list[str]:
    from mutmut.mutation.diff_apply import get_diff_for_mutant

    cwd = os.getcwd()
    os.chdir(work)
    try:
        return get_diff_for_mutant(mutant, path=file).splitlines()
    finally:
        os.chdir(cwd)


def fails(copy: Path, tests: list[str]) -> bool:
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", "-m", "not separate_process", *tests],
        cwd=copy,
        env={**os.environ, "PYTHONPATH": str(copy)},
        capture_output=True,
        text=True,
        check=False,
    )
    return done.returncode != 0


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        raise SystemExit(__doc__.split("\n\n")[1])
    name, tests, only = argv[0], argv[1:], "*"
    if tests[:1] == ["--only"]:
        only, tests = tests[1], tests[2:]
    _, modules = read_table(ROOT / "pyproject.toml")
    module = next(m for m in modules if m.name == name)
    work = ROOT / "build" / "mutation" / name
    found = {key: value for key, value in statuses(work, module).items() if value[1] != "not checked"}
    survivors = sorted(
        key for key, (_, status) in found.items() if status not in CAUGHT and fnmatch.fnmatchcase(key, only)
    )
    killed_now, still = [], []
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp)
        for item in COPIED + ("pyproject.toml",):
            source = ROOT / item
            if source.is_dir():
                shutil.copytree(source, copy / item, ignore=shutil.ignore_patterns("__pycache__", "*.new"))
            else:
                shutil.copy2(source, copy / item)
        for item in EMPTY:
            (copy / item).mkdir()
        for mutant in survivors:
            file = found[mutant][0]
            original = (copy / file).read_text("utf-8")
            changed = planted(original, full_diff(work, file, mutant))
            if changed is None:  # the code moved on since the run: this survivor cannot be planted
                still.append(f"{mutant} (not found in the current code)")
                continue
            (copy / file).write_text(changed, "utf-8")
            (killed_now if fails(copy, tests) else still).append(mutant)
            (copy / file).write_text(original, "utf-8")
    killed = sum(status in CAUGHT for _, status in found.values()) + len(killed_now)
    print(f"{name}: {len(killed_now)} of {len(survivors)} survivors ({only}) killed by {' '.join(tests)}")
    print(f"{name}: {killed} / {len(found)} killed = {100 * killed / len(found):.1f} % with them counted")
    for mutant in still:
        print(f"  STILL SURVIVING: {mutant}")
        file = found[re.sub(r" \(.*", "", mutant)][0]
        print("\n".join(f"      {line}" for line in diff_of(work, file, re.sub(r" \(.*", "", mutant))))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
