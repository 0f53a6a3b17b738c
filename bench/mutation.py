"""Mutation testing per module with mutmut: how many small deliberate bugs do the tests catch?

    python3 bench/mutation.py [MODULE ...] [--jobs 1] [--root DIR] [--modules-file FILE] [--keep]
                              [--sample N [--seed S]] [--minutes M]

Not part of CI: it is slow (minutes per module). The modules that decide what readers see are
listed in pyproject.toml under [tool.tariffwatch.mutation.NAME]: `files` to mutate, `tests` (the
pytest selection that should catch a bug there; tests that run the CLI in a separate process are
left out, since a mutant lives only in mutmut's own process) and, optionally, `functions`
(mutmut name globs, when only part of a file belongs to the module) and `mutmut` (settings over
[tool.mutmut], which holds what every run shares).

Each module runs in its own folder, build/mutation/NAME: a copy of the project whose
pyproject.toml tells mutmut to mutate that module's files and to collect tests from that module's
selection only, so a mutant is checked by the tests of its module that reach it. The script prints
killed / total and the score per module, then every surviving mutant as its diff. A mutant that
hangs counts as killed (the tests noticed it); one that no selected test reaches counts as
surviving. `--root` measures another checkout (an older commit) with a module table from
`--modules-file`.

On a shared machine a module can take longer than one has: `--sample N` checks N mutants drawn at
random (seeded) from the module's, `--minutes M` stops mutmut after M minutes and scores the
mutants checked by then, and `--keep` resumes a stopped run, checking only the mutants left.
A sampled or stopped score says so in its first line.
"""

from __future__ import annotations

import argparse
import contextlib
import fnmatch
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COPIED = ("tariffwatch", "crawler", "nlp", "digest", "tests", "config.yaml")
EMPTY = ("inbox",)  # config.yaml's inbox folder must exist; what a user dropped there is not copied
CAUGHT = {"killed", "timeout", "caught by type check"}
TARGET = 0.80


@dataclass
class Module:
    name: str
    files: list[str]
    tests: list[str]
    functions: list[str] = field(default_factory=list)
    mutmut: dict = field(default_factory=dict)  # settings of this module's own, over [tool.mutmut]


@dataclass
class Score:
    module: str
    statuses: dict[str, tuple[str, str]]  # mutant name -> (file, mutmut status), the mutants checked
    seconds: float
    of: int = 0  # the module's mutants, when the checked ones are a sample or a stopped run's share

    @property
    def total(self) -> int:
        return len(self.statuses)

    @property
    def killed(self) -> int:
        return sum(status in CAUGHT for _, status in self.statuses.values())

    @property
    def survivors(self) -> list[str]:
        return sorted(name for name, (_, status) in self.statuses.items() if status not in CAUGHT)

    @property
    def percent(self) -> float:
        return 100.0 * self.killed / self.total if self.total else 0.0


def read_table(path: Path) -> tuple[dict, list[Module]]:
    """[tool.mutmut] and the module table from a pyproject.toml (or any TOML of the same shape)."""
    tool = tomllib.loads(path.read_text("utf-8"))["tool"]
    modules = [
        Module(name, spec["files"], spec["tests"], spec.get("functions", []), spec.get("mutmut", {}))
        for name, spec in tool["tariffwatch"]["mutation"].items()
    ]
    return tool["mutmut"], modules


def toml_value(value) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(item) for item in value) + "]"
    if isinstance(value, bool):
        return "true" if value else "false"
    return json.dumps(value) if isinstance(value, str) else str(value)


def work_folder(root: Path, shared: dict, module: Module, keep: bool) -> Path:
    """build/mutation/NAME: the project copied, with a pyproject.toml for this module alone."""
    work = ROOT / "build" / "mutation" / (module.name if root == ROOT else f"{module.name}@{root.name}")
    if work.exists() and not keep:
        shutil.rmtree(work)
    if not work.exists():
        work.mkdir(parents=True)
        for name in COPIED:
            source = root / name
            if source.is_dir():
                shutil.copytree(source, work / name, ignore=shutil.ignore_patterns("__pycache__", "*.new"))
            elif source.exists():
                shutil.copy2(source, work / name)
        for name in EMPTY:
            (work / name).mkdir()
    settings = {
        **shared,
        **module.mutmut,
        "only_mutate": module.files,
        "pytest_add_cli_args_test_selection": module.tests,
    }
    pytest_options = tomllib.loads((root / "pyproject.toml").read_text("utf-8"))["tool"]["pytest"]["ini_options"]
    lines = ["[tool.mutmut]"] + [f"{key} = {toml_value(value)}" for key, value in settings.items()]
    lines += ["", "[tool.pytest.ini_options]"] + [
        f"{key} = {toml_value(value)}" for key, value in pytest_options.items()
    ]
    (work / "pyproject.toml").write_text("\n".join(lines) + "\n", "utf-8")
    return work


def mutant_globs(module: Module) -> list[str]:
    """mutmut's names for the module's mutants: 'digest.matching.*', or the listed functions' ones."""
    if module.functions:
        return module.functions
    return [file.removesuffix(".py").replace("/", ".") + ".*" for file in module.files]


def run_mutmut(work: Path, names: list[str], jobs: int, minutes: float | None = None) -> tuple[int, float]:
    """mutmut's exit status and the seconds it ran; its output goes to work/mutmut.log (appended).

    `names` are mutant names or globs; mutmut checks every mutant they name, even one already checked.
    """
    started = time.monotonic()
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}  # mutmut puts mutants/ first
    with open(work / "mutmut.log", "a", encoding="utf-8") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "mutmut", "run", "--max-children", str(jobs), *names],
            cwd=work,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its workers are stopped with it
        )
        try:
            status = process.wait(timeout=minutes * 60 if minutes else None)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGTERM)
            status = process.wait()
    return status, time.monotonic() - started


