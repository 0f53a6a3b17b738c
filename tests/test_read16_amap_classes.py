"""Latin America and Asia-Pacific documents of kinds the sets lacked (issue 15, round 13, read16-amap): the classes their
misses showed. Numbers of Philippine customs memorandum orders under their bureau's initials, Spanish resolutions
written 'N.º', Mercosur council and group designations and Pacific acts, decrees and circulars 'NO. n OF yyyy'; a
capitals title between an act's number and its preamble; Mercosur's councils and COMIECO acting for their members (who
are then no origins), Fiji's and Taiwan's own words; Spanish 'provenientes de'; dates in a register's fields glued to
their labels, Spanish days with one 'de' left out, Thai Buddhist Era dates without their mark, a budget's changes after
midnight, an implementation date, an assent date in square brackets, an open period 'and thereafter' and an act's own
commencement before its assent; Mercosur's exceptions to the common external tariff, an HS amendment taken into a
tariff, a duty 'reduced from … to …' and a minimum tariff rate raised; a 'Duty Suspension Scheme' named as a place;
a change's figures after a description of the goods, a textual amendment's table quoting its cells; a Chilean
8-digit item after 'código arancelario'. Every passage is written for these tests."""

from datetime import date

from nlp.countries.groups import member_states
from nlp.pipeline import analyse
from tests.fact_readers import affected, dates, identifier, jurisdiction, measures, title


def codes(text: str) -> list[str]:
    return sorted(mention.code for mention in analyse(text)._.codes)


def rate_values(text: str, source: str | None = None) -> list[tuple[float, str]]:
    return sorted({(rate.value, rate.unit) for rate in analyse(text, jurisdiction=source)._.rates})


# --- identifiers and titles -----------------------------------------------------------------------------------------


def test_a_philippine_customs_memorandum_order_headed_in_brackets_by_its_bureau_is_numbered_by_its_order():
    text = (
        "[ BOC CUSTOMS MEMORANDUM ORDER NO. 14-2031, March 3, 2031 ]\n\nIMPLEMENTATION OF EO 77\n\n"
        "The rates of import duty under EO 77 shall apply to goods entered on 1 March 2031 and thereafter.\n"
    )
    assert identifier(text).casefold() == "customs memorandum order no. 14-2031"  # case as the eval compares it


def test_a_spanish_resolution_numbered_with_a_dotted_ordinal_sign_is_its_identifier():
    text = "Resolución N.º 512-2031 (COMIECO)\n\nAprobar la modificación del Arancel Centroamericano de Importación.\n"
    assert identifier(text) == "Resolución N.º 512-2031"


def test_a_mercosur_group_resolution_is_numbered_by_its_designation_and_titled_by_the_capitals_under_it():
    text = (
        "MERCOSUR/GMC/RES. Nº 12/31\n"
        "REGLAMENTO DEL ARANCEL EXTERNO COMUN\n"
        "VISTO: El Tratado de Asunción y el Protocolo de Ouro Preto.\n"
        "CONSIDERANDO:\nQue es necesario actualizar los niveles arancelarios.\n"
        "EL GRUPO MERCADO COMÚN\nRESUELVE:\nArt. 1 - Aprobar el reglamento que figura como Anexo.\n"
    )
    assert (identifier(text), title(text)) == ("MERCOSUR/GMC/RES. Nº 12/31", "REGLAMENTO DEL ARANCEL EXTERNO COMUN")


def test_a_pacific_decree_and_a_revenue_circular_are_numbered_of_their_year():
    decree = (
        "REPUBLIC OF FIJI\n\nCUSTOMS TARIFF (AMENDMENT) DECREE 2031\n(DECREE NO. 7 OF 2031)\n\n"
        "A DECREE TO AMEND THE CUSTOMS TARIFF ACT 1986\n"
    )
    circular = "FIJI REVENUE AND CUSTOMS SERVICE\n\nPUBLIC CIRCULAR NO. 4 OF 2031\n\nCHANGES TO FISCAL DUTY RATES\n"
    found = (identifier(decree).casefold(), identifier(circular).casefold())  # case as the eval compares it
    assert found == ("decree no. 7 of 2031", "public circular no. 4 of 2031")


