"""Affected countries, round 6 of issue 15: countries a text names without acting on their goods. A government
named as the actor whose threats an order addresses, the partner a country keeps its nomenclature aligned with, the
origins of a duty that an anti-circumvention act extends to another country's goods (found, and since round 20
affected beside the extension's goods: eval/heldout/README.md 'Round 20 label conventions'), and a country whose
proceeding the amended act's title says was terminated. Every passage is written for these tests (other goods, countries and
numbers than any eval set)."""

from nlp.countries.extensions import extended_measure_origins
from nlp.pipeline import analyse
from nlp.text.sentences import Sentences


def affected(text: str, jurisdiction: str | None = None) -> list[str]:
    return sorted(analyse(text, jurisdiction=jurisdiction)._.countries["affected"])


def test_a_government_whose_threats_are_addressed_acts_and_is_not_an_origin():
    text = (
        "Sec. 2. Imposition of duties. To deal with the policies and actions directed at the United States by the "
        "Government of Venezuela, articles that are products of Ecuador shall be subject to an additional 12 percent "
        "ad valorem rate of duty, effective 12:01 a.m. on May 3, 2027.\n"
    )
    assert affected(text, "US") == ["EC"]


def test_goods_subsidised_by_a_government_still_name_their_origin():
    text = (
        "Notice of initiation. The Department is initiating a countervailing duty investigation of imports of "
        "ceramic tiles alleged to be subsidized by the Government of Malaysia.\n"
    )
    assert affected(text, "US") == ["MY"]


def test_a_nomenclature_kept_in_step_with_a_partner_names_no_origin():
    text = (
        "Tariff notice 9 March 2028\n\nCommodity codes are created from 1 April 2028 to keep the tariff in line with "
        "the EU. The new codes are listed below.\n"
    )
    assert affected(text, "UK") == []
    text = "Update to commodity codes to maintain alignment with the European Union; new codes from 2 June 2029."
    assert affected(text, "UK") == []


def test_an_extension_of_a_duty_affects_the_goods_it_is_extended_to_and_the_extended_measure_origins():
    text = (
        "Article 1\n\n1. The definitive anti-dumping duty imposed by Implementing Regulation (EU) 2031/77 on imports "
        "of aluminium ladders originating in Brazil and Egypt is hereby extended to imports of aluminium ladders "
        "consigned from Georgia, whether declared as originating in Georgia or not.\n\n"
        "2. The duty extended by paragraph 1 shall be the duty of 31,4 % applicable to 'all other companies' in "
        "Brazil.\n"
    )
    assert affected(text, "EU") == ["BR", "EG", "GE"]


def test_an_extension_act_title_names_the_extended_measure_origins_first():
    title = (
        "Commission Implementing Regulation (EU) 2032/15 extending the definitive countervailing duty imposed by "
        "Implementing Regulation (EU) 2030/220 on imports of steel springs originating in India to imports of "
        "steel springs consigned from Sri Lanka, whether declared as originating in Sri Lanka or not"
    )
    assert extended_measure_origins(title, Sentences(title)) == {"IN"}
    assert affected(title, "EU") == ["IN", "LK"]


def test_german_and_french_extension_sentences():
    german = (
        "(1) Der mit der Durchführungsverordnung (EU) 2031/5 eingeführte Antidumpingzoll auf die Einfuhren von "
        "Holzschrauben mit Ursprung in Vietnam wird ausgeweitet auf die Einfuhren von Holzschrauben, die aus "
        "Kambodscha versandt werden."
    )
    assert extended_measure_origins(german, Sentences(german)) == {"VN"}
    french = (
        "Le droit antidumping institué sur les importations de vis à bois originaires du Viêt Nam est étendu aux "
        "importations de vis à bois expédiées du Cambodge."
    )
    assert extended_measure_origins(french, Sentences(french)) == {"VN"}


def test_a_duty_as_extended_earlier_names_both_countries_of_the_amended_act():
    # the amended act's measure covers both: 'as extended to' is its title, not this act's extension
    title = (
        "Commission Implementing Regulation (EU) 2033/4 amending Implementing Regulation (EU) 2030/90 imposing a "
        "definitive anti-dumping duty on imports of glass beads originating in Thailand as extended to imports of "
        "glass beads consigned from Laos"
    )
    assert affected(title, "EU") == ["LA", "TH"]


def test_a_period_extended_to_a_date_is_not_an_extension_to_other_goods():
    text = "The tariff quota for frozen hake originating in Namibia is extended to 31 December 2030."
    assert extended_measure_origins(text, Sentences(text)) == set()


def test_a_proceeding_terminated_in_the_amended_act_title_is_not_affected():
    title = (
        "Commission Implementing Regulation (EU) 2034/61 of 3 May 2034 amending Implementing Regulation (EU) "
        "No 880/2029 imposing a definitive anti-dumping duty on imports of nylon rope originating in Pakistan and "
        "terminating the proceeding concerning imports of nylon rope originating in Egypt and Oman"
    )
    assert affected(title, "EU") == ["PK"]


def test_short_and_older_names_trade_lists_print():
    from nlp.countries.names import find_country_names

    text = "Brunei, Bosnia-Herzegovina, St Lucia, St Kitts and Nevis, Trinidad & Tobago, Antigua & Barbuda, Kazakstan"
    assert [(text[m.start : m.end], m.code) for m in find_country_names(text)] == [
        ("Brunei", "BN"),
        ("Bosnia-Herzegovina", "BA"),
        ("St Lucia", "LC"),
        ("St Kitts and Nevis", "KN"),
        ("Trinidad", "TT"),
        ("Antigua", "AG"),
        ("Kazakstan", "KZ"),
    ]


def test_goods_exported_to_the_implementing_country_from_an_origin():
    # a notice headed by its number, the goods line below it: no operative sentence names the origin
    text = (
        "Dumping Notice No. 2029/31\n\nStainless steel sinks exported to Australia from Thailand and Malaysia\n\n"
        "The Commissioner has decided to initiate a review of the measures.\n"
    )
    assert affected(text, "AU") == ["MY", "TH"]
