"""Round 19's speed cuts that keep every match: the code candidates' opening check, the yearless days' gates."""

import re
from datetime import date

from nlp.codes.notation import CANDIDATE
from nlp.dates import yearless
from nlp.dates.finder import find_dates
from nlp.text.prefilter import may_occur

PASSAGES = [
    "Annex 2 lists ex 7208 51 20 and ex02011000; see also Index 3 and heading 8703.",
    "EX 0304.87.00 (except 0304.87.10) and 7208.51-0000 were excluded by the Exchange order 12 of 2031.",
    "The complex 4th text exceeds 8517.62 0020 by 15 %; excise 2402 20 90 applies from 04.07.1900 onwards.",
]


def test_the_code_candidates_are_those_of_the_pattern_without_its_opening_check():
    """The class: a candidate opens with a digit or 'ex' (any case), so the pattern's opening check `(?=\\d|ex)`
    rules out the other 'e's at once and changes no match, its groups included."""
    source = CANDIDATE.pattern.split("(?=\\d|ex)", 1)[1]
    plain = re.compile(source.rsplit("\n)", 1)[0], CANDIDATE.flags)
    for passage in PASSAGES:
        found = [(m.span(), m.groupdict()) for m in CANDIDATE.finditer(passage)]
        assert found == [(m.span(), m.groupdict()) for m in plain.finditer(passage)], passage
        assert found, passage


def test_a_yearless_day_after_its_lead_is_still_read_in_the_year_of_the_full_date_near_it():
    """The class: a day and month without a year ('ended on 12 June', 'as of Feb. 7'), now searched only where the
    text's scan finds a lead's words then a month (nlp/dates/yearless.py): still read, in the nearby date's year."""
    in_sentence = (
        "Regulation of 3 March 2031 on the suspension of duties.\nThe suspension ended on 12 June and it lapsed."
    )
    month_first = "Notice of March 2, 2031. The quotas will be revised as of Feb. 7 for all origins."
    assert [(d.date, d.text) for d in find_dates(in_sentence)][1:] == [(date(2031, 6, 12), "12 June")]
    assert [(d.date, d.text) for d in find_dates(month_first)][1:] == [(date(2031, 2, 7), "Feb. 7")]


def test_a_text_without_a_lead_before_a_month_is_not_searched_for_yearless_days():
    lowered = "the duty of 5 % applies from 1.7.2031 to goods listed in the march notice, as may be amended."
    assert not may_occur(yearless._lead_then_month(), lowered)
    assert not may_occur(yearless._yearless_month_first_pattern(), lowered)
