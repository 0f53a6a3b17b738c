"""Typed dates, round 22 probe matrix (issue 15): the date types probed across the forms the product reads (US
notices, CSMS messages, proclamations, EU acts in English, French and German, UK, Canadian, Australian, Indian, Latin
American and Asian gazettes), each positive with its near misses. The positives held; the misses were near misses read
as this act's dates, in four classes fixed by the clause's mood and tense, not by one wording: a date the clause only
supposes, asks for, proposes or tells as a passed deadline; a treaty's entry into force told in the past; a lead-in
'Effective <date>,' before a past main clause. Every passage is written for these tests (none is copied from an
evaluation set or the development set). Guards that already held on the base are marked so."""

import pytest

from tests.fact_readers import dates

EIF, START, DEADLINE = "entry_into_force", "application_start", "comment_deadline"


def _scored(text: str) -> list[tuple[str, str]]:
    return [(kind, day) for kind, day in dates(text) if kind != "other"]


# --- a date the clause before it only supposes, asks for or proposes (the mood, not the word list of one wording) --

UNASSERTED = {
    "an English conditional": (
        "Notice to importers 11/2031\n\nIf the agreement is ratified, the reduced rates would take effect on "
        "1 January 2032.\n"
    ),
    "an English conditional of imposition": (
        "Commission notice\n\nThe provisional duty would be imposed from 1 July 2031 only if the Member States agree.\n"
    ),
    "a German conditional": (
        "Mitteilung\n\nFalls das Abkommen ratifiziert wird, würden die ermäßigten Sätze am 1. Januar 2032 in Kraft "
        "treten.\n"
    ),
    "a request that the duties take effect": (
        "ACTION: Notice.\n\nSUMMARY: The petitioners requested that the additional duties take effect on July 1, 2031.\n"
    ),
    "a request that a suspension apply": (
        "Notice 31/07\n\nThe applicant asked that the suspension apply from 1 January 2032.\n"
    ),
    "a proposed effective date in running text": (
        "ACTION: Notice of proposed action.\n\nSUMMARY: USTR proposes additional duties, with a proposed effective "
        "date of July 1, 2031, on products of the listed country.\n"
    ),
    "comments on an earlier notice that were due": (
        "ACTION: Notice.\n\nSUMMARY: Comments on the earlier notice were due on March 1, 2030; USTR received 90 "
        "submissions.\n"
    ),
    "rebuttal comments that were to be submitted": (
        "ACTION: Notice.\n\nSUPPLEMENTARY INFORMATION: Rebuttal comments were to be submitted by March 15, 2030.\n"
    ),
}


@pytest.mark.parametrize("text", UNASSERTED.values(), ids=UNASSERTED.keys())
def test_a_date_the_clause_only_supposes_asks_for_or_proposes_is_no_date_of_this_act(text):
    """Class: the clause's mood (conditional, request, proposal) or a deadline told as passed; the date is history."""
    assert _scored(text) == []


def test_the_same_sentence_in_the_future_keeps_its_type():
    """Guard (held on the base): the same sentence in the future tense is this notice's entry into force."""
    assert _scored("Notice to importers 15/2031\n\nThe reduced rates will take effect on 1 January 2032.\n") == [
        (EIF, "2032-01-01")
    ]


# --- a treaty's entry into force told in the past -----------------------------------------------------------------

TREATIES = {
    "English": (
        "Notice to importers 14/2031\n\nThe Agreement entered into force on 1 January 2030. Goods originating in "
        "Ruritania continue to qualify for preferential rates.\n"
    ),
    "French": (
        "Avis des douanes CN-31-04\n\nL'Accord est entré en vigueur le 21 septembre 2029. Les marchandises "
        "originaires de l'Union européenne continuent de bénéficier du tarif.\n"
    ),
    "Spanish": (
        "ACUERDO por el que se da a conocer el cupo\n\nEl Tratado entró en vigor el 1 de julio de 2030 y prevé cupos "
        "de importación.\n"
    ),
}


@pytest.mark.parametrize("text", TREATIES.values(), ids=TREATIES.keys())
def test_a_treatys_past_entry_into_force_is_history(text):
    """Class: a treaty named as the subject of a past 'entered into force' is background to the notice."""
    assert _scored(text) == []


def test_a_treatys_future_entry_into_force_and_this_orders_past_one_keep_their_type():
    """Guards (held on the base): the treaty's coming entry into force a notice announces, this act's own past
    'came into operation', and reported new quotas that 'came into force' name no earlier treaty."""
    future = (
        "Notice to importers 16/2031\n\nThe Agreement will enter into force on 1 May 2032, and preferential rates "
        "apply from that date.\n"
    )
    assert _scored(future) == [(EIF, "2032-05-01")]
    own = (
        "Customs Duties (Amendment) Order 2031\n\n(Gazetted on 29 September 2031)\n\nThis Order came into operation "
        "on 1 October 2031.\n"
    )
    assert (EIF, "2031-10-01") in _scored(own)
    assert _scored("Stop press notice 09/31\n\nNew quotas came into force on 2 February 2031.\n") == [
        (EIF, "2031-02-02")
    ]


