"""Tariff codes: every notation official texts use, the numbers that are not codes, and what the text
says about each code. Each case compares the exact codes (with level, ex and role) and ranges found
in a sentence written for the test."""

import pytest

from nlp.codes.finder import find_codes

NBSP = "\u00a0"


def found(text):
    codes, ranges = find_codes(text)
    for item in (*codes, *ranges):
        assert text[item.start : item.end] == item.text  # the evidence is the text as written
    return {(c.code, c.level, c.ex, c.role) for c in codes}, {(r.code_from, r.code_to) for r in ranges}


def covered(*codes, level=None, ex=False):
    levels = {2: "chapter", 4: "heading", 6: "subheading", 8: "cn8", 10: "national10"}
    return {(code, level or levels.get(len(code), f"{len(code)}digit"), ex, "covered") for code in codes}


NOTATIONS = {
    # EU, UK, US, Canada
    "heading": ("Motor cars of heading 8702 pay the full rate.", covered("8702")),
    "HS subheading": ("Handsets of subheading 8517.13 are listed.", covered("851713")),
    "grouped subheadings": ("tractors of subheadings 8701 91 and 8701 92", covered("870191", "870192")),
    "CN code": ("products currently falling under CN code 7209 16 90", covered("72091690")),
    "TARIC code": ("TARIC code 7606 12 92 20 applies", covered("7606129220")),
    "solid TARIC codes": ("TARIC codes 7606129230 and 7606129240", covered("7606129230", "7606129240")),
    "HTSUS statistical": ("entered under HTSUS subheading 7306.30.5028.", covered("7306305028")),
    "chapter 99 heading": ("articles covered by heading 9903.85.09 of the HTSUS", covered("99038509")),
    "UK commodity code in a list": ("- 6907 22 00 90", covered("6907220090")),
    "solid UK code": ("Commodity code 8504409055 is affected.", covered("8504409055")),
    "UK spaced layout": (
        f"commodity code 0702{NBSP}0010{NBSP}99 is inserted",
        {("0702001099", "national10", False, "inserted")},
    ),
    "Canadian tariff item": ("flowers of tariff item No. 0603.19.90 that qualify", covered("06031990")),
    "ex code": ("falling within CN code ex 7304 19 10", covered("73041910", ex=True)),
    "glued ex": ("CN code ex73041930 (TARIC code 7304193010)", covered("73041930", ex=True) | covered("7304193010")),
    "TARIC subdivision in brackets": ("within CN codes 7318 15 88(31) and 7318 16 99", covered("73181588", "73181699")),
    "chapter": ("Imports of fertilisers of Chapter 31 need a licence.", covered("31")),
    "chapters of the HS": ("goods of chapters 61 and 62 of the Harmonized System", covered("61", "62")),
    # other countries' schedules and gazettes
    "ASEAN AHTN": (
        "The goods are classified under AHTN code 8703.23.51 and 8703.24.90.",
        covered("87032351", "87032490"),
    ),
    "Viet Nam HS list": (
        "duties on cold-rolled steel of HS codes 7209.16.10, 7209.17.90 and 7211.23.30",
        covered("72091610", "72091790", "72112330"),
    ),
    "India tariff item": (
        "subject goods falling under tariff item 29333917 of the First Schedule",
        covered("29333917"),
    ),
    "India chapter of the First Schedule": (
        "goods falling under Chapter 29 of the First Schedule to the Customs Tariff Act",
        covered("29"),
    ),
    "India sub-heading": ("falling under sub-heading 2809 20 of the First Schedule", covered("280920")),
    "Pakistan PCT": ("goods classified under PCT code 0101.1000 and 1404.9041", covered("01011000", "14049041")),
    "Mercosur NCM": (
        "nitrile rubber classified under subitem 4002.59.00 of the Mercosur Common Nomenclature (NCM)",
        covered("40025900"),
    ),
    "Mexico fracción": ("la fracción arancelaria 7208.51.01 de la Tarifa", covered("72085101")),
    "Mexico NICO": (
        "número de identificación comercial 7208.51.01.00 de la fracción arancelaria",
        covered("7208510100"),
    ),
    "Australia with statistical code": (
        "The goods are classified to tariff subheading 7306.30.00 (statistical code 32) of Schedule 3.",
        covered("73063000"),
    ),
    "Korea HSK": (
        "Korean HSK 7208.10.1000 and 7208.25.9000 are subject to the duty.",
        covered("7208101000", "7208259000"),
    ),
    "Japan statistical code": ("HS code 2309.90 297 in the Japanese schedule", covered("230990297")),
    "Malaysia nine digits": ("subheading 0105.19 100 in column (2)", covered("010519100")),
    "EAEU TN VED": (
        "classified by codes 7606 11 910 0 and 7606 12 200 3 of the CN FEA EEU",
        covered("7606119100", "7606122003"),
    ),
    "EU export refund nomenclature": (
        "Cheese falling within code 0406 30 39 9300 of the nomenclature for refunds",
        covered("040630399300"),
    ),
    "China tariff and product numbers": (
        "the import tariff number 2921.4200 and product number 29214200.20",
        covered("29214200", "2921420020"),
    ),
    "French keywords": (
        "Les produits relevant de la sous-position 7208 10 et du chapitre 73.",
        covered("720810", "73"),
    ),
    "German keywords": ("Waren der Unterposition 7208 10 und des Kapitels 72.", covered("720810", "72")),
    "French NC code": ("relève du code NC 7209 17 90.", covered("72091790")),
    "German KN code": ("Waren des KN-Codes 7209 18 91 mit Ursprung in Korea", covered("72091891")),
    "older heading notation": (
        "Products of heading No 72.08 and headings Nos 72.09 and 72.10.",
        covered("7208", "7209", "7210"),
    ),
    "Asian heading notation": ("Flour of the dried vegetables of heading 07.13", covered("0713")),
    "part of a heading on its own": (
        "Armoured cash carriers (ex 8710) and parts of ex 87.14 are covered.",
        covered("8710", ex=True) | covered("8714", ex=True),
    ),
    "Korea HSK with a hyphen": (
        "Imports under HSK 7219.34-1000 and 7219.35-9000 face the provisional duty.",
        covered("7219341000", "7219359000"),
    ),
    "Japan statistical code with a hyphen": (
        "Statistical code 0406.90-390 of the Customs Tariff of Japan is revised.",
        covered("040690390"),
    ),
    "Australia statistical code after a slash": (
        "Goods classified to tariff subheading 7210.49.00/56 and 7212.30.00/61 are covered.",
        covered("72104900", "72123000"),
    ),
    "Chile eight digits": ("el ítem arancelario 0806.1010 del Arancel Aduanero", covered("08061010")),
    "South Africa tariff subheading": (
        "Amend tariff subheading 6402.99.05 of Schedule No. 1 to the Customs and Excise Act",
        covered("64029905"),
    ),
}


