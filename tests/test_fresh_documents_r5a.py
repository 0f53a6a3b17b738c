"""Round 5, reader a: the classes fresh US, EU and UK documents showed (older proclamations' enacting formula and
Statutes at Large page heads, a year in words broken after its hyphen, markdown copies with bold block labels and
metadata keys, submission windows, deadlines to respond or to appeal, a German date without its space, an expiry
review's opening clause naming the earlier notice's origins). Every passage is written for these tests (other goods,
numbers, dates and countries), none is taken from a document or an eval set."""

from nlp.dates.extract import extract_dates
from nlp.pipeline import analyse


def typed(text: str, jurisdiction: str = "US") -> set[tuple[str, str]]:
    return {(d.type, d.date) for d in extract_dates(text, None, jurisdiction) if d.type != "other"}


def affected(text: str, jurisdiction: str = "US") -> set[str]:
    return set(analyse(text, jurisdiction=jurisdiction)._.countries["affected"])


def measure_types(text: str, jurisdiction: str = "US") -> set[str]:
    return {m.type for m in analyse(text, jurisdiction=jurisdiction)._.measures}


# --- an older proclamation ---------------------------------------------------------------------------------

OLD_PROCLAMATION = (
    "PROCLAMATION 6802—MAR. 14, 1995 109 STAT. 1712\n\n"
    "4. Section 604 of the Trade Act (19 U.S.C. 2483) authorizes the President to embody in the HTS the\n"
    "substance of the relevant provisions of that Act. NOW, THEREFORE, I, A PRESIDENT, President of the United\n"
    "States of America, acting under the authority vested in me by the Constitution and the laws of the United\n"
    "States, including but not limited to sections 502 and 604 of the Trade Act, do proclaim that: (1) General\n"
    'note 4(a) to the HTS is modified by inserting "Namibia" in alphabetical order in the list of beneficiary\n'
    "developing countries. (2) The modifications made by this proclamation shall be effective with respect to\n"
    "articles that are: (i) imported on or after January 1, 1976, and (ii) entered, or withdrawn from warehouse\n"
    "for consumption, on or after April 1, 1995. IN WITNESS WHEREOF, I have hereunto set my hand this\n"
    "fourteenth day of March, in the year of our Lord nineteen hundred and ninety-\nfive, and of the Independence.\n"
)


def test_do_proclaim_that_opens_the_operative_part():
    """'do proclaim that:' (without 'hereby') ends the enacting formula: the country the paragraphs after it
    designate is affected."""
    assert affected(OLD_PROCLAMATION) == {"NA"}


def test_the_page_head_and_the_signature_give_the_proclamations_date():
    """The year in words broken after its hyphen ('ninety-\\nfive') is still 1995; the GSP programme's fixed
    import date '(i) imported on or after January 1, 1976' is no entry into force of this proclamation."""
    assert typed(OLD_PROCLAMATION) == {("document_date", "1995-03-14"), ("entry_into_force", "1995-04-01")}


def test_a_safeguard_termination_under_section_204_of_the_trade_act():
    text = (
        "NOW, THEREFORE, I, A PRESIDENT, acting under the authority vested in me by the Constitution and the laws\n"
        "of the United States, including sections 204 and 604 of the Trade Act, do proclaim that: (1) The HTS is\n"
        "modified as provided in the Annex to this proclamation.\n"
    )
    assert measure_types(text) == {"safeguard"}


def test_section_204_of_another_act_names_no_safeguard():
    text = (
        "NOW, THEREFORE, I, A PRESIDENT, acting under the authority vested in me by section 204 of the\n"
        "Agricultural Act of 1956, do proclaim that: (1) The HTS is modified as provided in the Annex.\n"
    )
    assert "safeguard" not in measure_types(text)


# --- a Federal Register notice copied as markdown ------------------------------------------------------------

MARKDOWN_NOTICE = (
    "Skip to content\nLawSite\n\nExtension of the Entry Period for the Fiscal Year 2031 Refined Sugar Quota\n\n"
    "---\n"
    'document_number: "2031-20417"\n'
    'publication_date: "2031-09-12"\n'
    "---\n\n"
    "# Extension of the Entry Period for the Fiscal Year 2031 Refined Sugar Quota\n\n"
    "**AGENCY:**\n\nOffice of the Secretary, USDA.\n\n"
    "**DATES:**\n\nThis notice is applicable on September 12, 2031.\n\n"
    "**SUPPLEMENTARY INFORMATION:**\n\n"
    "Refined sugar under the FY 2031 tariff-rate quota may enter the customs territory through January 31,\n"
    "2032, three months later than the previously announced entry date.\n"
)


