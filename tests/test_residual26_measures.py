"""Measure types and affected countries: classes of misses left on the read and final sets at the start of round 26
(issue 15), each pinned on a passage written for this test (none is taken from any eval set or eval-dev), with a
near miss that must not give the fact. /work/notes/NOTE-residual26-measures.md lists the classes and counts."""

from nlp.pipeline import analyse


def measure_types(text: str, **kwargs) -> set[str]:
    return {m.type for m in analyse(text, **kwargs)._.measures}


def affected(text: str, jurisdiction: str | None = None) -> list[str]:
    return sorted(analyse(text, jurisdiction=jurisdiction)._.countries["affected"])


# --- trigger volumes of additional duties: a special (agricultural) safeguard -----------------------------------


def test_trigger_volumes_of_additional_duties_are_a_safeguard():
    """Class: an act fixing the trigger volumes (or prices) above which additional import duties apply is the
    special safeguard of the Agreement on Agriculture, though it never says 'safeguard'; its 'additional import
    duties' were read as a plain rate change."""
    text = (
        "Ministerial Order No. 14/2031 setting the trigger volumes for fresh tomatoes and cucumbers\n\n"
        "The Minister of Agriculture orders as follows:\n\n"
        "Article 1\n\n"
        "For the year 2031, the trigger volumes above which additional import duties may be levied on fresh "
        "tomatoes and cucumbers shall be those set out in the Annex.\n"
    )
    assert measure_types(text) == {"safeguard"}


def test_an_additional_import_duty_without_a_trigger_stays_a_rate_change():
    text = (
        "Ministerial Order No. 15/2031 on fresh tomatoes\n\n"
        "The Minister of Agriculture orders as follows:\n\n"
        "Article 1\n\n"
        "An additional import duty of 12 per cent shall be levied on fresh tomatoes from 1 March 2031.\n"
    )
    assert "safeguard" not in measure_types(text)


# --- taxes and financing conditions outside the tariff: other ----------------------------------------------------


def test_a_list_of_excise_goods_is_other():
    """Class: an internal tax's scope (the goods an excise tax applies to, home-made and imported alike) is none of
    the tariff's kinds: other."""
    text = (
        "Federal Tax Authority Decision No. 7 of 2031 on the List of Excise Goods\n\n"
        "The Director General decides:\n\n"
        "Article 1\n\n"
        "The List of Excise Goods and the tax rates applicable to them are hereby approved as attached, with effect "
        "from 1 January 2032.\n"
    )
    assert measure_types(text) == {"other"}


def test_valuation_rules_for_excise_tax_are_other():
    text = (
        "Excise Tax (Valuation of Domestically Produced Goods for Excise Tax) Rules 2031\n\n"
        "In exercise of the powers conferred by section 40 of the Excise Act, the Minister makes the following "
        "Rules:\n\n"
        "1. These Rules set out how the valuation of domestically produced goods for excise tax is made where no "
        "sale takes place.\n"
    )
    assert measure_types(text) == {"other"}


def test_a_cash_margin_on_imports_is_other():
    """Class: a central bank's margin on the letters of credit that finance imports restrains imports without any
    duty, licence or ban: other."""
    text = (
        "State Bank circular on import financing\n\n"
        "Authorised dealers are hereby advised that a 100 percent cash margin requirement on import of the items "
        "listed in the Annex shall apply with immediate effect. The L/C margin on other imports remains at 25 "
        "percent.\n"
    )
    assert measure_types(text) == {"other"}


def test_letters_of_credit_opened_before_a_ban_name_no_margin():
    text = (
        "Import ban on used tyres\n\n"
        "The importation of used tyres is hereby prohibited. Goods shipped under letters of credit opened before "
        "1 May 2031 may be cleared until 31 May 2031.\n"
    )
    assert "other" not in measure_types(text)


# --- affected countries: a definitions glossary, an agreement's rate column -------------------------------------


