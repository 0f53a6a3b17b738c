"""Other countries' documents in their own languages (issue 15, round 10, read13-world): the classes their misses
showed. An EEC decision's date and number on their own line under its heading ('от 3 марта 2031 г. N 27'), its
title in capitals over several lines; a Diario Oficial page header run into its first lines; a Chinese announcement's
'from <day> 12:01, additional duties are levied'; a Korean code glued to its particles ('제8471.30.0000호'); a Japanese
schedule's numbers in kanji digits ('別表第八四七一・三〇号'); an Indian table whose header's last cell wrapped onto a
line of its own and whose code column holds chapters ('| 71 or 98 |'); Mexican and Indonesian titles and numbers;
Korean, Spanish, Indonesian and Indian measure wordings. Every passage is written for these tests."""

from nlp.codes.finder import find_codes
from nlp.countries.rules import implementing_jurisdiction
from nlp.pipeline import analyse
from tests.test_dates_families import DOC, EIF, OTHER, PUB, typed
from tests.test_reader_r7 import read


def codes(text: str) -> list[str]:
    found, ranges = find_codes(text)
    return sorted(code.code for code in found) + sorted(f"{r.code_from}-{r.code_to}" for r in ranges)


def types(text: str, jurisdiction: str | None = None) -> list[str]:
    return sorted(mention.type for mention in analyse(text, jurisdiction=jurisdiction)._.measures)


EEC_DECISION = (
    "КОЛЛЕГИЯ ЕВРАЗИЙСКОЙ ЭКОНОМИЧЕСКОЙ КОМИССИИ\n\nРЕШЕНИЕ\n\nот 3 марта 2031 г. N 27\n\n"
    "О ПРИМЕНЕНИИ\n\nАНТИДЕМПИНГОВОЙ МЕРЫ В ОТНОШЕНИИ СТАЛЬНЫХ ДИСКОВ,\n\nПРОИСХОДЯЩИХ ИЗ РЕСПУБЛИКИ ИНДИЯ\n\n"
    "В соответствии с пунктом 107 Протокола (приложение N 8 к Договору о Евразийском экономическом союзе от 29 мая"
    " 2014 года) Коллегия Евразийской экономической комиссии решила:\n\n1. Применить антидемпинговую меру в отношении"
    " стальных дисков, происходящих из Республики Индия.\n"
)


def test_an_eec_decisions_date_and_number_on_their_own_line_under_its_heading_are_its_own():
    text = EEC_DECISION.replace("\n\nРЕШЕНИЕ\n\n", "\nРЕШЕНИЕ\n").replace("N 27\n\n", "N 27\n")
    assert (DOC, "2031-03-03", False) in typed(text)
    assert read(text, jurisdiction="EAEU")[1] == "N 27"


def test_an_eec_decisions_own_line_may_carry_the_date_without_from_and_the_number_glued_to_its_sign():
    text = EEC_DECISION.replace("от 3 марта 2031 г. N 27", "3 марта 2031 года №27")
    assert (DOC, "2031-03-03", False) in typed(text)
    assert read(text, jurisdiction="EAEU")[1] == "№27"


def test_an_eec_decisions_title_in_capitals_runs_over_its_lines_to_the_recital():
    title, _ = read(EEC_DECISION, jurisdiction="EAEU")
    assert " ".join(title.split()) == (
        "О ПРИМЕНЕНИИ АНТИДЕМПИНГОВОЙ МЕРЫ В ОТНОШЕНИИ СТАЛЬНЫХ ДИСКОВ, ПРОИСХОДЯЩИХ ИЗ РЕСПУБЛИКИ ИНДИЯ"
    )


DOF_PAGE = (
    "32\nDIARIO OFICIAL Lunes 4 de marzo de 2030 SECRETARIA DE ECONOMIA DECRETO que establece el arancel específico de"
    " las fracciones arancelarias relativas al café. Al margen un sello con el Escudo Nacional. ARTICULO UNICO.- Se"
    " establece el arancel específico de las fracciones arancelarias 0901.11.01 y 0901.12.01 de la Tarifa, expresado"
    " en dólares por kilogramo. Las fracciones se publicaron el 2 de enero de 2029.\n"
)


def test_a_diario_oficial_even_page_header_run_into_its_first_lines_dates_the_issue():
    assert typed(DOF_PAGE, jurisdiction="MX") == {(PUB, "2030-03-04", False), (OTHER, "2029-01-02", False)}


def test_a_diario_oficial_decree_is_titled_by_its_designation_and_sentence_and_sets_specific_duties():
    assert read(DOF_PAGE, jurisdiction="MX")[0] == (
        "DECRETO que establece el arancel específico de las fracciones arancelarias relativas al café"
    )
    assert types(DOF_PAGE, "MX") == ["duty_rate_change"]


