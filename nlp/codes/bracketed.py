"""Headings in brackets after the goods they name, as a broker's or a trade paper's page lists what a duty now
covers: '- Dairy products (0402)' / '- Food preparations (2106)', or 'dairy products (0402), food preparations (2106)
and petroleum oils (2710)'. A four-digit number in brackets alone may be a year or a count, so two such
headings at least must follow one another, each another, with words about the tariff before them (a UK
notice's list of exemptions repeats the document codes it names: '- goods with an import licence (9011)')."""

from __future__ import annotations

import re

from nlp.codes.notation import NO_SUCH_HEADING
from nlp.codes.roles import Roles
from nlp.text.patterns import guarded
from nlp.text.sentences import Sentences
from nlp.types import CodeMention

GATE = re.compile(r"\(\d{4}\)")  # the cheap test: most texts have none
# a word of the goods' description, a space, then the heading in brackets
# guarded: the engine skips ahead to each '(' (a lookbehind first, it tried every position of a text with one)
BRACKETED = guarded(r"(?<=[^\W\d_] )\((?P<code>\d{4})\)")
NEXT_REACH = 120  # from one bracketed heading to the next of the same list
CONTEXT_REACH = 600  # the words about the tariff before the list
TARIFF_WORDS = re.compile(
    r"\b(?:HS|HTS|HTSUS|tariffs?|dut(?:y|ies)|(?:sub)?headings?|codes?|provisions?|classif\w*)\b", re.I
)
MIN_ITEMS = 2


def bracketed_headings(text: str, sentences: Sentences, read: set[int]) -> list[CodeMention]:
    """Each heading of a run of bracketed headings whose start no other reading took."""
    if not GATE.search(text):
        return []
    found, roles = [], Roles(text, sentences)
    for run in _runs([match for match in BRACKETED.finditer(text)]):
        numbers = [match.group("code") for match in run]
        if len(run) < MIN_ITEMS or any(NO_SUCH_HEADING.match(number) for number in numbers):
            continue
        if len(set(numbers)) < len(numbers):
            continue  # a list's goods are each of their own heading; a repeated figure is a document code ('(9011)')
        if not TARIFF_WORDS.search(text, max(0, run[0].start() - CONTEXT_REACH), run[0].start()):
            continue
        for match in run:
            start, end = match.span("code")
            if start not in read:
                found.append(
                    CodeMention(match.group("code"), "heading", False, roles.at(start), text[start:end], start, end)
                )
    return found


def _runs(matches: list[re.Match]) -> list[list[re.Match]]:
    runs: list[list[re.Match]] = []
    for match in matches:
        if runs and match.start() - runs[-1][-1].end() <= NEXT_REACH:
            runs[-1].append(match)
        else:
            runs.append([match])
    return runs
