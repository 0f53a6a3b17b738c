"""Codes in national tariff schedules and gazettes printed as tables without a keyword beside each
code: rows of solid 10-digit codes, a schedule flattened one cell per line (a heading, its subheading,
then its national lines), a column headed "HS Code" in a trade-remedy table, dotted headings after the
words of other languages, and 12-digit dotted national lines. Every passage is written for the test
in the form of a country's schedule (other countries, other numbers than any evaluation document)."""

import pytest

from tests.test_codes import covered, found


def test_rows_of_solid_ten_digit_codes_after_a_decree_article():
    # a Peruvian-style decree: national subheadings (subpartidas nacionales) printed four to a row
    text = (
        "Artículo 2.- Fíjese en cero por ciento el arancel de las subpartidas nacionales siguientes:\n\n"
        "3907300000 3907610000  3907690000 3920100010\n\n"
        "3921909000 4002110000  4002199000 7005290000\n\n"
        "Artículo 3.- El presente decreto rige desde el día siguiente."
    )
    expected = ("3907300000", "3907610000", "3907690000", "3920100010", "3921909000", "4002110000")
    assert found(text) == (covered(*expected, "4002199000", "7005290000"), set())


def test_rows_of_solid_numbers_without_a_code_word_are_not_codes():
    # tax identification and file numbers in rows: no word says they are codes
    text = "Contribuyentes notificados:\n\n8301972684 9001234567  8605123401\n\n1100131030 1100131031\n"
    assert found(text) == (set(), set())


def test_a_schedule_flattened_one_cell_per_line():
    # a Sri Lankan-style schedule: heading, its subheading, then the national lines with their rates
    text = (
        "Heading\n\nH.S. Code\n\nDescription\n\nRate\n\n"
        "07.03\n\nOnions, shallots, garlic, leeks and other alliaceous vegetables.\n\n"
        "0703.10\n\n- Onions and shallots:\n\n0703.10 10\n\n- - - Onions, fresh Free\n\n"
        "0703.10 90\n\n- - - Other 15%\n\n0703.20 00\n\n- Garlic 20%\n\n"
        "0709.60\n\n- Fruits of the genus Capsicum:\n\n0709.60 10\n\n- - - Chillies 25%\n"
    )
    expected = ("0703", "070310", "07031010", "07031090", "07032000", "070960", "07096010")
    assert found(text) == (covered(*expected), set())


def test_amounts_starting_the_lines_of_a_price_list_are_not_headings():
    text = "Unit prices\n\n12.50\n\nper kilogram\n\n1250.75\n\nper tonne, ex works\n\n1250.75 10\n\npallets\n"
    assert found(text) == (set(), set())


def test_a_column_headed_hs_code_in_a_trade_remedy_table():
    # an Egyptian-style table of investigations flattened one cell per line, codes of several chapters
    text = (
        "Product HS Code Country Date of initiation Type\n\n"
        "Cold-rolled flat products of iron\n\n720917\n\n720918\n\n\nUkraine\n\n14/03/2025\n\nSafeguard\n\n"
        "Citric acid and its salts\n\n291814\n\n291815\n\nChina\n\n02/09/2025\n\nAnti-dumping\n"
    )
    assert found(text) == (covered("720917", "720918", "291814", "291815"), set())


def test_a_case_number_column_beside_the_code_column_leaves_bare_numbers_unread():
    # which column a bare number belongs to is unknown when a case number column stands beside the codes
    text = "Case No. Product HS Code Country\n\n240118\n\nGlass fibre mesh\n\n701959\n\nEgypt\n"
    assert found(text) == (set(), set())
    # a table with a code column only, then one with a case column: the nearest header decides
    text = "Product HS Code\n\nCitric acid\n\n291814\n\nCase No. HS Code Country\n\n240118\n\nJordan\n"
    assert found(text) == (covered("291814"), set())


def test_numbers_alone_on_their_lines_far_from_any_code_column():
    text = "Contact list\n\nOffice\n\n201145\n\nBranch\n\n302118\n\nPostal code 118605\n"
    assert found(text) == (set(), set())


