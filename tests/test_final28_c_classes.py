"""Australian case pages, Mexican DOF notices and relays, Canadian relays, by class (round 25 second pass, final28
3925-3932). Each class has a passage in the final28 document's own kind, one in another wording or jurisdiction, and
a near miss that must not give the fact. Every passage is written for these tests."""

from tests.fact_readers import affected, dates, jurisdiction, measures, rates, title

# --- a case page's timetable: its rows name the case's steps, not the page's own date ------------------------------

CASE_PAGE = (
    "Goods Covered by the Investigation\n"
    "Certain galvanised steel wire of the stated diameters.\n"
    "Case Information | |\n"
    "---|---|\n"
    "Case Type | Continuation Inquiry |\n"
    "Initiation date | 14 March 2031 |\n"
    "Inquiry period | 1 January 2030 to 31 December 2030 |\n"
    "Key dates\n"
    "Event | Date | Status |\n"
    "---|---|---|\n"
    "Initial submission date | 22 April 2031 | Closed |\n"
    "Statement of Essential Facts (SEF) no later than | 2 July 2031 | Pending |\n"
)


def test_a_case_pages_timetable_gives_its_steps_and_the_submissions_deadline():
    """Class: a case page's rows 'Initiation date | …', 'Initial submission date | …' and, under a bare 'Date'
    column, 'Statement of Essential Facts (SEF) no later than | …' (final28 3926): the initiation and the SEF are
    steps of the case (other), the submissions its comment deadline; none is the page's publication or date."""
    found = dates(CASE_PAGE)
    assert ("comment_deadline", "2031-04-22") in found
    assert ("other", "2031-03-14") in found and ("other", "2031-07-02") in found
    assert not any(kind in ("publication", "document_date") for kind, _ in found)


def test_a_case_record_in_another_wording_types_its_steps():
    """Same class, another wording (a case's milestones table): 'Preliminary determination date | …' is a step of the
    case, not the page's publication."""
    text = (
        "Case milestones | |\n---|---|\n"
        "Preliminary determination date | 5 June 2031 |\n"
        "Final determination date | 3 October 2031 |\n"
    )
    found = dates(text)
    assert ("other", "2031-06-05") in found
    assert ("publication", "2031-06-05") not in found


def test_a_timetables_hearing_row_is_no_submissions_deadline():
    """Near miss: a timetable's hearing ('Public hearing date | …') is a step of the case, not the deadline for the
    interested parties' submissions."""
    text = "Key dates\nEvent | Date | Status |\n---|---|---|\nPublic hearing date | 29 October 2031 | Pending |\n"
    assert not any(kind == "comment_deadline" for kind, _ in dates(text))


# --- a period's length written as its adjective ------------------------------------------------------------------


def test_a_length_as_the_periods_adjective_gives_its_start_and_end():
    """Class: a relay's 'The five-year extension will start from <date>' (final28 3930): the extension's start, and
    its end derived (the day before the fifth anniversary), not an entry into force."""
    text = (
        "Mexico extends AD duties on steel wire from China\n\n"
        "Tuesday, 01 June 2021\n\n"
        "SE said Chinese imports will continue to be subject to a $2.58/kg tariff. "
        "The five-year extension will start from December 17, 2019.\n"
    )
    found = dates(text)
    assert ("application_start", "2019-12-17") in found
    assert ("application_end", "2024-12-16") in found
    assert ("entry_into_force", "2019-12-17") not in found


def test_a_length_as_adjective_in_another_wording():
    """Same class, another wording and jurisdiction: 'The 12-month suspension of the additional duties begins on
    1 June 2031': start and derived end."""
    text = "Ankara, 3 May 2031. The 12-month suspension of the additional duties begins on 1 June 2031."
    found = dates(text)
    assert ("application_start", "2031-06-01") in found
    assert ("application_end", "2032-05-31") in found


def test_a_start_without_a_length_derives_no_end():
    """Near miss: 'The extension will start from <date>' names no length: no end is derived."""
    found = dates("The extension will start from December 17, 2029.")
    assert not any(kind == "application_end" for kind, _ in found)


