"""What a digest entry says about a change's codes and areas (round 21, final24 read by a policy officer).
Each class pinned on passages written for the test, with a near miss that keeps today's output:

- codes listed behind an abbreviated 'excl.' in a scope description are excluded, not covered, ranges included;
- the old code of a swap or a correction ('replace "2106 90" with "1901 90"') is replaced: it places nothing;
- a heading a classification act's reasons rule out ('Einreihung in die Position 8471 … ist ausgeschlossen') is
  excluded wherever the act names it, its goods description included, and places nothing;
- product words are whole words in every language: 'econômica' and 'cerâmica' hold no 'mica'.
"""

from digest.areas import placement
from nlp.areas.infer import infer_areas
from nlp.codes.finder import find_codes
from nlp.runner import extract_one


def roles(text):
    codes, ranges = find_codes(text)
    return {c.code: c.role for c in codes}, {(r.code_from, r.code_to): r.role for r in ranges}


def change_of(text, title=None, jurisdiction=None):
    return extract_one({"text": text, "title": title, "jurisdiction": jurisdiction}, False)


def chapters_placed(change):
    place = placement(change)
    return place["primary"], {other["chapter"] for other in place["others"]}


# --- 'excl.' in a scope description ---------------------------------------------------------------------------

SCOPE = """The goods under investigation are the following hollow sections of the Working Tariff:
- 7306.61.00 – Hollow profiles of square or rectangular cross-section, welded, of iron or non-alloy steel (excl. those of tariff items 7306.61.00, 7306.30.00 and 7306.50.00).
- 7306.69.00 – Same as above, of other cross-section, galvanised (excl. cold formed and HS 730411 to 730419).
"""


def test_codes_behind_an_abbreviated_excl_in_a_scope_description_are_excluded():
    codes, ranges = roles(SCOPE)
    assert (codes["73063000"], codes["73065000"]) == ("excluded", "excluded")
    assert codes["73066100"] == "covered"  # in scope, then named in its own row's exclusions: in scope
    assert codes["73066900"] == "covered"
    assert ranges == {("730411", "730419"): "excluded"}


def test_an_excluded_range_places_nothing_in_the_digest():
    text = SCOPE + "\nThe goods are classified in chapter 73 of the Working Tariff.\n"
    change = change_of(text, title="Hollow sections safeguard inquiry")
    ranged = [c for c in change["codes"] if c.get("code_to")]
    assert [(c["code"], c["code_to"], c["role"]) for c in ranged] == [("730411", "730419", "excluded")]


def test_near_miss_an_excl_closed_by_its_bracket_governs_no_code_after_it():
    codes, _ = roles(
        "Safeguard duties apply to goods of tariff items 7306.30.00 (excl. galvanised), 7306.50.00 and 7306.61.00."
    )
    assert codes == {"73063000": "covered", "73065000": "covered", "73066100": "covered"}


# --- the old code of a swap or a correction ---------------------------------------------------------------------

SWAP = """Amendment of the Schedule
3. In the Schedule, in the entry for preparations of cereals, replace "2106 90" with "1901 90".
"""


def test_the_old_code_of_a_swap_is_replaced_and_places_nothing():
    codes, _ = roles(SWAP)
    assert codes == {"210690": "replaced", "190190": "replacement"}
    change = change_of(SWAP, title="Tariff Quota (Amendment) Order", jurisdiction="NZ")
    assert chapters_placed(change) == ("19", set())


def test_the_old_code_of_a_correction_from_one_code_to_another_is_replaced():
    codes, _ = roles(
        "In the annex, the tariff item for the cereal preparations is corrected from 2106.90.99 to 1901.90.90."
    )
    assert codes == {"21069099": "replaced", "19019090": "covered"}


def test_near_miss_a_quoted_regulation_number_or_a_plain_range_is_no_swap():
    codes, ranges = roles(
        'In regulation 4, for "regulation 18" substitute "regulation 19". Duties apply to headings 0401 to 0406.'
    )
    assert codes == {}
    assert ranges == {("0401", "0406"): "covered"}


# --- a heading a classification act rules out --------------------------------------------------------------------

CLASSIFICATION_DE = """ANHANG
Warenbezeichnung | Einreihung (KN-Code) | Begründung
(1) | (2) | (3)
Ladegerät zum Umwandeln von Wechselstrom in Gleichstrom, zur Verwendung mit einem bestimmten Tablet der Position 8471 . | 8504 40 83 | Die Einreihung wird durch die Allgemeinen Vorschriften 1 und 6 für die Auslegung der Kombinierten Nomenklatur sowie durch den Wortlaut der KN-Codes 8504 und 8504 40 83 bestimmt. Eine Einreihung in die Position 8471 als Teil einer automatischen Datenverarbeitungsmaschine ist daher ausgeschlossen.
"""

CLASSIFICATION_EN = """The article is a stand-alone signal booster for a mobile telephone of heading 8517. Classification under subheading 8543 70 as an electrical machine having an individual function is also not possible, as the article is a part. It is therefore to be classified under CN code 8517 79 00 as a part of apparatus for the transmission of voice."""


def test_a_heading_the_reasons_rule_out_is_excluded_wherever_the_act_names_it():
    codes, _ = roles(CLASSIFICATION_DE)
    assert codes["8471"] == "excluded"  # first named in the goods description, then ruled out by the reasons
    assert (codes["85044083"], codes["8504"]) == ("covered", "covered")
    codes, _ = roles(CLASSIFICATION_EN)
    assert codes["854370"] == "excluded"
    assert (codes["8517"], codes["85177900"]) == ("covered", "covered")


def test_a_ruled_out_heading_places_nothing():
    change = change_of(CLASSIFICATION_DE, title="Einreihung bestimmter Waren in die Kombinierte Nomenklatur")
    assert chapters_placed(change) == ("85", set())


def test_near_miss_a_heading_named_in_the_reasons_but_not_ruled_out_stays_covered():
    codes, _ = roles(
        "Classification under heading 8504 is determined by general rules 1 and 6. The goods are chargers for a game "
        "console of heading 9504; they are classified under CN code 8504 40 83."
    )
    assert codes == {"8504": "covered", "9504": "covered", "85044083": "covered"}


# --- product words are whole words ---------------------------------------------------------------------------------


def test_product_words_are_whole_words_in_any_language():
    summary = "Resolução sobre a política econômica, a indústria cerâmica e a química do comércio exterior."
    assert infer_areas(None, summary, None) == []
    mojibake = "Que las polĆticas econĆ³mica, tributaria y arancelaria son competencia del Estado."
    assert infer_areas(None, mojibake, None) == []


def test_near_miss_a_product_word_standing_alone_still_places_the_change():
    areas = infer_areas("Import duty on mica", "Duty on mica sheets and splittings.", None)
    assert areas[0]["code"] == "68"
