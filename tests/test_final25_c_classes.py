"""Canadian, Australian, Mexican and WTO record texts, by class (round 22 second pass, final25 3625-3634): the tariff
lines of a WTO quantitative-restrictions record (one cell a line under 'Tariff lines' / 'Líneas arancelarias', 'ex'
glued after the number) are codes; a chapter named in a rule of origin's change in tariff classification ('a change
from any other chapter except Chapter 17') or in goods described by their use ('for use on vessels of Chapter 89') is a
code; imports 'prohibited unless' a permission is granted need a licence (no prohibition), and the bracketed subject of
Australia's 'Customs (Prohibited Imports) Regulations' names no measure; a Spanish record's 'Restricciones
notificadas' report its restrictions; Canada's 'entitled to the benefit of the United States Tariff' is a preference
and goods that must 'satisfy the change in tariff classification' are subject to rules of origin; a Mexican 'cupo
máximo para exportar' is an export ceiling ('other'), no tariff quota; a QR record's heading ('Mexico #654 (v.1)')
names the Member that applies it; an Australian 'Customs Tariff (…) Notice 2024' is no Canadian 'Customs Tariff'; the
coat of arms caption of the Federal Register of Legislation and a record's field labels are no title, 'LIN 24/091' is
the instrument's number; a record's version 'Version validity' / '01/10/2031 - present' starts then; a relay opened by
its own date and a dash, then 'On <date>, the agency announced', is published on the first date. Each class has a
passage in another wording or jurisdiction and a near miss. Every passage is written for these tests."""

from nlp.pipeline import analyse
from tests.fact_readers import dates, identifier, jurisdiction, measures, title


def codes(text: str) -> list[str]:
    return sorted({code.code for code in analyse(text)._.codes})


# --- codes: a QR record's tariff lines ------------------------------------------------------------------------------

QR_SPANISH = (
    "Nueva Zelandia #2211 (v.2)\nDatos básicos\n- Miembro informante\n- Nueva Zelandia\n"
    "Medidas\n- Restricciones notificadas\n- NAL\nLíneas arancelarias\n00\n|\nVarious, examples include:\n|\n|\n"
    "9303\n|\n9303ex\n|\nCertain firearms are controlled on import under the Arms Act 1983...\n|\n|\n"
    "9305\n|\n9305ex\n|\nParts and accessories of firearms...\n|\n"
)


def test_the_cells_under_a_spanish_records_tariff_lines_are_codes():
    assert codes(QR_SPANISH) == ["9303", "9305"]


def test_dotted_subheadings_in_an_english_records_tariff_line_cell_are_codes():
    """Another wording: an English record, two dotted subheadings in one cell after 'Various'."""
    text = (
        "Japan #4410 (v.1)\nBase data\n- Reporting member\n- Japan\nMeasures\n- Reported restrictions\n- NAL-X\n"
        "Tariff lines\n|\n     \n        Various \n    0301.11 0301.19  |\n"
        "        Ornamental fish; live \n    Ornamental fish...  |\n"
    )
    assert codes(text) == ["030111", "030119"]


def test_figures_in_a_records_description_cells_are_no_codes():
    """Near miss: under 'Tariff lines' only a count and a description naming an act and its year: no code."""
    text = (
        "Japan #4411 (v.1)\nBase data\nTariff lines\n|\n00\n|\nGoods listed in the Export Trade Control Order 1949"
        " (about 1200 items)\n|\n"
    )
    assert codes(text) == []


# --- codes: chapters in rules of origin and in goods described by their use -------------------------------------


def test_a_chapter_a_change_in_classification_rule_excludes_is_a_code():
    text = (
        "SCHEDULE\nSubheading | Change in Classification\n"
        "1901.90 | A change from any other chapter, except from Chapter 4\n"
    )
    assert "04" in codes(text)


def test_a_chapter_in_goods_described_by_their_use_is_a_code():
    """Another wording: parts for use in aircraft of a chapter, in a duty-relief item."""
    text = "Item 12. Seats and parts thereof for use in civil aircraft of Chapter 88 enter free of the general rate.\n"
    assert "88" in codes(text)


