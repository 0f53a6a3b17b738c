"""Where round 21's branches met (integration review), by class.

Goods a paragraph leaves out of the duty it imposes are that duty's product scope, no exclusion: the round's German
exclusion signal ('vom … Antidumpingzoll ausgenommen', for goods carved out of a duty in force) also read the
scope sentence of an act imposing the duty ('Es wird ein endgültiger Antidumpingzoll eingeführt auf … Vom geltenden
Antidumpingzoll ausgenommen sind …'), a false exclusion on a blind document (final24 3520). The same holds in English
and French; goods carved out of a duty an earlier act imposed stay an exclusion.

Two remedies joined by a plain 'and' are two measures the document acts on ('a transition review of anti-dumping and
countervailing duties on …'): the round's rule that drops a remedy named only beside the other as a class ('anti-
dumping or anti-subsidy measures') had also taken 'and', and lost one of the two a review or an exemption acts on
(final10 1035, read14-west 1711 measured on the merged tree). An 'and' pair still names the class after a quantifier
or acts in the plural ('all anti-dumping and anti-subsidy measures', 'the regulations imposing …'). Every passage is
written for these tests."""

from tests.fact_readers import measures


def test_german_goods_left_out_of_the_duty_the_paragraph_imposes_are_its_scope():
    text = (
        "Artikel 1\n"
        "(1) Es wird ein endgültiger Antidumpingzoll eingeführt auf die Einfuhren von Schrauben aus Eisen oder "
        "Stahl mit Ursprung in Ruritanien, die derzeit unter den KN-Codes ex73181595 und ex73181690 eingereiht "
        "werden. Vom geltenden Antidumpingzoll ausgenommen sind Schrauben aus nichtrostendem Stahl mit einem "
        "Durchmesser von weniger als 2 mm.\n"
        "(2) Für die in Absatz 1 beschriebene Ware gelten folgende Antidumpingzollsätze: 22,4 %.\n"
    )
    assert measures(text) == ["anti_dumping"]


def test_english_goods_excluded_in_the_imposing_paragraph_are_its_scope():
    text = (
        "Article 1\n"
        "1. A definitive anti-dumping duty is imposed on imports of ceramic floor tiles originating in Ruritania, "
        "currently falling under CN codes 6907 21 00 and 6907 22 00. Excluded from the anti-dumping duty are "
        "mosaic tiles whose largest surface area is less than 49 cm².\n"
    )
    assert measures(text) == ["anti_dumping"]


def test_french_goods_left_out_of_the_duty_instituted_are_its_scope():
    text = (
        "Article premier\n"
        "1. Il est institué un droit antidumping définitif sur les importations de vélos électriques originaires "
        "de Ruritanie, relevant actuellement du code NC 8711 60 10. Sont exemptées du droit antidumping les "
        "pièces détachées présentées séparément.\n"
    )
    assert measures(text) == ["anti_dumping"]


def test_guard_goods_carved_out_of_a_duty_an_earlier_act_imposed_stay_an_exclusion():
    text = (
        "Artikel 1\n"
        "Die Einfuhren von Schrauben aus nichtrostendem Stahl werden von dem mit der Durchführungsverordnung "
        "(EU) 2031/88 eingeführten Antidumpingzoll ausgenommen.\n"
    )
    assert measures(text) == ["anti_dumping", "exclusion"]


def test_a_review_of_anti_dumping_and_countervailing_duties_acts_on_both():
    text = (
        "Notice of initiation\n"
        "\n"
        "The Trade Remedies Authority has initiated a transition review of the anti-dumping and countervailing "
        "duties on aluminium extrusions imported from Ruritania. The review will decide whether the anti-dumping "
        "duty is still needed to prevent injury to UK industry.\n"
    )
    assert measures(text) == ["anti_dumping", "countervailing"]


def test_guard_regulations_imposing_anti_dumping_and_anti_subsidy_measures_name_the_class():
    text = (
        "COMMISSION IMPLEMENTING REGULATION (EU) 2032/77 amending the list of regulations imposing anti-dumping and "
        "anti-subsidy measures on steel products also subject to a safeguard measure\n"
        "\n"
        "Article 1\n"
        "The definitive anti-dumping duty imposed by Implementing Regulation (EU) 2031/500 on imports of steel "
        "tubes originating in Ruritania shall be 0 % as long as the safeguard duty is due.\n"
    )
    assert measures(text) == ["anti_dumping"]
