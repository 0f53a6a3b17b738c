"""EU documents by class (round 26 second pass, final29 4013-4021: anti-dumping acts, a steel safeguard amendment, a
GSP beneficiary-list act, the CDSOA retaliation and its annual adjustment, a five-year suspension of countermeasures).
Each class has a passage in the final29 document's own kind, one in another wording or jurisdiction, and a near miss
that must not give the fact. Every passage is written for these tests."""

from tests.fact_readers import affected, dates, jurisdiction, measures, rates

# --- the implementing jurisdiction of an act whose cited titles repeat 'World Trade Organization' -----------------------

CITED_WTO_TITLES = (
    "Commission Implementing Regulation (EU) 2031/88 of 3 March 2031 suspending commercial policy measures concerning "
    "certain products from Ruritania following the adjudication of a trade dispute under the Dispute Settlement "
    "Understanding of the World Trade Organization\n\n"
    "4.3.2031 | EN | Official Journal of the European Union | L 61/12\n\nTHE EUROPEAN COMMISSION,\n\n"
    "Having regard to Regulation (EU) No 654/2014 concerning the exercise of the Union's rights under the auspices of "
    "the World Trade Organization,\n\nWhereas:\n\n(1) Implementing Regulation (EU) 2030/17 imposed duties following "
    "the adjudication of a trade dispute under the Dispute Settlement Understanding of the World Trade Organization.\n"
    "(2) Implementing Regulation (EU) 2030/912 suspended them following an understanding reached under the World "
    "Trade Organization.\n(3) The World Trade Organization authorised the Union on 2 May 2030.\n(4) Ruritania "
    "suspended its own measures in the World Trade Organization dispute.\n(5) The World Trade Organization ruling "
    "stands.\n(6) Both parties informed the World Trade Organization.\n\nHAS ADOPTED THIS REGULATION:\n"
)


def test_an_act_citing_wto_titles_is_its_journals_act():
    """Class: an act whose cited titles name the World Trade Organization more often than its own phrases name its
    jurisdiction, circulated by no WTO Member (final29 4017): the act of the jurisdiction whose phrases come next
    (the OJ masthead, 'THE EUROPEAN COMMISSION'), not nobody's."""
    assert jurisdiction(CITED_WTO_TITLES) == ["EU"]


def test_a_national_act_citing_the_wto_in_another_wording():
    """Same class, another jurisdiction: a Canadian order whose recitals cite the WTO dispute again and again."""
    text = (
        "Canada Gazette, Part II\nRegistration SOR/2031-55\nOrder Imposing a Surtax on Certain Goods\n"
        "Her Excellency the Governor General in Council, on the recommendation of the Minister of Finance, makes the "
        "annexed Order. The World Trade Organization authorised the measure; the World Trade Organization panel found "
        "the subsidy inconsistent; the World Trade Organization Dispute Settlement Body adopted the report; the "
        "World Trade Organization arbitrator set the level; the World Trade Organization was informed.\n"
    )
    assert jurisdiction(text) == ["CA"]


def test_a_wto_secretariat_document_stays_nobodys_act():
    """Near miss: a WTO committee's own document (no Member circulates it, no other jurisdiction's phrase) is no
    Member's act: nothing."""
    text = (
        "WORLD TRADE ORGANIZATION\nCommittee on Safeguards\nNOTIFICATIONS RECEIVED\nNote by the Secretariat\n"
        "The World Trade Organization lists below the notifications received in the period under review.\n"
    )
    assert jurisdiction(text) == []


# --- countries removed from (or added to) a beneficiary list set out one row each, code beside name -------------------

GSP_ROWS = (
    "Article 1\n\nRegulation (EU) No 978/2012 is amended as follows.\n\n"
    "(1) In Annex II, the following countries and the corresponding alphabetical codes are removed from columns A and "
    "B, respectively:\n\nBO | Bolivia\nLK | Sri Lanka\nVU | Vanuatu\n\n"
    "Article 2\n\nThis Regulation shall enter into force on 1 January 2032.\n"
)


def test_a_beneficiary_list_set_out_by_rows_names_each_country():
    """Class: an EU GSP act removing countries from an annex, the countries one row each as 'code | name' under the
    acting lead-in (final29 4015): every row's country is affected, not only the first."""
    assert set(affected(GSP_ROWS)) >= {"BO", "LK", "VU"}


