"""Other countries' documents in their own languages (issue 15, round 11, read14-world): the classes their misses
showed. A Japanese consolidated text's subheadings in Arabic digits with a middle dot ('別表第0702・00号、第0709・60号');
a decree that approves 'the annexed:' then names what, in lower case, after a blank line; a Russian decree put into
effect 'с <date> сроком на N месяцев'; the gazette mastheads, running heads and site banners of Ecuador, Chile, Morocco,
Australia and Japanese law sites (no title; the issue's date is the publication); Portuguese, Spanish, French and
Japanese measure wordings (an investigation's 'existência de dumping', a tariff 'Difiérese al 0%', an Andean 'medida
correctiva', a 'suspension de la perception du droit', a '関税割当'); an optional space in a data-file pattern; who acts
in a Russian decree, an Indian DGFT notification, a Registro Oficial and a Chilean Diario Oficial; Japanese, Russian,
Indian and Australian numbers. Every passage is written for these tests."""

from nlp.codes.finder import find_codes
from nlp.countries.rules import implementing_jurisdiction
from nlp.pipeline import analyse
from nlp.text.patterns import spaces_match_any_whitespace
from tests.test_reader_r7 import read

DOC, PUB, EIF, END = "document_date", "publication", "entry_into_force", "application_end"


def codes(text: str) -> list[str]:
    found, ranges = find_codes(text)
    return sorted(code.code for code in found) + sorted(f"{r.code_from}-{r.code_to}" for r in ranges)


def types(text: str, jurisdiction: str | None = None) -> list[str]:
    return sorted(mention.type for mention in analyse(text, jurisdiction=jurisdiction)._.measures)


def dated(text: str, jurisdiction: str | None = None) -> set[tuple[str, str, bool]]:
    return {(d.type, d.date, d.derived) for d in analyse(text, jurisdiction=jurisdiction)._.dates}


def acting(text: str) -> list[str]:
    return sorted(m.code for m in implementing_jurisdiction(text))


# --- codes ------------------------------------------------------------------------------------------------------------

JAPANESE_LIST = (
    "第3条 前条の割当てを受けようとする者は、別表第0702・00号、第0709・60号、第0710・80号及び第2005・99号"
    "に掲げる物品について、財務大臣に申請しなければならない。\n"
)


def test_a_japanese_texts_subheadings_in_arabic_digits_with_a_middle_dot_are_codes_down_their_list():
    assert codes(JAPANESE_LIST) == ["070200", "070960", "071080", "200599"]


def test_a_schedules_heading_after_its_name_is_a_code_and_its_list_goes_on_past_the_counters():
    text = "内閣は、関税定率法別表第7502号及び第7506号の規定に基づき、この政令を制定する。\n"
    assert codes(text) == ["7502", "7506"]


def test_a_cabinet_orders_own_number_and_an_article_number_are_no_codes():
    assert codes("平成14年政令第210号\n第2005条の規定により\n") == []


# --- acting: the object of a sentence that ends with a colon ----------------------------------------------------------

RUSSIAN_DECREE = (
    "ПРАВИТЕЛЬСТВО РОССИЙСКОЙ ФЕДЕРАЦИИ\n\nПОСТАНОВЛЕНИЕ от 14 марта 2031 г. N 212\n\n"
    "О ВНЕСЕНИИ ИЗМЕНЕНИЙ В ТАМОЖЕННЫЙ ТАРИФ\n\nПравительство Российской Федерации постановляет:\n\n"
    "1. Утвердить и ввести в действие с 1 мая 2031 г. сроком на 6 месяцев прилагаемые:\n\n"
    "ставки ввозных таможенных пошлин на отдельные виды сельскохозяйственной техники и изменения, вносимые в"
    " товарную номенклатуру внешнеэкономической деятельности.\n"
)


def test_what_a_decree_approves_after_its_colon_and_a_blank_line_is_what_it_acts_on():
    assert types(RUSSIAN_DECREE) == ["duty_rate_change", "nomenclature_change"]


