"""Affected countries: the classes of misses left across the development sets in round 20 (issue 15), each on a
passage written for the test (eval/heldout/README.md, 'Round 20 residual classes')."""

from nlp.countries.exceptions import after_exception
from nlp.countries.names import find_country_names
from nlp.pipeline import analyse
from nlp.text.sentences import Sentences


def _affected(text: str, jurisdiction: str | None = None) -> list[str]:
    return sorted(analyse(text, jurisdiction=jurisdiction)._.countries["affected"])


def _codes(text: str) -> list[str]:
    return [name.code for name in find_country_names(text)]


# Class 1: a name wrapped over a line break of a PDF's text, or over the blank line between the lines of a heading in
# capitals: the name's words sit on two lines and were read as two runs (neither of which is a name).


def test_a_name_wrapped_over_a_pdf_line_break_is_one_name():
    """Class 'name wrapped over a line break' (Indian notification, EU in its enacting recital)."""
    text = (
        "Notification No. 17/2031-Customs (ADD)\n"
        "G.S.R. 410(E).– Whereas, in the matter of 'Polyol Resin' falling under tariff item 3907 29 90 of the\n"
        "First Schedule to the Customs Tariff Act, 1975, originating in or exported from European\n"
        "Union and Qatar (hereinafter referred to as the subject countries) and imported into India, the designated\n"
        "authority has come to the conclusion that the subject goods have been exported at dumped prices;\n"
        "Now, therefore, the Central Government hereby imposes on the subject goods originating in or exported from\n"
        "the subject countries a provisional anti-dumping duty as specified in the Table below.\n"
    )
    assert _affected(text, "IN") == ["EU", "QA"]


def test_a_heading_in_capitals_wrapped_over_a_blank_line_keeps_its_name():
    """Class 'name wrapped over a line break': a Russian decision's heading in capitals, its lines set apart by blank
    lines, wraps inside 'Китайской Народной Республики' (the goods' origin)."""
    text = (
        "РЕШЕНИЕ\n\nот 14 марта 2031 г. N 52\n\nО ПРИМЕНЕНИИ АНТИДЕМПИНГОВОЙ МЕРЫ В ОТНОШЕНИИ ЛИТЫХ КОЛЕС,\n\n"
        "ПРОИСХОДЯЩИХ ИЗ КИТАЙСКОЙ\n\nНАРОДНОЙ РЕСПУБЛИКИ\n\n"
    )
    assert _codes(text) == ["CN"]


def test_macedonian_union_is_read_with_its_lower_case_word():
    """Class 'name forms not read': Macedonian writes 'Европска унија' with 'ј', a Cyrillic letter Russian lacks."""
    text = (
        "Царинската управа информира дека од 02.01.2031 година царинските давачки се менуваат за стоките со "
        "потекло од Европска унија, поради целосно искористување на квотата."
    )
    assert _codes(text) == ["EU"]


# Class 2: a news item or a customs notice names the goods of a remedy by their origin's adjective, not by the
# country's name (English, Finnish, Swedish items of three sets).


def test_an_english_news_item_names_the_origin_by_its_adjective():
    """Class 'origin adjective of a remedy's goods': a trade ministry's release on a final determination."""
    text = (
        "The Trade Commission held its 512th meeting on 3 March 2031 and made an affirmative final determination in "
        "the anti-dumping investigation against Ruritanian-made valves and Vietnamese stainless steel wire. The "
        "Commission recommended that anti-dumping duties of 21.4 percent be imposed on Vietnamese stainless steel wire "
        "for five years."
    )
    assert _affected(text, "KR") == ["VN"]


def test_a_finnish_customs_item_names_the_origin_by_its_adjective():
    """Class 'origin adjective of a remedy's goods': Finnish 'intialaisen … polkumyyntitulli' (Indian goods)."""
    text = (
        "Muutos intialaisen sulfaniilihapon polkumyyntitulliin\n"
        "Euroopan komissio on julkaissut täytäntöönpanoasetuksen, jolla polkumyyntitulli muutetaan 1.4.2031 alkaen "
        "arvotulliksi kaikille yrityksille."
    )
    assert _affected(text, "EU") == ["IN"]


def test_a_swedish_customs_item_names_the_origin_by_its_adjective():
    """Class 'origin adjective of a remedy's goods': Swedish 'antidumpningstull på ryskt …' (Russian goods)."""
    text = (
        "Kommissionen förlänger antidumpningstull på ryskt kaliumklorid\n"
        "Kommissionen har genom genomförandeförordning förlängt den slutgiltiga antidumpningstullen med fem år från "
        "och med den 2 maj 2031."
    )
    assert _affected(text, "EU") == ["RU"]


# Class 3: Chinese and Japanese put 'except' after the names it leaves out ('…除外', '…を除く'), and a PDF's line may
# wrap inside a Chinese or Japanese name ('中華人民共和' / '国').


def test_a_japanese_notice_excepts_hong_kong_after_the_name_and_wraps_china_over_a_line():
    """Class 'postposed exception in Chinese and Japanese' and 'name wrapped over a line break' (a customs notice of
    an anti-dumping duty: Korea and China, less Hong Kong and Macao)."""
    text = (
        "アクリル酸エステルに対して課する不当廉売関税の発動について\n"
        "関税定率法第8条の規定に基づき、アクリル酸エステルに対して不当廉売関税が発動されることになりました。\n記\n"
        "関税定率法の別表第2916.12号に掲げるアクリル酸エステルで令和13年4月1日から令和18年3月31日までの期間に"
        "輸入されるもの(大韓民国又は中華人民共和\n国(香港地域及びマカオ地域を除く。)を原産地とするものに限る。)\n"
        "発動後の税率\n大韓民国産\n一般の関税+22.4%\n中華人民共和国\n一般の関税+31.0%\n(香港地域及びマカオ地域を除く)産\n以上\n"
    )
    assert _affected(text, "JP") == ["CN", "KR"]


def test_a_chinese_record_excepts_the_country_named_before_its_cue():
    """Class 'postposed exception in Chinese and Japanese': '(美国(U.S.)本土除外)' leaves the US out of an import
    requirement on wood packaging from every region; a name inside another's parenthesis is not excepted by it."""
    text = "包括从各地区(美国(U.S.)本土除外)向加拿大进口的木质垫料。输入大韩民国或中国(香港除外)原产的货物。"
    sentences = Sentences(text)
    assert after_exception(text, text.index("美国"), sentences)
    assert after_exception(text, text.index("香港"), sentences)
    assert not after_exception(text, text.index("大韩民国"), sentences)
