"""Canadian consolidated regulations and Gazette orders, trade-press reports of WTO notifications and a Mexican
broker bulletin, by class (round 12 second pass, final15 1825-1836):
- a schedule converted from XML prints an empty edge cell as a bare ' | ': its columns still line up with the
  header's, so a 'Subheading' column's six-digit codes and a '($)' column's 'per kilogram' amounts are read;
- a Canadian schedule whose header has a second line for the rate columns only ('Initial Rate | Final Rate') keeps
  its tariff items, and its 'Free (A)' cells are zero rates;
- traditional Chinese names the customs code '海關編碼';
- an export charge is a duty; an order made under section 82 of the Customs Tariff changes rates; 'Preferential
  Tariff' heading a schedule's column grants no preference; an anti-dumping duty remission order remits, it does
  not impose an anti-dumping duty; an order amending general import permits is licensing; a repeal acts;
- countries listed on a line of their own under 'the following countries:' are the ones the lead-in acts on; a
  trade agreement's implementation act names no origin;
- a registration-day fallback does not stand beside a stated day of entry into force; a news item's lead date is
  the reported act's, not a title's; evidence to submit before a day is a comment deadline; 'por cinco años más
  contados a partir del' starts the extended period;
- a press report of a WTO notification names its Member by adjective ('the Indonesian delegation'), and the
  notification it reports (released by a WTO committee) is what it is about.
Every passage is written for these tests."""

from nlp.codes.finder import find_codes
from nlp.pipeline import analyse


def types(text: str, jurisdiction: str | None = None) -> list[str]:
    return sorted(mention.type for mention in analyse(text, jurisdiction=jurisdiction)._.measures)


def rates(doc) -> list[tuple]:
    return sorted((rate.value, rate.unit) for rate in doc._.rates)


CONSOLIDATED_SCHEDULE = (
    "SCHEDULE\n(Section 2)\nExport Charges\n"
    "Item | Column 1 | Column 2 | Column 3\n"
    " | Product | Harmonized Commodity Description and Coding System Subheading | Export Charge Rate ($)\n"
    "1 | Butter | 0405.10 | 1.20 per kilogram\n"
    " | Dairy spreads | 0405.20 | \n"
    "2 | Cheddar cheese | 0406.90 | 2.75 per kilogram\n"
)


def test_a_consolidated_schedules_empty_edge_cells_keep_its_subheading_column():
    codes, _ = find_codes(CONSOLIDATED_SCHEDULE)
    assert [code.code for code in codes] == ["040510", "040520", "040690"]


def test_amounts_per_kilogram_under_a_dollar_header_are_specific_rates_in_the_acts_dollar():
    text = (
        "Widget Export Charges Regulations\n"
        "Her Excellency the Governor General in Council makes the annexed Widget Export Charges Regulations.\n"
        "2 The holder of a permit who exports a product set out in column 1 of the schedule must pay an export"
        " charge at the rate set out in column 3.\n" + CONSOLIDATED_SCHEDULE
    )
    assert rates(analyse(text, jurisdiction="CA")) == [(1.2, "CAD/kg"), (2.75, "CAD/kg")]


GAZETTE_ORDER = (
    "Order Amending the Schedule to the Customs Tariff, 2031-2: SOR/2031-55\n"
    "Registration\nSOR/2031-55 March 4, 2031\nCUSTOMS TARIFF\nP.C. 2031-120 March 4, 2031\n"
    "His Excellency the Administrator of the Government of Canada in Council, on the recommendation of the"
    " Minister of Finance, pursuant to section 82 of the Customs Tariff, makes the annexed Order Amending the"
    " Schedule to the Customs Tariff, 2031-2.\n"
    "Order Amending the Schedule to the Customs Tariff, 2031-2\nAmendments\n"
    "1 Tariff item No. 8481.80.00 in the List of Tariff Provisions set out in the schedule to the Customs Tariff"
    " is repealed.\n"
    "2 The List of Tariff Provisions set out in the schedule to the Act is amended by adding, in numerical order,"
    " the tariff provisions set out in the schedule to this Order.\n"
    "Coming into Force\n3 This Order comes into force on the day on which it is registered.\n"
    "SCHEDULE\n"
    "Tariff Item | Description of Goods | Most-Favoured-Nation Tariff | Preferential Tariff | ||\n"
    "---|---|---|---|---|---|\n"
    "Initial Rate | Final Rate | Initial Rate | Final Rate | ||\n"
    "8481.80.10 | -- Valves for use in the manufacture of dishwashers | Free | Free (A) | UST: Free | UST: Free (A) |\n"
    "MXT: Free | MXT: Free (A) | ||||\n"
)


