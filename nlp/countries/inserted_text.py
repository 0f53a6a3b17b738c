"""Text an amending act writes into an earlier one ('paragraph 2 is replaced by the following: ‘2. Paragraph 1 does
not apply to any of the following: … (b) products originating in Belarus …’'): the act's own change. A list of
origins left out of the earlier measure there is what the amendment does to those origins (the suspension withdrawn
from their goods), so its countries are the ones the act targets, not exceptions to it. Only where the amended
measure is a suspension or preference (its title says so): an amendment restating a safeguard's or a duty's exempted
origins ('Paragraph 1 does not apply to … products originating in Norway') leaves them exempted."""

from __future__ import annotations

import re

INSERTION_REACH = 200  # how far before the inserted text its amending instruction may end
# the instruction ('is replaced by the following:', 'the following paragraph is inserted:', 'shall read as follows:')
# then the inserted text's opening quote and its own paragraph number
# French 'est remplacé par le texte suivant:', 'est inséré:'; German 'erhält folgende Fassung:', '… wird angefügt:'
INSERTED_BEFORE = re.compile(
    r"(?:(?:replaced|substituted)\s+by\s+the\s+following|(?:is|are|shall\s+be)\s+(?:inserted|added)"
    r"|(?:shall\s+)?reads?\s+as\s+follows"
    r"|remplacée?s?\s+par\s+le\s+texte\s+suivant|(?:est|sont)\s+(?:insérée?s?|ajoutée?s?)"
    r"|erh[äa]lt\s+folgende\s+Fassung|(?:eingef[üu]gt|angef[üu]gt))"
    r"\s*:\s*[‘'“\"«„]?\s*(?:\(?\d+[a-z]?[.)])?\s*$",
    re.I,
)


# the amended measure grants a relief its exceptions withdraw: 'amending Regulation … suspending the Common Customs
# Tariff duties', '… tariff preferences', '… tariff concessions'
RELIEF_IN_TITLE = re.compile(
    r"\bsuspend(?:ing|s)?\b|\bsuspensions?\b|\bpreferen(?:ces?|tial)\b|\bpr[ée]f[ée]ren\w*|\bconcessions?\b|\baussetzung\b",
    re.I,
)  # French 'portant suspension', 'préférences'; German 'zur Aussetzung'
TITLE_REACH = 600  # the title's length at most


def in_inserted_text(text: str, offset: int) -> bool:
    """Whether `offset` opens the text an amending instruction inserts into a suspension or preference (see the
    module's docstring)."""
    return bool(INSERTED_BEFORE.search(text, max(0, offset - INSERTION_REACH), offset)) and _amends_a_relief(text)


def _amends_a_relief(text: str) -> bool:
    title_end = text.find("\n\n", 0, TITLE_REACH)
    return RELIEF_IN_TITLE.search(text, 0, TITLE_REACH if title_end < 0 else title_end) is not None
