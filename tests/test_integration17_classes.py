"""Where round 17's branches met (integration): a yearless month-first day followed by 'this year' is read by the
relative rules, not given the year of the nearest full date (a period 'from July 1st this year to June 30th, 2032'
opens in the year of the text, not of its end); a further measure threatened on a condition ('Unless ..., Ruritania
will apply counter tariffs ... on April 2') dates no act of the text.
Every passage is written for these tests."""

from nlp.pipeline import analyse


def dates(text: str, jurisdiction: str = "US") -> list[tuple[str, str]]:
    return sorted((m.type, m.date) for m in analyse(text, jurisdiction=jurisdiction)._.dates)


def test_a_period_opening_this_year_and_ending_in_a_written_year_opens_in_the_year_of_the_text():
    text = (
        "Ruritania revises import duties under the common external tariff\n\n"
        "Published 20 June 2031\n\n"
        "The new import duty rates were approved by the customs union's secretariat and are applicable from July 1st"
        " this year to June 30th, 2032.\n"
    )
    assert dates(text, jurisdiction=None) == [
        ("application_end", "2032-06-30"),
        ("application_start", "2031-07-01"),
        ("publication", "2031-06-20"),
    ]


def test_counter_tariffs_threatened_unless_a_condition_is_met_date_no_act_of_the_text():
    text = (
        "Ruritania announces counter tariffs on U.S. goods\n\n"
        "March 10, 2031 - Port Royal, Ruritania - Department of Finance Ruritania\n\n"
        "Ruritania's 25 per cent counter tariffs on U.S. steel products remain in place."
        " Unless U.S. tariffs and other unjustified U.S. tariff threats are addressed, Ruritania will apply counter"
        " tariffs on additional imports from the U.S. on April 2 following the public comment period.\n"
    )
    assert dates(text, jurisdiction=None) == [
        ("other", "2031-04-02"),
        ("publication", "2031-03-10"),
    ]
