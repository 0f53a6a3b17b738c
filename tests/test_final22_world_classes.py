"""Gazettes of the rest of the world, by class (round 19 second pass, final22 3237-3248): a table flattened into
running text with ' .' between its cells (a Diário Oficial da União mirror) is read as a table, its codes, periods,
quotas and 0 % Ex rows; the DOU's page masthead and signature footer name Brazil and the issue's day; an Indian
order's clauses after its enacting words ('... hereby makes the following order, namely:-' / '1. Short title and
commencement. - (1) ... (2) ...') are operative, not recitals; a provision 'not operative for a period of N years
from' publication ends the day before the anniversary; a Quality Control Order is a technical regulation and its
enforcement suspended for some entries an exclusion; a Hindi ministry line is no title; a cell of a code column
holding two solid codes is read like its neighbours. Every passage is written for these tests."""

import pytest

from nlp.pipeline import analyse


def dates(text: str, jurisdiction: str | None = None) -> set[tuple[str, str]]:
    return {(d.type, d.date) for d in analyse(text, jurisdiction=jurisdiction)._.dates}


def codes(text: str, jurisdiction: str | None = None) -> set[str]:
    return {c.code for c in analyse(text, jurisdiction=jurisdiction)._.codes}


def measure_types(text: str, jurisdiction: str | None = None) -> set[str]:
    return {m.type for m in analyse(text, jurisdiction=jurisdiction)._.measures}


# --- a table flattened into running text with ' .' between its cells --------------------------------------------------

DOU_PAGE = (
    "Documento assinado digitalmente conforme MP nº 2.200-2 de 24/08/2001, que institui a Infraestrutura de Chaves "
    "Públicas Brasileira - ICP-Brasil. 12 Nº 214, terça-feira, 11 de novembro de 2031 ISSN 1677-7042 Seção 1 "
    "ANEXO I . .NCM .Nº Ex .Alíquota (%) .Descrição .Quota .Início da Vigência .Término da Vigência . "
    ".2933.39.99 .071 .0 .Contendo ribociclibe .- .11/11/2031 .- . "
    ".3907.61.00 .002 .0 .Poli(tereftalato de etileno) com viscosidade intrínseca de 0,80 dl/g .9.500 toneladas "
    ".11/11/2031 .10/05/2032 . .1604.14.10 .- .0 .Atuns em conserva .15.000 toneladas .01/01/2032 .31/12/2032 "
    "ANEXO II . .NCM .Descrição . .8481.80.99 .Válvulas de esfera para gasodutos"
)


def test_a_dot_celled_table_gives_its_codes():
    assert codes(DOU_PAGE) == {"29333999", "39076100", "16041410", "84818099"}


def test_a_dot_celled_table_gives_each_rows_period_under_its_columns():
    found = dates(DOU_PAGE)
    assert {
        ("application_start", "2031-11-11"),
        ("application_end", "2032-05-10"),
        ("application_start", "2032-01-01"),
        ("application_end", "2032-12-31"),
    } <= found


def test_the_dou_masthead_dates_the_issue_and_its_footer_names_brazil():
    doc = analyse(DOU_PAGE)
    assert ("publication", "2031-11-11") in {(d.type, d.date) for d in doc._.dates}
    assert doc._.countries == {"implementing": ["BR"], "affected": []}


def test_zero_rated_ex_rows_suspend_the_duty_beside_the_quota():
    assert measure_types(DOU_PAGE) == {"duty_suspension", "tariff_quota"}


def test_an_ellipsis_in_prose_is_no_dot_celled_table():
    text = "A Câmara . . . decidiu reduzir a alíquota do código 8481.80.99 . . . conforme o anexo."
    doc = analyse(text, jurisdiction="BR")
    assert doc._.text == text  # nothing in the view changed


# --- an Indian order: clauses after the enacting words, suspended enforcement --------------------------------------------

QCO_AMENDMENT = (
    "MINISTRY OF HEAVY INDUSTRIES\n"
    "ORDER\n"
    "New Delhi, the 3rd March, 2031\n\n"
    "S.O. 1207(E).— In exercise of the powers conferred by section 16 of the Bureau of Indian Standards Act, 2016 "
    "(11 of 2016), the Central Government, after consulting the Bureau of Indian Standards, hereby makes the "
    "following order to amend the Aluminium Products (Quality Control) Order, 2029, namely: -\n"
    "1. Short title and commencement. - (1) This order may be called the Aluminium Products (Quality Control) "
    "Amendment Order, 2031.\n"
    "(2) It shall come into force on the date of its publication in the Official Gazette.\n"
    "2. In the Aluminium Products (Quality Control) Order, 2029, in the Schedule, enforcement of IS Number and IS "
    "Title at serial numbers 4, 9 and 12 shall not be operative for a period of 2 years from date of publication "
    "in the gazette.\n\n"
    "[F. No. 7/14/2030-AEI]\n"
    "R. K. SHARMA, Jt. Secy.\n\n"
    "NEW DELHI, WEDNESDAY, MARCH 5, 2031\n"
)


def test_the_clauses_after_an_orders_enacting_words_give_its_entry_into_force():
    assert ("entry_into_force", "2031-03-05") in dates(QCO_AMENDMENT)


