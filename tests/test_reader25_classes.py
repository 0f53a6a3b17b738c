"""Round 25 reader classes (issue 15, the policy officer's reading of final27's digest): titles and summaries that
read true. Passages written for these tests (fictional acts, other wordings and languages than the documents read),
each failing on the tree before the fix, with a near miss where the rule could over-reach.

Classes:
- an act that only renames a company under a duty in force read as amending the duty, with its rate (3820).
- a correction of other language versions of the nomenclature read as 'changes commodity codes' (3813).
- a stepped export duty: the percentage beside its money floor ('7%, but at least 30 euros …') dropped as a goods'
  'at least', the list item's leading words taken for the row, the duty read on imports (3840).
- a word printed letter by letter ('D E C R E T O') cased letter by letter ('D E C R E T o') (3842).
- German EU articles: no goods in the summary; a German sentence quoted after the English lead; German row labels
  of the Union's standard rows in the digest (3816, 3817, 3823, 3824).
"""

from digest.entry import in_english
from nlp.pipeline import analyse
from nlp.summary.casing import title_case_from_capitals
from tests.summary_lead import lead, summary_of


def rates_of(text: str, jurisdiction: str) -> list[tuple[float, str, str | None]]:
    return [(r.value, r.unit, r.applies_to) for r in analyse(text, jurisdiction=jurisdiction)._.rates]


# Class: a company renamed under a countervailing duty in force; its rate is quoted in the recitals.
RENAMED = """Commission Implementing Regulation (EU) 2032/140 of 9 February 2032 amending Implementing Regulation (EU) 2029/77 imposing a definitive countervailing duty on imports of glass fibre fabrics originating in Egypt and in the Republic of Turkey

THE EUROPEAN COMMISSION,

Having regard to the Treaty on the Functioning of the European Union,

Whereas:

(1) Nile Fibre Glass S.A.E., TARIC additional code C421, is subject to a countervailing duty rate of 11,4 %.

(2) By letter of 3 October 2031 the company informed the Commission that its company name had been changed to Delta Composites S.A.E.

(3) The Commission concluded that the new name does not affect the findings on which the duty rate rests.

HAS ADOPTED THIS REGULATION:

Article 1

In Article 1(2) of Implementing Regulation (EU) 2029/77, the entry 'Nile Fibre Glass S.A.E.' is replaced by 'Delta Composites S.A.E.'. The TARIC additional code C421 shall apply to Delta Composites S.A.E. from 3 October 2031.

Article 2

This Regulation shall enter into force on the day following that of its publication in the Official Journal of the European Union.
"""
# Near miss: the same act also adds a new exporting producer: it acts on more than a name.
RENAMED_AND_NEWCOMER = RENAMED.replace(
    "Article 2\n",
    "Article 2\n\nDelta Composites S.A.E. is added as a new exporting producer with a duty rate of 9,8 %.\n\nArticle 3\n",
)


def test_an_act_that_only_renames_a_company_says_so_and_quotes_no_rate():
    first = lead(summary_of(RENAMED, "EU"))
    assert "updates a company's name under a countervailing duty" in first
    assert "%" not in first and "glass fibre fabrics" in first


def test_an_act_that_renames_and_adds_a_producer_still_amends():
    first = lead(summary_of(RENAMED_AND_NEWCOMER, "EU"))
    assert "amends a countervailing duty" in first and "name" not in first


# Class: a correction of one language version of the nomenclature.
CORRECTION = """Commission Implementing Regulation (EU) 2031/2290 of 12 September 2031 correcting the Swedish language version of Annex I to Council Regulation (EEC) No 2658/87 on the tariff and statistical nomenclature and on the Common Customs Tariff

THE EUROPEAN COMMISSION,

Whereas:

(1) The Swedish language version of Annex I to Regulation (EEC) No 2658/87 contains an error in the description of CN codes 8517 62 00 and 8517 71 00.

HAS ADOPTED THIS REGULATION:

Article 1

(Concerns only the Swedish language version)

Article 2

This Regulation shall enter into force on the twentieth day following that of its publication in the Official Journal of the European Union.
"""
# Near miss: an act amending the nomenclature itself changes codes.
AMENDMENT = CORRECTION.replace("correcting the Swedish language version of", "amending").replace(
    "(Concerns only the Swedish language version)",
    "In Annex I to Regulation (EEC) No 2658/87, CN code 8517 62 00 is replaced by CN codes 8517 62 10 and 8517 62 90.",
)


