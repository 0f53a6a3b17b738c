"""Round 10 second pass, final13 (documents 1413-1424): a Nordic customs agency's notice of changes to its tariff.
Norwegian dotted tariff numbers that read like dates ('varenummer 05.02.2030 og 06.01.2045'), one no calendar has
after a plain 'til' ('overført til 19.05.9099'), dotted headings after 'posisjon', chapters listed with 'og' or as
ranges after 'kapitler:', the start of the changes ('nye varenummer ... fra 1. januar'), new or deleted tariff numbers
as a nomenclature change, rates converted or changed as a duty rate change, and the site's skip link over the title.
Every passage is written for these tests, with other numbers, products and years than the set."""

import pytest

from nlp.pipeline import analyse
from tests.test_dates_families import EIF, OTHER, typed
from tests.test_reader_r7 import read

NOTICE = (
    "Gå til innhold\n\nEndringer i Tolltariffen 2031\n\nDet kommer nye varenummer i kapittel 07 og 39 i tolltariffen "
    "fra 1. januar 2031.\n\nDet er opprettet nye varenummer for frosne bær i posisjon 08.11 og for biologisk "
    "nedbrytbare poser i posisjonene 39.23 og 39.24.\n\nVi foreslo å fjerne varenummer 19.05.9092. Vareomfanget er "
    "overført til 19.05.9099.\n\nHenvisningen til varenummer 05.02.2030 og 06.01.2045 fjernes.\n\nTollsatsene for "
    "enkelte frukter er endret fra kroner per kg til prosent.\n"
)


def test_norwegian_tariff_numbers_headings_and_chapters_of_a_notice():
    doc = analyse(NOTICE, jurisdiction="NO")
    assert [code.code for code in doc._.codes] == [
        "07",
        "39",
        "0811",
        "3923",
        "3924",
        "19059092",
        "19059099",
        "05022030",
        "06012045",
    ]


def test_a_date_after_a_norwegian_tariff_number_stays_a_date():
    text = "Varenummer 04.07.1900 ble opprettet, og endringen gjelder fra 01.07.2031 og 01.01.2032.\n"
    assert [code.code for code in analyse(text, jurisdiction="NO")._.codes] == ["04071900"]


def test_norwegian_chapters_listed_with_og_and_as_ranges():
    text = (
        "Vi fjerner kravet om å deklarere mengde i annen enhet for en rekke varer innenfor følgende kapitler: "
        "50-53, 72-73, 86 og 90.\n"
    )
    doc = analyse(text, jurisdiction="NO")
    assert ([c.code for c in doc._.codes], [(r.code_from, r.code_to) for r in doc._.code_ranges]) == (
        ["86", "90"],
        [("50", "53"), ("72", "73")],
    )


def test_a_norwegian_notices_new_tariff_numbers_start_on_their_date():
    assert {found for found in typed(NOTICE) if found[0] != OTHER} == {(EIF, "2031-01-01", False)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Endringene i tolltariffen gjelder fra 1. juli 2031.\n",
        "Tollsatsene for hvete endres med virkning fra 1. juli 2031.\n",
        "Nya varukoder för batterier införs från den 1 juli 2031.\n",
    ],
)
def test_when_nordic_tariff_changes_take_effect(sentence):
    assert typed(sentence) == {(EIF, "2031-07-01", False)}


def test_a_norwegian_notice_changes_the_nomenclature_and_rates():
    assert {m.type for m in analyse(NOTICE, jurisdiction="NO")._.measures} == {
        "nomenclature_change",
        "duty_rate_change",
    }


def test_the_skip_link_over_a_norwegian_notice_is_no_title():
    assert read(NOTICE, jurisdiction="NO")[0] == "Endringer i Tolltariffen 2031"
