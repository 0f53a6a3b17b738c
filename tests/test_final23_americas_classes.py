"""Canadian preference and consolidation notices, New Zealand concession advertisements and a Mexican DOF notice, by
class (round 20 second pass, final23 3425-3431): a Canadian preferential tariff (LDCT, GPT) withdrawn or granted in
the passive voice, or an order named for its withdrawal, acts on a preference; a tariff concession advertised for
objection (proposed concessions) is a duty suspension; the French or English text of classification numbers updated
changes the nomenclature; a notice written to advise of amendments to a consolidated tariff reports each change's
effective day as its own, months before the notice; a Spanish act named in quotation marks is a cited act, not the
title; a CBSA notice's heading 'CN 31-044, …' gives its number. Guards pin a present-perfect change of long ago in an
ordinary notice as history, and an unquoted Spanish act name as the title. Every passage is written for these tests."""

from tests.fact_readers import dates, identifier, measures, title


def test_a_least_developed_country_tariff_withdrawn_in_the_passive_is_a_preference():
    text = (
        "Least Developed Country Tariff Withdrawal (2031 Review) Order\n\n"
        "## Withdrawal of Entitlement\n\n"
        "### 1\n\n"
        "Entitlement to the benefit of the Least Developed Country Tariff is withdrawn in respect of all goods that"
        " originate in the following countries:\n\n"
        "Ruritania and Freedonia.\n\n"
        "### 2\n\n"
        "This Order comes into force on January 1, 2033.\n"
    )
    assert measures(text) == ["preference"]


def test_an_order_named_for_a_least_developed_country_tariff_extension_is_a_preference():
    text = "Least Developed Country Tariff Extension Order (2031)\n\nThis Order comes into force on January 1, 2032.\n"
    assert measures(text) == ["preference"]


def test_a_tariff_concession_advertised_for_objection_is_a_duty_suspension():
    text = (
        "Tariff Concession (Advertisement) Notice No. 2031/4\n\n"
        "Applications Advertised for Objection\n\n"
        "Closing Date for Objections 3 May 2031\n\n"
        "  1. Notice is hereby given that the following applications have been made in respect of the goods"
        " advertised in the Schedule to this notice. Any person wishing to lodge an objection should do so in"
        " writing before 3 May 2031.\n\n"
        "SCHEDULE\n\nTariff\nItem\n\nProposed Tariff Concession\n\n7318.15.00\n\nStainless steel bolts for marine use\n"
    )
    assert measures(text) == ["duty_suspension"]


def test_the_french_text_of_classification_numbers_updated_changes_the_nomenclature():
    text = (
        "CN 31-044, Amendments to the Departmental Consolidation of the Customs Tariff\n\n"
        "4. In addition, the French text of 7318.15.00.10 and 7318.16.00.20 has been updated to better align with"
        " the English text.\n"
    )
    assert measures(text) == ["nomenclature_change"]


AMENDMENT_NOTICE = (
    "CN 31-044, Amendments to the Departmental Consolidation of the Customs Tariff\n\n"
    "July 20, 2031\n\n"
    "1. The Canada Border Services Agency (CBSA) wishes to advise of an amendment to the January 1, 2031 version of"
    " the Departmental Consolidation of the Customs Tariff.\n\n"
    "2. The country of Ruritania has been granted the benefits of the General Preferential Tariff (GPT), effective"
    " April 14, 2031. The List of Countries and Applicable Tariff Treatments has been updated.\n"
)


def test_an_amendment_notice_reports_its_changes_effective_day_months_before_it():
    assert ("entry_into_force", "2031-04-14") in dates(AMENDMENT_NOTICE)


def test_a_change_of_long_ago_in_an_ordinary_notice_stays_history():
    text = AMENDMENT_NOTICE.replace("wishes to advise of an amendment to", "has published")
    assert ("other", "2031-04-14") in dates(text)


def test_a_cbsa_notice_heading_gives_its_number():
    assert identifier(AMENDMENT_NOTICE) == "CN 31-044"


MEXICAN_NOTICE = (
    "AVISO sobre la revisión de cuotas compensatorias.\n"
    "Al margen un sello con el Escudo Nacional, que dice: Estados Unidos Mexicanos.- Secretaría de Economía.\n"
    "AVISO SOBRE LA REVISIÓN DE CUOTAS COMPENSATORIAS\n"
    "Se comunica a los productores nacionales que podrán solicitar el examen de las cuotas compensatorias.\n"
    "La solicitud podrá presentarse por vía electrónica conforme a lo dispuesto en el {act}, publicado en el"
    " Diario Oficial de la Federación el 9 de marzo de 2030.\n"
)


def test_a_spanish_act_named_in_quotation_marks_is_cited_not_the_title():
    act = '"Acuerdo por el que se establecen medidas para facilitar los trámites de comercio exterior"'
    assert title(MEXICAN_NOTICE.format(act=act)) == "AVISO sobre la revisión de cuotas compensatorias"


def test_an_unquoted_spanish_act_name_opening_a_line_stays_a_title():
    text = (
        "Diario Oficial\n\n"
        "ACUERDO por el que se establecen medidas para facilitar los trámites de comercio exterior.\n"
        "Al margen un sello con el Escudo Nacional.\n"
    )
    assert title(text) == "ACUERDO por el que se establecen medidas para facilitar los trámites de comercio exterior"
