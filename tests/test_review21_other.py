"""Round 21 review, regressions of the round's widened rules pinned on passages written for these tests: a range over
many subheadings 'revised'/'moved from' one code to another stays a range (only a single number is corrected from one
to the other); two quoted sums swapped ('for "1000.00" substitute "1250.00"') are amounts, no codes."""

from nlp.codes.finder import find_codes
from nlp.pipeline import analyse


def _codes(text: str) -> tuple[list[str], list[tuple[str, str]]]:
    codes, ranges = find_codes(text)
    return [code.code for code in codes], [(found.code_from, found.code_to) for found in ranges]


# --- codes: a range over many subheadings is no single number corrected ------------------------------------------


def test_rates_revised_for_all_subheadings_from_one_code_to_another_keep_the_range():
    text = "Duty rates shall be revised for all subheadings from 7304.11 to 7304.90 as listed in Schedule B.\n"
    assert _codes(text) == ([], [("730411", "730490")])


def test_goods_moved_from_subheadings_one_to_another_keep_the_range():
    text = "The surcharge covers goods moved from subheadings 7606.11 to 7606.92 into a free zone after 1 May 2031.\n"
    assert _codes(text) == ([], [("760611", "760692")])


# --- codes: quoted sums swapped in a regulation are amounts ------------------------------------------------------


def test_quoted_sums_with_zero_cents_swapped_are_no_codes():
    text = 'THE CUSTOMS (TARIFF QUOTAS) (AMENDMENT) REGULATIONS 2031\n\n3. In regulation 9(1), for "2000.00" substitute "2250.00".\n'
    assert _codes(text) == ([], [])


# --- dates: a comment period, a figure's change, a past act's date, a licence's validity -------------------------


def _dates(text: str) -> list[tuple[str, str]]:
    return sorted((found.type, str(found.date)) for found in analyse(text)._.dates)


def test_a_french_comment_period_counted_from_a_date_is_no_measure_period():
    text = "Avis\n\nLes intéressés peuvent faire parvenir leurs observations écrites pendant deux mois à compter du 5 mai 2031.\n"
    assert not {kind for kind, _ in _dates(text)} & {"application_start", "application_end"}


def test_a_spanish_figure_rising_by_a_percentage_over_a_year_is_no_rate_stage():
    text = (
        "(9) Las exportaciones de Ruritania registraron un aumento del 22% de 1 de enero de 2030 a 31 de diciembre "
        "de 2030, según las estadísticas nacionales.\n"
    )
    assert not {kind for kind, _ in _dates(text)} & {"application_start", "application_end"}


def test_a_past_imposition_joined_to_a_future_clause_stays_history():
    text = (
        "On 3 February 2031, the Commission imposed by Implementing Regulation (EU) 2031/210 provisional duties on "
        "imports of aluminium foil and the definitive duties will follow in August.\n"
    )
    assert _dates(text) == [("other", "2031-02-03")]


def test_a_licence_valid_for_days_from_its_issue_ends_no_measure():
    text = "Notice to Exporters\n2 June 2031\n\nExport certificates issued under this quota shall be valid for a period of 90 days from the date of issue.\n"
    assert "application_end" not in {kind for kind, _ in _dates(text)}


# --- identifier: an SRO a duty had earlier been imposed through is a cited act ------------------------------------


def test_an_sro_a_duty_had_earlier_been_imposed_through_is_not_the_relays_number():
    text = (
        "Duty on imported batteries raised\n\nKARACHI: The government had previously levied regulatory duty through "
        "SRO 88(I)/2016 on imported batteries. On Monday the Federal Board of Revenue notified SRO 612(I)/2031 "
        "raising the duty to 15 percent.\n"
    )
    found = analyse(text)._.identifier
    assert found is None or found.text == "SRO 612(I)/2031"


# --- rates: a zero a condition awaits or the notice leaves untouched ---------------------------------------------


def _rates(text: str) -> list[tuple]:
    return [(found.value, found.unit) for found in analyse(text)._.rates]


def test_a_zero_tariff_awaiting_a_condition_is_no_rate():
    text = "If Freedonia removes its duties on our exports, the retaliatory tariff is zero for its goods.\n"
    assert _rates(text) == []


def test_a_zero_tariff_the_notice_leaves_untouched_is_no_rate():
    text = "Under the UK agreement, the tariff is zero for British copper cathodes; this notice does not modify that treatment.\n"
    assert _rates(text) == []
