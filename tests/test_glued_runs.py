"""Glued code runs are found from their first dot (the engine skips ahead to the dots); each code starts where the
run's first four digits do, whatever stands before the run."""

from nlp.codes.glued import glued_codes
from nlp.codes.notation import neutral_notation
from nlp.text.sentences import Sentences


def _codes(text: str, read: frozenset[int] = frozenset()) -> list[tuple[str, int, str]]:
    return [(m.code, m.start, text[m.start : m.end]) for m in glued_codes(text, Sentences(text), set(read))]


def test_a_run_at_the_start_of_the_text_and_one_after_a_space_each_start_at_their_first_digit():
    text = "7208.10.157208.25.30 covered\nItems: 7219.11.00107219.12.0020 end."
    assert _codes(text) == [
        ("72081015", 0, "7208.10.15"),
        ("72082530", 10, "7208.25.30"),
        ("7219110010", 36, "7219.11.0010"),
        ("7219120020", 48, "7219.12.0020"),
    ]


def test_a_run_glued_to_a_longer_number_or_a_dot_before_it_is_no_run():
    assert _codes("Ref 17208.10.157208.25.30 and v.7208.10.157208.25.30 and 7208.10.15 alone") == []


def test_a_code_another_reading_took_is_left_to_it():
    assert [code for code, _, _ in _codes("7208.10.157208.25.30", frozenset({0}))] == ["72082530"]


def test_a_middle_dot_between_arabic_digits_is_read_as_a_dot_only_there():
    assert neutral_notation("別表第0401・10号 and 12・34") == "別表第0401.10号 and 12・34"
    assert neutral_notation("no dots at all, 0401.10") == "no dots at all, 0401.10"
