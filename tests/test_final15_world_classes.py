"""Other countries' acts and the pages that relay them (round 12, second pass on final15's world quarter): the classes
their misses showed. Rates: a notification's numbered row with one percentage per rate column its header names
('Standard Rate', 'AIDC Rate'), a condition cell after them; a Finance Act schedule's substituted entries ending in a
bare figure under a percentage column named in the introduction ('CD%'). Dates: an ordinal a PDF put on a line of its
own ('the 1\\nst\\nday of\\nNovember, 2025'). Countries: the Portuguese short names Brazilian resolutions write
('originárias da Rússia'). Every passage is written for these tests."""

import pytest

from nlp.countries.names import find_country_names
from nlp.pipeline import analyse
from tests.test_dates_families import typed
from tests.test_rates_round7 import values

INDIAN_TABLE = (
    "G.S.R. 101(E).— In exercise of the powers conferred by section 25 of the Customs Act, the Central Government"
    " hereby exempts the goods specified in column (3) of the Table below from so much of the duty of customs as is in"
    " excess of the amount calculated at the standard rate specified in column (4) and from so much of the cess as is"
    " in excess of the cess rate specified in column (5) of the said Table, namely :-\nTable\n"
    "Sl. No. Tariff item Description\nof goods\nStandard\nRate\nCess\nRate\nCondition\n(1) (2) (3) (4) (5) (6)\n"
)


def test_each_rate_column_of_a_numbered_row_before_its_condition_cell():
    text = INDIAN_TABLE + "1. 0802 12 00 Almonds, shelled 15% 5% If imported against a valid licence.\n"
    assert values(text) == [(5, "percent"), (15, "percent")]


def test_each_rate_column_of_several_numbered_rows():
    text = INDIAN_TABLE + (
        "1. 0802 12 00 Almonds, shelled 15% 5% -\n"
        "2. 0804 10 20 Dates, fresh or dried 20% 7.5% If the bill of entry is filed on or after the said date.\n"
    )
    assert values(text) == [(5, "percent"), (7.5, "percent"), (15, "percent"), (20, "percent")]


def test_a_figure_of_the_description_is_no_rate_column():
    header = INDIAN_TABLE.replace("Cess\nRate\n", "").replace("(5) (6)", "(5)")
    text = header + "1. 2836 30 00 Sodium bicarbonate of 99% purity or more\n"
    assert values(text) == []


def test_more_figures_than_rate_columns_are_not_read():
    header = INDIAN_TABLE.replace("Cess\nRate\n", "Remarks\n")
    text = header + "1. 0802 12 00 Almonds, shelled 15% 5% If imported against a valid licence.\n"
    assert values(text) == []


FINANCE_ACT_SCHEDULE = (
    "In the Customs Act, 1969 (IV of 1969), in the First Schedule, for the\ncorresponding entries against \u201cPCT"
    ' Code\u201d, "Description" and "CD%" specified in\ncolumns (1), (2) and (3), the following corresponding entries'
    " shall be\nsubstituted, namely: -\n\n"
    "\u201c3102.1000 - Urea, whether or not in aqueous solution 0\n"
    "3206.1110 - - - Titanium dioxide pigments containing 80 % or more of titanium dioxide calculated\n"
    "on the dry matter 11\n"
    "3206.1190 - - - Other 16\n"
    "3907.6100 - - Polyethylene terephthalate of a viscosity number of 78 ml/g or higher 5\u201d\n"
)


def test_the_figures_ending_substituted_entries_under_a_percentage_column_named_in_the_introduction():
    assert values(FINANCE_ACT_SCHEDULE) == [(0, "percent"), (5, "percent"), (16, "percent")]


def test_coded_rows_under_no_percentage_column_give_no_rate():
    text = FINANCE_ACT_SCHEDULE.replace('"CD%"', '"Unit"')
    assert values(text) == []


def test_an_ordinal_on_a_line_of_its_own_in_an_entry_into_force_clause():
    text = "2. This notification shall come into force on the 15\nth\nday of\nMarch, 2031.\n"
    assert ("entry_into_force", "2031-03-15", False) in typed(text, jurisdiction="IN")


@pytest.mark.parametrize(
    ("name", "code"),
    [("Rússia", "RU"), ("Bielorrússia", "BY"), ("Coréia do Sul", "KR"), ("Holanda", "NL"), ("Mianmar", "MM")],
)
def test_portuguese_short_names_of_origins(name, code):
    text = f"Aplica direito antidumping às importações brasileiras de vidros planos, originárias da {name}."
    assert [m.code for m in find_country_names(text)] == [code]


def test_a_brazilian_resolution_targets_the_origin_it_names_in_portuguese():
    text = (
        "RESOLUÇÃO GECEX Nº 901, DE 3 DE MARÇO DE 2031\n\nProrroga direito antidumping definitivo aplicado às"
        " importações brasileiras de ferro-silício, originárias da Rússia.\n\nArt. 1º Prorrogar a aplicação do"
        " direito antidumping definitivo às importações brasileiras de ferro-silício originárias da Rússia.\n"
    )
    assert analyse(text, jurisdiction="BR")._.countries["affected"] == ["RU"]


