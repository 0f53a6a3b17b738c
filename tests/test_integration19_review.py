"""Round 19 review: passages of other documents on which a rule of this round fired, each written for this test and
pinning the right outcome after the rule was narrowed. Classes: a bare 'section 338' of another country's statute is
no legal basis for retaliation (only the Tariff Act's is)."""

from tests.fact_readers import measures


def test_section_338_of_another_countrys_act_is_no_retaliation():
    """Class: legal basis cue. 'section 338' of New Zealand's Customs and Excise Act is not the US Tariff Act's."""
    text = (
        "Customs Notice 31/07: Goods in transit\n\n"
        "Under section 338 of the Customs and Excise Act 2018, the chief executive may require the owner of goods "
        "in transit to provide information. This notice sets out how importers of goods from China must provide it "
        "from 1 July 2031.\n"
    )
    assert "retaliation" not in measures(text)
