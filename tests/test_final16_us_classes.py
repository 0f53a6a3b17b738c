"""final16's US misses by class (round 13 second pass): a quota bulletin's allocation list whose unit stands once in
its header, a Federal Register notice copied without its 'SUPPLEMENTARY INFORMATION:' label whose only section is
its 'Background', a volume named a quota by the sentence after it, and a CSMS message's guidance headings after its
background. Every passage is written for these tests."""

from nlp.pipeline import analyse


def analysed(text: str):
    return analyse(text, jurisdiction="US")


def affected(text: str) -> list[str]:
    return sorted(analysed(text)._.countries["affected"])


def volumes(text: str) -> set[tuple[float, str, str | None, str | None]]:
    return {(q.amount, q.unit, q.period_start, q.period_end) for q in analysed(text)._.quotas}


def rates(text: str) -> set[tuple[float, str]]:
    return {(r.value, r.unit) for r in analysed(text)._.rates}


# --- an allocation list whose unit stands in its header ('Country Limits (KG)') ---

HEADED_LIST = (
    "QB 31 – 305 2031 Peanuts\n\n"
    "Commodity:\n\nPeanuts as provided for in Chapter 12, Additional U.S. Note 2\n\n"
    "Quota Period:\n\nJanuary 1, 2031, through December 31, 2031\n\n"
    "Opening Day:\n\nThursday, January 2, 2031\n\n"
    "Restraint Level\n\n"
    "{header}\n"
    "Argentina (certificate of origin required) 43,901,000\n\n"
    "Nicaragua  1,250,000\n"
    "Other countries or areas 2,100,500\n"
    "Canada no limit (Use Entry type code 01)\n\n"
    "Imports under these provisions are subject to regulations (see 15 CFR 2011).\n\n"
    "HTS Numbers:\n\n1202.30.0500\n\n1202.41.0500\n"
)


def test_the_figures_under_a_header_naming_their_unit_are_the_quota_volumes():
    found = volumes(HEADED_LIST.format(header="Country Limits (KG)"))
    assert found == {
        (43901000, "kg", "2031-01-01", "2031-12-31"),
        (1250000, "kg", "2031-01-01", "2031-12-31"),
        (2100500, "kg", "2031-01-01", "2031-12-31"),
    }


def test_a_header_may_spell_its_unit_out():
    found = {(amount, unit) for amount, unit, _, _ in volumes(HEADED_LIST.format(header="Allocation (metric tons)"))}
    assert found == {(43901000, "tonnes"), (1250000, "tonnes"), (2100500, "tonnes")}


def test_the_countries_of_a_headed_allocation_list_are_affected_and_the_unlimited_are_not():
    assert affected(HEADED_LIST.format(header="Country Limits (KG)")) == ["AR", "NI"]


def test_a_header_naming_a_rate_gives_no_volumes():
    assert volumes(HEADED_LIST.format(header="Duty Rate (%)")) == set()


def test_a_list_under_a_unit_header_outside_any_quota_is_no_quota():
    text = (
        "Monthly import statistics\n\n"
        "Imports by origin, June 2031\n"
        "Shipments (kg)\n"
        "Argentina 43,901,000\n"
        "Nicaragua 1,250,000\n"
    )
    assert volumes(text) == set()


# --- a Federal Register notice whose only section after the contact block is 'Background' ---

NOTICE = (
    "Sugar-Tariff Rate Quota; the Tariff-Rate Quota for Fiscal Year 2031 Refined Sugar of Subheading 1701.99.10\n\n"
    "AGENCY:\n\nU.S. Customs and Border Protection, Department of Homeland Security.\n\n"
    "ACTION:\n\nAnnouncement of the quota quantity of refined sugar for Fiscal Year 2031.\n\n"
    "SUMMARY:\n\nThis document sets forth the tariff-rate quota for refined sugar for Fiscal Year 2031.\n\n"
    "DATES:\n\nThe quota applies to sugar entered during the period October 1, 2030 through September 30, 2031.\n\n"
    "FOR FURTHER INFORMATION CONTACT:\n\nQuota Branch, Washington, DC 20229, (202) 555-0100.\n\n"
    "Background\n\n"
    "It has been determined that 22,500,000 kilograms of refined sugar may be entered, or withdrawn from "
    "warehouse, for consumption at the rate of 1.8 percent ad valorem under subheading 1701.99.10. Any such sugar "
    "entered in excess of this quota will be dutiable at the rate of 14.2 percent ad valorem under subheading "
    "1701.99.50.\n\n"
    "{after}"
    "Dated: August 3, 2030.\n\nJane Roe,\n\nExecutive Director, Trade Programs.\n"
)


