"""Europe texts, by class (round 24 second pass, final27 3813-3824), continued from test_final27_b_classes.py: quota
steps and articles' own weights no quota volumes, the duty's scope referred back to, an origin whose proceeding the
next sentence terminates. Each class has a passage of the document's kind, one in another wording or language, and a
near miss. Every passage is written for these tests."""

from nlp.pipeline import analyse
from tests.fact_readers import affected, measures


def quota_volumes(text: str) -> set[tuple[float, str]]:
    return {(quota.amount, quota.unit) for quota in analyse(text)._.quotas}


# --- the step of a quota change is no volume where its sentence states the volume -----------------------------------

SWISS_REPORT = (
    "Rapport sur les mesures tarifaires prises en 2030 du 12 janvier 2031\n\n"
    "Le contingent tarifaire partiel no 7.2 a été augmenté temporairement de 3000 t dans l'ordonnance sur les"
    " importations agricoles, pour être porté de 12 000 t à 15 000 t.\n\n"
    "Le contingent tarifaire partiel no 7.4 de carottes est passé de 900 t à 1400 t par une augmentation temporaire"
    " de 500 t.\n"
)


def test_a_french_reports_quota_increments_are_no_volumes():
    """Class: 'augmenté temporairement de 2500 t … pour être porté de 4000 t à 6500 t', 'est passé de 6500 t à 21 500
    t par une augmentation temporaire de 15 000 t' (final27 3819): the steps are not volumes, the volumes before and
    after are; before, every amount of the sentences was a volume."""
    found = quota_volumes(SWISS_REPORT)
    assert (3000, "tonnes") not in found and (500, "tonnes") not in found
    assert {(12000, "tonnes"), (15000, "tonnes"), (900, "tonnes"), (1400, "tonnes")} <= found


def test_english_and_spanish_quota_increments_are_no_volumes():
    """Class (other languages): 'an increase of 1,500 tonnes, bringing it from 6,000 tonnes to 7,500 tonnes'; 'se
    incrementó en 500 t, pasando de 2000 t a 2500 t'."""
    english = (
        "Notice to importers\n\n"
        "The tariff quota for raw cane sugar receives an increase of 1,500 tonnes, bringing it from 6,000 tonnes to"
        " 7,500 tonnes.\n"
    )
    found = quota_volumes(english)
    assert (1500, "tonnes") not in found
    assert (7500, "tonnes") in found
    spanish = "Resolución 14/2031\n\nEl contingente arancelario de arroz se incrementó en 500 t, pasando de 2000 t a 2500 t.\n"
    found = quota_volumes(spanish)
    assert (500, "tonnes") not in found
    assert (2500, "tonnes") in found


def test_a_quota_increase_stated_alone_stays_a_volume():
    """Near miss: a step stated with no volume beside it stays the volume the act sets ('the in-quota quantity will
    be increased by 80,000 metric tons'), and German 'von … um … auf … erhöht' keeps its volumes before and after."""
    alone = "Notice\n\nThe in-quota quantity of the tariff-rate quota for raw sugar will be increased by 80,000 metric tons.\n"
    assert (80000, "tonnes") in quota_volumes(alone)
    german = (
        "Bericht\n\nDas Zollkontingent für Saatgut ist vorübergehend von 12 000 Tonnen um 3000 auf 15 000 Tonnen"
        " erhöht worden.\n"
    )
    assert {(12000, "tonnes"), (15000, "tonnes")} <= quota_volumes(german)


# --- an article's own weight and volume in a goods description are no quota volumes --------------------------------


def test_a_classified_articles_weight_and_volume_are_no_quota_volumes():
    """Class: 'The article has a net weight of 800 kg, and a volume of 5 000 liters.' (final27 3821, a swim spa in a
    classification act): the quota word 'volume' made both amounts volumes."""
    text = (
        "Commission Implementing Regulation (EU) 2031/77 concerning the classification of certain goods in the Combined"
        " Nomenclature\n\n"
        "Description of the goods | Classification (CN-code) | Reasons\n"
        "Outdoor hot tub of acrylic plastic, measuring approximately 230 × 230 × 90 cm. The article has a net weight of"
        " 350 kg, and a volume of 1 600 liters. | 9019 10 90 | Classification is determined by general rules 1 and 6.\n"
    )
    assert quota_volumes(text) == set()


def test_a_tanks_gross_weight_and_water_volume_are_no_quota_volumes():
    """Class (another wording): a ruling's 'gross weight of' and 'has a water volume of'."""
    text = (
        "Binding tariff information\n\n"
        "The tank has a gross weight of 2 100 kg. It has a water volume of 12 000 litres and is classified in heading"
        " 7309.\n"
    )
    assert quota_volumes(text) == set()


