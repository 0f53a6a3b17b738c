"""US quota bulletins, relays and USTR notices, by class (round 24 second pass, final27 3801-3811).
Each class has a passage in the final27 document's own kind, one in another wording or jurisdiction, and a near miss
that must not give the fact. Every passage is written for these tests."""

from nlp.pipeline import analyse
from tests.fact_readers import dates, measures


def _codes(text: str) -> list[str]:
    return sorted(mention.code for mention in analyse(text)._.codes)


def _quotas(text: str) -> list[tuple[float, str]]:
    return sorted((mention.amount, mention.unit) for mention in analyse(text)._.quotas)


# --- a glued table's row that kept a gap after its code or lost its line to a break -------------------------------


GLUED_BULLETIN = (
    "QB 31-104 2031 Morocco FTA\n\nRESTRAINT LEVEL:\n\n"
    "The aggregate quantities of qualifying goods entered under the subheadings are as follows:\n\n"
    "HTS Numbers with Limits\n"
    "99250205US Note 3 (a)41,000,000 kg\n\n"
    "99250220\n\n"
    "US Note 3 (b)4,100,000 kg\n"
    "99250405US Note 412,500 liters\n"
    "99250410US Note 51,250,000 kg\n"
    "99250415 US Note 6248,000 kg\n"
    "99250420US Note 73,100,000 kg\n"
    "99250425US Note 8905,000 kg\n"
)


def test_a_glued_rows_broken_row_and_spaced_row_stay_rows_of_the_table():
    """Class: a quota bulletin's restraint table copied without its cell separators ('99130405US Note 417,974
    liters'), one row broken over lines (its code alone, its note and limit below) and one with a gap after its code
    (final27 3808): every code is read, and the spaced row's note number is parted from its limit (6 | 248,000 kg,
    never 6248 kg)."""
    codes = _codes(GLUED_BULLETIN)
    assert {"99250205", "99250220", "99250415"} <= set(codes)
    quotas = _quotas(GLUED_BULLETIN)
    assert (248000, "kg") in quotas and (6248, "kg") not in quotas
    assert (41000000, "kg") in quotas and (4100000, "kg") in quotas


def test_a_glued_item_table_with_a_spaced_row_in_another_wording():
    """Same class, another wording and jurisdiction (a national list of glued 10-digit lines numbered by 'Item No.'):
    the row that kept its gap is parted from its figure by the sequence of item numbers."""
    text = (
        "Schedule of import quota allocations for the 2031 quota year. Quota volumes are as follows:\n\n"
        "0402101000Item No. 1250 tonnes\n"
        "0402102000Item No. 21,400 tonnes\n"
        "0402211000 Item No. 3675 tonnes\n"
        "0402212000Item No. 42,050 tonnes\n"
    )
    quotas = _quotas(text)
    assert (675, "tonnes") in quotas or (675000, "kg") in quotas
    assert not any(amount == 3675 for amount, _ in quotas)
    assert "0402211000" in _codes(text)


def test_a_spaced_row_with_other_words_is_no_row_of_the_glued_table():
    """Near miss: a line below the glued rows that opens with a number and other words (a note under the table) is
    not made a row: its figure is not parted as a note number and limit."""
    text = (
        "The aggregate quantities of qualifying goods entered under the subheadings are as follows:\n\n"
        "99250405US Note 412,500 liters\n"
        "99250410US Note 51,250,000 kg\n"
        "20310115 Reference number of this bulletin 4 pages\n"
    )
    quotas = _quotas(text)
    assert (12500, "litres") in quotas and (1250000, "kg") in quotas
    assert not any(amount in (4, 20310115) for amount, _ in quotas)


# --- a bulletin's 'Opening Period:' field over one day --------------------------------------------------------------


def test_an_opening_period_field_over_one_day_is_the_quotas_opening():
    """Class: a quota bulletin's field labelled 'Opening Period:' over a single day (final27 3809): the day entries
    are first accepted (entry into force), as 'OPENING DATE'."""
    text = (
        "QB 31-102 2031 Jordan FTA\n\nQuota Period:\n\nJanuary 1, 2031 through December 31, 2031\n\n"
        "Opening Period:\n\nThursday, January 2, 2031\n\nRestraint Levels\n"
    )
    found = dates(text)
    assert ("entry_into_force", "2031-01-02") in found
    assert ("application_start", "2031-01-01") in found and ("application_end", "2031-12-31") in found


