"""Measure types, round 5 of issue 15: a Canadian SIMA notice's 'determinations of dumping and subsidizing', a
customs duty 'suspended' in the singular, 'excluded from' something other than a measure, an exemption from
border health-document controls withdrawn, a Canadian order replacing the Description of Goods of tariff items,
a sunset review's 'continuation or recurrence of dumping', and a report's dated news lead. Every passage is
written for these tests, with other goods, countries and numbers than any eval set."""

from nlp.pipeline import analyse


def measures(text: str) -> set[str]:
    return {m.type for m in analyse(text)._.measures}


def test_preliminary_determinations_of_dumping_and_subsidizing():
    text = (
        "CANADA BORDER SERVICES AGENCY\n\nSPECIAL IMPORT MEASURES ACT\n\n"
        "On March 4, 2031, pursuant to subsection 38(1) of the Special Import Measures Act, the Agency made "
        "preliminary determinations of dumping and subsidizing concerning certain steel grating originating in "
        "or exported from Vietnam.\n"
    )
    assert measures(text) == {"anti_dumping", "countervailing"}


def test_a_customs_duty_suspended_in_the_singular():
    text = (
        "Customs (Duty Suspension) (Water Pumps) Regulations, 2031\n\n"
        "1. These Regulations may be cited as the Customs (Water Pumps) Regulations, 2031.\n\n"
        "2. Suspension of customs duty\n\n"
        "The customs duty on the pumps specified in the Schedule is suspended until 31st March, 2032.\n"
    )
    assert measures(text) == {"duty_suspension"}


def test_information_excluded_from_published_instructions_is_no_exclusion():
    text = (
        "Goods subject to anti-dumping duties\n\n"
        "The Ministry imposes anti-dumping duties on galvanised wire from Peru. Customs guidance may leave out "
        "commercial details, which are excluded from the published guidance.\n"
    )
    assert measures(text) == {"anti_dumping"}


def test_goods_excluded_from_the_additional_duties():
    text = (
        "NOTICE\n\nThe Minister hereby imposes additional duties on aluminium foil from Thailand. Foil for "
        "pharmaceutical packaging is excluded from the additional duties.\n"
    )
    assert measures(text) == {"duty_rate_change", "exclusion"}


def test_an_exemption_from_border_health_document_controls_withdrawn():
    text = (
        "Border controls update\n\n"
        "From 1 June, Norway will no longer be exempt from CHED-P controls on imports of fishery products.\n"
    )
    assert measures(text) == {"sps_tbt", "exclusion"}


def test_a_canadian_order_replacing_the_description_of_goods_of_tariff_items():
    text = (
        "Order Amending the Schedule to the Customs Tariff, 2031-2\n\n"
        "1 The Description of Goods of tariff item No. 0811.90.30 is replaced by the following:\n"
        "---- Frozen blueberries, not containing added sugar\n"
    )
    assert measures(text) == {"nomenclature_change"}


def test_a_sunset_review_continuing_an_order_for_recurrence_of_dumping():
    text = (
        "DEPARTMENT OF COMMERCE\n\nContinuation of the Order\n\n"
        "As a result of the determinations that revocation of the Order would likely lead to a continuation or "
        "recurrence of dumping and of material injury, Commerce hereby orders the continuation of the Order on "
        "steel nails from Oman.\n"
    )
    assert measures(text) == {"anti_dumping"}


def test_a_reports_dated_news_lead_acts():
    text = (
        "On 4 March 2031, the Board announced an amendment to Schedule No. 2, in order to impose anti-dumping "
        "duties on float glass originating in Vietnam.\n"
    )
    assert measures(text) == {"anti_dumping"}


def test_a_dated_account_after_the_lead_is_background():
    text = (
        "Notice to importers.\n\nThe rates of this notice apply to float glass from every origin.\n\n"
        "On 4 March 2029, the Board announced anti-dumping duties on float glass originating in Vietnam.\n"
    )
    assert measures(text) == set()


def test_a_first_sentence_recounting_the_authors_own_earlier_act_is_background():
    text = (
        "NOTICE TO IMPORTERS\n\nContact points\n\n"
        "On 2 June 2031, we imposed anti-dumping duties on softwood lumber originating in Ruritania.\n"
    )
    assert measures(text) == set()


def test_an_exclusions_process_removed():
    text = (
        "DEPARTMENT OF COMMERCE\n\nInterim final rule.\n\n"
        "This rule removes the copper exclusions process set up under the 2031 proclamation on copper imports.\n"
    )
    assert measures(text) == {"exclusion"}


def test_filers_may_claim_the_exclusion():
    text = (
        "CSMS # 61002233 - Filing update\n\n"
        "Importers are now able to file entries with the chapter 99 number that applies and claim the exclusion "
        "for the two listed subheadings, effective May 2, 2031.\n"
    )
    assert measures(text) == {"exclusion"}
