"""Measure types, round 6 of issue 15: a duty's own scope is no exclusion nor preference, a carve-out from a duty an
earlier numbered instrument imposed is an exclusion, codes being removed change the nomenclature, Malaysia's
'duti pelindung' is a safeguard, India's 'exempts … from so much of the duty of customs' is a duty suspension, and a
notice's 'new suspensions' are duty suspensions. Every passage is written for these tests (other goods, numbers
and instruments than any eval set)."""

from nlp.pipeline import analyse


def measures(text: str, jurisdiction: str | None = None) -> set[str]:
    return {m.type for m in analyse(text, jurisdiction=jurisdiction)._.measures}


PROCLAMATION = (
    "Adjusting Imports of Garden Tractors Into the United States\n\n"
    "NOW, THEREFORE, I, the President of the United States of America, do hereby proclaim as follows:\n\n"
    "(1) All imports of garden tractors shall be subject to a 15 percent ad valorem duty rate, effective with "
    "respect to goods entered for consumption on or after 12:01 a.m. eastern daylight time on March 9, 2028.\n\n"
)


def test_an_exception_to_the_duty_the_act_imposes_is_its_scope_not_an_exclusion():
    text = PROCLAMATION + (
        "(2) The duty imposed under clause (1) of this proclamation shall not apply to garden tractors "
        "assembled before January 1, 2020.\n\n(3) The tariffs imposed in this proclamation shall not apply to "
        "articles admitted under heading 9802.00.60.\n"
    )
    assert measures(text, "US") == {"duty_rate_change"}


def test_goods_qualifying_for_fta_treatment_are_a_condition_of_the_duty_not_a_preference():
    text = PROCLAMATION + (
        "(2) Parts of garden tractors that qualify for preferential tariff treatment under the USMCA shall not be "
        "subject to the duty described in clause (1).\n\n(3) Complete kits shall remain subject to the duty "
        "imposed under this proclamation regardless of USMCA preferential treatment qualification.\n"
    )
    assert measures(text, "US") == {"duty_rate_change"}


def test_a_carve_out_from_a_duty_an_earlier_order_imposed_is_an_exclusion():
    text = (
        "Modifying the Reach of the Duties on Widgets\n\nSection 1. Background. I have determined that certain "
        "dried fruits will not be subject to the additional ad valorem rate of duty imposed under Executive Order "
        "14999. An updated Annex to Executive Order 14999 is attached to this order.\n"
    )
    assert measures(text, "US") == {"exclusion"}


def test_commodity_codes_being_removed_change_the_nomenclature():
    assert measures(
        "Notice of removal of commodity codes\n\nThe codes listed below will close on 3 May 2029.", "UK"
    ) == {"nomenclature_change"}
    text = "Traders should stop declaring the commodity codes below, which are being removed from the tariff:\n"
    assert measures(text, "UK") == {"nomenclature_change"}


def test_a_malaysian_safeguard_duty_order():
    text = (
        "PERINTAH KASTAM (DUTI PELINDUNG SEMENTARA) 2031\n\n2. (1) Duti pelindung sementara hendaklah dilevi "
        "terhadap barang-barang yang dinyatakan dalam ruang (2) Jadual pada kadar yang dinyatakan dalam ruang (3).\n"
    )
    assert measures(text, "MY") == {"safeguard"}


def test_an_indian_exemption_from_so_much_of_the_duty_suspends_it():
    text = (
        "In exercise of the powers conferred by sub-section (1) of section 25 of the Customs Act, 1962, the Central "
        "Government hereby exempts the goods specified in column (3) of the Table below, when imported into India, "
        "from so much of the duty of customs leviable thereon as is in excess of the rate specified in column (4) "
        "of the said Table.\n"
    )
    assert measures(text, "IN") == {"duty_suspension"}


def test_new_suspensions_in_a_tariff_notice():
    text = "Tariff notice\n\nNew suspensions come into force on 1 July 2030 for the commodity codes listed below.\n"
    assert measures(text, "UK") == {"duty_suspension"}


def test_suspending_the_application_of_concessions_is_retaliation():
    text = (
        "The Union shall suspend the application of concessions by imposing additional duties on the goods "
        "originating in Ruritania listed in the Annex."
    )
    assert measures(text, "EU") == {"retaliation"}


def test_increasing_the_duty_on_goods_changes_a_rate():
    text = (
        "In exercise of the powers conferred by section 8A of the Customs Tariff Act, 1975, the Central Government "
        "hereby increases the duty on walnuts by 15 per cent."
    )
    assert measures(text, "IN") == {"duty_rate_change"}


def test_goods_entering_free_of_duty_under_a_free_trade_agreement_are_a_preference():
    text = "Goods originating in Peru shall enter free of duty under the Canada-Peru Free Trade Agreement from 1 July 2031."
    assert measures(text, "CA") == {"preference"}
    text = "Bananas originating in Ghana shall be admitted free of customs duties under the Economic Partnership Agreement."
    assert measures(text, "EU") == {"preference"}


def test_a_panel_review_under_a_free_trade_agreement_is_no_preference():
    text = (
        "Notice of the final results of the administrative review of the antidumping duty order on steel pipe from "
        "Mexico. The respondent filed a request for panel review under the North American Free Trade Agreement."
    )
    assert measures(text, "US") == {"anti_dumping"}


def test_a_duty_of_a_percentage_is_a_rate_change():
    assert measures("All other imports from Ruritania shall be subject to a duty of 30 percent.", "US") == {
        "duty_rate_change"
    }
