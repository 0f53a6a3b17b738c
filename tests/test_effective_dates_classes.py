"""Typed dates: the Round 20 convention for a start of effect (issue 15, round 20; eval/heldout/README.md, 'Round 20
label conventions: typed dates').

A date introduced by 'effective', 'take(s) effect', 'with effect from', 'shall have effect from', 'starting as of',
'as of' or 'will apply as of' is the day the act takes effect: `entry_into_force` (= `effective`), as eval-dev labels
every such date. It is `application_start` only where the text gives a reason: the same phrase bounds a period
('... through to <date>'), the act enters into force by another provision ('It shall apply from ...' of an EU act, a
law in force from its publication whose duty starts later), or the date is a later step of a measure already in
effect.

Classes fixed here:
- a lone 'will apply as of <date>' (a CBP message's 'The product exclusion announced in this guidance will apply as
  of <date>'), read as a period's start, is the act's entry into force; with an end in its sentence ('... and extend
  through <date>') it stays the period's start;
- 'The effective date is <date> through to <date>' (a customs notice's list of suspensions) opens a period: its
  start is `application_start`, not the entry into force.

Every passage is written for these tests."""

from tests.fact_readers import dates


def scored_dates(text: str) -> list[tuple[str, str]]:
    return sorted(item for item in dates(text) if item[0] not in ("other", "registration"))


LONE_APPLY_AS_OF = (
    "Trade Policy Updates\n\n"
    "The tariff relief announced in this guidance will apply as of July 9, 2031.\n\n"
    "Importers should file the new Chapter 99 heading for affected entries of widget frames."
)


def test_a_lone_will_apply_as_of_is_the_entry_into_force():
    assert scored_dates(LONE_APPLY_AS_OF) == [("entry_into_force", "2031-07-09")]


LONE_SHALL_APPLY_BEGINNING = (
    "The reduced rate of duty on imported garden hoses shall apply beginning March 2, 2032, to all entries of such "
    "goods."
)


def test_a_lone_shall_apply_beginning_is_the_entry_into_force():
    assert scored_dates(LONE_SHALL_APPLY_BEGINNING) == [("entry_into_force", "2032-03-02")]


EFFECTIVE_DATE_THROUGH = (
    "Suspension of the Common External Tariff on Solar Inverters\n\n"
    "The Minister has approved the suspension of the CET on solar inverters imported by registered installers. "
    "The effective date is June 1, 2031 through to May 31, 2033. Additional National Code X41 should be used."
)


def test_an_effective_date_through_an_end_opens_a_period():
    assert scored_dates(EFFECTIVE_DATE_THROUGH) == [
        ("application_end", "2033-05-31"),
        ("application_start", "2031-06-01"),
    ]
