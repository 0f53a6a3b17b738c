"""European documents by class (round 19 second pass, final22 3213-3223): an EU act that replaces rows of the
Common Customs Tariff or lists goods in an annex prints chapter and heading rows under its 'CN code' column ('10 |
Cereals |', '1002 | Rye: |', 'Ex 07 | ...', 'Ex31 05 | ...') between rows of descriptions only; a UK trade remedies
notice lists commodity codes in pairs of digits that mix 10 and 8 digits under 'Commodity codes'; a suspension annex
puts several ex codes in one cell ('ex 0712 32 00 ex 0712 33 00').
Every passage is written for these tests."""

import pytest

from nlp.pipeline import analyse


def _codes(text: str) -> list[tuple[str, bool]]:
    return sorted((c.code, c.ex) for c in analyse(text)._.codes)


# --- chapter and heading rows under a code column's header (class: code-column rows) ---------------------------------

REPLACED_SCHEDULE_ROWS = (
    "ANNEX\n\n"
    "In Part Two of Annex I to Regulation (EEC) No 2658/87, column 3 of the schedule is replaced as follows:\n\n"
    "CN code | Description | Conventional rate of duty (%)\n"
    "1 | 2 | 3\n"
    "10 | Cereals | \n"
    "1002 | Rye: | \n"
    " | - Seed and other: | \n"
    "1002 10 00 | - - Seed | 93 €/t(1)\n"
    "1002 90 00 | - - Other | 93 €/t(1)\n"
    "1004 | Oats: | \n"
    " | - Other: | \n"
    "1004 90 00 | - - Other | 89 €/t(2)\n"
    "23 | Residues and waste from the food industries | \n"
    "2306 | Oilcake and other solid residues: | \n"
    "2306 90 | - Other: | \n"
    "2306 90 05 | - - Of maize germ | Free(6)\n"
)


def test_chapter_and_heading_rows_of_a_replaced_schedule_are_codes():
    """Class: code-column rows. The rows of descriptions only (' | - Other: |') no longer hide the 'CN code'
    header from the chapter and heading rows below them."""
    assert _codes(REPLACED_SCHEDULE_ROWS) == [
        ("10", False),
        ("1002", False),
        ("10021000", False),
        ("10029000", False),
        ("1004", False),
        ("10049000", False),
        ("23", False),
        ("2306", False),
        ("230690", False),
        ("23069005", False),
    ]


ANNEX_LIST_OF_GOODS = (
    "ANNEX I\n\nLIST OF GOODS REFERRED TO IN ARTICLE 1\n\n"
    "CN code | Description\n"
    "03 | Fish and crustaceans, molluscs and other aquatic invertebrates\n"
    "Ex 08 | Edible fruit and nuts, except bananas\n"
    "1507 | Soya-bean oil and its fractions\n"
    "Ex28 14 | Ammonia, anhydrous\n"
    "\nANNEX II\n"
)


def test_ex_chapters_and_headings_in_pairs_of_an_annex_list_are_codes():
    """Class: code-column rows. 'Ex 08' is part of chapter 08, 'Ex28 14' part of heading 2814 written in pairs."""
    assert _codes(ANNEX_LIST_OF_GOODS) == [("03", False), ("08", True), ("1507", False), ("2814", True)]


def test_numbered_rows_under_another_column_header_are_not_codes():
    """Class: code-column rows, narrowed: the first column must be headed by the code column's name."""
    text = "Table 2: Imports by month\n\nMonth | Tonnes | Value\n10 | 2200 | 1400\n11 | 2350 | 1510\n12 | 2410 | 1570\n"
    assert _codes(text) == []


# --- a bulleted list of commodity codes in pairs of digits, 10 and 8 digits mixed (class: introduced list) ----------


def test_eight_digit_codes_after_ten_digit_ones_in_a_commodity_code_list():
    """Class: introduced list. The heading 'Commodity codes' introduces every item of the bulleted list, not only
    its first: the 8-digit codes after the 10-digit ones are codes too."""
    text = (
        "Goods subject to duty\n\nThe duty applies to goods imported under a commodity code specified below.\n\n"
        "Commodity codes\n\n"
        "  • 73 07 19 10 10\n"
        "  • 73 07 19 10 90\n"
        "  • 73 07 19 90\n"
        "  • 73 07 29 80\n\n"
        "Imposition date\n"
    )
    assert _codes(text) == [
        ("7307191010", False),
        ("7307191090", False),
        ("73071990", False),
        ("73072980", False),
    ]


