"""Hindi and Bengali official texts, by class (round 25): the Hindi half of a bilingual Gazette of India notification
and a Bangladesh SRO in Bengali. Dates (the place-and-date line, the Gazette's issue line, 'comes into force from',
'until', a period pair, in force on publication), measure words, country names and the jurisdiction, each with a near
miss. Every passage is written for these tests in the style of those acts."""

from nlp.dates.finder import find_dates
from tests.fact_readers import affected, dates, jurisdiction, measures

HINDI_NOTIFICATION = (
    "सं. 512] नई दिल्ली, सोमवार, जून 30, 2031/आषाढ़ 9, 1953\n"
    "वित्त मंत्रालय\n(राजस्व विभाग)\nअधिसूचना\n"
    "नई दिल्ली, 27 जून, 2031\n"
    "सा.का.नि. 488(अ).—केन्द्रीय सरकार, सीमाशुल्क टैरिफ अधिनियम, 1975 की धारा 9क द्वारा प्रदत्त शक्तियों का प्रयोग"
    " करते हुए, चीन जनवादी गणराज्य के मूल के या वहां से निर्यातित, टैरिफ मद 7219 33 90 के अंतर्गत आने वाले माल पर"
    " प्रतिपाटन शुल्क अधिरोपित करती है।\n"
    "2. यह अधिसूचना राजपत्र में प्रकाशन की तारीख को प्रवृत्त होगी और 30 जून, 2036 तक प्रवृत्त रहेगी।\n"
)


def test_a_hindi_notifications_place_line_issue_line_and_end():
    """Class: 'नई दिल्ली, <date>' under the heading is the act's date; the issue line with its weekday is the Gazette's
    day (publication); 'राजपत्र में प्रकाशन की तारीख को प्रवृत्त होगी' puts it in force that day; '<date> तक' ends it."""
    found = dates(HINDI_NOTIFICATION)
    assert ("document_date", "2031-06-27") in found
    assert ("publication", "2031-06-30") in found
    assert ("entry_into_force", "2031-06-30") in found
    assert ("application_end", "2036-06-30") in found


def test_a_hindi_notifications_measure_country_and_jurisdiction():
    """Class: 'प्रतिपाटन शुल्क अधिरोपित करती है' (imposes anti-dumping duty) on goods of 'चीन जनवादी गणराज्य' (China),
    by the Central Government under the Customs Tariff Act: India's act."""
    assert measures(HINDI_NOTIFICATION) == ["anti_dumping"]
    assert affected(HINDI_NOTIFICATION) == ["CN"]
    assert jurisdiction(HINDI_NOTIFICATION)[:1] == ["IN"]


def test_a_hindi_period_pair_and_a_safeguard_duty():
    """Same classes, another wording: '<date> से <date> तक' (from ... until) is a period; 'रक्षोपाय शुल्क' (safeguard
    duty) names a safeguard."""
    text = (
        "नई दिल्ली, 2 जुलाई, 2031\n"
        "केन्द्रीय सरकार, निम्नलिखित सारणी में विनिर्दिष्ट माल पर रक्षोपाय शुल्क अधिरोपित करती है, जो 3 जुलाई, 2031 से"
        " 2 जुलाई, 2032 तक लागू रहेगा।\n"
    )
    found = dates(text)
    assert ("application_start", "2031-07-03") in found
    assert ("application_end", "2032-07-02") in found
    assert measures(text) == ["safeguard"]


def test_a_cited_hindi_notifications_date_is_no_date_of_this_act():
    """Near miss: 'अधिसूचना सं. 50/2029-सीमाशुल्क, तारीख 30 जून, 2029' cites an earlier notification: no date of this
    act, neither its own date nor an end."""
    text = "नई दिल्ली, 2 जुलाई, 2031\nकेन्द्रीय सरकार, अधिसूचना सं. 50/2029-सीमाशुल्क, तारीख 30 जून, 2029 में संशोधन करती है।\n"
    found = dates(text)
    assert ("document_date", "2031-07-02") in found
    assert not [kind for kind, day in found if day == "2029-06-30" and kind != "other"]


