"""Measure types, countries and summaries on realistic openings of official texts."""

import pytest

from nlp.pipeline import analyse


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Commission Implementing Regulation imposing a definitive anti-dumping duty on imports of glass fibre "
            "originating in the People's Republic of China.",
            "anti_dumping",
        ),
        (
            "Notice of preliminary affirmative countervailing duty determination: certain softwood lumber.",
            "countervailing",
        ),
        (
            "Order Specifying Limits on the Annual Aggregate Quantity of Roses that are entitled to the tariff rate quota.",
            "tariff_quota",
        ),
        (
            "Motor vehicles that originate in the United States are subject to a surtax of 25% of the value for duty.",
            "duty_rate_change",
        ),
        (
            "The Council suspends the autonomous Common Customs Tariff duties on certain industrial products.",
            "suspension",
        ),
        ("USTR extends 14 product exclusions from the Section 301 action.", "exclusion"),
        ("On 19 June 2023 the Developing Country Trading Scheme (DCTS) replaces the GSP.", "preference_fta"),
        (
            "Tariff stop press notice: commodity code changes. Please insert the following commodity codes.",
            "nomenclature_change",
        ),
        (
            "Council Regulation concerning restrictive measures in view of Russia's actions; sanctions on iron and steel.",
            "sanctions",
        ),
    ],
)
def test_measure_type_with_evidence(text, expected):
    doc = analyse(text)
    measures = {m.type: m for m in doc._.measures}
    assert expected in measures
    evidence = measures[expected]
    assert text[evidence.start : evidence.end] == evidence.text


@pytest.mark.parametrize(
    "text,jurisdiction,affected",
    [
        (
            "Commission Implementing Regulation (EU) 2026/11 imposing an anti-dumping duty on imports of tiles originating "
            "in the People’s Republic of China and India.",
            "EU",
            "CN",
        ),
        ("Importers of ironing boards from the Republic of Türkiye will need to give HMRC a guarantee.", "GB", "TR"),
        (
            "Her Excellency the Governor General in Council makes the annexed Order under the Customs Tariff. Motor vehicles "
            "that originate in the United States are subject to a surtax.",
            "CA",
            "US",
        ),
        (
            "Glycine From the People's Republic of China: Preliminary Results, published in the Federal Register under "
            "the HTSUS.",
            "US",
            "CN",
        ),
    ],
)
def test_implementing_and_affected_countries(text, jurisdiction, affected):
    countries = analyse(text)._.countries
    assert countries["implementing"] == [jurisdiction]
    assert countries["affected"][0] == affected


def test_summary_is_extractive_and_says_what_changed():
    text = (
        "DEPARTMENT OF COMMERCE\n\nAGENCY: Enforcement and Compliance.\n\n"
        "SUMMARY: The Department of Commerce determines that imports of prunes from Chile are subsidized. "
        "The weather was mild. A countervailing duty of 12 percent is imposed on prunes of HTSUS subheading "
        "0813.20.1000, effective December 1, 2026."
    )
    summary = analyse(text)._.summary
    assert "countervailing duty of 12 percent is imposed" in summary
    assert "weather" not in summary
    assert all(sentence.strip() in " ".join(text.split()) for sentence in summary.split(". ") if sentence)


def test_a_list_of_origin_countries():
    countries = analyse(
        "A definitive anti-dumping duty is imposed on imports of steel wire rod originating in "
        "Türkiye and Ukraine, and in the Republic of Korea."
    )._.countries
    assert countries["affected"][:2] == ["TR", "UA"]


def test_uppercase_title_gives_the_acts_own_date():
    doc = analyse(
        "COMMISSION IMPLEMENTING REGULATION (EU) 2024/1234\nof 25 April 2024\nimposing a definitive "
        "anti-dumping duty. Having regard to Regulation (EU) 2016/1036 of 8 June 2016,"
    )
    assert {(d.type, d.date) for d in doc._.dates} == {("document_date", "2024-04-25"), ("other", "2016-06-08")}