def test_countries_in_a_glossary_of_definitions_are_not_targeted():
    """Class: an order's definitions written as a glossary, one quoted term a line and a dash or colon before what
    it stands for: the countries listed define a word of the order, they are not the goods' origins."""
    text = (
        "Customs Tariff Order, 2031\n\n"
        "By virtue of the authority vested in me under section 4 of the Customs Tariff Law, I hereby order as "
        "follows:\n\n"
        "(1) Definitions\n"
        "In this order -\n"
        '"Region" – Each of the following: the West Bank and the Gaza Strip;\n'
        '"Gulf States" – Each of the following: Bahrain, Kuwait, Oman, Qatar;\n'
        '"Andean Partners": Bolivia, Ecuador, Peru;\n\n'
        "2. The rates of customs duty on the goods listed in the First Schedule shall be as set out in that "
        "Schedule.\n"
    )
    assert affected(text, "JO") == []


def test_a_country_the_order_targets_after_its_glossary_stays_affected():
    text = (
        "Customs Tariff Order, 2031\n\n"
        "By virtue of the authority vested in me under section 4 of the Customs Tariff Law, I hereby order as "
        "follows:\n\n"
        "1. Definitions\n"
        '"Gulf States" – Each of the following: Bahrain, Kuwait, Oman, Qatar;\n\n'
        "2. An additional duty of 20 percent is imposed on steel bars originating in Ruritania and Peru.\n"
    )
    assert affected(text, "JO") == ["PE"]


def test_a_rate_column_headed_by_an_agreement_names_its_partner():
    """Class: a gazette's schedule printed without its order, whose rate column is headed by the trade agreement
    ('Preferential Rate of Duty under the Brunei-Korea Economic Partnership Agreement'): the partner's goods are the
    ones the rates favour."""
    text = (
        "SCHEDULE\n\n"
        "Heading | Description | Preferential Rate of Duty under the Brunei-Korea Economic Partnership Agreement\n"
        "0805.10 | Oranges | 0\n"
        "0806.10 | Fresh grapes | 5\n"
    )
    assert affected(text, "BN") == ["KR"]


def test_a_rate_column_under_an_act_names_no_partner():
    text = (
        "SCHEDULE\n\n"
        "Heading | Description | Rate of Duty under the Customs Duties Order of Brunei\n"
        "0805.10 | Oranges | 0\n"
        "0806.10 | Fresh grapes | 5\n"
    )
    assert affected(text, "BN") == []


# --- India's effective-rate notifications: their number however spaced, amended or superseded --------------------


def test_amending_the_effective_rate_notification_written_with_spaced_dashes_is_a_suspension():
    """Class: the exemption notification's number printed with a space around its dash ('No. 12/2012 - Customs',
    'No. 50/2017- Customs') or glued to a blog's label ('BlogAmendments in …') was not read, and the serial numbers
    its table omits ('S. Nos. 4, 9 and the entries relating thereto shall be omitted') were read as tariff items
    deleted from the nomenclature."""
    text = (
        "Tax BlogAmendments to notification No. 12/2012 - Customs, dated the 17th March, 2012.\n\n"
        "In the said notification, in the Table, (1) S. Nos. 4, 9 and 12 and the entries relating thereto shall be "
        "omitted; (2) against S. No. 31, in column (4), for the entry “10%”, the entry “5%” shall be substituted.\n"
    )
    assert measure_types(text, jurisdiction="IN") == {"duty_suspension"}


def test_a_notification_superseding_the_effective_rate_notification_is_a_suspension():
    text = (
        "Customs notification No.50/2017 -Customs, dated the 30th June, 2017, superseding notification "
        "No. 12/2012 -Customs\n\n"
        "S. No. | Chapter or heading | Description | Standard rate\n"
        "101. | 0713 | Lentils | Nil\n"
    )
    assert measure_types(text, jurisdiction="IN") == {"duty_suspension"}


def test_tariff_items_omitted_from_the_schedule_still_change_the_nomenclature():
    text = (
        "THE FIRST SCHEDULE\n\n"
        "In the First Schedule to the Customs Tariff Act, in Chapter 3, tariff items 0302 41 00 and 0302 42 00 and "
        "the entries relating thereto shall be omitted.\n"
    )
    assert "nomenclature_change" in measure_types(text, jurisdiction="IN")


# --- a tariff treatment named for its partner ------------------------------------------------------------------


