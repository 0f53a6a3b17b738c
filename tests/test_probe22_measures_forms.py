"""Round 22 probe matrix for measure types, second wave (issue 15): the same vocabulary in more national forms. Classes
widened, each pinned here:
- a Spanish decree's enclitic ban ('Prohíbese la importación de …', 'se prohíbe la importación');
- a German sanctions article ('Es ist verboten, … einzuführen'): 'verboten' acts like 'prohibited';
- a French Canadian order's enacting formula ('Sur recommandation du ministre … en vertu de l'alinéa 53(2)a) du Tarif
  des douanes, Son Excellence … en conseil prend le décret ci-après'): its statute is the legal basis (s. 53:
  retaliation), as in the English version;
- a UK notice that 'has accepted the TRA's recommendation and the anti-dumping duty is varied' acts (the
  recommendation is accepted, not merely reported);
- a notice on extending exclusions ('Extension of Particular Exclusions', 'whether to extend 178 exclusions').
Near misses kept as guards (marked 'guard'). Every passage is written for these tests."""

from tests.fact_readers import measures


def test_a_spanish_decree_that_prohibits_imports_with_an_enclitic_verb():
    text = (
        "DECRETO 0412 DE 2031\n\n"
        "ARTÍCULO 1. Prohíbese la importación de motocicletas usadas clasificadas en la partida 87.11 del Arancel de "
        "Aduanas.\n"
    )
    assert measures(text) == ["prohibition"]


def test_a_german_sanctions_article_that_forbids_importing():
    text = (
        "VERORDNUNG (EU) 2031/1101 DES RATES\n"
        "zur Änderung der Verordnung (EU) Nr. 833/2014 über restriktive Maßnahmen angesichts der Handlungen "
        "Russlands, die die Lage in der Ukraine destabilisieren\n\n"
        "Artikel 1\nEs ist verboten, in Anhang XXI aufgeführte Kupfererzeugnisse mit Ursprung in Russland "
        "unmittelbar oder mittelbar zu kaufen, einzuführen oder zu verbringen.\n"
    )
    assert measures(text) == ["prohibition", "sanction"]


def test_a_french_canadian_surtax_order_made_under_section_53():
    text = (
        "DORS/2031-99\nDécret imposant une surtaxe sur les marchandises originaires des États-Unis (aluminium 2031)\n\n"
        "Sur recommandation du ministre des Finances et en vertu de l'alinéa 53(2)a) du Tarif des douanes, Son "
        "Excellence la Gouverneure générale en conseil prend le décret ci-après.\n"
        "2. Une surtaxe de 25 % est imposée sur les marchandises originaires des États-Unis.\n"
    )
    assert measures(text) == ["retaliation"]


def test_guard_a_french_canadian_remission_order():
    text = (
        "DORS/2031-101\nDécret de remise de la surtaxe sur l'aluminium (2031)\n\n"
        "Sur recommandation du ministre des Finances et en vertu de l'article 115 du Tarif des douanes, Son "
        "Excellence la Gouverneure générale en conseil prend le décret ci-après.\n"
        "2. Remise est accordée de la surtaxe payée ou à payer sur les marchandises d'aluminium.\n"
    )
    assert measures(text) == ["remission"]


def test_a_uk_notice_varying_a_duty_on_an_accepted_recommendation():
    text = (
        "Trade Remedies Notice 2031/03\n"
        "Anti-dumping duty on steel wire rod originating in the People's Republic of China\n\n"
        "The Secretary of State has accepted the TRA's recommendation and the anti-dumping duty is varied as set "
        "out in the table below, with effect from 1 May 2031.\n"
    )
    assert measures(text) == ["anti_dumping"]


def test_a_request_for_comments_on_extending_exclusions():
    text = (
        "OFFICE OF THE UNITED STATES TRADE REPRESENTATIVE\n"
        "Request for Comments Concerning the Extension of Particular Exclusions Granted Under the Section 301 "
        "Action\n\nACTION: Request for comments.\n"
        "SUMMARY: USTR invites comments on whether to extend 178 exclusions.\n"
    )
    assert measures(text) == ["exclusion"]


def test_guard_section_301_duties_a_message_leaves_alone():
    text = (
        "CSMS # 71234573 - GUIDANCE: Section 232 Duties on Copper Wire\n\n"
        "The additional 50 percent duty applies to copper wire of all countries. Products of China also remain "
        "subject to the Section 301 duties, which are not affected by this message.\n"
    )
    assert measures(text) == ["duty_rate_change"]


def test_guard_a_preference_named_in_a_recital_of_an_anti_dumping_regulation():
    text = (
        "COMMISSION IMPLEMENTING REGULATION (EU) 2031/1002\n"
        "imposing a definitive anti-dumping duty on imports of porcelain tableware originating in Vietnam\n\n"
        "Whereas:\n(12) Vietnam benefits from preferential tariff treatment under the EU-Vietnam Free Trade "
        "Agreement.\nHAS ADOPTED THIS REGULATION:\nArticle 1\n"
        "A definitive anti-dumping duty is imposed on imports of porcelain tableware originating in Vietnam.\n"
    )
    assert measures(text) == ["anti_dumping"]


def test_guard_a_review_of_countervailing_measures_beside_anti_dumping_ones_it_leaves_alone():
    text = (
        "COMMISSION IMPLEMENTING REGULATION (EU) 2031/459\n"
        "terminating the partial interim review of the countervailing measures on imports of steel wheels "
        "originating in China\n\n"
        "Whereas:\n(3) The anti-dumping measures on the same product, imposed by Regulation (EU) 2029/44, are not "
        "concerned by this review.\nArticle 1\n"
        "The partial interim review of the countervailing measures is terminated without amending the measures in "
        "force.\n"
    )
    assert measures(text) == ["countervailing"]