def test_a_correction_of_a_language_version_changes_no_code():
    first = lead(summary_of(CORRECTION, "EU"))
    assert "corrects the wording of language versions of the tariff nomenclature" in first
    assert "changes commodity codes" not in first


def test_an_act_amending_the_nomenclature_changes_codes():
    first = lead(summary_of(AMENDMENT, "EU"))
    assert "corrects" not in first


# Class: a stepped export duty with a money floor, its steps as a list.
EXPORT_DUTY = """DECREE OF THE GOVERNMENT OF THE REPUBLIC OF KAZAKHSTAN

of 3 March 2031 No. 77

On the rates of export customs duty on greasy wool

The Government of the Republic of Kazakhstan decides:

1. Establish the rates of export customs duty on greasy wool of heading 5101:

- at the rate of 7%, but at least 30 euros per 1000 kg of customs value until June 30, 2032;

- at the rate of 12%, but at least 60 euros per 1000 kg of customs value from July 1, 2032.
"""
# Near miss: 'at least' of the goods' specification before a rate.
SPECIFICATION = """Regulation No. 12 of 4 April 2031 on import duties on citric acid

1. Citric acid of a purity of at least 97 % of heading 2918 shall be subject to an import duty of 6.5 %.
"""


def test_a_percentage_beside_its_money_floor_is_a_rate_and_the_item_words_no_row():
    rates = rates_of(EXPORT_DUTY, "KZ")
    assert (7, "percent", None) in rates and (12, "percent", None) in rates


def test_a_stepped_export_duty_is_summarised_step_by_step_on_exports():
    first = lead(summary_of(EXPORT_DUTY, "KZ"))
    assert "a duty of 7% until 30 June 2032, then 12% from 1 July 2032 on exports" in first
    assert "imports" not in first


def test_rates_whose_dates_leave_a_gap_are_no_steps():
    first = lead(summary_of(EXPORT_DUTY.replace("July 1, 2032", "January 1, 2033"), "KZ"))
    assert "7% to 12%" in first and "then" not in first


def test_a_goods_specification_at_least_is_no_rate():
    rates = rates_of(SPECIFICATION, "KZ")
    assert [value for value, unit, _ in rates if unit == "percent"] == [6.5]
    assert "on exports" not in lead(summary_of(SPECIFICATION, "KZ"))


# Class: a word spaced letter by letter in a title in capitals.
def test_a_word_printed_letter_by_letter_is_one_word():
    assert title_case_from_capitals("GOBIERNO NACIONAL D E C R E T O No. 14") == "Gobierno Nacional Decreto No. 14"


def test_two_single_letters_stay_as_printed():
    assert title_case_from_capitals("ORDER ON A B AND C") == "Order on a B and C"


# Class: a German EU article (one article of a remedy act, no title).
GERMAN_ARTICLE = """Artikel 1 VO (EU) 2031/415

(1) Auf die Einfuhren von Zitronensäure in Pulverform, die derzeit unter den KN-Codes ex29181400 und ex29181500 (TARIC-Codes 2918140010 und 2918150010) eingereiht werden und ihren Ursprung in der Volksrepublik China haben, wird ein endgültiger Antidumpingzoll eingeführt.

(2) Für die in Absatz 1 beschriebene Ware gelten folgende endgültige Antidumpingzollsätze:

Unternehmen | Zollsatz (in %) | TARIC-Zusatzcode
Weifang Citric Co., Ltd | 15,3 | C801
Im Anhang aufgeführte andere mitarbeitende Unternehmen | 17,9 | C802
Alle übrigen Einfuhren mit Ursprung in der Volksrepublik China | 42,7 | C999
"""
NAMED_COMMONLY = """Artikel 1 VO (EU) 2031/902

(1) Es wird ein endgültiger Antidumpingzoll auf die Einfuhren von Glasscheiben mit einem Eisengehalt von weniger als 300 ppm, gemeinhin als „Solarglas” bezeichnet, mit Ursprung in Malaysia eingeführt, die derzeit unter den KN-Code ex70071980 (TARIC-Code 7007198010) eingereiht werden.
"""
# Near miss: imports named only by their origin name no goods.
ORIGIN_ONLY = """Artikel 1 VO (EU) 2031/415

(1) Auf die Einfuhren aus der Volksrepublik China, die derzeit unter den KN-Codes ex29181400 und ex29181500 eingereiht werden, wird ein endgültiger Antidumpingzoll von 42,7 % eingeführt.
"""
# A German news item whose sentences follow the title.
GERMAN_NEWS = """Antidumping - Kettenglieder mit Ursprung in Vietnam
Die Europäische Kommission gibt die Einführung vorläufiger Antidumpingzölle bekannt.
Seit 2. Juni 2031 gelten vorläufige Antidumpingzölle auf Einfuhren aus Vietnam.
"""


