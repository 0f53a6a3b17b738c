"""Round 26's regression review, by class: each rule of the round held to the case it was written for. A capped
volume at a non-zero rate is no tariff quota; concessions suspended in a condition or in the past retaliate against
no one now; classification words in a rate decision add no 'other' measure. Passages written for these tests."""

from nlp.pipeline import analyse
from tests.fact_readers import affected, dates, jurisdiction, measures

# --- Finding 1: 'в объеме не более' voids a rate change only with a zero rate (the in-quota rate) -------------------

EEC_CAPPED_RATE = (
    "Решение Коллегии Евразийской экономической комиссии\n"
    "Установить ставку ввозной таможенной пошлины в размере 3 процентов в отношении ферросилиция в объеме не более "
    "20 000 тонн с 1 апреля по 31 декабря 2031 года включительно.\n"
)

EEC_ZERO_RATE_IN_QUOTA = (
    "Решение Коллегии Евразийской экономической комиссии\n"
    "Установить ставку ввозной таможенной пошлины в размере 0 процентов в отношении ферросилиция в объеме не более "
    "20 000 тонн с 1 апреля по 31 декабря 2031 года включительно.\n"
)


def test_a_capped_volume_at_a_non_zero_rate_still_changes_the_rate():
    """Class: a 3% rate for at most 20 000 tonnes is a rate the decision sets."""
    assert "duty_rate_change" in measures(EEC_CAPPED_RATE)


def test_a_zero_rate_within_a_volume_is_still_a_quota_and_no_rate_change():
    """The rule's own case: a zero rate for a capped volume is an in-quota rate."""
    found = measures(EEC_ZERO_RATE_IN_QUOTA)
    assert "tariff_quota" in found and "duty_rate_change" not in found


# --- Finding 2: concessions suspended in the passive: not in a condition, not in the past --------------------------

CONCESSIONS_SUSPENDED_BEFORE = (
    "The trade concessions were suspended in 2028 in answer to the tariffs on steel. The Ministry now "
    "reinstates the concessions, and the retaliatory duty of 15% on motorcycles from the United States is withdrawn "
    "from 1 July 2031.\n"
)

CONCESSIONS_SUSPENDED_IF = (
    "Under Article 22 of the DSU, the concessions of the Union shall be suspended only if the Arbitrator so decides. "
    "The panel report found the measures of Freedonia inconsistent with GATT 1994.\n"
)

CONCESSIONS_SUSPENDED_NOW = (
    "Article 1\n\nThe tariff concessions under GATT 1994 of the Union shall be suspended in respect of the products "
    "listed in the Annex originating in Freedonia.\n"
)


def test_concessions_suspended_in_the_past_are_no_suspension_now():
    """Class: 'were suspended in 2028' is history; the retaliatory duty removed now is what the text acts on."""
    assert measures(CONCESSIONS_SUSPENDED_BEFORE) == ["retaliation"]
    from nlp.pipeline import analyse

    assert "suspends" not in analyse(CONCESSIONS_SUSPENDED_BEFORE)._.summary


def test_concessions_suspended_only_under_a_condition_retaliate_against_no_one():
    assert "retaliation" not in measures(CONCESSIONS_SUSPENDED_IF)


def test_concessions_that_shall_be_suspended_still_retaliate():
    """The rule's own case."""
    assert "retaliation" in measures(CONCESSIONS_SUSPENDED_NOW)


# --- Finding 7: classification words in a rate decision name no classification act ---------------------------------

EEC_RATE_FOR_A_CLASSIFIED_GOOD = (
    "Решение Коллегии Евразийской экономической комиссии\n"
    "Установить ставку ввозной таможенной пошлины 4 процента в отношении товара, который классифицируется в "
    "товарной позиции 8516 ТН ВЭД ЕАЭС, с 1 мая 2031 года.\n"
)

EEC_CLASSIFICATION = (
    "Решение Коллегии Евразийской экономической комиссии\n"
    "Электрический водонагреватель классифицируется в товарной позиции 8516 единой Товарной номенклатуры "
    "внешнеэкономической деятельности Евразийского экономического союза.\n"
)