def test_a_markdown_copy_gives_its_metadata_and_its_bold_dates_block():
    """'publication_date: "…"' is the publication; '**DATES:**' opens the dates block; a new end date 'later
    than the previously announced' one is this notice's, not history."""
    assert typed(MARKDOWN_NOTICE) == {
        ("publication", "2031-09-12"),
        ("entry_into_force", "2031-09-12"),
        ("application_end", "2032-01-31"),
    }


def test_the_sites_skip_link_and_name_are_no_title():
    title = analyse(MARKDOWN_NOTICE, jurisdiction="US")._.official_title
    assert title.text == "Extension of the Entry Period for the Fiscal Year 2031 Refined Sugar Quota"


# --- windows and deadlines -----------------------------------------------------------------------------------


def test_a_submission_window_closes_on_a_deadline():
    text = "DATES: The exclusions request window opens on March 2, 2032, and closes at 5 p.m. ET on March 20, 2032.\n"
    assert typed(text) == {("comment_deadline", "2032-03-20")}


def test_the_deadline_for_responses_to_an_institution_notice():
    text = (
        "SUMMARY: The Commission gives notice that it has instituted a review of the order on widgets from\n"
        "Ruritania. Interested parties are requested to respond to this notice; to be assured of consideration,\n"
        "the deadline for responses is August 3, 2032. Comments on the adequacy of responses may be filed with\n"
        "the Commission by September 14, 2032.\n"
    )
    assert typed(text) == {("comment_deadline", "2032-08-03"), ("comment_deadline", "2032-09-14")}


def test_an_issued_determination_and_a_deadline_to_appeal_it():
    text = (
        "ACTION: Notice of final determination.\n"
        "DATES: The final determination was issued on October 4, 2032. Any party-at-interest may seek judicial\n"
        "review of this final determination within November 8, 2032.\n"
    )
    assert typed(text) == {("document_date", "2032-10-04")}


# --- German and French EU texts ------------------------------------------------------------------------------


def test_a_german_copy_without_the_space_after_the_days_dot():
    text = (
        "Veröffentlichung am 03.05.2030 ABl. L 120 vom 03.05.2030\n\n"
        "Durchführungsverordnung (EU) 2030/812 der Kommission vom 30.April 2030 zur Einführung eines\n"
        "endgültigen Antidumpingzolls auf die Einfuhren bestimmter Schrauben mit Ursprung in Vietnam\n"
    )
    assert typed(text, "EU") == {("publication", "2030-05-03"), ("document_date", "2030-04-30")}


def test_an_expiry_reviews_opening_clause_names_the_earlier_notices_origins():
    """The notice of impending expiry covered three origins; the review is requested for two."""
    text = (
        "Avis d’ouverture d’un réexamen au titre de l’expiration des mesures antidumping applicables aux\n"
        "importations de certaines vis originaires de Malaisie et du Viêt Nam\n\n"
        "À la suite de la publication d’un avis d’expiration prochaine des mesures antidumping applicables aux\n"
        "importations de certaines vis originaires d’Indonésie, de Malaisie et du Viêt Nam, la Commission\n"
        "européenne a été saisie d’une demande de réexamen de ces mesures.\n"
    )
    assert affected(text, "EU") == {"MY", "VN"}


def test_the_same_clause_in_english():
    text = (
        "Notice of initiation of an expiry review of the anti-dumping measures applicable to imports of certain\n"
        "hinges originating in Egypt\n\n"
        "Following the publication of a notice of impending expiry of the anti-dumping measures in force on\n"
        "imports of certain hinges originating in Egypt and Jordan, the European Commission received a request\n"
        "for review.\n"
    )
    assert affected(text, "EU") == {"EG"}


