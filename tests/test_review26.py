"""Round 26's regression review, by class: each rule of the round held to the case it was written for. A capped
volume at a non-zero rate is no tariff quota; concessions suspended in a condition or in the past retaliate against
no one now; classification words in a rate decision add no 'other' measure. Passages written for these tests."""

from tests.fact_readers import measures

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
    "Under Article 22 of the DSU, the concessions of Ruritania shall be suspended if the Arbitrator so decides. "
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
