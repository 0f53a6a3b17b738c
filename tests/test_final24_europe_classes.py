"""European documents by class (round 21 second pass, final24 3513-3521): a UK instrument named 'Customs Tariff (…)
… Regulations' is the UK's, not Canada's Customs Tariff; two quoted codes an amending instruction swaps are codes
with no keyword before them; a region named after a neighbouring country ('Inner Mongolia' in a producer's name, 'New
Mexico') names no country; a row an insertion is only placed by names a neighbour of the table, not a partner; a
licence application window ('an application received … within the period of seven days beginning with …') is no
period of the measure, a list item read with the lead-in of the items above it; a circumvention criterion ('not
greater than 25 % of the manufacturing cost') is no rate. Each class has a passage in another wording or jurisdiction
than the final24 document's and a near miss that must keep the fact. Every passage is written for these tests."""

from nlp.pipeline import analyse
from tests.fact_readers import affected, dates, jurisdiction, measures, rates


def codes(text: str, source: str | None = None) -> list[str]:
    return sorted(mention.code for mention in analyse(text, jurisdiction=source)._.codes)


UK_SI = (
    "The Customs Tariff (Suspension of Import Duty Rates) (Amendment) Regulations 2031\n\n"
    "Made: 3rd March 2031\n\nLaid before the House of Commons: 4th March 2031\n\n"
    "1.—(1) These Regulations may be cited as the Customs Tariff (Suspension of Import Duty Rates) (Amendment)"
    " Regulations 2031 and come into force on 1st April 2031.\n\n"
)


def test_a_uk_customs_tariff_regulations_is_the_uks():
    """Class: the name of a UK instrument. 'the Customs Tariff (Suspension of Import Duty Rates) (Amendment)
    Regulations 2031' names a UK statutory instrument: its 'the Customs Tariff' is no cue for Canada."""
    text = UK_SI + (
        "2. In the Customs Tariff (Suspension of Import Duty Rates) Regulations 2030, in Schedule 1, omit the row for"
        " commodity code 2903 22 00 00.\n"
    )
    assert jurisdiction(text) == ["GB"]


def test_a_quota_instrument_of_the_uk_in_another_wording_is_the_uks():
    """Class: the name of a UK instrument, another one ('Customs Tariff (Tariff Quotas) (Amendment) Regulations')."""
    text = (
        "The Customs Tariff (Tariff Quotas) (Amendment) Regulations 2031\n\nMade: 9th May 2031\n\n"
        "1. These Regulations may be cited as the Customs Tariff (Tariff Quotas) (Amendment) Regulations 2031.\n\n"
        "2. In the Customs Tariff (Tariff Quotas) Regulations 2030, in regulation 4, for “30 days” substitute"
        " “45 days”.\n"
    )
    assert jurisdiction(text) == ["GB"]


def test_canadas_customs_tariff_stays_canadas():
    """Guard: Canada's own 'the Customs Tariff (see footnote a)' and 'the Customs Tariff' of an order stay Canada's."""
    text = (
        "Order Amending the Schedule to the Customs Tariff\n\nHis Excellency the Governor General in Council, on the"
        " recommendation of the Minister of Finance, pursuant to section 82 of the Customs Tariff (see footnote a),"
        " makes the annexed Order. The List of Tariff Provisions set out in the schedule to the Customs Tariff is"
        " amended by adding tariff item No. 9903.00.00.\n"
    )
    assert jurisdiction(text) == ["CA"]


def test_quoted_codes_an_instruction_swaps_are_codes():
    """Class: a code swapped in its quotation marks. 'for “4050 90” substitute “0405 90”' in a UK table's column gives
    the old and the new code with no 'commodity code' before them."""
    text = UK_SI + (
        "2. In Schedule 4, in column (2) of the table headed “Origin Table”, in the entry for cheese, for “0406 09”"
        " substitute “0406 90”.\n"
    )
    assert codes(text, "GB") == ["040609", "040690"]


def test_quoted_codes_an_eu_act_replaces_are_codes():
    """Class: a code swapped in its quotation marks, in an EU act's wording ('‘…’ is replaced by ‘…’')."""
    text = (
        "Commission Implementing Regulation (EU) 2031/310 correcting Implementing Regulation (EU) 2030/88\n\n"
        "HAS ADOPTED THIS REGULATION:\n\nArticle 1\n\nIn Annex II to Implementing Regulation (EU) 2030/88, in the row"
        " for grated cheese, ‘0460 20’ is replaced by ‘0406 20’.\n"
    )
    assert codes(text, "EU") == ["040620", "046020"]


