"""Which changes reach which subscriber: product areas at every level, ranges, jurisdictions, measures.

The functions run on the change and subscription dicts the sender builds (codes as stored,
digits only); end-to-end sends over SMTP are in test_sending_content.py.
"""

import pytest

from digest.matching import (
    ChangeIndex,
    change_matches_prefix,
    prefix_matches_code,
    prefix_matches_range,
    product_notes,
    subscriber_area,
    subscription_matches,
    subscription_prefixes,
)
from digest.subscriptions import (
    MEASURE_TYPES,
    normalise_jurisdiction,
    normalise_measure,
    normalise_prefix,
    split_list,
)
from tariffwatch.codes import level_for
from tariffwatch.errors import InputError


def change(*codes, areas=(), jurisdiction="EU", measures=(), id=1, primary=None, others=()):
    """A change as the sender sees it: codes as (code, code_to) pairs, inferred areas as codes."""
    return {
        "id": id,
        "codes": [{"code": low, "code_to": high} for low, high in codes],
        "areas": [{"code": code, "level": "chapter" if len(code) == 2 else "heading"} for code in areas],
        "jurisdiction": jurisdiction,
        "measure_types": list(measures),
        "area": {"primary": primary, "others": [{"chapter": chapter} for chapter in others]},
    }


def subscription(*prefixes, jurisdictions=(), measures=(), products=()):
    return {
        "hs_prefixes": list(prefixes),
        "jurisdictions": list(jurisdictions),
        "measures": list(measures),
        "products": [{"code": code, "name": name, "as_written": written} for code, name, written in products],
    }


@pytest.mark.parametrize(
    "prefix,code,expected",
    [
        ("72", "72085120", True),  # a chapter subscriber gets an eight-digit code
        ("720851", "7208", True),  # a subheading subscriber gets a change to its heading
        ("720851", "72", True),
        ("7209", "72085120", False),
        ("7208", "7209", False),
        ("72", "７２０８", True),  # a code written in full-width digits
    ],
)
def test_a_prefix_matches_a_code_when_either_starts_with_the_other(prefix, code, expected):
    assert prefix_matches_code(prefix, code) is expected


@pytest.mark.parametrize(
    "prefix,expected",
    [
        ("72", True),
        ("73", False),
        ("7207", False),
        ("7208", True),  # lower end included
        ("7210", True),
        ("7212", True),  # upper end included
        ("7213", False),
        ("720799", False),
        ("72126000", True),
        ("7213100000", False),
    ],
)
def test_a_heading_range_matches_every_prefix_inside_it_both_ends_included(prefix, expected):
    """'headings 7208 to 7212'"""
    assert prefix_matches_range(prefix, "7208", "7212") is expected


@pytest.mark.parametrize(
    "prefix,expected",
    [("72", True), ("73", True), ("7215", False), ("7216", True), ("7301", True), ("730110", True), ("7302", False)],
)
def test_a_range_across_two_chapters_matches_in_both(prefix, expected):
    """'headings 7216 to 7301'"""
    assert prefix_matches_range(prefix, "7216", "7301") is expected


@pytest.mark.parametrize(
    "prefix,expected",
    [("8541", True), ("854141", True), ("854142", True), ("854143", False), ("854140", True), ("8542", False)],
)
def test_a_range_whose_ends_have_different_lengths(prefix, expected):
    """'heading 8541 to subheading 8541 42'"""
    assert prefix_matches_range(prefix, "8541", "854142") is expected


def test_a_range_written_in_other_digits_matches_like_ascii():
    assert prefix_matches_range("7210", "７２０８", "７２１２") is True
    assert prefix_matches_range("7213", "７２０８", "７２１２") is False


def test_codes_ranges_and_inferred_areas_of_a_change_all_match():
    wire = change(("72171010", None))
    sections = change(("7216", "7301"))
    steel_words = change(areas=["72", "7208"])
    assert [change_matches_prefix(c, "7217") for c in (wire, sections, steel_words)] == [True, True, True]
    assert [change_matches_prefix(c, "7214") for c in (wire, sections, steel_words)] == [False, False, True]
    assert [change_matches_prefix(c, "730110") for c in (wire, sections, steel_words)] == [False, True, False]
    assert [change_matches_prefix(c, "７２") for c in (wire, sections, steel_words)] == [True, True, True]


def test_a_generic_range_over_most_chapters_matches_nobody_but_the_codes_beside_it_do():
    proclamation = change(("01", "97"), ("9903", None), ("7604", None))
    assert [change_matches_prefix(proclamation, p) for p in ("28", "7604", "99", "87")] == [False, True, True, False]


def test_a_range_of_twenty_chapters_is_still_goods():
    """Section XI, textiles, runs over chapters 50 to 63: a real range, not a generic one."""
    textiles = change(("50", "69"))
    assert [change_matches_prefix(textiles, p) for p in ("5208", "69", "70")] == [True, True, False]
    assert change_matches_prefix(change(("50", "70")), "5208") is False  # 21 chapters: generic


@pytest.mark.parametrize(
    "subscriber,expected",
    [
        (subscription(), True),
        (subscription(jurisdictions=["GB"]), True),  # UK and GB are one jurisdiction
        (subscription(jurisdictions=["US", "CA"]), False),
        (subscription(measures=["safeguard"]), True),
        (subscription(measures=["anti_dumping"]), False),
        (subscription("6907"), True),
        (subscription("6908"), False),
        (subscription("6908", products=[("6907210000", "Wall tiles", None)]), True),
        (subscription("6907", jurisdictions=["GB"], measures=["anti_dumping", "safeguard"]), True),
        (subscription("6907", jurisdictions=["EU"]), False),
    ],
)
def test_product_area_jurisdiction_and_measure_must_all_match(subscriber, expected):
    tiles = change(("69072100", None), jurisdiction="UK", measures=["safeguard"])
    assert subscription_matches(subscriber, tiles) is expected