def test_a_schedule_row_under_a_second_header_line_of_rate_parts_keeps_its_tariff_item():
    codes, _ = find_codes(GAZETTE_ORDER)
    assert [code.code for code in codes] == ["84818000", "84818010"]


def test_free_with_its_staging_category_is_a_zero_rate():
    assert rates(analyse(GAZETTE_ORDER, jurisdiction="CA")) == [(0, "percent")]


def test_an_order_made_under_section_82_changes_rates_and_its_preferential_column_grants_no_preference():
    assert types(GAZETTE_ORDER, "CA") == ["duty_rate_change", "nomenclature_change"]


def test_the_administrators_enacting_formula_is_the_preamble():
    doc = analyse(GAZETTE_ORDER, jurisdiction="CA")
    offset = GAZETTE_ORDER.index("His Excellency the Administrator")
    assert doc._.layout.kind_at(offset) == "preamble"


def test_an_unflattened_schedule_rows_free_final_rate_is_a_zero_rate():
    text = (
        "Order Amending the Schedule to the Customs Tariff\n"
        "1 The List of Tariff Provisions set out in the schedule to the Customs Tariff is amended by adding, in"
        " numerical order, the tariff provisions set out in the schedule to this Order.\n"
        "SCHEDULE\n"
        "Tariff Item Description of Goods Most-Favoured-Nation Tariff Preferential Tariff\n"
        "Initial Rate Final Rate Initial Rate Final Rate\n"
        "8419.81.10 ---Coffee makers for use in aircraft Free Free (A) UST: Free UST: Free (A)\n"
    )
    assert rates(analyse(text, jurisdiction="CA")) == [(0, "percent")]


def test_traditional_chinese_names_the_customs_code():
    text = "2031年3月2日,某國通知WTO保障措施委員會,涉案產品海關編碼為:72081000、72082510、72089000。"
    assert [code.code for code in find_codes(text)[0]] == ["72081000", "72082510", "72089000"]


def test_an_export_charge_is_a_duty():
    text = (
        "Export Charges for Certain Cheese Regulations\n"
        "Her Excellency the Governor General in Council makes the annexed Export Charges for Certain Cheese"
        " Regulations.\n"
        "2 The holder of a permit who exports a product set out in the schedule must pay an export charge in an"
        " amount determined in accordance with subsection (2).\n"
    )
    assert types(text, "CA") == ["duty_rate_change"]


def test_an_anti_dumping_duty_remission_order_remits_and_imposes_nothing():
    text = (
        "SOR/2031-40\nRegistration 2031-02-11\n"
        "Heavy Plate Anti-dumping Duty Remission Order\n"
        "Her Excellency the Governor General in Council, pursuant to section 115 of the Customs Tariff, makes the"
        " annexed Heavy Plate Anti-dumping Duty Remission Order.\n"
        "Remissions\n2\n(1)\nSubject to subsection (2), remission is granted to Northern Pipe Co. Ltd. of the"
        " amount of anti-dumping duties that are paid or payable under the Special Import Measures Act in respect"
        " of heavy plate.\n"
    )
    assert types(text, "CA") == ["remission"]


def test_an_order_amending_general_import_permits_is_licensing():
    text = (
        "Order Amending Certain General Import Permits Issued Under the Export and Import Permits Act (Nos. 12 and"
        " 3): SOR/2031-77\n"
        "The Minister of Foreign Affairs makes the annexed Order Amending Certain General Import Permits Issued"
        " Under the Export and Import Permits Act (Nos. 12 and 3).\n"
        "1 Item 4 of the schedule to General Import Permit No. 12 is replaced by the following:\n"
        "4 Cream that is classified under tariff item No. 0401.50.21.\n"
    )
    assert types(text, "CA") == ["licensing"]


