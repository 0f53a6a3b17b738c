"""Round 26 reader classes, entities (issue 15, the policy officer's reading of final29's digest): who acts, which
date, which number. Passages written for these tests (fictional notices, other wordings than the documents read),
each failing on the tree before the fix, with a near miss where the rule could over-reach.

Classes:
- a USITC notice copied on one line (the agency's name before 'ACTION:', the 'Notices' running head before
  'INTERNATIONAL TRADE COMMISSION [') read as Commerce's, which it cites (4010).
- a case step (an investigation opened, its final phase scheduled) whose DATES line reads as a measure 'in force'
  and 'from <date>' (4004, 4005, 4010).
- a rate written with five decimals ('$2.41637/stick') rounded to four; figures in scientific notation on the change
  page ('1.92143e+06 tonnes') and ungrouped in the digest (4026, 4014).
"""

from digest.amend import rate_label
from digest.entry import _key_dates, _quota
from nlp.codes.finder import find_codes
from nlp.pipeline import analyse
from nlp.text.numbers import shown_number
from tests.summary_lead import lead, summary_of

# Class: a USITC scheduling notice printed on one line; Commerce is named only as the body that found dumping.
ONE_LINE_USITC = (
    "Garden Hose Reels From Vietnam; Scheduling of the Final Phase of an Antidumping Duty Investigation, 41022-41023 "
    "[2031-18821]\n\nFederal Register / Vol. 96, No. 170 / Tuesday, September 2, 2031 / Notices INTERNATIONAL TRADE "
    "COMMISSION [Investigation No. 731-TA-1702 (Final)] Garden Hose Reels From Vietnam; Scheduling of the Final "
    "Phase of an Antidumping Duty Investigation United States International Trade Commission. ACTION: Notice. "
    "AGENCY: The Commission hereby gives notice of the scheduling of the final phase of antidumping investigation "
    "No. 731-TA-1702 (Final) pursuant to the Tariff Act of 1930 to determine whether an industry in the United "
    "States is materially injured by reason of imports of garden hose reels from Vietnam, provided for in "
    "subheading 8424.90.90 of the Harmonized Tariff Schedule of the United States, preliminarily determined by the "
    "Department of Commerce to be sold at less-than-fair-value. DATES: August 20, 2031. FOR FURTHER INFORMATION "
    "CONTACT: Jane Roe, Office of Investigations.\n"
)

# Near miss: Commerce's own notice in the same flat layout stays Commerce's.
ONE_LINE_COMMERCE = (
    "Garden Hose Reels From Vietnam: Final Determination of Sales at Less Than Fair Value\n\nFederal Register / Vol. "
    "96, No. 170 / Tuesday, September 2, 2031 / Notices DEPARTMENT OF COMMERCE International Trade Administration "
    "[A-552-840] Garden Hose Reels From Vietnam: Final Determination of Sales at Less Than Fair Value AGENCY: "
    "Enforcement and Compliance, International Trade Administration, Commerce. SUMMARY: The Department of Commerce "
    "determines that garden hose reels from Vietnam are being sold in the United States at less than fair value. "
    "An antidumping duty of 41.2 percent applies to imports of subheading 8424.90.90. DATES: Applicable September "
    "2, 2031.\n"
)


def test_a_usitc_notice_printed_on_one_line_is_the_commissions():
    summary = lead(summary_of(ONE_LINE_USITC, "US"))
    assert summary.startswith("The US International Trade Commission schedules the final phase")


def test_commerces_own_notice_on_one_line_stays_commerces():
    assert lead(summary_of(ONE_LINE_COMMERCE, "US")).startswith("The US Department of Commerce")


def test_a_case_steps_dates_line_is_the_notices_effective_day_not_a_measure_from_it():
    summary = lead(summary_of(ONE_LINE_USITC, "US"))
    assert "by a notice effective 20 August 2031" in summary
    assert "from 20 August 2031" not in summary


def test_a_duty_imposed_still_runs_from_its_date():
    assert "from 2 September 2031" in lead(summary_of(ONE_LINE_COMMERCE, "US"))


def _dated(summary: str) -> dict:
    return {"summary": summary, "dates": [{"type": "entry_into_force", "date": "2031-08-20", "start": 10}]}


def test_the_digest_labels_a_case_steps_date_notice_effective():
    step = _dated("The US International Trade Commission opens an investigation into an anti-dumping duty on reels.")
    assert [d["label"] for d in _key_dates(step, "p")] == ["notice effective"]


def test_the_digest_keeps_in_force_for_a_measure():
    duty = _dated("The US Department of Commerce imposes an anti-dumping duty of 41.2% on reels from Vietnam.")
    assert [d["label"] for d in _key_dates(duty, "p")] == ["in force"]


