"""US documents by class (round 25 second pass, final28 3901-3906: a section 301 memorandum, a section 232
proclamation, section 338 annexes, an HTSUS safeguard note). Each class has a passage in the final28 document's own
kind, one in another wording or jurisdiction, and a near miss that must not give the fact. Every passage is written
for these tests."""

from tests.fact_readers import affected, dates, measures, rates

# --- a quota table's yearless quarters, beside a rate schedule's yearly steps -------------------------------------------

QUARTER_TABLE = (
    "(d) For the purposes of heading 9903.52.40, the maximum aggregate quantity of all panels in the periods "
    "enumerated below shall be as follows:\n"
    "2nd quarter\n1st quarter\nJanuary 1 through\nMarch 31\nApril 1\nthrough June 30\nAnnual\n"
    "410,000\n410,000\nsquare meters\nsquare meters\nIf entered during the period\nJanuary 1, 2032,\n"
    "through December 31,\n2032:\n1,640,000 square\nmeters\n"
    "(e) The duty rate for goods entered under such headings shall be as follows:\n"
    "9903.52.41\n9903.52.40\n40%\n20%\nIf entered during the period January 1,\n2032, through December 31, 2032\n"
    "38%\n18%\nIf entered during the period January 1,\n2033, through December 31, 2033\n"
    "36%\n16%\nIf entered during the period January 1,\n2034, through December 31, 2034\n"
)


def test_a_quota_tables_yearless_quarters_are_no_period_of_the_measure():
    """Class: a flattened quota table prints its quarters without a year ('1st quarter' / 'January 1 through' /
    'March 31'); they recur in every quota year (final28 3906). The year the nearest full date would lend them is a
    guess: no application_start or application_end from them."""
    found = dates(QUARTER_TABLE)
    assert ("application_end", "2032-03-31") not in found
    assert ("application_start", "2032-04-01") not in found
    assert ("application_end", "2032-06-30") not in found


def test_a_quarterly_tranches_in_another_wording():
    """Same class, another wording and jurisdiction (a European-style regulation opening quarterly tranches written
    day-first without a year, below its dated quota period)."""
    text = (
        "Article 2\nThe tariff quota of 12 000 tonnes shall be open from 1 July 2031 to 30 June 2032.\n"
        "Article 3\nThe tariff quota shall be opened in quarterly tranches: first quarter from 1 July to "
        "30 September, second quarter from 1 October to 31 December.\n"
    )
    found = dates(text)
    assert ("application_start", "2031-07-01") in found and ("application_end", "2032-06-30") in found
    assert not any(value[5:] in ("09-30", "10-01", "12-31") for kind, value in found if kind != "other")


def test_a_rate_steps_each_bounded_stay_periods():
    """The other reading (Round 20 convention (a), final22 3221): a safeguard's yearly rate steps, each bounded in its
    own phrase ('If entered during the period August 15, 2032, through August 14, 2033'), keep each step's start and
    end; only the yearless quarters are dropped."""
    found = dates(QUARTER_TABLE)
    assert ("application_start", "2032-01-01") in found and ("application_end", "2034-12-31") in found
    assert ("application_start", "2033-01-01") in found


def test_a_near_miss_quarter_with_its_year_and_quota_years_without_rates_stand():
    """Near misses: a quarter whose period carries its year is a dated period ('third quarter, from July 1 to
    September 30, 2031'); consecutive quota years listed with quantities only keep each period (no rate steps)."""
    quarter = "The third tranche of the quota opens for the third quarter, from July 1 to September 30, 2031."
    assert ("application_end", "2031-09-30") in dates(quarter)
    years = (
        "Quota quantities: 20,000 tonnes from 1 January 2031 to 31 December 2031; 22,000 tonnes from 1 January 2032 "
        "to 31 December 2032; 24,000 tonnes from 1 January 2033 to 31 December 2033."
    )
    assert ("application_end", "2031-12-31") in dates(years)


# --- the investigated economies an operative part rates as a class ---------------------------------------------------

