"""Typed dates, round 6: the classes the misses of the unseen set final8 showed (issue 15). Every passage is written
for these tests, in other words, numbers and countries than any eval set."""

import pytest

from tests.test_dates_families import DOC, EIF, END, OTHER, PUB, START, typed

FILLER = (
    "The Secretary shall continue to monitor imports of the articles and shall inform the President of any "
    "circumstances that indicate the need for further action, including the volume of imports from each partner "
    "country, the level of domestic production and capacity utilisation, and the effect of the duties on "
    "employment in the industry and on downstream users of the articles concerned. "
)

CASES = {
    # --- a clause of an earlier act restated in full inside the amending act ---------------------------------------
    "the dates of a clause rewritten in full and quoted are the earlier act's": (
        "Adjusting Imports of Wire Rod Into the United States\n\n"
        "NOW, THEREFORE, I, the President of the United States of America, do hereby proclaim:\n\n"
        "(4)  Clause 3 of Proclamation 11012 of May 2, 2029, as amended, is revised to read as follows:\n\n"
        "“(3)  The additional duty shall apply to articles of the Republic of Ruritania entered on or after 12:01 "
        "a.m. eastern daylight time on June 4, 2029, except from Freedonia through 11:59 p.m. eastern standard "
        "time on December 31, 2031. " + FILLER + "”\n\n"
        "(5)  The duties shall be effective with respect to goods entered on or after April 2, 2031.\n\n"
        "IN WITNESS WHEREOF, I have hereunto set my hand this ninth day of March, in the year of our Lord two "
        "thousand thirty-one.\n",
        {
            (DOC, "2031-03-09", False),
            (OTHER, "2029-05-02", False),
            (OTHER, "2029-06-04", False),
            (OTHER, "2031-12-31", False),
            (EIF, "2031-04-02", False),
        },
    ),
    "a short replacement text is the change itself": (
        "Section 4 of the Order is amended to read: “This Order ceases to have effect on June 30, 2032.”\n",
        {(END, "2032-06-30", False)},
    ),
    # --- a schedule of consecutive stages -------------------------------------------------------------------------
    "a safeguard duty's yearly stages: only the whole period's ends count": (
        "The definitive safeguard duty shall be imposed for the period from 3 August 2030 to 2 August 2033 at the "
        "following rates:\n\n"
        "Period | Rate\n3 August 2030 - 2 August 2031 | 21%\n3 August 2031 - 2 August 2032 | 19%\n"
        "3 August 2032 - 2 August 2033 | 17%\n",
        {
            (START, "2030-08-03", False),
            (END, "2033-08-02", False),
            (OTHER, "2031-08-02", False),
            (OTHER, "2031-08-03", False),
            (OTHER, "2032-08-02", False),
            (OTHER, "2032-08-03", False),
        },
    ),
    "a quota's tranches: the first opening and the last closing": (
        "The additional quantity of 9,000 tonnes will be allocated in three tranches. The first tranche will open "
        "on 10 January 2032 and close on 30 April 2032. The second tranche will open on 1 May 2032 and close on "
        "31 August 2032. The third tranche will open on 1 September 2032 and close on 31 December 2032.\n",
        {
            (START, "2032-01-10", False),
            (END, "2032-12-31", False),
            (OTHER, "2032-04-30", False),
            (OTHER, "2032-05-01", False),
            (OTHER, "2032-08-31", False),
            (OTHER, "2032-09-01", False),
        },
    ),
    "quota years listed one by one, with no whole period nor tranches, each stand": (
        "Order number | Quota period | Volume\n09.1234 | from 1 January 2032 to 31 December 2032 | 500 t\n"
        "09.1234 | from 1 January 2033 to 31 December 2033 | 520 t\n"
        "09.1234 | from 1 January 2034 to 31 December 2034 | 540 t\n",
        {
            (START, "2032-01-01", False),
            (END, "2032-12-31", False),
            (START, "2033-01-01", False),
            (END, "2033-12-31", False),
            (START, "2034-01-01", False),
            (END, "2034-12-31", False),
        },
    ),
    "two consecutive quota periods are both kept": (
        "The quota shall be open from 15 October 2031 to 31 December 2031 and from 1 January 2032 to 31 December "
        "2032.\n",
        {
            (START, "2031-10-15", False),
            (END, "2031-12-31", False),
            (START, "2032-01-01", False),
            (END, "2032-12-31", False),
        },
    ),
    # --- the act's own dates earlier than its signature ----------------------------------------------------------
    "an order that takes effect for goods entered before it was signed": (
        "Sec. 3.  Effective Date.  The amendments made by this order shall be effective with respect to goods "
        "entered for consumption on or after 12:01 a.m. eastern daylight time on August 4, 2031.\n\n"
        "THE WHITE HOUSE,\n    August 11, 2031.\n",
        {(EIF, "2031-08-04", False), (DOC, "2031-08-11", False)},
    ),
    "a stop-press list of codes created a few days before the notice": (
        "Tariff Stop Press Notice - 14 May 2031\n\n"
        "The following commodity codes have been end-dated as of 9 May 2031:\n\n"
        "- 3904109100\n- 3904109900\n\n"
        "The following commodity codes have been created as of 9 May 2031:\n\n"
        "Commodity Code | Description\n3904109110 | Suspension PVC\n",
        {(DOC, "2031-05-14", False), (EIF, "2031-05-09", False)},
    ),
    "a change restated in a sentence is still history": (
        "Tariff Stop Press Notice - 14 May 2031\n\n"
        "The quota for frozen hake was exhausted on 2 May 2031 and the full rate has applied since then.\n",
        {(DOC, "2031-05-14", False), (OTHER, "2031-05-02", False)},
    ),
    # --- a filing system's readiness ------------------------------------------------------------------------------
    "a message with no entry into force of its own takes effect when ACE accepts the change": (
        "On March 2, 2032, USTR extended 40 product exclusions through November 30, 2032. Filers may claim the "
        "extended exclusions once the functionality is in place.\n"
        "The functionality for the acceptance of the extended exclusions will be available in ACE as of 6 am "
        "eastern standard time, March 9, 2032.\n",
        {(OTHER, "2032-03-02", False), (OTHER, "2032-11-30", False), (EIF, "2032-03-09", False)},
    ),
    "ACE readiness next to the message's own effective date stays other": (
        "Effective October 1, 2031, two statistical suffixes under subheading 7304.19 have been split.\n"
        "The new suffixes will be available in the Automated Commercial Environment (ACE) as of 7 am eastern "
        "daylight time, October 6, 2031.\n",
        {(EIF, "2031-10-01", False), (OTHER, "2031-10-06", False)},
    ),
    # --- a proviso ending an entry --------------------------------------------------------------------------------
    "a proviso that nothing in an entry has effect after a day": (
        "Customs duty on lentils shall be reduced to nil:\nProvided that nothing contained in this entry shall have "
        "effect after the 30th September, 2032.\n",
        {(END, "2032-09-30", False)},
    ),
    "a reduced rate that shall not apply beyond a day": (
        "The reduced rate of 2 per cent shall not apply beyond 31 January 2033.\n",
        {(END, "2033-01-31", False)},
    ),
    # --- a signature block's hour ---------------------------------------------------------------------------------
    "the hour and day under the signatories of a UK instrument": (
        "Jane Doe\n\nJohn Roe\n\nTwo of the Lords Commissioners of His Majesty's Treasury\n\n"
        "At 10.40 a.m. on 3rd February 2032\n",
        {(DOC, "2032-02-03", False)},
    ),
    # --- a season in a goods description --------------------------------------------------------------------------
    "a season without a year in a tariff table's description is no date": (
        "Changes to the import duty on fruit taking effect on 1 March 2032:\n\n"
        "0805102200 | Navel oranges, from 1 November to 30 April\n0809100000 | Apricots\n",
        {(EIF, "2032-03-01", False)},
    ),
    # --- Portuguese and Malay headings ----------------------------------------------------------------------------
    "a Brazilian resolution's heading line and its gazette line": (
        "MINISTÉRIO DA ECONOMIA\n\nPORTARIA SECEX Nº 48, DE 14 DE MARÇO DE 2032\n\n"
        "DOU de 16/03/2032 (nº 51, Seção 1, pág. 9)\n\n"
        "Altera a Portaria nº 12, de 3 de janeiro de 2030.\n\n"
        "Art. 2º Esta Portaria entra em vigor em 1º de abril de 2032.\n",
        {
            (DOC, "2032-03-14", False),
            (PUB, "2032-03-16", False),
            (OTHER, "2030-01-03", False),
            (EIF, "2032-04-01", False),
        },
    ),
    "a Malaysian gazette cover line ending with the instrument's number": (
        "9 Mei 2031 9 May 2031 P.U. (A) 77\n\nWARTA KERAJAAN PERSEKUTUAN\n\n"
        "(2) Perintah ini mula berkuat kuasa pada 10 Mei 2031.\n",
        {(PUB, "2031-05-09", False), (EIF, "2031-05-10", False)},
    ),
    # --- found by probing other drafting styles (passages written for the tests) -----------------------------------
    "a Spanish act's own start is no cited act's date": (
        "Artículo 4. La presente resolución rige a partir del 2 de mayo de 2032 y deroga la Resolución 77 del 9 de "
        "enero de 2029.\n",
        {(EIF, "2032-05-02", False), (OTHER, "2029-01-09", False)},
    ),
    "a rate changed to a new level on a day": (
        "Notice of change\n\nThe rate of duty on imported bicycles is reduced to 8% on 1 February 2033.\n",
        {(EIF, "2033-02-01", False)},
    ),
    "the end a measure had before this act extended it": (
        "The countervailing duty on glass fibre, which was due to expire on 21 June 2031, is extended until 20 June "
        "2036.\n",
        {(OTHER, "2031-06-21", False), (END, "2036-06-20", False)},
    ),
    "a period's length stated after its start": (
        "The provisional safeguard duty shall apply from 12 March 2032 for 200 days.\n"
        "The surveillance measure shall apply from 1 April 2032 for a period of two years.\n",
        {(START, "2032-03-12", False), (START, "2032-04-01", False), (END, "2034-03-31", True)},
    ),
    "an enforcement date label": (
        "Ministerial Ordinance No. 31 of 2032\nPromulgated: 9 April 2032\nEnforced: 1 May 2032\n",
        {(PUB, "2032-04-09", False), (EIF, "2032-05-01", False)},
    ),
    "a notice closed by the authority that issued it": (
        "Customs Notice 31/2032\n\nThe revised valuation procedure applies from 1 October 2032.\n\n"
        "Issued by the Revenue Authority on 22 September 2032.\n",
        {(START, "2032-10-01", False), (DOC, "2032-09-22", False)},
    ),
    "a title that corrects or amends another act names that act's date": (
        "Corrigendum to Commission Implementing Regulation (EU) 2032/118 of 3 February 2032\n\n"
        "(Official Journal of the European Union L 40 of 4 February 2032)\n",
        {(OTHER, "2032-02-03", False), (OTHER, "2032-02-04", False)},
    ),
    "a title whose act is named after the words of another act's": (
        "Regulations amending the Import Control Order of 14 November 2030\n\nThese Regulations come into force on "
        "1 March 2032.\n",
        {(OTHER, "2030-11-14", False), (EIF, "2032-03-01", False)},
    ),
    "an e-mail's sending line with its weekday": (
        "From: Trade Remedies Office\nSent: Thursday, 5 August 2032 09:41\nSubject: Duties on wire rod\n\n"
        "The duties on wire rod will be terminated with effect from 20 August 2032.\n",
        {(PUB, "2032-08-05", False), (EIF, "2032-08-20", False)},
    ),
    "a table of notifications, each with its date": (
        "No. | Notification | Date | Subject\n1 | 21/2032-Customs | 02.04.2032 | Duty on copper\n"
        "2 | 22/2032-Customs | 09.04.2032 | Duty on zinc\n",
        {(OTHER, "2032-04-02", False), (OTHER, "2032-04-09", False)},
    ),
    # (a hearing's procedure is no comment period: final7 704's precedent)
    "requests to appear at a hearing are no comments": (
        "Hearing\n\nThe hearing will be held on 3 November 2032. Requests to appear must be filed by 20 October "
        "2032.\n",
        {(OTHER, "2032-11-03", False), (OTHER, "2032-10-20", False)},
    ),
    "a Chinese notice applied from a day written with the year, month and day signs": (
        "商务部公告2032年第18号\n\n本公告自2032年8月1日起施行。\n",
        {(EIF, "2032-08-01", False)},
    ),
    "a notice that expires at the close of a day": (
        "Tariff Notice\n\nThis notice expires at the close of 31 October 2033.\n",
        {(END, "2033-10-31", False)},
    ),
    "a change that begins on a day takes effect then; a period that commences then starts": (
        "Trade Notice\n\nBeginning 3 April 2033, import permits will no longer be required for used pallets.\n"
        "Provisional duty is payable on wire rod released during the period commencing 9 May 2033.\n",
        {(EIF, "2033-04-03", False), (START, "2033-05-09", False)},
    ),
    "a list headed by a day months before the notice is background": (
        "Tariff Stop Press Notice - 20 November 2033\n\n"
        "The classification numbers were split in January.\n\nBeginning on January 1, 2033:\n- 7304.19.00.10\n"
        "- 7304.19.00.20\n",
        {(DOC, "2033-11-20", False), (OTHER, "2033-01-01", False)},
    ),
    "a treatment that ends on a day with no 'on'": (
        "Trade Notice\n\nThe duty-free treatment of wind turbine blades ends 30 November 2033.\n",
        {(END, "2033-11-30", False)},
    ),
    "a rate that goes up to a level on a day": (
        "Trade Notice\n\nTariffs on imported copper go up to 40% on July 7, 2033.\n",
        {(EIF, "2033-07-07", False)},
    ),
    "a notice that refers to an earlier one of its own": (
        "Trade Notice\n\nFurther to our notice of 4 March 2033, the surcharge on cement will be removed from 1 June "
        "2033.\n",
        {(OTHER, "2033-03-04", False), (EIF, "2033-06-01", False)},
    ),
    "a Parliament and Council regulation's own date under its title": (
        "REGULATION (EU) 2033/214 OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL\nof 8 February 2033\n"
        "on temporary trade-liberalisation measures\n\nTHE EUROPEAN PARLIAMENT AND THE COUNCIL OF THE EUROPEAN UNION,\n"
        "Having regard to Regulation (EU) 2030/61 of the European Parliament and of the Council of 2 May 2030,\n",
        {(DOC, "2033-02-08", False), (OTHER, "2030-05-02", False)},
    ),
    "an Indian notification's own heading dated the day": (
        "Notification No. 27/2033-Customs dated the 4th June, 2033\n\n"
        "G.S.R. 402(E).- In exercise of the powers conferred by section 25 of the Customs Act, 1962, the Central "
        "Government hereby amends notification No. 50/2017-Customs, dated the 30th June, 2017.\n",
        {(DOC, "2033-06-04", False), (OTHER, "2017-06-30", False)},
    ),
    "a date under a notice's title that a trigger types is no title date": (
        "Bekanntmachung über Zollsätze\n\nDer Zollsatz für Rohzucker wird mit Wirkung vom 1. April 2034 auf 4 % "
        "gesenkt.\n",
        {(EIF, "2034-04-01", False)},
    ),
    "an Italian regulation in force from a day, applicable until another": (
        "Avviso agli operatori\n\nIl presente regolamento entra in vigore il 2 marzo 2034. Si applica fino al 28 "
        "febbraio 2035.\nÈ abrogato il regolamento 2030/11 del 9 luglio 2030.\n",
        {(EIF, "2034-03-02", False), (END, "2035-02-28", False), (OTHER, "2030-07-09", False)},
    ),
    "a Dutch rule in force from a day, applicable to and including another": (
        "Mededeling\n\nDeze regeling treedt in werking op 1 mei 2034 en is van toepassing tot en met 30 april 2035.\n",
        {(EIF, "2034-05-01", False), (END, "2035-04-30", False)},
    ),
    "a cover note's own date under a title that names its legal basis": (
        "NOTIFICATION UNDER ARTICLE 12.6 OF THE AGREEMENT ON SAFEGUARDS\n\nG/SG/N/9/ZZZ/3\n\n"
        "The following communication, dated 6 May 2033, has been received from the delegation of Ruritania.\n",
        {(DOC, "2033-05-06", False)},
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_round6_date_classes(name):
    text, expected = CASES[name]
    us = "eastern" in text or "ACE" in text
    assert typed(text, jurisdiction="US" if us else None) == expected
