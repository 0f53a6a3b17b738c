"""Round 22 probe matrix for measure types (issue 15): each type of the vocabulary in the forms the product reads (US
notices and proclamations, EU acts in English, French and German, UK, Canadian, Indian, Australian, Latin American and
Asian texts, table rows, and an operative part past the 6,000-character opening of a long text), each with near
misses. The classes widened, each pinned here:
- the statute a Canadian surtax order is made under, cited by paragraph ('paragraph 53(2)(a) of the Customs Tariff');
- a Most-Favoured-Nation tariff rate raised or lowered (plain duty words, as 'rate of duty');
- saving clauses: a measure the document says it leaves alone ('Nothing in this notification shall affect any
  anti-dumping duty', '… are not affected by this notice') is not acted on;
- an import or export prohibited in a prohibition SI ('The importation into <country> of … is prohibited', its
  '(Prohibition) Regulations' title) and an export policy moved from 'Prohibited' to 'Free' (the ban lifted);
- additional duties under the Agreement on Safeguards' suspension of concessions are retaliation, not a safeguard;
- a product-specific rule of origin substituted (a nomenclature cue 'for the … heading' no longer swallows it);
- India's concessional rates of duty under a trade agreement are a preference, not a duty suspension;
- 'The surtax does not apply to goods of tariff item …' inserted in an order: a carve-out (exclusion);
- a US notice's ordering heading ('Continuation of the Order') past the opening of a long notice is operative.
Near misses that already held stay as guards (marked 'guard'). Every passage is written for these tests."""

from tests.fact_readers import measures

# numbered recitals long enough to push the enacting part past the 6,000-character opening
RECITALS = "".join(
    f"({n}) The Commission examined the information submitted by the interested parties on the market situation "
    f"in the period considered and found that the analysis in recital ({n - 1}) remains valid.\n"
    for n in range(2, 40)
)
COMMENTS = "".join(
    f"Comment {n}: A respondent argued that the Department should reconsider its treatment of inland freight "
    f"reported in the sales listing. Department's position: the calculation is unchanged for these results.\n"
    for n in range(1, 40)
)


def test_a_canadian_surtax_order_made_under_paragraph_53_2_a():
    text = (
        "SOR/2031-99\nUnited States Surtax Order (Aluminum Goods 2031)\n\n"
        "His Excellency the Governor General in Council, on the recommendation of the Minister of Finance, pursuant "
        "to paragraph 53(2)(a) of the Customs Tariff, makes the annexed United States Surtax Order.\n"
        "2. A surtax of 25% is imposed on goods that originate in the United States and are classified under a "
        "tariff item set out in the schedule.\n"
    )
    assert measures(text) == ["retaliation"]


def test_a_most_favoured_nation_rate_reduced_by_an_order():
    text = (
        "SOR/2031-102\nOrder Amending the Customs Tariff (Bicycles)\n\n"
        "1. The Most-Favoured-Nation Tariff rate for tariff item 8712.00.00 is reduced to 5%.\n"
    )
    assert measures(text) == ["duty_rate_change"]


def test_a_remission_order_named_in_a_saving_clause_is_not_acted_on():
    text = (
        "SOR/2031-104\nOrder Amending the Customs Tariff (Scooters)\n\n"
        "1. The Most-Favoured-Nation Tariff rate for tariff item 8711.60.00 is reduced to 3%.\n"
        "2. Nothing in this Order affects any remission granted under the Scooter Remission Order.\n"
    )
    assert measures(text) == ["duty_rate_change"]


def test_a_duty_a_notification_says_it_does_not_affect():
    text = (
        "Notification No. 15/2031-Customs\n"
        "G.S.R. 302(E).- In exercise of the powers conferred by sub-section (1) of section 25 of the Customs Act, "
        "1962, the Central Government hereby exempts glass fibre falling under heading 7019 from the whole of the "
        "basic customs duty. Nothing in this notification shall affect any anti-dumping duty leviable on the said "
        "goods.\n"
    )
    assert "anti_dumping" not in measures(text)


def test_a_quota_the_notice_leaves_alone():
    text = (
        "Notice 2031/15: Import duty on frozen boneless lamb\n\n"
        "The standard import duty on frozen boneless lamb is increased to 12%. Goods imported under the tariff rate "
        "quota opened in 2029 are not affected by this notice.\n"
    )
    assert measures(text) == ["duty_rate_change"]


def test_guard_a_suspension_a_classification_regulation_leaves_alone():
    text = (
        "COMMISSION IMPLEMENTING REGULATION (EU) 2031/901\n"
        "concerning the classification of certain goods in the Combined Nomenclature\n\n"
        "Article 1\nThe goods described in column (1) of the table in the Annex shall be classified within the "
        "Combined Nomenclature under the CN code indicated in column (2).\n"
        "Nothing in this Regulation affects the suspension of autonomous duties under Regulation (EU) 2021/2278.\n"
    )
    assert measures(text) == ["other"]


def test_a_prohibition_regulations_prohibiting_the_importation_into_a_country():
    text = (
        "The Import of Seal Products (Prohibition) Regulations 2031\n\n"
        "2. The importation into the United Kingdom of seal products is prohibited.\n"
    )
    assert measures(text) == ["prohibition"]