def test_goods_entitled_to_a_partner_tariff_are_the_partners():
    """Class: Canada's tariff treatments named for a partner ('entitled to the Peru Tariff') in a schedule's quota
    condition flattened one cell a line between the treatments' rates: the partner's goods are those the treatment
    favours, though no sentence there acts."""
    text = (
        "SCHEDULE 3\n(Subsections 20(1) and (4))\nTariff Item\n|\nMost-Favoured-Nation Tariff\n|\n"
        "Preferential Tariff\n|||\n0207.11.91\n|\n238%\n|\nCOLT: Free (A)\n|||\n"
        "---If the aggregate quantity of goods of tariff item Nos.\n|\nCOLT: Free (A)\n|\n"
        "0207.11.92 and 0207.11.93 specified in an order of the Governor in\n|\nGPT: N/A\n|||\n"
        "Council under section 7 on the aggregate quantity\n|\nLDCT: N/A\n|||\n"
        "of such goods entitled to the Colombia Tariff has not\n|\nUST: N/A\n|||\nbeen exceeded\n|\n"
    )
    assert affected(text, "CA") == ["CO"]


def test_goods_entitled_to_the_general_preferential_tariff_name_no_partner():
    text = (
        "SCHEDULE 3\n(Subsections 20(1) and (4))\nTariff Item\n|\nMost-Favoured-Nation Tariff\n|\n"
        "Preferential Tariff\n|||\n0207.11.91\n|\n238%\n|\nGPT: Free (A)\n|||\n"
        "---If the aggregate quantity of goods of tariff item Nos.\n|\nGPT: Free (A)\n|\n"
        "0207.11.92 and 0207.11.93 specified in an order of the Governor in\n|\nLDCT: N/A\n|||\n"
        "Council under section 7 on the aggregate quantity\n|\nUST: N/A\n|||\n"
        "of such goods entitled to the General Preferential Tariff has not\n|\nMT: N/A\n|||\nbeen exceeded\n|\n"
    )
    assert affected(text, "CA") == []


# --- near misses a review found (each passage written for this test) ----------------------------------------------


def test_a_trigger_price_no_longer_applied_leaves_the_rate_change():
    """A trigger of additional duties named as past history (no longer applied, formerly charged) sets no
    safeguard: the order's own act is the rate it reduces."""
    text = (
        "Customs Duties (Amendment) Order 2032\n\n"
        "1. The rate of import duty on fresh pears of heading 08.08 is reduced from 12 per cent to 8 per cent with "
        "effect from 1 March 2032.\n\n"
        "2. The trigger price below which additional duties were formerly charged on pears is no longer applied.\n"
    )
    assert measure_types(text) == {"duty_rate_change"}


def test_tariff_items_omitted_beside_a_serial_number_still_change_the_nomenclature():
    """A serial number cited in another clause ('against S. No. 12 of the Table') does not make the tariff items
    omitted in the next clause serial numbers of an exemption table."""
    text = (
        "The Finance Bill, 2032 - Second Schedule\n\n"
        "In the First Schedule to the Customs Tariff Act, --\n"
        '(i) against S. No. 12 of the Table in the Third Schedule, for the entry "10%", the entry "7.5%" shall be '
        "substituted;\n"
        "(ii) in Chapter 39, tariff items 3903 11 10 and 3903 11 90 and the entries relating thereto shall be "
        "omitted, and after tariff item 3903 19 00, the following tariff item shall be inserted.\n"
    )
    assert "nomenclature_change" in measure_types(text, jurisdiction="IN")


def test_a_headline_opening_with_a_quotation_keeps_its_target():
    """A press headline that opens with a quoted slogan and a dash is no glossary line: without a definitions
    heading or other defined terms around it, the country it names is the duty's target."""
    text = (
        "Ministry news, 2 February 2032\n"
        '"A fair price for our growers" – Government imposes anti-dumping duty on fresh garlic from China\n'
        "The Ministry of Trade has imposed a definitive anti-dumping duty of 42 per cent on fresh garlic.\n"
    )
    assert affected(text) == ["CN"]


def test_an_agreement_named_in_an_exception_names_no_column_partner():
    """An agreement's rate named in an operative sentence (an exception to a rate increase) is no rate column's
    header: its partners are not affected."""
    text = (
        "Customs Tariff (Amendment) Order 2032\n\n"
        "1. The rate of import duty on refrigerators of heading 84.18 is increased from 10 per cent to 15 per cent "
        "with effect from 1 May 2032.\n\n"
        "2. Paragraph 1 shall not apply to goods eligible for the rate of duty under the Japan-Philippines Economic "
        "Partnership Agreement.\n"
    )
    assert affected(text) == []