def test_quoted_numbers_that_are_no_codes_stay_out():
    """Near miss: a regulation's number, a year and a version swapped in quotation marks are no codes."""
    text = UK_SI + (
        "2. In regulation 16(1), for “regulation 18” substitute “regulation 19”.\n\n3. In regulation 20, for “2030 12”"
        " substitute “2031 01”, and for “version 2.1” substitute “version 2.2”.\n"
    )
    assert codes(text, "GB") == []


EU_REVIEW = (
    "Commission Implementing Regulation (EU) 2031/90 initiating a 'new exporter' review concerning imports of melamine"
    " originating in the People's Republic of China\n\nHAS ADOPTED THIS REGULATION:\n\nArticle 1\n\n"
)


def test_a_chinese_region_in_a_producers_name_names_no_country():
    """Class: a region named after a neighbouring country. 'Inner Mongolia Baiyun Chemical Co., Ltd' is a Chinese
    producer: Mongolia is not affected."""
    text = EU_REVIEW + (
        "A review is hereby initiated concerning imports of melamine originating in the People's Republic of China"
        " produced by Inner Mongolia Baiyun Chemical Co., Ltd (TARIC additional code C701).\n"
    )
    assert affected(text) == ["CN"]


def test_a_chinese_region_in_a_us_notice_names_no_country():
    """Guard: a region named after a neighbouring country, in a US notice's wording: the respondent 'Inner Mongolia
    Xinda Industrial Co., Ltd.' is Chinese (a review's respondent was not read as an origin before either)."""
    text = (
        "The Department of Commerce is conducting an administrative review of the antidumping duty order on"
        " silicon metal from the People's Republic of China. The mandatory respondent is Inner Mongolia Xinda"
        " Industrial Co., Ltd.\n"
    )
    assert affected(text) == ["CN"]


def test_a_us_state_named_after_a_country_names_no_country():
    """Guard: a region named after a neighbouring country, a US state: a petitioner 'of Las Cruces, New Mexico' in a
    US notice names no Mexican goods."""
    text = (
        "The Department is initiating an antidumping duty investigation of imports of tungsten shot from Mongolia."
        " The petition was filed by Alamo Shot Inc. of Las Cruces, New Mexico.\n"
    )
    assert affected(text) == ["MN"]


def test_mongolia_itself_stays_affected():
    """Near miss: goods 'originating in Mongolia' are Mongolia's."""
    text = EU_REVIEW + "The review concerns imports of melamine originating in Mongolia.\n"
    assert "MN" in affected(text)


def test_a_row_placing_an_insertion_names_no_partner():
    """Class: a row an insertion is placed by. 'In a new row to be inserted immediately above the row containing the
    entry in respect of the … Agreement between … and the State of Israel' names a neighbour in the table."""
    text = UK_SI + (
        "2. In Schedule 1 to the Preferential Trade Arrangements Regulations, in a new row to be inserted immediately"
        " above the row containing the entry in respect of the Trade and Partnership Agreement between the Government"
        " of the United Kingdom and the Government of the State of Israel, insert—\n\nThe Agreement on Trade in Goods"
        " between the United Kingdom and the Kingdom of Morocco.\n"
    )
    assert "IL" not in affected(text)


def test_a_row_after_which_an_entry_goes_names_no_partner():
    """Class: a row an insertion is placed by, in another wording ('after the entry relating to …, insert')."""
    text = UK_SI + (
        "2. In the table in Schedule 2, after the entry relating to the Republic of Chile, insert the entry for the"
        " preferential tariff for goods originating in the Republic of Peru.\n"
    )
    assert "CL" not in affected(text)


def test_a_row_an_instruction_amends_names_its_partner():
    """Near miss: 'In the row relating to the Agreement … and Canada, … substitute' amends Canada's row: Canada stays."""
    text = UK_SI + (
        "2. In the row relating to the Trade Continuity Agreement between the United Kingdom and Canada, for the entry"
        " in the second column substitute—\n\nThe Canada Preferential Tariff, version 1.3.\n"
    )
    assert "CA" in affected(text)


