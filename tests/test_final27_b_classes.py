"""EU, UK and Swiss acts and relays, by class (round 24 second pass, final27 3813-3824). Each class has a passage in the
final27 document's own kind, one in another wording, language or jurisdiction, and a near miss that must not give the
fact. Every passage is written for these tests."""

from tests.fact_readers import affected, dates, measures

# --- a curly quote closed by a straight one does not make the articles after it a quoted restatement ---------------

UK_TARIFF_SI = (
    "The Customs (Tariff and Preferential Amendments) (No. 2) Regulations 2031\n\n"
    "Made: 3rd March 2031\n\n"
    "Laid before the House of Commons: 4th March 2031\n\n"
    "These Regulations are made by the Treasury in exercise of the powers conferred by sections 8 and 9 of the"
    " Taxation (Cross-border Trade) Act 2018.\n\n"
    "Citation and commencement\n\n"
    "1.—(1) These Regulations may be cited as the Customs (Tariff and Preferential Amendments) (No. 2) Regulations"
    " 2031.\n\n"
    "(2) These Regulations come into force as follows—\n\n"
    "(a) regulation 4 comes into force immediately before regulation 2 of the Customs (Tariff Quotas) (Amendment)"
    " Regulations 2031 comes into force;\n\n"
    "(b) all other provisions of these Regulations come into force on 1st April 2031.\n\n"
    "Amendment of the Customs Tariff (Establishment) (EU Exit) Regulations 2020\n\n"
    "2. In regulation 1(2) of the Customs Tariff (Establishment) (EU Exit) Regulations 2020, in the definition of"
    " “Tariff of the United Kingdom”, for “version 1.40, dated 2nd January 2031” substitute “version 1.41, dated"
    ' 3rd March 2031".\n\n'
    "Amendment of the Customs Tariff (Preferential Trade Arrangements) (EU Exit) Regulations 2020\n\n"
    "3.—(1) The table in Schedule 1 to the Customs Tariff (Preferential Trade Arrangements) (EU Exit) Regulations"
    " 2020 is amended as follows.\n\n"
    "(2) In the row relating to the Association Agreement between the United Kingdom of Great Britain and Northern"
    " Ireland and the Kingdom of Morocco, for the entry in the second column, substitute—\n\n"
    "The Morocco Preferential Tariff, version 1.9, dated 3rd March 2031.\n\n"
    "(3) In the row relating to the Free Trade Agreement between the United Kingdom of Great Britain and Northern"
    " Ireland and Georgia, for the entry in the second column, substitute—\n\n"
    "The Georgia Preferential Tariff, version 2.2, dated 3rd March 2031.\n\n"
    "Amendment of the Customs (Tariff and Miscellaneous Amendments) Regulations 2030\n\n"
    "4. In regulation 5(2), for “The Ukraine Preferential Tariff, version 1.3, dated 2nd January 2031” substitute"
    " “The Ukraine Preferential Tariff, version 1.4, dated 3rd March 2031”.\n\n"
    "(This note is not part of the Regulations)\n"
)


def test_partners_of_rows_after_a_curly_quote_closed_by_a_straight_one_are_affected():
    """Class: 'substitute “version 1.22, dated 4th December 2024".' (final27 3818): the straight mark closes the quote;
    before, the quote ran to the next curly closing mark two articles further on, so every partner named in the
    amended rows of the preferential arrangements table (regulation 3) stood in a 'restatement' and was dropped."""
    found = affected(UK_TARIFF_SI)
    assert "MA" in found and "GE" in found


def test_an_operative_sentence_after_a_quote_closed_by_a_straight_mark_is_read_in_another_instrument():
    """Class (another jurisdiction's instrument): an Australian-style amending schedule whose first item quotes a
    definition closed by a straight mark; the reduction for goods of Peru two items further down is operative."""
    text = (
        "Customs Tariff Amendment (Agreements Implementation) Regulations 2031\n\n"
        "Schedule 1—Amendments\n\n"
        "Customs Tariff Act 1995\n\n"
        '1 Subsection 15(1) (definition of “Peruvian originating goods")\n'
        "Repeal the definition, substitute the definition in Schedule 3.\n\n"
        "2 Schedule 3, after item 40\n"
        "The rate of customs duty is hereby reduced to Free for goods originating in Peru that are classified to"
        " subheading 0806.10.00 or 0810.90.00.\n\n"
        "3 Schedule 6 (heading)\n"
        "Omit “Schedule 6—Singaporean originating goods”, substitute “Schedule 6—Singaporean originating goods (as"
        " amended)”.\n"
    )
    assert "PE" in affected(text)


def test_a_straight_inch_mark_inside_a_long_quoted_restatement_does_not_end_it():
    """Near miss: a replaced subsection quoted in full, with an inch mark inside and no other quote opening before its
    closing mark, stays a restatement: the country it names is not affected."""
    text = (
        "Order Amending the Steel Pipe Surtax Order\n\n"
        "Amendment\n\n"
        "1. Subsection 4(2) of the Steel Pipe Surtax Order is replaced by the following:\n\n"
        '“(2) Pipes of an outside diameter exceeding 16" that are goods of Peru were subject to the surtax set out in'
        " the schedule, and the Minister published the list of such pipes in the Canada Gazette each year, no later"
        " than the fifteenth day of March.”\n\n"
        "2. Section 5 is amended by replacing “Minister of Finance” with “Minister”.\n"
    )
    assert affected(text) == []


