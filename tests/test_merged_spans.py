"""merged_spans: the windows of a text that measures and quota tables read, merged where they meet."""

from nlp.text.textutil import merged_spans


def test_overlapping_and_touching_spans_merge_and_apart_ones_stay_apart():
    assert merged_spans([(0, 5), (3, 8), (8, 10), (12, 15), (13, 14)]) == [(0, 10), (12, 15)]


def test_no_span_gives_no_window():
    assert merged_spans([]) == []