INVESTIGATED = (
    "MEMORANDUM FOR THE UNITED STATES TRADE REPRESENTATIVE\n\n"
    "On May 3, 2031, the Trade Representative initiated investigations under section 301 of the Trade Act of 1974 "
    "into the acts, policies, and practices of 6 economies concerning their treatment of digital services. The "
    "economies subject to these investigations are:\n\n"
    "1.   Chile\n2.   Ghana\n3.   Kenya\n4.   Norway\n5.   Peru\n6.   Uruguay\n\n"
    "On July 9, 2031, the Trade Representative determined that the acts of each economy are unreasonable.\n\n"
    "Section 1. Tariffs. (a) The Trade Representative shall impose a tariff of 10 percent on goods of Chile and "
    "Peru.\n(b) For goods of all other investigated economies, the Trade Representative shall impose a tariff rate "
    "of 15 percent.\n"
)


def test_a_listed_investigated_economies_rated_as_a_class_are_affected():
    """Class: a section 301 memorandum lists the investigated economies in its recitals and rates the rest as 'all
    other investigated economies' (final28 3901): every listed economy's goods get a rate, so each is affected."""
    assert affected(INVESTIGATED) == ["CL", "GH", "KE", "NO", "PE", "UY"]


def test_a_countries_under_investigation_in_another_wording():
    """Same class, another wording (a bulleted list of 'countries covered by the investigation', 'the remaining
    countries under investigation')."""
    text = (
        "NOTICE OF ACTION\n\nThe countries covered by the investigation are:\n- Bolivia\n- Jordan\n- Senegal\n\n"
        "The Ministry has found the practices of each of them unreasonable.\n\n"
        "ORDER\n1. Imports of goods of Jordan shall be subject to an additional duty of 20 percent.\n"
        "2. Imports of goods of the remaining countries under investigation shall be subject to an additional duty "
        "of 12 percent.\n"
    )
    assert affected(text) == ["BO", "JO", "SN"]


def test_a_near_miss_investigated_list_without_a_class_rate():
    """Near miss: the operative part rates only named economies; the others of the investigated list stay
    background (an investigation's scope is no measure)."""
    text = INVESTIGATED.replace("For goods of all other investigated economies", "For goods of Kenya")
    assert affected(text) == ["CL", "KE", "PE"]


# --- a carve-out written into the document's own duty, and a foreign prohibition a section 301 action answers -------


def test_a_exemption_from_the_tariffs_directed_in_this_memorandum_is_no_exclusion():
    """Class: 'shall exempt from the tariffs imposed as directed in subsection (a) of this section the products
    identified in the Annex' (final28 3901) carves goods out of the document's own duty: no exclusion; and a
    prohibition the economies fail to impose, commit to or enforce is the practice answered, not a prohibition."""
    text = (
        "Actions in the Investigations of the Failure of Each Economy to Impose and Effectively Enforce a Prohibition "
        "on the Importation of Goods Produced with Child Labor\n\n"
        "Section 1. (a) The Trade Representative shall impose a section 301 tariff of 15 percent on all goods of "
        "Peru, as a retaliation under section 301.\n"
        "(b) The Trade Representative shall exempt from the tariffs imposed as directed in subsection (a) of this "
        "section the products identified in the Annex.\n"
        "(c) These tariffs encourage economies that have made commitments to the United States regarding child labor "
        "import prohibitions to enact and effectively enforce a child labor import prohibition.\n"
    )
    found = measures(text)
    assert "exclusion" not in found and "prohibition" not in found
    assert "retaliation" in found


def test_a_note_exception_with_its_own_heading_is_no_exclusion():
    """Class, another wording (an HTSUS note's subdivision giving the exception its own heading: 'As provided in
    heading 9903.61.05, the additional duties imposed by heading 9903.61.01 shall not apply to', final28 3904): the
    exception is written into the note's duty."""
    text = (
        "1. The following new U.S. note 60 is inserted in numerical order:\n"
        "“60. (a) Heading 9903.61.01 imposes an additional ad valorem rate of duty on imports of products of "
        "Freedonia enumerated in subdivision (b) of this note.\n"
        "(c) As provided in heading 9903.61.05, the additional duties imposed by heading 9903.61.01 shall not apply to "
        "articles of civil aircraft.”\n"
    )
    assert "exclusion" not in measures(text)


