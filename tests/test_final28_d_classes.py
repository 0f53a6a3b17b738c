"""Zimbabwean statutory instruments, a SARS notice and a Malawian budget relay, by class (round 25 second pass,
final28 3937-3943). Each class has a passage in the final28 document's own kind, one in another wording or
jurisdiction, and a near miss that must not give the fact. Every passage is written for these tests."""

from nlp.pipeline import analyse
from tests.fact_readers import dates, jurisdiction, measures


def _codes(text: str) -> list[str]:
    return sorted(mention.code for mention in analyse(text)._.codes)


# --- a law revision's chapter numbered with a colon is a statute's, not the tariff's ----------------------------------


def test_d_colon_numbered_law_chapter_is_no_tariff_chapter():
    """Class: an Act cited by its law revision chapter ('the Customs and Excise Act [Chapter 23:02]', final28 3937,
    3938, 3940, 3943): chapter 23 of the tariff is never read, though the sentence speaks of duty."""
    text = (
        "IT is hereby notified that the Minister of Finance, in terms of section 120 of the Customs and Excise Act "
        "[Chapter 23:02], has made the following regulations, which suspend the duty on maize meal imported by "
        "approved millers."
    )
    assert _codes(text) == []


def test_d_colon_numbered_law_chapter_in_another_jurisdiction():
    """Same class in Malawi's citation ('Chapter 42:01' of its laws), over a line break."""
    text = (
        "In exercise of the powers conferred by section 3 of the Customs and Excise Act (Chapter\n42:01), the "
        "Minister makes the following Order reducing the duty on imported cooking oil."
    )
    assert _codes(text) == []


def test_d_tariff_chapter_with_duty_still_read():
    """Near miss: a tariff chapter named in a duty sentence without a colon number stays a code."""
    text = "The customs duty on all goods classified in Chapter 23 of the tariff is reduced to 5 percent."
    assert "23" in _codes(text)


# --- tariff codes printed with a colon between heading and subheading -----------------------------------------------


def test_d_colon_separated_codes_are_read_whole():
    """Class: 8-digit codes written '2106:9090' (final28 3939, a Zimbabwean import licence notice): read as
    21069090, not as the bare heading 2106."""
    text = (
        "2. The Schedule is amended by the insertion of the following -\n"
        "31. Instant noodles classified under headings 1902:3010 of the customs tariff.\n"
        "32. Steel doors and window frames classified under headings 7308:3010 and 7308:3090 of the customs tariff.\n"
    )
    assert _codes(text) == ["19023010", "73083010", "73083090"]


def test_d_colon_separated_code_in_another_wording():
    """Same class in a tariff table's row ('Tariff code 6402:9900 | Footwear')."""
    text = "Goods subject to an import permit:\nTariff code 6402:9900 Other footwear with rubber soles\n"
    assert _codes(text) == ["64029900"]


def test_d_swedish_statute_number_with_colon_is_no_code():
    """Near miss: a statute's year and number ('SFS 2006:1234', '(2006:1234)') is no code."""
    text = "Enligt tullförordningen (2006:1234) och lagen SFS 2006:1235 ska tull betalas för varor som importeras."
    assert _codes(text) == []


# --- Zimbabwe and Malawi by their own instruments' words -------------------------------------------------------------


def test_d_zimbabwean_instrument_is_zimbabwes():
    """Class: Zimbabwe named by its instruments' own shapes (final28 3937-3940, 3943): an Act's law-revision
    chapter '[Chapter 23:02]', 'Statutory Instrument 154 of 2001' without 'No.', though the text says 'Commodity
    codes' (a UK cue) more than once."""
    text = (
        "Statutory Instrument 31 of 2025.\n\n[CAP. 23:02\nCustoms and Excise (General) (Amendment) Regulations, 2025 "
        "(No. 130)\n\nIT is hereby notified that the Minister has, in terms of section 235 of the Customs and Excise "
        "Act [Chapter 23:02], made the following regulations:\n1. The Customs and Excise (General) Regulations, 2001, "
        "published in Statutory Instrument 154 of 2001, are amended. Commodity codes 8701.20.10 and 8701.20.90 are "
        "added. Commodity code heading 87.01 shall not apply to used tractors. Commodity codes 8701.91.00 apply.\n"
    )
    assert jurisdiction(text) == ["ZW"]


