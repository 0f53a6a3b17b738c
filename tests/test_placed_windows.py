"""Searches the scan gate rules out by place (a month-name date before its year) or by language (a title's act word):
what the gate lets through is still found in long texts."""

from nlp.dates.finder import find_dates
from nlp.dates.rules import date_rules
from nlp.dates.title_acts import first_act_word_end
from nlp.text.prefilter import LONG_TEXT

PARAGRAPH = (
    "Die Kommission hat die Stellungnahmen der interessierten Parteien geprüft. Für die Überführung in den "
    "zollrechtlich freien Verkehr gelten die Sätze des Anhangs für die Jahre 2029 und 2030.\n"
)


def _long_german(body: str) -> str:
    filler = PARAGRAPH * (LONG_TEXT // len(PARAGRAPH) + 1)
    return filler + body + filler


def test_month_name_dates_are_found_among_years_without_one():
    found = find_dates(_long_german("Diese Verordnung gilt ab dem 1. März 2031 bis zum 30. Juni 2032.\n"))
    assert [item.date.isoformat() for item in found] == ["2031-03-01", "2032-06-30"]


def test_the_title_act_word_of_a_long_german_text_is_found():
    text = "DURCHFÜHRUNGSVERORDNUNG (EU) 2031/118 DER KOMMISSION\n" + _long_german("")
    title_end = text.index("\n")
    assert first_act_word_end(text, title_end, date_rules()) == len("DURCHFÜHRUNGSVERORDNUNG")
