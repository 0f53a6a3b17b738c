"""Round 26 reader fixes, rate roles (issue 15: final28's digest read by a policy officer). Every passage is written
for these tests, in another wording than the final28 document."""

from nlp.pipeline import analyse


def _roles(text: str) -> dict:
    return {(rate.value, rate.unit): rate.role for rate in analyse(text)._.rates}


def test_a_rate_left_unchanged_by_a_review_is_no_new_rate():
    """Class: a rate a review leaves as it was ('stays unchanged at', final28 3932) is not one the act sets."""
    text = (
        "The Ministry of Economy concluded the review of the countervailing duty on steel wire rod. The duty on "
        "imports from Brazil was cut to $0.0410 per kilogram. The duty on imports from Ukraine stays unchanged at "
        "$0.0870 per kilogram."
    )
    roles = _roles(text)
    assert roles[(0.041, "USD/kg")] == "new"
    assert roles[(0.087, "USD/kg")] == "other"


def test_a_rate_changed_from_an_unchanged_base_is_new():
    """Near miss: 'unchanged' elsewhere in the sentence, not before the figure's 'at', leaves the rate new."""
    text = (
        "The scope of the anti-dumping duty on steel wire rod remains unchanged, and the duty on imports from "
        "Ukraine is raised to $0.0870 per kilogram."
    )
    assert _roles(text)[(0.087, "USD/kg")] == "new"
