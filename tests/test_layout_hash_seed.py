"""A text's parts must not depend on the interpreter's hash seed: parts that start at one offset are ordered by a
fixed rule, never by a set's iteration order (an Indian notice printed on one line took its measure from its
heading under one seed and from its legal basis under another)."""

import os
import subprocess
import sys

ONE_LINE_NOTICE = (
    "Whereas the designated authority, in its final findings dated the 3rd March, 2031, has recommended a duty on "
    "ceramic tiles from the Republic of Ruritania; Now, therefore, in exercise of the powers conferred by section 9A, "
    "the Central Government hereby imposes on the subject goods an anti-dumping duty for five years."
)
PROBE = "import sys; from nlp.text.layout import Layout; print(Layout(sys.stdin.read()).kind_at(0))"


def _kind_at_start(seed: int) -> str:
    env = {**os.environ, "PYTHONHASHSEED": str(seed), "PYTHONPATH": os.pathsep.join(sys.path)}
    run = subprocess.run(
        [sys.executable, "-c", PROBE],
        input=ONE_LINE_NOTICE,
        capture_output=True,
        text=True,
        env=env,
        cwd=None,
        check=True,
    )
    return run.stdout.strip()


def test_a_one_line_notice_opens_with_its_recitals_under_every_hash_seed():
    assert [_kind_at_start(seed) for seed in range(8)] == ["recitals"] * 8
