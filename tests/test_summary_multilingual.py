"""The operative summary (who does what to which goods from where, from when) and the facts of
French and German EU acts: sentences written for these tests, and real excerpts of acts
(tests/fixtures/multilingual_facts, provenance in its README)."""

from nlp.pipeline import analyse
from tests.conftest import FIXTURES

MULTILINGUAL = FIXTURES / "multilingual_facts"


def test_summary_says_who_does_what_to_which_goods_from_where_and_when():
    text = (
        "SOR/2026-412\nRegistration 2026-09-14\nVietnam Surtax Order (Bicycles)\nP.C. 2026-980 2026-09-13\n"
        "His Excellency the Governor General in Council makes the annexed Vietnam Surtax Order (Bicycles) under "
        "subsection 53(2) of the Customs Tariff.\n"
        "Surtax\n1\nBicycles that originate in Vietnam are subject to a surtax in the amount of 30% of the value "
        "for duty.\nComing into force\n2\nThis Order comes into force on October 1, 2026.\n"
        "SCHEDULE\n8712.00.10\n8712.00.90\n"
    )
    summary = analyse(text, jurisdiction="CA")._.summary
    assert summary == (
        "Canada imposes a 30% retaliatory surtax on bicycles from Vietnam from 1 October 2026 (2 tariff codes). "
        "Bicycles that originate in Vietnam are subject to a surtax in the amount of 30% of the value for duty."
    )


def test_summary_rests_on_the_operative_sentence_not_the_first_recital():
    text = (
        "COMMISSION IMPLEMENTING REGULATION (EU) 2026/700\nof 2 April 2026\nimposing a definitive anti-dumping "
        "duty on imports of steel nails originating in Thailand\n\nTHE EUROPEAN COMMISSION,\nWhereas:\n"
        "(1) In 2019 the Commission imposed safeguard measures on steel products from several countries.\n"
        "HAS ADOPTED THIS REGULATION:\nArticle 1\nA definitive anti-dumping duty of 22,4 % is imposed on imports "
        "of steel nails originating in Thailand.\n"
    )
    summary = analyse(text, jurisdiction="EU")._.summary
    assert summary.startswith(
        "The European Commission imposes an anti-dumping duty of 22.4% on steel nails from Thailand."
    )
    assert "safeguard" not in summary and "2019" not in summary
    assert summary.count(". ") <= 1 and summary.endswith(".")


def test_a_document_without_a_measure_is_summarised_by_its_first_operative_sentence():
    text = (
        "DEPARTMENT OF COMMERCE\n\nBureau of Industry and Security\n\nSensors Technical Advisory Committee\n\n"
        "AGENCY: Bureau of Industry and Security.\n\nSUMMARY: The Sensors Technical Advisory Committee will\n"
        "meet on March 4, 2027, to review\nexport control matters.\n"
    )
    assert analyse(text, jurisdiction="US")._.summary == (
        "The Sensors Technical Advisory Committee will meet on March 4, 2027, to review export control matters."
    )


def test_a_register_notice_summary_drops_its_preamble_label_and_footnote_marks():
    text = (
        "Ferrosilicon From Ruritania: Rescission of the Review of the Antidumping Duty Order for 2030\n\n"
        "SUPPLEMENTARY INFORMATION: The Department of Commerce rescinds the antidumping duty administrative "
        "review of ferrosilicon from Ruritania because there were no suspended entries during the period of "
        "review.\\4\\ All entries will be liquidated at the cash deposit rate.\n"
    )
    assert analyse(text)._.summary == (
        "The US Department of Commerce rescinds a review of an anti-dumping duty on ferrosilicon. The Department of "
        "Commerce rescinds the antidumping duty administrative review of ferrosilicon from Ruritania because "
        "there were no suspended entries during the period of review. All entries will be liquidated at the "
        "cash deposit rate."
    )


RESTATING_PROCLAMATION = """Proclamation 10999 of March 3, 2031

Adjusting Imports of Aluminum Into the United States (Ruritania)

NOW, THEREFORE, I, the President of the United States of America, by the authority vested in me, do hereby \
proclaim as follows:

(1) Clause 2 of Proclamation 10001 is amended to read as follows:

\u201c(2)(a) Aluminum articles classified in heading 9903.85.01 shall be subject to an additional 15 percent ad \
valorem rate of duty, and derivative aluminum articles classified in heading 9903.85.07 shall be subject to an \
additional 30 percent ad valorem rate of duty, except that such articles that are the product of Ruritania shall \
not be subject to these duties until April 1, 2032.\u201d

(2) This proclamation is effective with respect to goods entered for consumption on or after 12:01 a.m. eastern \
daylight time on April 1, 2031.
"""


def test_rates_of_a_restated_clause_are_not_quoted_as_what_the_act_sets():
    doc = analyse(RESTATING_PROCLAMATION)
    assert [(rate.value, rate.unit) for rate in doc._.rates] == [(15, "percent"), (30, "percent")]
    assert doc._.summary.startswith("The US President imposes a duty from 1 April 2031 (2 tariff codes). ")