def test_devanagari_and_bengali_digits_are_read_as_digits():
    """Class: a date written in Devanagari or Bengali digits ('३० जून, २०३१', '০৫ জুন ২০৩১') is the same date."""
    assert [found.date.isoformat() for found in find_dates("नई दिल्ली, ३० जून, २०३१")] == ["2031-06-30"]
    assert [found.date.isoformat() for found in find_dates("তারিখ: ০৫ জুন ২০৩১ খ্রিস্টাব্দ")] == ["2031-06-05"]


BENGALI_SRO = (
    "বাংলাদেশ গেজেট\nঅতিরিক্ত সংখ্যা\nকর্তৃপক্ষ কর্তৃক প্রকাশিত\n"
    "প্রকাশিত বৃহস্পতিবার, জুন ৫, ২০৩১\n"
    "গণপ্রজাতন্ত্রী বাংলাদেশ সরকার\nঅর্থ মন্ত্রণালয়\nঅভ্যন্তরীণ সম্পদ বিভাগ\nপ্রজ্ঞাপন\n"
    "তারিখ: ২২ জ্যৈষ্ঠ ১৪৩৮ বঙ্গাব্দ/০৫ জুন ২০৩১ খ্রিস্টাব্দ\n"
    "এস.আর.ও. নং ১৪২-আইন/২০৩১/৮১/কাস্টমস।—সরকার, নিম্নবর্ণিত টেবিলের কলাম (২) এ উল্লিখিত এইচ.এস. কোড ১০০৬.৩০.৯৯"
    " এর পণ্যকে আমদানি শুল্ক হইতে অব্যাহতি প্রদান করিল।\n"
    "২। এই প্রজ্ঞাপন ০১ জুলাই ২০৩১ তারিখ হইতে ৩০ জুন ২০৩২ তারিখ পর্যন্ত বলবৎ থাকিবে।\n"
)


def test_a_bengali_sros_date_line_issue_line_and_period():
    """Class: 'তারিখ: <Bengali calendar date>/<Gregorian date> খ্রিস্টাব্দ' is the SRO's date; 'প্রকাশিত <weekday>,
    <date>' the Gazette's; '<date> তারিখ হইতে <date> তারিখ পর্যন্ত' (from ... until) its period."""
    found = dates(BENGALI_SRO)
    assert ("document_date", "2031-06-05") in found
    assert ("publication", "2031-06-05") in found
    assert ("application_start", "2031-07-01") in found
    assert ("application_end", "2032-06-30") in found
    assert measures(BENGALI_SRO) == ["duty_suspension"]
    assert jurisdiction(BENGALI_SRO)[:1] == ["BD"]


def test_a_bengali_date_with_takes_effect_and_an_anti_dumping_duty_on_goods_of_china():
    """Same classes: '<date> তারিখ হইতে কার্যকর হইবে' (takes effect from) is the entry into force; an anti-dumping
    duty ('অ্যান্টি-ডাম্পিং শুল্ক') on goods of 'গণপ্রজাতন্ত্রী চীন' (China), its genitive glued ('চীনের')."""
    text = (
        "সরকার গণপ্রজাতন্ত্রী চীনের উৎপাদিত পণ্যের উপর অ্যান্টি-ডাম্পিং শুল্ক আরোপ করিল।\n"
        "এই প্রজ্ঞাপন ১৫ জুলাই ২০৩১ তারিখ হইতে কার্যকর হইবে।\n"
    )
    assert ("entry_into_force", "2031-07-15") in dates(text)
    assert measures(text) == ["anti_dumping"]
    assert affected(text) == ["CN"]


def test_a_bengali_name_inside_a_longer_word_is_no_country():
    """Near miss: a country's name is read at word edges only: 'ভারতীয়' (Indian, an adjective of a firm's name) is no
    country named."""
    text = "ভারতীয় কোম্পানি লিমিটেড এর আবেদন বিবেচনা করা হইল।\n"
    assert affected(text) == []