WORDS = {
    "French position": ("les pneumatiques de la position 40.12 sont exclus", covered("4012")),
    "French positions": ("les marchandises des positions 84.29 et 84.30", covered("8429", "8430")),
    "Spanish partida": ("los tubos de la partida 73.04 del Arancel", covered("7304")),
    "Portuguese posição": ("os veículos da posição 87.03 da NCM", covered("8703")),
    "German Position": ("Waren der Position 85.44 der Kombinierten Nomenklatur", covered("8544")),
    "Turkish GTIP after a 12-digit line": (
        "7318.15.90.00.19 GTİP'inde sınıflandırılan cıvatalar için önlem uygulanır.",
        covered("731815900019", level="12digit"),
    ),
    "Turkish GTIP before": (
        "3920.20.21.00.11 ve 3920.20.29.00.12 GTİP'leri",
        covered("392020210011", "392020290012", level="12digit"),
    ),
    "Indonesian Kode HS": ("Barang dengan Kode HS 8471.30 dikenakan bea masuk", covered("847130")),
    "Vietnamese Mã HS": ("Mặt hàng thuộc mã HS 8504.40 được áp dụng", covered("850440")),
    "Indonesian pos tarif": (
        "Bea masuk atas barang dengan pos tarif 7210.49 dan 7210.61 ditetapkan",
        covered("721049", "721061"),
    ),
    "Malay subkepala and kepala": (
        "dalam Jadual, berhubung dengan kepala 03.04 dan subkepala 0304.87, ruang (4)",
        covered("0304", "030487"),
    ),
    "Vietnamese phân nhóm and nhóm": ("hàng hóa thuộc nhóm 72.08 và phân nhóm 7208.51", covered("7208", "720851")),
    "Malay kod HS list": (
        "barang-barang di bawah kod HS 850440, 850450 dan 850490",
        covered("850440", "850450", "850490"),
    ),
}


@pytest.mark.parametrize("name", sorted(WORDS))
def test_code_words_of_other_languages(name):
    text, expected = WORDS[name]
    assert found(text) == (expected, set())


NOT_HEADINGS = [
    "la position 12.5 du rapport et le prix de 40.12 euros",
    "Il a obtenu la position 3 au classement 2025.",
    "GTİP numarası verilmemiştir; dosya 2024.10.15.11.30 tarihinde açıldı.",
]


@pytest.mark.parametrize("text", NOT_HEADINGS)
def test_numbers_after_words_of_other_languages_that_are_not_codes(text):
    assert found(text) == (set(), set())


# Forms read in public copies of national schedules (not in any evaluation set), written anew here:
# the Sri Lankan import tariff guide (HS Hdg. / HS Code columns, dashes before descriptions), the Israeli
# customs book (10 digits and a check digit after a slash), EAEU decisions (ТН ВЭД codes in 4-2-3-1 groups).
def test_a_sri_lankan_style_schedule_with_dashes_before_descriptions():
    text = (
        "HS Hdg. HS Code Description Unit Gen. Duty\n\n"
        "08.05 Citrus fruit, fresh or dried.\n0805.10 - Oranges :\n0805.10.10 --- Fresh u 15%\n"
        "0805.10.20 --- Dried u 15%\n0805.21 -- Mandarins u 15%\n0805.22 -- Clementines u 15%\n"
    )
    expected = ("0805", "080510", "08051010", "08051020", "080521", "080522")
    assert found(text) == (covered(*expected), set())


def test_israeli_customs_items_with_their_check_digit():
    text = (
        "Customs item information\n\n"
        "0805100000/2\n- Oranges\n0805210000/7\n- Mandarins (including tangerines and satsumas)\n"
        "The item applies under tariff item 2009110000/3 as well."
    )
    assert found(text) == (covered("0805100000", "0805210000", "2009110000"), set())


def test_eaeu_codes_named_by_the_cyrillic_tn_ved():
    text = (
        "Установить ставку ввозной таможенной пошлины в отношении товаров, классифицируемых кодами "
        "ТН ВЭД ЕАЭС 8418 10 200 1 и 8418 21 100 0, в размере 0 процентов."
    )
    assert found(text) == (covered("8418102001", "8418211000"), set())
