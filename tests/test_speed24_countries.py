"""Round 24's speed cuts in the country reader, pinned by the answers they must keep (equivalence: each passes on the
tree before the cuts; the equivalence tests compare each cut with the read it replaces):
- a proclamation's determinations read only in a text where one search finds a determination's opening: a text
  without one has no recital name to read, a text with one (at its edges, cut by a range's end) keeps its answer;
- the exception cues searched in each name's clause as the alternation of the cues the clause can hold: the same
  cues, in any case and script, at the clause's edges, the cues that need no word among them;
- an amended act's terminated proceedings looked for behind each name only in a text whose lower-cased copy holds a
  termination word (in any case, beside letters whose lower case is two characters or depends on the next);
- a line listing countries under a lead-in read once a line, and only after a lead-in ending with ':' (each name of a
  long list read the whole line again): every name of the list gets the answer the line's own read gives, a line
  without the lead-in none, and a text never the line of the text asked before;
- a remedy's words matched only where one of their opening letters stands in the lower-cased text (the pattern
  itself, in the text itself, there): the same words in any case, after 'cooperating ', overlapping openings, and
  the whole scan where a letter folds to ASCII without lower-casing to it.
Every passage is written for these tests."""

import pytest

from nlp.countries import exceptions, extensions, listed_countries, remedy_demonyms, rules, targets
from nlp.countries.exceptions import after_exception, cues
from nlp.pipeline import analyse
from nlp.text.acting import ActingSentences
from nlp.text.sentences import Sentences

PROCLAMATION = (
    "Proclamation 11999 of March 3, 2031\n\nTo Implement Tariff Treatment for Certain Goods\n\nBy the President of the"
    " United States of America\n\nA Proclamation\n\n1. On January 5, 2031, the United States entered into an agreement"
    " on trade in agricultural goods.\n\n2. {}\n\nNOW, THEREFORE, I, JANE ROE, President of the United States of"
    " America, by virtue of the authority vested in me by the Constitution and the laws of the United States, do"
    " proclaim that:\n\n(1) The Harmonized Tariff Schedule of the United States is modified as provided in the Annex"
    " to this proclamation.\n"
)
RECITALS = [
    "I have determined that it is necessary to provide duty-free access for specified quantities of certain"
    " agricultural products of Peru.",
    "I have also determined that a technical correction is necessary to provide the intended treatment to"
    " originating goods of Colombia.",
    "I determined that it is appropriate to provide duty-free access for goods of Chile.",
    "I have determined that imports of steel from Peru do not threaten to impair the national security, and I have"
    " decided to exclude products of Peru from the tariff.",  # a determination that spares its goods
    "The Secretary has determined that products of Peru enter in quantities that threaten the industry.",  # no 'I'
    "It is necessary to provide duty-free access for specified quantities of certain products of Peru.",
]


def _affected(text: str) -> list[str]:
    return sorted(analyse(text)._.countries["affected"])


@pytest.mark.parametrize("recital", RECITALS)
def test_a_proclamations_determinations_read_behind_the_gate_are_those_read_without_it(recital, monkeypatch):
    """Class: a recital's determination naming the goods (or sparing them, or read by another than the President)
    gives the same countries whether the text is first searched for a determination or not."""
    text = PROCLAMATION.format(recital)
    gated = _affected(text)
    monkeypatch.setattr(rules, "may_hold_a_determination", lambda text: True)
    assert _affected(text) == gated


def test_a_determination_in_a_recital_still_names_the_goods():
    """Class: the President's determination for an origin's goods makes it affected behind the gate."""
    assert "PE" in _affected(PROCLAMATION.format(RECITALS[0]))


@pytest.mark.parametrize(
    "text",
    [
        "I have determined that",  # the text is the opening
        "I have determined thatched roofs of Peru",  # a range's end can close the word ('that|ched')
        "Whereas I\nhave\talso determined that products of Peru",
        "xI have determined that",  # no word's edge before 'I': none in any part either
        "I have determined: that",
        "we have determined that",
    ],
)
def test_the_determinations_gate_holds_wherever_a_part_of_the_text_holds_one(text):
    """Class: a determination found in any part of a text (its opening's edge read in the text, its end cut by the
    part's) is one the text's search finds: the gate never rules out a text a part of which holds one."""
    in_a_part = any(
        targets.DETERMINED.search(text, start, end) for start in range(len(text)) for end in range(start, len(text) + 1)
    )
    assert targets.may_hold_a_determination(text) is True or not in_a_part
    assert in_a_part == targets.may_hold_a_determination(text)