# --- several ex codes in one cell (class: ex codes after a code ending in '00') ---------------------------------------


@pytest.mark.parametrize(
    "cell",
    [
        "(*1)ex 0811 90 00 ex 0811 91 00 ex 0811 99 00",
        "ex 2008 19 00 ex 2008 97 00",
    ],
)
def test_every_ex_code_of_a_suspension_cell_is_read(cell):
    """Class: ex codes after a code ending in '00'. The '00 ' before the next 'ex' is no phone trunk prefix: a
    phone number's rest never has 'ex' before it."""
    text = (
        "Serial Number | CN code | TARIC | Description | Rate of autonomous duty\n"
        f"0.9912 | {cell} | 10 20 30 | Fruit, frozen, for processing | 0 % |\n"
    )
    expected = sorted((code.replace(" ", ""), True) for code in cell.replace("(*1)", "").split("ex ")[1:])
    assert _codes(text) == [(code.strip(), ex) for code, ex in expected]


# --- measure types ----------------------------------------------------------------------------------------------------


def _measures(text: str) -> set[str]:
    return {m.type for m in analyse(text)._.measures}


def test_a_notice_giving_effect_to_a_recommendation_to_exclude_goods_is_an_exclusion():
    """Class: a recommendation carried out. A UK notice that 'gives effect to' the TRA's recommendation 'to vary the
    goods … by excluding' some of them acts: the recommendation is no mere recommendation, and varying the goods by
    excluding some is an exclusion."""
    text = (
        "Trade remedies notice 2031/07: scope review of anti-dumping duty on aluminium road wheels from Morocco\n\n"
        "This public notice is published by the Secretary of State under section 13 of the Taxation (Cross Border "
        "Trade) Act 2018.\n\nThe public notice:\n\n"
        "  • relates to aluminium road wheels originating from Morocco\n"
        "  • gives effect to the Trade Remedies Authority (TRA) recommendation to vary the goods to which the "
        "anti-dumping measure is applicable by excluding the goods known as ‘wheels for agricultural tractors’\n"
    )
    assert "exclusion" in _measures(text)


@pytest.mark.parametrize(
    "text",
    [
        "Endringer i HS-nomenklaturen for 2032\n\nI tolltariffen for 2032 kommer det flere endringer.\n",
        "Nytt i tolltariffen\n\nFra 1. januar kommer det ny posisjon for visse kjøretøy og nye underposisjoner for "
        "batterier.\n",
    ],
)
def test_a_norwegian_notice_of_new_hs_headings_is_a_nomenclature_change(text):
    """Class: Norwegian nomenclature change. 'Endringer i HS-nomenklaturen' (changes in the HS nomenclature) and
    'ny posisjon for' / 'nye underposisjoner for' (a new heading, new subheadings for) change the nomenclature."""
    assert "nomenclature_change" in _measures(text)


# --- affected countries -----------------------------------------------------------------------------------------------


def test_the_eu_trade_duty_a_uk_notice_replaces_is_no_origin():
    """Class: the EU's own measure. 'on replacement of EU trade duty' names the EU duty a UK transition notice takes
    over, not goods from the EU."""
    text = (
        "Taxation notice 2031/12: anti-dumping duty on ceramic tiles originating in India\n\n"
        "The additional amount of import duty applicable to goods originating in India is 22.4%.\n\n"
        "Imposition date\n\nThis notice takes effect, and the duty applies, on replacement of EU trade duty.\n"
    )
    assert analyse(text)._.countries["affected"] == ["IN"]


# --- dates ------------------------------------------------------------------------------------------------------------


def _dates(text: str) -> list[tuple[str, str]]:
    return sorted((d.type, d.date) for d in analyse(text)._.dates)


STAGED_DUTY = (
    "Article 1\n\n"
    "Goods of CN code 2814 originating in Ruritania shall be subject to a customs duty as follows:\n\n"
    "(i) 5 % ad valorem + 30 EUR/tonne from 1 July 2031 until 30 June 2032;\n\n"
    "(ii) 5 % ad valorem + 60 EUR/tonne from 1 July 2032 until 30 June 2033;\n\n"
    "(iii) 5 % ad valorem + 250 EUR/tonne from 1 July 2033.\n"
)