def test_countries_listed_on_their_own_line_under_an_acting_lead_in_are_affected():
    text = (
        "Widget Preferential Tariff Withdrawal Order\n"
        "Her Excellency the Governor General in Council makes the annexed Widget Preferential Tariff Withdrawal"
        " Order.\n"
        "1\nEntitlement to the benefit of the General Preferential Tariff is withdrawn in respect of all goods that"
        " originate in the following countries:\n"
        "Bolivia, Honduras, Nepal and Samoa.\n"
        "2\nThis Order comes into force on January 1, 2032.\n"
    )
    affected = analyse(text, jurisdiction="CA")._.countries["affected"]
    assert sorted(affected) == ["BO", "HN", "NP", "WS"]


def test_a_trade_agreements_implementation_act_names_no_origin():
    text = (
        "Export Charges for Certain Cheese Regulations\n"
        "Her Excellency the Governor General in Council makes the annexed Export Charges for Certain Cheese"
        " Regulations.\n"
        "2 The holder of a permit who exports cheese must pay an export charge.\n"
        "3 These Regulations come into force on the day on which section 12 of the Canada–Chile Free Trade"
        " Agreement Implementation Act comes into force.\n"
    )
    assert analyse(text, jurisdiction="CA")._.countries["affected"] == []


def test_the_registration_day_fallback_gives_way_to_the_stated_day_of_entry_into_force():
    text = (
        "SOR/2031-50\nRegistration 2031-04-07\nWidget Regulations\n"
        "3 These Regulations come into force on the day on which section 9 of the Widget Act comes into force, but"
        " if they are registered after that day, they come into force on the day on which they are registered.\n"
        "[Note: Regulations in force August 1, 2031, see SI/2031-20.]\n"
    )
    dates = analyse(text, jurisdiction="CA")._.dates
    assert [m.date for m in dates if m.type == "entry_into_force"] == ["2031-08-01"]


def test_a_chinese_news_items_lead_date_is_the_reported_acts_not_a_titles():
    text = (
        "2031年3月2日,某國通知WTO,稱其已于2月27日對進口鋼板發起調查,保障措施調查由該國全國委員會負責,"
        "涉案產品海關編碼為:72081000、72082510。\n"
        "該國在通報中稱,更進一步的信息將隨后發布。\n"
    )
    doc = analyse(text)
    assert [(m.type, m.date) for m in doc._.dates if m.date == "2031-03-02"] == [("other", "2031-03-02")]
    assert doc._.official_title is None
    assert [m.type for m in doc._.measures] == ["safeguard"]


def test_evidence_to_submit_before_a_day_is_a_comment_deadline():
    text = (
        "The investigating authority initiated a safeguard investigation into imports of widgets. The hearing is"
        " scheduled for March 30, 2031. Stakeholders participating in the hearing should submit relevant evidence"
        " documents before March 26, 2031.\n"
    )
    dates = analyse(text)._.dates
    assert [(m.type, m.date) for m in dates if m.date == "2031-03-26"] == [("comment_deadline", "2031-03-26")]


def test_an_extension_for_more_years_counted_from_a_day_starts_then():
    text = (
        "RESOLUCIÓN final del examen de vigencia de la cuota compensatoria sobre las importaciones de tornillos"
        " originarias de la República Popular China.\n\n"
        "Se prorroga la vigencia de la cuota compensatoria impuesta a las importaciones de tornillos originarias de"
        " China, por cinco años más contados a partir del 14 de marzo de 2031.\n"
    )
    dates = analyse(text, jurisdiction="MX")._.dates
    assert [(m.type, m.date) for m in dates if m.date == "2031-03-14"] == [("application_start", "2031-03-14")]


def test_a_press_report_of_a_wto_notification_names_its_member_and_its_measure():
    text = (
        "On March 5, 2031, the WTO Safeguards Committee released the notification on the initiation of a safeguard"
        " investigation submitted to it by the Peruvian delegation. The investigation covers imports of widgets."
        "\n"
    )
    doc = analyse(text)
    assert doc._.countries["implementing"] == ["PE"]
    assert [m.type for m in doc._.measures] == ["safeguard"]
