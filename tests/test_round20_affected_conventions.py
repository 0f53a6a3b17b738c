"""Affected countries, round 20 label conventions (eval/heldout/README.md 'Round 20 label conventions: affected
countries'). Class: the origin of the measure an anti-circumvention act extends to goods consigned from another
country is affected beside that country (eval-dev's anti-circumvention initiation labels both). Before round 20 the
extractor removed the extended measure's origin. Every passage is written for these tests (other goods, countries
and numbers than any eval set)."""

from nlp.pipeline import analyse


def affected(text: str, jurisdiction: str | None = None) -> list[str]:
    return sorted(analyse(text, jurisdiction=jurisdiction)._.countries["affected"])


def test_an_extension_article_affects_the_extended_measure_origin_and_the_consigning_country():
    text = (
        "Article 1\n\n1. The definitive anti-dumping duty imposed by Implementing Regulation (EU) 2035/412 on "
        "imports of ceramic insulators originating in Vietnam is hereby extended to imports of ceramic insulators "
        "consigned from Cambodia, whether declared as originating in Cambodia or not.\n\n"
        "2. The duty extended by paragraph 1 shall be the duty of 27,2 % applicable to 'all other companies' in "
        "Vietnam.\n"
    )
    assert affected(text, "EU") == ["KH", "VN"]


def test_an_extension_title_affects_both_countries():
    title = (
        "Commission Implementing Regulation (EU) 2036/88 extending the definitive anti-dumping duty imposed by "
        "Implementing Regulation (EU) 2033/301 on imports of copper tubes originating in Egypt to imports of "
        "copper tubes consigned from Jordan, whether declared as originating in Jordan or not"
    )
    assert affected(title, "EU") == ["EG", "JO"]


def test_a_german_extension_affects_both_countries():
    text = (
        "Artikel 1\n\n(1) Der mit der Durchführungsverordnung (EU) 2034/77 eingeführte endgültige Antidumpingzoll "
        "auf die Einfuhren von Kugellagern mit Ursprung in Thailand wird ausgeweitet auf die Einfuhren von "
        "Kugellagern, die aus den Philippinen versandt werden, ob als Ursprungserzeugnisse der Philippinen "
        "angemeldet oder nicht.\n"
    )
    assert affected(text, "EU") == ["PH", "TH"]


def test_a_quota_period_extended_adds_no_country():
    text = "Article 1\n\nThe tariff quota for chilled salmon originating in Chile is hereby extended to 30 June 2037.\n"
    assert affected(text, "EU") == ["CL"]
