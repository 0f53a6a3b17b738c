"""The summary's data patterns are compiled once and skip ahead to where a match can start (nlp.summary.words.compiled):
the same matches as the patterns compiled as written. Passages written for this test."""

import re

from nlp.summary.words import compiled, words

PASSAGES = [
    "I, MARY SMITH, Parliamentary Secretary to the Minister for Trade, acting under section 8, make this notice.",
    "I, J. O'NEILL-BRÚ, Commissioner of Customs, hereby revoke the concession.",
    "COUNCIL IMPLEMENTING REGULATION (EU) 2031/77 of 2 March 2031 imposing a definitive anti-dumping duty",
    "Commission note on steel wire for fences. THE EUROPEAN COMMISSION considers the levy on widgets again.",
    "BY THE PRESIDENT OF THE UNITED STATES OF AMERICA A PROCLAMATION. NOW, THEREFORE, I do hereby proclaim that",
    "International Trade Administration, Department of Commerce. Rescission of Antidumping Duty Administrative Review",
    "the Office of the United States Trade Representative (USTR) imposes an additional duty under Section 301",
    "CSMS # 60123456 - Section 232 duties on copper: the additional IEEPA duties no longer apply; ending on 3 May",
    "The duty is removed, suspended and reduced; the quota is opened and extended; goods are excluded from duty.",
    "column 2 rates of duty apply; the measure terminates; rescinding the review; amended final results of review",
    "",
]


def _patterns() -> list[str]:
    data = words()
    sources = [cue for cues in data["actors"].values() for cue, _ in cues if cue]
    sources += [source for key in ("verbs", "title_verbs", "exclusion_from") for source, _ in data[key]]
    sources += [source for found in data["duty_basis"].values() for source, _ in found]
    return sources


def test_every_summary_pattern_finds_what_it_finds_as_written_from_every_position():
    sources = _patterns()
    assert len(sources) >= 20
    found = 0
    for source in sources:
        fast, plain = compiled(source), re.compile(source)
        for passage in PASSAGES:
            for start in range(0, len(passage) + 1, 7):
                expected = [(m.span(), m.groupdict()) for m in plain.finditer(passage, start)]
                assert [(m.span(), m.groupdict()) for m in fast.finditer(passage, start)] == expected
                found += len(expected)
    assert found > 50  # the passages exercise the patterns, not only their misses


def test_a_pattern_is_compiled_once_and_skips_ahead_where_it_can():
    actor = r"\bI,\s+[A-Z][A-Z .'’-]+,"
    assert compiled(actor) is compiled(actor)
    assert compiled(actor).pattern != actor  # a guard in front: the engine skips ahead to 'I'
    assert compiled(actor).search("Under the Act, I, ANA REYES, order.").group() == "I, ANA REYES,"
