"""Swahili official texts, by class (round 25): a Tanzanian government notice in Swahili. Dates ('Imetolewa <place>,
tarehe <date>', 'itaanza kutumika tarehe', 'kuanzia tarehe … hadi tarehe …'), with a near miss. The passages are
written for these tests in the style of those notices."""

from tests.fact_readers import dates

SWAHILI_NOTICE = (
    "TANGAZO LA SERIKALI NA. 512 la tarehe 30 Juni, 2031\n"
    "SHERIA YA USIMAMIZI WA FORODHA YA JUMUIYA YA AFRIKA MASHARIKI\n"
    "1. Bidhaa zilizoainishwa katika jedwali zitatozwa ushuru wa asilimia sifuri kuanzia tarehe 1 Julai, 2031 hadi"
    " tarehe 30 Juni, 2032.\n"
    "2. Tangazo hili litaanza kutumika tarehe 1 Julai, 2031.\n"
    "Imetolewa Dodoma, tarehe 28 Juni, 2031\n"
)


def test_a_swahili_notices_period_entry_into_force_and_date():
    """Class: 'kuanzia tarehe … hadi tarehe …' (from … until) is the period; 'litaanza kutumika tarehe <date>' (shall
    come into operation on) the entry into force; 'Imetolewa <place>, tarehe <date>' (made at, on) the notice's date."""
    found = dates(SWAHILI_NOTICE)
    assert ("application_start", "2031-07-01") in found
    assert ("application_end", "2032-06-30") in found
    assert ("entry_into_force", "2031-07-01") in found
    assert ("document_date", "2031-06-28") in found


def test_a_cited_swahili_notices_date_is_no_end():
    """Near miss: 'Tangazo la Serikali Na. 88 la tarehe 14 Machi, 2029' cites an earlier notice: no end nor entry."""
    text = (
        "Imetolewa Dodoma, tarehe 28 Juni, 2031\nTangazo la Serikali Na. 88 la tarehe 14 Machi, 2029 linarekebishwa.\n"
    )
    found = dates(text)
    assert not [kind for kind, day in found if day == "2029-03-14" and kind in ("application_end", "entry_into_force")]