def test_an_export_policy_moved_from_prohibited_to_free():
    text = (
        "Notification No. 13/2031-DGFT\nSubject: Amendment in export policy of shallots\n"
        "The export policy of shallots under ITC (HS) 0703 10 is amended from 'Prohibited' to 'Free' with immediate "
        "effect.\n"
    )
    assert measures(text) == ["prohibition"]


def test_guard_a_prohibition_under_other_legislation_in_a_rate_notice():
    text = (
        "Notice to importers 2031/7: Changes to the tariff on wooden furniture\n\n"
        "The import duty on wooden furniture is reduced to 2%. Importers are reminded that the import of products "
        "made with forced labour remains prohibited under other legislation.\n"
    )
    assert measures(text) == ["duty_rate_change"]


def test_concessions_suspended_under_the_agreement_on_safeguards_past_the_opening():
    text = (
        "COMMISSION IMPLEMENTING REGULATION (EU) 2031/1201\nof 9 May 2031\n"
        "concerning certain commercial policy measures on products originating in the United States\n\n"
        f"Whereas:\n{RECITALS}HAS ADOPTED THIS REGULATION:\nArticle 1\n"
        "Additional ad valorem duties of 25% are imposed on the products originating in the United States listed in "
        "Annex I, in the exercise of the Union's rights under the WTO Agreement on Safeguards to suspend "
        "concessions.\n"
    )
    assert len(text) > 6000
    assert measures(text) == ["retaliation"]


def test_a_product_specific_rule_of_origin_substituted():
    text = (
        "The Customs (Origin of Chargeable Goods) (Amendment) Regulations 2031\n\n"
        "3. In Schedule 1, for the product-specific rule for heading 8703 substitute 'Manufacture in which the value "
        "of all non-originating materials used does not exceed 45% of the ex-works price of the product'.\n"
    )
    assert measures(text) == ["rules_of_origin"]


def test_concessional_rates_under_a_trade_agreement_are_a_preference():
    text = (
        "Notification No. 40/2031-Customs\n"
        "In exercise of the powers conferred by section 25 of the Customs Act, 1962, the Central Government hereby "
        "amends notification No. 46/2011-Customs so as to grant concessional rates of duty under the India-ASEAN "
        "Trade in Goods Agreement to goods originating in Viet Nam.\n"
    )
    assert measures(text) == ["preference"]


def test_a_surtax_an_amending_order_says_does_not_apply_to_goods():
    text = (
        "SOR/2031-80\nOrder Amending the China Surtax Order (2024)\n\n"
        "1. Section 3 of the China Surtax Order (2024) is amended by adding the following after subsection (2): "
        "(3) The surtax does not apply to goods of tariff item 8541.43.00 imported for use in the production of solar "
        "modules.\n"
    )
    assert "exclusion" in measures(text)


def test_a_continuation_order_under_its_heading_past_the_opening_of_a_notice():
    text = (
        "DEPARTMENT OF COMMERCE\nInternational Trade Administration\nCertain Paper Cups From Thailand\n\n"
        f"Background\n{COMMENTS}Continuation of the Order\n"
        "As a result of the determinations by Commerce and the ITC that revocation of the antidumping duty order "
        "would be likely to lead to continuation or recurrence of dumping and of material injury, Commerce hereby "
        "orders the continuation of the antidumping duty order on certain paper cups from Thailand.\n"
    )
    assert len(text) > 6000
    assert measures(text) == ["anti_dumping"]


def test_guard_a_recital_past_the_opening_on_another_origins_duty():
    text = (
        "COMMISSION IMPLEMENTING REGULATION (EU) 2031/602\nof 2 April 2031\n"
        "imposing a definitive countervailing duty on imports of glass fibre fabrics originating in Egypt\n\n"
        f"Whereas:\n{RECITALS}(45) Imports of glass fibre fabrics originating in China are subject to a definitive "
        "anti-dumping duty imposed by Implementing Regulation (EU) 2026/77.\nHAS ADOPTED THIS REGULATION:\nArticle 1\n"
        "A definitive countervailing duty is imposed on imports of glass fibre fabrics originating in Egypt.\n"
    )
    assert measures(text) == ["countervailing"]


def test_a_rate_cut_whose_impact_statement_past_the_opening_recounts_surtaxes():
    text = (
        "SOR/2031-103\nOrder Amending the Schedule to the Customs Tariff (Tricycles)\n\n"
        "1. The Most-Favoured-Nation Tariff rate for tariff item 8712.00.00 is reduced to 5%.\n\n"
        "REGULATORY IMPACT ANALYSIS STATEMENT\n(This statement is not part of the Order.)\n"
        + "".join(
            f"Stakeholder {n} supported the reduction and noted that input costs had risen over the period, which "
            "affected domestic assemblers.\n"
            for n in range(1, 60)
        )
        + "Background: In 2025, Canada imposed surtaxes on steel goods from the United States in response to the "
        "United States tariffs.\n"
    )
    assert len(text) > 6000
    assert measures(text) == ["duty_rate_change"]
