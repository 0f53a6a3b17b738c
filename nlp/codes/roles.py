"""What a text says about a code it names: covered, excluded, deleted, inserted, replaced...

A role word counts when it governs the code: in the same clause with nothing but code words and
other codes between them ("excluding those of subheading 7208 25 00", "delete: 7208 51 20, 7208 52
10"), or as the instruction line that opens the list or table the code stands in ("Please delete
the following:"). A role word inside a product description ("7208 10 00 (excluding coils), 7208 25
00") governs nothing after it, and prose far above a code says nothing about it.
"""

from __future__ import annotations

import re

from nlp.codes.exception_lists import in_an_excepted_item, may_except, negates_scope, opening_sentence
from nlp.codes.notation import notation
from nlp.codes.quoted_wording import in_quoted_wording
from nlp.codes.substituted import corrected_from, swap_side
from nlp.text.patterns import guarded
from nlp.text.sentences import Sentences

ROLE_WORDS = [
    ("reinserted", r"\bre-?insert"),
    # Russian: "заменить", "исключить подсубпозицию …", "включить подсубпозиции …" (the Commission's infinitives)
    ("replacement", r"\breplace(?:d|ment)?\s+(?:with|by)\b|\bsubstitut|\bзаменить\b"),
    ("deleted", r"\bdelet|\brepeal|\bremov|\bterminat|\bcease|\bomit|\bисключить\b|\bисключаются\b"),
    ("inserted", r"\binsert|\badd(?:ed|ing)?\b|\bnew\s+(?:commodity\s+)?codes?\b|\bвключить\b|\bдополнить\b"),
    (
        "excluded",
        # "(excl. those of HTISCs …)": the abbreviation a scope description lists left-out codes behind
        r"\bexclud(?:e|es|ed|ing)\b|\bexcl\.|\bexclusions?\s+(?:of|for)\b|\bexcept\b(?!\s+as\b)|\bother\s+than\b"
        r"|\bnot\s+(?:covered|including)\b|\bnot\s+(?:be\s+)?subject\s+to\b|\b(?:shall|does|do|will)\s+not\s+apply\s+to\b|\bза\s+исключением\b|\bкроме\b"
        r"|\b(?:do|does|must|should|shall|need)\s+not\s+(?:file|report|declare|enter|use|submit)\b",
    ),
    ("former", r"\bformer(?:ly)?\b|\bpreviously\b"),
    # Goods valued to compute a margin (dumping, subsidy), not the goods the measure concerns.
    ("input", r"\bsurrogate\s+values?\b|\bfactors?\s+of\s+production\b|\bundistorted\s+(?:values?|costs?|prices?)\b"),
]
ROLE_PATTERN = guarded("|".join(f"(?P<{role}>{pattern})" for role, pattern in ROLE_WORDS), re.I)
CODE_OR_GLUE = re.compile(r"\bex\b|\d[\d .\u00a0]{2,}\d|\b(?:and|or|and/or|to|through|и|или)\b|[,;:–-]", re.I)
GOVERNING_WORDS = 8  # words that may stand between a role word and the code it governs
CLAUSE_REACH = 160
AFTER_REACH = 120
CODE_AT = re.compile(r"(?:ex\s?)?\d[\d .\u00a0]*\d", re.I)
PASSIVE_ROLE = re.compile(
    r"^\s*(?:is|are|shall\s+be|will\s+be|has\s+been|have\s+been)\s+(?:hereby\s+)?"
    r"(?P<word>deleted|removed|repealed|terminated|omitted|inserted|added|excluded|reinserted|replaced\s+(?:by|with))\b",
    re.I,
)
# "heading 7217 is not subject to the duty" ("to" is glue, blanked before this is matched)
NEGATED_AFTER = re.compile(r"^\s*(?:is|are|was|were|shall|will|would)\s+not\s+(?:be\s+)?subject\b", re.I)
INSTRUCTION_REACH = 1500
LIST_LINE = re.compile(r"^\s*(?:$|[-•*|(]|ex\b|\d{2,})|\|", re.I)
TABLE_REACH = 200  # lines walked up from a row to the caption of its table
SHORT_LINE = 40  # a row label, a sub-heading or a wrapped cell ("Sintered", "Energy")