def test_the_background_of_a_notice_without_other_sections_states_its_quota_and_rates():
    text = NOTICE.format(after="")
    assert {(amount, unit) for amount, unit, _, _ in volumes(text)} == {(22500000, "kg")}
    assert rates(text) == {(1.8, "percent"), (14.2, "percent")}


def test_a_background_followed_by_the_notices_own_section_stays_background():
    after = "Scope of the Order\n\nThe merchandise covered is refined sugar of subheading 1701.99.10.\n\n"
    assert volumes(NOTICE.format(after=after)) == set()


def test_a_volume_whose_next_sentence_does_not_name_a_quota_is_none():
    text = (
        "SUMMARY: Imports of refined sugar reached 22,500,000 kilograms in fiscal year 2030. Entries of sugar rose "
        "by a tenth over the year before.\n"
    )
    assert volumes(text) == set()


# --- a CSMS message: its guidance headings after its background are its own words ---


def test_the_rates_under_a_csms_guidance_heading_after_the_background_are_found():
    text = (
        "Cargo Systems Messaging Service\n"
        "CSMS # 71000001 - GUIDANCE: Section 232 Duties on Drones\n"
        "BACKGROUND\n"
        "On March 2, 2031, the President issued a proclamation on imports of drones.\n"
        "ENTRY SUMMARY GUIDANCE\n"
        "Importers must report heading 9903.85.01 for drones of subheading 8806.21.00.\n"
        "- 9903.85.01: Drones of the provisions listed above.\n"
        "35% additional ad valorem duty\n"
    )
    assert rates(text) == {(35, "percent")}


# --- a Federal Register notice's own CBP decision number in brackets under its agency lines ---


def test_a_bracketed_cbp_decision_number_is_the_notices_identifier_not_its_fr_doc_line():
    text = (
        "96 FR 12 pgs. 3101-3102 - Sugar-Tariff Rate Quota for Fiscal Year 2031\n"
        "Type: NOTICEVolume: 96Number: 12Pages: 3101 - 3102\n"
        "FR document: [FR Doc. 2031-01234 Filed 1-16-31; 8:45 am]\n"
        "DEPARTMENT OF HOMELAND SECURITY\n"
        "U.S. Customs and Border Protection\n"
        "[CBP Dec. 31-02]\n"
        "Sugar-Tariff Rate Quota for Fiscal Year 2031\n"
        "AGENCY:\nU.S. Customs and Border Protection, Department of Homeland Security.\n"
    )
    assert analysed(text)._.identifier.text == "CBP Dec. 31-02"


# --- a period whose first date keeps the comma before the year it borrows ---


def dated(text: str) -> set[tuple[str, str]]:
    return {(d.type, d.date) for d in analysed(text)._.dates}


def test_a_period_start_written_with_its_comma_but_no_year_borrows_the_ends_year():
    text = (
        "DATES: The 2031 tariff-rate quota is applicable to refined sugar entered, or withdrawn from warehouse, for "
        "consumption during the period October 1, through December 31, 2031.\n"
    )
    assert {("application_start", "2031-10-01"), ("application_end", "2031-12-31")} <= dated(text)


# --- a bulletin's opening day whose printed weekday is not its date's ---

OPENING = (
    "QB 31-402 2031 Tobacco\n"
    "Quota Period:\nOctober 1, 2031, through September 30, 2032\n"
    "Opening Day:\n{day}\n"
    "Restraint Level:\nOther countries 9,000,000 kg\n"
)


def test_an_opening_day_whose_weekday_does_not_fit_its_date_is_a_misprint():
    # 1 October 2031 is a Wednesday
    found = dated(OPENING.format(day="Thursday, October 1, 2031"))
    assert ("other", "2031-10-01") in found
    assert ("entry_into_force", "2031-10-01") not in found


def test_an_opening_day_whose_weekday_fits_its_date_opens_the_quota():
    assert ("entry_into_force", "2031-10-01") in dated(OPENING.format(day="Wednesday, October 1, 2031"))


