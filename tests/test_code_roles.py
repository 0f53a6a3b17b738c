"""Codes a document names without acting on them (the inputs valued in a dumping calculation, the
codes its recitals cite, the provisions it says not to file) keep a role of their own, stay
extracted, and place nothing when the change has codes of the goods it acts on. Sentences and
tables written for the test."""

from digest.areas import chapters_of, placement
from digest.entry import EntryOptions, decorate
from digest.matching import ChangeIndex, subscription_matches
from digest.render import DigestRenderer
from digest.search import Hit, result
from nlp.areas.infer import needs_inferred_areas
from nlp.codes.finder import find_codes


def roles(text):
    codes, _ = find_codes(text)
    return {(c.code, c.role) for c in codes}


INPUT_TABLE = """(52) On that basis the following inputs and their sources were used to construct the normal value:
Table 4
Inputs used in the production of seamless tubes
Input | Commodity Code | Benchmark value | Unit
Scrap iron | 7204 49 | 402,10 | Tonne
Ferro-manganese | 7202 11 | 1 310,00 | Tonne
Natural gas | 2711 21 | 0,61 | m3
Electricity | 2716 | 0,118 | kWh
(53) The Commission added an amount for overheads.
"""


def test_codes_in_a_table_of_inputs_valued_for_normal_value_are_inputs():
    assert roles(INPUT_TABLE) == {("720449", "input"), ("720211", "input"), ("271121", "input"), ("2716", "input")}


def test_a_table_of_the_goods_concerned_stays_covered():
    text = "The duty applies to the following products:\nProduct | CN code | Duty\nTubes | 7304 19 10 | 12,5 %\n"
    assert roles(text) == {("73041910", "covered")}


def test_surrogate_value_prose_marks_the_code_it_values():
    text = "We valued the coking coal input using a surrogate value from Brazilian imports under HS 2701.12."
    assert roles(text) == {("270112", "input")}


EU_ACT = """THE EUROPEAN COMMISSION,
Having regard to the Treaty on the Functioning of the European Union,
Whereas:
(1) The product under review is seamless tubes of iron or steel currently falling under CN codes 7304 19 10 and 7304 29 10.
(2) The exporting country restricts exports of ferrous waste of HS heading 7204 and of ferro-alloys of HS 7202 11.
HAS ADOPTED THIS REGULATION:
Article 1
A definitive anti-dumping duty is imposed on seamless tubes falling under CN codes 7304 19 10 and 7304 29 10.
"""


def test_codes_only_cited_in_the_recitals_are_references_when_the_articles_name_the_goods():
    assert roles(EU_ACT) == {
        ("73041910", "covered"),
        ("73042910", "covered"),
        ("7204", "reference"),
        ("720211", "reference"),
    }


def test_recital_codes_stay_covered_when_the_operative_part_names_no_goods():
    text = EU_ACT.replace(
        "seamless tubes falling under CN codes 7304 19 10 and 7304 29 10.\n", "the product under review.\n"
    )
    assert roles(text) == {("73041910", "covered"), ("73042910", "covered"), ("7204", "covered"), ("720211", "covered")}


def test_negated_mentions_are_not_covered():
    assert roles("Filers must not report the Chapter 99 classification 9903.01.25 for goods entered this way.") == {
        ("99", "excluded"),
        ("99030125", "excluded"),
    }
    assert roles("Wire of HTSUS heading 7217 is not subject to the additional duty.") == {("7217", "excluded")}
    assert roles("Goods of heading 7217 shall not be subject to the additional duty.") == {("7217", "excluded")}


def code(number, role="covered", start=0, level=None, code_to=None):
    levels = {2: "chapter", 4: "heading", 6: "subheading", 8: "cn8", 10: "national10"}
    return {
        "code": number,
        "code_to": code_to,
        "level": level or levels[len(number)],
        "ex": 0,
        "role": role,
        "start": start,
        "end": start + len(number),
    }


