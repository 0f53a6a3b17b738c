"""Round 22 regression review (findings 9-11): rules this round widened, narrowed back to their class.

- A title opener 'This Order is the …' names the order only where a title follows (its kind and year), and a citation
  clause ('may be cited as') outranks it: an order described as 'the Government's implementation of …' keeps the
  cited name, not the portal's banner line.
- Measure signals read in negation or background: an extension of exclusions USTR will not grant acts on none; a
  country described as party to a free trade agreement is a preference only where the act inserts or adds it (its
  goods' origin in the sentence is no such word); the statute's 'positive adjustment to import competition' names no
  safeguard in a negative determination or a terminated investigation.
- A 'Tariff lines' header heads a code field only in a WTO quantitative-restrictions record (its heading 'Member #n
  (v.n)'): a tariff profile's 'Tariff lines' and 'Duty-free lines' are counts, and a record's field ends where the
  next record begins.

Each passage is written for these tests, with the positive the rule was made for beside it.
"""

from nlp.pipeline import analyse
from tests.fact_readers import measures, title


def codes(text: str) -> list[str]:
    return sorted({code.code for code in analyse(text)._.codes})


# --- finding 9: the opener 'This Order is the …' ----------------------------------------------------------------------


def test_a_citation_clause_outranks_an_opener_that_describes_the_order():
    text = (
        "Legislation Online - Export Duties (Amendment) Order 2032 - Printer-friendly version\n"
        "This Order is the Ministry's response to the harvest shortfall reported in January.\n"
        "1. This Order may be cited as the Export Duties (Amendment) Order 2032 and comes into force on 3 June 2032.\n"
        "2. The Schedule to the Export Duties Order is amended as set out below.\n"
    )
    assert title(text) == "Export Duties (Amendment) Order 2032"


def test_the_opener_still_names_the_order_where_it_gives_a_title():
    """The positive: a citation clause of the opener's own shape, the portal's banner above it."""
    text = (
        "Legislation Online - Export Duties (Amendment) Order 2032 - Printer-friendly version\n"
        "1. This Order is the Export Duties (Amendment) Order 2032 and comes into operation on 3 June 2032.\n"
        "2. The Schedule to the Export Duties Order is amended as set out below.\n"
    )
    assert title(text) == "Export Duties (Amendment) Order 2032"


# --- finding 10: measure signals in negation and background -----------------------------------------------------------


def test_exclusions_that_will_not_be_extended_are_no_exclusion():
    text = (
        "The Office of the United States Trade Representative said on Tuesday that it has decided not to extend the"
        " product exclusions granted in the Section 301 investigation of Ruritania, which lapse on 30 June 2032.\n"
    )
    assert "exclusion" not in measures(text)


def test_exclusions_that_are_extended_stay_an_exclusion():
    text = "USTR today extended 164 product exclusions granted in the Section 301 action until 30 November 2032.\n"
    assert "exclusion" in measures(text)


def test_a_party_to_a_free_trade_agreement_whose_goods_are_imported_is_no_preference():
    text = (
        "Context: Freedonia is a state which is a party to the Pacific Free Trade Agreement, and goods originating in"
        " Freedonia account for a growing share of imports of canned fish.\n"
    )
    assert "preference" not in measures(text)


def test_a_party_added_to_a_preferential_order_is_still_a_preference():
    text = (
        "3. The First Schedule to the Customs (Preferential Duties) Order is amended by adding the following item:\n"
        "(m) Freedonia or any state which is a party to the Pacific Free Trade Agreement.\n"
    )
    assert "preference" in measures(text)


def test_positive_adjustment_in_a_terminated_no_injury_investigation_is_no_safeguard():
    text = (
        "Petitioners filed an adjustment plan setting out how the industry would make a positive adjustment to import"
        " competition; the Commission made a negative determination and terminated the investigation on 2 May 2032.\n"
    )
    assert "safeguard" not in measures(text)


# --- finding 11: 'Tariff lines' outside a QR record -------------------------------------------------------------------


def test_a_tariff_profiles_counts_of_lines_are_no_codes():
    text = (
        "Trade Policy Review: Freedonia\n\nTable 2.3 Summary tariff profile, 2032\n\n"
        "Tariff lines\n6120\n|\nDuty-free lines\n1873\n|\nSimple average MFN rate\n7.9%\n"
    )
    assert "1873" not in codes(text)


def test_a_records_tariff_lines_end_where_the_next_record_begins():
    """The positive and its end: the first record's cells are codes, the next record's summary counts are not."""
    text = (
        "Freedonia #5120 (v.1)\nBase data\n- Reporting member\n- Freedonia\nMeasures\n- Reported restrictions\n- NAL\n"
        "Tariff lines\n|\n2903.14\n|\nHalogenated hydrocarbons...\n|\n"
        "Freedonia #5121 (v.1)\nBase data\nSummary\n|\n4412\n|\n"
    )
    assert codes(text) == ["290314"]