# --- measures: a Section 201 quota, a quota limit, a non-stacking rule, a pointer to another memorandum ---


def measures(text: str) -> set[str]:
    return {m.type for m in analysed(text)._.measures}


SECTION_201_BULLETIN = (
    "On March 3, 2031, the President issued Proclamation 11200 under Section 201 of the Trade Act of 1974 providing "
    "for tariff-rate quotas on imports of residential dryers, effective April 1, 2031.\n"
    "COMMODITY:\nResidential dryers as specified in Proclamation 11200.\n"
    "QUOTA PERIOD:\nApril 1, 2031 through March 31, 2032.\n"
    "Dryers\nAn annual aggregate quantity not to exceed 800,000 units is allocated on a quarterly basis.\n"
    "Section 201 Quota is first come first served quota.\n"
    "April 1, 2031 through June 30, 2031 | 200,000 units |\n"
)


def test_a_quota_bulletin_under_section_201_types_the_safeguard_and_its_quota():
    assert measures(SECTION_201_BULLETIN) == {"safeguard", "tariff_quota"}


def test_a_safeguard_regulation_naming_its_quota_once_types_the_safeguard_alone():
    text = (
        "COMMISSION IMPLEMENTING REGULATION (EU) 2031/77 imposing a definitive safeguard measure against imports of "
        "certain ceramic tiles\n"
        "Article 1\nA definitive safeguard measure is imposed on imports of ceramic tiles in the form of a "
        "tariff-rate quota.\n"
    )
    assert measures(text) == {"safeguard"}


def test_a_quota_limit_that_shall_not_exceed_the_quantities_below_is_no_exclusion():
    text = (
        "QB 31-110 2031 Panama TPA\n"
        "Quota Period:\nJanuary 1, 2031 through December 31, 2031\n"
        "Restraint Levels:\n"
        "Certain TRQs for goods of Panama entered under these notes shall not exceed the quantities specified below.\n"
        "9918.70.10 5,300,000 kg\n"
    )
    assert "exclusion" not in measures(text)


def test_a_non_stacking_rule_carves_articles_out_of_the_other_listed_actions():
    text = (
        "Sec. 2. Non-Stacking of Tariff Measures. (a) An article subject to tariffs pursuant to the action listed "
        "in section 1(a) of this order shall not be subject to additional tariffs on that article pursuant to the "
        "actions listed in section 1(b) of this order.\n"
    )
    assert "exclusion" in measures(text)


def test_a_sentence_pointing_to_a_memorandum_on_sanctions_types_no_sanction():
    text = (
        "QUOTA PERIOD:\nJanuary 1, 2031, through December 31, 2031\n"
        "RESTRAINT LEVEL:\nOther countries or areas | 10,000,000 kg |\n"
        "*Please refer to the June 2, 2030, memorandum concerning the imposition of sanctions on certain goods. "
        "Field personnel should follow established procedures.\n"
    )
    assert measures(text) == {"tariff_quota"}


# --- a code whose bulletin row goes on with its limit after a single space ---


def codes(text: str) -> set[str]:
    return {c.code for c in analysed(text)._.codes}


def test_a_dotted_code_followed_by_its_limit_in_the_next_cell_is_a_code():
    text = "Restraint Levels:\n\nChapter 99, Subchapter XVI U.S. Note 3\n\n9916.02.10 3,250,000 kg\n"
    assert codes(text) == {"99160210"}


def test_a_dotted_code_followed_by_a_figure_with_a_unit_is_a_code():
    assert codes("Restraint Levels:\n\n9916.02.20 12500 kilograms\n") == {"99160220"}


# --- a suspension for a number of days from a clock time ---


def test_a_suspension_for_days_from_a_clock_time_ends_that_many_days_later():
    text = (
        "Sec. 2. (a) Heading 9903.01.90 of the HTSUS is hereby suspended for a period of 60 days beginning at "
        "12:01 a.m. eastern daylight time on June 3, 2031.\n"
    )
    assert ("application_end", "2031-08-02") in {(d.type, d.date) for d in analysed(text)._.dates}


def test_a_period_of_years_still_ends_the_day_before_its_anniversary():
    text = "The duty shall apply for a period of two years beginning on June 3, 2031.\n"
    assert ("application_end", "2033-06-02") in {(d.type, d.date) for d in analysed(text)._.dates}
