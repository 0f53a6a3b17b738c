"""Documents of the Americas and the Pacific by class (round 15 second pass, final18 2425-2434): a statistics office's
note on new import statistical codes told in relative clauses and glued to their units, corrected code descriptors, a
trade-press relay's lead and its post line, a deadline extension in a trade-remedy inquiry, codes written in dotted
pairs. Every passage is written for these tests."""

from nlp.dates.finder import find_dates
from nlp.pipeline import analyse


def dates(doc) -> set[tuple[str, str]]:
    return {(mention.type, mention.date) for mention in doc._.dates}


def measures(doc) -> list[str]:
    return [measure.type for measure in doc._.measures]


def codes(doc) -> list[str]:
    return [code.code for code in doc._.codes]


# --- a statistics office's note on nomenclature changes -------------------------------------------------------------

STATISTICS_NOTE = (
    "5432.0 - International Merchandise Exports, Australia, Mar 2031\n"
    "Released at 11:30 AM (CANBERRA TIME) 12/05/2031\n\n"
    "CHANGES IN THIS ISSUE\n\n"
    "CHANGES TO CUSTOMS TARIFF EXPORT CLASSIFICATION\n\n"
    "With this issue, several export classifications have been revised with new statistical codes which came into"
    " effect on 1 March 2031 under subheadings 0402 and 1905.\n\n"
    "The tables below list the codes that closed on 28 February 2031 and the replacement codes that opened on"
    " 1 March 2031.\n"
)


def test_codes_that_closed_and_replacement_codes_that_opened_date_the_nomenclature_change():
    assert dates(analyse(STATISTICS_NOTE, jurisdiction="AU")) == {
        ("publication", "2031-05-12"),
        ("entry_into_force", "2031-03-01"),
        ("application_end", "2031-02-28"),
    }


def test_classifications_revised_with_new_statistical_codes_are_a_nomenclature_change():
    assert measures(analyse(STATISTICS_NOTE, jurisdiction="AU")) == ["nomenclature_change"]


def test_an_earlier_act_that_came_into_effect_in_a_relative_clause_stays_history():
    text = (
        "Customs notice 31-07\n\n"
        "The suspension of duties on bicycle parts, which came into effect on 1 January 2031, is extended until"
        " 31 December 2032.\n"
    )
    assert ("other", "2031-01-01") in dates(analyse(text, jurisdiction="CA"))


DESCRIPTORS_NOTE = (
    "5432.0 - International Merchandise Exports, Australia, Apr 2031\n"
    "Released at 11:30 AM (CANBERRA TIME) 09/06/2031\n\n"
    "CHANGES IN THIS ISSUE\n\n"
    "The descriptors for statistical codes 0402210011 and 1905901099 have been updated on 2 June 2031 to correct"
    " a drafting slip. The change only applies to the labels and does not affect the data.\n"
)


def test_descriptors_of_codes_updated_on_a_day_are_a_nomenclature_change_taking_effect_then():
    doc = analyse(DESCRIPTORS_NOTE, jurisdiction="AU")
    assert measures(doc) == ["nomenclature_change"]
    assert dates(doc) == {("publication", "2031-06-09"), ("entry_into_force", "2031-06-02")}


# --- a trade-press relay of a trade-remedy authority's step ---------------------------------------------------------

RELAY = (
    "On October 3, 2031, the Example Anti-Dumping Commission announced an extension of the deadline to publish the"
    " statement of essential facts, the final report, and recommendations on the anti-dumping and countervailing"
    " duty measures on steel wheels from Vietnam.\n\n"
    "The statement of essential facts will be issued no later than January 9, 2032.\n\n"
    "Post time: Oct-21-2031\n\n"
    "Leave Your Message\n"
)


def test_a_date_written_month_first_with_hyphens_is_read():
    assert [(found.date.isoformat(), found.text) for found in find_dates("Post time: Oct-21-2031")] == [
        ("2031-10-21", "Oct-21-2031")
    ]


def test_a_relay_dated_by_its_post_line_reads_its_lead_as_the_relayed_announcement():
    assert dates(analyse(RELAY)) == {
        ("other", "2031-10-03"),
        ("other", "2032-01-09"),
        ("publication", "2031-10-21"),
    }


def test_an_extended_deadline_for_the_report_and_recommendations_acts_on_the_trade_remedy_measures():
    doc = analyse(RELAY)
    assert sorted(measures(doc)) == ["anti_dumping", "countervailing"]
    assert doc._.countries["affected"] == ["VN"]


def test_a_recommendation_alone_is_still_no_act():
    text = (
        "Notice 2031/88\n\n"
        "The Commission recommends that the Minister consider anti-dumping measures on steel wheels from Vietnam.\n"
    )
    assert measures(analyse(text)) == []
