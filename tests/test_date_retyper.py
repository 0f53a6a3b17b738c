"""The learned date re-typer (nlp/dates/retyper.py, round 23): a date the rules leave untyped takes a scored type
only where the model is confident, and a type the rules gave is never changed. Passages written for the test."""

from nlp.dates.extract import extract_dates

BULLETIN = """Quota Bulletin 31-113: tariff-rate quota for refined sugar

Opening
Entries of refined sugar filed prior to 8:30 a.m. EST on October 1, 2031 will be counted in the quota at the first opening.
"""


def _types(text: str) -> dict[str, str]:
    return {m.date: m.type for m in extract_dates(text, jurisdiction="US")}


def test_quota_opening_cutoff_is_the_entry_into_force():
    """Class: a quota opening's cut-off ('filed prior to 8:30 a.m. EST on <date> will be counted … at the first
    opening') is when the quota takes effect; the rules read no cue of theirs in it and left it 'other'."""
    mentions = extract_dates(BULLETIN, jurisdiction="US")
    assert [(m.type, m.date) for m in mentions] == [("entry_into_force", "2031-10-01")]
    assert BULLETIN[mentions[0].start : mentions[0].end] == mentions[0].text  # the evidence is kept


def test_a_cited_bulletins_date_is_left_alone():
    """Near miss: the date of another bulletin cited in the same notice stays 'other'."""
    text = BULLETIN + "Questions on Quota Bulletin 31-090 of August 14, 2031 may be sent to the quota branch.\n"
    assert _types(text) == {"2031-10-01": "entry_into_force", "2031-08-14": "other"}


def test_a_type_the_rules_gave_is_kept():
    """The re-typer only types what the rules left untyped: a stated publication stays a publication."""
    text = "NOTICE\n\nThis notice was published in the Federal Register on March 3, 2031.\n"
    assert _types(text).get("2031-03-03") == "publication"
