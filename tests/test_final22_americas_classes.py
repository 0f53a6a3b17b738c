"""Canadian surtax and remission orders, a New Zealand concession notice, a WTO reply and American and Australian
relays, by class (round 19 second pass, final22 3225-3232): 'medical countermeasures' are goods, not retaliation; a
surtax made under a statute that also serves retaliation (Customs Tariff s. 53) but aimed at no country is a duty
rate change; a Member's communication in response to another Member's notification acts on nothing; an authority that
will recommend whether goods should be exempted from a measure runs an exemption inquiry; a value's annual indexation
gives no application period; a concession schedule printed one cell per line keeps its month/year start; a reading
time line and a lower-case date line are page furniture, not titles; Australia's commission as a trade paper spells it
and a headline's present tense name Australia; a percentage of what goods contain is no duty rate. Two guards (trade
countermeasures, a s. 53 surtax on one country's goods) pin what stays retaliation. Every passage is written for
these tests."""

from tests.fact_readers import affected, dates, jurisdiction, measures, rates, title


def test_medical_countermeasures_are_goods_not_retaliation():
    text = (
        "Widget Parts Surtax Remission Order\n\n"
        "1 Remission is granted of surtaxes paid or payable under the Widget Parts Surtax Order in respect of goods"
        " imported for use by any of the following entities:\n\n"
        "- (a) a hospital;\n\n"
        "- (b) an organization that produces or stores medical countermeasures, including vaccines;\n\n"
        "2 This Order comes into force on the day on which it is registered.\n"
    )
    assert measures(text) == ["remission"]


def test_trade_countermeasures_stay_retaliation():
    text = "The Government imposes countermeasures on imports from the United States from 1 June 2031.\n"
    assert measures(text) == ["retaliation"]


ENABLING = (
    "Her Excellency the Governor General in Council, on the recommendation of the Minister of Finance, makes the"
    " annexed {title} under subsection 53(2) and paragraph 79(a) of the Customs Tariff.\n\n"
)


def test_a_section_53_surtax_aimed_at_no_country_is_a_duty_rate_change():
    text = (
        "Fastener Goods Surtax Order\n\n"
        + ENABLING.format(title="Fastener Goods Surtax Order")
        + "1 Subject to section 2, goods classified under a tariff item set out in the schedule are subject to a"
        " surtax in the amount of 25% of their value for duty.\n\n"
        "2 Section 1 does not apply to casual goods.\n\n"
        "3 This Order comes into force on March 3, 2031.\n"
    )
    assert measures(text) == ["duty_rate_change"]


def test_a_section_53_surtax_on_one_countrys_goods_stays_retaliation():
    text = (
        "United States Surtax Order (Fasteners 2031)\n\n"
        + ENABLING.format(title="United States Surtax Order (Fasteners 2031)")
        + "1 Goods that originate in the United States and are classified under a tariff item set out in the schedule are"
        " subject to a surtax in the amount of 25% of their value for duty.\n\n"
        "2 This Order comes into force on March 3, 2031.\n"
    )
    assert measures(text) == ["retaliation"]


def test_a_members_communication_in_response_to_another_members_notification_acts_on_nothing():
    text = (
        "COMMUNICATION FROM NEW ZEALAND IN RESPONSE TO JAPAN'S NOTIFICATION PROPOSING TO SUSPEND CONCESSIONS UNDER"
        " ARTICLE 8.2 OF THE AGREEMENT ON SAFEGUARDS\n\n"
        "The following communication, dated 3 May 2031, is being circulated at the request of the delegation of New"
        " Zealand.\n\n"
        "New Zealand has received Japan's notification regarding its proposed suspension of concessions with respect"
        " to New Zealand's dairy tariff rate quotas. These quotas are not safeguard measures.\n"
    )
    assert measures(text) == []
    assert affected(text) == []


def test_an_authority_that_will_recommend_whether_goods_should_be_exempted_runs_an_exemption_inquiry():
    text = (
        "The Anti-Dumping Commission will recommend to the Assistant Minister whether the specified pipe fittings"
        " should be exempted from the anti-dumping measures, the commission said on Monday.\n"
    )
    assert "exclusion" in measures(text)


def test_a_values_annual_indexation_gives_no_application_period():
    text = (
        "Remission\n\n"
        "2 Remission is granted of the anti-dumping duties paid on ceramic tiles above the reference value.\n\n"
        "3 The reference value is indexed annually, beginning on January 1, 2032, according to the price index for"
        " the 12-month period ending on June 30 of the immediately preceding calendar year.\n"
    )
    found = [kind for kind, _ in dates(text)]
    assert "application_start" not in found and "application_end" not in found


def test_a_concession_schedule_printed_one_cell_per_line_keeps_its_month_year_start():
    text = (
        "Tariff Concession Approvals Notice (No. 12) 2031\n\n"
        "I, acting pursuant to section 8 of the Tariff Act 1988, hereby approve in respect of the goods listed in the"
        " First Schedule the rates of duty specified in that Schedule with effect from the first day of the month so"
        " specified.\n\n"
        "FIRST SCHEDULE\n\nTariff Item\n\nTariff Concession\n\nNormal\n\nFrom\n\nTo\n\n"
        "8479.89.00\n\nTunnel boring machine cutter heads\n\nFree\n\n310999K\n\n03/31\n\n..\n"
    )
    assert ("application_start", "2031-03-01") in dates(text)


def test_a_reading_time_line_is_not_a_title():
    text = (
        "Tiempo de lectura aprox: 40 segundos\n"
        "La Secretaría de Economía publicó hoy en el DOF la resolución final del examen de vigencia de la cuota"
        " compensatoria impuesta a las importaciones de clavos originarias de Rusia.\n"
    )
    assert title(text) is None


def test_a_lower_case_date_line_over_a_headline_is_furniture():
    text = (
        " date 2031-02-14 \n"
        "Australia launches AD duty investigation on Ruritanian steel wire\n\n"
        "Australia’s Antidumping Commission has announced that it has initiated an investigation on imports of"
        " steel wire from Ruritania.\n"
    )
    assert title(text) == "Australia launches AD duty investigation on Ruritanian steel wire"


def test_australias_commission_spelt_in_one_word_names_australia():
    text = "Australia’s Antidumping Commission has initiated an investigation on imports of wire from Ruritania.\n"
    assert jurisdiction(text) == ["AU"]


def test_a_headline_in_the_present_tense_names_australia():
    text = "Australia initiates exemption inquiry into duties on steel pipes\n\nSubmissions close on 4 June.\n"
    assert jurisdiction(text) == ["AU"]


def test_a_percentage_of_what_goods_contain_is_no_duty_rate():
    text = (
        "Remission is granted of the surtax paid in respect of the goods listed below.\n\n"
        "| Item | Tariff Classification Number | Goods |\n| --- | --- | --- |\n"
        "| 1 | 7326.11.00 | Grinding balls of steel containing 0.8% carbon, forged |\n"
    )
    assert rates(text) == []