def test_d_zimbabwe_in_another_wording():
    """Same class, another wording: a ZIMRA public notice."""
    text = "PUBLIC NOTICE 12 OF 2024\nThe Zimbabwe Revenue Authority advises importers that duty on fuel is payable in foreign currency."
    assert jurisdiction(text) == ["ZW"]


def test_d_malawi_tariffs_order_is_malawis():
    """Class: Malawi's tariff, the 'Customs & Excise (Tariffs) Order' (final28 3942, a newsletter relaying the
    budget's customs measures)."""
    text = (
        "BUDGET HIGHLIGHTS\n\nThe following amendments to the Customs & Excise (Tariffs) Order took effect at midnight: "
        "removal of import duty on fertilizer, and a new column for preferential rates in the First Schedule of the "
        "Customs & Excise (Tariffs) Order."
    )
    assert jurisdiction(text) == ["MW"]


def test_d_irish_statutory_instrument_is_not_zimbabwes():
    """Near miss: Ireland numbers its instruments 'S.I. No. 123 of 2019' (with 'No.'): no Zimbabwean cue."""
    text = (
        "S.I. No. 123 of 2019\nEUROPEAN UNION (CUSTOMS) REGULATIONS 2019\nThe Revenue Commissioners shall apply them."
    )
    assert "ZW" not in jurisdiction(text)


# --- measure types: rebates for importers, suspensions, drawbacks, currency, licences, budget lists ------------------


def test_d_rebate_of_duty_on_goods_imported_by_a_class_is_a_suspension():
    """Class: a rebate of duty on goods 'imported by' a class of importers (final28 3940, 3943, Zimbabwe's General
    Regulations) relieves listed goods of duty: duty_suspension (final4 423, final9 932), not remission."""
    text = (
        "3. The principal regulations are amended by the insertion of the following section -\n"
        "144Z. Rebate of duty on buses imported by registered school transport operators\n"
        "(1) A rebate of the duty shall be granted on buses of heading 87.02 imported by a registered operator."
    )
    assert measures(text) == ["duty_suspension"]


def test_d_rebate_for_importers_in_another_wording():
    """Same class, another wording (a rebate of customs duty on inputs imported by licensed manufacturers)."""
    text = (
        "The Minister grants a rebate of customs duty on raw materials imported by licensed pharmaceutical "
        "manufacturers for use in the manufacture of medicines, with effect from 1 March 2026."
    )
    assert measures(text) == ["duty_suspension"]


def test_d_rebate_of_duty_paid_stays_a_remission():
    """Near miss: a rebate of the anti-dumping duty already paid on goods is a remission."""
    text = "The importer is entitled to a rebate of the full anti-dumping duty on the frozen chicken cleared in 2025."
    assert measures(text) == ["remission"]


def test_d_suspension_of_duty_on_goods_and_its_regulations():
    """Class: 'Suspension of duty on powdered milk imported by approved importers', in the 'Customs and Excise
    (Suspension) (Amendment) Regulations' (final28 3937): a duty suspension."""
    text = (
        "Customs and Excise (Suspension) (Amendment) Regulations, 2026 (No. 270)\n"
        "3. The principal regulations are amended in section 9R (Suspension of duty on wheat imported by approved "
        "millers) by the deletion of 31st December, 2026 and the substitution of 31st December, 2027."
    )
    assert measures(text) == ["duty_suspension"]


def test_d_drawbacks_of_duty_paid_are_other():
    """Class: drawbacks and refunds of duty paid on goods later exported (final28 3941, SARS Schedule No. 5):
    'other', as a drawback schedule is (tune 123)."""
    text = (
        "Schedule No. 5, by the insertion of refund item 530.01 to provide for drawbacks of customs duties paid on "
        "imported diesel upon its subsequent export to Zambia."
    )
    assert measures(text) == ["other"]


