"""Round 19 review: passages of other documents on which a rule of this round fired, each written for this test and
pinning the right outcome after the rule was narrowed. Classes: a bare 'section 338' of another country's statute is
no legal basis for retaliation (only the Tariff Act's is); a
period 'up to' a day names an end only of what is in force or not for it, not of the data a finding examined; import volumes
above a negligibility threshold are no quota; a rate a
few words after 'containing' is a duty when the words between are no quantity's ('containing steel shall attract'); an
Arabic law's 'الفصل 12 من القانون الجمركي' (chapter 12 of the customs law) is no tariff chapter; a
table's prices beside counts in later cells are no statistical rows; '19 U.S.C. 1671 et seq.'
(all of Title VII, anti-dumping too) names no countervailing duty; a cited decision's title 'On approving the
Commodity Nomenclature …' changes no nomenclature; 'Trinidad and Tobago has approved' (a CARICOM member's vote) is
no Trinidad act; a 'Minister responsible for revenue and customs' names Tonga only in its enacting formula 'with the
approval of Cabinet'."""

from nlp.pipeline import analyse
from tests.fact_readers import dates, jurisdiction, measures, rates


def test_section_338_of_another_countrys_act_is_no_retaliation():
    """Class: legal basis cue. 'section 338' of New Zealand's Customs and Excise Act is not the US Tariff Act's."""
    text = (
        "Customs Notice 31/07: Goods in transit\n\n"
        "Under section 338 of the Customs and Excise Act 2018, the chief executive may require the owner of goods "
        "in transit to provide information. This notice sets out how importers of goods from China must provide it "
        "from 1 July 2031.\n"
    )
    assert "retaliation" not in measures(text)


def test_data_for_the_period_up_to_a_day_is_no_application_end():
    """Class: date rule 'for a period up to <date>'. An investigation's data period is no end of the measure."""
    text = (
        "Anti-dumping duty on steel wire from Viet Nam\n\nThe Commission examined import data for the period up to 31 "
        "March 2030. Imports from Viet Nam increased by 40 per cent. A definitive anti-dumping duty of 12 per cent is "
        "imposed on imports of steel wire originating in Viet Nam from 1 June 2031.\n"
    )
    assert ("application_end", "2030-03-31") not in dates(text)


def test_import_volumes_above_the_negligibility_threshold_are_no_quota():
    """Class: quota cue 'import volumes … thresholds'. A dumping finding's negligibility test sets no volume."""
    text = (
        "Anti-dumping duty on steel wire from Viet Nam\n\nImport volumes from Viet Nam amounted to 45 000 tonnes in "
        "the investigation period, well above the negligibility threshold. A definitive anti-dumping duty of 12 per "
        "cent is imposed on imports of steel wire originating in Viet Nam.\n"
    )
    assert analyse(text)._.quotas == []


def test_a_duty_rate_after_what_goods_contain_stays_a_rate():
    """Class: not-rate cue 'containing … N%'. Only a quantity's words between make the percentage a content."""
    text = "Customs Duties (Steel Products) Order 2031\n\n2. Products containing steel shall attract 25 percent duty on importation.\n"
    assert rates(text) == [(25, "percent", None)]


def test_an_arabic_laws_chapter_is_no_tariff_chapter():
    """Class: Arabic chapter word 'الفصل' with a customs word in its sentence: a chapter 'of' a law is the law's."""
    text = (
        "قرار وزاري بشأن إجراءات الاستيراد\n\nيطبق الفصل 12 من القانون الجمركي على البضائع المستوردة.\n"
        "يعمل بهذا القرار ابتداء من 1 يوليو 2031.\n"
    )
    assert [code.code for code in analyse(text)._.codes] == []


def test_a_chapter_of_the_arabic_tariff_stays_a_chapter():
    """Guard: 'الفصل 72 من التعرفة الجمركية' (chapter 72 of the customs tariff) is the tariff's chapter."""
    text = "قرار بشأن الرسوم\n\nتخفض الرسوم الجمركية على السلع الواردة في الفصل 72 من التعرفة الجمركية إلى 5%.\n"
    assert [code.code for code in analyse(text)._.codes] == ["72"]


