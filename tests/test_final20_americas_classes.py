"""Canadian tariff-consolidation notices and their neighbours, by class (round 17 second pass, final20 2825-2832):
a schedule's rows under a column header flattened into a line ('Tariff Item New Rate of Duty') are rates as rows
right under their introduction are; a change's new rate in brackets ('MFN Rate Change (Free)') is a zero rate; a
local cent is written as its dollar's currency code with 'c' (a Canadian '68.56¢/kg' is CADc/kg, beside CAD/kg
dollars); a notice reporting that an authority 'has made the following changes to rates of duty' changes rates.
Every passage is written for these tests."""

import pytest

from nlp.pipeline import analyse


def rates(text: str, jurisdiction: str | None = "CA") -> set[tuple[float, str]]:
    return {(float(r.value), r.unit) for r in analyse(text, jurisdiction=jurisdiction)._.rates}


def measure_types(text: str, jurisdiction: str | None = "CA") -> set[str]:
    return {m.type for m in analyse(text, jurisdiction=jurisdiction)._.measures}


# --- rows of a schedule under a flattened column header ----------------------------------------------------------------

HEADED_SCHEDULES = {
    "a bracketed MFN change under 'Tariff Item New Rate of Duty'": (
        "Amendments to the Departmental Consolidation of the Customs Tariff\nCustoms Notice 31-07\n\n"
        "2.   The Department of Finance has amended the following rates of duty, effective January 1, 2031:\n\n"
        "Tariff Item New Rate of Duty\n"
        "4011.10.00 MFN Rate Change (6%)\n"
        "4011.20.00 MFN Rate Change (6%)\n"
        "4011.30.00 MFN Rate Change (2.5%)\n"
        "4011.40.00 MFN Rate Change (Free)\n"
        "4011.50.00 MFN Rate Change (8%)\n",
        {(6.0, "percent"), (2.5, "percent"), (0.0, "percent"), (8.0, "percent")},
    ),
    "a header naming classification numbers and the rate, rows with a treatment": (
        "Tariff changes for the new year\n\n"
        "The following rates of duty apply to the goods below from July 1, 2031:\n"
        "Classification Numbers  Tariff Treatment  Rate of Duty\n"
        "0709.60.10.00 GPT 4%\n"
        "0709.60.20.00 GPT 3.5%\n",
        {(4.0, "percent"), (3.5, "percent")},
    ),
}


@pytest.mark.parametrize("case", HEADED_SCHEDULES)
def test_rows_under_a_flattened_column_header_are_rates_of_their_introduction(case):
    text, expected = HEADED_SCHEDULES[case]
    assert rates(text) == expected


def test_a_header_line_without_duty_words_under_the_introduction_keeps_the_run_plain():
    # the line between the introduction and the rows names no column of a schedule: the figures are shares
    text = (
        "The following rates of duty are reported:\n"
        "Import shares of the leading suppliers in 2030\n"
        "4011.10.00 Ruritania 16%\n"
        "4011.20.00 Freedonia 12%\n"
    )
    assert rates(text) == set()


# --- cents of the act's own dollar -----------------------------------------------------------------------------------

CENTS = {
    "CA": ("CADc/kg", "CAD/kg"),
    "AU": ("AUDc/kg", "AUD/kg"),
    "NZ": ("NZDc/kg", "NZD/kg"),
    "ZA": ("ZAc/kg", "ZAR/kg"),
}


@pytest.mark.parametrize("jurisdiction", CENTS)
def test_a_cents_rate_is_the_cent_of_the_acts_own_dollar(jurisdiction):
    cent, dollar = CENTS[jurisdiction]
    text = (
        "Notice of rate changes\n\nThe rates of duty on the following goods are amended as follows:\n"
        "Tariff item | Goods | New rate of duty |\n"
        "---|---|---|\n"
        "1517.10.20 | Margarine | 41.25¢/kg |\n"
        "0405.10.00 | Butter | 95% but not less than $3.15/kg |\n"
    )
    found = rates(text, jurisdiction)
    assert (41.25, cent) in found
    assert (3.15, dollar) in found or jurisdiction == "ZA"  # a South African '$' is no rand


# --- a reported list of changes to rates of duty beside an agreement's reductions --------------------------------------