def test_french_measure_types_title_and_countries_from_sentences_written_for_the_test():
    text = (
        "RÈGLEMENT D'EXÉCUTION (UE) 2026/812 DE LA COMMISSION\n\ndu 5 mai 2026\n\ninstituant un droit "
        "compensateur définitif sur les importations de roues en acier originaires de l'Inde\n\n"
        "LA COMMISSION EUROPÉENNE,\n\nconsidérant ce qui suit:\n\n(1) Des mesures de sauvegarde ont été "
        "instituées en 2018.\n\nA ADOPTÉ LE PRÉSENT RÈGLEMENT:\n\nArticle premier\n\nIl est institué un droit "
        "compensateur définitif de 7,9 % sur les importations de roues en acier originaires de l'Inde.\n"
    )
    doc = analyse(text, jurisdiction="EU")
    assert doc.lang_ == "fr"
    assert {m.type for m in doc._.measures} == {"countervailing"}
    assert doc._.countries == {"implementing": ["EU"], "affected": ["IN"]}
    assert doc._.identifier.text == "Règlement d'exécution (UE) 2026/812"
    assert doc._.official_title.text.endswith("originaires de l'Inde")
    assert [(r.value, r.unit) for r in doc._.rates] == [(7.9, "percent")]


def test_german_measure_types_and_countries_from_sentences_written_for_the_test():
    text = (
        "DURCHFÜHRUNGSVERORDNUNG (EU) 2026/90 DER KOMMISSION\n\nvom 12. Januar 2026\n\nzur Eröffnung eines "
        "Zollkontingents für gefrorenen Seehecht\n\nDIE EUROPÄISCHE KOMMISSION —\n\nin Erwägung nachstehender "
        "Gründe:\n\n(1) Gegen die Einfuhren aus Russland wurden 2022 Sanktionen verhängt.\n\nHAT FOLGENDE "
        "VERORDNUNG ERLASSEN:\n\nArtikel 1\n\nFür Einfuhren von gefrorenem Seehecht mit Ursprung in Norwegen wird "
        "ein Zollkontingent von 2 500 Tonnen eröffnet.\n"
    )
    doc = analyse(text, jurisdiction="EU")
    assert doc.lang_ == "de"
    assert {m.type for m in doc._.measures} == {"tariff_quota"}
    assert doc._.countries["affected"] == ["NO"]
    assert doc._.identifier.text == "Durchführungsverordnung (EU) 2026/90"
    assert [(q.amount, q.unit) for q in doc._.quotas] == [(2500, "tonnes")]


def extract(name: str):
    return analyse((MULTILINGUAL / name).read_text("utf-8"), jurisdiction="EU")


def test_real_french_act_title_identifier_measure_and_country():
    doc = extract("fr_2017_325_article1.txt")
    assert doc._.identifier.text == "Règlement d'exécution (UE) 2017/325"
    assert doc._.official_title.text.startswith(
        "RÈGLEMENT D'EXÉCUTION (UE) 2017/325 DE LA COMMISSION du 24 février 2017"
    )
    assert doc._.official_title.text.endswith("du Parlement européen et du Conseil")
    assert {m.type for m in doc._.measures} == {"anti_dumping"}
    assert doc._.countries["affected"] == ["CN"]


def test_real_french_act_opening_its_recitals_are_background():
    doc = extract("fr_1992_830_opening.txt")
    assert doc._.identifier.text == "Règlement (CEE) No 830/92"
    assert {m.type for m in doc._.measures} == {"anti_dumping"}
    assert [m.where for m in doc._.measures] == ["title"]  # the recitals never count
    assert set(doc._.countries["affected"]) == {"ID", "IN", "CN", "TR"}


def test_real_german_articles_measure_country_and_rate():
    article = extract("de_2017_336_article1.txt")
    assert {m.type for m in article._.measures} == {"anti_dumping"}
    assert article._.countries["affected"] == ["CN"]
    assert article._.official_title is None  # 'Artikel 1' is no title
    rates = extract("de_2020_1210_article3.txt")
    assert [(r.value, r.unit, r.kind) for r in rates._.rates] == [(36, "percent", "ad_valorem")]
    # the heading line names the act the article belongs to (its own number, as the eval labels have it);
    # the acts cited in its sentences are not its number
    assert rates._.official_title is None and rates._.identifier.text == "VO (EU) 2020/1210"


def test_real_german_title_and_identifier():
    doc = extract("de_2011_1389_title.txt")
    assert doc._.identifier.text == "Durchführungsverordnung (EU) Nr. 1389/2011"
    assert doc._.official_title.text.startswith(
        "Durchführungsverordnung (EU) Nr. 1389/2011 des Rates vom 19. Dezember 2011"
    )
    assert {m.type for m in doc._.measures} == {"anti_dumping"}