def generate(work: Path, module: Module, jobs: int) -> dict[str, tuple[str, str]]:
    """The module's mutants, generated (with mutmut's record of which tests reach them) if not yet there.

    mutmut generates every mutant and collects the tests' coverage before it filters by name, so a
    name that matches nothing prepares the folder and stops (with an error, expected here).
    """
    if not statuses(work, module):
        run_mutmut(work, ["no-such-mutant"], jobs)
    return statuses(work, module)


def checked_share(work: Path, module: Module, args: argparse.Namespace) -> Score:
    """Check a random sample, or the mutants a stopped run left, within the time given; score those checked."""
    found = generate(work, module, args.jobs)
    chosen = sorted(found)
    if args.sample and args.sample < len(chosen):
        chosen = sorted(random.Random(args.seed).sample(chosen, args.sample))
    left = [name for name in chosen if found[name][1] == "not checked"]
    status, seconds = run_mutmut(work, left, args.jobs, args.minutes) if left else (0, 0.0)
    found = statuses(work, module)
    checked = {name: found[name] for name in chosen if found[name][1] != "not checked"}
    return Score(module.name, checked, seconds, of=len(found) if len(checked) < len(found) else 0)


def failure(work: Path, module: Module, status: int) -> str:
    """A failed run in a few lines: the end of mutmut's log (a test failing on the unmutated code...)."""
    lines = [
        line for line in (work / "mutmut.log").read_text("utf-8", errors="replace").splitlines() if "\r" not in line
    ]
    tail = [line for line in lines if line.strip() and not line.startswith(("  ", "\x1b"))][-6:]
    return "\n".join([f"{module.name}: FAILED (mutmut exit {status}; see {work / 'mutmut.log'})", *tail])


def statuses(work: Path, module: Module) -> dict[str, tuple[str, str]]:
    """mutant name -> (file, mutmut status), read from mutmut's records in the work folder."""
    from mutmut.stats import status_by_exit_code

    found = {}
    globs = mutant_globs(module)
    for file in module.files:
        meta = work / "mutants" / (file + ".meta")
        if not meta.exists():
            continue
        for name, code in json.loads(meta.read_text("utf-8"))["exit_code_by_key"].items():
            if any(fnmatch.fnmatchcase(name, pattern) for pattern in globs):
                found[name] = (file, status_by_exit_code[code])
    return found


def diff_of(work: Path, file: str, mutant: str) -> list[str]:
    """The changed lines of one mutant, as `mutmut show` prints them."""
    from mutmut.mutation.diff_apply import get_diff_for_mutant

    with contextlib.chdir(work):
        shown = get_diff_for_mutant(mutant, path=file)
    return [
        line
        for line in shown.splitlines()
        if line[:1] in "+-" and not line.startswith(("+++", "---")) and line[1:].strip()
    ]


def report(score: Score, work: Path) -> str:
    share = f"; {score.total} of the module's {score.of} mutants checked" if score.of else ""
    lines = [
        f"{score.module}: {score.killed} / {score.total} killed = {score.percent:.1f} %"
        f" ({len(score.survivors)} surviving; {score.seconds:.0f} s{share})"
    ]
    for mutant in score.survivors:
        file, status = score.statuses[mutant]
        lines.append(f"  {status.upper()}: {mutant}")
        lines += [f"      {line}" for line in diff_of(work, file, mutant)]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("modules", nargs="*", help="module names from the table (default: all)")
    parser.add_argument("--jobs", type=int, default=1, help="mutants checked at once (the machine is shared)")
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout to measure")
    parser.add_argument("--modules-file", type=Path, help="TOML with [tool.mutmut] and the module table")
    parser.add_argument("--keep", action="store_true", help="reuse build/mutation/NAME, checking what is left")
    parser.add_argument("--sample", type=int, help="check this many mutants drawn at random")
    parser.add_argument("--seed", type=int, default=16, help="the sample's seed")
    parser.add_argument("--minutes", type=float, help="stop mutmut after this long and score what it checked")
    args = parser.parse_args(argv)

    shared, modules = read_table(args.modules_file or args.root / "pyproject.toml")
    unknown = set(args.modules) - {module.name for module in modules}
    if unknown:
        parser.error(f"unknown module {sorted(unknown)[0]!r}; known: {', '.join(m.name for m in modules)}")
    scores = []
    for module in [m for m in modules if not args.modules or m.name in args.modules]:
        work = work_folder(args.root.resolve(), shared, module, args.keep)
        if args.keep or args.sample or args.minutes:
            score = checked_share(work, module, args)
        else:
            status, seconds = run_mutmut(work, mutant_globs(module), args.jobs)
            if status != 0:
                print(failure(work, module, status), flush=True)
                continue
            score = Score(module.name, statuses(work, module), seconds)
        scores.append(score)
        text = report(score, work)
        (work / "report.txt").write_text(text + "\n", "utf-8")
        print(text, flush=True)
    print("\nmodule           killed / total    score")
    for score in scores:
        mark = "" if score.percent >= TARGET * 100 else "  (below 80 %)"
        mark += f"  ({score.total} of {score.of} checked)" if score.of else ""
        print(f"{score.module:<16} {score.killed:>6} / {score.total:<6} {score.percent:6.1f} %{mark}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