@pytest.mark.parametrize("name", sorted(NOTATIONS))
def test_notations(name):
    text, expected = NOTATIONS[name]
    assert found(text) == (expected, set())


RANGES = {
    "to": ("flat products of headings 7209 to 7211", ("7209", "7211")),
    "through inclusive": ("covered by headings 9903.81.87 through 9903.81.99, inclusive", ("99038187", "99038199")),
    "en dash": ("products of headings 7213–7215 only", ("7213", "7215")),
    "spaced dash": ("subheadings 8504.31 – 8504.34", ("850431", "850434")),
    "till": ("Russia (HS 7204 21 till 7204 49)", ("720421", "720449")),
    "German bis": ("Waren der Positionen 7306 bis 7308", ("7306", "7308")),
    "French à": ("des positions 7306 à 7308", ("7306", "7308")),
    "chapters": ("goods of chapters 50 to 63 of the HS", ("50", "63")),
    "hyphen between dotted codes": ("dairy goods of HS subheadings 0402.10-0402.99", ("040210", "040299")),
}


@pytest.mark.parametrize("name", sorted(RANGES))
def test_ranges_are_one_item(name):
    text, expected = RANGES[name]
    assert found(text) == (set(), {expected})


def test_a_range_end_named_on_its_own_is_also_a_code():
    text = "Heading 9903.02.14 is amended. Headings 9903.02.10–9903.02.14 keep their rates."
    assert found(text) == (covered("99030214"), {("99030210", "99030214")})


