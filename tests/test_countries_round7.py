"""Affected countries, round 7 of issue 15: a group named as one partner ('the Canada-EFTA Free Trade Agreement')
stands for its members; a notice's contact lines ('Calls within Canada & the United States') and German or
French 'does not apply to goods originating in …' name no targeted origin. Every passage is written for these
tests (other goods, partners and numbers than any eval set)."""

from nlp.pipeline import analyse


def countries(text: str, jurisdiction: str | None = None) -> dict:
    return analyse(text, jurisdiction=jurisdiction)._.countries


def test_an_efta_agreement_favours_the_goods_of_its_members():
    text = (
        "Customs Notice 31-11: Amendment to the Departmental Consolidation of the Customs Tariff\n"
        "1. Rate of duty reductions included in the Canada-EFTA Free Trade Agreement are effective January 1, "
        "2031 and contain changes to the IT, NT & SLT tariff treatments for the following tariff items:\n"
        "Tariff Item | New Rate of Duty |\n8903.11.00.00 | IT, NT, SLT: Free |\n"
    )
    assert countries(text, "CA") == {"implementing": ["CA"], "affected": ["CH", "IS", "LI", "NO"]}


def test_a_notices_contact_lines_name_no_origin():
    text = (
        "Customs Notice 31-12: Amendments to the Departmental Consolidation of the Customs Tariff\n"
        "1. Rate of duty reductions included in the Canada-Ruritania Trade Continuity Agreement are effective "
        "March 1, 2031 and contain changes to the RUT treatment for the following tariff items:\n"
        "Tariff Item | New Rate of Duty |\n0406.90.10.00 | RUT: 3% |\n"
        "2. For more information, contact the Border Information Service:\n"
        "Calls within Canada & the United States (toll free): 1-800-555-0100\n"
        "Calls outside Canada & the United States (long distance charges apply): 1-204-555-0199\n"
    )
    assert countries(text, "CA")["affected"] == []


def test_a_german_suspension_that_does_not_apply_to_one_origin():
    text = (
        "Artikel 1\n(1) Die Zollsätze des Gemeinsamen Zolltarifs für die im Anhang aufgeführten Waren werden "
        "ausgesetzt.\n(2) Die Aussetzung nach Absatz 1 gilt nicht für Erzeugnisse mit Ursprung in Belarus.\n"
    )
    assert countries(text, "EU")["affected"] == []
