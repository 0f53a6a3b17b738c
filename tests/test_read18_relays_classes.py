"""Relays of tariff acts (issue 15, round 15, read18-relays): customs brokers' and law firms' alerts, trade press,
government news releases and newsletters that report an act. The classes their misses showed: a release's dateline
wrapped over two lines with its place and department, a news item's date in brackets, a desk's byline, a newsletter's
issue date; a lead 'On <weekday>, <date>, the agency released …' (the relayed act's day, no title date); comments due
'prior to' a day; a start 'postponed until' a day, a rate 'until <date> then' another, 'Effective 02/06/29'; 'a partir
de mañana'; an act's gazette publication named after it; counter tariffs, dollar-for-dollar answers and French 'en
réponse à' as retaliation, Section 301 duties 'to be assessed'; duties that 'will increase … from 35% to 70%'; the
Italian amendment of the Combined Nomenclature; rates stated for named countries; an FTA named as what goods originate
under; German '-zölle'; the Commission as 'die KOM'; a headline ending in 'U.S.'. Every passage is written for these
tests."""

from nlp.pipeline import analyse
from tests.fact_readers import affected, dates, jurisdiction, measures, title


def rate_values(text: str) -> list[tuple[float, str]]:
    return sorted({(rate.value, rate.unit) for rate in analyse(text)._.rates})


# --- dates ----------------------------------------------------------------------------------------------------------


def test_a_release_dateline_wrapped_over_two_lines_with_place_and_department_is_its_publication():
    text = (
        "Canada Responds to New Tariffs on Canadian Softwood\nJune\n4, 2031 - Ottawa, Ontario - Department of Finance "
        "Canada\nToday, the Minister of Finance outlined the response. Following a dollar-for-dollar approach, Canada "
        "is imposing, as of 12:01 am, June 5, 2031, 25 per cent counter tariffs on a list of goods imported from the "
        "U.S.\n"
    )
    assert dates(text) == [("entry_into_force", "2031-06-05"), ("publication", "2031-06-04")]


def test_a_news_items_date_in_brackets_before_its_first_sentence_is_its_publication():
    text = (
        "(14.03.2031) Die Europäische Kommission hat heute (Freitag, 11.03.2031) vorläufige Antidumpingzölle auf "
        "Einfuhren von Stahlrohren aus China eingeführt.\nQuelle: Handelsblatt\n"
    )
    assert dates(text) == [("other", "2031-03-11"), ("publication", "2031-03-14")]


def test_a_news_desks_byline_closing_a_story_is_its_publication():
    text = (
        "Government raises duty on skimmed milk powder\n\nThe Central Government has amended the First Schedule to "
        "the Customs Tariff Act so that the rate on skimmed milk powder becomes 50%.\n\n"
        "The Trade Desk Bureau - Mar 9, 2031 11:30 IST\n"
    )
    assert ("publication", "2031-03-09") in dates(text)


def test_a_newsletters_issue_named_with_its_number_and_date_is_its_publication():
    text = (
        "Gentile Spedizioniere,\nalleghiamo la Newsletter N° 7 del 12 Maggio 2031.\nTra gli argomenti trattati: "
        "contingenti tariffari e sospensioni.\n"
    )
    assert dates(text) == [("publication", "2031-05-12")]


def test_a_lead_on_a_weekday_and_date_reports_the_relayed_acts_day_not_a_title_date():
    text = (
        "On Tuesday, March 4, 2031, the Trade Representative published a notice of product exclusions as follows:\n"
        "- Products of the first list will be excluded from April 1, 2030, through December 31, 2031, and must be "
        "claimed under the listed heading.\n"
    )
    assert dates(text) == [
        ("application_end", "2031-12-31"),
        ("application_start", "2030-04-01"),
        ("other", "2031-03-04"),
    ]


def test_impact_statements_due_prior_to_a_day_close_the_consultation():
    text = (
        "Importers should review the list and submit their impact statements to the Department of Finance prior to "
        "May 20, 2031, so that the surtax does not harm domestic manufacturers.\n"
    )
    assert dates(text) == [("comment_deadline", "2031-05-20")]


def test_a_start_postponed_until_a_day_and_a_previously_announced_effective_day_take_effect_then():
    text = (
        "The agency issued a message on 2 Mar 2031 announcing it has postponed until 15 May 2031 the reporting of "
        "the country of melt. The President previously announced in a proclamation published on 20 Feb 2031 that "
        "effective 1 Apr 2031, a 100% tariff will be imposed on the listed articles.\n"
    )
    assert dates(text) == [
        ("entry_into_force", "2031-04-01"),
        ("entry_into_force", "2031-05-15"),
        ("other", "2031-02-20"),
        ("other", "2031-03-02"),
    ]


def test_a_rate_until_a_day_then_another_starts_the_second_rate_then():
    text = "Third list – 10% additional duty until Jan 1, 2032 then 25% additional duty on the listed goods.\n"
    assert dates(text) == [("entry_into_force", "2032-01-01")]


