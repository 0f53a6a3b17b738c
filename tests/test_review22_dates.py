"""Typed dates, round 22 regression review (issue 15): where the round's 'unasserted' mood rule and its past-tense
treaty rule took this act's own dates for history. Three classes, each pinned with the near miss the rule was made for:
a relay's reported future ('said that ... would take effect on'); a past perfect in a relative clause or a reported
decision inside an operative sentence ('Duties that had been imposed ... are removed from'); a news item whose headline
announces the treaty's entry into force it reports. Every passage is written for these tests."""

from tests.fact_readers import dates

EIF, START, END = "entry_into_force", "application_start", "application_end"


def _scored(text: str) -> list[tuple[str, str]]:
    return [(kind, day) for kind, day in dates(text) if kind not in ("other", "document_date", "publication")]


# --- a relay's reported future ------------------------------------------------------------------------------------


def test_a_reported_future_in_a_relay_is_the_acts_date():
    """Class: 'The Ministry said/announced that ... would take effect on <date>': the relay reports the act's day, it
    does not suppose it."""
    text = (
        "Ruritania cuts duty on silver imports\n4 June 2031\n\nThe Ministry of Commerce announced on Monday that the "
        "duty on silver bars would fall to 5% and that the lower rate would take effect on 1 July 2031.\n"
    )
    assert _scored(text) == [(EIF, "2031-07-01")]


def test_a_reported_future_period_in_a_relay_is_the_acts_period():
    """Class: the same reported future before a 'from ... to ...' pair (read by the period finder)."""
    text = (
        "Tariff quota for skimmed milk powder\n\nThe Department said that the quota of 5,000 tonnes would be open "
        "from 1 March 2032 to 28 February 2033 for imports from New Zealand.\n"
    )
    assert sorted(_scored(text)) == [(END, "2033-02-28"), (START, "2032-03-01")]


def test_a_conditional_inside_a_relay_stays_supposed():
    """Near miss (held on int22): the relay reports a condition ('said that, if parliament approves it, ... would'): no date yet."""
    text = (
        "Ruritania may cut duty on silver\n4 June 2031\n\nThe Ministry said that, if parliament approves it, the "
        "lower rate would take effect on 1 July 2031.\n"
    )
    assert _scored(text) == []


# --- a past perfect inside an operative sentence --------------------------------------------------------------------


def test_a_past_perfect_relative_clause_leaves_the_operative_date():
    """Class: 'X that had been imposed on ... are removed from <date>': the past perfect describes the subject; the
    main verb is present, the date is this notice's."""
    text = (
        "Customs Notice 22/2031\n\nSafeguard duties that had been imposed on steel wire from Ruritania are removed "
        "from 1 August 2031.\n"
    )
    assert _scored(text) == [(EIF, "2031-08-01")]


def test_a_reported_decision_in_the_past_perfect_leaves_the_operative_period():
    """Class: 'had determined that the duty applies from <date> until <date>': the decision's content is present."""
    text = (
        "Customs Notice 23/2031\n\nThe Commissioner had determined that the countervailing duty on aluminium foil "
        "from Ruritania applies from 1 September 2031 until 31 August 2036.\n"
    )
    assert sorted(_scored(text)) == [(END, "2036-08-31"), (START, "2031-09-01")]


# --- a news item whose subject is the treaty's entry into force ---------------------------------------------------


def test_a_news_item_announcing_a_treatys_entry_into_force_reports_it():
    """Class: the headline announces the entry into force the lead tells in the past; the item reports that day."""
    text = (
        "Ruritania-Freedonia trade agreement enters into force\n3 June 2031\n\nThe Ruritania-Freedonia Free Trade "
        "Agreement entered into force on 1 June 2031, removing duties on most industrial goods.\n"
    )
    assert [kind for kind, day in dates(text) if day == "2031-06-01"] == [EIF]
