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
    # --- guards: what must not change -----------------------------------------------------------------------------------
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