def test_a_short_year_after_effective_is_a_date():
    text = "Broker notes\nCBP in-bond procedure changes (U.S. Customs and Border Protection)\nEffective 03/09/31\n"
    assert dates(text) == [("entry_into_force", "2031-03-09")]  # a US page: the month first


def test_spanish_and_portuguese_from_tomorrow_with_the_date_is_when_the_change_takes_effect():
    spanish = (
        "La Secretaría anunció que a partir de mañana 3 de abril de 2031 se aplicará el arancel de 20% al calzado."
    )
    portuguese = "O ministério informou que a partir de amanhã, 3 de abril de 2031, a alíquota será reduzida a zero."
    assert dates(spanish) == [("entry_into_force", "2031-04-03")]
    assert dates(portuguese) == [("entry_into_force", "2031-04-03")]


def test_an_acts_gazette_publication_named_after_the_act_in_a_relay_is_not_its_own_date():
    text = "Notícias\nA Portaria SECEX nº 41/2031, publicada no DOU de 09.06.2031, abre cotas de importação de trigo.\n"
    assert dates(text) == [("other", "2031-06-09")]


# --- measures -------------------------------------------------------------------------------------------------------


def test_counter_tariffs_and_a_dollar_for_dollar_answer_retaliate_rather_than_change_rates():
    text = (
        "Following a dollar-for-dollar approach, Canada is imposing 25 per cent reciprocal tariffs on steel "
        "products imported from the United States. The list of products affected by counter tariffs includes tools."
    )
    assert measures(text) == ["retaliation"]


def test_a_french_report_of_surtaxes_in_response_to_another_countrys_tariffs_is_retaliation():
    text = (
        "OTTAWA — En réponse à l’imposition de tarifs douaniers américains sur le bois, le Canada décrète ses propres "
        "tarifs sur divers produits importés des États-Unis."
    )
    assert measures(text) == ["retaliation"]
    assert jurisdiction(text) == ["CA"]


def test_section_301_duties_to_be_assessed_on_a_countrys_products_retaliate():
    text = "Section 301 Trade Remedies to be Assessed on Certain Products from China\nCSMS message 31-000123\n"
    assert measures(text) == ["retaliation"]


def test_duties_that_will_increase_from_one_rate_to_another_change_rates_and_a_list_after_regardless_names_none():
    text = (
        "CBP announced that on 1 Jun 2031, customs duties will increase on certain products of Belarus from 35% to "
        "70%. Importers must report the country of melt regardless of whether Section 232 duties, quotas, exclusions "
        "or other measures apply."
    )
    assert measures(text) == ["duty_rate_change"]


def test_an_italian_regulation_amending_the_combined_nomenclature_changes_the_nomenclature():
    text = (
        "Regolamento di esecuzione (UE) 2031/77 della Commissione, del 3 ottobre 2031, che modifica l’allegato I del "
        "regolamento (CEE) n. 2658/87 del Consiglio relativo alla nomenclatura tariffaria e statistica."
    )
    assert measures(text) == ["nomenclature_change"]


# --- countries, rates, titles ---------------------------------------------------------------------------------------


def test_rates_stated_for_named_countries_target_them():
    text = (
        "Effective September 1, 2031: country-specific tariff rates take effect. Examples include a 20% rate for "
        "Vietnam, 15% for Japan, and a variable rate for the European Union."
    )
    assert affected(text) == ["EU", "JP", "VN"]


def test_a_free_trade_agreement_named_as_what_goods_originate_under_names_no_origin():
    text = (
        "Effective September 1, 2031: tariffs on products of Brazil increased from 10% to 20%. Products that qualify "
        "as originating under the United States–Mexico–Canada Agreement continue to enter duty-free."
    )
    assert affected(text) == ["BR"]


def test_a_relay_of_definitive_anti_dumping_measures_published_names_their_origin():
    text = (
        "The Commission published definitive anti-dumping measures on steel wheels originating in India. Exports "
        "will now be taxed with an extra duty ranging from 12.1% to 30.4%."
    )
    assert affected(text) == ["IN"]
    assert rate_values(text) == [(12.1, "percent"), (30.4, "percent")]


def test_german_plural_duty_compounds_and_the_commission_as_kom():
    text = (
        "Die KOM hat die endgültigen Antidumpingmaßnahmen gegen Einfuhren von Glasfasern aus Ägypten beschlossen. "
        "Die Höhe der Antidumpingzölle liegt zwischen 11,2 % und 20,5 %."
    )
    assert rate_values(text) == [(11.2, "percent"), (20.5, "percent")]
    assert jurisdiction(text) == ["EU"]


def test_a_headline_of_many_words_ending_in_us_is_a_title_not_a_sentence():
    text = (
        "Canada Answers With Surtaxes On Steel Goods Shipped From Ports In The U.S.\n\n"
        "On Monday, the Minister announced a countermeasure.\n"
    )
    assert title(text) == "Canada Answers With Surtaxes On Steel Goods Shipped From Ports In The U.S"
