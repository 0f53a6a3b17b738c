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


HISTORY_UNDER_DECISIONS = """Notice concerning the tariff quota for frozen hake

Decisions

The Minister's decisions of 3 March 2029 opened a tariff quota of 5 000 tonnes for frozen hake fillets with effect from 1 April 2029.

The Minister has decided to open a tariff quota of 6 000 tonnes for frozen hake fillets of subheading 0304.74 for the period from 1 April 2031 to 31 March 2032, at a duty rate of 0%.
"""
# Near miss: the act's own decision, in the present tense, under the same heading is still quoted.
OWN_DECISION = HISTORY_UNDER_DECISIONS.replace(
    "The Minister's decisions of 3 March 2029 opened a tariff quota of 5 000 tonnes for frozen hake fillets with effect "
    "from 1 April 2029.\n\n",
    "",
).replace("The Minister has decided to open", "The Minister's decision of 3 March 2031 opens")


def test_a_reported_earlier_decision_is_not_the_summarys_evidence():
    summary = analyse(HISTORY_UNDER_DECISIONS, jurisdiction="NZ")._.summary
    assert "2029" not in summary


def test_the_acts_own_decision_is_still_quoted():
    summary = analyse(OWN_DECISION, jurisdiction="NZ")._.summary
    assert "The Minister's decision of 3 March 2031 opens a tariff quota" in summary
