"""Titles and numbers, round 9 (read12-world): a legislation register's page lines around an Australian notice and
the notice's kind under its goods, a Brazilian resolution's gazette line under its heading, an Indian notification's
number-and-date line, a publisher's heading naming the notification it amends. Every passage is written for the test
(other goods, countries, acts and numbers than any evaluation document)."""

import pytest

from tests.test_titles import title_and_identifier

CASES = {
    "a register page's lines, the goods, their origin and the notice's kind": (
        "Federal Register of Legislation - Australian Government\n\nPrimary content\n\nBookmark\n\nThis gazette\n"
        "Administered by: Industry\nPublished Date 04 Sep 2031\n\nCustoms Act 1901 – Part XVB\n\nPOWER TRANSFORMERS\n\n"
        "Exported from the Republic of Korea\n\nFindings in relation to a Review of Anti-Dumping Measures\n\n"
        "Public Notice under subsection 269ZDB(1) of the Customs Act 1901\n\nThe Commissioner has completed the review.\n",
        (
            "POWER TRANSFORMERS Exported from the Republic of Korea Findings in relation to a Review of Anti-Dumping "
            "Measures",
            None,
        ),
    ),
    "a Brazilian resolution's heading, its gazette line, then its summary line": (
        "RESOLUÇÃO GECEX Nº 777, DE 9 DE JUNHO DE 2031\nDOU 10/06/2031\n"
        "Altera o Anexo II da Resolução Gecex nº 401, de 3 de março de 2029, sobre reduções temporárias.\n"
        "O COMITÊ-EXECUTIVO DE GESTÃO DA CÂMARA DE COMÉRCIO EXTERIOR, no uso das atribuições, resolve:\n",
        (
            "Altera o Anexo II da Resolução Gecex nº 401, de 3 de março de 2029, sobre reduções temporárias",
            "RESOLUÇÃO GECEX Nº 777",
        ),
    ),
    "an Indian notification's number, place and date on one line is no title": (
        "GOVERNMENT OF INDIA\nMINISTRY OF FINANCE\n(DEPARTMENT OF REVENUE)\n\n"
        "Notification No. 19/2031-Customs, New Delhi, the 4th May, 2031\n\n"
        "G.S.R. (E). - In exercise of the powers conferred by sub-section (1) of section 25 of the Customs Act, 1962, "
        "the Central Government hereby makes the following further amendments.\n",
        (None, "Notification No. 19/2031-Customs"),
    ),
    "a publisher's heading names the notification amended; the act's own number lies under a summary": (
        "Seeks to further amend notification No. 44/2029-Customs to prescribe effective rates of BCD on certain goods\n"
        + "The Ministry of Finance amends the effective-rate notification for several tariff items, with new rates for "
        "nuts, dried fruit and spices. "
        * 8
        + "\nGOVERNMENT OF INDIA\nNotification No. 12/2031-Customs| Dated: 2nd March, 2031\n"
        "G.S.R. 140(E)-In exercise of the powers conferred by sub-section (1) of section 25 of the Customs Act, 1962.\n",
        (
            "Seeks to further amend notification No. 44/2029-Customs to prescribe effective rates of BCD on certain goods",
            "Notification No. 12/2031-Customs",
        ),
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_round9_world_titles(name):
    text, expected = CASES[name]
    assert title_and_identifier(text) == expected
