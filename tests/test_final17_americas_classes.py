"""Documents of the Americas and the Pacific by class (round 14 second pass, final17 2225-2235): a New Zealand order
in its consolidated form (number, commencement clause, lettered list of the parties it declares, history notes,
Gazette line), ... Every passage is written for these tests."""

from nlp.pipeline import analyse

NZ_ORDER = (
    "Tariff (Specified Example Parties) Order 2030\n\n"
    "Version as at 2 March 2033\n\n"
    "Tariff (Specified Example Parties) Order 2030\n\n"
    "(LI 2030/117)\n\n"
    "Order in Council\n\n"
    "At Wellington this 9th day of June 2030\n\n"
    "Order\n\n"
    "1 Title\n\n"
    "This order is the Tariff (Specified Example Parties) Order 2030.\n\n"
    "2 Commencement\n\n"
    "This order comes into force on 1 July 2030.\n\n"
    "3 Specified parties\n\n"
    "The following countries that are parties to the Pacific Example Trade Agreement done at Lima, Peru, on"
    " 4 February 2029 are declared to be specified parties for the purposes of the Tariff Act 1988:\n\n"
    "(a)\n\nChile;\n\n(b)\n\nJapan;\n\n(ba)\n\nSingapore;\n\n(c)\n\nCanada.\n\n"
    "Clause 3(ba): inserted, on 2 March 2033, by clause 4 of the Tariff (Specified Example Parties—Singapore)"
    " Amendment Order 2033 (SL 2033/41).\n\n"
    "Date of notification in Gazette: 12 June 2030.\n"
)


def dates(doc) -> set[tuple[str, str]]:
    return {(mention.type, mention.date) for mention in doc._.dates}


def test_a_new_zealand_instrument_is_known_by_its_legislative_instrument_number():
    assert analyse(NZ_ORDER, jurisdiction="NZ")._.identifier.text == "LI 2030/117"


def test_a_new_zealand_order_dates_its_commencement_gazette_and_history_notes_apart():
    assert dates(analyse(NZ_ORDER, jurisdiction="NZ")) == {
        ("other", "2033-03-02"),  # the version, and the clause the amendment order inserted
        ("document_date", "2030-06-09"),
        ("entry_into_force", "2030-07-01"),
        ("other", "2029-02-04"),  # the agreement, done at Lima
        ("publication", "2030-06-12"),
    }


def test_parties_declared_for_the_tariff_act_are_a_preference_for_each_lettered_country():
    doc = analyse(NZ_ORDER, jurisdiction="NZ")
    assert [measure.type for measure in doc._.measures] == ["preference"]
    assert doc._.countries["implementing"] == ["NZ"]
    assert sorted(doc._.countries["affected"]) == ["CA", "CL", "JP", "SG"]


STATISTICS_RELEASE = (
    "5368.0 - International Trade in Goods, Australia, Mar 2031\n"
    "Released at 11:30 AM (CANBERRA TIME) 06/05/2031\n\n"
    "CHANGES IN THIS ISSUE\n\n"
    "Changes to the Customs Tariff import classification\n\n"
    "The Customs Tariff Amendment (Example Measures) Bill 2031 resulted in Customs Tariff changes, impacting import"
    " statistical codes in Chapters 39 and 72. The changes led to some statistical codes closing on 9th March 2031"
    " and other statistical codes opening on 10th March 2031. The changes are shown in the Working Tariff.\n"
)


def test_a_statistics_release_dates_its_release_and_the_code_changes_of_its_reference_month():
    doc = analyse(STATISTICS_RELEASE)
    assert dates(doc) == {
        ("publication", "2031-05-06"),
        ("application_end", "2031-03-09"),
        ("entry_into_force", "2031-03-10"),
    }
    assert [measure.type for measure in doc._.measures] == ["nomenclature_change"]


def test_an_australian_tariff_amendment_bill_is_no_canadian_customs_tariff():
    from nlp.countries.jurisdiction import implementing_jurisdiction

    assert [mention.code for mention in implementing_jurisdiction(STATISTICS_RELEASE)] == ["AU"]


