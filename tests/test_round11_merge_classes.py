"""Classes fixed where round 11's branches met: what one branch's rule did to another's kind of text."""

from nlp.pipeline import analyse


def title(text: str) -> str | None:
    found = analyse(text)._.official_title
    return found.text if found else None


def test_a_designation_alone_on_its_line_above_prose_is_the_act_reported_not_the_title():
    text = (
        "Toldstyrelsen\n\n2031-06-02\n\nNyhed\n\nAntidumpingtold på stålhjul fra Kina\n\n"
        "KOMMISSIONENS GENNEMFØRELSESFORORDNING (EU) 2031/700\n"
        "Den 30. maj 2031 blev der indført en endelig antidumpingtold på importen af stålhjul med oprindelse i Kina.\n"
    )
    assert title(text) == "Antidumpingtold på stålhjul fra Kina"


def test_a_designation_with_its_date_and_subject_below_stays_the_title():
    text = (
        "COMMISSION IMPLEMENTING REGULATION (EU) 2031/700\n"
        "of 29 May 2031\n"
        "imposing a definitive anti-dumping duty on imports of steel wheels originating in Ruritania\n\n"
        "THE EUROPEAN COMMISSION,\n"
    )
    assert title(text) == (
        "COMMISSION IMPLEMENTING REGULATION (EU) 2031/700 of 29 May 2031 imposing a definitive anti-dumping duty on"
        " imports of steel wheels originating in Ruritania"
    )