def test_a_near_miss_exclusion_from_an_existing_heading_and_a_real_import_ban():
    """Near misses: an annex excluding goods from an existing heading's duties ('The additional duties imposed by
    heading 9903.88.03 shall not apply to the following particular products') is an exclusion; a government that
    imposes an import prohibition itself prohibits."""
    exclusion = (
        "Annex\nEffective with respect to goods entered on or after May 1, 2031, U.S. note 20 is modified: the "
        "additional duties imposed by heading 9903.88.03 shall not apply to the following particular products, "
        "provided for in subheading 8501.10.40.\n"
    )
    assert "exclusion" in measures(exclusion)
    ban = "The Government hereby imposes an import prohibition on used tyres from all origins with immediate effect."
    assert "prohibition" in measures(ban)


# --- partners named in a drawback condition or an agreement's treatment across a line break ------------------------

DRAWBACK = (
    "Adjusting Imports of Graphite Anodes into the United States\n\n"
    "BY THE PRESIDENT OF THE UNITED STATES OF AMERICA\n\nA PROCLAMATION\n\n"
    "NOW, THEREFORE, I, by the authority vested in me by section 232 of the Trade Expansion Act of 1962, do hereby "
    "proclaim as follows:\n\n"
    "(1)  Imports of graphite anodes shall be subject to an additional 20 percent ad valorem rate of duty.\n\n"
    "(2)  Products of Japan shall be subject to an additional 15 percent ad valorem rate of duty.\n\n"
    "(3)  Manufacturing drawback claims made in accordance with subsections\n"
    "(a) and (b) of section 313 of the Tariff Act of 1930, as amended, 19\n"
    "U.S.C. 1313(a)-(b), shall be available with respect to the duties\n"
    "imposed pursuant to this proclamation on articles that meet the\nfollowing conditions:\n\n"
    "(a)  the article is a product of Trade Agreement Partners, composed of\n"
    "the United Kingdom, Mexico, Canada, and any trading partner with\n"
    "which the United States concludes a trade agreement; and\n\n"
    "(b)  the graphite content of the article is composed entirely of graphite from a Trade Agreement Partner.\n"
)


def test_a_drawback_conditions_partners_are_not_affected():
    """Class: a section 232 proclamation's drawback clause names the Trade Agreement Partners whose products qualify
    for a refund (final28 3902, as final20 2802): a condition of the refund, not origins the duty targets."""
    assert affected(DRAWBACK) == ["JP"]


def test_a_refund_condition_and_agreement_treatment_in_another_wording():
    """Same classes, another wording: a duty drawback granted for goods of listed partners, and goods 'eligible for'
    an agreement's 'special tariff treatment' with the words broken over lines (final28 3904)."""
    text = (
        "Section 2. Imports of pleasure boats of Freedonia shall be subject to an additional duty of 30 percent.\n"
        "Section 3. Duty drawback shall be available for goods of Chile and Peru used in the manufacture of exported "
        "boats.\n"
        "Section 4. The additional duty shall not apply to boat parts of heading 9903.70.02, 9903.70.03 (as applied to "
        "parts that are eligible for\n       special tariff treatment under the United States-Mexico-Canada "
        "Agreement (USMCA)).\n"
    )
    found = affected(text)
    assert not {"MX", "CL", "PE"} & set(found)


def test_a_near_miss_partners_with_their_own_rate_stay_affected():
    """Near miss: a partner given its own rate beside the drawback clause ('Products of Japan and of the United
    Kingdom shall be subject to an additional 15 percent') is affected."""
    text = DRAWBACK.replace("(2)  Products of Japan", "(2)  Products of Japan and of the United Kingdom")
    assert affected(text) == ["GB", "JP"]