def test_the_same_words_in_a_paragraph_after_a_sentence_that_does_not_act_stay_inert():
    text = RUSSIAN_DECREE.replace("1. Утвердить и ввести в действие", "Для сведения: ранее были утверждены").replace(
        " с 1 мая 2031 г. сроком на 6 месяцев", ""
    )
    assert "duty_rate_change" not in types(text)


# --- dates --------------------------------------------------------------------------------------------------------------


def test_a_decree_put_into_effect_from_a_day_for_some_months_ends_the_day_before_that_many_months_later():
    found = dated(RUSSIAN_DECREE)
    assert (EIF, "2031-05-01", False) in found
    assert (END, "2031-10-31", True) in found


def test_ecuadors_registro_oficial_dateline_and_chiles_diario_oficial_masthead_give_the_issues_date():
    ecuador = (
        "Lunes 6 de octubre de 2031 (R. O. 812, 6–octubre -2031) Suplemento\n\nSUMARIO:\n\n"
        "COMITÉ DE COMERCIO EXTERIOR:\n\n044-2031 Refórmese la Resolución 012-2030\n"
    )
    assert (PUB, "2031-10-06", False) in dated(ecuador)
    chile = (
        "DIARIO OFICIAL DE LA REPUBLICA DE CHILE Nº 41.220 Martes 2 de Septiembre de 2031 Cuerpo I Página 3"
        " MINISTERIO DE HACIENDA Modifica Arancel Aduanero Nacional\n"
    )
    assert (PUB, "2031-09-02", False) in dated(chile)


def test_the_running_head_of_moroccos_bulletin_officiel_is_the_issue_and_a_decree_heading_gives_its_own_date():
    text = (
        "Nº 7410 – 12 rejeb 1453 (17-10-2031) BULLETIN OFFICIEL 2215\n\n"
        "Décret n° 2-31-604 du 9 rejeb 1453 (14 octobre 2031) portant suspension de la perception du droit"
        " d’importation applicable à l’orge.\n\nLE CHEF DU GOUVERNEMENT,\n"
    )
    found = dated(text)
    assert (PUB, "2031-10-17", False) in found
    assert (DOC, "2031-10-14", False) in found
    assert types(text) == ["duty_suspension"]


def test_an_australian_tariff_concessions_gazettes_issue_line_is_its_publication_and_number():
    text = (
        "Commonwealth of Australia No. TC 31/07, Wednesday, 12 February 2031 Published by the Commonwealth of"
        " Australia Gazette TARIFF CONCESSIONS CONTENTS TCOs Made .......... 4\n"
    )
    assert (PUB, "2031-02-12", False) in dated(text)
    assert read(text, jurisdiction="AU")[1] == "No. TC 31/07"


def test_a_japanese_act_that_writes_a_new_expiry_into_a_temporary_measure_gives_that_end():
    text = "第四条中「令和十三年三月三十一日」を「令和十五年三月三十一日」に改める。\n"
    found = dated(text, jurisdiction="JP")
    assert (END, "2033-03-31", False) in found
    assert (END, "2031-03-31", False) not in found


# --- measures -----------------------------------------------------------------------------------------------------------


def test_a_brazilian_circular_that_opens_an_investigation_of_dumping_acts_on_it_and_names_its_origins():
    text = (
        "Circular SECEX nº 71 DE 03/09/2031\n\nInicia investigação para averiguar a existência de dumping nas"
        " exportações da Tailândia e do Vietnã para o Brasil de fios de náilon, comumente classificados no subitem"
        " 5402.31.11 da NCM, e de dano à indústria doméstica decorrente de tal prática.\n"
    )
    doc = analyse(text, jurisdiction="BR")
    assert [m.type for m in doc._.measures] == ["anti_dumping"]
    assert sorted(doc._.countries["affected"]) == ["TH", "VN"]


def test_an_ecuadorian_tariff_deferral_to_zero_is_a_suspension():
    text = (
        "EL PLENO DEL COMITÉ DE COMERCIO EXTERIOR\n\nResuelve:\n\nArtículo 1.- Difiérese al 0% por un período de"
        " doce meses la tarifa arancelaria de las importaciones de insumos agrícolas.\n"
    )
    assert types(text) == ["duty_suspension"]