def test_d_inserted_subheadings_change_the_nomenclature_beside_a_rate():
    """Class: new subheadings inserted beside substituted ones to raise a rate (final28 3941): nomenclature_change
    and duty_rate_change; substituted subheadings alone only change the rate."""
    text = (
        "Part 1 of Schedule No. 1, by the insertion of tariff subheadings 7318.15.05 and 7318.16.05 as well as the "
        "substitution of tariff subheading 7318.15.90, in order to increase the rate of customs duty on certain bolts "
        "from free of duty to 15%."
    )
    assert measures(text) == ["duty_rate_change", "nomenclature_change"]
    near = (
        "Part 1 of Schedule No. 1, by the substitution of tariff subheading 7318.15.90, in order to increase the rate "
        "of customs duty on certain bolts from free of duty to 15%."
    )
    assert measures(near) == ["duty_rate_change"]


def test_d_duty_payable_in_foreign_currency_is_other():
    """Class: duty that must be paid in foreign currency (final28 3938): 'other'."""
    text = (
        "3. (1) The Minister designates the goods listed in the Schedule.\n(2) Every person who imports any goods "
        "designated in terms of this notice shall pay duty in foreign currency."
    )
    assert measures(text) == ["other"]
    other = "With effect from 1 July 2025, customs duty on imported motor vehicles is payable in US dollars."
    assert measures(other) == ["other"]


def test_d_open_general_import_licence_amended_is_licensing():
    """Class: goods inserted in the Schedule of the Open General Import Licence (final28 3939): licensing."""
    text = (
        "Control of Goods (Open General Import Licence) (No. 2) (Amendment) Notice, 2026\n"
        "2. The Schedule to the Open General Import Licence notice is amended by the insertion of the following -\n"
        "40. Cement classified under heading 2523:2900 of the customs tariff."
    )
    assert measures(text) == ["licensing"]


def test_d_budget_list_of_customs_measures():
    """Class: a relay's budget list (final28 3942): duty rates 'for' a free trade area are a preference, goods removed
    from an industrial rebate scheme a duty suspension, a duty reduced from one rate to another a rate change."""
    text = (
        "The customs measures became effective at midnight. These are:\n\n"
        "Introduction of a new column in the First Schedule to contain duty rates for the Tripartite Free Trade Area\n\n"
        "Removal of cement clinker under tariff subheading 2523.10.00 from the Industrial Rebate Scheme\n\n"
        "Reduction of import excise duty from 45% to 25% on cigarettes under tariff subheading 2402.20.00\n"
    )
    assert measures(text) == ["duty_rate_change", "duty_suspension", "preference"]


# --- dates: swapped end dates, replaced periods, an instrument's lone 'with effect from', a gazette supplement --------


def test_d_later_end_date_swapped_in_is_the_end():
    """Class: an amendment that swaps a quoted end date for a later one (final28 3937: 'by the deletion of “31st
    December, 2022” and the substitution of “31st December, 2025”'): the new date ends the measure, the old one is
    'other'."""
    text = (
        "3. Section 9R (Suspension of duty on wheat imported by approved millers) of the principal regulations is "
        "amended by the deletion of “30th June, 2026” and the substitution of “30th June, 2028”."
    )
    assert dates(text) == [("application_end", "2028-06-30"), ("other", "2026-06-30")]


def test_d_later_end_date_swapped_in_another_wording():
    """Same class, another wording: 'by replacing “…” with “…”'."""
    text = 'The Order is amended in paragraph 4 by replacing "31 March 2027" with "31 March 2029".'
    assert dates(text) == [("application_end", "2029-03-31"), ("other", "2027-03-31")]


def test_d_earlier_date_swapped_in_is_no_end():
    """Near miss: a date corrected to an earlier one (a start brought forward) is no end."""
    text = 'Paragraph 2 is amended by the deletion of "1st July, 2026" and the substitution of "1st May, 2026".'
    assert ("application_end", "2026-05-01") not in dates(text)


