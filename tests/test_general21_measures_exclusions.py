"""Round 21 generalisation probes for measure types, continued (tests/test_general21_measures.py holds the nomenclature
changes): carve-outs from an existing measure (exclusion; blind misses final22
3218, 3232 and final23 3406, 3407), fitted to 'vary the goods … by excluding' and 'shall no longer be
subject to … Proclamation N': goods removed from a duty's scope or from the goods subject to it, annex articles that
cease to be subject to a duty, a recommendation accepted (it is carried out), the measure named inside an exemption
('exempted … from interim dumping duty' keeps the dumping duty), and Spanish 'se excluyen de la aplicación de la
cuota compensatoria', French 'exemptées du droit antidumping', German 'vom … Antidumpingzoll ausgenommen'. Guards: a
company exempted by an earlier regulation (a recital), a German product description's 'ausgenommen', a whole origin
that ceases to be subject to a duty (a rate change, final8 807's convention). Retaliation (final22 3202/3204/3206):
the legal bases the second pass added held in other forms; an EU regulation named 'concerning certain commercial
policy measures on certain products originating in' one country (the Union's rebalancing and countermeasure acts)
retaliates, even without its basic regulation in the excerpt. Every passage is written for these tests."""

from tests.fact_readers import measures


def test_articles_removed_from_the_scope_of_an_earlier_orders_duties_are_an_exclusion():
    text = (
        "Executive Order 14999 of May 2, 2032\n"
        "\n"
        "Sec. 2. Articles described in Annex II to this order are removed from the scope of the additional "
        "ad valorem duties imposed by Executive Order 14257, effective May 5, 2032.\n"
    )
    assert measures(text) == ["exclusion"]


def test_a_recommendation_accepted_to_remove_goods_from_an_anti_dumping_duty():
    text = (
        "Trade remedies notice 2032/07: anti-dumping duty on stainless steel cutlery from Ruritania\n"
        "\n"
        "The Secretary of State has accepted the Trade Remedies Authority's recommendation to remove "
        "stainless steel cutlery for aircraft from the goods subject to the anti-dumping duty.\n"
    )
    assert measures(text) == ["anti_dumping", "exclusion"]


def test_goods_exempted_from_interim_dumping_duty_keep_the_dumping_duty_named():
    text = (
        "ANTI-DUMPING NOTICE NO. 2032/041\n"
        "\n"
        "Aluminium extrusions exported from Ruritania\n"
        "\n"
        "The Minister has exempted aluminium extrusions for use in solar frames from interim dumping duty "
        "under section 8(7) of the Customs Tariff (Anti-Dumping) Act 1975, with effect from 1 April 2032.\n"
    )
    assert measures(text) == ["anti_dumping", "exclusion"]


def test_spanish_imports_of_one_producer_excluded_from_the_cuota_compensatoria():
    text = (
        "RESOLUCIÓN por la que se excluye del pago de la cuota compensatoria definitiva a las importaciones "
        "de lámina rolada en frío originarias de Ruritania, producidas por la empresa Acme Steel Co.\n"
        "\n"
        "Único.- Se excluyen de la aplicación de la cuota compensatoria definitiva las importaciones de "
        "lámina rolada en frío producidas por la empresa Acme Steel Co.\n"
    )
    assert measures(text) == ["anti_dumping", "exclusion"]


def test_french_imports_of_one_company_exempted_from_an_anti_dumping_duty():
    text = (
        "RÈGLEMENT D'EXÉCUTION (UE) 2032/400 DE LA COMMISSION\n"
        "\n"
        "Article premier\n"
        "Les importations de fils d'acier produits par la société Acme SA sont exemptées du droit "
        "antidumping institué par le règlement d'exécution (UE) 2030/17.\n"
    )
    assert measures(text) == ["anti_dumping", "exclusion"]


def test_german_imports_of_one_company_taken_out_of_an_anti_dumping_duty():
    text = (
        "DURCHFÜHRUNGSVERORDNUNG (EU) 2032/401 DER KOMMISSION\n"
        "\n"
        "Artikel 1\n"
        "Die von dem Unternehmen Acme AG hergestellten Einfuhren von Stahldraht werden von dem mit der "
        "Durchführungsverordnung (EU) 2030/17 eingeführten Antidumpingzoll ausgenommen.\n"
    )
    assert measures(text) == ["anti_dumping", "exclusion"]


def test_annex_articles_that_cease_to_be_subject_to_an_earlier_duty():
    text = (
        "Adjusting the Duties on Certain Products of Ruritania\n"
        "\n"
        "(2) The articles of Ruritania described in Annex II to this proclamation shall cease to be subject "
        "to the additional duty imposed pursuant to section 301 of the Trade Act of 1974.\n"
    )
    assert measures(text) == ["exclusion"]


def test_guard_a_company_exempted_in_an_earlier_regulation_is_background():
    text = (
        "COMMISSION IMPLEMENTING REGULATION (EU) 2032/410 imposing a definitive anti-dumping duty on imports "
        "of steel wire originating in Ruritania following an expiry review\n"
        "\n"
        "Whereas:\n"
        "\n"
        "(5) By Implementing Regulation (EU) 2029/1, Acme SA was exempted from the anti-dumping duty then in "
        "force.\n"
        "\n"
        "HAS ADOPTED THIS REGULATION:\n"
        "\n"
        "Article 1\n"
        "A definitive anti-dumping duty is imposed on imports of steel wire originating in Ruritania.\n"
    )
    assert measures(text) == ["anti_dumping"]


def test_guard_a_german_product_description_with_ausgenommen_is_no_exclusion():
    text = (
        "DURCHFÜHRUNGSVERORDNUNG (EU) 2032/402 DER KOMMISSION zur Einführung eines endgültigen "
        "Antidumpingzolls auf die Einfuhren von Stahldraht mit Ursprung in Ruritanien\n"
        "\n"
        "Artikel 1\n"
        "Auf die Einfuhren von Stahldraht des KN-Codes 7217 10 10, ausgenommen Draht aus nichtrostendem "
        "Stahl, mit Ursprung in Ruritanien wird ein endgültiger Antidumpingzoll eingeführt.\n"
    )
    assert measures(text) == ["anti_dumping"]


def test_guard_a_whole_origin_that_ceases_to_be_subject_to_a_duty_is_a_rate_change():
    text = (
        "Modifying Duties on Products of Ruritania\n"
        "\n"
        "(1) Products of Ruritania shall cease to be subject to the additional ad valorem duty of 25 percent "
        "imposed pursuant to Executive Order 14999, effective June 1, 2032.\n"
    )
    assert measures(text) == ["duty_rate_change"]


def test_an_eu_regulation_on_commercial_policy_measures_against_one_origin_is_retaliation():
    text = (
        "COMMISSION IMPLEMENTING REGULATION (EU) 2032/800 concerning certain commercial policy measures on "
        "certain products originating in the United States of America\n"
        "\n"
        "Article 1\n"
        "Additional ad valorem duties are imposed on imports into the Union of the products originating in "
        "the United States of America listed in Annex I.\n"
    )
    assert measures(text) == ["retaliation"]


def test_guard_an_eu_countervailing_regulation_stays_countervailing():
    text = (
        "COMMISSION IMPLEMENTING REGULATION (EU) 2032/801 imposing a definitive countervailing duty on "
        "imports of steel wire originating in India\n"
        "\n"
        "Article 1\n"
        "A definitive countervailing duty is imposed on imports of steel wire originating in India.\n"
    )
    assert measures(text) == ["countervailing"]
