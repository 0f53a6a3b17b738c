"""Round 24 review, findings 6, 9 and 10: the round's new date and country rules narrowed to what they were written
for. 'since <date>' starts a rate's later step, not the old rate the sentence changes; 'is applicable from' and
'shall apply to <party>, as of' take no history or goods; a proceeding terminated in the past is no origin acted on.
Every passage is written for these tests."""

from tests.fact_readers import affected, dates

# --- finding 6: 'since <date>' describing the rate the sentence changes is history ----------------------------------


def test_a_rate_in_force_since_a_day_that_the_sentence_increases_is_history():
    text = (
        "Notice No. 22/2031 on customs duties on ceramic tiles\n\n"
        "The customs duty of 8% on glazed ceramic tiles of heading 6908, in force since 1 March 2029, is increased to"
        " 14% from 1 October 2031. This notice takes effect on 1 October 2031.\n"
    )
    found = dates(text)
    assert ("application_start", "2029-03-01") not in found
    assert ("other", "2029-03-01") in found
    assert ("entry_into_force", "2031-10-01") in found


def test_a_rate_which_is_so_much_since_a_day_and_is_reduced_is_history():
    text = (
        "Customs Tariff (Amendment No. 4) Order 2031\n\n"
        "1. The rate of duty on item 0402.21, which is 25 per cent since 1 July 2028, is reduced to 10 per cent.\n"
        "2. This Order comes into force on 1 November 2031.\n"
    )
    found = dates(text)
    assert ("application_start", "2028-07-01") not in found
    assert ("other", "2028-07-01") in found


def test_a_rate_currently_levied_since_a_day_is_history():
    text = "The export duty on raw hides, currently 5% since 1 January 2030, shall be 12% from 1 January 2032.\n"
    assert ("application_start", "2030-01-01") not in dates(text)


def test_a_later_step_since_a_day_still_starts_then():
    """The class the rule was written for (a translated CIS ordering list) keeps its start."""
    text = (
        "1. Establish rate of export customs duty on wool of heading 5101:\n"
        "- in the amount of 8%, but at least 30 euros for 1000 kg till June 30, 2032;\n"
        "- in the amount of 15%, but at least 60 euros for 1000 kg since July 1, 2032.\n"
    )
    assert ("application_start", "2032-07-01") in dates(text)


# --- finding 10: 'which is applicable from' as history; 'shall apply to <goods>, as of' stays the entry into force ---


def test_a_replaced_duty_which_is_applicable_from_a_day_is_no_entry_into_force():
    """The provisional duty's start, told in a relative clause of the sentence that replaces it, beside the act's own
    entry into force (Round 20 convention (b)): a start, not this act's day of effect."""
    text = (
        "Implementing Regulation imposing a definitive countervailing duty on aluminium foil from Thailand\n\n"
        "The provisional countervailing duty, which is applicable from 14 April 2031, is replaced by the definitive"
        " duty set out in Article 1. This Regulation shall enter into force on the day following that of its"
        " publication in the Official Journal.\n"
    )
    found = dates(text)
    assert ("entry_into_force", "2031-04-14") not in found
    assert ("application_start", "2031-04-14") in found


def test_duties_that_are_applicable_from_a_day_still_take_effect_then():
    """The class the rule was written for keeps its type."""
    text = "The anti-dumping duties on the three countries are applicable from 9 May 2031.\n"
    assert ("entry_into_force", "2031-05-09") in dates(text)


def test_a_rate_applying_to_goods_as_of_a_day_after_a_list_of_country_codes_takes_effect_then():
    """'shall apply to goods entered, as of <date>' with no other day of effect is the day the rate takes effect, as
    'shall apply as of' (Round 20 convention); the country codes 'DE, FR and PT.' end their sentence (the sentence
    before, told in the past, is not this one)."""
    text = (
        "Notice of consultation outcome\n\n"
        "Submissions were received from IT, ES and PT. The reduced rate of duty on peaches shall apply to goods"
        " entered, as of 1 August 2031, in accordance with the Schedule.\n"
    )
    found = dates(text)
    assert ("entry_into_force", "2031-08-01") in found
    assert ("application_start", "2031-08-01") not in found


def test_a_provision_applying_to_a_renamed_company_as_of_a_day_still_starts_then():
    """The class the rule was written for: a named party after 'apply to', the act's own entry into force beside."""
    text = (
        "Article 1\n\n"
        "The TARIC additional code C777 previously attributed to PT. Kimia Prima shall apply to PT. Kimia Prima"
        " Sejahtera, as of 3 March 2031.\n\n"
        "Article 2\n\n"
        "This Regulation shall enter into force on the day following that of its publication in the Official Journal of"
        " the European Union.\n"
    )
    assert ("application_start", "2031-03-03") in dates(text)


# --- finding 9: a proceeding terminated in the past is history, its origin not acted on --------------------------


def test_an_origin_whose_investigation_was_terminated_years_ago_is_not_affected():
    text = (
        "Definitive anti-dumping duty on seamless pipes from India and Egypt\n\n"
        "(1) In 2026 the Commission opened an investigation concerning imports of seamless pipes from India, Egypt and"
        " Oman.\n"
        "(2) The investigation was also directed at imports from Belarus. That investigation was terminated in 2027"
        " because the complaint was withdrawn.\n"
        "(3) A definitive anti-dumping duty is imposed on imports of seamless pipes originating in India and Egypt.\n"
    )
    found = affected(text)
    assert "BY" not in found
    assert "IN" in found and "EG" in found


def test_an_origin_whose_german_proceeding_was_terminated_earlier_is_not_affected():
    text = (
        "Antidumping - Glasfasergewebe mit Ursprung in Ägypten\n"
        "Die EU-Kommission führt endgültige Antidumpingzölle auf Einfuhren aus Ägypten ein. Das Verfahren betraf"
        " ursprünglich auch Einfuhren aus Bahrain. Dieses Verfahren wurde 2027 eingestellt.\n"
    )
    found = affected(text)
    assert "BH" not in found
    assert "EG" in found


def test_an_origin_whose_proceeding_is_terminated_now_stays_affected():
    """The class the rule was written for: the termination told in the present, by the act."""
    text = (
        "Antidumping - Glasfasergewebe mit Ursprung in Ägypten\n"
        "Die EU-Kommission führt endgültige Antidumpingzölle auf Einfuhren aus Ägypten ein. Das Verfahren betraf"
        " zunächst auch Einfuhren aus Bahrain. Dieses Verfahren wird eingestellt.\n"
    )
    assert "BH" in affected(text)
