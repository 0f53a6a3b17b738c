"""Round 20's review (integration): regressions of the round's new rules on passages of the reviewer's kind, each
narrowed to the case it was written for. A trailing clause ending in 除外 that excepts other goods leaves the country
named before it targeted; an amendment restating a safeguard's exempted origins leaves them exempted (only a
suspension or preference amended withdraws relief from the origins it lists); goods that 'shall no longer be subject
to' a duty because it is terminated or repealed are no exclusion; every country of an 'except … through <date>' list
owns its end, and with no country read an exception end stays the measure's; an origin adjective right before the remedy's word names
who imposes it; a price row of a table with a duty column keeps its duties.
Every passage is written for these tests."""

from nlp.pipeline import analyse


def affected(text: str, jurisdiction: str) -> list[str]:
    return analyse(text, jurisdiction=jurisdiction)._.countries["affected"]


def measure_types(text: str, jurisdiction: str) -> set[str]:
    return {m.type for m in analyse(text, jurisdiction=jurisdiction)._.measures}


def test_a_later_clause_excepting_other_goods_leaves_the_named_origin_targeted():
    """Class: a postposed 除外 after a clause break (，) excepts that clause's goods, not the country before it."""
    text = "税委会公告2031年第7号\n\n自2031年7月1日起，对原产于美国的进口商品加征15%关税，列入排除清单的商品除外。\n"
    assert affected(text, "CN") == ["US"]


def test_an_amendment_restating_a_safeguards_exempted_origins_leaves_them_exempted():
    """Class: text inserted into a safeguard (not a suspension or preference) restating its exemptions."""
    text = (
        "Commission Implementing Regulation (EU) 2031/488 of 5 May 2031 amending Implementing Regulation (EU)"
        " 2029/161 imposing a definitive safeguard measure against imports of certain aluminium products\n\n"
        "HAS ADOPTED THIS REGULATION:\n\n"
        "Article 1\n\n"
        "Implementing Regulation (EU) 2029/161 is amended as follows:\n\n"
        "(1) in Article 1, the tariff quota for products originating in Turkey is reduced by 5 %;\n\n"
        "(2) in Article 2, paragraph 2 is replaced by the following:\n\n"
        "‘2.   Paragraph 1 does not apply to any of the following:\n\n"
        "(a) products originating in Norway, Iceland and Liechtenstein;\n\n"
        "(b) products originating in Ukraine.’;\n\n"
        "Article 2\n\n"
        "This Regulation shall enter into force on 1 August 2031.\n"
    )
    assert not {"NO", "IS", "LI", "UA"} & set(affected(text, "EU"))


def test_products_no_longer_subject_to_a_terminated_duty_are_no_exclusion():
    """Class: 'shall no longer be subject to' the duty after its termination (the sentence before) ends it."""
    text = (
        "Commission Implementing Regulation (EU) 2031/77 terminating the anti-dumping proceeding concerning imports"
        " of certain steel wire originating in India\n\n"
        "HAS ADOPTED THIS REGULATION:\n\n"
        "Article 1\n"
        "The anti-dumping duty imposed by Implementing Regulation (EU) 2026/51 on imports of certain steel wire"
        " originating in India is terminated. The products listed in Annex I shall no longer be subject to the"
        " anti-dumping duty imposed by that Regulation.\n"
    )
    assert "exclusion" not in measure_types(text, "EU")


def test_goods_no_longer_subject_to_a_repealed_surtax_are_no_exclusion():
    """Class: the same in the sentence itself ('as the surtax order is repealed')."""
    text = (
        "Order Repealing the China Surtax Order (Steel Wire)\n\n"
        "The goods listed in the schedule to this Order, originating in China, shall no longer be subject to the"
        " surtax imposed under the China Surtax Order, as the surtax order is repealed.\n"
    )
    assert "exclusion" not in measure_types(text, "CA")


