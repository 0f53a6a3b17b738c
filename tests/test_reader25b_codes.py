"""Round 25 reader fixes, codes and product areas. Passages written for the test.

- The goods a note lets off ('the additional duties imposed by heading X shall not apply to articles ... classifiable
  in the following provisions:', or an enumerated list of excepted headings after 'shall not apply to:') are
  excluded: they stay listed but place nothing, and the covered list of the same note places the change.
- Codes inside wording an amendment deletes or inserts ('deleting “heading 9903.05.21 imposes” and inserting
  “headings 9903.05.21–9903.05.22 impose”') are named, not deleted or inserted headings.
- A tariff on all goods of listed economies is filed under no chapter a side remark's product word suggests.
"""

from digest.areas import placement
from nlp.areas.infer import infer_areas
from nlp.codes.finder import find_codes


def roles(text):
    codes, ranges = find_codes(text)
    return {c.code: c.role for c in codes}, {(r.code_from, r.code_to): r.role for r in ranges}


EXCEPTED_COLUMNS = """(a) Heading 9903.05.21 imposes an additional duty on products of Norway listed in subdivision (b).
(b) Heading 9903.05.21 applies to articles classifiable in the following provisions:
       0302.11.00             0302.13.00             0303.11.00
       1604.11.00             1604.12.20

(c) The additional duty imposed by heading 9903.05.21 shall not apply to parts of civil ships (all ships
other than naval vessels); their engines, fittings and components; and marine simulators the product of
Norway, that meet the criteria of the applicable note and that are classifiable in the following provisions of the
tariff schedule, whether or not entered under a provision for which the rate "Free" is shown:
       8406.10.10             8406.90.20             8408.10.00             8409.91.10
       8411.81.40             8483.10.10             8501.10.20             8537.10.90
       8544.42.90             9014.10.70             9026.10.20             9032.89.60
"""


def test_provisions_under_a_clause_that_says_the_duty_shall_not_apply_are_excluded():
    codes, _ = roles(EXCEPTED_COLUMNS)
    assert codes["84061010"] == codes["90328960"] == codes["85444290"] == "excluded"
    assert codes["03021100"] == codes["16041220"] == "covered"


def test_the_covered_list_places_a_note_with_a_longer_exception_list():
    codes, ranges = find_codes(EXCEPTED_COLUMNS)
    change = {"codes": [{"code": c.code, "role": c.role, "level": c.level, "start": c.start} for c in codes]}
    assert placement(change)["primary"] in ("03", "16")


def test_near_miss_a_list_whose_sentence_only_carves_out_an_aside_stays_covered():
    text = """(b) Except as provided in subdivision (c), and other than goods for personal use, heading 9903.05.21
applies to articles classifiable in the following provisions:
       8406.10.10             8406.90.20             8408.10.00
"""
    codes, _ = roles(text)
    assert codes["84061010"] == codes["84069020"] == codes["84081000"] == "covered"


EXCEPTED_ITEMS = """(c) As provided in heading 9903.05.24, the additional duty imposed by heading 9903.05.21
shall not apply to:

    1. articles of iron or steel or derivative steel articles provided for in headings 9903.81.87 and
       9903.81.89-9903.81.93;

    2. trucks and buses provided for in headings 9903.74.11, 9903.74.12 (as applied to the
       content approved by the Secretary) and 9903.74.13; and

    3. generic medicines provided for in headings
       9903.04.71 and 9903.04.72.

(d) Heading 9903.05.21 applies to articles classifiable in subheadings 0302.11.00 and 1604.11.00.
"""


def test_headings_in_an_enumerated_list_the_duty_shall_not_apply_to_are_excluded():
    codes, ranges = roles(EXCEPTED_ITEMS)
    assert codes["99038187"] == codes["99037411"] == codes["99037413"] == codes["99030471"] == "excluded"
    assert ranges[("99038189", "99038193")] == "excluded"
    assert codes["03021100"] == codes["16041100"] == "covered"


def test_near_miss_an_enumerated_list_the_duty_applies_to_stays_covered():
    text = EXCEPTED_ITEMS.replace("shall not apply to:", "applies to:")
    codes, ranges = roles(text)
    assert codes["99038187"] == codes["99037411"] == "covered"
    assert ranges[("99038189", "99038193")] == "covered"


QUOTED_WORDING = """1. Subdivision (a) of U.S. note 52 is modified by:
     a. deleting "heading 9903.05.21 imposes" and inserting "headings 9903.05.21-9903.05.22 impose"
        in lieu thereof;
2. Subdivision (c) is modified by deleting “heading 9903.05.21 shall” and inserting “headings
   9903.05.21–9903.05.22 shall” in lieu thereof;
3. Heading 9903.05.22 applies to articles classifiable in the following provisions:
        0402.10.05            0402.21.02            1702.11.00
"""


def test_codes_inside_wording_an_amendment_deletes_or_inserts_are_named_not_deleted_or_inserted():
    codes, ranges = roles(QUOTED_WORDING)
    assert codes["99030521"] == "reference"
    assert ranges[("99030521", "99030522")] == "reference"
    assert codes["04021005"] == "covered"


def test_near_miss_a_quoted_code_an_amendment_deletes_is_still_deleted():
    codes, _ = roles('1. Subdivision (b) of U.S. note 52 is modified by deleting "9903.05.21" from the list.\n')
    assert codes["99030521"] == "deleted"


ALL_GOODS = """Section 1. Tariffs.
(a) The Trade Representative shall impose a tariff of 15 percent on all goods of Peru, Chile and Ecuador, and a
tariff of 20 percent on all goods of the other economies found actionable.
(b) Certain goods are exempt, as listed in the Annex.
Section 2. Tariff-rate quotas.
When feasible, the Trade Representative shall establish tariff-rate quotas for footwear and apparel of Peru, so
that a volume of footwear and apparel may enter at a lower rate. Apparel above the quota pays the full rate. The
quotas are meant to encourage the use of U.S. cotton in apparel, and the apparel mechanism lasts 3 years.
"""


def test_a_tariff_on_all_goods_of_economies_is_filed_under_no_chapter_an_aside_names():
    assert infer_areas("Actions in the section 301 investigations of 3 economies", None, ALL_GOODS) == []


def test_near_miss_a_duty_on_one_product_of_economies_keeps_its_inferred_chapter():
    body = ALL_GOODS.replace("on all goods of Peru, Chile and Ecuador", "on footwear of Peru, Chile and Ecuador")
    body = body.replace("on all goods of the other economies", "on footwear of the other economies")
    assert "64" in [a["code"] for a in infer_areas("Actions in the section 301 investigations", None, body)]


def test_near_miss_all_imports_of_a_product_is_no_tariff_on_all_goods():
    body = "An anti-dumping duty is imposed on all imports of footwear originating in Vietnam."
    assert [a["code"] for a in infer_areas(None, "Anti-dumping duty on footwear.", body)][:1] == ["64"]


def test_near_miss_all_imports_from_a_country_of_one_product_is_no_tariff_on_all_goods():
    body = "A safeguard duty is imposed on all imports from Vietnam of footwear, and of footwear parts."
    assert "64" in [a["code"] for a in infer_areas(None, "Safeguard duty on footwear.", body)]
