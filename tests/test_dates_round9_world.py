"""Typed dates, round 9 (read12-world): the classes the other countries' everyday documents showed. Every passage is
written for these tests, in other words, numbers and products than any eval set."""

import pytest

from tests.test_dates_families import DOC, EIF, END, OTHER, PUB, START, typed

CASES = {
    # --- a Brazilian resolution's annex printed one cell a line, each cell closed by '|' --------------------------
    "a one-row annex table closed by '|': its validity columns": (
        "RESOLUÇÃO GECEX Nº 812, DE 14 DE MAIO DE 2031\nDOU 15/05/2031\nArt. 1º Fica incluído o produto do Anexo.\n"
        "Art. 2º Esta Resolução entra em vigor em 1º de junho de 2031.\nANEXO ÚNICO\nNCM |\nNº Ex |\nAlíquota (%) |\n"
        "Descrição |\nQuota |\nUnidade Quota |\nInício da Vigência |\nTérmino da Vigência |\n3907.61.00 |\n002 |\n"
        "2% |\nPoli(tereftalato de etileno) em grânulos, com viscosidade intrínseca superior a 0,78 dl/g, grau garrafa |\n"
        "5.500 |\ntoneladas |\n1º/06/2031 |\n31/05/2032 |\n",
        {
            (DOC, "2031-05-14", False),
            (PUB, "2031-05-15", False),
            (EIF, "2031-06-01", False),
            (START, "2031-06-01", False),
            (END, "2032-05-31", False),
        },
    ),
    "a two-row annex table closed by '|', the summary line citing another act": (
        "Altera o Anexo II da Resolução Gecex nº 401, de 3 de março de 2029, sobre reduções temporárias.\n"
        "Art. 1º Ficam incluídos os produtos do Anexo Único.\nANEXO ÚNICO\nNCM |\nNº Ex |\nAlíquota |\nDescrição |\n"
        "Início da Vigência |\nTérmino da Vigência |\n2930.40.90 |\n001 |\n4% |\nMetionina |\n01/07/2031 |\n"
        "30/06/2032 |\n2936.27.10 |\n001 |\n4% |\nÁcido ascórbico |\n01/07/2031 |\n30/06/2032 |\n"
        "Fonte: Publicado no DOU em 18/06/2031 | Edição: 112 | Seção: 1 | Página: 9\n",
        {
            (OTHER, "2029-03-03", False),
            (START, "2031-07-01", False),
            (END, "2032-06-30", False),
            (PUB, "2031-06-18", False),
        },
    ),
    # --- Australian anti-dumping findings --------------------------------------------------------------------------
    "a review finding's declared effect reaches back before its publication": (
        "Published Date 02 Oct 2031\n\nCustoms Act 1901 – Part XVB\n\nSTEEL GRATING\n\nExported from Malaysia\n\n"
        "The Commissioner has completed the review, which commenced on 9 May 2031, of the measures.\n\n"
        "Under subsection 269ZG(3) of the Act, I declare that, with effect from 9 May 2031 the Act has effect as if "
        "different variable factors had been fixed.\n",
        {(PUB, "2031-10-02", False), (EIF, "2031-05-09", False), (OTHER, "2031-05-09", False)},
    ),
    "an alteration taken to have been made with effect on and after a day": (
        "Published Date 11 Aug 2031\n\nThe Commissioner has completed the inquiry, which commenced on 3 March 2031.\n\n"
        "The alteration to the original notice relating to the exporter's goods is taken to have been made, with "
        "effect on and after 3 March 2031:\n",
        {(PUB, "2031-08-11", False), (EIF, "2031-03-03", False), (OTHER, "2031-03-03", False)},
    ),
    "a continuation finding: measures continue from a day, for a further five years after it": (
        "I have decided that the anti-dumping measures applying to hollow sections exported to Australia from Korea "
        "should continue from 12 June 2031.\nI determine that the dumping duty notice continues in force after "
        "12 June 2031 for a further five years unless earlier revoked.\nDated this 2nd day of April 2031\n",
        {(START, "2031-06-12", False), (END, "2036-06-12", True), (DOC, "2031-04-02", False)},
    ),
    # --- Chinese announcements ------------------------------------------------------------------------------------
    "the minute before the day: 'As of 12:01 on <date>' opens an operative clause": (
        "The relevant matters are as follows:\n\n1. As of 12:01 on March 10, 2031, a tariff of 15% is imposed on the "
        "items listed in Annex 1.\n\n2. As of 12:01 on June 1, 2031, a tariff of 10% is added on the items of Annex 2.\n",
        {(EIF, "2031-03-10", False), (EIF, "2031-06-01", False)},
    ),
    "a ministry's narration of its earlier announcement and what it decided is history": (
        "MOFCOM Announcement No. 9 of 2031 on Initiating an Interim Review of Measures on Acrylic Fibres\n\n"
        "MOFCOM released MOFCOM Announcement No. 18 of 2027 on April 2, 2027, and decided to implement final "
        "anti-dumping measures against imports of acrylic fibres for five years starting from April 3, 2027.\n",
        {(OTHER, "2027-04-02", False), (OTHER, "2027-04-03", False)},
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_round9_world_date_classes(name):
    text, expected = CASES[name]
    assert typed(text) == expected