def test_a_chapter_of_a_report_used_at_a_hearing_is_no_code():
    """Near miss: 'for use in' a hearing, then a report's chapter."""
    text = "The applicant's report, prepared for use in the hearing, is summarised in Chapter 4 and its annexes.\n"
    assert codes(text) == []


# --- measures -------------------------------------------------------------------------------------------------------


def test_imports_prohibited_unless_permission_is_granted_are_licensing():
    text = (
        "Australia #5120 (v.1)\nBase data\nNational legal basis\n"
        "Regulation 4F of the Customs (Prohibited Imports) Regulations 1956.\n"
        "Administrative mechanism\n"
        "The importation of goods specified in Schedule 9 of the Regulations is prohibited unless the written"
        " permission of the Minister is granted.\n"
    )
    assert measures(text) == ["licensing"]


def test_exports_prohibited_unless_a_licence_is_produced_are_licensing():
    """Another wording and jurisdiction: an export ban lifted by a licence."""
    text = (
        "Export Control Order 2031\n"
        "3. The exportation of the goods listed in the Schedule is prohibited unless a licence issued by the"
        " Director-General is produced to the proper officer.\n"
    )
    assert "licensing" in measures(text)
    assert "prohibition" not in measures(text)


def test_imports_prohibited_outright_stay_a_prohibition():
    """Near miss: no permission lifts the ban."""
    text = (
        "Customs (Prohibited Imports) Amendment Regulations 2031\n"
        "4. The importation of goods specified in Schedule 2 is prohibited.\n"
    )
    assert "prohibition" in measures(text)


def test_a_spanish_records_reported_restrictions_give_the_measure():
    assert "licensing" in measures(QR_SPANISH)


def test_a_spanish_records_reported_prohibition_symbol_is_a_prohibition():
    """Near miss: the same field reporting 'P' is a prohibition, no licensing."""
    text = QR_SPANISH.replace("- NAL\n", "- P\n")
    assert "prohibition" in measures(text)
    assert "licensing" not in measures(text)


def test_goods_entitled_to_a_canadian_agreement_tariff_have_a_preference():
    text = (
        "For the purposes of paragraph 24(1)(b) of the Act, originating goods exported from Chile are entitled to"
        " the benefit of the Chile Tariff if they are shipped to Canada without transhipment.\n"
    )
    assert "preference" in measures(text)


def test_goods_entitled_to_the_most_favoured_nation_tariff_have_no_preference():
    """Near miss: the MFN tariff is no preference."""
    text = (
        "Goods that originate in a country listed in the schedule are entitled to the benefit of the"
        " Most-Favoured-Nation Tariff under the Customs Tariff.\n"
    )
    assert "preference" not in measures(text)


def test_goods_that_must_satisfy_a_change_in_tariff_classification_have_rules_of_origin():
    text = (
        "(2) Originating goods classified under the subheadings set out in the schedule are entitled to the benefit"
        " of the Mexico Tariff only if they satisfy, in Mexico, the change in tariff classification identified"
        " opposite their subheading.\n"
    )
    assert measures(text) == ["preference", "rules_of_origin"]


def test_goods_that_meet_the_applicable_change_in_tariff_classification_have_rules_of_origin():
    """Another wording: an agreement's annex rule met by non-originating materials."""
    text = (
        "Article 4. A good is originating where each non-originating material used in its production undergoes the"
        " applicable change in tariff classification set out in Annex 4-B.\n"
    )
    assert "rules_of_origin" in measures(text)


def test_a_maximum_export_quota_is_no_tariff_quota():
    text = (
        "AVISO mediante el cual se da a conocer el monto del cupo máximo para exportar atún a la Unión Europea"
        " del ciclo 2031-2032.\n"
    )
    assert measures(text) == ["other"]


def test_an_import_quota_stays_a_tariff_quota():
    """Near miss: a tariff quota opened for imports is no export ceiling."""
    text = "ACUERDO por el que se da a conocer el cupo para importar con el arancel preferencial carne de bovino.\n"
    assert "tariff_quota" in measures(text)
    assert "other" not in measures(text)


# --- jurisdiction ---------------------------------------------------------------------------------------------------


def test_a_qr_records_heading_names_the_member_that_applies_it():
    text = "Mexico #901 (v.2)\n\nBase data\n\nNotified in\nVersion validity\n01/10/2031 - present\n"
    assert jurisdiction(text) == ["MX"]


