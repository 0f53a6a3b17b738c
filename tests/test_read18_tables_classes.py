"""Round 15 (issue 15), read18-tables: the classes the misses of real tariff tables in the layouts blind sets keep
missing showed. A Chinese tariff commission's list with a bare serial number before each solid tariff line; a SACU
tariff book whose table ran into one line (check digits after subheadings, dashed descriptions, headings ending in a
colon); a Turkish schedule whose descriptions open with a figure after the 12-digit GTİP ('67 Desiteksi'); a
notification's table one cell a line between bar lines without its header (the cell after each serial number is the
tariff column's, chapters and headings too, and a cell ending with a comma goes on below); a description's letters
after a code that read as a unit ('L or T sections'); a dotted heading listed among subheadings ('1508.90.00, 15.09,
1510.10.00'). Dates: a relay's date line before its category, a Turkish blog's date header with its weekday, a forum
copy's editor line (publication); a Turkish decision's day of decision and the earlier day it is valid from; an
e-paper's upload line. Measures: a tariff elimination list, a split of codes, an Indian schedule's substituted tariff
items beside substituted rates, a Chinese countermeasure on the United States (its target too). Jurisdiction cues,
titles (a Turkish subject label; date, editor and viewer lines are none). Every passage is written for these tests, in
other words, numbers and products than the set."""

from nlp.codes.finder import find_codes
from tests.fact_readers import affected, dates, jurisdiction, measures, title


def _codes(text: str) -> list[str]:
    codes, _ = find_codes(text)
    return sorted(c.code for c in codes)


# --- a list with a bare serial number before each solid tariff line ----------------------------------------------

CHINESE_LIST = (
    "附件2\n"
    "对原产于某国的进口商品加征 10%关税商品清单 序号 税则号列① 商品简称②\n\n"
    "1 03061719 冻虾仁\n\n"
    "2 07099990 其他鲜或冷藏蔬菜\n\n"
    "3 08051000 鲜或干的橙\n\n"
    "4 20091200 非冷冻橙汁\n"
)


def test_solid_lines_after_bare_serial_numbers_below_a_chinese_code_header_are_codes():
    assert _codes(CHINESE_LIST) == ["03061719", "07099990", "08051000", "20091200"]


def test_bare_serial_numbers_before_amounts_without_a_code_header_stay_no_codes():
    text = "序号 企业名称 金额\n\n1 12345678 某某公司\n\n2 23456789 另一公司\n"
    assert _codes(text) == []


# --- a tariff book's table run into one line ------------------------------------------------------------------------

TARIFF_BOOK = (
    "Date: 2030-01-01 SCHEDULE 1 / PART 1 / SECTION II Heading / CD Article Description Subheading Statistical Rate of "
    "Duty Unit 07.02 Tomatoes, fresh or chilled: 0702.00 3 - Tomatoes kg 25% free free 07.03 Onions, shallots, garlic, "
    "leeks and other alliaceous vegetables: 0703.1 - Onions and shallots: 0703.10 0703.10.10 7 --- Onion sets kg 15% "
    "free 0703.10.90 2 --- Other kg 15% free 0703.20 9 - Garlic kg 20% free 0703.9 0703.90 4 - Leeks kg free free"
)


def test_rows_of_a_tariff_book_run_into_one_line_give_headings_and_subheadings_without_their_check_digits():
    assert _codes(TARIFF_BOOK) == [
        "0702",
        "070200",
        "0703",
        "07031",
        "070310",
        "07031010",
        "07031090",
        "070320",
        "07039",
        "070390",
    ]


def test_two_dashed_rows_are_an_enumeration_not_a_schedule():
    text = "Option 2030.1 - Early payment: a discount applies. Option 2030.2 - Late payment: interest applies."
    assert _codes(text) == []


# --- a GTİP before a description that opens with a figure ------------------------------------------------------------

GTIP_ROWS = (
    "G.T.İ.P. EŞYA İSMİ 1 2 3 4\n"
    "5509.11.00.10.00 70 Desiteksi geçmeyenler 0 2 3,2 4\n"
    "5509.11.00.90.00 Diğerleri 0 2 3,2 4\n"
    "5509.12.00.10.00 70 Desiteksi geçmeyenler 0 2 3,2 4\n"
)


def test_a_gtip_before_a_description_opening_with_a_figure_is_read_without_it():
    assert _codes(GTIP_ROWS) == ["550911001000", "550911009000", "550912001000"]


# --- a notification's table one cell a line, its header not in the text ---------------------------------------------


def _stacked(cells: list[str]) -> str:
    return "\n|\n".join(cells) + "\n"


HEADERLESS_STACK = "Table (continued)\n" + _stacked(
    ["412.", "39", "All goods", "Nil", "-", "4"]
    + ["413.", "4202 11,", "Trunks and suit-cases", "10%", "-", "-"]
    + ["", "4202 12,", "", "", "", ""]
    + ["", "4202 19", "", "", "", ""]
    + ["414.", "4407 or 4408", "Sawn wood", "5%", "-", "-"]
)


def test_the_cell_after_each_serial_number_of_a_headerless_stack_is_a_code_cell_and_commas_carry_it_down():
    assert _codes(HEADERLESS_STACK) == ["39", "420211", "420212", "420219", "4407", "4408"]


def test_figures_after_serial_numbers_of_a_stack_that_are_not_code_shaped_stay_no_codes():
    text = "Results\n" + _stacked(["1.", "125", "kg", "2.", "7", "units"])
    assert _codes(text) == []