PROCLAMATION = (
    "Adjusting Imports of Aluminum Wire Into the United States\n\n"
    "NOW, THEREFORE, I, the President of the United States, do hereby proclaim as follows:\n\n"
    "(1) The exemption of aluminum articles from Canada is extended. Clause 3 of Proclamation 9988 is amended to"
    ' read as follows: "an additional 10 percent ad valorem rate of duty on aluminum articles imported from all'
    ' countries except Canada and Mexico through 11:59 p.m. eastern daylight time on July 1, 2031."\n\n'
    "(2) This proclamation is effective at 12:01 a.m. eastern daylight time on June 1, 2031.\n"
)


def test_every_country_of_an_exception_list_owns_its_end():
    """Class: 'except Canada and Mexico through <date>': the affected Canada's exception end is the measure's."""
    dates = sorted((m.type, m.date) for m in analyse(PROCLAMATION, jurisdiction="US")._.dates)
    assert ("application_end", "2031-07-01") in dates


def test_an_adjective_right_before_the_remedy_word_names_who_imposes_it():
    """Class: 'The Indian anti-dumping duty on Chinese …': Indian imposes, Chinese names the goods' origin."""
    text = (
        "Trade news\n\n"
        "The Indian anti-dumping duty on Chinese cold-rolled coil has been extended for five years by the Ministry"
        " of Finance."
    )
    assert affected(text, "EU") == ["CN"]


def test_remedy_demonyms_are_scanned_once_per_text():
    """Class: the country reader asks for every sub-range of a long text of recitals; the scan is not repeated.
    Its time is measured by bench/long_recitals.py, not here: this pins the output and the single scan."""
    para = (
        "(%d) The anti-dumping duty on Chinese and Indian bolts was examined; Japanese producers and Korean exporters"
        " commented on the anti-dumping measures.\n"
    )
    text = (
        "Commission Implementing Regulation (EU) 2031/19 imposing a definitive anti-dumping duty on bolts originating"
        " in China\n\n" + "".join(para % i for i in range(800)) + "\nArticle 1\nA definitive anti-dumping duty is"
        " imposed on bolts originating in China.\n"
    )
    from nlp.countries import remedy_demonyms

    remedy_demonyms._text_demonyms.cache_clear()
    assert affected(text, "EU") == ["CN"]
    assert remedy_demonyms._text_demonyms.cache_info().misses <= 2


def test_entry_price_rows_of_a_table_with_a_duty_column_keep_their_duties():
    """Class: a price row's amounts are factors only in a table with no duty column."""
    text = (
        "Commission Implementing Regulation (EU) 2031/266 fixing the specific duties applicable to imports of"
        " courgettes\n\n"
        "HAS ADOPTED THIS REGULATION:\n\n"
        "Article 1\n"
        "The specific duties on courgettes falling within CN code 0709 93 10 shall be those set out in the following"
        " table:\n\n"
        "Entry price (EUR/100 kg net) | Specific duty\n"
        "Entry price below 48,3 but not less than 47,2 | EUR 2,4/100 kg\n"
        "Entry price below 41,7 | EUR 27,5/100 kg\n"
    )
    rates = {(r.value, r.unit) for r in analyse(text, jurisdiction="EU")._.rates}
    assert {(2.4, "EUR/100 kg"), (27.5, "EUR/100 kg")} <= rates


def test_a_single_exception_end_with_no_country_read_stays_the_measures_end():
    """Class: one exception end and no affected country read: nothing marks it as restated history."""
    text = (
        "Adjusting Imports of Aluminum Wire Into the United States\n\n"
        "NOW, THEREFORE, I, the President of the United States, do hereby proclaim as follows:\n\n"
        '(1) Clause 3 of Proclamation 9988 is amended to read as follows: "an additional 10 percent ad valorem rate'
        " of duty on aluminum articles imported from all countries except Canada and Mexico through 11:59 p.m."
        ' eastern daylight time on July 1, 2031."\n\n'
        "(2) This proclamation is effective at 12:01 a.m. eastern daylight time on June 1, 2031.\n"
    )
    dates = sorted((m.type, m.date) for m in analyse(text, jurisdiction="US")._.dates)
    assert ("application_end", "2031-07-01") in dates