# --- a lead-in 'Effective <date>,' before a past main clause ------------------------------------------------------


def test_an_effective_lead_in_before_a_past_main_clause_is_history():
    """Class: 'Effective|Beginning <date>, X was modified/raised ...' restates an earlier act (a trigger before the
    date, so the lead-in's tense check was never reached)."""
    us = (
        "ACTION: Notice.\n\nSUMMARY: Effective January 1, 2030, the HTSUS was modified by Proclamation 10999 to add "
        "heading 9903.01.99.\n"
    )
    uk = "Tariff notice 31/08\n\nBeginning 5 March 2030, the duty rate was raised to 20 percent.\n"
    assert (_scored(us), _scored(uk)) == ([], [])


def test_an_effective_lead_in_before_a_present_main_clause_keeps_its_type():
    """Guard (held on the base): the act's own 'Effective ..., the HTSUS is modified' and 'Beginning ..., the rate is
    raised'."""
    annex = (
        "ANNEX\n\nEffective with respect to goods entered for consumption on or after 12:01 a.m. eastern daylight "
        "time on March 5, 2032, the HTSUS is modified as set out in this Annex.\n"
    )
    notice = "Tariff notice 32/02\n\nBeginning 5 March 2032, the duty rate is raised to 20 percent.\n"
    assert (_scored(annex), _scored(notice)) == ([(EIF, "2032-03-05")], [(EIF, "2032-03-05")])


# --- a period the clause only supposes or asks for ----------------------------------------------------------------


def test_a_period_the_clause_only_supposes_or_asks_for_is_no_period_of_this_act():
    """Class: the clause's mood before a 'from ... to ...' pair (read by the period finder, which the single dates'
    check did not reach)."""
    supposed = "Notice to importers 17/2031\n\nIf adopted, the quota would be open from 1 July 2031 to 30 June 2032.\n"
    asked = (
        "Notice to importers 18/2031\n\nThe importers requested that the quota be open from 1 July 2031 to "
        "30 June 2032.\n"
    )
    assert (_scored(supposed), _scored(asked)) == ([], [])


def test_a_period_in_the_future_keeps_its_type():
    """Guard (held on the base)."""
    text = "Notice to importers 19/2031\n\nThe quota will be open from 1 July 2031 to 30 June 2032.\n"
    assert _scored(text) == [("application_end", "2032-06-30"), (START, "2031-07-01")]


# --- derived dates: a French count of days from this notice's publication; an instruction 'with immediate effect' -


def test_a_french_deadline_counted_in_days_from_this_notices_publication():
    """Class: 'dans un délai de N jours à compter de la date de publication du présent avis' (the English 'within N
    days of the date of publication of this notice' was read; the French count of days was not)."""
    text = (
        "C 210/5\tFR\tJournal officiel de l'Union européenne\t14.5.2031\n\nAvis d'ouverture\n\nLes parties "
        "intéressées peuvent présenter leurs observations dans un délai de 37 jours à compter de la date de "
        "publication du présent avis.\n"
    )
    assert _scored(text) == [(DEADLINE, "2031-06-20"), ("publication", "2031-05-14")]


def test_a_present_passive_with_immediate_effect_takes_effect_on_the_acts_day():
    """Class: 'is restricted with immediate effect' in an instruction's operative sentence (only 'hereby amends ...
    with immediate effect' was read); a past report of it ('was restricted with immediate effect') is not."""
    head = "Notification No. 12/2031-2036\nNew Delhi, the 3rd March, 2031\n\n"
    present = head + "Effect of this Notification: The import of the items is restricted with immediate effect.\n"
    past = head + "In 2029 the import of the items was restricted with immediate effect.\n"
    assert _scored(present) == [("document_date", "2031-03-03"), (EIF, "2031-03-03")]
    assert _scored(past) == [("document_date", "2031-03-03")]


# --- a past perfect: what had been done before this act ------------------------------------------------------------


def test_a_period_told_in_the_past_perfect_is_history():
    """Class: 'had imported the goods from ... to ...' (a past perfect before a period) reports what happened before
    this act."""
    text = (
        "Tariff Concession Order 2031/17\n\nThe applicant stated that it had imported the goods from 1 July 2028 to "
        "30 June 2030.\n"
    )
    assert _scored(text) == []


def test_an_end_that_had_been_extended_to_is_the_former_end():
    """Class: the same tense in a relative clause ('which had been extended until <date>, is further extended until
    <date>'): the former end is history, the new end is this act's."""
    text = (
        "Customs notice 31/10\n\nThe suspension, which had been extended until 30 June 2031, is further extended "
        "until 30 June 2032.\n"
    )
    assert _scored(text) == [("application_end", "2032-06-30")]
