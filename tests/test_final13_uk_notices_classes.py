"""Round 10 second pass, final13 (documents 1413-1424): UK online tariff notices. The old Tariff/CHIEF stop press
named by its day with a two-digit year ('Stop Press Notice 07/11/31'); a news story's heading dated after a dash
under the online tariff's banner line ('UK Integrated Online Tariff' / 'Update to … – 9 March 2031'); the story's
'Chapter: 73' field. Every passage is written for these tests, with other subjects, chapters and days than the set."""

from nlp.pipeline import analyse
from tests.test_dates_families import DOC, EIF, typed

STOP_PRESS = (
    "Tariff/CHIEF Stop Press Notice 07/11/31\n\n\nAdvanced notice of changes to DEFRA measures.\n\n"
    "As of 1 December 2031, a DEFRA licence will apply to imports of cut flowers.\n"
)

NEWS_STORY = (
    "UK Integrated Online Tariff\n\nUpdate to CD612 Footnote Description – 9 March 2031\n\nChapter: 73\n\n"
    "As of 9 March 2031, the description of footnote CD612 has been amended to read as follows:\n\n"
    "Please note, this update only affects measures associated with Anti-Dumping Duties for Steel Pipes from "
    "Ruritania.\n"
)


def test_a_stop_press_named_by_its_day_with_a_two_digit_year():
    assert typed(STOP_PRESS) == {(DOC, "2031-11-07", False), (EIF, "2031-12-01", False)}


def test_a_two_digit_year_without_its_notice_word_is_no_date():
    assert typed("The ratio 07/11/31 was applied to the sample.\n") == set()


def test_a_news_storys_heading_under_the_tariffs_banner_dates_the_story():
    assert typed(NEWS_STORY) == {(DOC, "2031-03-09", False), (EIF, "2031-03-09", False)}


def test_a_news_storys_chapter_field():
    assert [code.code for code in analyse(NEWS_STORY, jurisdiction="GB")._.codes] == ["73"]


def test_a_chapter_field_of_a_books_contents_is_no_code():
    text = "Guide to Customs Procedures\n\nChapter: 3 Declarations\n\nThis guide explains declarations.\n"
    assert analyse(text, jurisdiction="GB")._.codes == []