# --- a day written with its weekday but no year -------------------------------------------------------------------


def test_a_weekday_day_takes_the_year_in_which_it_falls_on_that_weekday():
    """Class: a relay dated 'Friday, 24 February 2034' whose 'definitive fee that comes into force tomorrow, Saturday,
    February 25' (final28 3932): the year is the date line's (25 February 2034 is a Saturday), not that of the older
    act the same sentence dates ('August 9, 2033')."""
    text = (
        "Friday, 24 February 2034 21:57:19 (GMT+3) | San Diego\n\n"
        "The Mexican government concluded the antidumping investigation on steel girders.\n\n"
        "The definitive fee that comes into force tomorrow, Saturday, February 25, is 33.6 percent less than the "
        "$0.1003 declared in the preliminary fee of August 9, 2033.\n"
    )
    found = dates(text)
    assert ("entry_into_force", "2034-02-25") in found
    assert not any(day.endswith("-02-25") and day != "2034-02-25" for _, day in found)


def test_a_weekday_day_in_another_wording():
    """Same class, another wording: 'The new rates take effect on Monday, March 3' under a date line of 2031 (a
    Monday), with an older act of 2030 nearer to it."""
    text = (
        "28 February 2031\n\n"
        "Customs news. The decree of 4 November 2030 was amended. The new rates take effect on Monday, March 3.\n"
    )
    assert ("entry_into_force", "2031-03-03") in dates(text)


def test_a_weekday_that_fits_no_near_year_gives_no_date():
    """Near miss: 'on Sunday, March 3' where 3 March is no Sunday in the years of the full dates near it: no date."""
    text = "28 February 2031\n\nThe new rates take effect on Sunday, March 3.\n"
    assert not any(day.endswith("-03-03") for _, day in dates(text))


# --- a relay that names its source at its foot ----------------------------------------------------------------------


def test_a_sourced_relays_lead_decision_is_the_relayed_acts_date():
    """Class: a broker's copy of a CBSA notice without a date line of its own, closing 'To read full notice, click
    here.' / 'Source: Canada Border Services Agency (CBSA)' (final28 3931): the lead's 'On <date>, the CBSA … made a
    preliminary determination' is the relayed act's date (other), not the item's."""
    text = (
        "On March 9, 2031, the Canada Border Services Agency (CBSA), pursuant to subsection 38(1) of the Special "
        "Import Measures Act (SIMA), made a preliminary determination of dumping respecting certain steel wire rod "
        "from Ruritania.\n"
        "The subject goods are usually imported under tariff classification number 7213.91.10.00.\n"
        "To read full notice, click here.\n"
        "Source: Canada Border Services Agency (CBSA)\n"
    )
    found = dates(text)
    assert ("other", "2031-03-09") in found
    assert ("document_date", "2031-03-09") not in found


def test_a_relay_sending_to_the_full_notice_in_another_wording():
    """Same class, another wording: the tribunal's injury finding relayed with 'Source: Canadian International Trade
    Tribunal' at its foot."""
    text = (
        "On April 2, 2031, the Canadian International Trade Tribunal, pursuant to section 43 of SIMA, made an injury "
        "finding respecting certain line pipe from Ruritania.\n"
        "The subject goods are classified under 7305.11.00.00.\n"
        "Source: Canadian International Trade Tribunal\n"
    )
    found = dates(text)
    assert ("other", "2031-04-02") in found
    assert ("document_date", "2031-04-02") not in found


def test_the_official_notice_without_a_source_line_keeps_its_date():
    """Near miss: the agency's own notice (no source line, no link to a full text) is dated by its decision."""
    text = (
        "On March 9, 2031, the Canada Border Services Agency (CBSA), pursuant to subsection 38(1) of the Special "
        "Import Measures Act (SIMA), made a preliminary determination of dumping respecting certain steel wire rod "
        "from Ruritania.\n"
        "The subject goods are usually imported under tariff classification number 7213.91.10.00.\n"
    )
    assert ("document_date", "2031-03-09") in dates(text)


