"""Brazilian resolutions and ordinances, a Vietnamese decision and an Indonesian relay, by class (round 20 second pass,
final23 3437-3447): a period table whose header a web page laid out one cell per line ("Início da Vigência" /
"Término da Vigência") still makes each row's two adjacent dates a period; a flattened table row's "<date> a <date>"
under a header line ending with its VIGÊNCIA column is that period; a lower-case "publicada no Diário Oficial da União
em" opening a hard-wrapped line cites another act's publication, not this one's; Indonesian "berlaku efektif mulai
<date>" is the act's entry into force; Vietnam's national motto over an act is no title. A guard pins the capitalised
portal line that stays this act's publication. Every passage is written for these tests."""

from nlp.pipeline import analyse
from tests.fact_readers import dates, title


def codes(text: str) -> list[str]:
    return sorted(code.code for code in analyse(text)._.codes)


HEADING = (
    "RESOLUÇÃO GECEX Nº 901, DE 14 DE MARÇO DE 2031\n\n"
    "Altera o Anexo IX da Resolução Gecex nº 272, de 19 de novembro de 2021.\n\n"
    "Art. 1º Ficam incluídos, no Anexo IX da Resolução Gecex nº 272, de 19 de novembro de 2021, os produtos conforme"
    " constam do Anexo Único desta Resolução.\n\n"
    "Art. 2º Esta Resolução entra em vigor na data de sua publicação.\n\n"
    "ANEXO ÚNICO\n\n"
)


def test_a_period_header_laid_out_one_cell_per_line_makes_each_row_a_period():
    """Class: period columns whose header cells stand one per line ("Início da Vigência" / "Término da Vigência")."""
    cells = ["NCM", "Ex", "Alíquota II", "Descrição", "Início da Vigência", "Término da Vigência"]
    row = ["3904.10.10", "-", "14%", "-- Outros", "02/04/2031", "01/04/2032"]
    text = HEADING + "\n\n".join([*cells, *row]) + "\n"
    assert ("application_start", "2031-04-02") in dates(text)
    assert ("application_end", "2032-04-01") in dates(text)
    assert ("entry_into_force", "2031-04-02") not in dates(text)


def test_a_bar_ended_period_header_over_rows_that_drop_their_empty_cells():
    """Class: the same header with each cell line ending with '|' (a portal's rendering) over rows that leave out their
    empty cells (no 'Nº Ex', no 'Quota'): the cells cannot be counted into columns, the header still names the pair."""
    cells = ["|", "NCM |", "Nº Ex |", "Alíquota (%) |", "Descrição |", "Quota |", "Início da Vigência |"]
    cells += ["Término da Vigência |", "|"]
    row = ["2905.11.00 |", "12 |", "Metanol |", "10/06/2031 |", "09/06/2032 |", "||"]
    text = HEADING + "\n".join([*cells, *row]) + "\n"
    assert ("application_start", "2031-06-10") in dates(text)
    assert ("application_end", "2032-06-09") in dates(text)


def test_a_flattened_row_under_a_vigencia_column_is_a_period():
    """Class: a table flattened to one line per row, its last header cell VIGÊNCIA, the row's '<date> a <date>'."""
    text = (
        "PORTARIA SECEX Nº 140, DE 3 DE MAIO DE 2031\n\n"
        "Art. 1º A alocação da cota para importação será realizada conforme a seguir:\n\n"
        "CÓDIGO NCM DESCRIÇÃO ALÍQUOTA DO II COTA GLOBAL VIGÊNCIA\n"
        "0402.21.10 Leite em pó integral 0% 12.000 toneladas 05/05/2031 a 04/11/2031\n\n"
        "Art. 2º Esta Portaria entra em vigor na data de sua publicação.\n"
    )
    assert ("application_start", "2031-05-05") in dates(text)
    assert ("application_end", "2031-11-04") in dates(text)


def test_a_wrapped_line_citing_another_acts_publication_is_history():
    """Class: a lower-case 'publicada no Diário Oficial da União em <date>' at a line's start (a hard wrap)."""
    text = (
        "DESPACHO DECISÓRIO Nº 12/2031/MDIC\n"
        "O MINISTRO DE ESTADO resolve: conhecer do recurso apresentado em face da Circular SECEX nº 7, de 4 de"
        " fevereiro de 2031,\n"
        "publicada no Diário Oficial da União em 5 de fevereiro de 2031, no âmbito da investigação de dumping.\n"
    )
    assert ("publication", "2031-02-05") not in dates(text)
    assert ("other", "2031-02-05") in dates(text)


def test_a_portals_capitalised_publication_line_stays_this_acts_publication():
    """Guard: the legislation portal's own line 'Publicado no DOU em <date>' is this act's publication."""
    text = (
        "Resolução GECEX nº 905 DE 20/03/2031\n"
        "Publicado no DOU em 21/03/2031\n"
        "Altera o Anexo V da Resolução Gecex nº 272, de 19 de novembro de 2021.\n"
    )
    assert ("publication", "2031-03-21") in dates(text)


