"""Countries named only in a contingency: 'Where imports from Ruritania increase significantly, the Commission may
initiate an investigation'. The clause says what might be done if something happens to that origin's goods, not a
measure on them. A condition opens the sentence (or its numbered item) and either its own verb is a change in the
goods' flow ('increase', 'aumentem', 'augmentent', 'steigen') or the main clause after it is discretionary ('may',
'poderá', 'peut', 'kann'): 'Where goods originating in Ruritania are declared for release, the duty shall apply' stays
a measure on them. So does a condition that is the goods' entry ('Where goods originating in China are entered for home
consumption, the Commissioner may collect …') and a main clause that levies a duty at a stated rate ('If imports
originating in Turkey increase above the trigger volume …, an additional duty of 10% shall be imposed', a special
safeguard's trigger). Patterns: cues.json `contingency_item_marker`, `contingency_openers`, `contingency_changes`,
`contingency_discretion`, `contingency_entries`, `contingency_levies`."""

from __future__ import annotations

import re
from functools import cache

from nlp.countries.cue_data import cue_data
from nlp.text.sentences import Sentences

CONDITION_REACH = 300  # how far back from the name the condition may open


@cache
def _patterns() -> dict[str, re.Pattern]:
    data = cue_data()
    openers = "|".join(data["contingency_openers"])
    item_marker = data["contingency_item_marker"]  # an item's number before the condition ('2.', '(2)', 'Art. 2º')
    return {
        "opening": re.compile(rf"(?:^|(?<=\n))[ \t]*{item_marker}(?:{openers})\b[^.;:]*$", re.I),
        "change": re.compile("|".join(data["contingency_changes"]), re.I),
        "discretion": re.compile("|".join(data["contingency_discretion"]), re.I),
        "entry": re.compile("|".join(data["contingency_entries"]), re.I),
        "levy": re.compile("|".join(data["contingency_levies"]), re.I),
    }


def in_a_contingency(text: str, offset: int, sentences: Sentences) -> bool:
    """The name stands in a condition that opens its sentence, whose verb changes the goods' flow or whose main clause
    only may act."""
    patterns = _patterns()
    sentence_start, sentence_end = sentences.around(offset)
    opening = patterns["opening"].search(text[sentence_start:offset])
    if opening is None or offset - sentence_start - opening.start() > CONDITION_REACH:
        return False
    comma = text.find(",", offset, sentence_end)
    if comma < 0:
        return False
    condition, main = text[offset:comma], text[comma:sentence_end]
    if patterns["entry"].search(condition) or patterns["levy"].search(main):
        return False  # the goods' entry, or a duty levied at its rate: the measure on them
    return bool(patterns["change"].search(condition) or patterns["discretion"].match(main))