# --- a case page's case-type line over its heading ------------------------------------------------------------------


def test_a_case_type_line_is_no_title_and_the_heading_names_the_origins():
    """Class: an ADC case page opening 'Continuation - Dumping' over 'Hot rolled coil from Ruritania, Korea, Taiwan,
    Thailand' (final28 3925): the heading is the title, and its countries are the origins."""
    text = (
        "Continuation - Dumping\n\n"
        "Hot rolled coil from Japan, Korea, Taiwan, Thailand\n\n"
        "The goods the subject of the application (the goods) are:\n\n"
        "Flat rolled products of iron or non-alloy steel, of a width of 600mm or more.\n"
    )
    assert title(text) == "Hot rolled coil from Japan, Korea, Taiwan, Thailand"
    assert affected(text) == ["JP", "KR", "TH", "TW"]


def test_a_review_type_line_in_another_wording():
    """Same class, another case type: 'Review - Dumping and Subsidisation' over the goods heading."""
    text = (
        "Review - Dumping and Subsidisation\n\n"
        "Aluminium extrusions from China and Malaysia\n\n"
        "The goods the subject of the application (the goods) are aluminium extrusions.\n"
    )
    assert title(text) == "Aluminium extrusions from China and Malaysia"


def test_a_heading_that_names_its_inquiry_stays_the_title():
    """Near miss: a heading that is a title of its own ('Continuation of anti-dumping measures on hot rolled coil')
    is kept."""
    text = (
        "Continuation of anti-dumping measures on hot rolled coil\n\n"
        "The goods the subject of the application (the goods) are flat rolled products.\n"
    )
    assert title(text) == "Continuation of anti-dumping measures on hot rolled coil"


# --- a news site's language line over the headline ------------------------------------------------------------------


def test_a_language_line_under_the_date_line_is_no_title():
    """Class: a trade-press page's ' date 2031-06-01 ' / 'English' / headline (final28 3930): the headline."""
    text = (
        " date 2031-06-01 \nEnglish\nRuritania extends AD duties over steel wire imports for five more years\n\n"
        "Tuesday, 01 June 2031\n\nRuritania's trade ministry has extended the anti-dumping duties for five years.\n"
    )
    assert title(text) == "Ruritania extends AD duties over steel wire imports for five more years"


def test_a_language_line_in_another_language():
    """Same class, another language: a Spanish page's 'Español' line over its headline."""
    text = (
        "Español\nMéxico prorroga cuotas compensatorias a alambre de acero de China\n\n"
        "La Secretaría de Economía prorrogó por cinco años las cuotas compensatorias.\n"
    )
    assert title(text) == "México prorroga cuotas compensatorias a alambre de acero de China"


# --- jurisdiction: the words only one jurisdiction's pages use ------------------------------------------------------


def test_a_case_pages_own_words_name_australia():
    """Class: an ADC archived case page that never names its commission ('Statement of Essential Facts (SEF)', 'The
    public record EPR 612', final28 3926): Australia acts."""
    text = (
        "Goods Covered by the Investigation\nCertain precision pipe and tube.\n"
        "Public record documents\nThe public record EPR 612 includes non-confidential versions of documents.\n"
        "Statement of Essential Facts (SEF) no later than | 11 April 2031 |\n"
    )
    assert jurisdiction(text) == ["AU"]


def test_a_relay_naming_mexicos_economy_secretariat():
    """Class: 'Mexico’s economy secretariat, SE, has extended …' (final28 3930, curly apostrophe), and in another
    wording 'Mexico has imposed …': Mexico acts."""
    assert jurisdiction("Mexico’s economy secretariat, SE, has extended the duties on steel wire.") == ["MX"]
    assert jurisdiction("Mexico has imposed anti-dumping duties on Chinese steel pipes.") == ["MX"]


def test_goods_bound_for_mexico_name_no_jurisdiction():
    """Near miss: a country that receives exports ('exports to Mexico') does not act."""
    assert "MX" not in jurisdiction("Exports to Mexico of steel wire rose in 2030.")


