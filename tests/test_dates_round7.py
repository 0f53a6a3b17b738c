"""Typed dates, round 7: the classes the misses of final9 showed, and those found by probing drafting styles and
languages no eval set has (issue 15). Every passage is written for these tests, in other words, numbers and countries
than any eval set."""

import pytest

from tests.test_dates_families import DOC, EIF, END, OTHER, PUB, START, typed

CMT = "comment_deadline"

FILLER = (
    "Articles of the Republic of Ruritania shall be subject to the additional duty set out in the Annex, and the "
    "Secretary shall monitor the volume of imports of such articles, the level of domestic production and "
    "capacity utilisation, and the effect of the duty on downstream users, and shall report to the President "
    "on any circumstances that indicate the need for further action under this clause or under other authority. "
)

CASES = {
    # --- an act that reaches back: its own dates even when older than its signature ---------------------------------
    "an order that applies retroactively to goods entered on or after a day": (
        "Sec. 3. Effective Date. The rates set out in section 2 shall apply retroactively to products of Freedonia "
        "entered for consumption on or after 12:01 a.m. eastern daylight time on October 6, 2034.\n\n"
        "THE WHITE HOUSE,\n    November 12, 2034.\n",
        {(EIF, "2034-10-06", False), (DOC, "2034-11-12", False)},
    ),
    "a schedule amended with retrospective effect": (
        "No. R. 3105   20 May 2035\n\nCUSTOMS AND EXCISE ACT, 1964\n\nBy virtue of the powers vested in me, I "
        "hereby amend Part 2 of Schedule No. 1 to the Act, with retrospective effect from 4 May 2035.\n",
        # (round 8: the heading's date is the Gazette's, publication, as the gold of SARS's gazette notice lists)
        {(PUB, "2035-05-20", False), (EIF, "2035-05-04", False)},
    ),
    "a regulation applying with retroactive effect from a day": (
        "COMMISSION IMPLEMENTING REGULATION (EU) 2035/310\nof 9 June 2035\ncorrecting Regulation (EU) 2034/88\n\n"
        "Article 2\nThis Regulation shall enter into force on the day following that of its publication in the "
        "Official Journal of the European Union.\nIt shall apply with retroactive effect from 1 March 2035.\n",
        {(DOC, "2035-06-09", False), (START, "2035-03-01", False)},
    ),
    # --- a clause restated in full: the date the act also states in its own words is the one it enacts --------------
    "a restated clause's new end, stated again in the recitals, is the act's": (
        "4.  I have decided to exclude such imports from Freedonia up to the quota volumes from the duty through "
        "June 30, 2036.\n\n"
        "NOW, THEREFORE, I, the President of the United States of America, do hereby proclaim:\n\n"
        "(2)  Clause 2 of Proclamation 12001, as amended, is revised to read as follows:\n\n"
        "“(2)  On or after 12:01 a.m. eastern daylight time on April 3, 2033, from all countries except "
        "Freedonia through 11:59 p.m. eastern standard time on June 30, 2036. " + FILLER + "”\n\n"
        "(3)  This proclamation is effective with respect to goods entered on or after 12:01 a.m. eastern standard "
        "time on January 1, 2035.\n\n"
        "IN WITNESS WHEREOF, I have hereunto set my hand this twentieth day of December, in the year of our Lord "
        "two thousand thirty-four.\n",
        {
            (DOC, "2034-12-20", False),
            (EIF, "2035-01-01", False),
            (END, "2036-06-30", False),
            (OTHER, "2033-04-03", False),
        },
    ),
    # --- notices: a document named by its day; the part of the day something starts from ---------------------------
    "an earlier notice named by its day is no date of this one": (
        "The Chapter 44 commodity codes announced in our notice from 6th June are now live in CDS.\n\n"
        "They will be shown in the online tariff from the morning of 13 June 2035.\n",
        {(OTHER, "2035-06-06", False), (EIF, "2035-06-13", False)},
    ),
    # --- codes that end: the nomenclature changes then ---------------------------------------------------------------
    "commodity codes ending on a day: the change takes effect": (
        "Advance notice\n\nThe following commodity codes will end on 31 March 2035:\n\n"
        "Commodity codes ending | Where goods now fall to\n0302119010 | 0302119090\n",
        {(EIF, "2035-03-31", False)},
    ),
    "tariff items that cease to exist": (
        "Tariff items 8708.99.10 and 8708.99.20 will cease to exist on July 1, 2035.\n",
        {(EIF, "2035-07-01", False)},
    ),
    "a suspension that ends is still the end of a period": (
        "The suspension of duties on the listed chemicals will end on 30 November 2035.\n",
        {(END, "2035-11-30", False)},
    ),
    # --- a WTO addendum's ticked fields, in English and Chinese ----------------------------------------------------
    "ticked fields of a WTO addendum": (
        "G/TBT/N/FRE/57/Add.3\n\n[X] Notified measure adopted - Date: 11 February 2035\n"
        "[X] Notified measure published - Date: 14 February 2035\n[X] Notified measure in force - Date: 1 May 2035\n",
        {(OTHER, "2035-02-11", False), (OTHER, "2035-02-14", False), (EIF, "2035-05-01", False)},
    ),
    "ticked fields of a WTO addendum in Chinese": (
        "通报号:G/SPS/N/FRE/33/Add.2\n通报日期:2035-03-09\n[X]已通知采取的措施-日期:2035年3月2日\n"
        "[X]通报措施生效-日期:2035年4月15日\n",
        {(DOC, "2035-03-09", False), (OTHER, "2035-03-02", False), (EIF, "2035-04-15", False)},
    ),
    # --- headings of Latin American acts ---------------------------------------------------------------------------
    "a Colombian heading run into its epigraph": (
        "DECRETO NÚMERO 0212 DE 2035 (marzo 17) por el cual se modifica parcialmente el Arancel de Aduanas.\n",
        {(DOC, "2035-03-17", False)},
    ),
    "a partir del is no title's date": (
        "Decreto Ejecutivo N° 45210-H\n\nArtículo 4.- Rige a partir del 1 de septiembre de 2035.\n",
        {(EIF, "2035-09-01", False)},
    ),
    # --- periods by their length, in four languages --------------------------------------------------------------
    "Spanish: a length counted from a day": (
        "Artículo 1.- Imponer derechos antidumping definitivos por un período de tres años contados desde el "
        "8 de octubre de 2035.\n",
        {(START, "2035-10-08", False), (END, "2038-10-07", True)},
    ),
    "Portuguese: a length, the goods, then its start": (
        "Art. 1º Aplicar direito antidumping definitivo, por um prazo de até cinco anos, às importações de "
        "laminados, a partir de 2 de março de 2035.\n",
        {(START, "2035-03-02", False), (END, "2040-03-01", True)},
    ),
    "French: a length from a day": (
        "Le droit compensateur définitif est institué pour une période de cinq ans à compter du 12 août 2035.\n",
        {(START, "2035-08-12", False), (END, "2040-08-11", True)},
    ),
    "German: a length from a day": (
        "Der Zollsatz wird für einen Zeitraum von zwei Jahren ab dem 1. Oktober 2035 ausgesetzt.\n",
        {(START, "2035-10-01", False), (END, "2037-09-30", True)},
    ),
    "English: for the period of one year with effect from": (
        "The remission of duty shall apply for the period of one year with effect from 1st January, 2036.\n",
        {(START, "2036-01-01", False), (END, "2036-12-31", True)},
    ),
    # --- a period that begins and ends; steps of a rate ------------------------------------------------------------
    "a quota year that begins and ends": (
        "The quota year begins April 1, 2036 and ends March 31, 2037.\n",
        {(START, "2036-04-01", False), (END, "2037-03-31", False)},
    ),
    "a list of rates, each from a day": (
        "Article 3\nThe customs duty shall be 9 % from 1 January 2036, 6 % from 1 January 2037 and 3 % from "
        "1 January 2038.\n",
        {(START, "2036-01-01", False), (START, "2037-01-01", False), (START, "2038-01-01", False)},
    ),
    # --- labels and signatures of other drafting styles --------------------------------------------------------------
    "a record's operative date before its decision date": (
        "Tariff Concession Order 3509876\n\nOperative date: 2 February 2036\nDecision date: 9 March 2036\n",
        {(EIF, "2036-02-02", False), (DOC, "2036-03-09", False)},
    ),
    "the gazette a decision was published in": (
        "Import Regime Decision No. 8810\n\nOfficial Gazette: 14 April 2036\nCommencement: 15 April 2036\n",
        {(PUB, "2036-04-14", False), (EIF, "2036-04-15", False)},
    ),
    "Indonesian regulation in English: stipulated, promulgated, in force days after": (
        "Regulation of the Minister of Finance Number 31 of 2036\n\nThis Ministerial Regulation shall come into "
        "force after 14 (fourteen) days as of the date of its promulgation.\n\nStipulated in Jakarta on 2 May "
        "2036\n\nPromulgated in Jakarta on 6 May 2036\n",
        {(DOC, "2036-05-02", False), (PUB, "2036-05-06", False), (EIF, "2036-05-20", True)},
    ),
    "Dutch: a regulation's title date and its start": (
        "Regeling van 14 mei 2036 tot wijziging van de Uitvoeringsregeling douane\n\nArtikel II\n"
        "Deze regeling treedt in werking met ingang van 1 juni 2036.\n",
        {(DOC, "2036-05-14", False), (EIF, "2036-06-01", False)},
    ),
    "a signature block opening with DONE and a comma": (
        "This Order shall take effect immediately.\n\nDONE, in the City of Manila, this 9th day of June, in the year "
        "of Our Lord, Two Thousand and Thirty-Six.\n",
        {(DOC, "2036-06-09", False)},
    ),
    "a gazette issue line under its masthead": (
        "THE GAZETTE OF THE REPUBLIC OF FREEDONIA\nEXTRAORDINARY\n\nNo. 2611/4 - MONDAY, JULY 7, 2036\n\n"
        "The levy shall be imposed with effect from July 8, 2036.\n",
        {(PUB, "2036-07-07", False), (EIF, "2036-07-08", False)},
    ),
    "Norwegian: in force on a day, in force until": (
        "Forskrift om endring i tollforskriften\n\nFastsatt av Finansdepartementet 4. mars 2036.\n\n"
        "Endringene trer i kraft 1. april 2036 og gjelder til og med 31. mars 2037.\n",
        {(DOC, "2036-03-04", False), (EIF, "2036-04-01", False), (END, "2037-03-31", False)},
    ),
    "Turkish: the Official Gazette's date field": (
        "Resmî Gazete Tarihi: 09.05.2036 Sayısı: 34190\n\nBu Karar 1/6/2036 tarihinde yürürlüğe girer.\n",
        {(PUB, "2036-05-09", False), (EIF, "2036-06-01", False)},
    ),
    "Spanish: a measure in force for a length counted from a day": (
        "Artículo 5.- La salvaguardia tendrá una vigencia de dos años contada a partir del 11 de marzo de 2036.\n",
        {(START, "2036-03-11", False), (END, "2038-03-10", True)},
    ),
    "a regional gazette's volume and number line": (
        "EAC Gazette Vol. AT 2 No. 14, 27th June, 2036\n\nThe remission of duty shall be effective from 1st July "
        "2036 to 30th June 2037.\n",
        {(PUB, "2036-06-27", False), (START, "2036-07-01", False), (END, "2037-06-30", False)},
    ),
    # --- acts acted on, earlier starts, relative days ----------------------------------------------------------------
    "a resolution repealed by this one is no date of this one": (
        "RESOLUCIÓN 310 DE 2036\n\nArtículo 9.- Derógase la Resolución 45 del 2 de febrero de 2031, a partir del "
        "1 de noviembre de 2036.\n",
        {(OTHER, "2031-02-02", False), (EIF, "2036-11-01", False)},
    ),
    "an order repealed from a day, in French": (
        "Avis aux importateurs\n\nL'arrêté du 19 juin 2030 est abrogé à compter du 1er décembre 2036.\n",
        {(OTHER, "2030-06-19", False), (EIF, "2036-12-01", False)},
    ),
    "a suspension that took effect earlier is extended to a new end": (
        "Notice to importers\n\nThe suspension, which took effect on 1 March 2035, is extended by three months to "
        "30 September 2036.\n",
        {(OTHER, "2035-03-01", False), (END, "2036-09-30", False)},
    ),
    "in force on the first day of the month following the notice": (
        "Notice No. 14 of 2036\n\nDated 21 October 2036\n\nThis notice takes effect on the first day of the month "
        "following the date of this notice.\n",
        {(DOC, "2036-10-21", False), (EIF, "2036-11-01", True)},
    ),
    "a message's sending day and its date of issuance": (
        "Guidance on the new surtax\n\nEffective Date: August 3, 2036\nDate of Issuance: July 28, 2036\n\n"
        "This message was sent on July 28, 2036.\n",
        {(EIF, "2036-08-03", False), (DOC, "2036-07-28", False), (PUB, "2036-07-28", False)},
    ),
    "a day-first history lead: an act adopted earlier and the day it applied from": (
        "Explanatory note\n\nOn 3 April 2036 the Commission adopted Implementing Regulation (EU) 2036/512, which "
        "applies from 1 May 2036. This Regulation amends it with effect from 1 January 2037.\n",
        {(OTHER, "2036-04-03", False), (OTHER, "2036-05-01", False), (EIF, "2037-01-01", False)},
    ),
    "Chinese: from a day until a day": (
        "海关总署公告\n\n本公告自2037年3月1日起至2037年8月31日止执行。\n",
        {(START, "2037-03-01", False), (END, "2037-08-31", False)},
    ),
    # --- closings and lengths of other jurisdictions -----------------------------------------------------------------
    "a gazette notice dated on its last line": (
        "G.N. (E.) 12 of 2038\n\nThis Notice shall come into operation on 9 March 2038.\n\n4 March 2038\n",
        {(EIF, "2038-03-09", False), (DOC, "2038-03-04", False)},
    ),
    "an Act's assent in square brackets": (
        "Customs Tariff Amendment Act 2038\n\nAn Act to amend the Customs Tariff Act 1995\n\n"
        "[Assented to 11 May 2038]\n\n2 Commencement\nSchedule 2 commences on 1 June 2038.\n",
        {(DOC, "2038-05-11", False), (EIF, "2038-06-01", False)},
    ),
    "an instrument given under a minister's seal": (
        "S.I. No. 88 of 2038\n\nThese Regulations come into operation on 1 April 2038.\n\n"
        "GIVEN under my Official Seal, 20 March 2038.\n",
        {(EIF, "2038-04-01", False), (DOC, "2038-03-20", False)},
    ),
    "a length of years beginning with a day": (
        "Trade Remedies Notice\n\nThe countervailing duty will apply for a period of 5 years beginning with "
        "2 October 2038.\n",
        {(START, "2038-10-02", False), (END, "2043-10-01", True)},
    ),
    "Vietnamese: from a day to the end of a day": (
        "Thông tư\n\nMức thuế suất áp dụng từ ngày 1 tháng 7 năm 2038 đến hết ngày 30 tháng 6 năm 2039.\n",
        {(START, "2038-07-01", False), (END, "2039-06-30", False)},
    ),
    "the period an investigation will cover is no period of the measure": (
        "Notice of initiation of an anti-subsidy proceeding concerning imports of steel wheels\n\n"
        "The investigation of subsidisation and injury will cover the period from 1 April 2037 to 31 March 2038.\n",
        {(OTHER, "2037-04-01", False), (OTHER, "2038-03-31", False)},
    ),
    "the Journal officiel issue a decree is taken from": (
        "JORF n°0212 du 12 septembre 2039\n\nArrêté du 9 septembre 2039 relatif aux contingents tarifaires\n\n"
        "Article 4\nLe présent arrêté entre en vigueur le 1er octobre 2039.\n",
        {(PUB, "2039-09-12", False), (DOC, "2039-09-09", False), (EIF, "2039-10-01", False)},
    ),
    "a date of announcement field": (
        "Announcement No. 2039-81 of the Ministry of Economy and Finance\n\nThe adjusted rates apply to goods "
        "imported from 1 November 2039 to 31 January 2040.\n\nDate of announcement: 24 October 2039\n",
        {(START, "2039-11-01", False), (END, "2040-01-31", False), (DOC, "2039-10-24", False)},
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_round7_date_classes(name):
    text, expected = CASES[name]
    us = "eastern" in text
    assert typed(text, jurisdiction="US" if us else None) == expected
