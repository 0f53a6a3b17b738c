"""What the summary says the document does: the title's own action ('Rescission of … Review',
'amending Regulation … imposing …') outranks a verb near the measure's words, the customs entry formula
('withdrawn from warehouse') is no removal, and a title line is not repeated as the operative sentence.
Passages written for these tests."""

from nlp.pipeline import analyse

REGISTER_NOTICE = (
    "DEPARTMENT OF COMMERCE\nInternational Trade Administration\n[A-588-999]\n"
    "Cold-Drawn Mechanical Tubing From Norway: {action} of Antidumping Duty Administrative Review; 2029-2030\n\n"
    "AGENCY: International Trade Administration, Commerce.\n"
    "SUMMARY: The Department of Commerce (Commerce) {body} cold-drawn mechanical tubing from Norway for the "
    "period of review.\nDATES: Applicable March 3, 2031.\n"
)


def summary_of(text: str, jurisdiction: str) -> str:
    return analyse(text, jurisdiction=jurisdiction)._.summary


def test_final_results_of_a_review_complete_the_review():
    text = REGISTER_NOTICE.format(action="Final Results", body="determines the dumping margins of")
    assert summary_of(text, "US") == (
        "The US Department of Commerce completes a review of an anti-dumping duty on cold-drawn mechanical "
        "tubing from Norway from 3 March 2031. The Department of Commerce (Commerce) determines the dumping "
        "margins of cold-drawn mechanical tubing from Norway for the period of review."
    )


def test_a_rescinded_review_is_not_a_review_nor_a_rescinded_duty():
    text = REGISTER_NOTICE.format(action="Rescission", body="is rescinding the review of")
    assert summary_of(text, "US").startswith(
        "The US Department of Commerce rescinds a review of an anti-dumping duty on cold-drawn mechanical tubing"
    )


def test_an_act_amending_an_earlier_act_amends_what_that_act_imposed():
    text = (
        "COMMISSION IMPLEMENTING REGULATION (EU) 2031/12\nof 5 January 2031\namending Implementing Regulation "
        "(EU) 2029/88 imposing a definitive anti-dumping duty on imports of ceramic tiles originating in Egypt\n\n"
        "THE EUROPEAN COMMISSION,\nWhereas:\n(1) The Commission imposed the duty in 2029.\n"
        "HAS ADOPTED THIS REGULATION:\nArticle 1\nIn Article 1 of Implementing Regulation (EU) 2029/88, the "
        "company Tilex SAE is added to the list of companies with an individual duty of 12,5 %.\n"
    )
    assert summary_of(text, "EU").startswith("The European Commission amends an anti-dumping duty of 12.5%")


def test_goods_withdrawn_from_warehouse_are_entered_not_removed():
    text = (
        "CSMS # 70000001 - Section 232 duties on copper articles\n\nEffective for goods entered for consumption, "
        "or withdrawn from warehouse for consumption, on or after 12:01 a.m. eastern daylight time on August 1, "
        "2031, the additional duty on copper articles of Chile is increased to 50 percent ad valorem.\n"
    )
    lead = summary_of(text, "US").split(". Effective")[0]
    assert (
        lead
        == "US Customs and Border Protection raises a Section 232 duty of 50% on imports from Chile from 1 August 2031"
    )


def test_a_title_line_is_not_repeated_as_the_operative_sentence():
    text = (
        "88 FR 10001 - Steel Racks From Vietnam: Final Results of Antidumping Duty Administrative Review; "
        "2029-2030\n\nSteel Racks From Vietnam: Final Results of Antidumping Duty Administrative Review; "
        "2029-2030\n"
    )
    assert summary_of(text, "US") == ("The US completes a review of an anti-dumping duty on steel racks from Vietnam.")