def test_prices_beside_counts_in_later_cells_are_no_statistical_rows():
    """Class: statistical code cells. Two price rows ('| Hot-rolled coil | 7208.50 | 40 |') in a table that is
    no schedule: the subheading of a statistical row opens its row."""
    text = (
        "Price undertaking: minimum import prices\n\n| Product | Minimum import price (EUR/tonne) | Lots |\n"
        "| Hot-rolled coil | 7208.50 | 40 |\n| Cold-rolled coil | 7209.25 | 25 |\n\n"
        "The undertaking applies from 1 June 2031.\n"
    )
    assert [code.code for code in analyse(text)._.codes] == []


def test_title_vii_cited_as_1671_et_seq_names_no_countervailing_duty():
    """Class: countervailing cue '19 U.S.C. 1671'. 'et seq.' cites all of Title VII in an anti-dumping notice."""
    text = (
        "Certain Steel Nails From Viet Nam; Institution of Anti-Dumping Duty Investigation\n\n"
        "The Commission hereby gives notice of the institution of an anti-dumping duty investigation pursuant to "
        "Title VII of the Tariff Act of 1930 (19 U.S.C. 1671 et seq.) to determine whether an industry in the United "
        "States is materially injured by reason of imports of certain steel nails from Viet Nam, alleged to be sold in "
        "the United States at less than fair value.\n"
    )
    assert measures(text) == ["anti_dumping"]


EAEU_RATE_DECISION = (
    "Decision of the Board of the Eurasian Economic Commission No. 12 of 3 March 2031\n"
    "On setting the rate of the import customs duty on certain types of cheese\n\n"
    "In accordance with paragraph 4 of Article 45 of the Treaty on the Eurasian Economic Union and Decision of the "
    'Council of the Eurasian Economic Commission No. 54 of 16 July 2012 "On approving the Commodity Nomenclature of '
    "Foreign Economic Activity of the Eurasian Economic Union and the Common Customs Tariff of the Eurasian Economic "
    'Union", the Board of the Eurasian Economic Commission decided:\n'
    "1. To set the rate of the import customs duty of the Common Customs Tariff of the Eurasian Economic Union in "
    "respect of cheese classified under code 0406 90 010 0 of the CN FEA EAEU at 10 percent of the customs value.\n"
    "2. This Decision shall enter into force 30 calendar days after its official publication.\n"
)


def test_a_cited_decisions_title_approving_the_nomenclature_changes_no_nomenclature():
    """Class: nomenclature cue 'approval of the Commodity Nomenclature of Foreign Economic Activity'. The EAEU's
    founding decision cited by its quoted title in a rate decision's preamble is background."""
    assert "nomenclature_change" not in measures(EAEU_RATE_DECISION)


def test_a_caricom_members_approval_is_no_trinidad_act():
    """Class: jurisdiction cue 'Trinidad and Tobago has approved'. In a CARICOM item a member state votes on another's
    request: Trinidad and Tobago does not issue the act."""
    text = (
        "CARICOM Secretariat: COTED approves suspension of the CET on onions\n\n"
        "The Council for Trade and Economic Development approved the request of Barbados to suspend the Common External "
        "Tariff on fresh onions until 31 December 2031. Trinidad and Tobago has approved a similar request by Guyana.\n"
    )
    assert "TT" not in jurisdiction(text)


def test_a_minister_for_revenue_and_customs_in_a_power_names_no_tonga():
    """Class: jurisdiction cue 'Minister responsible for revenue and customs'. The office exists elsewhere; Tonga's own
    enacting formula adds 'with the approval of Cabinet'."""
    text = (
        "Ministry of Customs and Revenue (Samoa)\n\nCustoms Tariff Amendment Order 2031\n\n"
        "The Minister responsible for revenue and customs may by order amend the rates in the Schedule. The rate of "
        "duty on cigarettes is raised to 40 percent from 1 July 2031.\n"
    )
    assert "TO" not in jurisdiction(text)
