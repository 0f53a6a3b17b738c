"""Measure types and affected countries, round 5 (second pass) of issue 15: German country names as an article
declines them and the older names of free-trade partners, a title's exception, the authority that made changes
and the 'EU Exit' event (no origins), a register of duties in force ('<goods> from <country>' lines), and a
proceeding run in parallel (context, not an act). Every passage is written for these tests, with other goods,
countries and numbers than any eval set."""

from nlp.countries.names import find_country_names
from nlp.pipeline import analyse


def affected(text: str, jurisdiction: str | None = None) -> set[str]:
    return set(analyse(text, jurisdiction=jurisdiction)._.countries["affected"])


def measures(text: str) -> set[str]:
    return {m.type for m in analyse(text)._.measures}


def codes(text: str) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.code) for m in find_country_names(text)]


def test_german_names_declined_after_an_article():
    text = (
        "Waren aus den Vereinigten Arabischen Emiraten, der Tschechischen Republik, dem Vereinigten Königreich, "
        "der Europäischen Union und den Färöern"
    )
    assert codes(text) == [
        ("Vereinigten Arabischen Emiraten", "AE"),
        ("Tschechischen Republik", "CZ"),
        ("Vereinigten Königreich", "GB"),
        ("Europäischen Union", "EU"),
        ("Färöern", "FO"),
    ]


def test_older_and_territorial_names_of_partners():
    text = "partners: the Former Yugoslav Republic of Macedonia, the West Bank and Gaza Strip, the Faeroe Islands"
    assert codes(text) == [
        ("Former Yugoslav Republic of Macedonia", "MK"),
        ("West Bank and Gaza Strip", "PS"),
        ("Faeroe Islands", "FO"),
    ]
    assert codes("Mazedonien, dem Westjordanland, la Macédoine, la Cisjordanie") == [
        ("Mazedonien", "MK"),
        ("Westjordanland", "PS"),
        ("Macédoine", "MK"),
        ("Cisjordanie", "PS"),
    ]


def test_a_country_the_title_excepts_is_not_affected():
    text = (
        "Order Respecting the Tariff Treatment of Goods of Free Trade Partners (other than the United States)\n\n"
        "ORDER\n\n1. The preferential rates of duty set out in the Schedule apply to goods originating in Peru, "
        "Jordan and Panama.\n"
    )
    assert affected(text, "CA") == {"PE", "JO", "PA"}


def test_changes_made_by_a_union_and_its_exit_name_no_origin():
    text = (
        "Trade Remedies Notice\n\n"
        "The anti-dumping duty on steel wire from Brazil is reduced to 12.5% from the point of EU Exit, to "
        "reflect the changes made by the EU after its own review.\n"
    )
    assert affected(text, "UK") == {"BR"}


def test_a_register_of_duties_in_force_names_its_cases_origins():
    text = (
        "Duties in force\n\nThis page lists goods subject to anti-dumping duties.\n\n"
        "Goods\n\nExpiry\n\n"
        "Frozen strawberries from Chile\n\n3 April 2032\n\n"
        "Steel nails from Vietnam and Thailand\n\n9 June 2033\n\n"
        "Glass jars from Egypt\n\n1 May 2031\n"
    )
    assert affected(text, "AU") == {"CL", "VN", "TH", "EG"}


def test_one_line_of_goods_from_a_country_is_no_register():
    text = "Market report\n\nFrozen strawberries from Chile\n\nPrices rose by 4 percent in the quarter.\n"
    assert affected(text, "AU") == set()


def test_the_proceeding_run_in_parallel_is_context():
    text = (
        "Notice of initiation of an anti-subsidy proceeding concerning imports of ceramic tiles originating in "
        "Ruritania\n\nThe Commission has decided to initiate an anti-subsidy investigation. This investigation "
        "is conducted in parallel with the anti-dumping investigation initiated on 12 March 2031 concerning the "
        "same product.\n"
    )
    assert measures(text) == {"countervailing"}


def implementing(text: str, jurisdiction: str | None = None) -> list[str]:
    return analyse(text, jurisdiction=jurisdiction)._.countries["implementing"]


def test_a_notification_form_names_its_member_alone_under_its_heading():
    text = (
        "NOTIFICATION UNDER ARTICLE 12.1(A) OF THE AGREEMENT ON SAFEGUARDS\n"
        "ON INITIATION OF AN INVESTIGATION\n\nPERU\n\nFrozen Squid\n\n"
        "1 DATE OF INITIATION\n\nThe investigation was initiated on 14 May 2031.\n\n"
        "Interested parties should register within 20 days in Peru from the date of initiation.\n"
    )
    assert implementing(text, "WTO") == ["PE"]  # the source is the WTO's; its form names the Member
    assert affected(text, "WTO") == set()