def test_old_codes_closed_the_day_before_the_new_ones_opened_end_on_that_day():
    doc = analyse(
        "Changes to the tariff classification\n\nFollowing a review, new statistical codes under subheading 0811.90"
        " have been introduced. The previous codes were closed on 30 June 2031 and the new codes opened on"
        " 1 July 2031.\n",
        jurisdiction="AU",
    )
    assert dates(doc) == {("application_end", "2031-06-30"), ("entry_into_force", "2031-07-01")}


def test_a_consolidation_notice_listing_changes_to_classification_numbers_is_a_nomenclature_change():
    doc = analyse(
        "January 1, 2032 Version of the Departmental Consolidation of the Customs Tariff\n"
        "Customs Notice 31-30\n"
        "1. The purpose of this notice is to advise that the files of the Departmental Consolidation of the Customs"
        " Tariff are now available on the CBSA website.\n"
        "2. The 2032 Tariff reflects description and structural simplification changes from Statistics Canada.\n"
        "3. Changes to the classification numbers are identified in the Tariff by a change bar in the left margin.\n",
        jurisdiction="CA",
    )
    assert [measure.type for measure in doc._.measures] == ["nomenclature_change"]


def title(text: str, jurisdiction: str = "CA") -> str | None:
    found = analyse(text, jurisdiction=jurisdiction)._.official_title
    return found.text if found else None


def test_a_tribunal_finding_is_titled_by_its_goods_in_capitals_not_by_its_date_label():
    text = (
        "CERTAIN HOT-ROLLED EXAMPLE BARS\n\n"
        "Inquiry No. NQ-2031-002\n\n"
        "Finding issued\nMonday, March 3, 2031\n\n"
        "Reasons issued\nTuesday, March 18, 2031\n\n"
        "FINDING\n\nThe Canadian International Trade Tribunal has conducted an inquiry to determine whether the dumping"
        " of hot-rolled example bars originating in Ruritania has caused injury.\n"
    )
    assert title(text) == "CERTAIN HOT-ROLLED EXAMPLE BARS"


def test_a_legislation_page_title_drops_the_regulation_number_after_its_colon():
    text = (
        "Example Tariff Preference Regulations: SOR/2031-117\n\n"
        "Canada Gazette, Part II, Volume 165, Number 9\n\n"
        "SOR/2031-117 April 20, 2031\n\n"
        "P.C. 2031-402 April 19, 2031\n\n"
        "His Excellency the Governor General in Council makes the annexed Example Tariff Preference Regulations.\n"
    )
    assert title(text) == "Example Tariff Preference Regulations"


def test_a_blog_post_is_titled_by_its_headline_and_dated_by_its_category_line():
    doc = analyse(
        "Trade Remedy Alert - Latest Notices\n\n"
        "blog | Mar 4, 2031\n\n"
        "Trade Remedy Alert - Latest Notices\n\n"
        "The Canada Border Services Agency has initiated an investigation into the dumping of example widgets from"
        " Ruritania.\n",
        jurisdiction="CA",
    )
    assert doc._.official_title.text == "Trade Remedy Alert - Latest Notices"
    assert ("publication", "2031-03-04") in dates(doc)


ANDEAN_SCHEDULE = (
    "LISTA DE PRODUCTOS PARA LOS CUALES SE REDUCE EL 100% DEL ARANCEL A LA ENTRADA EN VIGENCIA DEL ACUERDO DESDE EL"
    " 1 DE MARZO DEL 2031 Codigo NANDINA 2007 Descripción Codigo NANDINA 2022 Descripción ARANCEL A COBRAR"
    " 0201100000 - En canales o medias canales 0201100010 - - De bovinos de lidia 0 0201200000 - Los demás cortes"
    " 0201200000 - Los demás cortes 0 0202300000 - Deshuesada 0202300090 - - Las demás 0 "
)


