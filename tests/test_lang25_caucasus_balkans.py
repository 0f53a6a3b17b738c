"""Georgian, Armenian and Albanian official texts, by class (round 25): a Georgian Government resolution, an Armenian
Government decision, an Albanian Council of Ministers decision. Dates (the heading's date line, the year first with the
month's case ending, 'from ... until', 'enters into force', in force on publication), measure words, country names and
the jurisdiction, each with a near miss. Every passage is written for these tests in the style of those acts."""

from tests.fact_readers import affected, dates, jurisdiction, measures

GEORGIAN_RESOLUTION = (
    "საქართველოს მთავრობის\nდადგენილება\n"
    "N 245 2031 წლის 15 მაისი ქ. თბილისი\n"
    "საქონლის იმპორტის გადასახადის შესახებ\n"
    "მუხლი 1\n"
    "განისაზღვროს, რომ 2031 წლის 1 ივლისიდან 2031 წლის 31 დეკემბრამდე სასაქონლო პოზიცია 1001 99 000 0 საქონელი"
    " გათავისუფლდეს იმპორტის გადასახადისგან.\n"
    "მუხლი 2\nდადგენილება ამოქმედდეს 2031 წლის 1 ივლისიდან.\n"
)


def test_a_georgian_resolutions_heading_line_period_and_entry_into_force():
    """Class: 'N <n> <year> წლის <day> <month> ქ. თბილისი' is the resolution's date; '-იდან ... -ამდე' (from ...
    until, the month's stem losing its vowel: 'დეკემბრამდე') its period; 'ამოქმედდეს <date>' (takes effect) its entry
    into force; 'გათავისუფლდეს იმპორტის გადასახადისგან' (be exempted from import duty) a suspension; Georgia's act."""
    found = dates(GEORGIAN_RESOLUTION)
    assert ("document_date", "2031-05-15") in found
    assert ("application_start", "2031-07-01") in found
    assert ("application_end", "2031-12-31") in found
    assert ("entry_into_force", "2031-07-01") in found
    assert measures(GEORGIAN_RESOLUTION) == ["duty_suspension"]
    assert jurisdiction(GEORGIAN_RESOLUTION)[:1] == ["GE"]
    assert affected(GEORGIAN_RESOLUTION) == []


def test_a_georgian_anti_dumping_duty_on_goods_from_china():
    """Same classes: an anti-dumping duty ('ანტიდემპინგური ბაჟი') on goods 'ჩინეთის სახალხო რესპუბლიკიდან' (from
    China: the ablative)."""
    text = (
        "ჩინეთის სახალხო რესპუბლიკიდან იმპორტირებულ საქონელზე დაწესდეს ანტიდემპინგური ბაჟი 2031 წლის 31 დეკემბრამდე.\n"
    )
    assert ("application_end", "2031-12-31") in dates(text)
    assert measures(text) == ["anti_dumping"]
    assert affected(text) == ["CN"]


def test_a_georgian_name_inside_a_longer_word_is_no_country():
    """Near miss: names are read at word edges: 'ჩინეთისთვისაც' is no name on the list and no country."""
    assert affected("ეს წესი ჩინეთისთვისაც ვრცელდება.\n") == []


ARMENIAN_DECISION = (
    "ՀԱՅԱՍՏԱՆԻ ՀԱՆՐԱՊԵՏՈՒԹՅԱՆ ԿԱՌԱՎԱՐՈՒԹՅՈՒՆ\nՈ Ր Ո Շ ՈՒ Մ\n"
    "15 մայիսի 2031 թվականի N 745-Ն\n"
    "ՄԱՔՍԱՏՈՒՐՔԻ ԴՐՈՒՅՔԱՉԱՓԵՐԻ ՄԱՍԻՆ\n"
    "1. Սահմանել, որ 2031 թվականի հուլիսի 1-ից մինչև 2031 թվականի դեկտեմբերի 31-ը ԵԱՏՄ ԱՏԳ ԱԱ 0201 10 000 0"
    " ծածկագրով ապրանքների ներմուծման մաքսատուրքի դրույքաչափը կազմում է 0 տոկոս։\n"
    "2. Սույն որոշումն ուժի մեջ է մտնում 2031 թվականի հուլիսի 1-ից։\n"
)


def test_an_armenian_decisions_heading_line_period_and_entry_into_force():
    """Class: '<day> <month-genitive> <year> թվականի N <n>-Ն' alone on its line is the decision's date; the year first
    '<year> թվականի <month> <day>-ից մինչև ...-ը' (from ... until) its period; '... ուժի մեջ է մտնում <date>-ից' its
    entry into force; 'մաքսատուրքի դրույքաչափ' (the rate of customs duty) a rate change; Armenia's act."""
    found = dates(ARMENIAN_DECISION)
    assert ("document_date", "2031-05-15") in found
    assert ("application_start", "2031-07-01") in found
    assert ("application_end", "2031-12-31") in found
    assert measures(ARMENIAN_DECISION) == ["duty_rate_change"]
    assert jurisdiction(ARMENIAN_DECISION)[:1] == ["AM"]


def test_an_armenian_anti_dumping_duty_on_goods_from_china():
    """Same classes: 'հակագնագցման տուրք' (anti-dumping duty) on goods 'Չինաստանի Ժողովրդական Հանրապետությունից'
    (from China)."""
    text = "Չինաստանի Ժողովրդական Հանրապետությունից ներմուծվող ապրանքների նկատմամբ կիրառել հակագնագցման տուրք։\n"
    assert measures(text) == ["anti_dumping"]
    assert affected(text) == ["CN"]


ALBANIAN_DECISION = (
    "KËSHILLI I MINISTRAVE\nVENDIM\nNr. 412, datë 30.6.2031\n"
    "PËR NDRYSHIMIN E NIVELEVE TË TARIFAVE DOGANORE\n"
    "Në mbështetje të nenit 100 të Kushtetutës, me propozimin e ministrit të Financave, Këshilli i Ministrave\nVENDOSI:\n"
    "1. Për mallrat e kodit 1701 99 10, nivelet e tarifave doganore zbatohen nga 1 korrik 2031 deri më 31 dhjetor"
    " 2032.\n"
    "2. Ky vendim hyn në fuqi më 1 korrik 2031.\n"
)


def test_an_albanian_decisions_number_and_date_line_period_and_entry_into_force():
    """Class: 'Nr. <n>, datë <d.m.yyyy>' under 'VENDIM' is the decision's date; 'zbatohen nga ... deri më ...' (apply
    from ... until) its period; 'hyn në fuqi më <date>' its entry into force; 'nivelet e tarifave doganore' (the levels
    of customs tariffs) a rate change; Albania's act."""
    found = dates(ALBANIAN_DECISION)
    assert ("document_date", "2031-06-30") in found
    assert ("application_start", "2031-07-01") in found
    assert ("application_end", "2032-12-31") in found
    assert ("entry_into_force", "2031-07-01") in found
    assert measures(ALBANIAN_DECISION) == ["duty_rate_change"]
    assert jurisdiction(ALBANIAN_DECISION)[:1] == ["AL"]


def test_a_cited_albanian_decision_in_a_sentence_is_no_date_of_this_act():
    """Near miss: 'vendimit nr. 88, datë 14.3.2029' cited inside a sentence is no heading line: not this act's date."""
    text = "VENDIM\nNr. 412, datë 30.6.2031\n1. Në vendimin nr. 88, datë 14.3.2029, bëhen ndryshimet e mëposhtme.\n"
    found = dates(text)
    assert ("document_date", "2031-06-30") in found
    assert ("document_date", "2029-03-14") not in found