def test_a_quota_opening_period_field_in_another_layout():
    """Same class, another layout (the field and its day on one line, 'Quota opening period:')."""
    text = "Tariff rate quota notice\n\nQuota opening period: 3 July 2031\n\nThe volumes are listed below.\n"
    assert ("entry_into_force", "2031-07-03") in dates(text)


def test_a_reporting_period_field_is_no_opening():
    """Near miss: a field naming another period ('Reporting Period:') over a day is no opening of the quota."""
    text = "Quota bulletin\n\nReporting Period:\n\nMonday, March 3, 2031\n\nThe volumes are listed below.\n"
    assert ("entry_into_force", "2031-03-03") not in dates(text)


# --- a relay dated by an ISO date before its 'On <date>, X announced' lead -----------------------------------------


def test_the_announced_day_after_a_relays_own_iso_date_is_the_relayed_acts():
    """Class: a relay whose own date (an ISO date after a field word, no dash) stands before its lead 'On <date>,
    the Department announced …' (final27 3806): the lead's day is the relayed act's (other), not the relay's
    publication."""
    text = (
        " date 2031-06-07 On May 30, 2031, the U.S. Department of Agriculture announced a special import quota for"
        " upland cotton.\n\nThe quota will be established as of June 6, 2031.\n"
    )
    found = dates(text)
    assert ("publication", "2031-05-30") not in found
    assert ("publication", "2031-06-07") in found


def test_the_announced_day_after_a_posted_field_on_its_own_line_is_the_relayed_acts():
    """Same class, another wording (a forwarder's 'Posted:' field over the lead, the ministry announcing)."""
    text = (
        "Posted: 2031-03-12\nOn March 10, 2031, the Ministry of Trade announced new duties on steel wire from"
        " Ruritania.\n"
    )
    assert ("publication", "2031-03-10") not in dates(text)


def test_an_announced_day_opening_the_text_alone_stays_the_reports_publication():
    """Near miss: a report whose lead opens the text with no date before it keeps the lead's day (a report's lead)."""
    text = "On March 10, 2031, the Ministry of Trade announced new duties on steel wire from Ruritania.\n"
    assert ("publication", "2031-03-10") in dates(text)


# --- a quota's last day of entry: 'entered the U.S. before <date>' -------------------------------------------------


def test_goods_entered_before_a_day_under_a_quota_end_the_quota():
    """Class: a quota's sentence giving the last day goods may enter under it, with an abbreviation's dots in the
    clause ('and entered the U.S. before December 2, 2024', final27 3806): application end."""
    text = (
        "The quota will be established as of June 6, 2031, and will apply to upland cotton purchased by September 3,"
        " 2031, and entered the U.S. before December 2, 2031.\n"
    )
    assert ("application_end", "2031-12-02") in dates(text)


def test_goods_imported_prior_to_a_day_under_a_quota_in_another_wording():
    """Same class, another wording (a tariff quota for goods 'imported into the U.K. prior to' a day)."""
    text = "The tariff quota is open for frozen hake imported into the U.K. prior to 30 September 2031.\n"
    assert ("application_end", "2031-09-30") in dates(text)


def test_goods_entered_before_a_day_without_a_quota_are_no_quotas_end():
    """Near miss: the same words about goods under no quota, exclusion or remission give no end of a measure."""
    text = "Most of the shipments were entered before December 2, 2031, according to the importers' records.\n"
    assert ("application_end", "2031-12-02") not in dates(text)


# --- a USTR Section 301 notice titled 'Notice of Action/Modification: X's Acts, Policies, and Practices' -----------


def test_a_notice_of_modification_of_a_countrys_acts_policies_and_practices_is_retaliation():
    """Class: the title of a USTR notice modifying a Section 301 action, which names the investigated country's
    'Acts, Policies and Practices' and nothing else (final27 3810: the title over the annex): retaliation."""
    text = (
        "2031-10001. Notice of Modification: Ruritania's Acts, Policies and Practices Related to Shipbuilding\n"
        "HTSUS subheading Product description Rate (%) 8901.20.00 Tankers 25 2031\n"
    )
    assert "retaliation" in measures(text)


