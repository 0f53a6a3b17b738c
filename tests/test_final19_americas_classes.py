"""Canadian trade remedy notices and the brokers' relays of them, and a Latin American subsidy investigation, by class
(round 16 second pass, final19 2625-2634): provisional duty payable on goods released on or after the day of a
preliminary determination applies from that day; a relay's own date line over its lead makes the decision the lead
reports another body's act (`other`), while the official notice, its signature date left blank, is dated by it; a
remedy table prints the margins the duty is built from beside the duty, and only the duty column holds rates,
whether its cells are set apart by bars or by spaces; 'dumped and subsidized goods' names both remedies; Spanish
'presuntas subvenciones' is a countervailing case. Every passage is written for these tests."""

import pytest

from nlp.pipeline import analyse
from tests.test_dates_families import DOC, OTHER, PUB, START, typed

# --- provisional duty on goods released on or after a day ------------------------------------------------------------

PROVISIONAL_CASES = {
    "duties will now be payable on goods released on or after": (
        "CTW 2031 IN: Certain copper tube\nNotice of preliminary determination\nOttawa,\n"
        "On March 3, 2031, the Canada Border Services Agency, pursuant to subsection 38(1) of the Special Import "
        "Measures Act, made a preliminary determination of dumping with respect to certain copper tube from "
        "Ruritania.\nProvisional duties will now be payable on the subject goods that are released from customs on "
        "or after March 3, 2031.\n",
        {(DOC, "2031-03-03", False), (START, "2031-03-03", False)},
    ),
    "a provisional countervailing duty levied on goods imported on or after": (
        "Notice of preliminary determination of subsidizing: certain steel grating from Freedonia\n"
        "Provisional countervailing duty is levied on the subject goods imported into Canada on or after "
        "11 June 2031, at the rates set out in the schedule.\n",
        {(START, "2031-06-11", False)},
    ),
}


@pytest.mark.parametrize("case", PROVISIONAL_CASES)
def test_provisional_duty_on_goods_released_on_or_after_a_day_applies_from_it(case):
    text, expected = PROVISIONAL_CASES[case]
    assert typed(text, jurisdiction="CA") == expected


def test_a_relay_under_its_own_date_line_reports_the_decision_as_another_bodys_act():
    text = (
        "Certain Aluminium Ladders, Notice of Preliminary Determination\n\nNovember 14, 2031\n\n"
        "On November 12, 2031, the Canada Border Services Agency (CBSA), pursuant to subsection 38(1) of the Special "
        "Import Measures Act (SIMA), made a preliminary determination of dumping with respect of certain aluminium "
        "ladders from Ruritania and Freedonia.\n\n"
        "Provisional duty will now be payable on the subject goods that are released from customs on or after "
        "November 12, 2031.\n\nInformation Source:\nCanada Border Services Agency (CBSA)\n"
    )
    assert typed(text, jurisdiction="CA") == {
        (PUB, "2031-11-14", False),
        (OTHER, "2031-11-12", False),
        (START, "2031-11-12", False),
    }


# --- a remedy table: margins beside the duty ---------------------------------------------------------------------------


def _rates(text: str) -> list[tuple[float, str | None]]:
    return sorted((float(r.value), r.applies_to) for r in analyse(text, jurisdiction="CA")._.rates)


def test_a_barred_remedy_table_gives_its_duty_column_only():
    text = (
        "Notice of preliminary determinations: certain wire rod from Ruritania\n\n"
        "Provisional duties are payable on the subject goods released on or after May 5, 2031.\n\n"
        "Exporter | Estimated margin of dumping1 | Estimated amount of subsidy1 | Total provisional duties payable1 |\n"
        "---|---|---|---|\nRuritania | |||\nSteelworks Ruritania Ltd. | 14.1% | 3.2% | 17.3% |\n"
        "All other exporters | 61.0% | 22.4% | 83.4% |\n1Expressed as a percentage of export price |\n"
    )
    assert _rates(text) == [(17.3, "Steelworks Ruritania Ltd."), (83.4, "All other exporters")]


def test_a_remedy_table_set_apart_by_spaces_gives_its_duty_column_only():
    text = (
        "Notice of preliminary determinations: certain pea starch from Freedonia\n\n"
        "Provisional duties will now be payable on the subject goods released on or after June 2, 2031.\n\n"
        "Estimated margins of dumping, amount of subsidy and provisional duties\n"
        "Exporter Estimated margin of dumping Estimated amount of subsidy1 Provisional duties1\n"
        "Freedonia Starch Co., Ltd. 0% 2.7% 2.7%\n"
        "Harbour Foods Co., Ltd. 9.5% 0.4% 9.5%2\n"
        "All other exporters 40.2% 15.1% 55.3%\n"
    )
    assert _rates(text) == [
        (2.7, "Freedonia Starch Co., Ltd."),
        (9.5, "Harbour Foods Co., Ltd."),
        (55.3, "All other exporters"),
    ]


def test_a_regulations_table_of_margins_and_the_duty_rate_gives_the_duty_rate():
    text = (
        "Article 1\n\n1. A definitive anti-dumping duty is imposed on imports of ceramic tiles originating in "
        "Ruritania.\n\n2. The rates of the definitive anti-dumping duty shall be as follows:\n\n"
        "Company | Dumping margin | Injury margin | Anti-dumping duty rate |\n---|---|---|---|\n"
        "Tile Works Ltd | 48.2% | 31.5% | 31.5% |\nAll other companies | 70.4% | 52.9% | 52.9% |\n"
    )
    assert [value for value, _ in _rates(text)] == [31.5, 52.9]


# --- measure types ---------------------------------------------------------------------------------------------------


def _measures(text: str, jurisdiction: str | None = None) -> list[str]:
    return sorted(m.type for m in analyse(text, jurisdiction=jurisdiction)._.measures)


def test_dumped_and_subsidized_goods_name_both_remedies():
    text = (
        "Notice of preliminary determinations: certain fasteners\n\n"
        "The Agency imposes provisional duty on imports of dumped and subsidized goods of the same description as the "
        "goods to which the preliminary determinations apply, originating in Ruritania.\n"
    )
    assert _measures(text, "CA") == ["anti_dumping", "countervailing"]


def test_an_investigation_of_alleged_subsidies_is_a_countervailing_case():
    text = (
        "RESOLUCIÓN 88 DEL 2 DE MARZO DE 2031\n\nEL DIRECTOR DE COMERCIO EXTERIOR\n\nRESUELVE\n\n"
        "Artículo 1. Ordenar el inicio de una investigación para determinar la existencia de presuntas subvenciones "
        "en las importaciones de queso fresco originarias de Ruritania.\n"
    )
    assert _measures(text) == ["countervailing"]
