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


# --- an Australian customs notice, a Canadian customs notice, a WTO notification, a Latin American epigraph ----------

AUSTRALIAN_NOTICE = (
    "Australian Customs Notice No. 2031/12 Extension of Concessional Rate of Customs Duty for Water Purifiers The "
    "concessional rate of customs duty for portable water purifiers will be extended to 30 June 2031. New Item 61B of "
    "Schedule 4 of the Customs Tariff Act 1995 operates from 1 January 2031. Previous Item 61 and By-law no. 2955120 "
    "that operated from 1 March 2030 will not be available for use from that time. [Signed] Jane Roe Assistant "
    "Secretary Trade Policy Branch 18 December 2030\n"
)


def test_a_flattened_signature_block_dates_the_notice_and_a_former_items_start_is_history():
    dates = typed(AUSTRALIAN_NOTICE, jurisdiction="AU")
    assert (DOC, "2030-12-18", False) in dates
    assert (OTHER, "2030-03-01", False) in dates
    assert ("entry_into_force", "2030-03-01", False) not in dates


def test_a_concessional_rate_under_schedule_4_is_a_duty_suspension():
    assert _measures(AUSTRALIAN_NOTICE, "AU") == ["duty_suspension"]


def test_a_concessional_rate_within_a_tariff_rate_quota_is_the_quotas_in_quota_rate():
    # integration of round 16: the Australian concessional rate met an Indian quota allocation's wording
    text = (
        "The Directorate General of Foreign Trade has notified the procedure for the allocation of quota for import of "
        "skimmed milk powder at concessional rate of duty under the Tariff Rate Quota (TRQ) mechanism for 2031-32.\n"
    )
    assert _measures(text, "IN") == ["tariff_quota"]


def test_an_australian_customs_notice_number_is_the_identifier():
    doc = analyse(AUSTRALIAN_NOTICE, jurisdiction="AU")
    assert doc._.identifier.text == "Australian Customs Notice No. 2031/12"


def test_substituted_classification_numbers_change_the_nomenclature():
    text = (
        "Customs Notice 31-40: January 1, 2032 Version of the Departmental Consolidation of the Customs Tariff\n"
        "Ottawa,\n1. The purpose of this notice is to advise that the 2032 Tariff is now available.\n"
        "2. The 2032 Tariff reflects the substitution of certain tariff classification pre-ambles and tariff "
        "classification numbers in chapters 39 and 73.\n"
    )
    assert _measures(text, "CA") == ["nomenclature_change"]


def test_a_day_stated_as_a_length_after_an_event_and_then_as_a_date_is_when_the_measure_takes_effect():
    text = (
        "6. Provide proposed date of introduction of the measure.\nThe measure is scheduled to take effect 15 days "
        "after the signing of the proclamation by the President, or on March 18, 2031.\n"
    )
    assert typed(text, jurisdiction="US") == {("entry_into_force", "2031-03-18", False)}


def test_an_epigraph_naming_the_resolution_that_opened_the_investigation_cites_another_act():
    text = (
        "Por la cual se adopta la determinación final dentro de la investigación iniciada mediante la Resolución 45 "
        "del 9 de febrero de 2031\nRESOLUCIÓN 310 DEL 22 DE OCTUBRE DE 2031\n"
        "MINISTERIO DE COMERCIO, INDUSTRIA Y TURISMO\n"
    )
    dates = typed(text, jurisdiction="CO")
    assert (OTHER, "2031-02-09", False) in dates
    assert (DOC, "2031-10-22", False) in dates


def test_a_gazette_issue_date_over_the_official_notice_leaves_the_decision_its_date():
    text = (
        "Canada Gazette, Part I, Volume 165, Number 12: COMMISSIONS\nMarch 22, 2031\n"
        "CANADA BORDER SERVICES AGENCY\nSPECIAL IMPORT MEASURES ACT\nCertain copper tube — Decision\n"
        "On March 10, 2031, pursuant to subsection 38(1) of the Special Import Measures Act (SIMA), the Canada Border "
        "Services Agency (CBSA) made a preliminary determination of dumping respecting certain copper tube from "
        "Ruritania.\n"
    )
    dates = typed(text, jurisdiction="CA")
    assert (PUB, "2031-03-22", False) in dates
    assert (DOC, "2031-03-10", False) in dates
