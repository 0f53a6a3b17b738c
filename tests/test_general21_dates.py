"""Typed dates, round 21 generalisation probes: classes earlier second passes fixed on one blind document's wording,
probed with other wordings, verbs, orders, jurisdictions and languages; where a rule had fitted the one wording it was
widened to the class. Each test names its class; every passage is written for these tests (none is copied from an
evaluation set or the development set)."""

from tests.fact_readers import dates

# --- a date opening its clause, the trigger after it ("As of <date>, the duties ... will be removed") ----------------


def test_a_participle_describing_the_subject_does_not_make_a_leading_date_history():
    """Class: leading date, operative main clause after a subject described by a participle ("the surtaxes imposed on
    ..."); the participle is no past tense (final13/final19's 'As of' lead-ins had bare subjects)."""
    text = (
        "NOTICE TO IMPORTERS\n\n"
        "As of 1 September 2031, the surtaxes imposed on the goods listed in the Annex will be removed.\n"
    )
    assert dates(text) == [("entry_into_force", "2031-09-01")]


def test_a_relative_clause_on_the_subject_does_not_make_a_leading_date_history():
    """Class: the same lead-in with the subject described by a relative clause in the past ("that were imposed")."""
    text = (
        "CUSTOMS NOTICE\n\n"
        "As of 1 September 2031, the duties that were imposed by the Surtax Order on goods of the United States will "
        "be removed.\n"
    )
    assert dates(text) == [("entry_into_force", "2031-09-01")]


def test_a_french_relative_clause_on_the_subject_does_not_make_a_leading_date_history():
    """Class: the French lead-in 'Le <date>, les surtaxes qui ont été instituées ... seront supprimées'."""
    text = (
        "AVIS AUX IMPORTATEURS\n\n"
        "Le 1er septembre 2031, les surtaxes qui ont été instituées par le décret n° 2030-12 seront supprimées.\n"
    )
    assert dates(text) == [("entry_into_force", "2031-09-01")]


def test_a_leading_date_of_a_past_act_stays_history():
    """Guard: a lead-in whose main verb is past ('the Commission imposed on imports ...') is a report, even when a
    relative clause after it speaks of the future."""
    assert dates("On 1 July 2031, the Commission imposed on imports of steel a provisional duty.\n") == [
        ("other", "2031-07-01")
    ]
    text = "On 12 March 2031, the Secretary published in the Federal Register a notice which will govern the process.\n"
    assert dates(text) == [("other", "2031-03-12")]