def test_a_circulars_subject_under_its_number_is_its_title_without_the_number():
    text = "FIJI REVENUE AND CUSTOMS SERVICE\n\nPUBLIC CIRCULAR NO. 4 OF 2031\n\nCHANGES TO FISCAL DUTY RATES\n\n1. The rates below apply.\n"
    assert title(text) == "CHANGES TO FISCAL DUTY RATES"


# --- who acts, and for whom -----------------------------------------------------------------------------------------


def test_mercosurs_council_acts_for_the_states_parties_of_the_acts_day():
    text = (
        "MERCOSUR/CMC/DEC. Nº 40/31\nPRODUCTOS DE INFORMATICA\nVISTO: El Tratado de Asunción.\n"
        "EL CONSEJO DEL MERCADO COMÚN\nDECIDE:\nArt. 1 - Prorrogar el régimen.\n"
    )
    assert jurisdiction(text) == ["MERCOSUR"]
    assert sorted(member_states("MERCOSUR", date(2003, 12, 16))) == ["AR", "BR", "PY", "UY"]


def test_comieco_acts_for_the_central_american_customs_union():
    text = (
        "El Consejo de Ministros de Integración Económica (COMIECO) aprueba las modificaciones al Arancel "
        "Centroamericano de Importación y al Sistema Arancelario Centroamericano.\n"
    )
    assert jurisdiction(text) == ["SICA"]


def test_fijis_act_is_fijis_though_it_amends_a_customs_tariff_act():
    text = (
        "REPUBLIC OF FIJI\nCustoms Tariff (Amendment) Act 2031\nACT NO. 9 OF 2031\n"
        "ENACTED by the Parliament of the Republic of Fiji—\n1. This Act may be cited as the Customs Tariff (Amendment) "
        "Act 2031.\n"
    )
    assert jurisdiction(text) == ["FJ"]


def test_taiwans_customs_administration_in_traditional_characters_acts():
    text = "財政部關務署表示，依據平衡稅及反傾銷稅課徵實施辦法，對進口鋁箔課徵反傾銷稅，共徵收新台幣3億元。"
    assert jurisdiction(text) == ["TW"]


def test_the_states_a_mercosur_decision_lets_list_more_items_are_no_origins():
    text = (
        "MERCOSUR/CMC/DEC. Nº 41/31\nARANCEL EXTERNO COMUN\nVISTO: El Tratado de Asunción.\n"
        "EL CONSEJO DEL MERCADO COMÚN\nDECIDE:\nArt. 1 - Hasta el 2033, Paraguay y Uruguay podrán mantener hasta 200 "
        "ítem como excepciones al Arancel Externo Común.\n"
    )
    assert affected(text) == []


def test_goods_provenientes_de_a_country_come_from_it():
    text = (
        "La Comisión decidió aplicar un derecho antidumping a las importaciones de alambrón provenientes de Vietnam, "
        "según el acta de la sesión.\n"
    )
    assert affected(text) == ["VN"]


# --- dates ----------------------------------------------------------------------------------------------------------


def test_a_registers_fields_glued_to_their_values_date_the_act_and_its_publication():
    text = (
        "Acuerdo por el que se da a conocer el cupo para importar carne de bovino originaria de Nueva Zelandia\n\n"
        "Fecha de disposición14 Abril 2031\nFecha de publicación15 Abril 2031\nEmisorSECRETARIA DE ECONOMIA\n"
    )
    assert dates(text) == [("document_date", "2031-04-14"), ("publication", "2031-04-15")]


def test_a_record_of_an_acts_adoption_dates_the_act_and_not_the_records_own_update():
    text = (
        "Resolución N.º 498-2031 (COMIECO)\n\n  • Fecha de creación 03/05/2031\n  • Última actualización 09/09/2032\n\n"
        "Fecha de adopción: 2 de mayo de 2031\n\nEstatus: Vigente\n"
    )
    assert ("document_date", "2031-05-02") in dates(text)
    assert ("document_date", "2032-09-09") not in dates(text)


def test_a_spanish_date_may_leave_out_either_de():
    text = (
        "Prorrogar, hasta el 30 junio de 2033, el régimen de excepciones. Publicado el 4 de Abril 2031 en el Boletín."
    )
    assert sorted(date for _, date in dates(text)) == ["2031-04-04", "2033-06-30"]


