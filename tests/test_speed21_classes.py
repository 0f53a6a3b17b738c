"""Round 21's speed cuts: answers read once per text or per sentence instead of once per ask, pinned by the answers
they must keep. A list item's lead-in is found by a walk up the list remembered for every sentence walked over (each
item of a long list walked the same sentences up): the reach of MAX_LIST_ITEMS items, the stop at a sentence that is
no item and the answers' independence of the order items are asked in must hold. Every passage is written for these
tests."""

from nlp.text.acting import MAX_LIST_ITEMS, ActingSentences
from nlp.text.sentences import Sentences

LEAD_IN = "The additional duty shall apply to goods originating in the following countries:\n"


def reader(text: str) -> ActingSentences:
    return ActingSentences(text, Sentences(text))


def items(count: int) -> str:
    return "".join(f"({number}) goods of Ruritania listed in part {number};\n" for number in range(1, count + 1))


def test_a_list_item_finds_its_lead_in_only_within_the_reach_of_a_list():
    """Class: an item up to MAX_LIST_ITEMS - 1 sentences below its lead-in is introduced by it; one further is not."""
    text = LEAD_IN + items(MAX_LIST_ITEMS + 10)
    acting = reader(text)
    near, far = text.index("(5) goods"), text.index(f"({MAX_LIST_ITEMS + 5}) goods")
    assert acting.lead_in(near) == (0, len(LEAD_IN) - 1)
    assert acting.lead_in(far) is None


def test_a_sentence_that_is_no_item_ends_the_walk_up_a_list():
    """Class: a plain sentence between a lead-in and the items below it: those items have no lead-in."""
    text = LEAD_IN + items(3) + "This notice was published in the Official Journal.\n" + items(3)
    acting = reader(text)
    assert acting.lead_in(text.index("(2) goods")) == (0, len(LEAD_IN) - 1)
    assert acting.lead_in(text.rindex("(2) goods")) is None


def test_the_lead_ins_of_a_list_do_not_depend_on_the_order_its_items_are_asked_in():
    """Class: the remembered walk gives each item the answer a fresh reader gives it, whichever item came first."""
    text = "Preamble.\n" + LEAD_IN + items(MAX_LIST_ITEMS + 40) + "Article 2\n" + LEAD_IN + items(5)
    offsets = [match_start for match_start in range(len(text)) if text.startswith("(", match_start)]
    fresh = [reader(text).lead_in(offset) for offset in offsets]
    bottom_first = reader(text)
    assert [bottom_first.lead_in(offset) for offset in reversed(offsets)][::-1] == fresh
    top_first = reader(text)
    assert [top_first.lead_in(offset) for offset in offsets] == fresh
