"""The learned date re-typer (nlp/dates/retyper.py, round 23): a date the rules leave untyped takes a scored type
only where the model is confident, and a type the rules gave is never changed. Passages written for the test."""

from nlp.dates.extract import extract_dates
from nlp.dates.retyper import retype
from nlp.types import DateMention

NOTIFICATION = """Notification No. 41/2031-Customs

G.S.R. 612(E).- In exercise of the powers conferred by section 25 of the Customs Act, the Central Government hereby
amends the notification on refined sugar.
2. This notification shall come into force on 1 October 2031 in the Official Gazette.
"""

BULLETIN = """Quota Bulletin 31-113: tariff-rate quota for refined sugar

Opening
Entries of refined sugar filed prior to 8:30 a.m. EST on October 1, 2031 will be counted in the quota at the first opening.
"""


def _untyped(text: str, written: str) -> DateMention:
    start = text.index(written)
    return DateMention("other", "2031-10-01", written, start, start + len(written))


def test_an_untyped_coming_into_force_is_the_entry_into_force():
    """Class: a date the rules left 'other' in 'shall come into force on <date> in the Official Gazette' (a layout
    their cues miss: the blind replay's final22) is the entry into force; its span and text are kept."""
    mention = _untyped(NOTIFICATION, "1 October 2031")
    (retyped,) = retype(NOTIFICATION, [mention], "IN")
    assert (retyped.type, retyped.start, retyped.end) == ("entry_into_force", mention.start, mention.end)


def test_a_less_certain_context_is_left_alone():
    """Near miss: a quota opening's cut-off reads as an entry into force to the model, but below its margin: the
    rules' 'other' stands."""
    assert [(m.type, m.date) for m in extract_dates(BULLETIN, jurisdiction="US")] == [("other", "2031-10-01")]


def test_a_type_the_rules_gave_is_kept():
    """The re-typer only types what the rules left untyped: a stated publication stays a publication."""
    text = "NOTICE\n\nThis notice was published in the Federal Register on March 3, 2031.\n"
    assert {m.date: m.type for m in extract_dates(text, jurisdiction="US")}.get("2031-03-03") == "publication"