def test_a_german_measure_that_expires_on_a_date():
    """'tritt am …, 24:00 Uhr, außer Kraft' and 'treten am … außer Kraft' end the measures; 'tritt am … in Kraft'
    in the same sentence still starts them."""
    expiring = (
        "Die Antidumpingmaßnahme auf die Einfuhren bestimmter Scharniere mit Ursprung in Vietnam tritt am 9.3.2031,\n"
        "24:00 Uhr, außer Kraft, sofern nicht ein Verfahren zur Überprüfung eingeleitet wird.\n"
        "Die Maßnahmen gegenüber Ägypten treten am 4. Mai 2031 außer Kraft.\n"
    )
    assert typed(expiring, "EU") == {("application_end", "2031-03-09"), ("application_end", "2031-05-04")}
    both = "Diese Verordnung tritt am 1. Juli 2031 in Kraft und am 30. Juni 2032 außer Kraft.\n"
    assert typed(both, "EU") == {("entry_into_force", "2031-07-01"), ("application_end", "2032-06-30")}


def test_countervailing_measures_named_in_german_and_french():
    german = (
        "Bekanntmachung über das bevorstehende Außerkrafttreten bestimmter Antidumpingmaßnahmen und\n"
        "Ausgleichsmaßnahmen\n\n"
        "Die Kommission gibt bekannt, dass die unten genannten Maßnahmen zu dem in der Tabelle angegebenen\n"
        "Zeitpunkt außer Kraft treten, sofern keine Überprüfung nach dem folgenden Verfahren eingeleitet wird.\n"
    )
    french = (
        "Avis d’expiration prochaine de certaines mesures compensatoires\n\n"
        "La Commission fait savoir que, sauf s’il est procédé à un réexamen selon la procédure définie ci-après,\n"
        "les mesures mentionnées dans le tableau ci-dessous expireront à la date qui y est indiquée.\n"
    )
    assert measure_types(german, "EU") == {"anti_dumping", "countervailing"}
    assert measure_types(french, "EU") == {"countervailing"}


def test_german_rebalancing_measures_stay_retaliation():
    text = (
        "Die Union führt mit dieser Verordnung Ausgleichsmaßnahmen zur Wiederherstellung des Gleichgewichts der\n"
        "Zugeständnisse gegenüber den Vereinigten Staaten ein, die ab dem 1. Juni 2031 gelten.\n"
    )
    assert measure_types(text, "EU") == {"retaliation"}


def test_a_portals_buttons_and_banner_are_no_title_and_a_german_title_line_goes_on_after_und():
    text = (
        "PDF erstellen\n\n02.09.2031\n"
        "Antidumping - Bestimmte Scharniere aus Stahl mit Ursprung in der VR China, Vietnam und\n"
        "Malaysia\n"
        "Bekanntmachung des bevorstehenden Außerkrafttretens\n"
    )
    title = analyse(text, jurisdiction="EU")._.official_title
    assert title.text == (
        "Antidumping - Bestimmte Scharniere aus Stahl mit Ursprung in der VR China, Vietnam und Malaysia"
    )
    banner = (
        "EUR-Lex Access to European Union law\n\nBack to EUR-Lex homepage\n\n"
        "Bekanntmachung über das bevorstehende Außerkrafttreten bestimmter Ausgleichsmaßnahmen\n"
    )
    assert analyse(banner, jurisdiction="EU")._.official_title.text == (
        "Bekanntmachung über das bevorstehende Außerkrafttreten bestimmter Ausgleichsmaßnahmen"
    )


def test_a_unit_conversion_is_no_quota_volume():
    text = (
        "SUMMARY: USTR is providing notice of country-by-country allocations of the in-quota quantity of the\n"
        "tariff-rate quota for imported raw cane sugar. USTR is allocating 1,231,500 metric tons (conversion\n"
        "factor: 1 metric ton = 1.10231125 short tons) raw value among the supplying countries.\n"
    )
    assert {(q.amount, q.unit) for q in analyse(text, jurisdiction="US")._.quotas} == {(1231500, "tonnes")}


