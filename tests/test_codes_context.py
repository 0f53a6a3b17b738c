"""What around a number makes it a code: lists and ranges that carry a keyword along, table rows
and columns, long sentences, and the order and evidence of what is found. Each case is a sentence
or table written for the test; the codes, ranges, levels, roles and spans are compared exactly."""

import pytest

from nlp.codes.finder import find_codes
from nlp.codes.nomenclature import chapter_title, section_for_chapter


def found(text):
    codes, ranges = find_codes(text)
    for item in (*codes, *ranges):
        assert text[item.start : item.end] == item.text  # the evidence is the text as written
    return [(c.code, c.level, c.role) for c in codes], [(r.code_from, r.code_to, r.level, r.text) for r in ranges]


def covered(*codes):
    levels = {2: "chapter", 4: "heading", 6: "subheading", 8: "cn8", 10: "national10"}
    return [(code, levels[len(code)], "covered") for code in codes]


CASES = {
    "a list of headings carries the keyword": (
        "Flat-rolled products of headings 7208, 7209 and 7210 are covered by the surveillance.",
        covered("7208", "7209", "7210"),
        [],
    ),
    "a list of HTSUS lines in a long sentence carries its keyword": (
        "Articles provided for in HTSUS subheadings 7304.19.10, 7304.29.20; 7304.39.00 or 7304.59.80 are covered.",
        covered("73041910", "73042920", "73043900", "73045980"),
        [],
    ),
    "a list carries its role": (
        "Products of CN codes 7208 10 00 and 7208 25 00, excluding those of subheadings 7208 26 00 and "
        "7208 27 00, are subject to the duty.",
        covered("72081000", "72082500") + [("72082600", "cn8", "excluded"), ("72082700", "cn8", "excluded")],
        [],
    ),
    "a range's inclusive marker is part of its evidence": (
        "Goods of headings 9903.88.01 through 9903.88.04, inclusive, stay under the 25 percent rate.",
        [],
        [("99038801", "99038804", "cn8", "9903.88.01 through 9903.88.04, inclusive")],
    ),
    "two ranges in the order written": (
        "The duty covers headings 7306 to 7308 and, from June, subheadings 7604 10 to 7604 29.",
        [],
        [("7306", "7308", "heading", "7306 to 7308"), ("760410", "760429", "subheading", "7604 10 to 7604 29")],
    ),
    "ranges of chapters and of headings together, in order": (
        "Textiles of chapters 50 to 63 and footwear of headings 6401 to 6405 are covered.",
        [],
        [("50", "63", "chapter", "chapters 50 to 63"), ("6401", "6405", "heading", "6401 to 6405")],
    ),
    "'from ... to' between a heading and a subheading is no range": (
        "The goods are moved from heading 8703 to subheading 8704 21 of the nomenclature.",
        covered("8703", "870421"),
        [],
    ),
    "a range whose ends are written in different lengths is no range": (
        "Products of CN codes 7208 51 20 to 7208 52 are examined.",
        covered("72085120", "720852"),
        [],
    ),
    "solid codes at the start of list lines": (
        "The annex lists the goods concerned:\n72085120 Hot-rolled coils\n- 8504409055 Transformers\n",
        covered("72085120", "8504409055"),
        [],
    ),
    "a solid number in the middle of prose is no code": (
        "The reference 72085120 was given to the complaint lodged on behalf of the industry.",
        [],
        [],
    ),
    "six digits at the start of a line are no code without a keyword": (
        "Stocks held at the end of the period:\n870360 in the warehouse\n",
        [],
        [],
    ),
    "a solid code in the same long sentence as an accepted one": (
        "Commodity code 3824999238, which the stop press notice of 12 May described as covering mixtures "
        "of alkylbenzenes and alkylnaphthalenes, other than those used in the manufacture of lubricating "
        "preparations and of the kind sold in bulk to refineries and blending plants in the United Kingdom, "
        "is absorbed into 3824999299.",
        covered("3824999238", "3824999299"),
        [],
    ),
    "a solid number in the next sentence after a code is no code": (
        "Commodity code 3824999238 is absorbed. The trader's reference number stays 3824999299 as before, "
        "as the notice of the customs office in the northern region of the country said in its last paragraph "
        "for the traders that had asked about the references of their files.",
        covered("3824999238"),
        [],
    ),
    "two years side by side in a flattened table are no code": (
        "Imports of CN code 7208 51 20 (tonnes)\n2024 2025\n14 200 15 900\n",
        covered("72085120"),
        [],
    ),
    "a nine-digit line in a code column": (
        "Tariff line | Description | Rate\n440920120 | Bamboo flooring strips | 5%\n",
        [("440920120", "9digit", "covered")],
        [],
    ),
    "a nine-digit number in another column is no code": (
        "Exporter | Registration | Rate\nNingbo Flooring Co. | 440920120 | 5%\n",
        [],
        [],
    ),
    "a heading alone in a code cell, not a heading inside a longer cell": (
        "Commodity code | Description\n7403 | Refined copper\n7407 and 7408 | Bars and wire\n",
        covered("7403"),
        [],
    ),
    "a list of chapters with a range inside": (
        "Goods of chapters 24, 28 to 30 and 84 of the Harmonized System are covered.",
        [("24", "chapter", "covered"), ("84", "chapter", "covered")],
        [("28", "30", "chapter", "chapters 24, 28 to 30")],
    ),
    "the whole schedule inside a list of chapters": (
        "The additional duty applies to articles of chapters 1 to 97 and 99 of the HTSUS.",
        [("99", "chapter", "covered")],
        [],
    ),
    "chapters excluded": (
        "All goods, excluding those of chapters 27 and 71, are subject to the surcharge.",
        [("27", "chapter", "excluded"), ("71", "chapter", "excluded")],
        [],
    ),
    "a role word eight words before the code governs it": (
        "The duty applies to steel, excluding those goods described in the notice of subheading 7208 26 00.",
        [("72082600", "cn8", "excluded")],
        [],
    ),
    "a role word nine words before the code does not": (
        "The duty applies to steel, excluding those goods described in the annexed notice of subheading 7208 26 00.",
        covered("72082600"),
        [],
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_context(name):
    text, codes, ranges = CASES[name]
    assert found(text) == (codes, ranges)


def test_a_range_names_its_level_and_spans_its_words():
    codes, ranges = find_codes("Steel of subheadings 7219 11 to 7219 14 is covered.")
    assert codes == []
    [steel] = ranges
    assert (steel.code_from, steel.code_to, steel.level, steel.start, steel.end) == (
        "721911",
        "721914",
        "subheading",
        21,
        39,
    )


@pytest.mark.parametrize(
    "chapter,section",
    [
        ("01", {"number": "I", "title": "Live animals; animal products"}),
        ("05", {"number": "I", "title": "Live animals; animal products"}),
        ("06", {"number": "II", "title": "Vegetable products"}),
        ("72", {"number": "XV", "title": "Base metals and articles of base metal"}),
        ("97", {"number": "XXI", "title": "Works of art, collectors' pieces and antiques"}),
        ("99", {"number": "XXII", "title": "Special classification provisions (national chapters 98 and 99)"}),
        ("--", None),
        ("00", None),
    ],
)
def test_each_chapter_belongs_to_its_section(chapter, section):
    assert section_for_chapter(chapter) == section


def test_chapter_titles():
    assert [chapter_title(c) for c in ("72", "01", "77", "9X")] == [
        "Iron and steel",
        "Live animals",
        "(Reserved for possible future use)",
        "Unclassified",
    ]


def test_the_instruction_above_a_long_list_holds_for_its_last_line():
    """A stop press notice deleting 150 commodity codes: the list runs far past the instruction line."""
    codes = [f"7208 {51 + n // 50:02d} {10 + n % 50:02d} 00" for n in range(150)]
    text = "Please delete the following commodity codes:\n\n" + "".join(f"- {code}\n" for code in codes)
    text += "\nAnd replace with\n\n- 7208 99 00 00\n"
    found_codes, _ = find_codes(text)
    roles = {c.code: c.role for c in found_codes}
    assert len(roles) == 151
    assert {roles[code.replace(" ", "")] for code in codes} == {"deleted"}
    assert roles["7208990000"] == "replacement"


@pytest.mark.parametrize(
    "text,codes",
    [
        ("Goods of subheading 0012.10 are excluded.", []),  # no chapter 00
        ("The importer number 720851000 is listed for goods of heading 7304.", covered("7304")),
        ("Reference 720851200000 concerns heading 7304.", covered("7304")),
        ("Lot 7208510 weighs 12 kg and heading 7304 applies.", covered("7304")),
        ("The tariff code 720851201 applies to the coil.", [("720851201", "9digit", "covered")]),
        # 12 solid digits are a code only right after a code word (the GCC integrated tariff's lines, round 6):
        ("The tariff codes 720851200012 apply to the coil.", [("720851200012", "12digit", "covered")]),
        ("The invoice 720851200012 of the tariff code list is attached.", []),  # elsewhere an identifier
    ],
)
def test_solid_numbers_of_code_length_are_codes_only_where_the_text_says_so(text, codes):
    assert found(text) == (codes, [])