def test_codes_split_at_the_end_of_a_printed_line():
    text = (
        "articles of subheadings 8708.99.\n8160 and 7318.\n15.2095 are covered; they rose 4% in 2025.\n26 firms replied"
    )
    assert found(text) == (covered("8708998160", "7318152095"), set())


def test_a_chapter_20_code_that_reads_like_a_date_needs_its_keyword():
    assert found("Issued 2008.11.10 by the Ministry of Finance.") == (set(), set())
    assert found("Prepared groundnuts of HS code 2008.11.10 are covered.") == (covered("20081110"), set())


def test_a_flattened_code_column_of_a_pdf_table():
    # the cells of one column, flattened by PDF extraction: dotted codes separated by spaces and line
    # breaks, a heading printed before its own codes, a chapter 99 heading at the column's end
    text = (
        "TABLE HS CODE (1) 0901.2110 0901.2190 09.02 0902.1010 0902.1090\n0903.0000\n\n"
        "DESCRIPTION (2) - - - Roasted - - - Green tea\n\nRATE (3) 10 10 20 20 5\n\n"
        "85.07\n\n8507.6010 8507.6090 9915\n\nLithium-ion accumulators"
    )
    expected = ("09012110", "09012190", "0902", "09021010", "09021090", "09030000", "8507", "85076010")
    assert found(text) == (covered(*expected, "85076090", "9915"), set())


def test_dotted_headings_starting_the_rows_of_a_concession_table():
    # a concession schedule: an item letter, then the heading or subheading, then the goods
    text = (
        "Item Tariff Concession Normal Pref. Ref. No.\n"
        "B 3923.10.00 Crates of polypropylene, foldable, for fruit Free Free 88 410021K\n"
        "B 39.26 Cable ties of nylon, releasable Free Free 88 410022M\n"
        "B 7326.90.90 Mesh trays of stainless steel, of a wall\n12.70 mm thick, stackable Free Free 88 410023K\n"
        "48.19) Cartons of corrugated board, printed\n"
    )
    assert found(text) == (covered("39231000", "3926", "73269090", "4819"), set())


def test_a_count_after_a_code_in_running_text_is_not_the_next_cell():
    assert found("Under HTSUS 9903.88.03 1250 shipments were entered in 2026.") == (covered("99038803"), set())


def test_the_next_row_of_a_substituted_tariff_item():
    text = (
        "for tariff item 080410 and the entries relating thereto, the following shall be substituted:-\n\n"
        "\u201c080410\n\nDates, fresh\n\nkg\n\n30%\n\n080420\n\nFigs, dried\n\nkg\n\n25%\u201d"
    )
    assert found(text) == (covered("080410", "080420"), set())


def test_the_cells_an_amending_notification_quotes():
    text = (
        "In the said notification, in the Table, against S. No. 12, for the figures \u201c3824 99\u201d the "
        "figures \u201c382491\u201d shall be substituted; against S. No. 20, in column (2), for the entry "
        "\u201c8507 60 00\u201d, the entries \u201c85076010 to 85076090\u201d shall be substituted."
    )
    assert found(text) == (covered("382499", "382491", "85076000"), {("85076010", "85076090")})


def test_amounts_quoted_by_an_amending_notification_are_not_codes():
    text = "in paragraph 3, for the figures \u201c250000\u201d, the figures \u201c300000\u201d shall be substituted"
    assert found(text) == (set(), set())


