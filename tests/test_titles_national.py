"""Titles and numbers of national acts, EU C-series notices and WTO notifications as gazettes and
republishing sites print them: a designated title inside a flattened line ('RESOLUCIÓN por la que …',
'NOTIFICATION UNDER ARTICLE …', an order's title after its parent act), a portal's or a document
site's lines around it, and the numbers each system gives its documents. Every passage is written for
the test (other countries, other acts and numbers than any evaluation document)."""

import pytest

from tests.test_titles import title_and_identifier

CASES = {
    "an EU C-series notice on the EUR-Lex page": (
        "Choose the experimental features you want to try\n\nThis document is an excerpt from the EUR-Lex website"
        "\n\nDocument 52026XC0311(04)\n\nNotice of initiation of an anti-dumping proceeding concerning imports of "
        "glass fibre yarns originating in Egypt\n\nC/2026/1702\n\nOJ C 81, 11.3.2026, p. 5–12\n\n11.3.2026\n\nEN\n\n"
        "Official Journal of the European Union\n\nC 81/5\n\n\nNotice of initiation of an anti-dumping proceeding "
        "concerning imports of glass fibre yarns originating in Egypt\n\n(2026/C 81/04)\n\n1.   Complaint\n",
        (
            "Notice of initiation of an anti-dumping proceeding concerning imports of glass fibre yarns "
            "originating in Egypt",
            "2026/C 81/04",
        ),
    ),
    "a French C-series notice without brackets round its number": (
        "Choose the experimental features you want to try\n\nDocument 52026XC0520(03)\n\n"
        "Avis d’expiration prochaine de certaines mesures compensatoires\n\nJO C 170 du 20.5.2026, p. 9\n\n"
        "Avis d’expiration prochaine de certaines mesures compensatoires\n\n2026/C 170/06\n\n"
        "1. Conformément à l’article 18 du règlement de base, la Commission annonce ce qui suit.\n",
        ("Avis d’expiration prochaine de certaines mesures compensatoires", "2026/C 170/06"),
    ),
    "a Mexican resolution flattened by a document site": (
        "SECRETARIA DE ECONOMIA\nTamaño: px\nComenzar la demostración a partir de la página:\n"
        'Download "SECRETARIA DE ECONOMIA"\nTranscripción\n'
        "1 DIARIO OFICIAL (Primera Sección) 1 SECRETARIA DE ECONOMIA RESOLUCIÓN por la que se acepta la solicitud "
        "de parte interesada y se declara el inicio de la investigación antidumping sobre las importaciones de "
        "tubería de acero al carbono, originarias de la República de la India. Al margen un sello con el Escudo "
        "Nacional, que dice: Estados Unidos Mexicanos. " + "Visto para resolver el expediente administrativo. " * 12,
        (
            "RESOLUCIÓN por la que se acepta la solicitud de parte interesada y se declara el inicio de la "
            "investigación antidumping sobre las importaciones de tubería de acero al carbono, originarias de la "
            "República de la India",
            None,
        ),
    ),
    "a Colombian decree under its portal's category line": (
        "DECRETO 2204 DE 2019\n\nDecretos 2019\n\nDECRETO 2204 DE 2019\n\n(diciembre 2)\n\n"
        "por el cual se establece un arancel para las importaciones de prendas de vestir.\n\n"
        "El Presidente de la República de Colombia, en uso de sus facultades constitucionales,\n",
        ("por el cual se establece un arancel para las importaciones de prendas de vestir", "Decreto 2204 de 2019"),
    ),
    "a Philippine executive order with its date on the number's line": (
        "EXECUTIVE ORDER NO. 211 March 3, 2016\n\nEXTENDING THE REDUCED RATES OF DUTY ON COAL UNDER SECTION 1611 "
        "OF THE TARIFF AND CUSTOMS CODE\n\nWHEREAS, the coal supply of the country must be secured;\n",
        (
            "EXTENDING THE REDUCED RATES OF DUTY ON COAL UNDER SECTION 1611 OF THE TARIFF AND CUSTOMS CODE",
            "Executive Order No. 211",
        ),
    ),
    "a Malaysian order after its parent act, in a flattened transcript": (
        "CUSTOMS ACT 1967 CUSTOMS DUTIES (GOODS OF...\n118\nP.U. (A) 96 1. (1) Origin) (Amendment) Order 2020.\n"
        "Transcript of CUSTOMS ACT 1967 CUSTOMS DUTIES (GOODS OF...\nP.U. (A) 96\n"
        "Schedule amended in relation to subheading 0306.17; CUSTOMS ACT 1967 CUSTOMS DUTIES (GOODS OF "
        "ASEAN-AUSTRALIA-NEW ZEALAND ORIGIN) (AMENDMENT) ORDER 2020 in relation to heading 03.06 – This Order "
        "comes into operation on 1 April 2020.\n",
        (
            "CUSTOMS DUTIES (GOODS OF ASEAN-AUSTRALIA-NEW ZEALAND ORIGIN) (AMENDMENT) ORDER 2020",
            "P.U. (A) 96",
        ),
    ),
    "a Malay order in a bilingual gazette's banner": (
        "14 Mac 2023 14 March 2023 P.U. (A) 61 WARTA KERAJAAN PERSEKUTUAN FEDERAL GOVERNMENT GAZETTE PERINTAH "
        "DUTI KASTAM (PENGECUALIAN) (PINDAAN) 2023 CUSTOMS DUTIES (EXEMPTION) (AMENDMENT) ORDER 2023 "
        "DISIARKAN OLEH/ PUBLISHED BY JABATAN PEGUAM NEGARA/ ATTORNEY GENERAL’S CHAMBERS\n",
        ("PERINTAH DUTI KASTAM (PENGECUALIAN) (PINDAAN) 2023", "P.U. (A) 61"),
    ),
    "a Turkish communiqué under its ministry line": (
        "Ticaret Bakanlığından:\nİTHALATTA\nKORUNMA ÖNLEMLERİNE İLİŞKİN TEBLİĞ\n(TEBLİĞ NO: 2026/3)\n"
        "BİRİNCİ BÖLÜM\nAmaç, Kapsam ve Dayanak\nMADDE 1 – (1) Bu Tebliğin amacı korunma önlemidir.\n",
        ("İTHALATTA KORUNMA ÖNLEMLERİNE İLİŞKİN TEBLİĞ", "TEBLİĞ NO: 2026/3"),
    ),
    "a Vietnamese decision's number in its header table": (
        "BỘ CÔNG THƯƠNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 1985/QĐ-BCT | Hà Nội, ngày 5 tháng 8 năm 2025 |\n"
        "Căn cứ Luật Quản lý ngoại thương số 05/2017/QH14;\n",
        (None, "1985/QĐ-BCT"),
    ),
    "a WTO notification flattened onto one line": (
        "WORLD TRADE G/SG/N/8/IDN/12/Suppl.2 9 May 2026 ORGANIZATION (26-3141) Committee on Safeguards Original: "
        "English NOTIFICATION UNDER ARTICLE 12.1(b) OF THE AGREEMENT ON SAFEGUARDS ON FINDING A SERIOUS INJURY "
        "INDONESIA Supplement The following notification, dated 7 May 2026, is being circulated at the request of "
        "the delegation of Indonesia.\n",
        (
            "NOTIFICATION UNDER ARTICLE 12.1(b) OF THE AGREEMENT ON SAFEGUARDS",
            "G/SG/N/8/IDN/12/Suppl.2",
        ),
    ),
    "WTO questions about another member's notification": (
        "World Trade Organization G/SG/Q2/MAR/9 2 February 2026 (26-0712) Committee on Safeguards Original: "
        "French NOTIFICATION UNDER ARTICLE 12.1(b) OF THE AGREEMENT ON SAFEGUARDS ON FINDING A SERIOUS INJURY "
        "Questions Posed by TUNISIA in Relation to the Notification Submitted by MOROCCO (Ceramic Tiles) The "
        "following communication, dated 28 January 2026, is being circulated at the request of Tunisia.\n",
        (
            "Questions Posed by TUNISIA in Relation to the Notification Submitted by MOROCCO (Ceramic Tiles)",
            "G/SG/Q2/MAR/9",
        ),
    ),
    "an Indian notification whose number has its own line": (
        "[TO BE PUBLISHED IN THE GAZETTE OF INDIA, EXTRAORDINARY]\nGOVERNMENT OF INDIA\nMINISTRY OF FINANCE\n"
        "(DEPARTMENT OF REVENUE)\nNotification\nNo. 41/2026-Customs (CVD)\n\nNew Delhi, the 2nd June, 2026\n"
        "G.S.R. (E). - Whereas the designated authority has recommended a duty;\n",
        (None, "No. 41/2026-Customs (CVD)"),
    ),
    "a German excerpt headed by an article and the act's short citation": (
        "Artikel 2 DVO (EU) 2026/311\n\n(1) Der Zoll wird auf die Einfuhren von Glasfasergeweben erhoben.\n",
        (None, "DVO (EU) 2026/311"),
    ),
    "a revenue service's dated news entry is no title": (
        "12 March 2026 – Customs & Excise Act, 1964: The tariff amendment notice, to be published in the "
        "Government Gazette, concerns the amendments to –\n- Part 1 of Schedule No. 1, by the substitution of "
        "subheading 1006.30\n",
        (None, None),
    ),
    "a translated report's ordinal section label is no title": (
        "Second: Safeguard measures in force under the Law on Trade Remedies\n\n1- Measures in force:\n",
        (None, None),
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_titles_and_numbers_of_national_gazettes(name):
    text, expected = CASES[name]
    assert title_and_identifier(text) == expected