def test_a_licence_application_window_is_no_period_of_the_measure():
    """Class: an application window in a list below its lead-in. '(a) the grant of the licence is for an application
    received …—' / '(i) within the period of seven days beginning with 1st February 2032, or' / '(ii) …': when
    traders may apply, not when the measure applies; the second item reads with the lead-in above the first."""
    text = UK_SI + (
        "2. After regulation 36 of the Tariff Quotas Regulations insert—\n\n(36A)\n(1) The additional allocation"
        " procedure applies where—\n(a) the grant of the licence concerned is for an application received in respect"
        " of the quota identified by the quota number 05.4210—\n(i) within the period of seven days beginning with"
        " 1st February 2032, or\n(ii) within the period of seven days beginning with 1st February 2033; and\n(b) the"
        " available quantity has not been allocated.\n"
    )
    found = dates(text)
    assert ("application_start", "2032-02-01") not in found
    assert ("application_start", "2033-02-01") not in found


def test_an_application_period_in_another_wording_is_no_period_of_the_measure():
    """Class: an application window, in an EU act's wording ('applications … lodged during the period of ten days
    beginning on …')."""
    text = (
        "Commission Implementing Regulation (EU) 2031/400 opening an import tariff quota for garlic\n\n"
        "HAS ADOPTED THIS REGULATION:\n\nArticle 3\n\nApplications for import licences shall be lodged during the"
        " period of ten days beginning on 1 March 2031.\n"
    )
    assert ("application_start", "2031-03-01") not in dates(text)


def test_a_quota_period_beginning_on_a_day_stays_its_start():
    """Near miss: 'The quota period of twelve months beginning on 1 July 2031 …' is the measure's own period."""
    text = (
        "Commission Implementing Regulation (EU) 2031/401 opening an import tariff quota for garlic\n\n"
        "HAS ADOPTED THIS REGULATION:\n\nArticle 1\n\nThe tariff quota shall apply for the period of twelve months"
        " beginning on 1 July 2031.\n"
    )
    assert ("application_start", "2031-07-01") in dates(text)


CIRCUMVENTION = (
    "Commission Implementing Regulation (EU) 2031/95 terminating the investigation concerning the possible"
    " circumvention of the anti-dumping measures on imports of glyoxylic acid\n\nHAS ADOPTED THIS REGULATION:\n\n"
)


def test_a_circumvention_criterion_is_no_rate():
    """Class: a criterion of a circumvention finding. 'the value added … is not greater than 25 % of the manufacturing
    cost' is a test, not a duty; the duty in the same article stays."""
    text = CIRCUMVENTION + (
        "Article 1\n\nThe definitive anti-dumping duty of 28,4 % remains applicable. Circumvention through assembly"
        " operations requires that the value added to the parts brought in is not greater than 25 % of the"
        " manufacturing cost.\n"
    )
    assert [value for value, _, _ in rates(text)] == [28.4]


def test_a_share_of_the_manufacturing_cost_is_no_rate():
    """Class: a criterion of a circumvention finding, in a US notice's wording ('the value of the processing … was 22 %
    of the total manufacturing cost')."""
    text = (
        "The Department found that the value of the processing in Malaysia was 22 % of the total manufacturing cost of"
        " the finished cylinders; the antidumping duty of 31.2 percent continues to apply to the cylinders.\n"
    )
    assert [value for value, _, _ in rates(text)] == [31.2]


def test_a_duty_greater_than_before_stays_a_rate():
    """Near miss: the duty itself, 'a definitive anti-dumping duty of 25 %', is a rate."""
    text = CIRCUMVENTION + "Article 1\n\nA definitive anti-dumping duty of 25 % is imposed on glyoxylic acid.\n"
    assert [value for value, _, _ in rates(text)] == [25.0]