DOTTED_NOT_HEADINGS = [
    "12.50 The Minister may revise the fee.\n13.05 Applications are made in writing.",
    "Price per kg\n23.75 Other grades\n18.40 Premium grades",
    "See section 23.09 of the Act; the rate rose from 12.50 to 14.75 on 23.09.2026.",
    "HS code 8703.23 2026 report and the period 2019.12-2020",
]


@pytest.mark.parametrize("text", DOTTED_NOT_HEADINGS)
def test_dotted_numbers_that_are_not_headings(text):
    expected = covered("870323") if "8703" in text else set()
    assert found(text) == (expected, set())


NOT_CODES = [
    "Commission Implementing Regulation (EU) 2026/1144 of 3 May 2026",
    "Regulations Amending the Customs Tariff, SOR/2026-106",
    "See 91 FR 23456 (March 3, 2026) and 91 Fed. Reg. 34071.",
    "Docket No. USTR-2026-0013; Docket Number 260405-0101; case A-570-912",
    "Titanium dioxide (CAS RN 13463-67-7) and CAS 7439-89-6",
    "Measure amendments affecting quota 051104 and quota order number 058012.",
    "Order No 09.4522 opens the quota; additional codes C471 and 8K12 apply.",
    "Call (202) 555-0147 or +44 20 7946 0321, fax (32-2) 299 11 11.",
    "The duty of EUR 1875.40 per tonne and USD 3100 apply; rate 17.5 % or 30 percent.",
    "In 2022, 2023 and 2024 imports rose by 2024 tonnes.",
    "From 1.1.2026 to 31.12.2026 the quota is 4500 tonnes; on 2026-01-01 it opens.",
    "chapter 47 of the Statutes of Canada, 2019 and R.S., c. 52 (2nd Supp.)",
    "Executive Order 14301 of May 4, 2026; 50 U.S.C. 1702; 19 CFR 351.213(b)(1)",
    "Room 3713, 1401 Constitution Avenue NW., Washington, DC 20230",
    "Trade remedies notice 2026/11 and country group 1011/G104, measure type 552",
    "A pump of 1 500 W and 2 900 rpm, 750 W, 1200 Ah, 4,5 kW, 25 mm",
    "ISO Standard 6892 and EN 10346",
    "see https://www.gov.uk/notice-202611-suspension and TR0021@traderemedies.gov.uk",
    "S.R.O. 1260(I)/2026 and G.S.R. 417(E)",
    "Imports (tonnes) 2022 2023 2024 POI: 14 000 15 200 16 900 17 400",
    "See Ex 1004 and Ex 2107 of the hearing record, at 12.",
    "Signed at Seoul on 2006 03 17 and recorded under (20071130).",
    "Sampling period 2024.04-2025.03, invoice values 1234.56-1299.80 and CAS 7439-92-1.",
    "The Ministry decided on 2025.11.04 and the measure applies from 2026.01.01 to 2026.12.31.",
    "Sales rose from 19950000 units in 20240101 reporting to 2031.45 million.",
]


@pytest.mark.parametrize("text", NOT_CODES)
def test_numbers_that_are_not_codes(text):
    assert found(text) == (set(), set())


STRUCTURAL = {
    "whole schedule said generically": "These units apply to chapters 1 through 97 of the HTSUS.",
    "whole schedule, to": "the general rates of duty in chapters 1 to 97 of the tariff schedule",
    "subchapter of chapter 99": "in subchapter III of chapter 99 of the HTSUS",
    "U.S. note": "U.S. note 33 to chapter 99 is amended",
    "title 5 chapter": "pursuant to 5 U.S.C. chapter 63",
    "a report's chapter": "(31) Study – Chapter 6, p. 212: 38 % state-owned producers.",
    "a working document's chapter": "See SWD(2026) 118 final, Chapter 10, in particular pages 67 and 69.",
    "a footnote's chapters": "(52) Ibid., in particular Chapters 4, 8 and 15.",
}


@pytest.mark.parametrize("name", sorted(STRUCTURAL))
def test_structural_references_are_not_codes(name):
    assert found(STRUCTURAL[name]) == (set(), set())


