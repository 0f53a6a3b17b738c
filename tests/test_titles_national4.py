"""Titles and numbers, round 4: the lines a gazette, a portal or a statute's notice prints around a
document (a gazette's volume and issue line, an official journal's banner, a portal's category path, a
single section word, an explanatory note's heading, the act and part a notice is given under), a title
in capitals broken after a joining word, and the numbers of tribunal notices, ministry announcements and
extraordinary gazettes. Every passage is written for the test (other countries, other acts and numbers
than any evaluation document)."""

import pytest

from tests.test_titles import title_and_identifier

CASES = {
    "a gazette's volume and issue line above a registered order": (
        "Volume 72, No. 14 — April 3, 2019\n\nRegistration\n\nSI/2019-33 March 20, 2019\n\nCUSTOMS TARIFF\n\n"
        "Remission Order for Certain Marine Engines, 2019\n\nP.C. 2019-212 March 20, 2019\n\n"
        "His Excellency the Governor General in Council makes the annexed Order.\n",
        ("Remission Order for Certain Marine Engines, 2019", "SI/2019-33"),
    ),
    "an official journal's banner line then a circular number": (
        "DOF 04/06/2024 - Diario Oficial de la Federación - México\n"
        "Secretaría de Economía\nCIRCULAR Nº 17, DE 3 DE JUNIO DE 2024\n"
        "La Secretaría de Economía, con fundamento en la Ley de Comercio Exterior, hace saber lo siguiente.\n",
        (None, "CIRCULAR Nº 17"),
    ),
    "a tax portal's category path above a notification": (
        "Customs--Notification (ADD)\n"
        "Notification No. 14/2026-Customs (ADD), dtd. 3-2-2026 [F.No. 354/12/2026-TRU]\n"
        "G.S.R. (E). - Whereas, in the matter of glass wool imported from Thailand, the designated authority "
        "has recommended a duty.\n",
        (None, "Notification No. 14/2026-Customs (ADD)"),
    ),
    "an explanatory memorandum's heading": (
        "Explanatory Memorandum\n\n(This memorandum is not part of the Order)\n\n"
        "This Order amends the tariff rates on fertilisers listed in its schedule.\n",
        (None, None),
    ),
    "a single section word above a gazette regulation": (
        "Exports\n\nGOVERNMENT NOTIFICATION\n\nIN terms of the powers vested in me, I, the Minister, make the "
        "following regulations.\n",
        (None, None),
    ),
    "the act and part a trade-remedy notice is given under": (
        "Customs Act 1901 – Part XVB\n\nGALVANISED STEEL COIL\n\nEXPORTED FROM THE REPUBLIC OF KOREA\n\n"
        "Termination of an investigation into\n\ncountervailing measures\n\nPublic notice under s. 269TDA(1)\n\n"
        "The Commissioner has terminated the investigation into galvanised steel coil.\n",
        (
            "GALVANISED STEEL COIL EXPORTED FROM THE REPUBLIC OF KOREA Termination of an investigation into "
            "countervailing measures",
            None,
        ),
    ),
    "a capitals title broken after a joining word": (
        "ADJUSTING IMPORTS OF COPPER CATHODES AND\nSEMI-FINISHED COPPER PRODUCTS INTO THE UNITED STATES\n\n"
        "By the authority vested in me as President, I hereby order:\n",
        ("ADJUSTING IMPORTS OF COPPER CATHODES AND SEMI-FINISHED COPPER PRODUCTS INTO THE UNITED STATES", None),
    ),
    "a tribunal's appeal notice number": (
        "TRADE TRIBUNAL\n\nAPPEALS\n\nNotice No. AP-2025-007\n\nThe Tribunal will hold a public hearing on "
        "the appeal of a tariff classification.\n",
        (None, "Notice No. AP-2025-007"),
    ),
    "a ministry announcement's number opening its title": (
        "Announcement No. 12, 2019 of the Ministry of Commerce on the Final Ruling of the Anti-dumping "
        "Investigation into Imports of Stainless Steel Billets\n\nIssued by: Ministry of Commerce\n\n"
        "The Ministry of Commerce released Announcement No. 8 of 2018 on the initiation.\n",
        (
            "Announcement No. 12, 2019 of the Ministry of Commerce on the Final Ruling of the Anti-dumping "
            "Investigation into Imports of Stainless Steel Billets",
            "Announcement No. 12, 2019",
        ),
    ),
    "an extraordinary gazette's number in its flattened masthead": (
        "No. 2401/16 - TUESDAY, SEPTEMBER 17, 2024 EXTRAORDINARY The Gazette of the Republic (Published by "
        "Authority) CUSTOMS ORDINANCE Order under Section 10 BY virtue of the powers vested in me, I, the "
        "Minister of Finance, do hereby order that the duty shall be varied.\n",
        (None, "No. 2401/16"),
    ),
    "a resolution number with spaces round its hyphen, then the place and date": (
        "MINISTERIO DE ECONOMÍA\n\nSUBSECRETARÍA DE POLÍTICA COMERCIAL\n\nResolución 88 - E/2019\n\n"
        "Asunción, 14/06/2019\n\nVISTO el expediente de la solicitud de revisión de derechos.\n",
        (None, "Resolución 88 - E/2019"),
    ),
    "a parent act's line then a gazette's enacting formula": (
        "GOVERNMENT NOTIFICATION\n\nCustoms Ordinance, No. 17 of 1869\n\nBY virtue of the powers vested in me by "
        "Section 10 of the Customs Ordinance, I, the Minister of Finance, order as follows.\n",
        (None, None),
    ),
}


@pytest.mark.parametrize("name", CASES)
def test_titles_and_numbers(name):
    text, expected = CASES[name]
    assert title_and_identifier(text) == expected