class Roles:
    """Roles of the codes of one text; the instruction line above a list is looked up once per list."""

    def __init__(self, text: str, sentences: Sentences):
        self.text, self.sentences = text, sentences
        self._instructions: dict[int, str | None] = {}  # line start -> role from the lines above
        self._tables: dict[int, str | None] = {}  # line start -> role from its table's caption and header
        self._may_except: bool | None = None  # whether the text says a duty does not apply: asked when needed

    def at(self, offset: int, list_role: str | None = None) -> str:
        """The role of the code at `offset`; `list_role` is the role of the list it continues, if any."""
        text = self.text
        replaced = self._replaced(offset)
        if replaced:
            return replaced
        if in_quoted_wording(text, offset):
            return "reference"  # 'deleting “heading 9903.03.12 imposes”': the note's words go, not the heading
        line_start = text.rfind("\n", 0, offset) + 1
        floor = max(self.sentences.around(offset)[0], offset - CLAUSE_REACH)
        role = _governing_role(text[floor:offset]) or self._role_after(offset)
        if role:
            return role
        if list_role:
            return list_role
        if self._may_except is None:
            self._may_except = may_except(text)
        if self._may_except and in_an_excepted_item(text, offset):
            return "excluded"  # an item of a list the duty 'shall not apply to:'
        if text[line_start:offset].strip(" \t\u00a0-•*|") and "|" not in text[line_start:offset]:
            return "covered"  # inside a sentence: what is above it says nothing about this code
        return self._instruction(line_start) or self._table_role(line_start) or "covered"

    def _replaced(self, offset: int) -> str | None:
        """'replaced' for the old code of a swap ('for “4050 90” substitute “0405 90”') or a correction ('from
        9903.02.79 to 9903.02.80'): the entry that goes, not goods the act concerns; 'replacement' for the new one."""
        match = CODE_AT.match(self.text, offset)
        if not match:
            return None
        start = offset + (len(match.group()) - len(match.group().lstrip("exEX \u00a0")))
        end = offset + len(match.group().rstrip(" .\u00a0"))
        side = swap_side(start, end, self.text)
        if side:
            return "replaced" if side == "old" else "replacement"
        return "replaced" if corrected_from(self.text, offset) else None

    def _role_after(self, offset: int) -> str | None:
        """ "7208 51 20 is deleted", "9903.01.33 and 9903.01.34 are inserted": the verb after the codes."""
        match = CODE_AT.match(self.text, offset)
        if not match:
            return None
        end = offset + match.end() - match.start()
        end_limit = min(self.sentences.around(offset)[1], end + AFTER_REACH)
        after = CODE_OR_GLUE.sub(" ", self.text[end:end_limit])
        if NEGATED_AFTER.match(after):
            return "excluded"  # "heading 7217 is not subject to the duty"
        verb = PASSIVE_ROLE.match(after)
        if not verb:
            return None
        return ROLE_PATTERN.match(verb.group("word")).lastgroup

    def _instruction(self, line_start: int) -> str | None:
        """The instruction of the list a line stands in; a line right below another line of the same
        list shares its answer."""
        if line_start in self._instructions:
            return self._instructions[line_start]
        previous = self.text.rfind("\n", 0, max(0, line_start - 1)) + 1
        if line_start > 0 and previous in self._instructions and LIST_LINE.search(self.text[previous : line_start - 1]):
            role = self._instructions[previous]
        else:
            role = _instruction_role(self.text, line_start)
        self._instructions[line_start] = role
        return role

    def _table_role(self, line_start: int) -> str | None:
        """'input' for a row of a table whose caption or header says it lists the inputs valued to
        compute a margin ('Factors of production', 'Surrogate value'): a row right below another
        row of the same table shares its answer."""
        if line_start in self._tables:
            return self._tables[line_start]
        previous = self.text.rfind("\n", 0, max(0, line_start - 1)) + 1
        if line_start > 0 and previous in self._tables and _in_table(self.text[previous : line_start - 1]):
            role = self._tables[previous]
        else:
            role = "input" if notation().input_tables.search(_table_caption(self.text, line_start)) else None
        self._tables[line_start] = role
        return role


def _in_table(line: str) -> bool:
    return bool(LIST_LINE.search(line)) or len(line.strip()) < SHORT_LINE


def _table_caption(text: str, line_start: int) -> str:
    """The lines without figures of the table above a row (header, caption, sub-headings) and the
    line that introduces it."""
    kept, end = [], line_start - 1
    for _ in range(TABLE_REACH):
        if end <= 0:
            break
        start = text.rfind("\n", 0, end) + 1
        line, end = text[start:end], start - 1
        if not _in_table(line):
            kept.append(line)  # the prose that introduces the table ends here
            break
        if not ANY_DIGIT.search(line):
            kept.append(line)
    return "\n".join(reversed(kept))


def role_at(text: str, offset: int, sentences: Sentences) -> str:
    """The role of the code at `offset` (see Roles.at)."""
    return Roles(text, sentences).at(offset)


ANY_DIGIT = re.compile(r"\d")


def _governing_role(clause: str) -> str | None:
    matches = list(ROLE_PATTERN.finditer(clause))
    if not matches:
        return None
    last = matches[-1]
    gap = clause[last.end() :]
    if "(" in gap or ")" in gap:
        return None  # the role word is inside a description in brackets
    words = CODE_OR_GLUE.sub(" ", gap).split()
    return last.lastgroup if len(words) <= GOVERNING_WORDS else None


def _instruction_role(text: str, line_start: int) -> str | None:
    """The role word of the line that opens the list or table the code stands in: a line of its own
    that ends with a colon, or a short one followed by a blank line ("And replace with")."""
    zone = text[max(0, line_start - INSTRUCTION_REACH) : line_start]
    lines = zone.splitlines()
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index]
        stripped = line.strip()
        if LIST_LINE.search(line) or (stripped and len(stripped) < 40 and not ROLE_PATTERN.search(stripped)):
            continue  # still inside the list, its table or its short headings
        followed_by_blank = index + 1 < len(lines) and not lines[index + 1].strip()
        if stripped.endswith(":") or (len(stripped) <= 80 and followed_by_blank):
            matches = list(ROLE_PATTERN.finditer(stripped))
            if matches:
                return matches[-1].lastgroup
            # '... shall not apply to articles ... classifiable in the following provisions, but ...:'
            excepts = stripped.endswith(":") and negates_scope(opening_sentence(lines[: index + 1]))
            return "excluded" if excepts else None
        return None
    return None