UZ_RATE_FOR_A_CLASSIFIED_GOOD = (
    "Vazirlar Mahkamasining qarori: 8516 tovar pozitsiyasi bo'yicha tasniflanadigan suv isitgichlarga 2031 yil "
    "1 maydan boshlab 12 foiz miqdorida bojxona boji stavkasi belgilansin.\n"
)


def test_a_rate_for_goods_classified_in_a_heading_is_no_classification():
    assert measures(EEC_RATE_FOR_A_CLASSIFIED_GOOD) == ["duty_rate_change"]
    assert "other" not in measures(UZ_RATE_FOR_A_CLASSIFIED_GOOD)


def test_a_classification_decision_is_still_other():
    """The rule's own case: the subject is classified in a heading, no rate set."""
    assert "other" in measures(EEC_CLASSIFICATION)


# --- Finding 3: an action against X products taken by another, or in a past year, is background ------------------

ACTION_OF_ANOTHER_IN_THE_PAST = (
    "The Council recalls that the action against Japanese products taken by Freedonia in 2019 is still before a "
    "WTO panel. The Ministry imposes a safeguard duty of 20% on imports of ceramic tiles from all sources.\n"
)

ACTION_THE_NOTICE_MODIFIES = (
    "USTR modifies the $300 billion action (List 4A) against Chinese products: the additional duty on the products "
    "listed in the Annex is reduced to 7.5 percent.\n"
)


def test_an_action_another_took_in_a_past_year_affects_no_one():
    assert affected(ACTION_OF_ANOTHER_IN_THE_PAST) == []


def test_the_action_a_notice_modifies_still_names_its_goods_origin():
    """The rule's own case."""
    assert "CN" in affected(ACTION_THE_NOTICE_MODIFIES)


# --- Finding 4: a WTO committee's own document, its symbol naming no Member --------------------------------------

COMMITTEE_REPORT_LIST = (
    "WORLD TRADE ORGANIZATION\n"
    "G/SCM/N/415\n"
    "COMMITTEE ON SUBSIDIES AND COUNTERVAILING MEASURES\n"
    "SEMI-ANNUAL REPORTS UNDER ARTICLE 25.11 OF THE AGREEMENT\n"
    "Reports were received from Members: the actions listed were published in the Federal Register by the "
    "Department of Commerce and the International Trade Commission, and in the Official Journal of the European "
    "Union.\n"
)

MEMBER_REPORT = (
    "WORLD TRADE ORGANIZATION\n"
    "G/ADP/N/402/EU\n"
    "COMMITTEE ON ANTI-DUMPING PRACTICES\n"
    "SEMI-ANNUAL REPORT UNDER ARTICLE 16.4 OF THE AGREEMENT\n"
    "The following communication has been received from the European Union.\n"
)


def test_a_committee_document_is_no_jurisdictions_act():
    assert jurisdiction(COMMITTEE_REPORT_LIST) == []


def test_a_members_report_still_names_the_member():
    assert jurisdiction(MEMBER_REPORT) == ["EU"]


# --- Finding 5: 'Hoy, <date>' inside a quotation is the speaker's day --------------------------------------------

DOF_QUOTING_THE_APPLICANT = (
    "RESOLUCIÓN final de la investigación antidumping sobre las importaciones de válvulas originarias de China.\n"
    "La solicitante señaló: «Hoy, 9 de marzo de 2031, la industria nacional pierde mercado»; se impone una cuota "
    "compensatoria definitiva de 30%.\n"
)

BULLETIN_TODAY = (
    "Hoy, 9 de marzo de 2031, la Secretaría de Economía dio a conocer en el Diario Oficial la resolución final sobre "
    "válvulas originarias de China.\n"
)


def test_today_in_a_quotation_is_no_publication():
    assert ("publication", "2031-03-09") not in dates(DOF_QUOTING_THE_APPLICANT)