def test_a_rate_of_duty_and_an_agreement_in_two_sentences_name_no_column_partner():
    text = (
        "Customs Tariff (Amendment) Order 2032\n\n"
        "1. The rate of import duty on refrigerators of heading 84.18 is increased from 10 per cent to 15 per cent for "
        "goods of every origin. The rate of duty for goods of Korea stays as it is, Korea being covered by the Free "
        "Trade Agreement.\n"
    )
    assert affected(text) == []


def test_rates_under_an_agreement_a_notification_leaves_alone_name_no_partner():
    text = (
        "Notification No. 27/2032-Customs\n\n"
        "In exercise of the powers conferred by section 25 of the Customs Act, 1962, the Central Government hereby "
        "increases the basic customs duty on silver bars from 10% to 15%. This increase shall not affect the rates "
        "of customs duty under the India-UAE Comprehensive Economic Partnership Agreement, notified separately.\n"
    )
    assert affected(text, jurisdiction="IN") == []


def test_a_cash_margin_the_central_bank_withdrew_earlier_is_not_other():
    """A margin the document does not impose or change on imports (withdrawn earlier by the central bank) is no
    measure of its own."""
    text = (
        "S.R.O. 611(I)/2032\n\n"
        "In exercise of the powers conferred by section 18 of the Customs Act, 1969, the Federal Government is pleased "
        "to reduce the customs duty on air conditioners of heading 8415.10 from 20 per cent to 15 per cent with effect "
        "from 1 July 2032.\n\n"
        "The reduction comes after the State Bank withdrew the cash margin requirement on imports of air "
        "conditioners in April 2032.\n"
    )
    assert measure_types(text) == {"duty_rate_change"}


def test_margins_on_export_letters_of_credit_are_not_other():
    text = (
        "Circular No. 8 of 2032: Export finance\n\n"
        "Banks shall publish the charges for advising letters of credit opened for exports. Banks may set L/C margins "
        "with their customers under their own credit policies.\n"
    )
    assert "other" not in measure_types(text)


def test_excise_valuation_inside_a_customs_rate_change_is_not_other():
    """The excise value of goods a customs rate change defines for its own purposes is part of that change, not a
    separate excise measure."""
    text = (
        "Customs Duty (Amendment) Regulations 2032\n\n"
        "1. The customs duty on wine of heading 22.04 is increased from 15 per cent to 25 per cent with effect from "
        "1 June 2032.\n\n"
        "2. For the purposes of regulation 1, the valuation of imported goods for excise duty under section 7 of the "
        "Excise Act shall be the customs value plus the duty.\n"
    )
    assert "other" not in measure_types(text)


def test_goods_not_entitled_to_partner_tariffs_name_no_partner():
    """Goods not entitled to a list of partners' tariffs say nothing of the partners' goods being acted on."""
    text = (
        "Customs Notice CN-32-04: Surtax on steel nails\n\n"
        "1. A surtax of 15% is imposed on steel nails of tariff item 7317.00.10 imported from any country, effective "
        "1 September 2032.\n\n"
        "2. Goods that are not entitled to the Chile Tariff, the Peru Tariff or the Colombia Tariff because they fail "
        "the rules of origin are also subject to the surtax.\n"
    )
    assert affected(text, jurisdiction="CA") == []


def test_rates_of_a_partner_tariff_left_unchanged_name_no_partner():
    text = (
        "Order Amending the Schedule to the Customs Tariff, 2032-2\n\n"
        "1. The Most-Favoured-Nation Tariff rate for tariff item 8450.11.00 is reduced from 8% to 5%.\n\n"
        "2. Rates for goods entitled to the Mexico Tariff remain unchanged by this Order.\n"
    )
    assert affected(text, jurisdiction="CA") == []


def test_every_partner_of_a_list_of_entitled_tariffs_is_affected():
    """A schedule cell naming several partners' tariffs ('entitled to the Chile Tariff or the Peru Tariff') names
    each partner, not only the first."""
    text = (
        "Tariff item | Description | MFN Tariff | Preferential Tariff\n"
        "0402.10.10 | Within access commitment | 7.5% | Free (goods entitled to the Chile Tariff or the Peru "
        "Tariff)\n"
    )
    assert affected(text, jurisdiction="CA") == ["CL", "PE"]