GOES_DUTY = {
    "jurisdiction": "EU",
    "measure_types": ["anti_dumping"],
    "codes": [
        code("7225", "reference", 100),
        code("260111", "input", 200),
        code("2701", "input", 210),
        code("2716", "input", 220),
        code("2711", "input", 230),
        code("7402", "input", 240),
        code("72251100", "covered", 900),
        code("7225110011", "covered", 910),
    ],
    "areas": [],
}


def test_inputs_and_references_place_nothing_when_the_change_covers_goods():
    place = placement(GOES_DUTY)
    assert (place["primary"], place["others"]) == ("72", [])
    assert chapters_of(GOES_DUTY) == ["72"]


def test_an_energy_subscriber_gets_no_mail_for_the_steel_duty_and_a_steel_one_does():
    subscribers = {
        name: {"hs_prefixes": [prefix], "jurisdictions": [], "measures": []}
        for name, prefix in [
            ("energy", "27"),
            ("electricity", "2716"),
            ("copper", "74"),
            ("steel", "72"),
            ("goes", "722511"),
        ]
    }
    matched = {name for name, sub in subscribers.items() if subscription_matches(sub, dict(GOES_DUTY))}
    index = ChangeIndex([dict(GOES_DUTY)])
    indexed = {name for name, sub in subscribers.items() if index.matching(sub)}
    assert (matched, indexed) == ({"steel", "goes"}, {"steel", "goes"})


def test_a_change_with_only_inputs_is_still_placed_by_them():
    change = {"codes": [code("2716", "input", 10), code("2711", "input", 20)], "areas": []}
    assert placement(change)["primary"] == "27"


def test_chapter_99_provisions_and_a_bare_chapter_still_ask_for_the_product_words():
    assert needs_inferred_areas([code("99038187"), code("99038190"), code("73")]) is True
    assert needs_inferred_areas([code("99038187")]) is True
    assert needs_inferred_areas([code("99038187"), code("7208")]) is False
    assert needs_inferred_areas([code("73")]) is False
    assert needs_inferred_areas([code("2716", "input"), code("99038187")]) is True


def test_a_chapter_99_heading_alone_does_not_file_a_steel_duty():
    change = {
        "codes": [code("99038187", start=10), code("99038188", start=30), code("73", start=60)],
        "areas": [{"code": "72", "level": "chapter", "score": 9.0, "terms": ["steel"]}],
    }
    place = placement(change)
    assert (place["primary"], [(o["chapter"], o["inferred"]) for o in place["others"]]) == (
        "73",
        [("99", False), ("72", True)],
    )
    steel = {"hs_prefixes": ["72"], "jurisdictions": [], "measures": []}
    assert subscription_matches(steel, change) is True and len(ChangeIndex([change]).matching(steel)) == 1


def test_specific_codes_are_listed_before_bare_chapters():
    change = {
        "id": 3,
        "title": "Steel duty guidance",
        "url": "https://trade.example.gov/csms/1",
        "jurisdiction": "US",
        "measure_types": ["section_232"],
        "countries": {},
        "country_evidence": [],
        "summary": "A duty on steel.",
        "first_seen": "2026-11-20",
        "published_date": "2026-11-20",
        "codes": [
            code("72", start=5),
            code("73", start=9),
            code("7208380015", start=40),
            code("99038187", start=80),
            code("720851", start=120),
        ],
        "dates": [],
    }
    decorate(change, lambda number: None, EntryOptions())
    line = next(row for row in DigestRenderer().entry(change, "text").splitlines() if "Codes:" in row)
    assert line.strip() == "Codes: 7208380015, 99038187, 720851, 72, 73"


def test_search_results_list_specific_codes_before_bare_chapters():
    change = {
        "id": 4,
        "url": "https://trade.example.gov/csms/2",
        "title": "Aluminium duty guidance",
        "jurisdiction": "US",
        "measure_types": [],
        "codes": [code("76", start=3), code("99038502", start=20), code("7601", start=50)],
        "dates": [],
        "summary": "",
        "first_seen": "2026-11-20",
    }
    listed = result(change, Hit(4, 1.0), None)["hs_codes"]
    assert [c["code"] for c in listed] == ["99038502", "7601", "76"]