def test_the_open_ended_last_stage_of_a_staged_duty_starts_its_application():
    """Class: open-ended last stage. '… from 1 July 2033.' the day after the previous stage ends starts the last
    stage (application_start), not the act's entry into force."""
    assert ("application_start", "2033-07-01") in _dates(STAGED_DUTY)
    assert ("entry_into_force", "2033-07-01") not in _dates(STAGED_DUTY)


def test_a_monitoring_period_is_no_period_of_the_measure():
    """Class: a monitoring period. 'The Commission shall monitor prices … for a period of four years from <date>' is
    the authority's watch: neither its start nor its derived end is the measure's application."""
    text = (
        "Article 2\n\n"
        "1. The Commission shall monitor prices applicable in the Union of the goods listed in Annex II for a period "
        "of three years from 14 March 2031.\n"
    )
    dates = _dates(text)
    assert ("application_start", "2031-03-14") not in dates
    assert ("application_end", "2034-03-13") not in dates


# --- rates in a '(%)' column with footnote marks, far down a long schedule (class: footnoted rate cells) -------------


def test_rate_cells_with_footnote_marks_down_a_long_schedule_are_read():
    """Class: footnoted rate cells. An EU schedule's '(%)' column glues footnote marks to its figures ('12,8 (5)',
    '2(6)') and runs to hundreds of '|' rows: each figure is a rate, however far down the table."""
    filler = "".join(f"2309 90 {n:02d} | - - - Other | 95 €/t(2)\n" for n in range(10, 70))
    text = (
        "ANNEX\n\nCN code | Description | Conventional rate of duty (%)\n1 | 2 | 3\n"
        + filler
        + "1515 90 51 | - - - Solid, in immediate packings | 12,8 (5)\n"
        "1518 00 95 | - - - Inedible mixtures | 2(6)\n"
        "1518 00 99 | - - - Other | 7,7 (6)\n"
    )
    rates = {(r.value, r.unit) for r in analyse(text)._.rates}
    assert {(12.8, "percent"), (2.0, "percent"), (7.7, "percent")} <= rates


# --- quotas -----------------------------------------------------------------------------------------------------------


def test_cumulative_import_volume_thresholds_are_quota_volumes():
    """Class: import volume thresholds. 'If cumulative import volumes … reach the following thresholds' makes each
    listed amount a volume for its period, the lines after the first too."""
    text = (
        "3. If cumulative import volumes of the goods listed in paragraph 2 reach the following thresholds, the "
        "Commission shall impose a duty at the level set out in point (a)(iv) for the remaining imports:\n\n"
        "(a) 1,5 million tonnes from 1 July 2031 until 30 June 2032;\n\n"
        "(b) 0,75 million tonnes from 1 July 2032 until 30 June 2033.\n"
    )
    quotas = sorted((q.amount, q.unit, q.period_start) for q in analyse(text)._.quotas)
    assert quotas == [(750000, "tonnes", "2032-07-01"), (1500000, "tonnes", "2031-07-01")]


def test_an_effect_from_the_day_after_another_rows_period_stays_an_entry_into_force():
    """Class: open-ended last stage, narrowed: only a stage's rate or amount right before 'from' opens a stage;
    'with retrospective effect from' the day after another row's period ends is still an entry into force."""
    text = (
        "Tariff Amendments 2031\n\n"
        "Notice R.101: with retrospective effect from 1 September 2030 up to and including 31 December 2030\n\n"
        "Notice R.102: with retrospective effect from 1 January 2031\n"
    )
    dates = _dates(text)
    assert ("entry_into_force", "2031-01-01") in dates
    assert ("application_start", "2031-01-01") not in dates


def test_subheadings_a_code_rows_description_excepts_are_excluded_codes():
    """Class: code-column rows, their exceptions. 'Ex 08 | Edible fruit …, except: 0803 10 plantains 0803 90
    bananas' names the subheadings the chapter's row leaves out: codes with the role excluded."""
    text = (
        "ANNEX\n\nCN code | Description\n"
        "03 | Fish and crustaceans\n"
        "Ex 08 | Edible fruit and nuts, except: 0803 10 plantains 0803 90 bananas, other\n"
    )
    codes = {(c.code, c.role) for c in analyse(text)._.codes}
    assert {("080310", "excluded"), ("080390", "excluded")} <= codes