def test_a_notice_of_action_pursuant_to_section_301_in_another_wording():
    """Same class, another wording (a 'Notice of Action' with a curly apostrophe, the statute left out)."""
    text = (
        "Notice of Action: Freedonia’s Acts, Policies, and Practices Related to Digital Services Taxes\n\n"
        "The Trade Representative has determined to take action.\n"
    )
    assert "retaliation" in measures(text)


def test_a_notice_of_product_exclusions_under_the_same_title_is_no_new_action():
    """Near miss: a notice of product exclusions from the same investigation names the practices too; it does not
    modify the action (its measure is the exclusion)."""
    text = (
        "Notice of Product Exclusions: Ruritania's Acts, Policies and Practices Related to Shipbuilding\n\n"
        "The Trade Representative grants the product exclusions listed in the Annex.\n"
    )
    assert "retaliation" not in measures(text)


# --- duties that 'are applicable from <date>', no end in the sentence ------------------------------------------------


def test_duties_that_are_applicable_from_a_day_take_effect_then():
    """Class: a relay's lone 'The countervailing duties ... are applicable from January 6' (final27 3805): the day the
    duties take effect (round 20 conventions: a start with no end and no other date of effect is the entry into
    force)."""
    text = (
        "Friday, 07 March 2031 11:37:14 (GMT+3) | Istanbul\n\n"
        "The final subsidy rates are at 9.50 percent for all others.\n\n"
        "The countervailing duties for the countries are applicable from March 6.\n"
    )
    assert ("entry_into_force", "2031-03-06") in dates(text)


def test_a_rate_that_becomes_applicable_from_a_day_in_another_wording():
    """Same class, another wording and jurisdiction (a ministry's schedule whose new rate 'becomes applicable from')."""
    text = "Under the amended schedule, the new rate on ceramic tiles becomes applicable from 1 April 2031.\n"
    assert ("entry_into_force", "2031-04-01") in dates(text)


def test_duties_applicable_from_a_day_to_another_are_a_period():
    """Near miss: the same words bounding a period ('applicable from … to …') give its start and end."""
    text = "The safeguard duties are applicable from 1 March 2031 to 28 February 2032.\n"
    found = dates(text)
    assert ("application_start", "2031-03-01") in found and ("application_end", "2032-02-28") in found
    assert ("entry_into_force", "2031-03-01") not in found


# --- a quota established as of a day, its last day of entry in the same sentence -----------------------------------


def test_a_quota_established_as_of_a_day_with_its_last_entry_day_opens_a_period():
    """Class: one sentence opening a quota and naming the last day goods may enter under it ('The quota will be
    established as of June 6, 2024, and will apply to upland cotton … entered the U.S. before December 2, 2024',
    final27 3806): a period bounded in one sentence, start and end (round 20 conventions (a))."""
    text = (
        "The quota will be established as of June 6, 2031, and will apply to upland cotton purchased by September 3,"
        " 2031, and entered the U.S. before December 2, 2031.\n"
    )
    found = dates(text)
    assert ("application_start", "2031-06-06") in found and ("application_end", "2031-12-02") in found


def test_a_tariff_quota_opened_on_a_day_for_goods_imported_prior_to_another_in_another_wording():
    """Same class, another wording and jurisdiction (a UK-style tariff quota 'opened on' a day for goods 'imported
    into the U.K. prior to' another)."""
    text = (
        "The tariff quota for frozen hake shall be opened on 1 July 2031 and applies to hake imported into the U.K."
        " prior to 30 September 2031.\n"
    )
    found = dates(text)
    assert ("application_start", "2031-07-01") in found and ("application_end", "2031-09-30") in found


def test_a_quota_established_as_of_a_day_with_no_end_takes_effect_then():
    """Near miss: the same opening with no end in its sentence is the day the quota takes effect."""
    assert ("entry_into_force", "2031-06-06") in dates("The quota will be established as of June 6, 2031.\n")