# --- 'comes into force immediately before <another instrument> comes into force': no day of its own -----------------


def test_a_provision_commencing_immediately_before_another_instrument_has_no_date():
    """Class: '(b) regulation 4 comes into force immediately before regulation 3(3)(h) of the … (No. 3) Regulations 2024
    comes into force' (final27 3818): timed by another act's commencement; before, 'immediately' was read as the day
    the instrument was made (an entry into force on 3 March 2031)."""
    found = dates(UK_TARIFF_SI)
    assert ("entry_into_force", "2031-03-03") not in found
    assert ("entry_into_force", "2031-04-01") in found


def test_a_schedule_taking_effect_immediately_after_an_act_commences_has_no_date():
    """Class (another wording): 'comes into effect immediately after the commencement of' another act."""
    text = (
        "Customs (Fruit Tariff) Amendment Order 2031\n\n"
        "Made: 9 May 2031\n\n"
        "1. Commencement\n\n"
        "Clause 3 comes into effect immediately after the Customs Amendment Act 2031 comes into force.\n\n"
        "2. Clause 2 comes into force on 1 June 2031.\n"
    )
    found = dates(text)
    assert ("entry_into_force", "2031-05-09") not in found
    assert ("entry_into_force", "2031-06-01") in found


def test_an_instrument_coming_into_force_immediately_is_in_force_on_its_own_day():
    """Near miss: 'come into force immediately' alone is the day the instrument was made."""
    text = (
        "The Customs Tariff (Fruit) (Amendment) Regulations 2031\n\n"
        "Made: 9th May 2031\n\n"
        "1. These Regulations may be cited as the Customs Tariff (Fruit) (Amendment) Regulations 2031 and come into"
        " force immediately.\n"
    )
    assert ("entry_into_force", "2031-05-09") in dates(text)


# --- 'liberalises tariffs on …': a change of duty rates ---------------------------------------------------------------


def test_a_tariff_document_that_liberalises_tariffs_changes_duty_rates():
    """Class: 'The new version of this document liberalises tariffs on five chemical commodity codes' (final27 3818's
    explanatory note, beside suspensions and preferential tariffs that hide the plain rate words): before, 'liberalise'
    was neither a rate-change verb nor an acting one."""
    text = (
        "The Customs (Tariff and Suspension Amendments) Regulations 2031\n\n"
        "Made: 3rd March 2031\n\n"
        "1. These Regulations may be cited as the Customs (Tariff and Suspension Amendments) Regulations 2031 and come"
        " into force on 1st April 2031.\n\n"
        "2. In regulation 2 of the Customs Tariff (Suspension of Import Duty Rates) (EU Exit) Regulations 2020, for the"
        " definition of “Suspensions of Import Duty Rates Document” substitute the Tariff Suspension Document, version"
        " 3.1 dated 3rd March 2031.\n\n"
        "3. In the row relating to the Trade Continuity Agreement between the United Kingdom of Great Britain and"
        " Northern Ireland and Canada, for the entry in the second column, substitute—\n\n"
        "The Canada Preferential Tariff, version 2.1, dated 3rd March 2031.\n\n"
        "(This note is not part of the Regulations)\n\n"
        "Explanatory Note\n\n"
        "Regulation 2 replaces the Tariff Suspension Document, which has been revised to extend the suspension of"
        " tariffs on certain goods. The new version of the Tariff of the United Kingdom liberalises tariffs on three"
        " plastics commodity codes, to which a 0% tariff now applies.\n"
    )
    assert "duty_rate_change" in measures(text)


def test_an_order_that_liberalizes_tariffs_changes_duty_rates():
    """Class (another wording and jurisdiction): an order that 'liberalizes the tariffs on' goods, US spelling."""
    text = (
        "Customs Tariff (Agricultural Inputs) Order 2031\n\n"
        "1. This Order liberalizes the tariffs on 40 tariff lines of fertilisers and animal feed, which become free of"
        " duty.\n"
    )
    assert "duty_rate_change" in measures(text)


def test_liberalisation_of_trade_in_general_is_no_rate_change():
    """Near miss: an agreement's aim of 'the progressive liberalisation of trade in services' changes no tariff."""
    text = (
        "Joint statement\n\n"
        "The Parties reaffirm their commitment to the progressive liberalisation of trade in services and to"
        " regulatory cooperation.\n"
    )
    assert "duty_rate_change" not in measures(text)


# --- '<provision> shall apply to <a party>, as of <date>': the day it starts to apply ---------------------------------

