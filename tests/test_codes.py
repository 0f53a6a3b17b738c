"""Tariff-code extraction: every notation official texts use, and the numbers that are not codes."""

import pytest

from nlp.codes.finder import find_codes

NBSP = "\u00a0"

POSITIVE = [
    # (text, code, level, ex)
    ("Products of heading 8703 are motor cars.", "8703", "heading", False),
    ("Smartphones of subheading 8517.62 are excluded.", "851762", "subheading", False),
    ("vehicles of subheadings 8703 60 and 8704 60", "870360", "subheading", False),
    ("currently falling under CN code 7208 51 20", "72085120", "cn8", False),
    ("TARIC code 7019 12 00 21 applies", "7019120021", "national10", False),
    ("TARIC codes 7019120022 and 7019120023", "7019120022", "national10", False),
    ("classifiable under HTSUS subheading 7208.51.0030.", "7208510030", "national10", False),
    ("all steel articles covered by heading 9903.88.15 of the HTSUS", "99038815", "cn8", False),
    ("- 7323 93 00 10", "7323930010", "national10", False),
    ("Commodity code 8714911031 is affected.", "8714911031", "national10", False),
    (f"commodity code 0809{NBSP}3020{NBSP}10 inserted", "0809302010", "national10", False),
    ("roses of tariff item No. 0603.10.11 that are entitled", "06031011", "cn8", False),
    ("falling within CN code ex 7208 51 20", "72085120", "cn8", True),
    ("CN code ex70191200 (TARIC code 7019120021)", "70191200", "cn8", True),
    ("currently falling within CN codes 7019 15 00(59) and 7019 19 00", "70191500", "cn8", False),
    ("Imports of iron and steel of Chapter 72 are subject to licensing.", "72", "chapter", False),
    ("goods of chapters 72 and 73 of the Harmonized System", "73", "chapter", False),
    ("Position 7208 (produits laminés plats) relève du code NC 7208 10 00.", "72081000", "cn8", False),
    ("Waren des KN-Codes 7208 51 20 mit Ursprung in China", "72085120", "cn8", False),
    ("The HS code is 8541.42 for solar cells.", "854142", "subheading", False),
]


@pytest.mark.parametrize("text,code,level,ex", POSITIVE)
def test_notation_is_found(text, code, level, ex):
    codes, _ = find_codes(text)
    found = {c.code: c for c in codes}
    assert code in found, [c.code for c in codes]
    assert found[code].level == level and found[code].ex is ex
    assert text[found[code].start : found[code].end] == found[code].text


RANGES = [
    ("steel of headings 7208 to 7212", ("7208", "7212")),
    ("covered by headings 9903.80.65 through 9903.81.19, inclusive", ("99038065", "99038119")),
    ("products of headings 7208–7212 and 7219", ("7208", "7212")),
    ("subheadings 8517.61 – 8517.69", ("851761", "851769")),
    ("for chapters 1 through 97", ("01", "97")),
]


@pytest.mark.parametrize("text,expected", RANGES)
def test_ranges_are_one_item(text, expected):
    codes, ranges = find_codes(text)
    assert [(r.code_from, r.code_to) for r in ranges][:1] == [expected]
    assert not {c.code for c in codes} & set(expected)
    assert ranges[0].text in text and text[ranges[0].start : ranges[0].end] == ranges[0].text