# --- an inquiry into continuing measures names its remedy by its steps ----------------------------------------------


def test_a_continuation_inquiry_with_its_inquiry_period_is_anti_dumping():
    """Class: a case page's 'Continuation Inquiry' with its 'Inquiry period' (final28 3926) names no remedy: a
    proceeding on dumped goods."""
    text = (
        "Case Information\nCase Type | Continuation Inquiry |\n"
        "Applicants | Ruritania Tube Mills Pty Ltd |\n"
        "Inquiry period | 1 July 2030 to 30 June 2031 |\n"
    )
    assert "anti_dumping" in measures(text)


def test_essential_facts_and_an_inquiry_period_in_another_wording():
    """Same class, another wording: 'the statement of essential facts' and 'the period of the inquiry'."""
    text = (
        "The Commission will place the statement of essential facts on the public record. "
        "The period of the inquiry is 1 July 2030 to 30 June 2031."
    )
    assert "anti_dumping" in measures(text)


def test_an_inquiry_period_alone_names_no_remedy():
    """Near miss: an inquiry period alone (a parliamentary inquiry) is no trade remedy."""
    text = "The committee's inquiry period is 1 July 2030 to 30 June 2031; submissions are welcome."
    assert "anti_dumping" not in measures(text)


# --- a rate compared with another rate ------------------------------------------------------------------------------


def test_a_fee_compared_with_the_preliminary_rate_keeps_both_rates():
    """Class: 'the compensatory fee is $0.0613 per kilogram, 24.8 percent less than the preliminary rate of $0.0815
    per kilogram' (final28 3932): both amounts are rates; the 24.8 percent is their gap, no rate."""
    found = {
        (value, unit)
        for value, unit, _ in rates(
            "For ArcelorMittal Ruritania, the compensatory fee is $0.0613 per kilogram, 24.8 percent less than the "
            "preliminary rate of $0.0815 per kilogram."
        )
    }
    assert (0.0613, "USD/kg") in found and (0.0815, "USD/kg") in found
    assert not any(unit == "percent" for _, unit in found)


def test_a_duty_compared_in_another_wording():
    """Same class, another wording: 'the definitive duty of EUR 45 per tonne, 12 percent lower than the provisional
    duty'."""
    found = {
        (value, unit)
        for value, unit, _ in rates(
            "The Commission set the definitive duty at EUR 45 per tonne, 12 percent lower than the provisional duty."
        )
    }
    assert (45, "EUR/tonne") in found or any(value == 45 for value, _ in found)
    assert (12, "percent") not in found


def test_a_percentage_duty_stays_a_rate():
    """Near miss: a duty of '24.8 percent' with no comparison after it is a rate."""
    found = {(value, unit) for value, unit, _ in rates("An anti-dumping duty of 24.8 percent is imposed on steel.")}
    assert (24.8, "percent") in found


# --- a Spanish table's origin column headed over two lines ----------------------------------------------------------


def test_a_spanish_tables_origin_header_over_two_lines_names_the_origins():
    """Class: a DOF table printed one cell a line with its header 'PAÍS DE' / 'ORIGEN' (final28 3927): the countries
    in its cells are the origins."""
    text = (
        "AVISO sobre la vigencia de cuotas compensatorias.\n\n"
        "Se comunica que están próximas a expirar las cuotas compensatorias definitivas que se indican:\n"
        "PRODUCTO\nFRACCIÓN\nARANCELARIA\nPAÍS DE\nORIGEN\n"
        "TUBERÍA DE ACERO\n7306.30.01\nChina\n"
        "LÁMINA ROLADA\n7208.51.01\nCorea\n"
    )
    assert {"CN", "KR"} <= set(affected(text))


def test_a_spanish_origin_header_in_title_case():
    """Same class, another wording: 'Países de' / 'origen' in title case."""
    text = (
        "Resolución sobre cuotas compensatorias.\n\nMercancías sujetas:\n"
        "Producto\nFracción\nPaíses de\norigen\nVajillas de cerámica\n6912.00.01\nChina\n"
    )
    assert "CN" in affected(text)
