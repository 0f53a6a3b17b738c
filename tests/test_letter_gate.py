"""The letter gate: a pattern every match of which holds a letter of another script is ruled out, without a
search, in a text that has none of its letters; never where it could match."""

import re

from nlp.text.letters import any_of, letter_gate
from nlp.text.needed_words import NeededWords
from nlp.text.patterns import guarded, may_match

UKRAINIAN = guarded("ввезення в Україну", re.I)  # needs no ASCII word
CHINESE = re.compile("海关总署公告")
EITHER = re.compile("Митного союзу|Customs Union", re.I)  # a Latin alternative: may match without the letters
DIGITS = re.compile(r"\d{4}\.\d\d")


def test_the_letters_a_pattern_needs():
    assert letter_gate(re.compile("[ое]\\d")) is not None
    assert letter_gate(re.compile("(?:а|б)+x")) is not None
    assert letter_gate(EITHER) is None
    assert letter_gate(DIGITS) is None
    assert letter_gate(re.compile("(?=Ж)x")) is None  # a lookahead consumes no letter
    assert letter_gate(re.compile("x?[ое]")) is not None
    assert letter_gate(re.compile("ж?x")) is None  # an optional letter is not needed


def test_a_letter_folding_to_ascii_is_no_needed_letter():
    kelvin = re.compile("\u212a", re.I)  # the Kelvin sign matches 'k' without regard to case
    assert kelvin.search("kilogram")
    assert letter_gate(kelvin) is None


def test_the_gate_rules_out_only_texts_without_the_letters():
    gate = letter_gate(UKRAINIAN)
    assert not gate.may_match("Imports of steel into the Union from 3 May 2031")
    assert not gate.may_match("Règlement d'exécution du 3 mai 2031")  # Latin-1 letters only
    assert gate.may_match("Imports (ввезення) of steel")
    assert gate.may_match("ВВЕЗЕННЯ В УКРАЇНУ")  # capitals: the pattern ignores case, the gate too


def test_one_gate_of_all_letters_shuts_out_a_text_only_where_each_gate_does():
    either = any_of([letter_gate(UKRAINIAN), letter_gate(CHINESE)])
    assert not either.may_match("The Union’s duty – 3 May 2031")  # not ASCII, but no letter either gate needs
    assert either.may_match("Imports (ввезення) of steel")
    assert either.may_match("海关总署公告 2031年第5号")
    assert any_of([]) is None


def test_needed_words_search_a_foreign_cue_only_where_its_letters_are():
    needed = NeededWords([UKRAINIAN, CHINESE, EITHER, DIGITS])
    english = "The Ministry raises the duty on heading 7208.51 from 1 June 2031."
    assert needed.possible(english) == [2, 3]
    # an English text with a short foreign passage still gets that passage's cue
    mixed = english + " The order quotes its title: «Про ввезення в Україну сталі»."
    assert needed.possible(mixed) == [0, 2, 3]
    assert UKRAINIAN.search(mixed)
    assert needed.possible("海关总署公告 2031年第12号") == [1, 2, 3]


def test_the_answer_is_the_one_searching_every_pattern_gives():
    patterns = [UKRAINIAN, CHINESE, EITHER, DIGITS]
    needed = NeededWords(patterns)
    texts = [
        "",
        "ввезення в україну",
        "Customs Union duty 0805.10",
        "Решение Митного союзу",
        "文件：海关总署公告",
        "Règlement (UE) 2031/77 du Conseil",
    ]
    for text in texts:
        found = {index for index, pattern in enumerate(patterns) if pattern.search(text)}
        assert found <= set(needed.possible(text))


def test_may_match_uses_the_gate_for_a_pattern_needing_no_word():
    assert not may_match(UKRAINIAN, "The Commission imposes a duty of 12 %.")
    assert may_match(UKRAINIAN, "Про ввезення в Україну")
    assert may_match(re.compile(r"\d{4}"), "no code here")  # no word and no letter needed: always possible


LONG_ENGLISH = "The duty applies to imports from the Customs Union \u2013 see the Council\u2019s notice. " * 40


def test_a_long_text_is_gated_by_its_characters_outside_ascii_in_any_case():
    gate = letter_gate(UKRAINIAN)
    assert len(LONG_ENGLISH) > 2000
    assert not gate.may_match(LONG_ENGLISH)  # a dash and a quotation mark: no letter the pattern needs
    assert gate.letters == ("в",)  # its first letter: every match holds one
    assert gate.may_match(LONG_ENGLISH + "ВВЕЗЕННЯ")  # capitals, at the very end
    assert gate.may_match("в" + LONG_ENGLISH)


def test_the_gate_answers_alike_for_a_text_asked_again_and_a_new_one():
    gate = letter_gate(CHINESE)
    assert not gate.may_match(LONG_ENGLISH)
    assert not gate.may_match(LONG_ENGLISH)  # remembered
    assert gate.may_match(LONG_ENGLISH[:-1] + "海")  # a new text, the same length