NEGATIVE = [
    "Commission Implementing Regulation (EU) 2019/1234 of 3 May 2019",
    "Regulations Amending the Customs Tariff, SOR/2005-106",
    "See 90 FR 12345 (March 3, 2025) and 90 Fed. Reg. 34069.",
    "Docket No. USTR-2024-0002; Docket Number 240405-0098; case A-570-836",
    "Ethylene glycol (CAS RN 107-21-1) and CAS 7440-21-3",
    "Order No 09.8400 opens the quota; additional code B990 and 8B04 apply.",
    "Call (202) 482-3362 or +44 20 7215 5000, fax (32-2) 295 65 05.",
    "The duty of EUR 1234.56 per tonne and USD 2500 apply; rate 12.5 % or 25 percent.",
    "In 2019, 2020 and 2021 imports rose by 2023 tonnes.",
    "From 1.1.2025 to 31.12.2025 the quota is 3000 tonnes; on 2025-01-01 it opens.",
    "This Regulation shall enter into force on the day following that of its publication, 12 May 2025.",
    "chapter 33 of the Statutes of Canada, 1996 and R.S., c. 41 (3rd Supp.)",
    "Executive Order 14257 of April 2, 2025; 50 U.S.C. 1701; 19 CFR 351.309(c)(1)(ii)",
    "Room B8024, 1401 Constitution Avenue NW., Washington, DC 20230",
    "Trade remedies notice 2023/06 and country group 1062/G073, measure type 142",
    "A motor of 2 700 W and 10 000 rpm, 600 W, 2500 Ah, 7,5 kW, 20 mm",
    "ISO Standard 1887 and EN 10025",
    "see https://www.gov.uk/notice-202306-suspension and AS0020@traderemedies.gov.uk",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_numbers_that_are_not_codes(text):
    codes, ranges = find_codes(text)
    assert codes == [] and ranges == [], [c.text for c in codes] + [r.text for r in ranges]


def test_table_rows_under_a_code_column():
    table = (
        "CN code | TARIC subdivision | Description\n"
        "0201 10 00 | 91 | Carcases of bison\n"
        "ex 0202 30 90 | 20 | Boneless meat of bison, frozen\n"
    )
    codes, _ = find_codes(table)
    assert [(c.code, c.ex) for c in codes] == [("02011000", False), ("02023090", True)]


def test_solid_codes_in_an_htsus_column():
    table = "HTSUS | Description\n8541420010 | Photovoltaic cells\n8541430010 | Modules\n"
    assert [c.code for c in find_codes(table)[0]] == ["8541420010", "8541430010"]


def test_roles_follow_the_instruction():
    text = (
        "Please delete the following:\n\n3911 9019 10\n\nAnd replace with\n\n"
        "Commodity | Description\n3911 9019 35 | Poly(oxy)\n\n"
        "The following codes are excluded: 7208 51 20."
    )
    roles = {c.code: c.role for c in find_codes(text)[0]}
    assert roles == {"3911901910": "deleted", "3911901935": "replacement", "72085120": "excluded"}


def test_each_distinct_code_once():
    text = "CN code 7208 51 20 applies. The same CN code 7208 51 20 is repeated in Article 2."
    assert [c.code for c in find_codes(text)[0]] == ["72085120"]


@pytest.mark.parametrize(
    "text,code",
    [
        ("Les produits relevant de la sous-position 7208 10 et du chapitre 73.", "720810"),
        ("Waren der Unterposition 7208 10 und des Kapitels 72.", "720810"),
        ("Les produits du chapitre 73 sont exclus.", "73"),
        ("Waren des Kapitel 72 mit Ursprung in China.", "72"),
        ("relevant de la position SH 7208", "7208"),
    ],
)
def test_french_and_german_keywords(text, code):
    assert code in {c.code for c in find_codes(text)[0]}


def test_older_heading_notation():
    codes = {c.code for c in find_codes("Products of heading No 72.08 and headings Nos 72.09 and 72.10.")[0]}
    assert codes == {"7208", "7209", "7210"}


@pytest.mark.parametrize(
    "text",
    [
        "For queries, Telephone: 020 7215 5000 or +44 (0)20 7215 5000.",
        "Call the helpline on 0300 200 3700 (Monday to Friday).",
        "Imports (tonnes) 2019 2020 2021 RIP: 12 000 13 500 14 200 15 100",
        "Market share in 2020 2021 rose.",
    ],
)
def test_phone_numbers_and_year_sequences_are_not_codes(text):
    assert find_codes(text) == ([], [])