# --- a zero tariff in words, and an amount per watt ------------------------------------------------------------------


def _rate_pairs(text: str) -> list[tuple[float, str]]:
    return sorted((value, unit) for value, unit, _ in rates(text))


def test_a_tariff_of_zero_is_a_zero_rate():
    """Class: 'where such product's MFN tariff is greater than or equal to 10 percent, the Trade Representative shall
    impose a section 301 tariff of zero' (final28 3901): a zero rate, as 'the tariff is zero' is."""
    text = (
        "Section 1. The Trade Representative shall impose a section 301 tariff of 15 percent on goods of Peru; where "
        "such product's MFN tariff is 15 percent or more, the Trade Representative shall impose a section 301 tariff "
        "of zero.\n"
    )
    assert (0, "percent") in _rate_pairs(text)


def test_a_duty_of_zero_and_an_amount_per_watt_in_another_wording():
    """Same classes, another wording and jurisdiction (a Canadian-style order: 'a surtax of zero', and a minimum
    price per watt enforced as a duty, as final28 3902's '$0.38 per watt for solar modules')."""
    text = (
        "ORDER\n2. A surtax of 20 percent is imposed on solar modules of heading 85.41 originating in Chile. Solar "
        "modules of Chile valued over $0.30 per watt shall bear a surtax of zero.\n"
        "3. The minimum surtax is $0.12 per watt.\n"
    )
    pairs = _rate_pairs(text)
    assert (0, "percent") in pairs
    assert any(unit.endswith("/watt") and value == 0.12 for value, unit in pairs)


def test_a_near_miss_zero_in_another_sense():
    """Near miss: 'zero' that is no rate of the act (a count: 'the number of exclusions fell to zero'; a zero the
    notice leaves alone)."""
    text = (
        "The additional duty of 25 percent continues to apply. The number of pending exclusion requests fell to zero "
        "in 2031.\n"
    )
    assert (0, "percent") not in _rate_pairs(text)


# --- the origin an inserted chapter 99 heading's description names ---------------------------------------------------


def test_a_heading_rows_product_of_a_country_is_affected():
    """Class: an annex published alone inserts a heading as a table row whose description wraps down its column
    ('“9903.03.13    Articles the product of' / '               Canada as provided in', final28 3903, final22
    3204): the heading is the duty, its country is affected."""
    text = (
        "Annex II\nA. Effective with respect to goods entered for consumption on or after August 1, 2031, "
        "subchapter III of chapter 99 of the HTSUS is modified as follows:\n"
        "1. The following new heading is inserted in numerical sequence:\n\n"
        "Heading /      Article Description                   Rates of Duty\n"
        "“9903.03.21    Articles the product of           The duty          The duty        No\n"
        "               Ruritania as provided in          provided in       provided in the change”\n"
        "               U.S. note 55 to this              the applicable    applicable\n"
    ).replace("Ruritania", "Norway")
    assert affected(text) == ["NO"]


def test_a_heading_row_on_one_line_in_another_wording():
    """Same class, another layout: the description on one line ('9903.01.77 Articles the product of Brazil, as
    provided for in U.S. note 2(x)')."""
    text = (
        "The following heading is inserted:\n"
        "9903.01.77  Articles the product of Brazil, as provided for in U.S. note 2(x)  The duty provided in the "
        "applicable subheading + 40%\n"
    )
    assert affected(text) == ["BR"]


def test_a_near_miss_heading_row_of_no_country():
    """Near miss: a heading row whose description names goods, not an origin ('Articles the product of any country
    other than …' names no target; 'Articles of civil aircraft')."""
    text = (
        "The following new headings are inserted:\n"
        "9903.03.16   Articles of civil aircraft (all aircraft other than military aircraft)   No change\n"
        "9903.03.17   Articles the product of any country, as provided in U.S. note 51   No change\n"
    )
    assert affected(text) == []