def test_a_provision_not_operative_for_a_period_from_publication_ends_the_day_before_the_anniversary():
    found = dates(QCO_AMENDMENT)
    assert ("application_end", "2033-03-04") in found
    assert ("entry_into_force", "2033-03-05") not in found


def test_a_provision_not_operative_for_a_period_up_to_a_day_ends_that_day():
    text = QCO_AMENDMENT.replace(
        "shall not be operative for a period of 2 years from date of publication in the gazette",
        "shall not be operative for a period up to 30th September, 2031",
    )
    found = dates(text)
    assert ("application_end", "2031-09-30") in found
    assert ("entry_into_force", "2031-09-30") not in found


def test_a_quality_control_order_suspended_for_some_entries_is_a_technical_regulation_and_an_exclusion():
    assert measure_types(QCO_AMENDMENT) == {"sps_tbt", "exclusion"}


def test_a_hindi_ministry_line_is_no_title():
    text = "भारी उद्योग मंत्रालय\nआदेश\nनई दिल्ली, 3 मार्च, 2031\n\n" + QCO_AMENDMENT
    assert analyse(text)._.official_title is None


# --- a code column whose cell holds two solid codes --------------------------------------------------------------------

STANDARDS_TABLE = (
    "Schedule 1\n"
    "3.\nIS 2062 : 2011\nHot rolled medium and high tensile structural steel\n72085110\n\nWith immediate effect\n"
    "4.\nIS 1786 : 2008\nHigh strength deformed steel bars and wires\n73121090 \n\nWith immediate effect\n"
    "5.\nIS 13620 : 1993\nFusion bonded epoxy coated reinforcing bars\n72142090 72159090  \nWith immediate effect\n"
)


@pytest.mark.parametrize("code", ["72142090", "72159090"])
def test_two_solid_codes_in_one_cell_of_a_code_column_are_codes(code):
    assert code in codes(STANDARDS_TABLE, jurisdiction="IN")


# --- a Vietnamese measure extended until a day ----------------------------------------------------------------------------


def test_a_vietnamese_extension_until_a_day_is_the_measures_end():
    text = (
        "Bộ Công Thương vừa ban hành Quyết định số 1402/QĐ-BCT về kết quả rà soát cuối kỳ biện pháp chống bán phá giá "
        "đối với một số sản phẩm nhôm định hình có xuất xứ từ Trung Quốc.\n\n"
        "Theo đó, biện pháp chống bán phá giá được gia hạn thêm 5 năm đến ngày 14 tháng 6 năm 2036.\n"
    )
    assert ("application_end", "2036-06-14") in dates(text, jurisdiction="VN")


# --- an Indonesian regulation's codes: a list whose comma touches the next code, subheadings after 'subpos' ------------

INDONESIAN_CODES = (
    "Pasal 1\nTerhadap impor produk kaca lembaran, selain dari barang subpos 7005.10 dan 7005.30, yang termasuk dalam "
    "pos tarif 7005.21.10, 7005.21.90,7005.29.10 dan 7005.29.90, dikenakan Bea Masuk Tindakan Pengamanan.\n"
)


@pytest.mark.parametrize("code", ["70052910", "700510", "700530"])
def test_indonesian_codes_after_a_touching_comma_and_after_subpos(code):
    assert code in codes(INDONESIAN_CODES, jurisdiction="ID")


# --- an Indian import policy condition: imports only through nominated agencies -------------------------------------------


def test_imports_allowed_only_through_nominated_agencies_are_licensing():
    text = (
        "MINISTRY OF COMMERCE AND INDUSTRY\n(DIRECTORATE GENERAL OF FOREIGN TRADE)\nNOTIFICATION\n"
        "New Delhi, the 9th October, 2031\nNo. 31/2031-32\n"
        "S.O. 4410(E).— In exercise of powers conferred by Section 3 of the Foreign Trade (Development & Regulation) "
        "Act, 1992, the Central Government hereby amends the import policy condition of the ITC (HS) code below:\n"
        "| ITC(HS) Code | Item description | Import Policy | Revised Import Policy Condition |\n"
        "| 71081200 | Gold, other unwrought forms | Restricted | Import is allowed only through nominated agencies "
        "as notified by RBI. |\n"
    )
    assert measure_types(text, jurisdiction="IN") == {"licensing"}


def test_an_enacting_clause_with_immediate_effect_is_in_force_on_the_acts_day():
    text = (
        "MINISTRY OF COMMERCE AND INDUSTRY\n(DIRECTORATE GENERAL OF FOREIGN TRADE)\nNOTIFICATION\n"
        "New Delhi, the 9th October, 2031\nNo. 31/2031-32\n"
        "S.O. 4410(E).— In exercise of powers conferred by Section 3 of the Foreign Trade (Development & Regulation) "
        "Act, 1992, the Central Government hereby amends the import policy condition of specific ITC (HS) codes "
        "under Chapter 71 of ITC (HS), 2022, Schedule - I (Import Policy) with immediate effect:\n"
    )
    assert ("entry_into_force", "2031-10-09") in dates(text, jurisdiction="IN")