def test_berlaku_efektif_mulai_is_the_entry_into_force():
    """Class: Indonesian 'berlaku efektif mulai <date>' (in effect from), a relay's wording of the entry into force."""
    text = (
        "JAKARTA – Pemerintah mengenakan bea masuk antidumping atas impor produk kertas dari Korea.\n"
        "PMK 40/2031 diundangkan pada 2 April 2031 dan berlaku 14 hari setelahnya. Artinya, PMK 40/2031 berlaku"
        " efektif mulai 16 April 2031.\n"
    )
    assert ("entry_into_force", "2031-04-16") in dates(text)


def test_vietnams_national_motto_is_no_title():
    """Class: the state heading and motto printed over a Vietnamese act ('Độc lập - Tự do - Hạnh phúc')."""
    text = (
        "\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "Số: 512/QĐ-BCT\n\n"
        "Hà Nội, ngày 3 tháng 4 năm 2031\n\n"
        "Căn cứ Luật Quản lý ngoại thương số 05/2017/QH14 ngày 12 tháng 6 năm 2017;\n"
    )
    assert title(text) != "Độc lập - Tự do - Hạnh phúc"


def test_a_dispatch_deciding_an_appeal_in_a_dumping_case_acts_on_that_case():
    """Class: 'Conhecer do recurso ... no âmbito da investigação da prática de dumping ... originárias da X' / 'Negar-lhe
    provimento': a Brazilian minister's dispatch on an appeal decides within the anti-dumping case and its origin."""
    text = (
        "DESPACHO DECISÓRIO Nº 31/2031/MDIC\n"
        "O MINISTRO DE ESTADO DO DESENVOLVIMENTO, INDÚSTRIA, COMÉRCIO E SERVIÇOS, tendo em vista o disposto no art. 56"
        " da Lei nº 9.784, de 29 de janeiro de 1999,\nresolve:\n"
        "Conhecer do recurso administrativo apresentado pela empresa Alfa Glassware Co., Ltd. em face da Circular SECEX"
        " nº 40, de 2 de maio de 2031, no âmbito da investigação da prática de dumping nas exportações para o Brasil de"
        " vidros temperados, classificados no subitem 7007.19.00 da NCM, originárias da Malásia.\n"
        "Negar-lhe provimento, a fim de manter as decisões veiculadas na Circular SECEX nº 40.\n"
    )
    doc = analyse(text, jurisdiction="BR")  # as a Brazilian source files it
    assert sorted(m.type for m in doc._.measures) == ["anti_dumping"]
    assert doc._.countries["affected"] == ["MY"]


def test_a_portals_list_of_acts_dates_each_act_and_its_dou_issue():
    """Class: a list of acts, one heading line each ('CIRCULAR SECEX Nº 04, DE <date> - D.O.U. de <date>.'): the
    act's date and the Diário Oficial issue that published it; a rectification's date stays history."""
    text = (
        "2031\n"
        "CIRCULAR SECEX Nº 11, DE 14 DE ABRIL DE 2031 - D.O.U. de 15/04/2031.\n"
        "Inicia revisão do direito antidumping aplicado às importações brasileiras de pneus (NCM 4011.10.00),"
        " originárias da China.\n"
        "CIRCULAR SECEX Nº 12, DE 2 DE MAIO DE 2031 - D.O.U. de 05/05/2031. (Retificada em 07/05/2031).\n"
        "Torna público os prazos da revisão da medida antidumping aplicada às importações brasileiras de vidros"
        " (NCM 7005.29.00), originárias do Egito.\n"
    )
    found = dates(text)
    for pair in [
        ("document_date", "2031-04-14"),
        ("publication", "2031-04-15"),
        ("document_date", "2031-05-02"),
        ("publication", "2031-05-05"),
        ("other", "2031-05-07"),
    ]:
        assert pair in found


def test_a_lists_last_code_glued_to_its_and():
    """Class: a list of dotted codes whose 'e' ('and') lost its space before the last code ('7304.39.10 e7304.39.90')."""
    text = (
        "Inicia revisão do direito antidumping aplicado às importações brasileiras de tubos de aço (NCM 7306.30.00,"
        " 7306.40.00 e7306.50.00), originárias da China.\n"
    )
    assert codes(text) == ["73063000", "73064000", "73065000"]


def test_an_ementa_under_a_dou_line_stays_the_title():
    """Class: a legal database's 'DOU de <date> (nº …, Seção 1, pág. …)' line between a Brazilian act's heading and its
    ementa."""
    text = (
        "SECRETARIA DE COMÉRCIO EXTERIOR\n\n"
        "PORTARIA SECEX Nº 150, DE 2 DE JUNHO DE 2031\n\n"
        "DOU de 03/06/2031 (nº 101, Seção 1, pág. 45)\n\n"
        "Estabelece critérios para alocação de cota para importação de leite em pó.\n\n"
        "O SECRETÁRIO DE COMÉRCIO EXTERIOR, no uso das atribuições que lhe foram conferidas, resolve:\n"
    )
    assert title(text) == "Estabelece critérios para alocação de cota para importação de leite em pó"
