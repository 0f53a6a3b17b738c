"""Round 26 reader fixes, affected countries (issue 15: final28's digest read by a policy officer). Every passage is
written for these tests, in another wording than the final28 document."""

from tests.fact_readers import affected


def test_the_destination_of_a_refund_on_later_export_is_not_affected():
    """Class: the countries goods are exported to after paying duty (a refund or drawback on their later export,
    final28 3941) are where the goods go, not origins a duty targets."""
    text = (
        "Schedule No. 6, by the insertion of refund item 530.02 to allow refunds of excise duties paid on imported "
        "diesel upon its later export to Angola and Zambia."
    )
    assert affected(text) == []


def test_drawbacks_in_the_plural_name_no_affected_destination():
    """Same class, 'drawbacks' in the plural and a removal rather than an export."""
    text = (
        "Part 3 of Schedule No. 5, by the substitution of Note 2 to provide for drawbacks of customs duties paid on "
        "imported lubricants upon their subsequent removal to Mozambique."
    )
    assert affected(text) == []


def test_a_duty_on_an_origin_beside_a_drawback_still_targets_it():
    """Near miss: the origin named before the drawback words, in its own clause, is still the duty's target."""
    text = (
        "An anti-dumping duty of 20% is imposed on frozen chicken from Brazil; the duty paid qualifies for a "
        "drawback on re-export."
    )
    assert affected(text) == ["BR"]
