"""Round 25 review fixes, summary, rates, quotas and measures. Passages written for these tests (fictional acts) in the
reviewer's shapes, each failing on int25 before the fix, beside the rule's own positive case.

- a rename beside a duty set in figures amends the duty (the rename is not the act's only change);
- a title that amends the nomenclature and also corrects language versions changes codes;
- a 'tariff of zero' a party asked for is no rate;
- an allocation in kilograms named in a sentence (a domestic programme) is no tariff quota, and a table of past quota
  usage 'for information' gives no quota;
- 'exceeding the in-quota volume' names the quota's size, not the rate's tier;
- an administrative 'preliminary fee' is no duty.
"""

from nlp.pipeline import analyse
from tests.fact_readers import measures, rates


def summary_of(text: str, jurisdiction: str) -> str:
    return analyse(text, jurisdiction=jurisdiction)._.summary


def _quotas(text: str) -> list[tuple[float, str]]:
    return sorted((mention.amount, mention.unit) for mention in analyse(text)._.quotas)


RENAME_AND_RATE = (
    "Commission Implementing Regulation (EU) 2031/612 amending Implementing Regulation (EU) 2028/301 imposing a "
    "definitive anti-dumping duty on imports of steel wheels originating in the People's Republic of China\n\n"
    "(1) Zhejiang Roundway Wheels Co., Ltd informed the Commission that it had changed its name to Zhejiang Orbit "
    "Wheels Co., Ltd.\n\n"
    "Article 1\nImplementing Regulation (EU) 2028/301 is amended as follows:\n"
    "(a) the entry 'Zhejiang Roundway Wheels Co., Ltd' is replaced by 'Zhejiang Orbit Wheels Co., Ltd';\n"
    "(b) the anti-dumping duty applicable to Ningbo Hubwell Co., Ltd shall be 41,2 %.\n"
    "Article 2\nThis Regulation shall enter into force on the day following that of its publication.\n"
)


def test_a_rename_beside_a_duty_set_in_figures_amends_the_duty():
    summary = summary_of(RENAME_AND_RATE, "EU")
    assert "updates a company's name" not in summary
    assert "41.2%" in summary


def test_a_rename_alone_still_updates_the_name():
    text = RENAME_AND_RATE.replace(
        "(b) the anti-dumping duty applicable to Ningbo Hubwell Co., Ltd shall be 41,2 %.\n", ""
    ).replace("the entry 'Zhejiang", "in Article 1(2), the entry 'Zhejiang")
    assert "updates a company's name under" in summary_of(text, "EU")


AMENDED_AND_CORRECTED = (
    "Commission Implementing Regulation (EU) 2031/1702 amending Annex I to Council Regulation (EEC) No 2658/87 on the "
    "tariff and statistical nomenclature and correcting certain language versions of that Regulation\n\n"
    "Article 1\nIn Part Two of Annex I to Regulation (EEC) No 2658/87, CN subheading 8507 60 00 is replaced by the new "
    "subheadings 8507 60 10 and 8507 60 90.\n"
    "Article 2\nThe Finnish language version of Annex I is corrected.\n"
)


def test_a_title_that_amends_the_nomenclature_changes_codes():
    summary = summary_of(AMENDED_AND_CORRECTED, "EU")
    assert "corrects the wording" not in summary
    assert "changes commodity codes" in summary


def test_a_correction_alone_still_corrects_the_wording():
    text = (
        "Commission Implementing Regulation (EU) 2031/1703 correcting certain language versions of Implementing "
        "Regulation (EU) 2030/88 concerning the classification of certain goods\n\n"
        "Article 1\nThe Latvian language version of Implementing Regulation (EU) 2030/88 is corrected.\n"
    )
    assert "corrects the wording of language versions" in summary_of(text, "EU")


def test_a_zero_tariff_a_party_asked_for_is_no_rate():
    text = (
        "Notice of Action\nThe exporters' association asked the Trade Representative to set a tariff of zero on "
        "cordless drills; that request is not granted. An additional duty of 15 percent ad valorem is imposed on "
        "cordless drills of subheading 8467.21.00, effective August 1, 2031.\n"
    )
    assert [value for value, _, _ in rates(text)] == [15]


def test_a_zero_tariff_the_act_imposes_stays_a_rate():
    text = "The President shall impose a section 301 tariff of zero on the goods of subheading 8467.21.00.\n"
    assert 0 in [value for value, _, _ in rates(text)]


def test_an_allocation_in_kilograms_in_prose_is_no_tariff_quota():
    text = (
        "Ministry of Agriculture: bulletin\n"
        "The yearly allocation in kilograms of the national fertiliser support scheme was 2 400 000 in 2030.\n"
        "The customs duty on wheat of heading 1001 is reduced from 20% to 5% from 1 September 2031.\n"
    )
    assert "tariff_quota" not in measures(text)


def test_an_allocation_heading_over_a_table_stays_a_tariff_quota():
    text = (
        "(b) by the deletion of the Schedule and the substitution of—\n"
        "Annual allocation in kilograms of rice\n"
        "Company name Year 2031 Year 2032\n"
        "Tendai Foods 9,000 4,500\n"
        "Mbare Millers 2,200 1,100\n"
    )
    assert "tariff_quota" in measures(text)
    assert _quotas(text) == [(1100, "kg"), (2200, "kg"), (4500, "kg"), (9000, "kg")]


def test_a_table_of_past_quota_usage_for_information_gives_no_quota():
    text = (
        "Ministry of Trade: annual report on the sugar scheme, 2030\n"
        "For information, the quota allocations in tonnes utilised by each importer in 2029 and 2030 were:\n"
        "Sweetland Limited 2,400 2,150\n"
        "Canecorp Limited 600 0\n"
    )
    assert _quotas(text) == []


def test_exceeding_the_in_quota_volume_tags_no_tier():
    text = (
        "Ministerial Order 71/2031: tariff quota for butter\n"
        "A tariff quota of 2 000 tonnes of butter of heading 0405.10 is opened for 2032 at a rate of 8 %. Imports "
        "beyond the in-quota quantity shall pay the rate of 30 %.\n"
    )
    assert (30, "percent", "in-quota") not in rates(text)


def test_an_in_quota_rate_keeps_its_tier():
    text = (
        "Sugar of subheading 1701.14 entered within the quota pays the in-quota rate of 6 %; others the rate of 35 %.\n"
    )
    assert (6, "percent", "in-quota") in rates(text)


def test_an_administrative_preliminary_fee_is_no_duty():
    text = (
        "Customs Notice 44/2031: fees for advance rulings\n"
        "From 1 October 2031 the provisional fee of 3% of the customs value, payable by the applicant for an advance "
        "ruling, is replaced by a flat charge of CAD 200.\n"
    )
    assert rates(text) == []


def test_a_remedy_s_preliminary_fee_is_a_duty():
    text = (
        "The Mexican government concluded the countervailing investigation on steel wire.\n\n"
        "The definitive fee on steel wire is 22.5 percent, up from the preliminary fee.\n"
    )
    assert 22.5 in [value for value, _, _ in rates(text)]
