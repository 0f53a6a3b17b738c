"""Round 23's speed cuts, pinned by the answers they must keep (equivalence: each passes on the tree before the cuts
too). Each cut skips work a cheaper test proves answers nothing:
- a remedy's words ('anti-dumping', 'droits compensateurs') found in the text's shared lower-cased copy, not by the
  engine's case-insensitive alternation over the whole text: the same words, whatever their case, a long 's' too;
- the reasons that rule a heading out, and a quota sheet's in-quota duty field, searched only where the one scan of
  the text says they may occur: a text that holds the shortest such fact is never skipped;
- whether a notice advises of amendments (a search of the whole text) asked only for a date between the recent
  reach and the year's reach: the reaches' edges keep their answers;
- Japan's item-number column searched only in a text that holds its name.
Every passage is written for these tests."""

from datetime import date

import pytest

from nlp.codes.item_number_columns import item_number_columns
from nlp.codes.ruled_out import ruled_out_codes
from nlp.countries.remedy_demonyms import _remedy_word, _remedy_words, remedy_demonyms
from nlp.dates.recent import reported_recent_change
from nlp.dates.rules import date_rules
from nlp.rates.sheets import in_quota_duty_fields
from nlp.text.sentences import Sentences

FILLER = "The Committee met on several occasions to review the market situation of the sector concerned. " * 30


def engine_spans(text: str) -> list[tuple[int, int]]:
    return [match.span() for match in _remedy_word().finditer(text)]


@pytest.mark.parametrize(
    "passage",
    [
        "an ANTI-DUMPING duty on Chinese hot-rolled plate",
        "the Antidumping Duty and the COUNTERVAILING duty on Chinese plate",
        "des Droits Compensateurs sur l'acier chinois; une mesure de SAUVEGARDE",
        "Polkumyyntitulli kiinalaisen melamiinin tuonnissa; antidumpningstull på kinesiskt stål",
        "a ſafeguard measure on Chinese steel",  # the long s folds to 's' without regard to case
        "Ein İmport: anti-dumping duty on Chinese plate",  # a letter whose lower case is two characters
    ],
)
def test_remedy_words_read_in_the_lower_cased_copy_are_the_engines(passage):
    """Class: a remedy's words in any case (and beside letters that lower-case otherwise than they fold) are the
    spans the case-insensitive pattern finds, in a short text and in a long one."""
    for text in (passage, FILLER + passage + " " + FILLER):
        assert _remedy_words().spans(text) == engine_spans(text) != []


def test_an_origin_adjective_near_a_remedy_word_in_capitals_is_read():
    """Class: the remedy's word in capitals still lets the adjective beside it name the goods' origin."""
    text = FILLER + "The Commission imposed an ANTI-DUMPING duty on Chinese hot-rolled plate.\n"
    assert [code for code, _, _ in remedy_demonyms(text, 0, len(text))] == ["CN"]


@pytest.mark.parametrize(
    "passage, codes",
    [
        ("Classification under heading 9404 is excluded.", {"9404"}),
        ("Le classement sous la position 9504 est donc exclu.", {"9504"}),
        ("Eine Einreihung in die Position 9503 ist ausgeschlossen.", {"9503"}),
        ("Se excluye la clasificación en la partida 9405.", {"9405"}),
    ],
)
def test_the_shortest_reasons_that_rule_a_heading_out_are_never_skipped(passage, codes):
    """Class: a classification act's reason, in each language, read where the scan gate lets the pattern through."""
    assert ruled_out_codes(passage) == codes
    assert ruled_out_codes(FILLER + passage) == codes
    assert ruled_out_codes(FILLER) == set()


def test_an_in_quota_duty_field_in_a_window_of_a_long_sheet_is_read():
    """Class: the quota sheet's field is read in the span asked of, in a short text and a long one."""
    field = "Order number 09.4722\nQuantity 750 tonnes\nIn-quota duty 0 EUR\n"
    for text in (field, FILLER + "\n" + field + FILLER):
        start = text.index("Order number")
        assert [(value, unit) for value, _, _, unit in in_quota_duty_fields(text, start, start + len(field))] == [
            (0.0, "EUR")
        ]
    assert list(in_quota_duty_fields(FILLER, 0, len(FILLER))) == []


NOTICE_DAY = date(2031, 3, 14)
REPORTED = "Commodity Code 0305399010 has been reinstated with effect from "
ADVISES = "1. This notice is to advise of amendments to the Departmental Consolidation.\n"


@pytest.mark.parametrize(
    "days_before, advises, reported",
    [
        (0, False, False),  # the notice's own day: no change made before it
        (-3, True, False),  # after the notice
        (1, False, True),
        (14, False, True),  # the recent reach's last day
        (15, False, False),
        (15, True, True),  # a notice advising of amendments reaches a year back
        (366, True, True),
        (367, True, False),
    ],
)
def test_the_reaches_of_a_change_reported_as_just_made(days_before, advises, reported):
    """Class: a date this many days before the notice, after a clause reporting the change as made, is the change's
    day within the recent reach, or the year's in a notice advising of amendments, and history outside it."""
    text = (ADVISES if advises else "") + REPORTED
    mentioned = date.fromordinal(NOTICE_DAY.toordinal() - days_before).isoformat()
    answer = reported_recent_change(mentioned, NOTICE_DAY, text, 0, len(text), date_rules())
    assert answer is reported


def test_statistical_item_numbers_under_the_long_column_name_are_read():
    """Class: the column named '統計品目番号' (its long name) still opens the item-number reading."""
    text = "統計品目番号 (旧) 統計品目番号 (新) 品名\n250510100 同左 けい砂\n392690299 392690999 その他\n"
    found = item_number_columns(text, Sentences(text), set())
    assert [mention.code for mention in found] == ["250510100", "392690299", "392690999"]
    assert item_number_columns("250510100 同左 けい砂", Sentences("250510100 同左 けい砂"), set()) == []
