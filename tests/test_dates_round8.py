"""Typed dates, round 8: drafting of jurisdictions and kinds no eval set holds, found by probing (signature blocks of
US agencies and Mexican, Indonesian, Israeli acts; press-release datelines; a decision's heading line in the Russian
manner; Turkish and Indonesian relative days; a second calendar beside the Gregorian date; Ukrainian, Arabic, Korean,
Japanese and Thai texts). Every passage is written for these tests, in other words, numbers and countries than the
probes and any eval set."""

import pytest

from tests.test_dates_families import DOC, EIF, END, OTHER, PUB, START, typed

CMT = "comment_deadline"

CASES = {
    # --- signature blocks and datelines ------------------------------------------------------------------------------
    "a US agency's signature with its state": (
        "SUMMARY: We are adding Freedonia to the list of regions free of the disease.\n\nDATES: Effective June 2, 2037."
        "\n\nDone in Riverdale, MD, this 24th day of April 2037.\n\nKevin Shea,\nAdministrator.\n",
        {(EIF, "2037-06-02", False), (DOC, "2037-04-24", False)},
    ),
    "a press release's dateline opening its first paragraph": (
        "NEWS RELEASE\n\nTariff relief extended for fertiliser inputs\n\nCanberra, 9 February 2037 – The Government "
        "will extend the concessional rate on ammonia until 30 June 2038.\n\nMedia contact: press office\n",
        {(PUB, "2037-02-09", False), (END, "2038-06-30", False)},
    ),
    "a place and date alone on a line stays the signature date": (
        "The Order comes into force on 1 March 2037.\n\nWellington, 12 February 2037\n\nMinister of Customs\n",
        {(EIF, "2037-03-01", False), (DOC, "2037-02-12", False)},
    ),
    "a decision's heading line: date, number, place": (
        "COUNCIL OF THE EURASIAN ECONOMIC COMMISSION\n\nDECISION\n\n3 October 2037        No. 112        Astana\n\n"
        "On amendments to the Common Customs Tariff in respect of certain types of cheese\n",
        {(DOC, "2037-10-03", False)},
    ),
    "a Mexican signature run on after its place and date": (
        "TRANSITORIO\n\nÚNICO.- El presente Decreto entrará en vigor el 1 de abril de 2037.\n\nDado en la Residencia "
        "del Poder Ejecutivo Federal, en la Ciudad de México, a 20 de marzo de 2037.- Andrés Pérez Díaz.- Rúbrica.\n",
        {(EIF, "2037-04-01", False), (DOC, "2037-03-20", False)},
    ),
    "a Mexican secretary's signature run on after its place and date": (
        "ÚNICO.- El presente Acuerdo entrará en vigor el 2 de mayo de 2037.\n\nMonterrey, a 21 de abril de 2037.- "
        "El Secretario de Hacienda, Luis Ortega.- Rúbrica.\n",
        {(EIF, "2037-05-02", False), (DOC, "2037-04-21", False)},
    ),
    "an Indonesian regulation's closing blocks and its days after promulgation": (
        "Peraturan Menteri ini mulai berlaku setelah 14 (empat belas) hari terhitung sejak tanggal diundangkan.\n\n"
        "Ditetapkan di Jakarta\npada tanggal 10 Maret 2037\nMENTERI PERDAGANGAN,\nttd.\n\nDiundangkan di Jakarta\n"
        "pada tanggal 12 Maret 2037\n",
        {(DOC, "2037-03-10", False), (PUB, "2037-03-12", False), (EIF, "2037-03-26", True)},
    ),
    # --- periods and ends ---------------------------------------------------------------------------------------------
    "a notification in force up to a day": (
        "Notification\n\nThis notification shall come into force on 5 January 2037 and shall remain in force up to "
        "4 January 2038.\n",
        {(EIF, "2037-01-05", False), (END, "2038-01-04", False)},
    ),
    "a period's length with effect from its start": (
        "Dated 2nd May, 2037.\n\nThe Cabinet Secretary remits the duty on the goods in the Schedule for a period of "
        "two years with effect from 1st June, 2037.\n",
        {(DOC, "2037-05-02", False), (START, "2037-06-01", False), (END, "2039-05-31", True)},
    ),
    "a circular's Date field heads no DATES block": (
        "Circular No. 7/2037\nDate: 4 May 2037\n\nSubject: Valuation of used vehicles\n\nThe revised values were "
        "discussed with the trade on 20 April 2037.\n",
        {(DOC, "2037-05-04", False), (OTHER, "2037-04-20", False)},
    ),
    # --- a second calendar beside the Gregorian date -----------------------------------------------------------------
    "a Hijri date before the Gregorian under one label": (
        "Circular No. 31\nDate: 21/03/1462 H corresponding to 13/07/2039\n\nThe amended duty rates shall be applied "
        "effective from 01/09/2039.\n",
        {(DOC, "2039-07-13", False), (EIF, "2039-09-01", False)},
    ),
    "a Hebrew date with the Gregorian in brackets closing an order": (
        "Commencement\n3. This Order shall come into force on 1 March 2038.\n\n5 Shevat 5798 (23 January 2038)\n\n"
        "Minister of Economy and Industry\n",
        {(EIF, "2038-03-01", False), (DOC, "2038-01-23", False)},
    ),
    # --- Turkish -------------------------------------------------------------------------------------------------------
    "a Turkish gazette masthead and the days after publication": (
        "Resmî Gazete\nSayı: 34101\nTarih: 2 Eylül 2037 ÇARŞAMBA\n\nTEBLİĞ\n\nMADDE 4- Bu Tebliğ yayımı tarihinden "
        "15 gün sonra yürürlüğe girer.\n",
        {(PUB, "2037-09-02", False), (EIF, "2037-09-17", True)},
    ),
    # --- Ukrainian -----------------------------------------------------------------------------------------------------
    "a Ukrainian resolution's heading, a cited act and the day in force": (
        "КАБІНЕТ МІНІСТРІВ УКРАЇНИ\nПОСТАНОВА\nвід 9 червня 2037 р. № 512\nКиїв\n\nПро зміни до постанови Кабінету "
        "Міністрів України від 3 лютого 2035 р. № 88\n\n1. Ця постанова набирає чинності з 1 липня 2037 року.\n",
        {(DOC, "2037-06-09", False), (OTHER, "2035-02-03", False), (EIF, "2037-07-01", False)},
    ),
    "a Ukrainian period from one day to another": (
        "Установити спеціальне мито, яке застосовується з 1 січня 2038 р. по 31 грудня 2040 р.\n",
        {(START, "2038-01-01", False), (END, "2040-12-31", False)},
    ),
    # --- Arabic --------------------------------------------------------------------------------------------------------
    "an Arabic decree: applied as from, until, issued on, a cited decree": (
        "مادة 2\nيعمل بهذا القرار اعتبارا من 1 مارس 2038 وحتى 28 فبراير 2039.\n\nمادة 3\nيلغى القرار رقم 40 "
        "الصادر في 5 يناير 2036.\n\nصدر في 10 فبراير 2038\n",
        {
            (EIF, "2038-03-01", False),
            (END, "2039-02-28", False),
            (OTHER, "2036-01-05", False),
            (DOC, "2038-02-10", False),
        },
    ),
    "a Levantine month name": (
        "يسري هذا القرار اعتبارا من 1 تشرين الأول 2037.\n",
        {(EIF, "2037-10-01", False)},
    ),
    # --- Korean, Japanese, Thai -----------------------------------------------------------------------------------------
    "a Korean decree's date above the minister and its days of effect": (
        "관세청 고시 제2037-45호\n\n2037년 6월 30일\n\n관세청장\n\n부칙\n이 고시는 2037년 7월 1일부터 시행한다.\n"
        "제2조의 세율은 2037년 12월 31일까지 적용한다.\n",
        {(DOC, "2037-06-30", False), (EIF, "2037-07-01", False), (END, "2037-12-31", False)},
    ),
    "a Japanese notice in the imperial era, numerals in kanji": (
        "財務省告示第四十五号\n\n令和十九年六月三十日\n\n財務大臣　鈴木一郎\n\n附則\nこの告示は、令和十九年七月一日から施行する。\n",
        {(DOC, "2037-06-30", False), (EIF, "2037-07-01", False)},
    ),
    "a Japanese era's first year": (
        "この政令は、令和元年十月一日から施行する。\n",
        {(EIF, "2019-10-01", False)},
    ),
    "a Thai notification in English with the Buddhist Era": (
        "Clause 3. This Notification shall come into force from 1 October B.E. 2580 onwards.\n\n"
        "Given on the 12th day of September B.E. 2580\n",
        {(EIF, "2037-10-01", False), (DOC, "2037-09-12", False)},
    ),
    "a Thai notification in Thai": (
        "ข้อ 3 ประกาศนี้ให้ใช้บังคับตั้งแต่วันที่ 1 ตุลาคม พ.ศ. 2580 เป็นต้นไป\n\nประกาศ ณ วันที่ 12 กันยายน พ.ศ. 2580\n",
        {(EIF, "2037-10-01", False), (DOC, "2037-09-12", False)},
    ),
    # --- round 8's second batch: treaty, Gulf, Maghreb, Latin American, European and Taiwanese forms ------------------
    "a treaty signed in the year written out, without 'our Lord'": (
        "This Agreement shall enter into force sixty days after the exchange of instruments.\n\nDONE at Bandar Seri "
        "Begawan, Brunei Darussalam, this Third Day of May in the Year Two Thousand and Thirty-Eight, in duplicate.\n",
        {(DOC, "2038-05-03", False)},
    ),
    "a Gregorian date under its label's Hijri date": (
        "Minister of Commerce and Industry\n\nDate: 4 Rajab 1460 H\nCorresponding to: 22 January 2038\n",
        {(DOC, "2038-01-22", False)},
    ),
    "written submissions until a day, in Portuguese and Spanish": (
        "As partes interessadas poderão apresentar comentários por escrito até 14 de junho de 2038.\n\nLas partes "
        "podrán presentar sus observaciones hasta el 20 de junio de 2038.\n",
        {(CMT, "2038-06-14", False), (CMT, "2038-06-20", False)},
    ),
    "a Spanish measure in force until a day stays its end": (
        "La medida estará vigente hasta el 31 de octubre de 2038.\n",
        {(END, "2038-10-31", False)},
    ),
    "the Boletín Oficial's footer and in force from the day of publication": (
        "ARTÍCULO 2°.- La presente resolución entrará en vigencia a partir del día de su publicación en el BOLETÍN "
        "OFICIAL.\n\nMaría Díaz\n\ne. 03/08/2038 N° 51234/38 v. 03/08/2038\n",
        # (the "v." date, the last day the notice is shown, is no date of the act)
        {(PUB, "2038-08-03", False), (EIF, "2038-08-03", True), (OTHER, "2038-08-03", False)},
    ),
    "a Malay order made on a day": (
        "(2) Perintah ini mula berkuat kuasa pada 1 Julai 2038.\n\nDibuat 20 Jun 2038\n[KE.HT(96)669/03-5]\n",
        {(EIF, "2038-07-01", False), (DOC, "2038-06-20", False)},
    ),
    "an Austrian law gazette's masthead": (
        "BUNDESGESETZBLATT FÜR DIE REPUBLIK ÖSTERREICH\nJahrgang 2038\tAusgegeben am 9. Juli 2038\tTeil II\n\n"
        "Diese Verordnung tritt mit 1. August 2038 in Kraft.\n",
        {(PUB, "2038-07-09", False), (EIF, "2038-08-01", False)},
    ),
    "a Belgian royal decree's closing and a Swiss signature line in French": (
        "Art. 4. Le présent arrêté entre en vigueur le 1er septembre 2038.\n\nDonné à Bruxelles, le 30 juillet 2038.\n",
        {(EIF, "2038-09-01", False), (DOC, "2038-07-30", False)},
    ),
    "the Swiss Federal Council's signature line in French": (
        "La présente ordonnance entre en vigueur le 1er janvier 2039.\n\n5 novembre 2038\tAu nom du Conseil fédéral "
        "suisse:\n\nLa présidente de la Confédération, Anne Exemple\n",
        {(EIF, "2039-01-01", False), (DOC, "2038-11-05", False)},
    ),
    "a Swedish agency's regulations decided on a day": (
        "Tullverkets föreskrifter om ändring i föreskrifterna om tullförfaranden\n\nbeslutade den 4 juni 2038.\n\n"
        "Denna författning träder i kraft den 1 juli 2038.\n",
        {(DOC, "2038-06-04", False), (EIF, "2038-07-01", False)},
    ),
    "a Finnish decree given in Helsinki": (
        "Valtioneuvoston asetus tullittomista tuontikiintiöistä\n\nAnnettu Helsingissä 6 päivänä kesäkuuta 2038\n\n"
        "Tämä asetus tulee voimaan 1 päivänä heinäkuuta 2038.\n",
        {(DOC, "2038-06-06", False), (EIF, "2038-07-01", False)},
    ),
    "a Polish regulation's heading, a cited act and its day in force": (
        "ROZPORZĄDZENIE MINISTRA ROZWOJU\nz dnia 8 czerwca 2038 r.\nw sprawie kontyngentów taryfowych\n\nNa podstawie "
        "art. 5 ustawy z dnia 2 lipca 2015 r. zarządza się, co następuje:\n\n§ 3. Rozporządzenie wchodzi w życie z "
        "dniem 1 lipca 2038 r.\n",
        {(DOC, "2038-06-08", False), (OTHER, "2015-07-02", False), (EIF, "2038-07-01", False)},
    ),
    "a Czech regulation's heading, its quota period and its day of effect": (
        "NAŘÍZENÍ VLÁDY\nze dne 8. června 2038\n\n§ 1\nKvóta se otevírá na období od 1. července 2038 do 30. června "
        "2039.\n\n§ 2\nToto nařízení nabývá účinnosti dnem 1. července 2038.\n",
        {
            (DOC, "2038-06-08", False),
            (START, "2038-07-01", False),
            (END, "2039-06-30", False),
            (EIF, "2038-07-01", False),
        },
    ),
    "a Kazakh order's heading line": (
        "Приказ Министра финансов Республики Казахстан от 17 мая 2038 года № 212\n\nОб утверждении ставок\n",
        {(DOC, "2038-05-17", False)},
    ),
    "a Taiwanese order in the Republic of China's years": (
        "經濟部令\n中華民國127年5月2日\n經貿字第12704600210號\n\n修正「貨品輸入規定」，自中華民國127年6月1日施行。\n",
        {(DOC, "2038-05-02", False), (EIF, "2038-06-01", False)},
    ),
    # --- round 8's third batch: English notices of other agencies ----------------------------------------------------
    "a test that will begin on a day and run until another": (
        "DATES: The pilot will begin on March 2, 2038, and will run until March 1, 2039.\n",
        {(START, "2038-03-02", False), (END, "2039-03-01", False)},
    ),
    "measures that continue in force for a further period from a day": (
        "Dated 2 February 2038\n\nThe countervailing measures will continue in force for a further five years from "
        "9 February 2038.\n",
        {(DOC, "2038-02-02", False), (START, "2038-02-09", False), (END, "2043-02-08", True)},
    ),
    "what a ministry decided to levy from a day for a period": (
        "The Ministry decided that from 3 August 2038, countervailing duties shall be levied on imports of the "
        "product for a period of 5 years.\n",
        {(START, "2038-08-03", False)},
    ),
    "a memorandum effective days after its date": (
        "Sec. 4. This memorandum shall be effective 14 days after its date.\n\nTHE WHITE HOUSE,\nJune 10, 2038.\n",
        {(DOC, "2038-06-10", False), (EIF, "2038-06-24", True)},
    ),
    "a press release's dateline in brackets": (
        "Press Release\n\n(Geneva, 3 April 2038) The Council agreed today to extend the waiver.\n",
        {(PUB, "2038-04-03", False)},
    ),
    "a notice's date and its signer in capitals on one line": (
        "Notice is hereby given that the licensing requirement is lifted with effect from 2 May 2038.\n\n"
        "24 April 2038\tMARY WONG\nDirector-General of Trade and Industry\n",
        {(EIF, "2038-05-02", False), (DOC, "2038-04-24", False)},
    ),
    "a South African notice's R-number and date": (
        "No. R. 4410\t7 November 2038\n\nCUSTOMS AND EXCISE ACT, 1964\n\nAMENDMENT OF SCHEDULE NO. 1\n",
        {(PUB, "2038-11-07", False)},
    ),
    # --- round 8's fourth batch ---------------------------------------------------------------------------------------
    "a press release's date at its foot is its publication": (
        "MINISTRY OF COMMERCE\nMEDIA RELEASE\n\nTariff-free quota for rice raised\n\n1. The quota will be raised "
        "from 1 September 2038.\n\nMINISTRY OF COMMERCE\n21 AUGUST 2038\n",
        {(EIF, "2038-09-01", False), (PUB, "2038-08-21", False)},
    ),
    "a notice's date at its foot stays its document date": (
        "NOTICE\n\nThe quota will be raised from 1 September 2038.\n\nMINISTRY OF COMMERCE\n21 August 2038\n",
        {(EIF, "2038-09-01", False), (DOC, "2038-08-21", False)},
    ),
    "a signature block: Signed, the signer's title, the date": (
        "The new values apply from 2 June 2038.\n\nSigned\nDeputy Commissioner, Customs Policy\n26th May, 2038\n",
        {(START, "2038-06-02", False), (DOC, "2038-05-26", False)},
    ),
    "regulations laid down by a ministry on a day": (
        "Laid down by the Ministry of Trade on 3 September 2038 under the Act on import licences.\n\nThe amendments "
        "enter into force on 1 October 2038.\n",
        {(DOC, "2038-09-03", False), (EIF, "2038-10-01", False)},
    ),
    "position papers on or before a day": (
        "The Commission will hold a hearing on 9 June 2038. Position papers must be submitted on or before "
        "2 June 2038.\n",
        {(OTHER, "2038-06-09", False), (CMT, "2038-06-02", False)},
    ),
    "a gazette line with its number after a comma": (
        "Official Gazette of 5 October 2038, No. 34012\n\nThis Communiqué shall enter into force on the date of its "
        "publication.\n",
        {(PUB, "2038-10-05", False), (EIF, "2038-10-05", True)},
    ),
    "issued in a city, the Hijri date, then the Gregorian": (
        "Issued in Riyadh:\nOn: 2 Ramadan 1460 AH\nCorresponding to: 19 January 2038 AD\n",
        {(DOC, "2038-01-19", False)},
    ),
    # --- round 8's fifth batch ----------------------------------------------------------------------------------------
    "an Indian header naming its Gazette issue, and a duty for five years from publication": (
        "[Published in the Gazette of India, Extraordinary, Part II, Section 3, Sub-section (i), dated the 4th March, "
        "2038]\n\nG.S.R. 140(E).- The Central Government hereby imposes a countervailing duty for a period of five "
        "years (unless revoked, superseded or amended earlier) from the date of publication of this notification in "
        "the Official Gazette.\n",
        {(PUB, "2038-03-04", False), (START, "2038-03-04", True), (END, "2043-03-03", True)},
    ),
    "an act that ceases to apply on a day": (
        "This Decision shall cease to have effect on 30 November 2038.\n",
        {(END, "2038-11-30", False)},
    ),
    "a spreadsheet's dates with hyphens and a valid-till column": (
        "Circular | Date of issue | Valid till\n7/2038 | 14-Feb-2038 | 13-Feb-2039\n",
        {(DOC, "2038-02-14", False), (END, "2039-02-13", False)},
    ),
    "a Portuguese minister's dated signature": (
        "Artigo 2.º\nA presente portaria produz efeitos a 1 de agosto de 2038.\n\nA Secretária de Estado dos "
        "Assuntos Fiscais, Ana Costa, em 21 de julho de 2038.\n",
        {(EIF, "2038-08-01", False), (DOC, "2038-07-21", False)},
    ),
    "a German customs news item's date and a measure for months": (
        "Fachmeldung vom 02.06.2038\n\nMit der Durchführungsverordnung (EU) 2038/610 vom 30. Mai 2038 wurde ein "
        "vorläufiger Zoll eingeführt. Die Maßnahme gilt ab dem 3. Juni 2038 für sechs Monate.\n",
        {
            (PUB, "2038-06-02", False),
            (OTHER, "2038-05-30", False),
            (START, "2038-06-03", False),
            (END, "2038-12-02", True),
        },
    ),
    # --- guards: what must not change -----------------------------------------------------------------------------------
    "a document-sharing site's upload date is none of the act's": (
        "Notice of initiation of an expiry review\n\nDate post: 11-Jun-2038\nCategory:\nUpload: someone\n",
        {(OTHER, "2038-06-11", False)},
    ),
    "a fruit-juice subheading is no Buddhist or era date": (
        "Customs notice\n\nSubheading 2009.11 covers frozen orange juice. The rate for 2009.12 will be reduced to 5% "
        "with effect from 1 July 2037.\n",
        {(EIF, "2037-07-01", False)},
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_round8_date_classes(name):
    text, expected = CASES[name]
    us = "MD," in text
    assert typed(text, jurisdiction="US" if us else None) == expected
