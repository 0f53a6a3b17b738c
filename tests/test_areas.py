"""Product areas inferred from product words for changes that name no code (nlp/areas)."""

import pytest

from digest.areas import placement
from nlp.areas.infer import infer_areas, names_product_code


def areas(title, summary="", body=""):
    return [(a["code"], a["level"]) for a in infer_areas(title, summary, body)]


@pytest.mark.parametrize(
    "title,summary,expected",
    [
        (
            "Safeguard measure on steel extended",
            "The measure on hot-rolled coil and wire rod continues.",
            [("72", "chapter"), ("7208", "heading"), ("7213", "heading")],
        ),
        (
            "Anti-dumping investigation: porcelain and ceramic tiles",
            "Imports of ceramic wall tiles are examined.",
            [("69", "chapter"), ("6907", "heading")],
        ),
        (
            "Tariffs on semi-finished copper",
            "Refined copper cathodes and copper tubes are covered.",
            [("74", "chapter"), ("7403", "heading"), ("7411", "heading")],
        ),
        ("Notice of an open meeting of the statistics committee", "The committee meets to discuss its reports.", []),
    ],
)
def test_product_words_point_to_chapters_and_headings(title, summary, expected):
    assert areas(title, summary) == expected


def test_a_word_repeated_through_a_long_annex_alone_is_not_enough():
    assert areas("Notice of rates", "", "The annex lists rates. " + "lead times apply. " * 50) == []


def test_chapter_99_provisions_alone_are_not_product_codes():
    assert names_product_code([{"code": "99038187"}, {"code": "9903"}]) is False
    assert names_product_code([{"code": "99038187"}, {"code": "7208"}]) is True
    assert names_product_code([{"code": "01", "code_to": "97"}, {"code": "9903"}]) is False


def test_a_generic_range_over_every_chapter_places_nothing_and_stays_short():
    change = {
        "codes": [
            {"code": "01", "code_to": "97", "start": 10},
            {"code": "7407", "code_to": None, "start": 50},
            {"code": "7408", "code_to": None, "start": 60},
            {"code": "9903", "code_to": None, "start": 70},
        ],
        "areas": [],
    }
    place = placement(change)
    assert (place["primary"], [o["chapter"] for o in place["others"]], place["broad"]) == ("74", ["99"], [("01", "97")])


def test_a_cross_chapter_range_counts_for_every_chapter_it_covers():
    change = {"codes": [{"code": "7216", "code_to": "7301", "start": 0}], "areas": []}
    place = placement(change)
    assert (place["primary"], [o["chapter"] for o in place["others"]]) == ("72", ["73"])


def test_a_generic_range_matches_no_subscriber_but_a_real_range_does():
    from digest.matching import subscription_matches

    generic = {"codes": [{"code": "01", "code_to": "97"}], "areas": [], "jurisdiction": "US", "measure_types": []}
    real = {"codes": [{"code": "50", "code_to": "63"}], "areas": [], "jurisdiction": "UK", "measure_types": []}
    steel = {"hs_prefixes": ["72"], "jurisdictions": [], "measures": []}
    textiles = {"hs_prefixes": ["6302"], "jurisdictions": ["GB"], "measures": []}
    assert (subscription_matches(steel, generic), subscription_matches(textiles, real)) == (False, True)