def test_a_thai_date_in_the_buddhist_era_needs_no_mark_before_its_year():
    text = "ข่าวประชาสัมพันธ์\n15 มีนาคม 2574\n\nกรมการค้าต่างประเทศ แจ้งว่า เมื่อวันที่ 2 มีนาคม 2574 ได้มีประกาศ\n"
    assert sorted(date for _, date in dates(text)) == ["2031-03-02", "2031-03-15"]


def test_a_budgets_changes_apply_after_midnight_of_their_day():
    text = (
        "2. The new rates of fiscal duty shall apply to goods arriving in the country by sea or air after midnight, "
        "Friday 6th June, 2031.\n"
    )
    assert dates(text) == [("entry_into_force", "2031-06-06")]


def test_a_day_named_as_the_implementation_date_is_when_the_measure_takes_effect():
    text = "The circular set 1 July 2031 as the implementation date of the new minimum rate of import duty.\n"
    assert dates(text) == [("entry_into_force", "2031-07-01")]


def test_an_acts_assent_date_in_brackets_dates_it_and_its_earlier_commencement_is_its_own():
    text = (
        "REPUBLIC OF FIJI\nCustoms Tariff (Budget Amendment) Act 2031\nACT NO. 11 OF 2031\nI assent.\nA. B. CAKAU\n"
        "President\n[20 July 2031]\nAN ACT\nTO AMEND THE CUSTOMS TARIFF ACT 1986\n"
        "1.—(1) This Act may be cited as the Customs Tariff (Budget Amendment) Act 2031.\n"
        "(2) This Act comes into force on 1 July 2031.\n"
    )
    assert dates(text) == [("document_date", "2031-07-20"), ("entry_into_force", "2031-07-01")]


def test_rates_applied_to_goods_entered_on_a_day_and_thereafter_start_then_though_the_order_is_later():
    text = (
        "[ BOC CUSTOMS MEMORANDUM ORDER NO. 21-2031, April 9, 2031 ]\n\nAPPLICATION OF EO 88\n\n"
        "1. The new rates under EO 88 shall be imposed on all goods entered or withdrawn from warehouse for "
        "consumption on 2 April 2031 and thereafter.\n"
    )
    assert ("application_start", "2031-04-02") in dates(text)


# --- measures -------------------------------------------------------------------------------------------------------


def test_mercosurs_exceptions_to_the_common_external_tariff_change_rates():
    text = "Art. 1 - Los Estados Partes podrán mantener 100 ítem de la NCM como excepciones al Arancel Externo Común.\n"
    assert measures(text) == ["duty_rate_change"]


def test_a_tariff_that_takes_in_an_amendment_of_the_harmonized_system_re_describes_its_codes():
    text = (
        "Aprobar el arancel que incorpora al SAC los resultados de la Octava Enmienda de la Nomenclatura del Sistema "
        "Armonizado.\n"
    )
    assert measures(text) == ["nomenclature_change"]


def test_a_fiscal_duty_reduced_from_one_rate_to_another_is_a_rate_change_and_its_figures_are_rates():
    text = (
        "6. The fiscal duty on motor cycles of an engine capacity of 250cc and below has been reduced from 27% to "
        "10%. This assists commuters.\n"
    )
    assert measures(text) == ["duty_rate_change"]
    assert rate_values(text) == [(10, "percent"), (27, "percent")]


def test_an_order_raising_the_minimum_tariff_rate_changes_rates():
    text = "EXECUTIVE ORDER NO. 301\n\nINCREASING THE MINIMUM TARIFF RATE FROM TWO TO FIVE PERCENT ON ALL ARTICLES\n"
    assert measures(text) == ["duty_rate_change"]


def test_a_duty_suspension_scheme_named_as_a_place_goods_leave_suspends_no_duty():
    text = (
        "3. The rates shall also apply to goods removed for home consumption from bonded warehouses, Duty Suspension "
        "Scheme firms and excise factories.\n"
    )
    assert "duty_suspension" not in measures(text)


# --- rates and codes ------------------------------------------------------------------------------------------------


