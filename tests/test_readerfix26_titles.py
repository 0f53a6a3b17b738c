"""Round 26 reader fixes, titles (issue 15: final28's digest read by a policy officer). Every passage is written for
these tests, in another wording than the final28 document."""

from tests.fact_readers import title

WRAPPED_CITATION = """Statutory Instrument No. 45 of 2031

S.I. No. 45 of 2031

Customs and Excise (Suspension of Duty) (Maize Meal)
Regulations, 2031

IN EXERCISE of the powers contained in section 80 of the Customs and Excise Act, the Minister of Finance makes the
following Regulations:

1. These Regulations may be cited as the Customs and Excise

(Suspension of Duty) (Maize Meal) Regulations, 2031.

2. Customs duty on maize meal imported by registered millers is suspended until 31st December, 2031.
"""


def test_a_citation_clause_wrapped_over_lines_names_the_title_not_the_instrument_heading():
    """Class: a statutory instrument headed by its number ('Statutory Instrument No. 45 of 2031') whose citation
    clause wraps the short title over lines, a bracketed part opening the next one (final28 3937, 3938, 3940): the
    title is the short title, printed above the clause, not the number heading."""
    assert title(WRAPPED_CITATION) == "Customs and Excise (Suspension of Duty) (Maize Meal) Regulations, 2031"


def test_a_sub_clause_after_the_citation_is_not_part_of_the_title():
    """Near miss: a numbered sub-clause on the next line ('(2) …') ends the cited title."""
    text = (
        "Customs and Excise (Rebate) Regulations, 2031\n\n"
        "1. (1) These Regulations may be cited as the Customs and Excise (Rebate) Regulations, 2031\n"
        "(2) These Regulations shall come into operation on 1st July, 2031.\n"
        "2. A rebate of the full duty is granted on fishing nets imported by registered fishing co-operatives.\n"
    )
    assert title(text) == "Customs and Excise (Rebate) Regulations, 2031"