def test_a_change_without_a_jurisdiction_reaches_only_subscribers_who_chose_none():
    unknown = change(("7208", None), jurisdiction=None)
    assert subscription_matches(subscription("72"), unknown) is True
    assert subscription_matches(subscription("72", jurisdictions=["EU"]), unknown) is False


def test_the_subscribers_prefixes_are_its_areas_then_its_catalogue_without_repeats():
    subscriber = subscription("７２", "7403", products=[("72085120", "Coil", "7208.51.20"), ("7403", "Cathodes", None)])
    assert subscription_prefixes(subscriber) == ["72", "7403", "72085120"]


def test_catalogue_products_are_named_with_how_the_subscriber_wrote_them():
    subscriber = subscription(
        products=[
            ("72085120", "Hot-rolled coil 2mm", "7208.51.20"),
            ("72139110", "Wire rod", None),
            ("87038010", "E-van chassis", "8703 80 10"),
        ]
    )
    coil_duty = change(("7208", None), areas=["72"])
    assert product_notes(subscriber, coil_duty) == [
        "Affects your 'Hot-rolled coil 2mm' (7208.51.20)",
        "May affect your 'Wire rod' (72139110) (area inferred)",
    ]
    assert product_notes(subscriber, change(("8704", None))) == []


def test_a_change_is_listed_under_the_subscribers_own_chapter_when_it_touches_several():
    sections = change(("7216", "7301"), primary="72", others=["73"])
    assert subscriber_area(subscription("7301"), sections) == "73"
    assert subscriber_area(subscription("7216"), sections) == "72"
    assert subscriber_area(subscription("8703"), sections) == "72"  # a catalogue-only or jurisdiction match
    assert subscriber_area(subscription(products=[("73011000", "Sheet piling", None)]), sections) == "73"


def test_the_chapter_index_finds_the_same_changes_as_matching_every_change():
    changes = [
        change(("72085120", None), id=1),
        change(("7216", "7301"), id=2, jurisdiction="US"),
        change(areas=["73", "7306"], id=3),
        change(("01", "97"), id=4),
        change(("8703", None), id=5, jurisdiction="UK", measures=["safeguard"]),
    ]
    index = ChangeIndex(changes)
    subscribers = {
        "steel": subscription("72"),
        "tubes": subscription("730630"),
        "structures": subscription("7301"),
        "us": subscription(jurisdictions=["US"]),
        "cars": subscription(products=[("87038010", "E-van", None)]),
        "gb safeguards": subscription(jurisdictions=["GB"], measures=["safeguard"]),
        "fish": subscription("03"),
    }
    found = {name: [c["id"] for c in index.matching(s)] for name, s in subscribers.items()}
    assert found == {
        "steel": [1, 2],
        "tubes": [3],
        "structures": [2, 3],
        "us": [2],
        "cars": [5],
        "gb safeguards": [5],
        "fish": [],
    }


@pytest.mark.parametrize(
    "typed,prefix",
    [
        ("72", "72"),
        ("7208 51", "720851"),
        ("7208.51.20", "72085120"),
        ("EX 7208", "7208"),
        ("ex 7208\u00a051", "720851"),
        ("７２０８", "7208"),
        ("7208 51 20 00", "7208512000"),
    ],
)
def test_a_subscriber_may_type_a_code_as_tariffs_write_it(typed, prefix):
    assert normalise_prefix(typed) == prefix


@pytest.mark.parametrize("typed", ["7", "72085120001", "steel", "72-08"])
def test_a_code_that_is_not_2_to_10_digits_is_refused_in_one_line(typed):
    with pytest.raises(InputError) as error:
        normalise_prefix(typed)
    assert str(error.value) == f"--hs {typed!r}: give 2 to 10 digits of an HS/CN/HTS code (e.g. 72, 7208, 7208 51 20)"


@pytest.mark.parametrize(
    "typed,measure",
    [("anti-dumping", "anti_dumping"), (" Tariff Quota ", "tariff_quota"), ("safeguard", "safeguard")],
)
def test_a_measure_may_be_typed_with_spaces_or_hyphens(typed, measure):
    assert normalise_measure(typed) == measure


def test_an_unknown_measure_is_refused_with_the_known_ones():
    with pytest.raises(InputError) as error:
        normalise_measure("tariffs")
    assert str(error.value) == f"--measure 'tariffs': one of {', '.join(MEASURE_TYPES)}"


@pytest.mark.parametrize("typed,code", [("uk", "GB"), (" us ", "US"), ("EU", "EU")])
def test_jurisdictions_are_two_letter_codes_and_uk_is_gb(typed, code):
    assert normalise_jurisdiction(typed) == code


@pytest.mark.parametrize(
    "typed,expected",
    [("EU, US; GB", ["EU", "US", "GB"]), ("7208 51;7209", ["7208 51", "7209"]), (" ; , ", []), ("72", ["72"])],
)
def test_web_forms_take_comma_or_semicolon_lists(typed, expected):
    assert split_list(typed) == expected


@pytest.mark.parametrize(
    "digits,level",
    [
        ("72", "chapter"),
        ("7208", "heading"),
        ("720851", "subheading"),
        ("72085120", "cn8"),
        ("7208512000", "national10"),
        ("720851200", "9digit"),
    ],
)
def test_a_codes_level_follows_its_number_of_digits(digits, level):
    assert level_for(digits) == level
