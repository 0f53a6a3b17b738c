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


def test_the_primary_area_is_the_chapter_with_most_codes_and_others_say_how_many():
    change = {
        "codes": [
            {"code": "72085120", "code_to": None, "start": 40},
            {"code": "76061190", "code_to": None, "start": 90},
            {"code": "76042100", "code_to": None, "start": 120},
            {"code": "7607", "code_to": None, "start": 150},
            {"code": "7216", "code_to": "7301", "start": 200},
        ],
        "areas": [{"code": "72", "level": "chapter"}],
    }
    place = placement(change)
    assert (place["primary"], place["inferred"], place["others"], place["broad"]) == (
        "76",
        False,
        [{"chapter": "72", "codes": 2, "inferred": False}, {"chapter": "73", "codes": 1, "inferred": False}],
        [],
    )


def test_a_tie_goes_to_the_chapter_stated_first_in_the_text_not_in_the_list():
    change = {
        "codes": [
            {"code": "76061190", "code_to": None, "start": 300},
            {"code": "72085120", "code_to": None, "start": 25},
        ],
        "areas": [],
    }
    assert placement(change)["primary"] == "72"


def test_a_range_of_twenty_chapters_counts_and_one_of_twenty_one_does_not():
    textiles = {"codes": [{"code": "50", "code_to": "69", "start": 0}], "areas": []}
    assert (placement(textiles)["primary"], len(placement(textiles)["others"])) == ("50", 19)
    wider = {"codes": [{"code": "50", "code_to": "70", "start": 0}], "areas": []}
    assert (placement(wider)["primary"], placement(wider)["broad"]) == (None, [("50", "70")])


def test_inferred_areas_place_a_change_without_codes_and_special_chapters_only_when_nothing_else():
    inferred = {"codes": [], "areas": [{"code": "74", "level": "chapter"}, {"code": "7403", "level": "heading"}]}
    assert placement(inferred) == {
        "primary": "74",
        "inferred": True,
        "others": [],
        "broad": [],
    }
    provisions = {"codes": [{"code": "99038187", "code_to": None, "start": 5}], "areas": []}
    assert (placement(provisions)["primary"], placement(provisions)["inferred"]) == ("99", False)
    steel_and_provisions = {
        "codes": [{"code": "99038187", "code_to": None, "start": 5}, {"code": "99038188", "code_to": None, "start": 9}],
        "areas": [{"code": "72", "level": "chapter"}],
    }
    assert placement(steel_and_provisions)["primary"] == "72"


def test_areas_inferred_beside_codes_are_listed_as_others_marked_inferred():
    change = {
        "codes": [{"code": "72085120", "code_to": None, "start": 10}],
        "areas": [{"code": "72", "level": "chapter"}, {"code": "73", "level": "chapter"}],
    }
    assert placement(change)["others"] == [{"chapter": "73", "codes": 0, "inferred": True}]


def test_a_change_with_nothing_to_place_has_no_area():
    assert placement({"codes": [{"code": "PART", "code_to": None, "start": 0}], "areas": []}) == {
        "primary": None,
        "inferred": False,
        "others": [],
        "broad": [],
    }


def test_a_generic_range_is_shown_by_its_chapters():
    change = {"codes": [{"code": "0101", "code_to": "9706", "start": 0}], "areas": []}
    assert placement(change)["broad"] == [("01", "97")]
