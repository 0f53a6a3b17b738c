"""US documents by class (round 25 second pass, final28 3901-3906: a section 301 memorandum, a section 232
proclamation, section 338 annexes, an HTSUS safeguard note). Each class has a passage in the final28 document's own
kind, one in another wording or jurisdiction, and a near miss that must not give the fact. Every passage is written
for these tests."""

from tests.fact_readers import dates

# --- a quota table's yearless quarters and a rate schedule's yearly steps -------------------------------------------

QUARTER_TABLE = (
    "(d) For the purposes of heading 9903.52.40, the maximum aggregate quantity of all panels in the periods "
    "enumerated below shall be as follows:\n"
    "2nd quarter\n1st quarter\nJanuary 1 through\nMarch 31\nApril 1\nthrough June 30\nAnnual\n"
    "410,000\n410,000\nsquare meters\nsquare meters\nIf entered during the period\nJanuary 1, 2032,\n"
    "through December 31,\n2032:\n1,640,000 square\nmeters\n"
    "(e) The duty rate for goods entered under such headings shall be as follows:\n"
    "9903.52.41\n9903.52.40\n40%\n20%\nIf entered during the period January 1,\n2032, through December 31, 2032\n"
    "38%\n18%\nIf entered during the period January 1,\n2033, through December 31, 2033\n"
    "36%\n16%\nIf entered during the period January 1,\n2034, through December 31, 2034\n"
)


def test_a_quota_tables_yearless_quarters_are_no_period_of_the_measure():
    """Class: a flattened quota table prints its quarters without a year ('1st quarter' / 'January 1 through' /
    'March 31'); they recur in every quota year (final28 3906). The year the nearest full date would lend them is a
    guess: no application_start or application_end from them."""
    found = dates(QUARTER_TABLE)
    assert ("application_end", "2032-03-31") not in found
    assert ("application_start", "2032-04-01") not in found
    assert ("application_end", "2032-06-30") not in found


def test_a_rate_schedules_yearly_steps_give_one_period():
    """Class: a safeguard's rates stepping down year by year, each period printed beside its rates (final28 3906's
    (e) table): the measure runs from the first step's start to the last step's end; the inner boundaries are
    `other`."""
    found = dates(QUARTER_TABLE)
    assert ("application_start", "2032-01-01") in found
    assert ("application_end", "2034-12-31") in found
    assert ("application_end", "2032-12-31") not in found
    assert ("application_start", "2033-01-01") not in found
    assert ("application_end", "2033-12-31") not in found


def test_a_quarterly_allocation_and_rate_steps_in_another_wording():
    """Same classes, another wording and jurisdiction (a European-style regulation with 'from ... to ...' steps and
    quarterly tranches written day-first without a year)."""
    text = (
        "Article 2\nThe additional duty shall be:\n(a) 12 % from 1 July 2031 to 30 June 2032;\n"
        "(b) 10 % from 1 July 2032 to 30 June 2033;\n(c) 8 % from 1 July 2033 to 30 June 2034.\n"
        "Article 3\nThe tariff quota shall be opened in quarterly tranches: first quarter from 1 July to "
        "30 September, second quarter from 1 October to 31 December.\n"
    )
    found = dates(text)
    assert ("application_start", "2031-07-01") in found and ("application_end", "2034-06-30") in found
    assert ("application_end", "2032-06-30") not in found and ("application_start", "2033-07-01") not in found
    assert not any(value.endswith("-09-30") or value.endswith("-10-01") for kind, value in found if kind != "other")


def test_a_near_miss_quarter_with_its_year_and_quota_years_without_rates_stand():
    """Near misses: a quarter whose period carries its year is a dated period ('third quarter, from July 1 to
    September 30, 2031'); consecutive quota years listed with quantities only keep each period (no rate steps)."""
    quarter = "The third tranche of the quota opens for the third quarter, from July 1 to September 30, 2031."
    assert ("application_end", "2031-09-30") in dates(quarter)
    years = (
        "Quota quantities: 20,000 tonnes from 1 January 2031 to 31 December 2031; 22,000 tonnes from 1 January 2032 "
        "to 31 December 2032; 24,000 tonnes from 1 January 2033 to 31 December 2033."
    )
    assert ("application_end", "2031-12-31") in dates(years)
