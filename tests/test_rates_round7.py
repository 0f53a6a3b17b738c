"""Rates and quota volumes, round 7 of issue 15, on passages written for these tests: round rates in words ('zero
percent', 'cero por ciento'), duty words of other languages ('gravamen arancelario', 'bea masuk'), the tiers of a
specific duty whose conditions are percentages ('less than 12 percent:  $45 per item'), 'Free' as a schedule row's
rate and 'free of duty' as one end of a change, a company's figure with its TARIC additional code, recitals narrating
an earlier act (its list's lead-in names it) or a court's injunction, a product's content that is no rate, specific
rates in cents, and quota volumes in megawatts, in Russian and in Chinese ('720万吨')."""

from tests.test_rates_quotas import quotas, rates


def values(text: str, **kwargs) -> list[tuple]:
    return sorted((value, unit) for value, unit, *_ in rates(text, **kwargs))


def test_round_rates_written_in_words():
    assert values("The additional rate of duty on such articles pursuant to this order shall be zero percent.") == [
        (0, "percent")
    ]
    assert values("The surtax on those goods shall be twenty-five per cent of their value for duty.") == [
        (25, "percent")
    ]
    assert values("Se establece un gravamen arancelario del cero por ciento (0%) para los insumos listados.") == [
        (0, "percent")
    ]


def test_tier_conditions_are_no_rates():
    text = (
        "(c) A specific duty shall be assessed on each parcel, based on the tariff rate applicable to the country of"
        " origin as follows:\n\n"
        "(i) Countries with a tariff rate of less than 12\npercent:  $45 per item;\n\n"
        "(ii) Countries with a tariff rate between 12 and 30\npercent (inclusive):  $90 per item; and\n\n"
        "(iii) Countries with a tariff rate above 30 percent:  $150\nper item.\n"
    )
    assert values(text) == [(45, "USD/item"), (90, "USD/item"), (150, "USD/item")]


def test_free_in_a_schedule_row_and_free_of_duty_in_a_change():
    text = (
        "2. Rate of duty reductions under the Agreement take effect on 1 March 2027 for the following tariff items:\n\n"
        "8903.12.00.00 MFN, GPT: 6.5%\n8903.21.00.00 MFN, GPT: Free\n8903.22.00.00 MFN, GPT: 4%\n"
    )
    assert values(text) == [(0, "percent"), (4, "percent"), (6.5, "percent")]
    text = "Amendment to Schedule No. 1 to reduce the rate of customs duty on drill bits from 15% to free of duty."
    assert values(text) == [(0, "percent"), (15, "percent")]


def test_free_in_running_text_is_no_rate():
    assert values("Free samples were handed out at the customs office.\nGoods travel free of charge.") == []


def test_a_company_figure_with_its_additional_code_in_a_table_one_cell_a_paragraph():
    text = (
        "Der Zollsatz des endgültigen Antidumpingzolls beträgt:\n\n"
        "Land\n\nUnternehmen\n\nZollsatz (%)\n\nTARIC-Zusatzcode\n\n"
        "Ruritanien Tube Works North und Tube Works South 21,6 A801\n\n"
        "Eastern Pipe Mill, Western Pipe Mill\n\nund Southern Pipe Mill\n\n"
        "27,9 A802\n\n"
        "Northern Rolling Plant (NRP) 7,3 % A803\n\n"
        "Alle übrigen Unternehmen 33,1 A999\n"
    )
    assert values(text) == [(7.3, "percent"), (21.6, "percent"), (27.9, "percent"), (33.1, "percent")]


def test_recitals_narrating_an_earlier_act_or_a_court_give_no_rates():
    text = (
        "BY THE PRESIDENT OF THE UNITED STATES OF AMERICA\n\nA PROCLAMATION\n\n"
        "1.  Proclamation 9990 also:\n"
        "     (a)  revoked the exclusion of mesh panels from the safeguard measure; and\n"
        "     (b)  adjusted the safeguard tariff for the third year from 12 percent to 16 percent on the basis"
        " that the exclusion had impaired the measure.\n\n"
        "2.  A court enjoined that proclamation.  This injunction had the effect of lowering the third year"
        " safeguard tariff to 12 percent.\n\n"
        "NOW, THEREFORE, I do hereby proclaim:\n\n(1)  The safeguard measure is extended as set out in Annex I.\n"
    )
    assert values(text) == []


def test_a_product_content_is_no_rate():
    text = (
        "Terhadap impor produk baja paduan dengan kandungan Boron 0,0007% - 0,002%, dikenakan Bea Masuk Antidumping"
        " sebesar 12,5%."
    )
    assert values(text) == [(12.5, "percent")]


MESSAGE = (
    "Cargo Systems Messaging Service\nCSMS # 61234567 - GUIDANCE: {title}\n"
    "The purpose of this message is to provide guidance on the changes described below.\n"
    "BACKGROUND\n"
    "On March 2, 2026, the Trade Representative announced tariff changes for imports from Ruritania of certain"
    " valves. The rates on certain valves will increase to 35 percent, and the rates on certain pumps will increase"
    " to 45 percent. These increases take effect on April 1, 2026.\n"
)


def test_a_message_changing_rates_states_them_in_its_background():
    text = MESSAGE.format(title="Section 301 Review Increasing Additional Tariffs on Certain Valves and Pumps")
    assert values(text) == [(35, "percent"), (45, "percent")]


def test_a_message_about_other_things_restates_the_rates_of_the_acts_it_cites():
    text = MESSAGE.format(title="Section 301 Valve and Pump Inclusion Products")
    assert values(text) == []


def test_specific_rates_in_cents_are_the_cents_of_the_act_s_country():
    text = "to reduce the rate of customs duty on maize from 312,40c/kg to 287.15c/kg in terms of the tariff formula"
    assert values(text, jurisdiction="ZA") == [(287.15, "ZAc/kg"), (312.4, "ZAc/kg")]
    assert values("The column 1 rate of duty on such goods shall be 2.8¢/kg.") == [(2.8, "USc/kg")]
    assert values("The anti-dumping duty is 5 €/kg of net weight.") == [(5, "EUR/kg")]


def test_quota_volumes_in_megawatts_and_in_russian():
    assert quotas("A tariff-rate quota of 1,200 MW of solar modules applies in each year.") == [
        (1200, "MW", None, None)
    ]
    assert quotas("Установить тарифную квоту в размере 25 000 тонн мяса птицы.") == [(25000, "tonnes", None, None)]
    assert quotas("The plant has a capacity of 1,200 MW.") == []


def test_amounts_whose_unit_the_duty_s_name_gives_before_them():
    text = (
        "(b)  increase the per postal item containing goods duty in section\n2(c)(ii) of Executive Order 14999 that is"
        " in effect on or after 12:01\na.m. eastern daylight time on May 2, 2026, from 30 dollars to 90 dollars; and\n"
        "(c)  the importer shall pay a processing fee of 50 dollars.\n"
    )
    assert values(text) == [(30, "USD/postal item"), (90, "USD/postal item")]
    assert values("The duty per tonne of imports was assessed; the importer paid $5,000 in fees.") == []


def test_chinese_quota_volumes_glued_to_their_words_with_their_scale():
    assert quotas("2027年玉米进口关税配额量为720万吨,其中国营贸易比例60%。") == [(7200000, "tonnes", None, None)]
    assert quotas("本公司年产钢材500万吨。") == []
