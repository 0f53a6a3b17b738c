"""Round 23 reviewer regressions (ROUND23-REVIEWER-FINDINGS items 10 and 11). Passages written for these tests
(fictional acts), each failing on int23 before the fix, with a near miss that keeps today's output.

Classes:
- negated signal: 'assessment fees' is an 'other' measure where an act levies them; a sentence that says no such
  fees are charged ('charges no assessment fees', 'without assessment fees') levies nothing.
- reported earlier decision under an operative heading: a 'Decisions' heading is operative, but a sentence under it
  that reports what earlier dated decisions did ('The Minister's decisions of 3 March 2029 opened …') is history,
  not what this act does, and is not quoted as the summary's evidence.
"""

from nlp.pipeline import analyse


def measure_types(text: str) -> list[str]:
    return sorted({m.type for m in analyse(text)._.measures})


NO_FEES = """Notice of Final Determination: Anti-Dumping Duty on Welded Pipe from Ruritania

The Trade Remedies Commission has determined that welded pipe from Ruritania is being dumped and imposes an anti-dumping duty of 18.5% on imports of that pipe from 2 May 2031.

Interested parties may obtain copies of the determination from the secretariat; the Commission charges no assessment fees for this determination.
"""
# Near miss: an act that levies assessment fees still concerns an 'other' measure.
WITH_FEES = NO_FEES.replace(
    "the Commission charges no assessment fees for this determination.",
    "importers shall pay assessment fees of 0.5 cents per kilogram on the pipe from 2 May 2031.",
)


def test_negated_assessment_fees_add_no_other_measure():
    assert "other" not in measure_types(NO_FEES)
    assert "anti_dumping" in measure_types(NO_FEES)


def test_levied_assessment_fees_are_still_another_measure():
    assert "other" in measure_types(WITH_FEES)
