"""Code notations of national notices and gazettes, round 4: commodity codes printed in pairs of digits
(`84 71 30 00 00`, as Irish, UK and older EU notices print them), the `Tariff No.` of Chinese Ministry
of Commerce announcements in English (and 税则号列 in Chinese), a schedule row that starts with a
serial number and a dotted heading followed by its subheading row, and a code followed by a date in a
gazette's publication table. Every passage is written for the test in another country's form, with other
goods and numbers than any evaluation document."""

from tests.test_codes import covered, found


def test_commodity_codes_printed_in_pairs_of_digits():
    # an Irish Revenue-style notice listing the goods' commodity codes as spaced pairs
    text = (
        "The provisional countervailing duty covers bicycles, whether or not motorised, falling within the "
        "following TARIC commodity codes:\n\n"
        "  - 87 12 00 30 10\n  - 87 12 00 70 90\n  - 87 11 60 10 00\n\n"
        "Further details are available from the Customs Division, telephone 01 73 82 00 41."
    )
    assert found(text) == (covered("8712003010", "8712007090", "8711601000"), set())


def test_eight_digit_pairs_after_a_code_word():
    text = "Goods of CN code 39 20 43 10 and of CN code 39 21 90 60 are released for free circulation."
    assert found(text) == (covered("39204310", "39219060"), set())


def test_pairs_of_digits_without_a_code_word_are_not_codes():
    # a French switchboard number and a reference printed in pairs: no word says they are codes
    text = "Renseignements : standard 01 44 87 17 17.\n\nRéférence du dossier 12 45 78 90 33 traitée le 3 mars."
    assert found(text) == (set(), set())


def test_tariff_number_of_a_chinese_commerce_announcement():
    text = (
        "The product under review, dichloromethane, is classified under Tariff No. 29031200 in the Customs "
        "Import and Export Tariff of the People's Republic of China. The review period runs 365 days."
    )
    assert found(text) == (covered("29031200"), set())


def test_tariff_number_without_a_classification_word():
    text = (
        "The subject merchandise of this expiry review, acrylic fibre, bears Tariff No. 55013000 in the "
        "import schedule; the goods under tax item No. 55033000 are not covered. Announcement No. 12 of 2014 "
        "set the duty."
    )
    assert found(text) == (covered("55013000", "55033000"), set())


def test_chinese_tariff_line_word():
    text = "调查范围为原产于日本的间甲酚，该产品归在《中华人民共和国进出口税则》：税则号列29071200项下。"
    assert found(text) == (covered("29071200"), set())


def test_a_serial_numbered_row_with_a_dotted_heading_then_its_subheading():
    # a Sri Lankan-style gazette schedule: serial number, heading, description, then the subheading row
    text = (
        "SCHEDULE\n\nSerial\nNo. HS Heading HS Code Description\n\n"
        "1 08.05\nCitrus fruit, fresh or dried.\n"
        "- Mandarins (including tangerines and satsumas);\nclementines, wilkings and similar citrus hybrids:\n"
        "0805.29 -- Other TS\n\n"
        "2 12.11\nPlants and parts of plants, used primarily in perfumery:\n"
        "1211.90 -- Other TS\n"
    )
    assert found(text) == (covered("0805", "080529", "1211", "121190"), set())


def test_serial_numbers_and_amounts_in_a_price_table_are_not_codes():
    text = (
        "Serial\nNo. Item Price Quantity\n\n1 12.50\nRice, per kilogram.\n1250.75 -- Total paid\n\n"
        "2 14.20\nFlour, per kilogram.\n1420.30 -- Total paid\n"
    )
    assert found(text) == (set(), set())


def test_a_code_followed_by_the_date_of_its_gazette_amendment():
    # a publication table: the amendment creates a subheading, then its implementation date
    text = (
        "Date Notice Description Implementation Date\n"
        "14 March 2019 R.388 Amendment to Part 1 of Schedule No. 1 by the creation of tariff subheading "
        "3920.43.10 2 April 2019\n"
        "14 March 2019 R.389 Creation of tariff subheading 8716.39.05 11 février 2019\n"
    )
    assert found(text) == (covered("39204310", "87163905"), set())
