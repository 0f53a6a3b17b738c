"""Typed dates, round 9 second pass: the families final12's misses showed (a WTO record in its French and Spanish
interfaces, a Brazilian legislation database's header lines, ...). Every passage is written for these tests, in other
words, numbers and products than any eval set."""

import pytest

from tests.test_dates_families import DOC, EIF, END, OTHER, PUB, START, typed

CMT = "comment_deadline"

CASES = {
    # --- the WTO's QR database in its French and Spanish interfaces: "- Champ" / "-" / value --------------------------
    "a QR record in French: the notification it came in, and its version's validity": (
        "Norvège #5120 (v.2)\nDonnées de base\n- Notifiée dans\n-\nG/MA/QR/N/NOR/5 14/10/2034\n"
        "- Validité de la version\n-\n01/07/2033 -\n30/06/2036\n- Membre présentant le rapport\n- Norvège\n",
        {(OTHER, "2034-10-14", False), (START, "2033-07-01", False), (END, "2036-06-30", False)},
    ),
    "a QR record in Spanish: an open-ended version": (
        "Chile #4018 (v.1)\nDatos básicos\n- Notificada en\n-\nG/MA/QR/N/CHL/3 05/03/2035\n"
        "- Validez de la versión\n-\n15/02/2035 -\nactual\n- Miembro informante\n- Chile\n",
        {(OTHER, "2035-03-05", False), (START, "2035-02-15", False)},
    ),
    # --- a Brazilian legislation database's copy: the act's heading, the gazette issue, a later act's note ------------
    "a database copy's header: the act's date, its gazette issue": (
        "Portaria SECEX nº 57 DE 11/08/2033\nNorma Federal - Publicado no DO em 12 ago 2033\nDispõe sobre a "
        "habilitação de importadores de trigo.\nO Secretário de Comércio Exterior resolve:\n"
        "Art. 1º Esta Portaria entra em vigor na data de sua publicação.\n",
        {(DOC, "2033-08-11", False), (PUB, "2033-08-12", False), (EIF, "2033-08-12", True)},
    ),
    "a database's note of the later act that revoked the copy: that act's dates": (
        "Resolução GECEX nº 204 DE 02/03/2034\nNorma Federal - Publicado no DO em 3 mar 2034\nAltera a alíquota do "
        "Imposto de Importação de laminados de alumínio.\n(Revogado pela Resolução GECEX Nº 417 DE 19/06/2035, efeitos "
        "a partir de 01/07/2035):\nO Comitê-Executivo de Gestão resolve:\n",
        {
            (DOC, "2034-03-02", False),
            (PUB, "2034-03-03", False),
            (OTHER, "2035-06-19", False),
            (OTHER, "2035-07-01", False),
        },
    ),
    # --- a remission order's schedule: the act's period in its text, each item's own period in its row --------------
    "a schedule's item periods under the order's own period are conditions on the items": (
        "Titanium Sponge Remission Order\nP.C. 2036-88 2036-02-13\nRemission\n1\nRemission is granted of the surtax "
        "paid on the goods listed in the schedule if they are imported into Canada during the period beginning on "
        "March 2, 2036 and ending on June 30, 2037.\nSCHEDULE\nItem | Tariff item | Goods | Period\n"
        "1 | 8108.20.00 | Titanium sponge, unwrought | From March 2, 2036 to June 30, 2037\n"
        "2 | 8108.30.00 | Titanium waste and scrap | From March 2, 2036 to October 15, 2036\n"
        "3 | 8108.90.00 | Titanium tubes, seamless | From July 1, 2036 to June 30, 2037\n",
        {
            (DOC, "2036-02-13", False),
            (START, "2036-03-02", False),
            (END, "2037-06-30", False),
            (OTHER, "2036-10-15", False),
            (OTHER, "2036-07-01", False),
        },
    ),
    "a table's periods opening outside the period the text states stay the measure's": (
        "Standard import values\n\nSPV rates have been updated for the date range 14 July to 27 July 2036.\n\n"
        "Updates to preferential duties\n\nCommodity | Update\n"
        "0805100000 | 0% preferential duty for imports from Egypt from 1.6.2036 to 30.9.2036\n"
        "0806101000 | 0% preferential duty for imports from Chile from 1.5.2036 to 31.8.2036\n",
        {
            (START, "2036-07-14", False),
            (END, "2036-07-27", False),
            (START, "2036-06-01", False),
            (END, "2036-09-30", False),
            (START, "2036-05-01", False),
            (END, "2036-08-31", False),
        },
    ),
    "a quota table's periods with no period in the text stay the measure's": (
        "Order No | CN code | Description | Quota period | Volume\n"
        "09.7712 | 0410 10 10 | Edible insects, dried | From 3.4.2036 to 31.12.2036 | 400 tonnes\n"
        "09.7713 | 0410 10 90 | Edible insects, other | From 1.1.2037 to 31.12.2037 | 900 tonnes\n",
        {
            (START, "2036-04-03", False),
            (END, "2036-12-31", False),
            (START, "2037-01-01", False),
            (END, "2037-12-31", False),
        },
    ),
    # --- an EU registration regulation: its own entry into force anchors the registration's end and the deadlines ---
    "a recital's earlier step does not anchor what counts from this act's entry into force": (
        "2.4.2036 | EN | Official Journal of the European Union | L 88/3\n\nCOMMISSION IMPLEMENTING REGULATION (EU) "
        "2036/610\nof 1 April 2036\nmaking imports of certain glass fibre fabrics originating in Egypt subject to "
        "registration\n\nWhereas:\n\n(4) The complainant asked that imports be made subject to registration. Further "
        "information in support of this request was submitted on 10 December and 17 December 2035.\n\n(5) On 9 January "
        "2036, Vetrotex Fabrics (‘Vetrotex’), a user of the product concerned, which is cooperating with the proceeding, "
        "submitted comments on the request for registration.\n\nHAS ADOPTED THIS REGULATION:\n\n"
        "Article 1\n\n(1) The customs authorities are directed to register imports of glass fibre fabrics.\n\n(2) "
        "Registration shall expire nine months following the date of entry into force of this Regulation.\n\n"
        "(3) Parties must make themselves known by contacting the Commission within 10 days from the date of entry "
        "into force of this Regulation.\n\nArticle 2\n\nThis Regulation shall enter into force on the day following "
        "that of its publication in the Official Journal of the European Union.\n\nDone at Brussels, 1 April 2036.\n",
        {
            (PUB, "2036-04-02", False),
            (DOC, "2036-04-01", False),
            (OTHER, "2035-12-10", False),
            (OTHER, "2035-12-17", False),
            (OTHER, "2036-01-09", False),
            (EIF, "2036-04-03", True),
            (END, "2037-01-03", True),
            (CMT, "2036-04-13", True),
        },
    ),
    # --- a proclamation's tasks for officials: exclusions standing on its date, a deadline to revise the schedule ------
    "exclusions in effect on the proclamation's date, and an official's ten-day task, are no measure dates": (
        "(4)  The Secretary shall not grant new product exclusions from the duties on copper cathodes, nor extend "
        "any product exclusions in effect as of the date of this proclamation.\n\n(5)  The duties shall apply to "
        "goods entered for consumption on or after 12:01 a.m. eastern daylight time on August 4, 2036.\n\n(6)  The "
        "Commission shall revise the HTSUS so that it conforms to the amendments and effective dates directed in this "
        "proclamation within fifteen days of the date of this proclamation.\n\nIN WITNESS WHEREOF, I have hereunto set "
        "my hand this twentieth day of July, in the year of our Lord two thousand thirty-six.\n",
        {
            (EIF, "2036-08-04", False),
            (DOC, "2036-07-20", False),
            (OTHER, "2036-07-20", True),
            (OTHER, "2036-08-04", True),
        },
    ),
    # --- a tariff stop-press notice: news that a measure is live, an advance notice under its heading ----------------
    "a measure that is now live, its day in brackets": (
        "Garden hose trade remedies measure has gone live\n\nA definitive anti-dumping duty on garden hoses from "
        "Vietnam is now live (14 October 2036).\n\nFor more information, read the taxation notice.\n",
        {(EIF, "2036-10-14", False)},
    ),
    "an advance notice's heading does not make its 'As of' an act's date": (
        "Upcoming changes to veterinary import checks - advance notice\nAs of 3rd November 2036 the Tariff will show "
        "that document C640 has been added to import requirements for the commodity codes listed below.\n\n"
        "Commodity code | Description\n0307110010 | Oysters, live\n",
        {(EIF, "2036-11-03", False)},
    ),
    # --- a translated CIS decision: the measure's last day, "inclusive", its "until" lost in translation -------------
    "a translated decision applying a duty to a day inclusive": (
        "DECISION OF BOARD OF THE EURASIAN ECONOMIC COMMISSION\n\nof June 2, 2036 No. 71\n\nAbout prolongation of "
        "action of anti-dumping measure concerning seamless pipes\n\nBoard of the Eurasian economic commission solved:"
        "\n\n1. Apply anti-dumping measure by means of introduction of 1 June of 2041 inclusive of anti-dumping duty in "
        "the amount of percent 18,4 from customs value.\n",
        {(DOC, "2036-06-02", False), (END, "2041-06-01", False)},
    ),
    "the same in Russian: the last day, inclusive": (
        "Применить антидемпинговую меру посредством введения по 1 июня 2041 г. включительно антидемпинговой пошлины "
        "в размере 18,4 процента от таможенной стоимости.\n",
        {(END, "2041-06-01", False)},
    ),
    # --- a Turkish communiqué as a copy heads it: the ministry, the gazette's date and issue number -----------------
    "a communiqué's gazette issue, its date and number run together": (
        "Ticaret Bakanlığından: 17.02.2036-36244 Resmî Gazete İTHALATTA HAKSIZ REKABETİN ÖNLENMESİNE İLİŞKİN TEBLİĞ "
        "(TEBLİĞ NO: 2036/9) Amaç ve kapsam MADDE 1 – (1) Bu Tebliğin amacı, dampinge karşı önlemlerin "
        "uygulanmasıdır.\n",
        {(PUB, "2036-02-17", False)},
    ),
    # --- a broker message's update: what applied to an earlier list, told in the past --------------------------------
    "a message's account of the duties already effective on an earlier list": (
        "CSMS# 36-000217 - UPDATE: Additional Duties on Certain Products from Atlantis\n\n09/14/2036 10:22 AM EDT\n\n"
        "Products Covered by the First List\n\nThe additional duties for goods covered by the first list were effective "
        "with respect to goods entered, or withdrawn from warehouse for consumption, on or after 12:01 AM Eastern "
        "Daylight Time on August 1, 2036.\n\nImporters shall report the 9903.77.01 special tariff number.\n",
        {(DOC, "2036-09-14", False), (OTHER, "2036-08-01", False)},
    ),
    # --- a trade portal's record of a legal document: its issuing date, by the type of document ---------------------
    "a portal record of a gazette: issued the day it was published": (
        "Legal Document\n\nTitle: The Extraordinary Gazette No. 2561/14.\nType: Gazette\nIssuing Agency: Ministry "
        "of Finance\nIssuing Date: 07-11-2036\n\nCUSTOMS ORDINANCE\nOrder under section 10\n\nThis Order shall come "
        "into effect from November 8, 2036.\n",
        {(PUB, "2036-11-07", False), (EIF, "2036-11-08", False)},
    ),
    "a portal record of a regulation: issued the day it was made": (
        "Legal Document\n\nTitle: Import and Export Control Regulations No. 4 of 2036\nType: Regulation\nIssuing "
        "Agency: Department of Commerce\nIssuing Date: 21-05-2036\n\nThe licensing requirement applies to the "
        "goods listed in the Schedule.\n",
        {(DOC, "2036-05-21", False)},
    ),
    "a message sent days after the change it announces still announces it": (
        "CSMS# 36-000305 - Additional Duties on Certain Products from Atlantis\n\n12/14/2036 09:40 AM EST\n\n"
        "The additional duties are effective with respect to goods entered, or withdrawn from warehouse for "
        "consumption, on or after 12:01 AM Eastern Standard Time on December 1, 2036.\n",
        {(DOC, "2036-12-14", False), (EIF, "2036-12-01", False)},
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_round9b_date_classes(name):
    text, expected = CASES[name]
    assert typed(text) == expected