# Class: a specific rate written with five decimals, beside one with two.
FIVE_DECIMALS = (
    "Customs Tariff (Tobacco Indexation) Notice 2032\n\nCommonwealth Coat of Arms of Australia\n\nI, the Comptroller-"
    "General of Customs, give notice that from 3 August 2032 the rate of duty for goods of subheading 2402.20.20 "
    "is $2.41637/stick and the rate for goods of subheading 2403.11.00 is $2,416.37/kg.\n"
)


def test_a_rate_written_with_five_decimals_is_kept_as_written():
    values = sorted(r.value for r in analyse(FIVE_DECIMALS, jurisdiction="AU")._.rates)
    assert values == [2.41637, 2416.37]
    assert rate_label({"value": 2.41637, "unit": "AUD/stick"}) == "2.41637 AUD/stick"


def test_figures_are_shown_in_plain_notation():
    assert shown_number(1921430, grouped=True) == "1,921,430"
    assert shown_number(328792.63, grouped=True) == "328,792.63"
    assert shown_number(2.41637) == "2.41637"
    assert shown_number(25) == "25"  # near miss: a whole rate gains no decimals
    assert _quota({"amount": 328792.63, "unit": "tonnes"}, 0, "p")["label"] == "328,792.63 tonnes"


# Class: the operative sentence quoted after the lead ends on the colon of a list it does not carry (4015, 4025).
LIST_OPENER = """Commission Delegated Regulation (EU) 2032/88 of 4 March 2032 amending Annex II to Regulation (EU) No 978/2012 as regards the countries benefiting from the general arrangement

THE EUROPEAN COMMISSION,

Whereas:

(1) Gabon and Tonga have been classified by the World Bank as upper-middle income countries for three consecutive years.

HAS ADOPTED THIS REGULATION:

Article 1

In Annex II to Regulation (EU) No 978/2012, the following beneficiary countries are deleted from the list of preferential tariff treatment with effect from 1 January 2034:

Gabon

Tonga

Article 2

This Regulation shall enter into force on the third day following that of its publication in the Official Journal of the European Union.
"""


def test_a_quoted_sentence_never_ends_on_a_lists_colon():
    summary = summary_of(LIST_OPENER, "EU")
    assert not summary.rstrip().endswith(":")


def test_a_colon_inside_a_quoted_sentence_is_kept():
    from nlp.summary.operative import worth_quoting

    assert worth_quoting("The duty is amended as follows: 12% on all goods of heading 7208.", "The EU amends a duty.")
    assert not worth_quoting("The duty rates of the goods below are amended as follows:", "The EU amends a duty.")


# Class: a span of time read as the goods ('suspends retaliatory duties on five years') (4017).
SPAN_OF_TIME = """Commission Implementing Regulation (EU) 2033/12 of 3 January 2033 suspending the commercial policy measures concerning certain products from Canada

THE EUROPEAN COMMISSION,

HAS ADOPTED THIS REGULATION:

Article 1

The additional duties imposed by Implementing Regulation (EU) 2032/560 on imports of certain products originating in Canada are hereby suspended for a period of three years from 1 February 2033.
"""


def test_a_span_of_time_is_never_the_goods():
    summary = lead(summary_of(SPAN_OF_TIME, "EU"))
    assert "on three years" not in summary and " years from Canada" not in summary


# Class: a remission order of a surtax read as 'remission of customs duties' (4025); and the code a notice says was
# printed in error listed as covered.
SURTAX_CORRECTION = (
    "Customs Notice 31-07: Steel Surtax Remission Order\n\n"
    "This notice announces a correction to the Steel Surtax Remission Order (2031), which grants remission of the "
    "surtax paid on certain steel goods imported from Vietnam.\n\n"
    "Please note that the tariff item shown at item 2.4 of Schedule 1 to the Order incorrectly reads “7304.19.90”. "
    "That tariff item does not exist. Item 2.4 should read “7304.19.00.90”.\n"
)


def test_a_surtax_remission_is_remission_of_the_surtax():
    assert "remission of the surtax" in lead(summary_of(SURTAX_CORRECTION, "CA"))


def _roles(text: str, jurisdiction: str = "CA") -> dict[str, str]:
    return {c.code: c.role for c in find_codes(text)[0]}


def test_a_code_printed_in_error_is_replaced_not_covered():
    roles = _roles(SURTAX_CORRECTION, "CA")
    assert roles.get("73041990") == "replaced"
    assert roles.get("7304190090") == "covered"  # near miss: the number it should read is the one the act covers