def test_the_first_substituted_entry_after_its_opening_quote_is_a_code():
    codes = [c.code for c in analyse(FINANCE_ACT_SCHEDULE, jurisdiction="PK")._.codes]
    assert codes[:2] == ["31021000", "32061110"]


def measure_types(text: str, jurisdiction: str = "ZA") -> set[str]:
    return {m.type for m in analyse(text, jurisdiction=jurisdiction)._.measures}


SARS_LIST = (
    "Legal Counsel - Tariff Amendments 2031\n\n"
    "14 March 2031 \u2013 Customs and Excise Act, 1964: The tariff amendment notices, scheduled for publication in the"
    " Government Gazette, relate to the amendments to \u2013\n\n"
)


def test_a_substitution_of_subheadings_to_implement_rate_changes_under_a_free_trade_area_is_a_preference():
    text = SARS_LIST + (
        "Part 1 of Schedule No. 1, by the substitution of various tariff subheadings to implement changes to the rates"
        " of customs duties in terms of the Tripartite Free Trade Area (TFTA) Agreement (with effect from 1 April"
        " 2031);\n"
    )
    assert measure_types(text) == {"duty_rate_change", "preference"}


def test_a_substitution_of_tariff_items_to_increase_excise_rates_is_a_rate_change_not_a_nomenclature_change():
    text = SARS_LIST + (
        "Part 2A of Schedule No. 1, by the substitution of tariff items 104.10.10 and 104.10.20 in order to increase"
        " the rates of excise duty on cigars, to give effect to the Budget proposals.\n"
    )
    assert measure_types(text) == {"duty_rate_change"}


def test_the_substitution_of_an_appendix_on_rules_of_origin():
    text = SARS_LIST + (
        "Schedule No. 1, by the substitution of Appendix II to Annex 4 on Rules of Origin in Part G, to implement the"
        " Tripartite Free Trade Area (TFTA) Agreement.\n"
    )
    assert measure_types(text) == {"preference", "rules_of_origin"}


def test_an_extended_exclusion_from_additional_tariffs_is_no_rate_change():
    text = (
        "Announcement on the extension of the exclusion list of goods subject to additional tariffs\n\n"
        "The Tariff Commission has decided to extend the exclusion period. From 1 March 2031 to 31 August 2031, we will"
        " continue to impose no additional duties on the goods listed in the annex. No additional tariffs will be"
        " imposed on the goods listed in the second annex.\n"
    )
    assert measure_types(text, "CN") == {"exclusion"}


def test_entries_substituted_with_their_duty_column_named_only_before_are_a_rate_change():
    # whether such a substitution is also a nomenclature change is a labelling question (final2 221 against
    # final15 1844): only the rate change is pinned here
    assert "duty_rate_change" in measure_types(FINANCE_ACT_SCHEDULE, "PK")


def test_an_amending_instruction_and_a_schedule_heading_are_no_title():
    text = "THE SECOND SCHEDULE\n\n[see section 4(2)]\n\n" + FINANCE_ACT_SCHEDULE
    assert analyse(text, jurisdiction="PK")._.official_title is None


def all_dates(text: str, jurisdiction: str | None = None) -> set[tuple[str, str]]:
    return {(d.type, d.date) for d in analyse(text, jurisdiction=jurisdiction)._.dates}


def test_a_posts_lead_opened_by_its_date_and_subject_is_its_publication():
    text = SARS_LIST + "Part 1 of Schedule No. 1, by the substitution of tariff subheading 0402.21.\n"
    assert ("publication", "2031-03-14") in all_dates(text, "ZA")


def test_a_date_and_a_dash_opening_a_period_row_is_no_publication():
    text = "Quota periods\n\n1 July 2031 – 30 June 2032: 4 000 tonnes\n"
    assert ("publication", "2031-07-01") not in all_dates(text)


def test_a_news_items_dateline_under_its_byline():
    text = (
        "Pemerintah Terapkan Bea Masuk Anti Dumping Baja\n\nSiti Rahma, Kabar Ekonomi\n4 March 2031 10:15\n\n"
        "Jakarta - Pemerintah resmi menerapkan bea masuk anti dumping terhadap impor baja dari Vietnam, yang"
        " ditetapkan melalui Peraturan Menteri Keuangan Nomor 12 Tahun 2031.\n"
    )
    assert ("publication", "2031-03-04") in all_dates(text, "ID")


def test_a_date_and_time_alone_under_a_headline_is_no_dateline():
    text = "Steel duties extended\n\n4 March 2031 10:15\n\nThe ministry extended the duties on steel from Viet Nam.\n"
    assert ("publication", "2031-03-04") not in all_dates(text)


