"""Round 25's speed cut in nlp/text: the evidence sentence of a fact (its sentence with runs of spaces joined) is
remembered by the sentence's span, as the codes of one table row ask for it in turn. Pinned by the answer read
afresh, for every offset of passages written for this test (passes on the tree before the cut too)."""

from nlp.text.sentences import Sentences

PASSAGES = [
    "Tariff items 0101.21.00,  0101.29.00 and\n0102.21.00 are amended. The rate of 5 %\tapplies from 1 May 2031.",
    "| 0301.11 | Ornamental fish |  Free |\n| 0301.19 | Other   live fish | 2 % |\n\nNOTICE\n\nNo. 12 of 2031.",
    "Gültig ab 1. Juli 2031 für Waren der Nr. 0201.\u00a0Die Verordnung tritt am 2. Juli 2031 in Kraft.",
    "",
    "   ",
]


def _afresh(text: str, offset: int) -> str:
    start, end = Sentences(text).around(offset)
    return " ".join(text[start:end].split())


def test_each_offsets_sentence_is_the_one_read_afresh():
    """Class: asked at every offset (twice, and in reverse order), the remembered sentence is the sentence read
    afresh; two offsets of one sentence share it, and offsets outside the text read as `around` places them."""
    for text in PASSAGES:
        sentences = Sentences(text)
        offsets = list(range(-1, len(text) + 2))
        for offset in offsets + offsets[::-1]:
            assert sentences.sentence(offset) == _afresh(text, offset)


def test_two_facts_of_one_row_read_one_sentence():
    text = PASSAGES[1]
    sentences = Sentences(text)
    first, second = text.index("0301.11"), text.index("Ornamental")
    assert sentences.sentence(first) == sentences.sentence(second) == "| 0301.11 | Ornamental fish | Free |"
    assert sentences.sentence(text.index("No. 12")) == "No. 12 of 2031."
