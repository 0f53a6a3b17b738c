"""Code notations of national notices, round 5: a flattened table whose rows start with a serial number
before the code ('S.NO. PCT CODE DESCRIPTION' over '3. 0712.2000 Onions, dried'), codes quoted one by one
in an amending notification ('for the figure "0712.20", the figure "0712.2010" shall be substituted'), and
a WTO notification form's 'HS Code: 0303' (a heading after a colon). Every passage is written for the test
with other goods and numbers than any evaluation document."""

from tests.test_codes import covered, found


def test_rows_of_a_flattened_table_with_serial_numbers_under_a_code_column():
    text = (
        "NOTIFICATION (CUSTOMS)\nThe Federal Government is pleased to levy regulatory duty on import of goods "
        "specified in column (3) of the Table below at the rates specified in column (4) thereof:-\n"
        "TABLE\nS.NO. PCT CODE DESCRIPTION RATE OF DUTY\n(1) (2) (3) (4)\n"
        "1. 0712.2000 Onions, dried 20% ad valorem\n2. 0712.3100 Mushrooms of the genus Agaricus 20% ad valorem\n"
        "3. 2009.1100 Orange juice, frozen 25% ad valorem\n"
    )
    assert found(text) == (covered("07122000", "07123100", "20091100"), set())


def test_serial_numbered_amounts_under_a_code_column_are_not_codes():
    text = (
        "S.NO. PCT CODE DESCRIPTION RATE OF DUTY\n(1) (2) (3) (4)\n"
        "1. 1250.75 tonnes of onions were imported in the previous year.\n"
    )
    assert found(text) == (set(), set())


def test_codes_quoted_one_figure_at_a_time_by_an_amending_notification():
    text = (
        "In the aforesaid Notification, in Table-I, against S. No. 41 in column (1), in column (2), for the "
        "figure “071290”, the figure “0712.9010” shall be substituted.\n"
    )
    assert found(text) == (covered("071290", "07129010"), set())


def test_a_heading_after_the_colon_of_a_notification_form_field():
    text = "3. Products covered: HS Code: 0303 - Fish, frozen; HS Code: 0304 - Fish fillets, fresh or chilled\n"
    assert found(text) == (covered("0303", "0304", level="heading"), set())


def test_two_codes_joined_by_an_ampersand_in_a_table_cell():
    text = (
        "Safeguard\nCase No.\nSubject\nH.S. Code\nDate of Order\n"
        "04-2030\nImported Ceramic Sinks\n6910.1000 & 6910.9000\n02 May 2030\n"
        "05-2030\nImported Steel Wire\n7217.10.10 & 7217.1090\n02 May 2030\n"
    )
    assert found(text) == (covered("69101000", "69109000", "72171010", "72171090"), set())


def test_a_chapter_named_by_its_two_digits_in_a_notification_form_field():
    text = "4. Products covered (HS or CCCN where applicable): Bicycles and parts (HS code(s): 87); (ICS code(s): 43.150)\n"
    assert found(text) == (covered("87", level="chapter"), set())