EU_NAME_CHANGE = (
    "Commission Implementing Regulation (EU) 2031/1400 of 10 June 2031 amending Implementing Regulation (EU) 2029/88"
    " imposing a definitive anti-dumping duty on imports of citric acid originating in Indonesia\n\n"
    "Official Journal of the European Union | EN L series\n\n"
    "2031/1400 | 11.6.2031\n\n"
    "THE EUROPEAN COMMISSION,\n\n"
    "HAS ADOPTED THIS REGULATION:\n\n"
    "Article 1\n\n"
    "1. In Article 1(2) of Implementing Regulation (EU) 2029/88, ‘PT. Sari Asam Jaya | C410’ is replaced by ‘PT."
    " Sari Asam Nusantara | C410’.\n\n"
    "2. The TARIC additional code C410 previously attributed to PT. Sari Asam Jaya shall apply to PT. Sari Asam"
    " Nusantara, as of 2 February 2031.\n\n"
    "Article 2\n\n"
    "This Regulation shall enter into force on the day following that of its publication in the Official Journal of"
    " the European Union.\n\n"
    "Done at Brussels, 10 June 2031.\n"
)


def test_an_additional_code_applying_to_a_renamed_company_as_of_a_day_gives_its_start():
    """Class: 'TARIC additional code B962 previously attributed to PT. Miwon Indonesia shall apply to PT. Daesang
    Ingredients Indonesia, as of 7 January 2025' (final27 3820): the day the provision applies, beside the act's own
    entry into force (Round 20 convention (b)); before, the bare 'as of' read as an entry into force and was demoted as
    older than the act, the sentence being cut at the company's 'PT.'."""
    found = dates(EU_NAME_CHANGE)
    assert ("application_start", "2031-02-02") in found
    assert ("entry_into_force", "2031-06-12") in found


def test_a_rate_applying_to_a_named_exporter_with_effect_from_a_day_gives_its_start():
    """Class (another wording): 'shall apply to <company>, with effect from <date>', a company added to an annex."""
    text = (
        "Commission Implementing Regulation (EU) 2031/2210 of 3 September 2031 amending the Annex to Implementing"
        " Regulation (EU) 2030/14\n\n"
        "HAS ADOPTED THIS REGULATION:\n\n"
        "Article 1\n\n"
        "The duty rate applicable to cooperating exporting producers not sampled shall apply to Hanoi Fastener Joint"
        " Stock Company, with effect from 20 March 2031.\n\n"
        "Article 2\n\n"
        "This Regulation shall enter into force on the day following that of its publication in the Official Journal of"
        " the European Union.\n\n"
        "Done at Brussels, 3 September 2031.\n"
    )
    assert ("application_start", "2031-03-20") in dates(text)


def test_a_lone_apply_as_of_day_stays_the_entry_into_force():
    """Near miss: 'shall apply as of <date>' with nothing it applies to before a comma is the act's start of effect
    (Round 20 convention)."""
    text = "Notice to importers\n\nThe reduced rates set out in the Annex shall apply as of 1 July 2031.\n"
    found = dates(text)
    assert ("application_start", "2031-07-01") not in found
    assert ("entry_into_force", "2031-07-01") in found


# --- a news item's date line above its author's byline: the day the item was posted -------------------------------


def test_a_relays_date_line_above_the_authors_byline_is_its_publication():
    """Class: '04.08.2025' / 'Von Stefanie Eich | Bonn' under a German relay's headline and lead (final27 3824): the
    day the item was posted; before, it was the document's own date, which then demoted the relayed measure's
    'mit Wirkung vom' day (before it) to history."""
    text = (
        "Antidumping - Glasfaserrohre mit Ursprung in China\n"
        "Die Europäische Kommission gibt die Einführung endgültiger Antidumpingzölle bekannt.\n"
        "12.05.2031\n"
        "Von Jana Keller | Bonn\n"
        "Nun gibt die EU-Kommission die Einführung endgültiger Antidumpingmaßnahmen mit Wirkung vom 6. Mai 2031"
        " bekannt.\n"
    )
    found = dates(text)
    assert ("publication", "2031-05-12") in found
    assert ("document_date", "2031-05-12") not in found
    assert ("entry_into_force", "2031-05-06") in found


def test_an_english_news_items_date_above_its_byline_is_its_publication():
    """Class (another language): 'By Jane Doe, Brussels' under the date."""
    text = (
        "EU extends safeguard on steel wire\n"
        "The Commission prolongs the measure for two more years.\n"
        "3 March 2031\n"
        "By Jane Doe, Brussels\n"
        "The extension applies to imports from all origins.\n"
    )
    found = dates(text)
    assert ("publication", "2031-03-03") in found
    assert ("document_date", "2031-03-03") not in found


def test_a_date_above_an_order_line_is_no_posting_day():
    """Near miss: 'By Order of the Commissioner' under a date is an authority's line, not an author's byline."""
    text = (
        "Customs Notice 14/2031\n"
        "Tariff classification of herbal teas\n"
        "3 March 2031\n"
        "By Order of the Commissioner\n"
        "Herbal infusions are classified in heading 1211.\n"
    )
    assert ("publication", "2031-03-03") not in dates(text)
