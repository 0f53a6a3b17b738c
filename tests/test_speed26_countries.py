"""Round 26's speed cuts in nlp/countries: two whole-text patterns asked of every text (a President's determination,
the lead-in of a list of investigated economies) are registered with the text's one scan and searched only where it
finds them possible. Pinned by the plain search on passages written for this test (pass on the tree before the cuts)."""

import re

from nlp.countries.investigated import LIST_LEAD, investigated_countries
from nlp.countries.targets import DETERMINED_OPENING, may_hold_a_determination
from nlp.text.acting import ActingSentences
from nlp.text.sentences import Sentences

FILLER = "The annex lists the goods by their tariff items and the rates that apply to them.\n" * 30
PROCLAMATION = (
    "1. On January 6, 2031, I determined that imports of widgets threaten to impair the national security.\n"
    "NOW, THEREFORE, I hereby proclaim that a duty of 25 percent applies to widgets from Ruritania.\n"
)
DETERMINATIONS = [
    PROCLAMATION,
    "I have also determined that the surtax shall apply to the goods listed in the annex.",
    "The Secretary determined that imports of widgets were a threat.",  # no 'I': none
    "i have determined that lower case is no determination.",
    "",
]
LISTED = (
    "Final determinations\n\nThe economies subject to these investigations are:\n\nThailand\nViet Nam\n\n"
    "A rate of 12.5 per cent is imposed on all other investigated economies.\n"
)
LEADS = [
    LISTED,
    "The countries covered by the investigation include:\nRuritania\n",
    "The economies subject to review are:\nRuritania\n",  # no 'investigation': no lead
    "",
]


def test_a_determination_is_read_as_the_plain_search_reads_it():
    plain = re.compile(DETERMINED_OPENING)
    for passage in DETERMINATIONS:
        for text in (passage, FILLER + passage, passage + FILLER):
            assert may_hold_a_determination(text) == (plain.search(text) is not None)
    assert may_hold_a_determination(FILLER + PROCLAMATION)
    assert not may_hold_a_determination(FILLER)


def test_the_list_lead_is_found_where_the_plain_search_finds_it():
    for passage in LEADS:
        for text in (passage, FILLER + passage, passage + FILLER):
            text_sentences = Sentences(text)
            found = investigated_countries(text, ActingSentences(text, text_sentences))
            if LIST_LEAD.search(text) is None:
                assert found == []
    text = FILLER + LISTED
    names = investigated_countries(text, ActingSentences(text, Sentences(text)))
    assert [name.code for name in names] == ["TH", "VN"]
