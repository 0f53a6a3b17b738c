"""Kazakh, Uzbek and Mongolian official texts, by class (round 25): a Kazakh Government resolution, an Uzbek
President's resolution in Latin letters, a Mongolian Government resolution. Dates (the year first with its mark and the
month's case ending, 'from ... until', 'enters into force'), measure words, country names and the jurisdiction, each
with a near miss. Every passage is written for these tests in the style of those acts."""

from nlp.dates.finder import find_dates
from tests.fact_readers import affected, dates, jurisdiction, measures

KAZAKH_RESOLUTION = (
    "Қазақстан Республикасы Үкіметінің\nҚАУЛЫСЫ\n"
    "2031 жылғы 30 маусымдағы № 512\nАстана, Үкімет Үйі\n"
    "Демпингке қарсы баж енгізу туралы\n"
    "Қазақстан Республикасының Үкіметі ҚАУЛЫ ЕТЕДІ:\n"
    "1. Қытай Халық Республикасынан әкелінетін 7208 10 000 0 кодты тауарларға демпингке қарсы баж 2031 жылғы"
    " 1 шілдеден бастап 2031 жылғы 31 желтоқсанға дейін қолданылады.\n"
    "2. Осы қаулы 2031 жылғы 1 шілдеден бастап қолданысқа енгізіледі.\n"
)


def test_a_kazakh_resolutions_heading_line_period_and_entry_into_force():
    """Class: '<year> жылғы <day> <month>дағы № N' alone on its line is the resolution's date; '... -дан бастап ...
    -ға дейін қолданылады' (applies from ... until) its period; '... бастап қолданысқа енгізіледі' its entry into force."""
    found = dates(KAZAKH_RESOLUTION)
    assert ("document_date", "2031-06-30") in found
    assert ("application_start", "2031-07-01") in found
    assert ("application_end", "2031-12-31") in found
    assert ("entry_into_force", "2031-07-01") in found


def test_a_kazakh_resolutions_measure_country_and_jurisdiction():
    """Class: 'демпингке қарсы баж' (anti-dumping duty) on goods from 'Қытай Халық Республикасынан' (China, ablative),
    by the Government of Kazakhstan."""
    assert measures(KAZAKH_RESOLUTION) == ["anti_dumping"]
    assert affected(KAZAKH_RESOLUTION) == ["CN"]
    assert jurisdiction(KAZAKH_RESOLUTION)[:1] == ["KZ"]


def test_a_cited_kazakh_resolution_in_a_sentence_dates_nothing():
    """Near miss: a cited resolution's '<year> жылғы <day> <month>дағы № N қаулысы' inside a sentence is neither this
    act's date nor a start or an end."""
    text = (
        "2031 жылғы 30 маусымдағы № 512\n"
        "1. Қазақстан Республикасы Үкіметінің 2029 жылғы 14 наурыздағы № 88 қаулысына өзгеріс енгізілсін.\n"
    )
    found = dates(text)
    assert ("document_date", "2031-06-30") in found
    assert not [kind for kind, day in found if day == "2029-03-14" and kind != "other"]


UZBEK_RESOLUTION = (
    "O‘ZBEKISTON RESPUBLIKASI PREZIDENTINING QARORI\n"
    "Ayrim tovarlarga bojxona boji stavkalari to‘g‘risida\n"
    "1. 2031-yil 1-iyuldan boshlab 2031-yil 31-dekabrgacha bo‘lgan davrda 1701 14 900 0 kodli tovarlar bojxona"
    " bojidan ozod qilinsin.\n"
    "2. Mazkur qaror 2031-yil 1-iyuldan boshlab kuchga kiradi.\n"
    "Toshkent sh., 2031-yil 15-may, PQ-181-son\n"
)