def test_an_andean_schedule_run_onto_one_line_gives_its_nandina_codes():
    codes = [code.code for code in analyse(ANDEAN_SCHEDULE, jurisdiction="EC")._.codes]
    assert sorted(set(codes)) == ["0201100000", "0201100010", "0201200000", "0202300000", "0202300090"]


def test_an_agreement_schedule_is_a_preference_from_the_agreement_s_entry_into_force_and_its_reduction_no_rate():
    doc = analyse(ANDEAN_SCHEDULE, jurisdiction="EC")
    assert [measure.type for measure in doc._.measures] == ["preference"]
    assert dates(doc) == {("entry_into_force", "2031-03-01")}
    assert [rate.value for rate in doc._.rates if rate.value == 100] == []


def test_the_periods_an_anti_dumping_resolution_fixes_for_its_inquiry_are_history():
    doc = analyse(
        "La Secretaría de Economía publicó en el DOF la resolución sobre las importaciones de tubos originarias de"
        " Ruritania.\n"
        "Tubos de acero 7306.30.99 Se acepta la solicitud y se declara el inicio de la investigación antidumping."
        " Se fijan como periodos de:\n"
        "  • investigación, el comprendido del 1o de abril de 2030 al 31 de marzo de 2031\n"
        "  • análisis de daño y causalidad a la rama de producción nacional, del 1o de abril de 2028 al 31 de marzo"
        " de 2031\n",
        jurisdiction="MX",
    )
    assert {kind for kind, _ in dates(doc)} == {"other"}


DOF_TABLE = (
    "DECRETO por el que se modifica la Tarifa de la Ley de los Impuestos Generales de Importación y de Exportación,"
    " el Decreto por el que se establecen diversos Programas de Promoción Sectorial y los diversos por los que se"
    " establecen aranceles-cupo |\n"
    "Lunes 3 de Marzo de 2031 |\n"
    "8427.10.01 |\nCarretillas con capacidad de carga hasta 3,000 kg, medida a 500 mm de las horquillas. |\n5 |\n|\n"
    "8428.20.99 |\nLos demás. |\nEx. |\n|\n"
    "8467.21.01 |\nTaladros con peso de 2 kg a 6 kg. |\n5 |\nExcepto: Taladros de percusión. |\n"
)


def test_a_dof_decree_rendered_as_cells_keeps_its_title_date_rates_and_jurisdiction():
    doc = analyse(DOF_TABLE)
    assert doc._.official_title.text.startswith("DECRETO por el que se modifica la Tarifa")
    assert doc._.official_title.text.endswith("aranceles-cupo")
    assert dates(doc) == {("publication", "2031-03-03")}
    assert sorted({(rate.value, rate.unit) for rate in doc._.rates}) == [(0, "percent"), (5, "percent")]
    assert doc._.countries["implementing"] == ["MX"]
    assert "duty_rate_change" in [measure.type for measure in doc._.measures]


def test_the_weights_and_capacities_describing_goods_are_no_quota():
    doc = analyse(
        "ACUERDO por el que se da a conocer el cupo para importar carretillas.\n\n"
        "ARTÍCULO ÚNICO.- Se establece un cupo de importación de 3,000 toneladas de las mercancías que se indican en"
        " este artículo, a saber: carretillas con capacidad de carga hasta 2,500 kg y esmeriladoras con peso de 4 kg"
        " a 8 kg.\n",
        jurisdiction="MX",
    )
    assert [(quota.amount, quota.unit) for quota in doc._.quotas] == [(3000, "tonnes")]


def test_a_piped_table_of_headings_codes_and_descriptions_has_no_rate_cells():
    text = (
        "Schedule of goods subject to the levy |\n"
        "73.08 |\n7308.30.00 |\nFire resistant doors |\n"
        "84.24 |\n8424.20.30 |\nSprinkler systems |\n"
        "85.28 |\n8528.72.00 |\nTelevision receivers |\n"
    )
    assert analyse(text, jurisdiction="NG")._.rates == []