def test_a_beneficiary_list_by_rows_in_another_wording():
    """Same class, another wording: a preference order's schedule of added beneficiaries, name then code."""
    text = (
        "2. The Schedule to the Order is amended by adding, in alphabetical order, the following beneficiary "
        "countries:\n\nGhana | GH\nKenya | KE\nSenegal | SN\n"
    )
    assert set(affected(text)) >= {"GH", "KE", "SN"}


def test_rows_of_a_statistics_table_under_no_lead_in_are_not_listed():
    """Near miss: a recital's rows of import sources separated from any lead-in by a paragraph are no list the act
    acts on."""
    text = (
        "(4) Imports came mainly from the following sources in the investigation period.\n\n"
        "Norway | 12 400 tonnes\nIceland | 3 100 tonnes\n\nHAS ADOPTED THIS REGULATION:\n"
    )
    assert "IS" not in affected(text)


# --- WTO-authorised suspension of concessions: retaliation; the CDSOA's duties are the other member's ----------------

CDSOA_ARTICLES = (
    "Article 1\n\nThe tariff concessions and related obligations under GATT 1994 of the Union shall be suspended in "
    "respect of products originating in Ruritania listed in Annex I.\n\n"
    "Article 3\n\n1. The Commission shall adjust the level of suspension annually. (a) the level of nullification or "
    "impairment shall be equal to 60 % of the disbursements under the Ruritanian offset law relating to anti-dumping "
    "and countervailing duties paid on imports from the Union.\n"
)


def test_concessions_suspended_in_the_passive_retaliate():
    """Class: 'the tariff concessions ... shall be suspended' (final29 4021) suspends concessions as 'suspension of
    concessions' does: retaliation; the anti-dumping and countervailing duties whose disbursement sets the level of
    nullification or impairment are the other member's, no measure of the act."""
    found = measures(CDSOA_ARTICLES)
    assert "retaliation" in found
    assert "anti_dumping" not in found and "countervailing" not in found


def test_obligations_suspended_in_another_wording():
    """Same class, another wording and jurisdiction: a national order suspending concessions and other obligations
    towards a partner, named under the Continued Dumping and Subsidy Offset Act."""
    text = (
        "1. Concessions and other obligations under the General Agreement on Tariffs and Trade are hereby suspended "
        "with respect to goods of Ruritania listed in the Schedule, as the Continued Dumping and Subsidy Offset Act "
        "distributes anti-dumping duties to domestic producers.\n"
    )
    found = measures(text)
    assert "retaliation" in found and "anti_dumping" not in found


def test_a_suspended_anti_dumping_duty_is_no_retaliation():
    """Near miss: an anti-dumping duty suspended for nine months suspends no concession."""
    text = (
        "Article 1\n\nThe definitive anti-dumping duty imposed by Implementing Regulation (EU) 2031/40 on imports of "
        "widgets originating in Ruritania shall be suspended for a period of nine months.\n"
    )
    assert "retaliation" not in measures(text)


# --- a parallel countervailing duty named only as a condition or a deduction ------------------------------------------

PARALLEL_CVD = (
    "Article 1\n\n1. A definitive anti-dumping duty is imposed on imports of widgets originating in Ruritania.\n"
    "2. The rates shall be as follows:\nCompany | Duty | TARIC additional code\nAlpha Ltd | 10,0 % | C101\n"
    "Other companies cooperating in both anti-subsidy and anti-dumping investigation listed in Annex I | 12,0 % | "
    "See Annex I\nOther companies cooperating in the anti-dumping investigation but not in the anti-subsidy "
    "investigation | 12,0 % | See Annex I\n"
    "3. Should the definitive countervailing duties imposed by Implementing Regulation (EU) 2031/77 be modified or "
    "removed, the duties specified in paragraph 2 shall be increased by the same proportion.\n"
)


def test_a_parallel_countervailing_duty_named_as_a_condition_is_no_measure():
    """Class: an anti-dumping act beside a parallel anti-subsidy case (final29 4020) names the countervailing duty as a
    condition ('Should ... be modified or removed'), a deduction, and in its cooperation rows: anti-dumping only."""
    assert measures(PARALLEL_CVD) == ["anti_dumping"]


def test_a_deducted_countervailing_duty_in_another_wording():
    """Same class, another wording: the countervailing duty 'has been deducted from' the anti-dumping duty."""
    text = (
        "Article 1\n\nA definitive anti-dumping duty is imposed on imports of widgets originating in Ruritania. Where "
        "the countervailing duty has been deducted from the anti-dumping duty, refund requests shall also trigger a "
        "review of the dumping margin.\n"
    )
    assert "countervailing" not in measures(text)