def test_a_code_that_reads_correctly_stays_covered():
    text = SURTAX_CORRECTION.replace("incorrectly reads “7304.19.90”", "reads “7304.19.90”")
    assert _roles(text, "CA").get("73041990") == "covered"


# Class: goods an act leaves out ('with the exception of product category 1 …') read as the goods it acts on; a
# category number's footnote mark glued to it read into the row ('4.A((1)') (4014).
EXCEPTED_GOODS = """Commission Implementing Regulation (EU) 2033/41 of 9 January 2033 amending Implementing Regulation (EU) 2032/77 imposing a definitive safeguard measure on imports of certain aluminium products

THE EUROPEAN COMMISSION,

HAS ADOPTED THIS REGULATION:

Article 1

For each product category concerned, with the exception of product category 3 and product category 9, a part of each tariff quota is allocated to the countries listed in Annex II from 1 April 2033.

Annex

Product category | Product | Country | Additional duty
7.B(2) | Aluminium foil | China | 25 %
"""


def test_goods_left_out_are_never_the_goods_acted_on():
    summary = lead(summary_of(EXCEPTED_GOODS, "EU"))
    assert "product category 3" not in summary


def test_goods_after_of_without_an_exception_are_still_read():
    from nlp.summary.goods import goods_named

    assert goods_named("a tariff quota on imports of aluminium foil originating in China") == "aluminium foil"
    assert goods_named("with the exception of aluminium foil originating in China") is None


def test_a_footnote_mark_glued_to_a_category_number_is_not_the_row():
    labels = [r.applies_to for r in analyse(EXCEPTED_GOODS, jurisdiction="EU")._.rates]
    assert labels == ["7.B"]


# Class: a relay's second story lends its dates to the first story's measure; the second's export quota read as a
# tariff quota (4030).
RELAY = """TRADE BULLETIN – May 2032
1. Final Resolution of the anti-dumping investigation on imports of aluminium cookware originated in Vietnam.
On April 2, 2032, the Ministry of Economy published in the Official Gazette the Final Resolution of the anti-dumping investigation, by which definitive anti-dumping duties of 14.2% were imposed on imports of aluminium cookware from Vietnam, classified under tariff item 7615.10.99. The anti-dumping duties apply to all exporters.
2. Notice of the adjustment to the maximum export quota for tomatoes to the United States for the season from November 1st, 2031 to October 31, 2032.
On April 9, 2032, the Ministry of Economy published a Notice adjusting the maximum export quota for tomatoes originated in Mexico to the United States.
"""


def test_a_relays_other_story_lends_no_dates_to_the_lead():
    summary = lead(summary_of(RELAY, "MX"))
    assert "1 November 2031" not in summary and "31 October 2032" not in summary


def test_a_single_story_keeps_its_dates():
    from types import SimpleNamespace

    from nlp.summary.relay_items import dates_of_its_item

    dates = [SimpleNamespace(start=RELAY.index("November 1st")), SimpleNamespace(start=RELAY.index("April 2"))]
    assert dates_of_its_item(dates, RELAY, RELAY.index("anti-dumping")) == [dates[1]]
    one_story = RELAY.split("\n2. ")[0]
    assert dates_of_its_item(dates[1:], one_story, one_story.index("anti-dumping")) == dates[1:]


def test_an_export_quota_is_never_called_a_tariff_quota():
    summary = lead(summary_of(RELAY, "MX"))
    assert "tariff quota" not in summary


# Class: a Eurasian classification decision read as 'announces customs changes' (4037, 4042).
CLASSIFIED_RU = (
    "В соответствии с абзацем первым пункта 1 статьи 22 Таможенного кодекса Евразийского экономического союза "
    "Коллегия Евразийской экономической комиссии решила:\n1. Набор для вышивания, состоящий из ткани, ниток и "
    "иглы, упакованный для розничной продажи, в соответствии с Основными правилами интерпретации Товарной "
    "номенклатуры внешнеэкономической деятельности 1 и 3 (б) классифицируется в субпозиции 6308 00 000 0 единой "
    "Товарной номенклатуры внешнеэкономической деятельности Евразийского экономического союза.\n2. Настоящее "
    "Решение вступает в силу по истечении 30 календарных дней с даты его официального опубликования.\n"
)


def test_a_classification_decision_classifies_goods_under_its_heading():
    assert "classifies goods under subheading 6308 00 000 0" in lead(summary_of(CLASSIFIED_RU, "EAEU"))


def test_a_decision_that_classifies_nothing_is_not_a_classification():
    from nlp.summary.classified import classified_under

    assert classified_under(CLASSIFIED_RU.replace("классифицируется в", "упоминается в")) is None