# --- a description's letters after a code, a heading listed among subheadings ---------------------------------------


def test_a_letter_before_or_and_another_letter_is_a_description_not_a_unit():
    assert _codes("HS code Description\n7216.5000 C or Z sections of iron\n") == ["72165000"]


def test_a_unit_after_a_number_still_makes_it_no_code():
    assert _codes("tanks of 7216.5000 l capacity") == []


def test_a_dotted_heading_listed_among_subheadings_is_a_heading():
    text = "Stay of application: 2008.11.00, 2008.19.00, 20.07, 2009.11.00 Fruit preparations 25% 35%"
    assert _codes(text) == ["2007", "20081100", "20081900", "20091100"]


# --- dates -----------------------------------------------------------------------------------------------------------


def test_a_relays_date_line_before_its_category_is_its_publication():
    text = (
        "notification 12/2031 customs part 3\nPosted on\n4 March 2031 Category : Notifications\n"
        "Please find below the table of the notification.\n"
    )
    assert dates(text) == [("publication", "2031-03-04")]


def test_a_turkish_blogs_date_header_with_its_weekday_is_its_publication_and_no_title():
    text = "7 Mart 2031 Cuma\n\nFasıl 72 Gümrük Vergisi Oranları\n\nG.T.İ.P. MADDE İSMİ 1 2\n"
    assert (dates(text), title(text)) == ([("publication", "2031-03-07")], "Fasıl 72 Gümrük Vergisi Oranları")


def test_a_forum_copys_editor_line_is_its_publication_and_no_title():
    text = "编辑: wangwu 2031-06-05\n附件\n\n对原产于某国的商品加征关税清单\n"
    assert dates(text) == [("publication", "2031-06-05")] and title(text) != "编辑: wangwu 2031-06-05"


def test_a_turkish_decisions_day_of_decision_and_the_earlier_day_it_is_valid_from():
    text = (
        "Resmi Gazete: 03.09.2031 Sayı: 41234\nKONU : İthalat Rejimi Kararında Değişiklik\nKARAR SAYISI: 31/5511\n"
        "Ekli Karar, Bakanlar Kurulu'nca 20/8/2031 tarihinde kararlaştırılmıştır.\n"
        "Madde 1- Ekli listede yer alan maddelerin gümrük vergileri yeniden belirlenmiştir.\n"
        "Madde 2- Bu Karar 15/8/2031 tarihinden geçerli olmak üzere yayımı tarihinde yürürlüğe girer.\n"
    )
    assert dates(text) == [
        ("application_start", "2031-08-15"),
        ("document_date", "2031-08-20"),
        ("entry_into_force", "2031-09-03"),
        ("publication", "2031-09-03"),
    ]
    assert title(text) == "İthalat Rejimi Kararında Değişiklik"


def test_an_e_papers_upload_line_is_no_date_of_the_document_and_no_title():
    text = "14.02.2031 Views\n\nYou also want an ePaper? Increase the reach of your titles\n\nRate schedule\n"
    assert [kind for kind, _ in dates(text) if kind != "other"] == [] and title(text) == "Rate schedule"


# --- measures, countries, jurisdiction -------------------------------------------------------------------------------


def test_a_tariff_elimination_list_is_a_preference():
    text = (
        "Lista de Desgravación de Honduras\n\nCategoría de\nCódigo SAC Descripción Arancel Base\nDesgravación\n"
        "07031000 - - Cebollas y chalotes 15 B\n07032000 - Ajos 15 C\n"
        "07039000 - Puerros y demás hortalizas aliáceas 15 A\n07041000 - Coliflores y brécoles 10 A\n"
    )
    assert "preference" in measures(text)


def test_an_indian_schedules_substituted_tariff_items_are_a_nomenclature_change_beside_its_substituted_rates():
    text = (
        "THE THIRD SCHEDULE\n[See section 97(b)]\nIn the First Schedule to the Customs Tariff Act,-\n"
        "(1) in Chapter 8, for the entry in column (4) occurring against tariff item 0801 11 00, the entry “20%” shall "
        "be substituted;\n"
        "(2) in heading 0802, for tariff item 0802 91 00 and the entries relating thereto, the following shall be "
        "substituted, namely:-\n“0802 91 10 - - - In shell kg. 30% -\n0802 91 90 - - - Other kg. 30% -”;\n"
    )
    assert measures(text) == ["duty_rate_change", "nomenclature_change"]


def test_a_chinese_countermeasure_list_names_retaliation_against_the_united_states():
    text = "附件1\n对美实施加征 15%关税商品清单 序号 税则号列 商品简称\n\n1 08051000 鲜或干的橙\n\n2 08061000 鲜葡萄\n"
    assert (measures(text), affected(text), jurisdiction(text)) == (["retaliation"], ["US"], ["CN"])


def test_jurisdiction_cues_of_tariff_tables():
    assert jurisdiction("G.T.İ.P. MADDE İSMİ\n0805.10.20.00.00 Portakal 54,4") == ["TR"]
    assert jurisdiction("EFD machines under APC 431: attach in the TANCIS a confirmation.") == ["TZ"]
    assert jurisdiction("Customs & Excise Tariff Date: 2031-01-01 SCHEDULE 1 / PART 1") == ["ZA"]
    assert jurisdiction("Customs Notification No. 12 /2031 -Customs dated the 1st February, 2031") == ["IN"]