def test_a_tariff_quota_with_its_volume_stays_a_volume():
    """Near miss: 'The tariff quota has a volume of 3 000 tonnes' is the quota's volume."""
    text = "Notice\n\nThe tariff quota for durum wheat has a volume of 3 000 tonnes for the year 2031.\n"
    assert (3000, "tonnes") in quota_volumes(text)


# --- goods a later paragraph of the imposing article refers back to as left out: the duty's scope -----------------


def test_a_german_articles_monitoring_paragraph_referring_to_excluded_codes_is_no_exclusion():
    """Class: '(1a) … neben den in Absatz 1 genannten Codes, die vom Anwendungsbereich der Maßnahme ausgenommen wurden,
    …' under '(1) Es wird ein endgültiger Antidumpingzoll … eingeführt' (final27 3817): the article's scope referred
    back to; before, only the imposing paragraph's own exclusions were its scope."""
    text = (
        "Artikel 1 VO (EU) 2031/410\n\n"
        "(1) Es wird ein endgültiger Antidumpingzoll auf die Einfuhren von Glasfasergeweben mit Ursprung in der"
        " Volksrepublik China eingeführt, die derzeit unter den KN-Code ex70196100 eingereiht werden.\n\n"
        "(1a) Zur Überwachung werden die Waren, die vom Anwendungsbereich der Maßnahme ausgenommen wurden, unter dem"
        " TARIC-Code 7019610090 erfasst.\n"
    )
    assert measures(text) == ["anti_dumping"]


def test_an_english_articles_paragraph_on_goods_excluded_from_its_scope_is_no_exclusion():
    """Class (another language): paragraph 3 of the imposing article monitors 'products excluded from the scope of the
    measure'."""
    text = (
        "Article 1\n\n"
        "1. A definitive anti-dumping duty is imposed on imports of steel fasteners originating in the People's"
        " Republic of China, currently falling under CN code 7318 15 82.\n\n"
        "2. The rate of the definitive anti-dumping duty shall be 22,1 %.\n\n"
        "3. Imports of the products excluded from the scope of the measure shall be monitored under TARIC code"
        " 7318158210.\n"
    )
    assert measures(text) == ["anti_dumping"]


def test_an_article_exempting_goods_from_a_duty_in_force_is_an_exclusion():
    """Near miss: an article that only exempts goods from a duty another act imposed carves them out of it."""
    text = (
        "Article 1\n\n"
        "Imports of steel fasteners for aircraft are exempted from the anti-dumping duty imposed by Implementing"
        " Regulation (EU) 2029/12.\n\n"
        "Article 2\n\n"
        "This Regulation shall enter into force on the day following that of its publication.\n"
    )
    assert "exclusion" in measures(text)


# --- an origin whose proceeding the next sentence terminates, referring back to it ---------------------------------


def test_a_relays_origin_whose_proceeding_is_terminated_in_the_next_sentence_is_affected():
    """Class: 'Das Verfahren betraf zunächst auch Einfuhren aus Südkorea. Dieses Verfahren wird eingestellt, …'
    (final27 3824): the act ends the proceeding for that origin; before, only the terminating sentence was read and it
    names no country."""
    text = (
        "Antidumping - Klebebänder mit Ursprung in China\n"
        "12.05.2031\n"
        "Nun gibt die EU-Kommission die Einführung endgültiger Antidumpingzölle auf Einfuhren aus China bekannt. Das"
        " Verfahren betraf zunächst auch Einfuhren aus Malaysia. Dieses Verfahren wird eingestellt.\n"
    )
    found = affected(text)
    assert "MY" in found and "CN" in found


def test_an_english_origin_whose_investigation_is_terminated_in_the_next_sentence_is_affected():
    """Class (another language): 'That investigation is hereby terminated.'"""
    text = (
        "Notice of final determination\n\n"
        "Definitive anti-dumping duties are imposed on imports of adhesive tape from China. The investigation also"
        " covered imports from Vietnam. That investigation is hereby terminated.\n"
    )
    assert "VN" in affected(text)


def test_an_origin_followed_by_a_sentence_that_terminates_nothing_is_not_affected():
    """Near miss: the next sentence refers back to the proceeding without ending it."""
    text = (
        "Notice of final determination\n\n"
        "Definitive anti-dumping duties are imposed on imports of adhesive tape from China. The investigation also"
        " covered imports from Vietnam. That investigation found no dumping margin above de minimis.\n"
    )
    assert "VN" not in affected(text)