def test_another_members_record_heading_names_it():
    """Another member and wording."""
    text = "Norway #77 (v.1)\nBase data\n- Reporting member\n- Norway\n- General description\n- Export of whale meat\n"
    assert jurisdiction(text) == ["NO"]


def test_an_australian_customs_tariff_notice_is_australian():
    text = (
        "LIN 31/004\n\nCustoms Tariff (Preferential Tariffs for Certain Goods) Notice 2031\n\n"
        "1  Name\n  This instrument is the Customs Tariff (Preferential Tariffs for Certain Goods) Notice 2031.\n"
        "3  Authority\n  This instrument is made under section 16A of the Customs Tariff Act 1995.\n"
    )
    assert jurisdiction(text) == ["AU"]


def test_a_canadian_order_under_the_customs_tariff_stays_canadian():
    """Near miss: 'the Customs Tariff' of a Canadian order is Canada's."""
    text = (
        "Her Excellency, on the recommendation of the Minister of Finance, pursuant to section 82 of the Customs"
        " Tariff, makes the annexed Order Amending the Schedule to the Customs Tariff.\n"
    )
    assert jurisdiction(text) == ["CA"]


# --- titles and identifiers -----------------------------------------------------------------------------------------


def test_the_coat_of_arms_caption_is_no_title_and_the_lin_is_the_number():
    text = (
        "Commonwealth Coat of Arms of Australia\n\n \n\nLIN 31/004\n\n \n\n"
        "Customs Tariff (Preferential Tariffs for Certain Goods) Notice 2031\n\n"
        "I, Jane Citizen, Minister for Home Affairs, make the following notice.\n"
    )
    assert title(text) == "Customs Tariff (Preferential Tariffs for Certain Goods) Notice 2031"
    assert identifier(text) == "LIN 31/004"


def test_a_records_empty_field_labels_are_no_title():
    """Another layout: a QR record's labels and version lines, no heading of its own."""
    text = "Mexico #901 (v.2)\n\nBase data\n\nNotified in\nVersion validity\n01/10/2031 - present\nCurrent active version v.2\n"
    assert title(text) is None


# --- dates ----------------------------------------------------------------------------------------------------------


def test_a_records_open_ended_version_validity_starts_the_measure():
    text = "Mexico #901 (v.2)\n\nBase data\n\nNotified in\nVersion validity\n01/10/2031 - present\n"
    assert dates(text) == [("application_start", "2031-10-01")]


def test_an_open_ended_period_of_validity_starts_the_measure():
    """Another wording: 'Period of validity' over a range left 'ongoing'."""
    text = "Record 55\nPeriod of validity\n15/03/2032 - ongoing\nReporting member\nJapan\n"
    assert ("application_start", "2032-03-15") in dates(text)


def test_an_open_ended_investigation_period_starts_no_measure():
    """Near miss: an investigation's period is no validity field."""
    text = "Record 55\nInvestigation period\n15/03/2032 - present\nReporting member\nJapan\n"
    assert ("application_start", "2032-03-15") not in dates(text)


def test_a_relays_dateline_before_a_reported_day_is_its_publication():
    text = (
        "March 3, 2032 – On February 24, 2032, the Canada Border Services Agency announced that it has launched"
        " an investigation into the alleged injurious dumping of certain steel wire.\n"
    )
    assert dates(text) == [("other", "2032-02-24"), ("publication", "2032-03-03")]


def test_a_day_month_dateline_before_a_reported_day_is_its_publication():
    """Another wording: day-month dates, a ministry's announcement."""
    text = (
        "3 March 2032 – On 24 February 2032, the Ministry of Trade announced the imposition of provisional"
        " safeguard duties on imports of ceramic tiles.\n"
    )
    assert ("publication", "2032-03-03") in dates(text)
    assert ("other", "2032-02-24") in dates(text)


def test_a_report_opened_by_its_announcement_day_is_published_then():
    """Near miss: no dateline above: the announcement opens the text (a report's lead)."""
    text = (
        "On February 24, 2032, the Canada Border Services Agency announced that it has launched an investigation"
        " into the alleged injurious dumping of certain steel wire.\n"
    )
    assert dates(text) == [("publication", "2032-02-24")]