def test_table_cells_under_a_code_column():
    table = (
        "Factor | Commodity Code | Value | Unit\n"
        "Copper | 7403 | 9 514,89 | Tonne\n"
        "Zinc | 7901 11 | 2 310,00 | Tonne\n"
        "Labour | | 84,59 | per hour\n"
    )
    assert found(table) == (covered("7403", "790111"), set())


def test_a_quota_order_number_column_is_not_a_code():
    table = "Order No | CN code | Volume\n09.4321 | 0201 10 00 | 300\n051104 | 0202 30 90 | 120\n"
    assert found(table) == (covered("02011000", "02023090"), set())


def test_rows_of_a_table_without_a_header_keyword():
    table = "TARIC | Description\n0201 10 00 10 | Carcases of bison\nex 0202 30 90 | Boneless meat, frozen\n"
    assert found(table) == (covered("0201100010") | covered("02023090", ex=True), set())


ROLES = {
    "delete then replace": (
        "Please delete the following:\n\n3904 1000 10\n\nAnd replace with\n\nCommodity | Description\n"
        "3904 1000 20 | Polymers\n",
        {("3904100010", "national10", False, "deleted"), ("3904100020", "national10", False, "replacement")},
    ),
    "excluded in the sentence": (
        "The following codes are excluded: 7308 90 59, 7308 90 98.",
        {("73089059", "cn8", False, "excluded"), ("73089098", "cn8", False, "excluded")},
    ),
    "excluding inside a description": (
        "Products of subheading 7208 10 00 (excluding coils), 7208 25 00 and 7208 26 00 are covered.",
        covered("72081000", "72082500", "72082600"),
    ),
    "excluding that governs": (
        "Products of CN codes 7208 10 00 and 7208 25 00, excluding those of subheading 7208 26 00.",
        covered("72081000", "72082500") | {("72082600", "cn8", False, "excluded")},
    ),
    "heading created by a proclamation": (
        "The HTSUS is modified by inserting the following new heading 9903.81.94 in numerical sequence.",
        {("99038194", "cn8", False, "inserted")},
    ),
    "headings inserted, then text that removes duties": (
        "The following new headings are inserted: 9903.81.95 and 9903.81.96.\n"
        "Duties under these headings shall be removed\n"
        "for articles of subheading 7326.90.86 imported from Canada.",
        {("99038195", "cn8", False, "inserted"), ("99038196", "cn8", False, "inserted")} | covered("73269086"),
    ),
    "exclusions as a noun": (
        "The exclusions, which are provided for in heading 9903.88.69 of the HTSUS, cover fans of subheading "
        "8414.59.65.",
        covered("99038869", "84145965"),
    ),
    "except as provided": (
        "Except as provided in heading 9903.01.34, the duty applies to goods of heading 9903.01.35.",
        covered("99030134", "99030135"),
    ),
    "instruction line above a list": (
        "As of May 1, 2026, the following classifications are completely excluded from the measures:\n"
        "7208.10.1500\n7208.10.3000\n",
        {("7208101500", "national10", False, "excluded"), ("7208103000", "national10", False, "excluded")},
    ),
    "a verb after the codes": (
        "Commodity codes 3904 1000 10 and 3904 1000 30 are deleted.",
        {("3904100010", "national10", False, "deleted"), ("3904100030", "national10", False, "deleted")},
    ),
    "prose far above says nothing": (
        "Earlier quotas were terminated in 2019.\n\nThe quota opens for\nCN code 0402 10 19 and 0402 21 18.",
        covered("04021019", "04022118"),
    ),
}


@pytest.mark.parametrize("name", sorted(ROLES))
def test_roles(name):
    text, expected = ROLES[name]
    assert found(text) == (expected, set())


def test_each_distinct_code_once_at_its_first_mention():
    text = "CN code 7210 61 00 applies. The same CN code 7210 61 00 is repeated in Article 2."
    codes, _ = find_codes(text)
    assert [(c.code, c.start) for c in codes] == [("72106100", 8)]