def test_a_german_articles_goods_are_named():
    first = lead(summary_of(GERMAN_ARTICLE, "EU"))
    assert "‘Zitronensäure in Pulverform’" in first and "China" in first


def test_goods_a_german_act_names_commonly_are_named_by_that_name():
    assert "‘Solarglas’" in lead(summary_of(NAMED_COMMONLY, "EU"))


def test_imports_named_by_their_origin_name_no_goods():
    first = lead(summary_of(ORIGIN_ONLY, "EU"))
    assert "‘" not in first and "on imports from China" in first


def test_a_german_titles_goods_are_named_and_no_german_sentence_follows_the_lead():
    summary = summary_of(GERMAN_NEWS, "EU")
    assert "‘Kettenglieder’" in summary and "Vietnam" in summary
    assert "Kommission" not in summary and "bekannt" not in summary


def test_the_unions_standard_rows_in_german_or_french_read_in_english():
    assert in_english("Im Anhang aufgeführte andere mitarbeitende Unternehmen") == "other cooperating companies"
    assert in_english("Alle übrigen Einfuhren mit Ursprung in der Volksrepublik China") == "all other companies"
    assert in_english("Autres sociétés ayant coopéré énumérées à l'annexe") == "other cooperating companies"


def test_a_company_whose_name_holds_the_words_stays_as_named():
    assert in_english("Mitarbeitende Unternehmen Holding GmbH") == "Mitarbeitende Unternehmen Holding GmbH"


# Class: two rates of one tariff quota, each named by its tier right before it.
QUOTA_TIERS = """CSMS # 31-000412 - 2031 Raw Cane Sugar Tariff-Rate Quota

Entries of raw cane sugar presented on the opening day shall be prorated. The prorated quantity of each entry shall be
liquidated at the within-quota rate (HTS 1701.14.10/1.4606 cents per kg or 2.1%). Quantities presented after the
quota is filled shall be liquidated at the over-quota rate of duty (HTS 1701.14.50/15.2%).
"""
# Near miss: the tier named in another sentence than the rate's.
TIER_ELSEWHERE = """CSMS # 31-000413 - 2031 Raw Cane Sugar Tariff-Rate Quota

The in-quota quantity for raw cane sugar is 1,117,195 metric tons raw value. A duty of 2.1% applies to the entries.
"""


def test_a_quota_rate_says_which_tier_it_is_for():
    tiers = {value: row for value, unit, row in rates_of(QUOTA_TIERS, "US") if unit == "percent"}
    assert tiers == {2.1: "in-quota", 15.2: "over-quota"}


def test_a_rate_whose_sentence_names_no_tier_has_none():
    assert [(value, row) for value, unit, row in rates_of(TIER_ELSEWHERE, "US") if unit == "percent"] == [(2.1, None)]


# Near miss: tiers tagged after each figure; a tag never passes to the figure after it.
TIER_TAGS = """EXECUTIVE ORDER NO. 301

Section 1. The rates of import duty on chicken meat under heading 02.07 are modified from 35% (in-quota) and
45% (out-quota) to 25% (in-quota) and 30% (out-quota).
"""


def test_a_tier_tag_belongs_to_the_figure_it_follows():
    tiers = {value: row for value, unit, row in rates_of(TIER_TAGS, "PH") if unit == "percent"}
    assert tiers == {35: "in-quota", 45: "over-quota", 25: "in-quota", 30: "over-quota"}