def test_a_reports_bracketed_day_after_its_opening_is_no_document_date():
    text = (
        "Pemerintah Terapkan Bea Masuk Anti Dumping Baja\n\n"
        "Jakarta - Pemerintah resmi menerapkan bea masuk anti dumping terhadap impor baja dari Vietnam melalui"
        " Peraturan Menteri Keuangan Nomor 12 Tahun 2031.\n\n"
        '"Pengenaan bea masuk ini sesuai dengan hasil penyelidikan," dikutip dari PMK 12/2031, Rabu (5/3/2031).\n'
    )
    assert ("document_date", "2031-03-05") not in all_dates(text, "ID")


def test_a_legal_databases_in_force_line_is_the_entry_into_force():
    text = (
        "Решение Коллегии Евразийской экономической комиссии от 12.05.2031 N 77\n\n"
        '"О продлении действия антидемпинговой меры в отношении стальных труб"\n'
        "Редакция от 12.05.2031 — Действует с 14.06.2031\n"
    )
    assert ("entry_into_force", "2031-06-14") in all_dates(text, "EAEU")


EXCLUSION_NOTICE = (
    "Announcement on the extended exclusion list of goods subject to additional tariff\n\n"
    "The exclusion list for goods subject to additional tariff will expire on May 31, 2031. The Tariff Commission"
    " decided to extend the exclusion period. From June 1, 2031 to November 30, 2031, no additional tariff will be"
    " imposed on the goods listed in the annex; from December 1, 2031 to May 31, 2032, the goods listed in the second"
    " annex are also excluded.\n\nAnnex: the list of goods\n\nTariff Commission of the State Council\n\nMay 26, 2031\n"
)


def test_the_former_expiry_the_day_before_an_extension_starts_is_no_end_of_its_own():
    dates = all_dates(EXCLUSION_NOTICE, "CN")
    assert ("application_end", "2031-05-31") not in dates
    assert {("application_end", "2031-11-30"), ("application_start", "2031-12-01")} <= dates


def test_a_related_reading_list_under_the_notice_is_not_the_notice():
    text = EXCLUSION_NOTICE + (
        "\n  \u2022 Related reading\n\nFrom January 1, 2032, China Will Adjust The Import Tariff Of Some Commodities\n\n"
        "Latest topics\n|\n2030/12/24 09:12:00\n"
    )
    dates = all_dates(text, "CN")
    assert ("entry_into_force", "2032-01-01") not in dates
    assert ("document_date", "2031-05-26") in dates


def test_the_dates_of_a_replaced_wording_are_not_the_notices():
    text = SARS_LIST.replace("amendment notices, scheduled for publication", "correction notices, published") + (
        "Part 1 of Schedule No. 3, by the substitution of the preamble to replace the wording \u201cwith effect from"
        " 1 April 2031 up to and including 31 March 2033\u201d with \u201cwith effect from 31 March 2033\u201d.\n"
    )
    dates = all_dates(text, "ZA")
    assert ("application_start", "2031-04-01") not in dates
    assert ("application_end", "2033-03-31") not in dates


def test_a_reported_regulation_in_force_days_after_the_promulgation_date_the_report_states():
    text = (
        "Pemerintah Terapkan Bea Masuk Anti Dumping Baja\n\nSiti Rahma, Kabar Ekonomi\n4 March 2031 10:15\n\n"
        "Jakarta - Pemerintah resmi menerapkan bea masuk anti dumping terhadap impor baja dari Vietnam.\n\n"
        "PMK tersebut telah ditandatangani pada 20 Februari 2031 dan berlaku 14 hari sejak diundangkan pada 24"
        " Februari 2031.\n"
    )
    assert ("entry_into_force", "2031-03-10", True) in typed(text, jurisdiction="ID")


def test_working_days_after_promulgation_are_not_counted_as_calendar_days():
    text = "PMK tersebut berlaku 14 hari kerja sejak diundangkan pada 24 Februari 2031.\n"
    assert not any(derived for _, _, derived in typed(text, jurisdiction="ID"))


def test_identifiers_of_a_reported_pmk_and_of_a_tariff_commission_notice():
    report = "Pemerintah memperpanjang bea masuk antidumping baja, dikutip dari PMK 12/2031, Rabu (5/3/2031).\n"
    assert analyse(report, jurisdiction="ID")._.identifier.text == "PMK 12/2031"
    notice = (
        "Announcement on the extended exclusion list\n\nNotice of Tax Commission [2031] No.4\n\nAccording to the"
        " announcement of the Tariff Commission (notice of the State Council [2030] No. 10), the list will expire.\n"
    )
    assert analyse(notice, jurisdiction="CN")._.identifier.text == "Notice of Tax Commission [2031] No.4"


def test_the_same_dated_lead_as_the_texts_first_line_is_the_notices_own_date():
    text = (
        SARS_LIST.split("\n\n", 1)[1] + "Part 1 of Schedule No. 1, by the substitution of tariff subheading 0402.21.\n"
    )
    assert ("publication", "2031-03-14") not in all_dates(text, "ZA")
