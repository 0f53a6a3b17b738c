"""Typed dates, round 7 second pass: the classes final10's misses showed (quota bulletins' opening day, EU titles in
the other official languages, an annex's retroactive "Effective with respect to goods entered", a ministry's news
release dateline, a window of expiries). Every passage is written for these tests, in other words, numbers and
countries than any eval set."""

import pytest

from tests.test_dates_families import DOC, EIF, END, OTHER, PUB, START, typed

CASES = {
    # --- a quota bulletin's fields: the day the quota opens is when entries under it start --------------------------
    "a quota bulletin's opening date under its label": (
        "COMMODITY:\nShelled walnuts provided for in Chapter 8, Additional U.S. Note 7\nQUOTA PERIOD:\n"
        "July 1, 2036, through June 30, 2037\nOPENING DATE:\nTuesday, July 1, 2036 at 12:00 noon EDT\n"
        "RESTRAINT LEVEL:\n1,250,000 kg\n",
        {(START, "2036-07-01", False), (END, "2037-06-30", False), (EIF, "2036-07-01", False)},
    ),
    "an opening day on the label's line, in title case": (
        "Quota Period: April 1, 2036 through March 31, 2037\nOpening Day: Wednesday, April 2, 2036\n"
        "Restraint Level: 48,000 kg\n",
        {(START, "2036-04-01", False), (END, "2037-03-31", False), (EIF, "2036-04-02", False)},
    ),
    "an opening day printed with a stale year is no day of the quota": (
        "QUOTA PERIOD:\nOctober 1, 2036, through September 30, 2037\nOPENING DAY:\nWednesday, October 1, 2035\n"
        "RESTRAINT LEVELS:\nAggregate 310,000 kg\n",
        {(START, "2036-10-01", False), (END, "2037-09-30", False), (OTHER, "2035-10-01", False)},
    ),
    # --- an EU act's title in its other languages: the act words and the enacting formula ---------------------------
    "a Spanish EU title under a register's page furniture": (
        "EUR-Lex\n\nVolver a la página de inicio\n\nEste documento es un extracto\n\nDocumento 32036R0519\n\n"
        "Reglamento de Ejecución (UE) 2036/519 de la Comisión, de 12 de abril de 2036, que modifica el Reglamento "
        "de Ejecución (UE) 2033/901 por el que se establece un derecho antidumping definitivo sobre las importaciones "
        "de determinadas placas de vidrio originarias de Freedonia, tras una reconsideración por expiración en virtud "
        "del artículo 11, apartado 2, del Reglamento (UE) 2016/1036\n\nLA COMISIÓN EUROPEA,\n\nVisto el Tratado de "
        "Funcionamiento de la Unión Europea,\n",
        {(DOC, "2036-04-12", False)},
    ),
    "a Spanish EU heading printed in capitals, its date on the next line": (
        "REGLAMENTO DE EJECUCIÓN (UE) 2036/519 DE LA COMISIÓN\n\nde 12 de abril de 2036\n\npor el que se establece "
        "un derecho antidumping\n\nLA COMISIÓN EUROPEA,\n",
        {(DOC, "2036-04-12", False)},
    ),
    "a Portuguese EU decision's heading": (
        "DECISÃO (UE) 2036/88 DO CONSELHO\n\nde 20 de janeiro de 2036\n\nrelativa à celebração do Acordo\n\n"
        "O CONSELHO DA UNIÃO EUROPEIA,\n",
        {(DOC, "2036-01-20", False)},
    ),
    "a Dutch EU heading: a compound act word, the date on the next line": (
        "UITVOERINGSVERORDENING (EU) 2036/702 VAN DE COMMISSIE\n\nvan 18 juni 2036\n\ntot instelling van een "
        "definitief antidumpingrecht\n\nDE EUROPESE COMMISSIE,\n",
        {(DOC, "2036-06-18", False)},
    ),
    "an Italian EU heading": (
        "REGOLAMENTO DI ESECUZIONE (UE) 2036/702 DELLA COMMISSIONE\n\ndel 18 giugno 2036\n\nche istituisce un "
        "dazio antidumping definitivo\n\nLA COMMISSIONE EUROPEA,\n",
        {(DOC, "2036-06-18", False)},
    ),
    # --- an annex's operative clause reaching back to goods entered on or after an earlier day -----------------------
    "an annex clause effective for goods entered before the signature": (
        "IN WITNESS WHEREOF, I have hereunto set my hand this ninth day of March, in the year of our Lord two "
        "thousand thirty-six.\n\nANNEX\n\nC.  Effective with respect to goods entered for consumption, or withdrawn "
        "from warehouse for consumption, on or after 12:01 am eastern time on February 2, 2036, subchapter III of "
        "chapter 99 of the HTSUS is modified as follows:\n",
        {(DOC, "2036-03-09", False), (EIF, "2036-02-02", False)},
    ),
    "an annex clause effective as of an earlier day": (
        "IN WITNESS WHEREOF, I have hereunto set my hand this tenth day of April, in the year of our Lord two "
        "thousand thirty-seven.\n\nANNEX\n\nEffective as of 12:01 a.m. eastern daylight time on March 1, 2037, "
        "the HTSUS is modified as follows:\n",
        {(DOC, "2037-04-10", False), (EIF, "2037-03-01", False)},
    ),
    "an annex sentence saying the schedule was modified is history": (
        "IN WITNESS WHEREOF, I have hereunto set my hand this tenth day of April, in the year of our Lord two "
        "thousand thirty-seven.\n\nANNEX\n\nEffective as of March 1, 2037, the HTSUS was modified by "
        "Proclamation 12040 (eastern time).\n",
        {(DOC, "2037-04-10", False), (OTHER, "2037-03-01", False)},
    ),
    "a background paragraph's earlier effective day stays history": (
        "IN WITNESS WHEREOF, I have hereunto set my hand this ninth day of March, in the year of our Lord two "
        "thousand thirty-six.\n\nANNEX\n\nThe earlier proclamation inserted subdivision (v)(xi), effective "
        "February 2, 2036, into U.S. note 2.\n",
        {(DOC, "2036-03-09", False), (OTHER, "2036-02-02", False)},
    ),
    # --- a ministry's news release: its dateline with a time and the releasing body ------------------------------------
    "a release dateline with a time, a zone and the ministry": (
        "Announcement No. 44 of 2036 on the Review of Measures\n\nJune 9, 2036 - 10:05 CST (02:05 GMT)   "
        "Ministry of Commerce\n\nThe Ministry hereby announces the review of the measures.\n",
        {(PUB, "2036-06-09", False)},
    ),
    "a release dateline with a source": (
        "Press release\n\n2036-06-09 10:05 Source: Ministry of Trade and Industry\n\nThe tariff on steel rises to "
        "15% from 1 July 2036.\n",
        {(PUB, "2036-06-09", False), (EIF, "2036-07-01", False)},
    ),
    "a message's time stamp with only its zone stays the message's date": (
        "CSMS # 64112233 - Update on steel duties\n\n06/09/2036 10:05 AM EDT\n\nThe duties apply from July 1, 2036.\n",
        {(DOC, "2036-06-09", False), (START, "2036-07-01", False)},
    ),
    # --- a window in which other acts' measures lapse is no period of this act ----------------------------------------
    "measures that will expire between two days": (
        "Notice is given that the anti-dumping measures listed below will expire from 1 July 2036 to "
        "31 December 2036 unless a review is requested.\n",
        {(OTHER, "2036-07-01", False), (OTHER, "2036-12-31", False)},
    ),
    "measures due to expire between two days": (
        "The following countervailing measures are due to expire between 1 January 2037 and 30 June 2037:\n",
        {(OTHER, "2037-01-01", False), (OTHER, "2037-06-30", False)},
    ),
    "a duty's own period is still a period": (
        "The additional duty applies from 1 July 2036 to 31 December 2036.\n",
        {(START, "2036-07-01", False), (END, "2036-12-31", False)},
    ),
    # --- a register's list of gazette notices: a row opens with its notice's date, closes with its implementation ------
    "a list of notices, one row per line": (
        "Tariff Amendments 2036\n\nPublication Details\nDate GG and Notice Numbers Description Implementation Date\n"
        "14 March 2036 GG.60211 R.2204 Amendment to Part 1 of Schedule No. 1, to reduce the rate of duty on "
        "flat-rolled steel – ITAC Report No. 812 1 April 2036\n"
        "14 March 2036 GG.60211 R.2205 Amendment to Part 3 of Schedule No. 1, by the deletion of rebate item "
        "317.04 14 March 2036\n",
        {(PUB, "2036-03-14", False), (EIF, "2036-04-01", False), (EIF, "2036-03-14", False)},
    ),
    "a list of notices printed one cell per line, header cells run together": (
        "Publication Details\n\nDateGG and Notice NumbersDescriptionImplementation Date\n"
        "9 May 2036\nNew!\n\nGG 60390\nR.2288\n\nAmendment to Part 1 of Schedule No. 4, amending rebate item "
        "460.15 as it appears in Notice No. R. 2101 of Government Gazette No. 60011 on 7 February 2036; and\n\n"
        "Effective dates are given in each item\n\n2 May 2036 New!\n\nGG 60371\nR.2270\n\nAmendment to Part 2 of "
        "Schedule No. 3 (ITAC Report 840)\n\n16 May 2036\n\n25 April 2036\n\nGG 60352\nR.2251\n\n"
        "Amendment to Part 1 of Schedule No. 1\n\nWith effect from 1 June 2036\n",
        {
            (PUB, "2036-05-09", False),
            (OTHER, "2036-02-07", False),
            (PUB, "2036-05-02", False),
            (EIF, "2036-05-16", False),
            (PUB, "2036-04-25", False),
            (EIF, "2036-06-01", False),
        },
    ),
    "a list of notices with its cells between bars": (
        "Publication Details\nDate | Gazette No. | Notice No. | Description | Effective Date\n"
        "3 June 2037 | 61002 | R.3301 | Amendment to Part 1 of Schedule No. 1 | 1 July 2037\n"
        "27 May 2037 | 60990 | R.3288 | Correction notice | 27 May 2037\n",
        {
            (PUB, "2037-06-03", False),
            (EIF, "2037-07-01", False),
            (PUB, "2037-05-27", False),
            (EIF, "2037-05-27", False),
        },
    ),
    "without the list's header, a date alone on a line is not a notice's": (
        "Amendment to Part 2 of Schedule No. 3\n\n16 May 2036\n\n25 April 2036\n",
        {(OTHER, "2036-05-16", False), (OTHER, "2036-04-25", False)},
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_round7b_date_classes(name):
    text, expected = CASES[name]
    us = "eastern" in text or "EDT" in text or "QUOTA" in text.upper()
    assert typed(text, jurisdiction="US" if us else None) == expected
