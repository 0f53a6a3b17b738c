"""Unit tests use sentences written for them: none of their strings repeats a sentence of the development set.

The development documents in ../shared/eval-dev measure generalisation through `tariffwatch eval`; a
sentence lifted from them into a unit test makes the test measure memory instead. Statutory formulae
that every document of a kind repeats word for word are not anyone's sentence and are allowed.
"""

import ast
import re
from pathlib import Path

import pytest

from tests.conftest import SHARED_EVAL

pytestmark = pytest.mark.skipif(not (SHARED_EVAL / "docs").is_dir(), reason="../shared/eval-dev is not present")

TESTS = Path(__file__).parent
LONGEST_SHARED = 8  # words: a fragment this long or longer, found verbatim, is a lifted sentence
FORMULAE = (
    # statutory formulae, in every act of their kind word for word: a fragment that is one, give or take
    # a few words (an article number, a section number), is allowed
    "This Regulation shall enter into force on the day following that of its publication in the Official Journal"
    " of the European Union",
    "shall enter into force on the day following that of its publication in the",
    "Having regard to the Treaty on the Functioning of the European Union",
    "This Order comes into force on the day on which it is registered",
    "Effective with respect to goods entered for consumption, or withdrawn from warehouse for consumption, on or after",
    "of the Trade Expansion Act of 1962, as amended",
    "of the Trade Act of 1974, as amended",
    "BY THE PRESIDENT OF THE UNITED STATES OF AMERICA",
    "the International Emergency Economic Powers Act (50 U.S.C.",  # the statute's name and citation in every IEEPA order
    # headings every notice of its kind prints word for word (the Commission's expiry notices, ITA's initiations)
    "Notice of the impending expiry of certain anti-dumping measures",
    "Initiation of Antidumping and Countervailing Duty Administrative Reviews",
    "Enforcement and Compliance, International Trade Administration, Department of Commerce.",
    "IN WITNESS WHEREOF, I have hereunto set my hand this",
    "in subchapter III of chapter 99 of the HTSUS",
    "a definitive anti-dumping duty on imports of",
    "A definitive anti-dumping duty is imposed on imports of",
)


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def is_formula(fragment: str) -> bool:
    return any(len(fragment.replace(formula, " ").split()) < 5 for formula in FORMULAE if formula in fragment)


def fragments(source: Path):
    """(line, fragment) for every string constant of a test module, cut at sentence punctuation."""
    for node in ast.walk(ast.parse(source.read_text("utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            for fragment in re.split(r"(?<=[.;:])\s+|\n", node.value):
                if len(fragment.split()) >= LONGEST_SHARED:
                    yield node.lineno, flat(fragment)


def test_no_test_string_repeats_a_development_sentence():
    development = " ".join(flat(path.read_text("utf-8", errors="replace")) for path in (SHARED_EVAL / "docs").iterdir())
    lifted = [
        f"{source.name}:{line}: {fragment[:80]}"
        for source in sorted(TESTS.glob("*.py"))
        for line, fragment in fragments(source)
        if fragment in development and not is_formula(fragment)
    ]
    assert lifted == []


def test_the_check_sees_a_lifted_sentence(tmp_path):
    """The check itself can fail: a module quoting a development sentence is caught."""
    document = next(path for path in sorted((SHARED_EVAL / "docs").iterdir()) if path.suffix == ".txt")
    sentence = max(re.split(r"(?<=[.;:])\s+|\n", document.read_text("utf-8", errors="replace")), key=len)
    module = tmp_path / "test_lifted.py"
    module.write_text(f"TEXT = {flat(sentence)!r}\n", encoding="utf-8")
    assert [fragment for _, fragment in fragments(module)] == [flat(sentence)]