CONCURRENCE = (
    "Commission Implementing Regulation (EU) 2031/520 amending Implementing Regulation (EU) 2030/611 amending certain"
    " Regulations imposing anti-dumping or anti-subsidy measures on certain steel products subject to a safeguard"
    " measure\n\nTHE EUROPEAN COMMISSION,\n\nHAS ADOPTED THIS REGULATION:\n\nArticle 1\n\nImplementing Regulation (EU)"
    " 2030/611 is amended as follows:\n\n1. in Annex 1 ‘List of the regulations imposing anti-dumping and anti-subsidy"
    " measures on the products that are subject to the safeguard measure’, the following paragraph is added:\n\n‘7."
    " Commission Implementing Regulation (EU) 2031/300 imposing a definitive anti-dumping duty on imports of"
    " stainless steel bars originating in India.’\n\n2. in Annex 2 ‘Rates of anti-dumping and/or countervailing duties"
    " applicable as long as a safeguard duty is due on the same product’, the following Annex 2.7 is added:\n\n"
    "Country | Company | Original definitive anti-dumping duty | Anti-dumping duty once safeguard measure is due\n"
    "India | All other companies | 12,4 % | 0,0 %\n\nArticle 2\n\nThis Regulation shall enter into force on the day"
    " following that of its publication in the Official Journal of the European Union.\n"
)


def test_the_safeguard_a_duty_yields_to_and_the_remedy_pair_of_an_annex_name_are_not_acted_on():
    """Class: a measure named as a condition and a remedy named only in a pair. An act that sets the anti-dumping duty
    due 'as long as a safeguard duty is due' on goods 'subject to a safeguard measure', in annexes named for
    'anti-dumping and/or countervailing duties', acts on the anti-dumping duty alone."""
    assert measures(CONCURRENCE) == ["anti_dumping"]


def test_a_duty_suspended_while_a_safeguard_applies_in_another_wording():
    """Class: a measure named as a condition and a remedy named only in a pair, in a UK notice's wording."""
    text = (
        "Trade Remedies Notice 2031/14: anti-dumping duty on steel reinforcing bar from China while the steel safeguard"
        " applies\n\nThe Secretary of State has decided that, once the safeguard duty is due on the same goods, the"
        " anti-dumping duty on steel reinforcing bar originating in China is 0 %. The table of anti-dumping or"
        " countervailing duties subject to this arrangement is updated to include the anti-dumping duty on the goods.\n"
    )
    assert measures(text) == ["anti_dumping"]


def test_an_act_imposing_both_remedies_keeps_both():
    """Near miss: an act that imposes 'a definitive countervailing duty' and 'a definitive anti-dumping duty' on its
    own acts on both, though it also names them as a pair."""
    text = (
        "Commission Implementing Regulation (EU) 2031/530 imposing a definitive countervailing duty and a definitive"
        " anti-dumping duty on imports of glass fibre fabrics originating in Egypt\n\nHAS ADOPTED THIS REGULATION:\n\n"
        "Article 1\n\nA definitive countervailing duty of 10,9 % is imposed on imports of glass fibre fabrics"
        " originating in Egypt.\n\nArticle 2\n\nA definitive anti-dumping duty of 9,1 % is imposed on the same"
        " imports. The anti-dumping and countervailing duties shall not exceed 20 % together.\n"
    )
    assert measures(text) == ["anti_dumping", "countervailing"]


def test_a_safeguard_act_keeps_its_safeguard():
    """Near miss: a safeguard act's own 'products subject to the safeguard measure' leaves the safeguard it imposes."""
    text = (
        "Commission Implementing Regulation (EU) 2031/540 imposing definitive safeguard measures against imports of"
        " certain ferro-alloys\n\nHAS ADOPTED THIS REGULATION:\n\nArticle 1\n\nA definitive safeguard measure is"
        " imposed on imports of ferro-alloys. The products subject to the safeguard measure are listed in Annex I.\n"
    )
    assert "safeguard" in measures(text)


def test_an_origin_reference_document_swapped_in_a_regulation_is_rules_of_origin():
    """Class: a UK instrument replacing an agreement's Origin Reference Document ('for “the Origin Reference Document,
    version 1.1” substitute “… version 1.2”'): it changes the rules of origin."""
    text = UK_SI + (
        "2. In regulation 5 of the Preferential Trade Arrangements Regulations, for “the Origin Reference Document,"
        " version 1.1” substitute “the Origin Reference Document, version 1.2”.\n"
    )
    assert "rules_of_origin" in measures(text)


def test_an_origin_reference_document_a_guide_points_to_is_no_measure():
    """Near miss: a guide that sends traders to the Origin Reference Document changes no rule of origin."""
    text = (
        "Guidance: trading with Kenya\n\nTraders claiming a preference should read the Origin Reference Document for"
        " the agreement before they import goods.\n"
    )
    assert "rules_of_origin" not in measures(text)