def test_a_tariff_amendment_table_quoting_its_cells_gives_the_deleted_rate_and_the_free_one():
    text = (
        "2. Part 1 of Schedule 2 is amended by deleting the duty rates in the third column and substituting the new "
        "duty rates in the fourth column for the following tariff items—\n"
        "Tariff Items | Column | Delete | Substitute |\n"
        '0805.50.00 | 3 | "15% " | "Free" |\n'
        '0807.11.00 | 3 | "15% " | "Free " |\n'
    )
    assert rate_values(text, "FJ") == [(0, "percent"), (15, "percent")]


def test_a_chilean_item_written_with_one_dot_after_its_heading_is_a_code_after_codigo_arancelario():
    text = (
        "Se establece un derecho antidumping a las importaciones de barras de acero clasificadas en el código "
        "arancelario 7214.9900 del Sistema Armonizado Chileno.\n"
    )
    assert codes(text) == ["72149900"]


# --- news pages -----------------------------------------------------------------------------------------------------


def test_a_thai_news_items_headline_is_its_title_and_the_date_under_it_the_day_it_was_posted():
    text = (
        "ขยายเวลาการใช้มาตรการตอบโต้การทุ่มตลาดสินค้าท่อเหล็ก\n"
        "12 กุมภาพันธ์ 2574\n\n"
        "ขยายเวลาการใช้มาตรการตอบโต้การทุ่มตลาดสินค้าท่อเหล็ก กรมการค้าต่างประเทศ ประกาศขยายเวลาใช้มาตรการ "
        "กับสินค้าที่มีแหล่งกำเนิดจากสาธารณรัฐประชาชนจีน ออกไปอีก 5 ปี\n"
    )
    assert title(text) == "ขยายเวลาการใช้มาตรการตอบโต้การทุ่มตลาดสินค้าท่อเหล็ก"
    assert ("publication", "2031-02-12") in dates(text)
    assert affected(text) == ["CN"]


def test_a_section_label_over_a_headline_and_its_byline_is_no_title_and_the_byline_dates_the_item():
    text = (
        "Comercio Exterior\n\n"
        "Aduanas aplica sobretasa a importaciones de alambre de acero\n\n"
        "Por: Redacción Central 14 de Mayo 2031\n\n"
        "La Comisión recomendó una sobretasa arancelaria de 12% a las importaciones de alambre originarias de Corea.\n"
    )
    assert title(text) == "Aduanas aplica sobretasa a importaciones de alambre de acero"
    assert ("publication", "2031-05-14") in dates(text)


def test_a_portals_heading_cut_inside_a_word_over_the_title_in_full_gives_the_full_title():
    text = (
        "DOF: 02/03/2031\n"
        "ACUERDO por el que se da a conocer el cupo para importar leche en polvo originaria de los Estados Unidos de Amé\n\n"
        "ACUERDO por el que se da a conocer el cupo para importar leche en polvo originaria de los Estados Unidos de "
        "América.\n\n"
        "Al margen un sello con el Escudo Nacional, que dice: Estados Unidos Mexicanos.- Secretaría de Economía.\n"
    )
    assert title(text) == (
        "ACUERDO por el que se da a conocer el cupo para importar leche en polvo originaria de los Estados Unidos de "
        "América"
    )


def test_a_rate_that_does_not_apply_to_a_preferential_schedule_is_no_preference_measure():
    text = (
        "SECTION 1. Articles under section 104 shall pay an import duty of five percent (5%).\n\n"
        "SECTION 2. The five percent rate shall not apply to the schedule of tariff reductions under the ASEAN "
        "Free Trade Area preferential scheme.\n"
    )
    assert "preference" not in measures(text)


def test_a_rate_raised_from_one_spelled_figure_to_another_gives_both_ends():
    text = (
        "EXECUTIVE ORDER NO. 302\n\nRAISING THE MINIMUM RATE OF IMPORT DUTY FROM ONE TO FOUR PERCENT ON ARTICLES UNDER "
        "SECTION 1611\n\nSECTION 1. The articles shall pay the rate of import duty of four percent.\n"
    )
    assert rate_values(text) == [(1, "percent"), (4, "percent")]


def test_a_thai_registers_heading_over_its_first_field_is_no_title():
    text = "รายละเอียดมาตรการของสินค้า\n\nประเภทของมาตรการ : AD\nชื่อสินค้า : ท่อเหล็กกล้าไร้สนิม\nCASE ID : AD1099\n"
    assert title(text) is None