CLAUSES = [
    "from all countries EXCEPT ",
    "de tous les pays, à l’exception ",
    "von allen Ländern AUSGENOMMEN ",
    "de todos los países con excepción de ",
    "товаров из всех стран, за исключением ",
    "鉴于",
    "the regulations apply in the ",  # a cue anchored at the clause's end
    "goods imported by the following ",
    "the definitions of “",
    "the same rules as apply to ",
    "except",  # the clause is the cue
    "nexcept ",  # the cue's word inside another
    "the Commission may impose duties on ",  # no cue
    "İMPORTS ",  # a letter whose lower case is two characters
]


@pytest.mark.parametrize("clause", CLAUSES)
def test_the_exception_cues_narrowed_to_the_clause_are_the_whole_alternations(clause):
    """Class: the cues found in a name's lower-cased clause by the narrowed alternation are the whole one's."""
    lowered = clause.lower()
    whole = [match.span() for match in cues()["not_affected"].finditer(lowered)]
    assert [match.span() for match in exceptions._not_affected_cues().finditer(lowered)] == whole


class _Whole:
    def finditer(self, text):
        return cues()["not_affected"].finditer(text)


@pytest.mark.parametrize("clause", CLAUSES)
def test_an_exception_read_with_the_narrowed_cues_is_the_one_read_with_the_whole_alternation(clause, monkeypatch):
    """Class: whether a name stands after an exception does not depend on the alternation the cues are searched
    with, in a short text and in a long one."""
    for filler in ("", "The Committee reviewed the market situation of the sector concerned. " * 40):
        text = f"{filler}Imports {clause}Canada are subject to the duty."
        offset = text.index("Canada")
        narrowed = after_exception(text, offset, Sentences(text))
        with monkeypatch.context() as patched:
            patched.setattr(exceptions, "_not_affected_cues", lambda: _Whole())
            assert after_exception(text, offset, Sentences(text)) == narrowed


AMENDING_TITLES = [
    "Commission Implementing Regulation (EU) 2031/88 amending Implementing Regulation (EU) 2029/1 imposing a duty on"
    " imports of tubes originating in India and terminating the proceeding concerning imports originating in Peru",
    "RÈGLEMENT D'EXÉCUTION (UE) 2031/88 MODIFIANT LE RÈGLEMENT (UE) 2029/1 ET CLÔTURANT LA PROCÉDURE CONCERNANT LE PÉROU",
    "Durchführungsverordnung (EU) 2031/88 zur Änderung der Verordnung (EU) 2029/1 und zur EINSTELLUNG DES VERFAHRENS"
    " betreffend Peru",
    "İstanbul: Regulation 2031/88 amending Regulation 2029/1 and TERMİNATING the proceeding concerning Peru",
    "ΣΧΕΔΙΟ: Regulation 2031/88 amending Regulation 2029/1 and terminating the proceeding concerning Peru",
    "Regulation 2031/88 amending Regulation 2029/1 imposing a duty on imports originating in Peru",
]


@pytest.mark.parametrize("title", AMENDING_TITLES)
def test_terminated_proceedings_read_behind_the_texts_gate_are_those_read_without_it(title, monkeypatch):
    """Class: at every offset of a short and a long text, a country after a terminated proceeding in an amended
    title is read the same whether the text is first looked through for a termination word or not."""
    for text in (title, "The Committee reviewed the market situation of the sector concerned. " * 40 + title):
        offsets = range(len(text) - len(title), len(text) + 1)  # the title's (the filler holds no termination)
        gated = [extensions.terminated_in_amended_title(text, offset) for offset in offsets]
        with monkeypatch.context() as patched:
            patched.setattr(extensions, "_holds_a_termination_word", lambda text: True)
            assert [extensions.terminated_in_amended_title(text, offset) for offset in offsets] == gated


def test_a_country_after_a_terminated_proceeding_is_still_read_so():
    """Class: the gate lets the termination through where the text holds it."""
    text = AMENDING_TITLES[0]
    assert extensions.terminated_in_amended_title(text, text.index("Peru"))