def test_d_deleted_period_named_as_words_is_replaced():
    """Class: 'by the deletion of the words “with effect from … to …” and the substitution of “…”' (final28 3943):
    the deleted period's dates are 'other', the new period's its start and end."""
    text = (
        "2. Section 144(K) (Rebate of duty on locomotives imported by the railways) is amended by the deletion of the "
        "words “with effect from 1st January, 2024 to 31st December, 2024” and the substitution of “with effect from "
        "1st January, 2025 to 31st December, 2026”."
    )
    assert dates(text) == [
        ("application_end", "2026-12-31"),
        ("application_start", "2025-01-01"),
        ("other", "2024-01-01"),
        ("other", "2024-12-31"),
    ]


def test_d_instrument_applying_with_effect_from_enters_into_force():
    """Class: an instrument's only start clause 'These regulations shall apply with effect from …' (final28 3940):
    entry_into_force (round 20 conventions, final28 AUDIT-d)."""
    text = "1. These rules may be cited as the Excise (Amendment) Rules, 2026.\n2. These rules shall apply with effect from 1st April, 2026."
    assert dates(text) == [("entry_into_force", "2026-04-01")]
    other = "This order will apply with effect from 15 March 2027."
    assert dates(other) == [("entry_into_force", "2027-03-15")]


def test_d_eu_act_applying_from_stays_the_start():
    """Near miss: an EU act's 'It shall apply from' beside its entry into force stays the start."""
    text = (
        "This Regulation shall enter into force on the day following that of its publication. This Regulation shall "
        "apply from 1 January 2027."
    )
    assert ("application_start", "2027-01-01") in dates(text)


def test_d_gazette_supplement_line_is_the_publication():
    """Class: a Commonwealth gazette's supplement line at a page's foot ('Supplement to the Zimbabwean Government
    Gazette Extraordinary dated the 22nd November, 2018.', final28 3938): the publication."""
    text = (
        "2. This notice shall come into force on the 1st March, 2026.\n"
        "Supplement to the Zimbabwean Government Gazette dated the 27th February, 2026.\n"
        "Printed by the Government Printer, Harare."
    )
    assert dates(text) == [("entry_into_force", "2026-03-01"), ("publication", "2026-02-27")]
    other = "Supplement to the Kenya Gazette of 14th June, 2025. The Finance Act, 2025 amends the duty on sugar."
    assert ("publication", "2025-06-14") in dates(other)


# --- a table of allocations per holder, its unit in the heading ------------------------------------------------------


def _quotas(text: str) -> list[tuple[float, str]]:
    return sorted((mention.amount, mention.unit) for mention in analyse(text)._.quotas)


def test_d_allocation_table_per_company_gives_each_figure():
    """Class: a suspension's 'Annual allocation in kilograms' over rows of companies and their yearly figures
    (final28 3937): every non-zero figure is a volume in kg, a name broken over two lines included; '0' cells and
    the year header are not."""
    text = (
        "(b) by the deletion of the Schedule and the substitution of—\n"
        "Annual allocation in kilograms of wheat flour\n"
        "“Company name Year 2026 Year 2027\n"
        "Blue Ribbon Mills 12,500 6,250\n"
        "Harare Grain\n"
        "(Private) Limited 40,000 0\n"
        "Lobels Foods 3,300 1,650”\n"
        "\n1520\n"
    )
    assert _quotas(text) == [(1650, "kg"), (3300, "kg"), (6250, "kg"), (12500, "kg"), (40000, "kg")]
    assert "tariff_quota" in measures(text)


def test_d_allocation_table_in_another_wording():
    """Same class, another wording and unit (a ministry's yearly quota allocations in tonnes per importer)."""
    text = (
        "Quota allocations in tonnes for the import of raw sugar:\n"
        "Importer 2025 2026\n"
        "Sweet Co Ltd 1,200 1,100\n"
        "Cane Traders 800 750\n"
    )
    assert _quotas(text) == [(750, "tonnes"), (800, "tonnes"), (1100, "tonnes"), (1200, "tonnes")]


def test_d_table_without_an_allocation_heading_gives_no_quota():
    """Near miss: a table of import statistics in kilograms is no allocation."""
    text = (
        "Imports in kilograms by year:\nSupplier 2024 2025\nBlue Ribbon Mills 12,500 6,250\nLobels Foods 3,300 1,650\n"
    )
    assert _quotas(text) == []