def test_an_uzbek_resolutions_place_line_period_and_entry_into_force():
    """Class: 'Toshkent sh., <year>-yil <day>-<month>, PQ-N-son' is the resolution's date; '-dan boshlab ... -gacha'
    (from ... until) its period; '-dan boshlab kuchga kiradi' its entry into force; 'bojxona bojidan ozod' an exemption
    from the duty."""
    found = dates(UZBEK_RESOLUTION)
    assert ("document_date", "2031-05-15") in found
    assert ("application_start", "2031-07-01") in found
    assert ("application_end", "2031-12-31") in found
    assert ("entry_into_force", "2031-07-01") in found
    assert measures(UZBEK_RESOLUTION) == ["duty_suspension"]
    assert jurisdiction(UZBEK_RESOLUTION)[:1] == ["UZ"]


def test_an_uzbek_until_after_a_numeric_date_and_a_name_of_origin():
    """Same classes, another wording: '31.12.2032 yilgacha' (until) after a numeric date; an anti-dumping duty on goods
    from 'Xitoy Xalq Respublikasidan' (China)."""
    text = "Xitoy Xalq Respublikasidan olib kiriladigan tovarlarga antidemping boji 31.12.2032 yilgacha qo‘llaniladi.\n"
    assert ("application_end", "2032-12-31") in dates(text)
    assert measures(text) == ["anti_dumping"]
    assert affected(text) == ["CN"]


def test_a_month_name_inside_an_uzbek_word_is_no_date():
    """Near miss: the year-first form needs the day before the month: '2031-yil mayda' (in May) is no day."""
    assert find_dates("2031-yil mayda qabul qilingan") == []


MONGOLIAN_RESOLUTION = (
    "МОНГОЛ УЛСЫН ЗАСГИЙН ГАЗРЫН ТОГТООЛ\n"
    "2031 оны 6 дугаар сарын 20-ны өдөр Дугаар 245 Улаанбаатар хот\n"
    "Гаалийн албан татварын хувь хэмжээ тогтоох тухай\n"
    "1. Хавсралтад заасан барааны импортын гаалийн албан татварын хувь хэмжээг 2031 оны 7 дугаар сарын 1-ний өдрөөс"
    " эхлэн дагаж мөрдсүгэй.\n"
    "2. Энэ тогтоолыг 2031 оны 12 дугаар сарын 31-ний өдрийг хүртэл мөрдөнө.\n"
)


def test_a_mongolian_resolutions_heading_line_start_and_end():
    """Class: '<year> оны <n> дугаар сарын <day>-ны өдөр Дугаар N' (the month by its number) heading the resolution is
    its date; '... өдрөөс эхлэн дагаж мөрдсүгэй' (be applied from) its entry into force; '... өдрийг хүртэл' its end;
    'гаалийн албан татварын хувь хэмжээ' (the rate of customs duty) a rate change."""
    found = dates(MONGOLIAN_RESOLUTION)
    assert ("document_date", "2031-06-20") in found
    assert ("entry_into_force", "2031-07-01") in found
    assert ("application_end", "2031-12-31") in found
    assert measures(MONGOLIAN_RESOLUTION) == ["duty_rate_change"]
    assert jurisdiction(MONGOLIAN_RESOLUTION)[:1] == ["MN"]


def test_a_cited_mongolian_resolution_in_a_sentence_is_no_date_of_this_act():
    """Near miss: a cited resolution ('... 2029 оны 3 дугаар сарын 14-ний өдрийн 88 дугаар тогтоолд ...') inside a
    sentence is no heading line: not this act's date, nor a start or an end."""
    text = (
        "2031 оны 6 дугаар сарын 20-ны өдөр Дугаар 245 Улаанбаатар хот\n"
        "1. Засгийн газрын 2029 оны 3 дугаар сарын 14-ний өдрийн 88 дугаар тогтоолд өөрчлөлт оруулсугай.\n"
    )
    found = dates(text)
    assert ("document_date", "2031-06-20") in found
    assert not [kind for kind, day in found if day == "2029-03-14" and kind != "other"]