LIST_LINE = "Armenia, Belize, Fiji, Peru and Tonga."
LEAD_INS = [
    "The preference is hereby withdrawn in respect of all goods that originate in the following countries:\n{}\n",
    "The preference is hereby withdrawn in respect of all goods that originate in the following countries:\n\n  {}",
    "The preference is hereby withdrawn for the goods of these countries.\n{}\n",  # no lead-in: no list
    "{}\n",  # the line opens the text
    "The following countries are listed:\nArmenia, Belize, the Fiji Islands Authority and Tonga.\n",  # not names only
]


def _listed_everywhere(text: str) -> list[bool]:
    acting = ActingSentences(text, Sentences(text))
    return [listed_countries.listed_under_an_acting_lead_in(text, offset, acting) for offset in range(len(text))]


@pytest.mark.parametrize("lead_in", LEAD_INS)
def test_a_list_line_read_once_answers_every_name_as_reading_it_again_did(lead_in, monkeypatch):
    """Class: at every offset of a list line (its names, its glue, its edges) the answer is the one read without the
    line's memo and with the lead-in asked last, as before."""
    text = lead_in.format(LIST_LINE)
    remembered = _listed_everywhere(text)

    def read_again(text, offset, acting):
        line_start, line_end = listed_countries.line_at(text, offset)
        if line_end - line_start > listed_countries.MAX_LIST_CHARS:
            return False
        if not listed_countries._names_only(text, line_start, line_end):
            return False
        lead_end = line_start
        while lead_end > 0 and text[lead_end - 1].isspace():
            lead_end -= 1
        return lead_end > 0 and text[lead_end - 1] == ":" and acting(lead_end - 1)

    acting = ActingSentences(text, Sentences(text))
    assert remembered == [read_again(text, offset, acting) for offset in range(len(text))]


def test_a_list_under_a_lead_in_is_listed_and_a_second_text_is_read_anew():
    """Class: the names of a list line under an acting lead-in are listed; a second text with a line at the same
    span that is no list is not answered from the first text's line."""
    first = LEAD_INS[0].format(LIST_LINE)
    acting = ActingSentences(first, Sentences(first))
    assert listed_countries.listed_under_an_acting_lead_in(first, first.index("Peru"), acting)
    second = first.replace("Belize", "belize")  # a lower-case word: the line is no longer names only
    acting = ActingSentences(second, Sentences(second))
    assert not listed_countries.listed_under_an_acting_lead_in(second, second.index("Peru"), acting)


REMEDY_PASSAGES = [
    "an ANTI-DUMPING duty and an Anti-dumping duty on Chinese plate; the antidumping duty",
    "COUNTERVAILING duties; a Safeguard measure; une mesure de SAUVEGARDE; des droits  compensateurs",
    "the Cooperating PRODUCERS and the cooperating exporting\nproducers; producers not cooperating producers",
    "antidumpingtold antidumpingtoll antidumpning UTJÄMNINGSTULL Schutzmaßnahme polkumyyntitulli",
    "xantidumping antidumpingantidumping anti-anti-dumping",  # openings inside words and overlapping
    "a ſafeguard measure",  # the long s folds to 's'
    "İmports under anti-dumping duty",  # 'İ' lower-cases to two characters
    "the KELVIN \u212a and anti-dumping",
    "Anti-dumping",  # the text is the word
    "no remedy's word here at all",
]


@pytest.mark.parametrize("passage", REMEDY_PASSAGES)
def test_remedy_words_matched_at_their_openings_are_the_lower_cased_copys_and_the_engines(passage):
    """Class: the remedy's words found at their openings' places are those the whole scan finds (and the
    case-insensitive pattern's own finditer), in a short text and in a long one."""
    filler = "The Committee reviewed the market situation of the sector concerned. " * 40
    for text in (passage, filler + passage + " " + filler):
        engine = [match.span() for match in remedy_demonyms._remedy_word().finditer(text)]
        assert remedy_demonyms._remedy_word_spans(text) == remedy_demonyms._remedy_words().spans(text) == engine


def test_every_remedy_word_has_an_opening_to_be_found_at():
    """Class: the data's every remedy word opens with ASCII letters or a lookbehind of them (else the whole scan)."""
    openings = remedy_demonyms._word_openings()
    assert openings is not None and len(openings) == len(remedy_demonyms._data()["remedy_words"])
