"""Statistical codes glued to their unit of quantity: a statistics office's tables of codes closed and opened, copied
from the web without the cell between the code and its unit ('7304900032T- Other', '7308200002NR- Towers and lattice
masts', '7228309040TContaining indentations'). The 10-digit code opens its line and the unit is one the tariff
measures goods in (nlp/data/code_patterns.yaml: units_glued_after_codes); a row alone in its table is read too (the
finder's glued rows need two in a run). The 6-digit subheading on the line above such a row ('722830- Other bars and
rods', or '730490' alone) is its parent in the schedule's hierarchy and a code too, where the row's code extends it.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

import yaml

from nlp.codes.notation import NO_SUCH_HEADING, notation
from nlp.codes.roles import Roles
from nlp.text.glued_rows import GLUED_CODE
from nlp.text.prefilter import may_occur
from nlp.text.sentences import Sentences
from nlp.types import CodeMention
from tariffwatch.codes import level_for

# the subheading heading the rows below it: alone on its line, or before its description after a dash
CONTEXT_REACH = 2000  # the note above the tables names the codes ('the codes that closed on …', 'statistical codes')
PARENT_LINE = re.compile(r"^[ \t]*(?P<code>\d{6})(?:[ \t]*[-–][^\n]*)?[ \t]*$", re.M)


@cache
def _glued_row() -> re.Pattern:
    data = yaml.safe_load(resources.files("nlp").joinpath("data/code_patterns.yaml").read_text("utf-8"))
    units = data["units_glued_after_codes"]
    # the unit, then the row's description after a dash or a space, a capitalised word, or the line's end
    return re.compile(rf"^[ \t]*(?P<code>\d{{10}})(?:{units})(?=[ \t]*[-–—]|[ \t]|[A-Z][a-z]|[ \t]*$)", re.M)


def codes_glued_to_units(text: str, sentences: Sentences, read: set[int]) -> list[CodeMention]:
    """The unit-glued codes opening rows of `text`, and the subheadings heading them, that no other reading took."""
    if not may_occur(GLUED_CODE, text) or not GLUED_CODE.search(text):
        return []
    roles, found, taken = Roles(text, sentences), [], set(read)
    for row in _glued_row().finditer(text):
        start, code = row.start("code"), row["code"]
        if NO_SUCH_HEADING.match(code) or code[2:4] == "00" or not _codes_named_above(text, start):
            continue
        for digits, at in ((code, start), *_parent_above(text, row.start(), code)):
            if at not in taken:
                taken.add(at)
                found.append(CodeMention(digits, level_for(digits), False, roles.at(at), digits, at, at + len(digits)))
    return sorted(found, key=lambda mention: mention.start)


def _codes_named_above(text: str, start: int) -> bool:
    """A code keyword above the row ('statistical codes', 'Customs Tariff classifications'): the rows are a tariff's."""
    return notation().keywords.search(text, max(0, start - CONTEXT_REACH), start) is not None


def _parent_above(text: str, line_start: int, code: str) -> list[tuple[str, int]]:
    """The subheading on the line right above the row, when the row's code extends it."""
    if line_start == 0:
        return []
    above_start = text.rfind("\n", 0, line_start - 1) + 1
    parent = PARENT_LINE.match(text, above_start, line_start - 1)
    if parent is None or not code.startswith(parent["code"]):
        return []
    return [(parent["code"], parent.start("code"))]