def test_from_a_day_and_hour_additional_duties_are_levied_is_the_measures_effective_date():
    text = "国务院关税税则委员会公告\n一、对附件所列商品,自2031年3月10日12时01分起加征关税。\n"
    assert (EIF, "2031-03-10", False) in typed(text, jurisdiction="CN")


def test_a_korean_code_glued_to_its_particles_is_read():
    text = "덤핑방지관세가 부과되는 물품은 관세·통계통합품목분류표 제8471.30.0000호 및 제8471.41.0000호에 해당하는 것으로 한다.\n"
    assert codes(text) == ["8471300000", "8471410000"]


def test_a_korean_rule_imposing_an_anti_dumping_duty_acts_on_it():
    text = "제1조(목적) 이 규칙은 「관세법」 제51조에 따른 덤핑방지관세를 부과할 물품과 공급자를 지정한다.\n"
    assert types(text, "KR") == ["anti_dumping"]


def test_a_japanese_schedules_numbers_in_kanji_digits_are_codes_and_list_numbers_are_not():
    text = (
        "第一条 関税定率法の一部を次のように改正する。\n別表第八四七一・三〇号中「四・二%」を「無税」に改める。\n"
        "別表第〇九〇一・一一号を次のように改める。\n一 生のもの | 無税 |\n二 その他のもの | 三・二% |\n"
    )
    assert codes(text) == ["090111", "847130"]


TARIFF_VALUES = (
    "In the said notification, for TABLE-2, the following Table shall be substituted, namely: –\nTABLE-2\n"
    "Sl. No. | Chapter/ heading/ sub-heading/tariff item | Description of goods | Tariff value\n(US $) |\n"
    "(1) | (2) | (3) | (4) |\n1 | 71 or 98 | Platinum, in any form | 952 per 10 grams |\n"
    "2 | 090111 | Coffee beans, not roasted | 4120 per metric tonne |\n"
)


def test_a_code_cell_under_a_header_whose_last_cell_wrapped_onto_its_own_line_is_read():
    assert codes(TARIFF_VALUES) == ["090111", "71", "98"]


def test_a_notification_substituting_tariff_values_acts_on_valuation_not_on_rates():
    text = TARIFF_VALUES.replace("Tariff value\n(US $) |", "Tariff value\n(US $ Per Metric Tonne) |")
    assert types(text, "IN") == ["other"]


INDONESIAN_REGULATION = (
    "PERATURAN MENTERI KEUANGAN REPUBLIK INDONESIA\nNOMOR 31/PMK.010/2031\n\nTENTANG\n\n"
    "BEA MASUK DITANGGUNG PEMERINTAH ATAS IMPOR BARANG DAN BAHAN\nUNTUK INDUSTRI KAPAL\n\n"
    "DENGAN RAHMAT TUHAN YANG MAHA ESA\n\nMENTERI KEUANGAN REPUBLIK INDONESIA,\n\nMenimbang : bahwa perlu menetapkan"
    " Peraturan Menteri Keuangan;\n"
)


def test_an_indonesian_regulation_is_titled_by_its_subject_and_known_by_its_number_line():
    title, identifier = read(INDONESIAN_REGULATION, jurisdiction="ID")
    assert " ".join(title.split()) == "BEA MASUK DITANGGUNG PEMERINTAH ATAS IMPOR BARANG DAN BAHAN UNTUK INDUSTRI KAPAL"
    assert identifier == "NOMOR 31/PMK.010/2031"


def test_import_duty_borne_by_the_government_is_a_remission():
    assert types(INDONESIAN_REGULATION, "ID") == ["remission"]


JAPANESE_ACT = (
    "関税定率法の一部を改正する法律 (令和13年3月31日法律第九号)\n関税定率法の一部を改正する法律をここに公布する。\n"
    "法律第九号\n関税定率法の一部を改正する法律\n第一条 関税定率法の一部を次のように改正する。\n"
    "別表第八四七一・三〇号中「四・二%」を「無税」に改める。\n別表第〇九〇一・一一号を次のように改める。\n"
)


def test_a_japanese_law_is_titled_without_its_era_date_and_number_and_known_by_its_number_line():
    assert read(JAPANESE_ACT, jurisdiction="JP") == ("関税定率法の一部を改正する法律", "法律第九号")


def test_a_japanese_schedule_amended_to_free_and_rewritten_changes_a_rate_and_the_nomenclature():
    assert types(JAPANESE_ACT) == ["duty_rate_change", "nomenclature_change"]


def test_japanese_and_korean_tariff_acts_in_their_own_scripts_say_who_acts():
    korean = "이 규칙은 「관세법」 제51조에 따른 덤핑방지관세를 부과할 물품과 공급자를 지정한다.\n"
    assert [m.code for m in implementing_jurisdiction(JAPANESE_ACT)] == ["JP"]
    assert [m.code for m in implementing_jurisdiction(korean)] == ["KR"]