FTA_REDUCTIONS = (
    "Amendments to the Departmental Consolidation of the Customs Tariff\n\n"
    "1.   Rate of duty reductions included in the Canada-Ruritania Free Trade Agreement are effective March 1, 2031 "
    "for the following tariff items:\n\n"
    "Tariff Item New Rate of Duty\n"
    "8901.10.90.00 RT: 5%\n\n"
)
CHANGES_REPORTED = {
    "has made the following changes to rates of duty": (
        "2.  The Department of Finance has made the following changes to rates of duty, also effective March 1, "
        "2031:\n\n"
        "Tariff Item New Rate of Duty\n"
        "8471.30.00 MFN Rate Change (Free)\n"
        "8471.41.00 MFN Rate Change (3%)\n"
    ),
    "makes changes to the rates of customs duty": (
        "2.  The Minister makes changes to the rates of customs duty on the goods listed below, with effect from "
        "1 April 2031.\n"
    ),
}


@pytest.mark.parametrize("case", CHANGES_REPORTED)
def test_a_reported_list_of_changes_to_rates_of_duty_changes_rates_beside_the_preference(case):
    assert measure_types(FTA_REDUCTIONS + CHANGES_REPORTED[case]) == {"preference", "duty_rate_change"}


def test_rate_of_duty_reductions_under_a_free_trade_agreement_alone_stay_its_preference():
    assert measure_types(FTA_REDUCTIONS) == {"preference"}


# --- an agreement's changes made to the consolidated tariff ----------------------------------------------------------

AGREEMENT_CHANGES = (
    "Amendments to the Departmental Consolidation of the Customs Tariff\nCustoms Notice 31-19\n"
    "1. As a result of the CRFTA, additions, changes and deletions have been made to the Departmental Consolidation "
    "of the Customs Tariff, which take effect January 1, 2031, including rate changes and changes to tariff "
    "treatment codes.\n"
)


def test_an_agreements_additions_and_deletions_to_the_tariff_change_the_nomenclature_and_its_preference():
    assert measure_types(AGREEMENT_CHANGES) == {"preference", "nomenclature_change"}


def test_additions_made_to_the_tariff_for_no_agreement_change_only_the_nomenclature():
    text = (
        "Customs Notice 31-20\n1. Additions and deletions have been made to the Customs Tariff, which take effect "
        "January 1, 2031.\n"
    )
    assert measure_types(text) == {"nomenclature_change"}


# --- a name that runs across two hyphenated words ---------------------------------------------------------------------

HYPHENATED_NAMES = {
    "the Canada-United States-Mexico Agreement": ["CA", "US", "MX"],
    "the Canada-United Kingdom-Ruritania talks": ["CA", "GB"],
    "the Canada-Costa Rica-Panama round": ["CA", "CR", "PA"],
    "the Canada-Costa Rica Free Trade Agreement": ["CA", "CR"],
    "the EU-New Zealand agreement": ["EU", "NZ"],
}


@pytest.mark.parametrize("text", HYPHENATED_NAMES)
def test_a_name_running_to_the_hyphen_of_the_next_word_is_found_with_the_part_after_it(text):
    from nlp.countries.names import find_country_names

    assert [m.code for m in find_country_names(text)] == HYPHENATED_NAMES[text]


# --- a tribunal's finding: its case number without 'No.', the inquiry it has conducted --------------------------------

FINDING = (
    "Inquiry NQ-2031-017\n\nCertain Steel Gratings\n\nFinding issued\nMonday, May 12, 2031\n\n"
    "IN THE MATTER OF an inquiry pursuant to section 42 of the Special Import Measures Act respecting:\n\n"
    "CERTAIN STEEL GRATINGS\n\nFINDING\n\n"
    "The Canadian International Trade Tribunal, pursuant to the provisions of section 42 of the Special Import "
    "Measures Act, has conducted an inquiry to determine whether the dumping and subsidizing of the subject goods "
    "have caused injury or are threatening to cause injury:\n\n"
    "Steel gratings originating in or exported from Ruritania.\n"
)


def test_a_finding_numbered_without_no_is_known_by_its_case_line_and_titled_by_its_goods():
    ext = analyse(FINDING, jurisdiction="CA")._
    assert (ext.identifier.text, ext.official_title.text) == ("Inquiry NQ-2031-017", "Certain Steel Gratings")


def test_a_tribunal_that_has_conducted_an_inquiry_into_dumping_and_subsidizing_acts_on_both():
    assert measure_types(FINDING) == {"anti_dumping", "countervailing"}