def test_a_document_sharing_sites_lines_and_a_french_journal_heading_are_no_title():
    text = (
        "SlideShare une entreprise Scribd logo\n1  sur  9\nTélécharger pour lire hors ligne\n"
        "PROCÉDURES RELATIVES À LA MISE EN ŒUVRE DE LA POLITIQUE\nCOMMERCIALE COMMUNE\nCOMMISSION EUROPÉENNE\n"
        "Avis d’ouverture d’une procédure antisubventions concernant les importations de charnières\n"
        "originaires du Viêt Nam\n(2031/C 212/07)\n"
        "La Commission européenne a été saisie d’une plainte selon laquelle les importations de charnières\n"
        "originaires du Viêt Nam feraient l’objet de subventions.\n"
    )
    assert analyse(text, jurisdiction="EU")._.official_title.text == (
        "Avis d’ouverture d’une procédure antisubventions concernant les importations de charnières "
        "originaires du Viêt Nam"
    )


# --- UK statutory instruments and US Customs rulings --------------------------------------------------------

UK_INSTRUMENT = (
    "🔆 📖 👤\n\nStatutory Instruments\n\n2031 No. 88\n\nExiting The European Union\n\nCustoms\n\n"
    "The Customs Tariff (Widget Quotas) (EU Exit) (Amendment) Regulations 2031\n\n"
    "Made\n\nat 10.40 a.m. on 3rd February 2031\n\n"
    "Laid before the House of Commons\n\nat 2.15 p.m. on 3rd February 2031\n\n"
    "Coming into force\n\n4th February 2031\n\n"
    "The Treasury, in exercise of the powers conferred by section 15 of the Taxation (Cross-border Trade) Act 2018,\n"
    "makes the following Regulations, in connection with the withdrawal of the United Kingdom from the\n"
    "European Union.\n"
)


def test_an_instrument_made_at_an_hour_is_dated_that_day():
    assert typed(UK_INSTRUMENT, "GB") == {("document_date", "2031-02-03"), ("entry_into_force", "2031-02-04")}


def test_an_instruments_name_and_the_withdrawal_it_follows_name_no_affected_country():
    """'(EU Exit) (Amendment) Regulations' names a law, and the Union the United Kingdom withdrew from is no
    origin of goods."""
    assert affected(UK_INSTRUMENT, "GB") == set()


def test_symbols_and_subject_headings_are_no_title():
    assert analyse(UK_INSTRUMENT, jurisdiction="GB")._.official_title.text == (
        "The Customs Tariff (Widget Quotas) (EU Exit) (Amendment) Regulations 2031"
    )


def codes(text: str) -> set[str]:
    return {code.code for code in analyse(text, jurisdiction="US")._.codes}


def test_customs_ruling_numbers_are_no_codes():
    text = (
        "On March 3, 1991, Headquarters Ruling Letter (HRL) 087219 was issued to your company. HRL 087219\n"
        "classified a woven table cover in subheading 6302.51.2000, HTSUSA. The rationale is set forth in\n"
        "HQ 951488 and NY 844120, copies of which are enclosed.\n"
    )
    assert codes(text) == {"6302512000"}


def test_a_code_with_its_rate_in_the_same_cell():
    text = (
        "New Ruling | Description | New HTS/Rate | Former HTS/Rate |\n"
        "HQ H031122 (NY K81234 revoked) | Widget spindles | 8483.30.80 4.5% | 8487.90.00 3.9% |\n"
    )
    assert codes(text) == {"84833080", "84879000"}


def test_preferences_withdrawn_from_a_country_still_affect_it():
    text = (
        "Commission Delegated Regulation (EU) 2031/455 on the temporary withdrawal of the tariff preferences from\n"
        "Cambodia\n\nArticle 1\nThe temporary withdrawal of the tariff preferences from Cambodia shall apply to the\n"
        "products listed in Annex I from 1 August 2031.\n"
    )
    assert affected(text, "EU") == {"KH"}


def test_an_investigation_schedule_and_its_written_statements():
    """Non-parties' written statements are public comments; the day the record is made available to the parties
    is a step of the investigation, not the date of a measure; a prehearing brief's deadline is neither."""
    text = (
        "Written submissions.—Each party shall submit a prehearing brief to the Commission. Prehearing briefs must\n"
        "conform with section 207.23 of the Commission's rules; the deadline for filing is June 9, 2032.\n"
        "Any person who has not entered an appearance as a party may submit a written statement of information\n"
        "pertinent to the subject of the investigation on or before June 23, 2032. On July 7, 2032, the Commission\n"
        "will make available to parties all information on which they have not had an opportunity to comment.\n"
    )
    assert typed(text) == {("comment_deadline", "2032-06-23")}