def test_an_andean_corrective_measure_applied_or_lifted_is_a_safeguard():
    text = (
        "Artículo 1.- Levántese la medida correctiva aplicada a las importaciones de aceite de palma originarias de"
        " los Países Miembros de la Comunidad Andina.\n"
    )
    assert types(text) == ["safeguard"]


def test_a_decree_that_modifies_the_customs_tariff_re_describes_it():
    text = (
        "MINISTERIO DE HACIENDA\n\nNúm. 412.- Santiago, 3 de mayo de 2031.\n\nDecreto:\n\nArtículo 1.- Modifícase el"
        " Arancel Aduanero Nacional en la forma que se indica en el anexo.\n"
    )
    assert types(text) == ["nomenclature_change"]


def test_a_japanese_cabinet_order_on_tariff_quotas_is_a_tariff_quota():
    text = "関税割当制度に関する政令の一部を改正する政令\n\n(関税割当てをする物品)\n第一条 別表に掲げる物品とする。\n"
    assert "tariff_quota" in types(text, jurisdiction="JP")


def test_an_optional_space_in_a_data_file_pattern_stays_optional():
    assert spaces_match_any_whitespace("0 ?%") == r"0\s?%"
    assert spaces_match_any_whitespace("de dumping") == r"de\s+dumping"
    assert spaces_match_any_whitespace("[ ]x {0,2}y") == r"[ ]x\s{0,2}y"


# --- who acts -----------------------------------------------------------------------------------------------------------


def test_who_acts_in_a_russian_decree_a_registro_oficial_a_chilean_diario_oficial_and_a_dgft_notification():
    assert acting(RUSSIAN_DECREE) == ["RU"]
    ecuador = "AdministraciĆ³n del SeƱor\n\nPresidente Constitucional de la RepĆŗblica del Ecuador\n\nSUMARIO:\n"
    assert acting(ecuador) == ["EC"]
    assert acting("DIARIO OFICIAL DE LA REPUBLICA DE CHILE Lunes 2 de junio de 2031\n") == ["CL"]
    dgft = (
        "MINISTRY OF COMMERCE AND INDUSTRY\n(Department of Commerce)\n(DIRECTORATE GENERAL OF FOREIGN TRADE)\n"
        "NOTIFICATION\nNew Delhi, the 4th March, 2031\nNo. 41/2028-2033\n"
    )
    assert acting(dgft) == ["IN"]


# --- titles and numbers -------------------------------------------------------------------------------------------------


def test_a_dgft_notifications_number_on_its_own_line_is_its_identifier():
    text = (
        "NOTIFICATION\n\nNew Delhi, the 4th March, 2031\n\nNo. 41/2028-2033\n\nSubject: Amendment in export policy of"
        " onions.\n"
    )
    assert read(text, jurisdiction="IN")[1] == "No. 41/2028-2033"


def test_a_russian_decrees_heading_line_gives_its_number():
    assert read(RUSSIAN_DECREE, jurisdiction="RU")[1] == "N 212"


def test_a_japanese_acts_number_may_carry_its_era_year_or_its_date_in_brackets():
    assert read("関税定率法の一部を改正する法律\n法律第七号(令一三・三・三一)\n第一条 略\n", jurisdiction="JP")[1] == (
        "法律第七号"
    )
    assert read("関税割当制度に関する政令\n\n令和13年政令第88号\n内閣は、この政令を制定する。\n", jurisdiction="JP")[
        1
    ] == ("令和13年政令第88号")


def test_site_banners_viewer_lines_and_gazette_mastheads_are_no_title():
    for opening in (
        "Vous êtes sur la page 1sur 6\n\n",
        "完全無料の六法全書\nかんぜいていりつほう\n\n",
        "Administración del Señor Presidente\n\nMartes 7 de enero de 2031 (R. O. 14, 7–enero -2031)\n\nAño IV – Nº 15\n\n"
        "Quito, martes 7 de enero de 2031\n\n",
        "Nº 7410 – 12 rejeb 1453 (17-10-2031) BULLETIN OFFICIEL 2215\n\n",
    ):
        title, _ = read(opening + "This text is published for information only.\n", jurisdiction=None)
        assert title is None, opening