def test_a_bulletins_today_is_still_its_publication():
    """The rule's own case."""
    assert ("publication", "2031-03-09") in dates(BULLETIN_TODAY)


# --- Finding 6: a lead-in naming minimum prices only as what its duties add to -------------------------------------

SPECIFIC_DUTIES_BESIDE_PRICES = (
    "Article 2\n"
    "(1) The following specific duties shall be levied, in addition to the minimum import prices set in Article 4:\n"
    "(a) EUR 14 per tonne for ferrochrome;\n"
    "(b) EUR 22 per tonne for ferromanganese.\n"
)

PRICES_LISTED = (
    "Article 2\n"
    "(1) The minimum import prices shall be:\n"
    "(a) EUR 940 per tonne for ferrochrome;\n"
    "(b) EUR 1 120 per tonne for ferromanganese.\n"
)


def _kinds(text: str) -> list[str]:
    return [rate.kind for rate in analyse(text)._.rates]


def test_duties_listed_beside_minimum_prices_are_specific():
    assert _kinds(SPECIFIC_DUTIES_BESIDE_PRICES) == ["specific", "specific"]


def test_amounts_listed_under_minimum_prices_are_prices():
    """The rule's own case."""
    assert set(_kinds(PRICES_LISTED)) == {"minimum_import_price"}


# --- Finding 8: an act's own date glued to its enacting lead ------------------------------------------------------

NOTICE_GLUED_TO_ITS_DATE = (
    "Customs Tariff (Dumping Duty) Amendment Notice 2031\n"
    "4 April 2031The Minister, acting under section 269TG of the Customs Act 1901, declares that the notice applies "
    "to aluminium extrusions from Ruritania.\n"
)

POST_GLUED_TO_ITS_DATE = (
    "Duties on aluminium extrusions confirmed\n"
    "4 April 2031The Minister has confirmed the dumping duty on aluminium extrusions from Ruritania.\n"
)


def test_an_acts_date_glued_to_its_enacting_lead_is_no_publication():
    assert ("publication", "2031-04-04") not in dates(NOTICE_GLUED_TO_ITS_DATE)


def test_a_posts_date_glued_to_its_lead_is_still_its_publication():
    """The rule's own case."""
    assert ("publication", "2031-04-04") in dates(POST_GLUED_TO_ITS_DATE)


# --- Finding 9: a code written with non-breaking hyphens -------------------------------------------------------------

CODE_WITH_NON_BREAKING_HYPHENS = (
    "The Commission imposes an anti-dumping duty of 18% on imports of hot-rolled coils from Ruritania. "
    "Product code 7219\u201112\u201100 is covered for twenty\u2011four months.\n"
)


def test_a_code_written_with_non_breaking_hyphens_is_read():
    assert [code[:4] for code in _codes(CODE_WITH_NON_BREAKING_HYPHENS)] == ["7219"]


def test_non_breaking_hyphens_in_words_still_read_as_hyphens():
    """The rule's own case: 'twenty‑four months' is a period in words."""
    assert "anti_dumping" in measures(
        "The Commission imposes an anti\u2011dumping duty of 18% on steel from Ruritania.\n"
    )


def _codes(text: str) -> list[str]:
    return sorted(mention.code for mention in analyse(text)._.codes)


# --- Finding 10: a glued record label is a word of its own ---------------------------------------------------------

LABEL_INSIDE_A_WORD = (
    "The office will revise its candidateMarch 3, 2031 shortlist. A safeguard duty of 12% applies to imports of "
    "ceramic tiles from 1 May 2031.\n"
)

GLUED_LABEL = "Safeguard duty on ceramic tiles\npublishedmarch 3, 2031\nA safeguard duty of 12% applies.\n"


def test_a_label_inside_a_longer_word_glues_no_date():
    assert "2031-03-03" not in [day for _, day in dates(LABEL_INSIDE_A_WORD)]


def test_a_glued_label_still_reads_its_date():
    """The rule's own case."""
    assert "2031-03-03" in [day for _, day in dates(GLUED_LABEL)]