def test_a_countervailing_duty_the_act_imposes_stays():
    """Near miss: an act that imposes the countervailing duty itself acts on it."""
    text = (
        "Article 1\n\nA definitive countervailing duty is imposed on imports of widgets originating in Ruritania. "
        "Should the rates change, the Commission shall publish a notice.\n"
    )
    assert "countervailing" in measures(text)


# --- a measure applying again after its suspension; a delegated power's period -----------------------------------------


def test_duties_that_apply_again_after_a_suspension_are_no_start():
    """Class: 'the duties ... shall again apply with effect from and including <date>' after a five-year suspension
    (final29 4017): the day after the suspension ends, typed other; the suspension's own period stays."""
    text = (
        "Article 1\n\nThe application of Implementing Regulation (EU) 2030/17 is hereby suspended for a period of five "
        "years from 1 April 2031. Accordingly, the duties provided for in Implementing Regulation (EU) 2030/17 shall "
        "again apply with effect from and including 1 April 2036.\n"
    )
    found = dates(text)
    assert ("application_start", "2036-04-01") not in found
    assert ("application_start", "2031-04-01") in found


def test_duties_that_resume_in_another_wording():
    """Same class, another wording and jurisdiction: a surtax suspended for a year that 'shall apply again from' a
    date, or 'will resume on' one."""
    text = (
        "The surtax on goods of Ruritania is suspended for one year. The surtax shall apply again from 1 March 2033.\n"
    )
    assert ("application_start", "2033-03-01") not in dates(text)
    resumed = "The surtax on goods of Ruritania is paused for one year. The surtax will resume on 1 March 2033.\n"
    assert ("other", "2033-03-01") in dates(resumed)


def test_duties_that_apply_from_a_date_stay_a_start():
    """Near miss: a duty that 'shall apply from' a date (no 'again') is still the start of what the act does."""
    text = "Article 2\n\nThe additional duties shall apply from 1 April 2036 until 31 March 2037.\n"
    assert ("application_start", "2036-04-01") in dates(text)


def test_a_delegated_powers_period_is_no_application_period():
    """Class: 'The power to adopt delegated acts ... shall be conferred on the Commission for a period of five years
    from <date>' (final29 4021): the Commission's power, not the measure's period."""
    text = (
        "Article 4\n\n2. The power to adopt delegated acts referred to in Article 3(3) shall be conferred on the "
        "Commission for a period of five years from 20 February 2031.\n"
    )
    found = dates(text)
    assert not any(kind in ("application_start", "application_end") for kind, _ in found)


def test_a_delegation_of_power_in_another_wording():
    """Same class, another wording (French): 'Le pouvoir d'adopter des actes délégués ... pour une période de cinq
    ans à compter du'."""
    text = (
        "Article 4\n\n2. Le pouvoir d'adopter des actes délégués visé à l'article 3 est conféré à la Commission pour "
        "une période de cinq ans à compter du 20 février 2031.\n"
    )
    found = dates(text)
    assert not any(kind in ("application_start", "application_end") for kind, _ in found)


def test_a_measures_five_year_period_stays_a_period():
    """Near miss: the measure itself imposed for five years from a date keeps its start."""
    text = "Article 1\n\nThe safeguard measure shall apply for a period of five years from 20 February 2031.\n"
    assert ("application_start", "2031-02-20") in dates(text)


# --- a percentage of an amount disbursed is a level's formula, not a duty rate -----------------------------------------


def test_a_share_of_disbursements_is_no_rate():
    """Class: 'the level of nullification or impairment shall be equal to 72 % of the amount of disbursements' (final29
    4021) computes the level of suspension: no rate; the additional duty beside it is one."""
    text = (
        "Article 2\n\nAn ad valorem duty of 3 % additional to the customs duty shall be imposed on the products "
        "originating in Ruritania listed in Annex I.\n\nArticle 3\n\n(a) the level of nullification or impairment "
        "shall be equal to 72 % of the amount of disbursements relating to the duties paid on imports from the Union.\n"
    )
    found = [value for value, unit, _ in rates(text) if unit == "percent"]
    assert 3.0 in found and 72.0 not in found


def test_a_share_of_distributions_in_another_wording():
    """Same class, another wording and jurisdiction: a surtax level set at a share of the total amount of
    distributions under the partner's offset law."""
    text = (
        "2. The surtax rate shall be adjusted so that the surtax collected corresponds to 40 per cent of the amount "
        "of distributions made under the Ruritanian offset law in the preceding year.\n"
    )
    assert 40.0 not in [value for value, unit, _ in rates(text) if unit == "percent"]
