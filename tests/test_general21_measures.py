"""Round 21 generalisation probes for measure types: nomenclature changes (the class behind most blind misses of
measure types, final22 3205/3207/3209/3223/3244 and final23 3431/3441/3442), written in wordings and jurisdictions
the second passes never saw. The rules had been fitted to one wording each ('484(f) Committee', 'removed the English
descriptions', 'Ny posisjon'); widened to the class: a code unit (statistical reporting numbers, HTS/ITC(HS)/CN/NCM
codes, tariff lines, classification numbers, subheadings) created, established, deleted, discontinued or replaced by
new codes, in a clause or a table's action column; the description, wording or French/English version of such codes
amended; Harmonized System amendments implemented (and the US HTS review statute, section 1205 of the 1988 Act, as
the legal basis); and the same in Spanish, Portuguese, French and German. Guards pin near-misses: codes a remedy
names its goods by, subheadings created in the past, a recital on an earlier HS amendment, statistical numbers a
proclamation only may establish, a classification ruling, a rate of duty deleted for listed subheadings. The
carve-outs and retaliation probes are in tests/test_general21_measures_exclusions.py. Every passage is written for these tests."""

from tests.fact_readers import measures


def test_a_table_of_statistical_numbers_established_and_discontinued():
    text = (
        "Statistical Reporting Number Changes Effective July 1, 2032\n"
        "\n"
        "The following changes to the statistical annotations of the Harmonized Tariff Schedule were "
        "approved.\n"
        "\n"
        "HTS Number | Action | Description\n"
        "0304.89.1010 | Established | Fillets of tilapia, frozen\n"
        "0304.89.1090 | Discontinued | Other\n"
        "8507.60.0020 | Annotated | Lithium-ion batteries for electric vehicles\n"
    )
    assert measures(text) == ["nomenclature_change"]


def test_statistical_reporting_numbers_that_will_be_established_and_discontinued():
    text = (
        "CSMS # 71234567 - HTS Revision: new statistical reporting numbers\n"
        "\n"
        "Effective July 1, 2032, new statistical reporting numbers 0304.89.1010 and 0304.89.1090 will be "
        "established, and statistical reporting number 0304.89.1000 will be discontinued.\n"
    )
    assert measures(text) == ["nomenclature_change"]


def test_descriptions_of_classification_numbers_amended():
    text = (
        "Customs Notice 32-012: Amendments to the Departmental Consolidation of the Customs Tariff\n"
        "\n"
        "3. The descriptions of classification numbers 8507.60.00.10 and 8507.60.00.90 have been amended to "
        "clarify the scope of the provision.\n"
    )
    assert measures(text) == ["nomenclature_change"]


def test_the_french_version_of_tariff_items_revised():
    text = (
        "Customs Notice 32-013\n"
        "\n"
        "2. The French version of tariff items 0304.89.10 and 0304.89.90 was revised so that it matches the "
        "English version.\n"
    )
    assert measures(text) == ["nomenclature_change"]


def test_itc_hs_codes_deleted_and_inserted_in_an_import_policy_schedule():
    text = (
        "Notification No. 41/2032-33\n"
        "\n"
        "Subject: Amendment in Import Policy of Schedule-I (Imports) of ITC(HS) 2022.\n"
        "\n"
        "S.O. 1234(E).- In exercise of powers conferred by Section 3 of the FT (D&R) Act, 1992, the Central "
        "Government hereby amends Schedule-I (Import Policy) of ITC (HS) 2022 to align it with the First "
        "Schedule of the Customs Tariff Act, 1975. The following ITC(HS) codes are deleted and new ITC(HS) "
        "codes are inserted as given below.\n"
    )
    assert measures(text) == ["nomenclature_change"]


def test_new_itc_hs_codes_created():
    text = (
        "Notification No. 42/2032-33\n"
        "\n"
        "In exercise of powers conferred by Section 3 of the FT (D&R) Act, 1992, the Central Government "
        "hereby creates new ITC (HS) codes 30024100 and 30024200 under Chapter 30 of Schedule-I (Import "
        "Policy).\n"
    )
    assert measures(text) == ["nomenclature_change"]


def test_portuguese_description_of_a_tariff_highlight_altered():
    text = (
        "RESOLUÇÃO GECEX Nº 712, DE 3 DE MARÇO DE 2032\n"
        "\n"
        "Art. 1º Alterar a descrição do destaque tarifário 002 do código 8479.89.99 da Nomenclatura Comum do "
        "Mercosul, que passa a vigorar com a seguinte redação.\n"
    )
    assert measures(text) == ["nomenclature_change"]


def test_portuguese_codes_created_and_suppressed():
    text = (
        "RESOLUÇÃO GECEX Nº 713, DE 3 DE MARÇO DE 2032\n"
        "\n"
        "O COMITÊ-EXECUTIVO DE GESTÃO DA CÂMARA DE COMÉRCIO EXTERIOR, no uso das atribuições que lhe "
        "conferem os arts. 5º e 7º do Decreto nº 11.428, de 2 de março de 2023, resolve:\n"
        "\n"
        "Art. 1º Ficam criados na Nomenclatura Comum do Mercosul os seguintes códigos: 8507.60.10 e "
        "8507.60.20.\n"
        "\n"
        "Art. 2º Fica suprimido o código 8507.60.00.\n"
    )
    assert measures(text) == ["nomenclature_change"]


def test_spanish_description_of_a_tariff_fraction_modified():
    text = (
        "ACUERDO por el que se modifica la descripción de la fracción arancelaria 8479.89.99 de la Tarifa de "
        "la Ley de los Impuestos Generales de Importación y de Exportación.\n"
        "\n"
        "Único.- Se modifica la descripción de la fracción arancelaria 8479.89.99 para quedar como sigue.\n"
    )
    assert measures(text) == ["nomenclature_change"]


def test_german_subheadings_created_and_repealed():
    text = (
        "Verordnung zur Änderung des Zolltarifs\n"
        "\n"
        "Art. 1\n"
        "In Kapitel 85 werden die Unterpositionen 8507.6010 und 8507.6020 neu geschaffen; die Unterposition "
        "8507.6000 wird aufgehoben.\n"
    )
    assert measures(text) == ["nomenclature_change"]


def test_french_tariff_numbers_created_and_deleted():
    text = (
        "Ordonnance modifiant le tarif des douanes\n"
        "\n"
        "Art. 1\n"
        "Les numéros tarifaires 8507.6010 et 8507.6020 sont créés et le numéro 8507.6000 est supprimé.\n"
    )
    assert measures(text) == ["nomenclature_change"]


def test_a_cn_code_replaced_by_new_codes():
    text = (
        "COMMISSION IMPLEMENTING REGULATION (EU) 2032/455 amending Annex I to Council Regulation (EEC) No "
        "2658/87 as regards the CN subdivisions for lithium-ion batteries\n"
        "\n"
        "Article 1\n"
        "In Annex I, Part Two, Section XVI, Chapter 85, CN code 8507 60 00 is replaced by the following CN "
        "codes 8507 60 10 and 8507 60 90.\n"
    )
    assert measures(text) == ["nomenclature_change"]


def test_tariff_lines_created_and_deleted_by_an_executive_order():
    text = (
        "EXECUTIVE ORDER NO. 112\n"
        "\n"
        "Section 1. The following tariff lines are hereby created under heading 85.07 of the Philippine AHTN "
        "2022 nomenclature and the tariff line 8507.60.00 is deleted.\n"
    )
    assert measures(text) == ["nomenclature_change"]


def test_guard_a_classification_ruling_changes_no_nomenclature():
    text = (
        "Customs ruling NY N321234\n"
        "\n"
        "The tariff classification of lithium-ion battery modules from Korea. The applicable subheading for "
        "the modules will be 8507.60.0020, HTSUS, which provides for lithium-ion storage batteries. The rate "
        "of duty will be 3.4 percent ad valorem.\n"
    )
    assert measures(text) == []


def test_a_schedule_amended_by_the_creation_of_subheadings():
    text = (
        "AMENDMENT OF SCHEDULE No. 1 (No. 1/1/1801)\n"
        "\n"
        "Schedule No. 1 to the Customs and Excise Act, 1964, is hereby amended by the creation of tariff "
        "subheadings 8507.60.10 and 8507.60.90, as set out in the Schedule hereto.\n"
    )
    assert measures(text) == ["nomenclature_change"]


def test_a_portuguese_new_wording_for_a_code_description():
    text = (
        "RESOLUÇÃO GECEX Nº 714, DE 3 DE MARÇO DE 2032\n"
        "\n"
        "O COMITÊ-EXECUTIVO DE GESTÃO DA CÂMARA DE COMÉRCIO EXTERIOR, no uso das atribuições que lhe "
        "conferem os arts. 5º e 7º do Decreto nº 11.428, de 2 de março de 2023, resolve:\n"
        "\n"
        "- Nova redação para a descrição do código 8479.89.99 da Nomenclatura Comum do Mercosul, conforme o "
        "Anexo.\n"
    )
    assert measures(text) == ["nomenclature_change"]


def test_a_spanish_modification_of_the_description_of_subheadings():
    text = (
        "RESOLUCIÓN 45/2032 del Ministerio de Economía por la que se dispone la modificación de la "
        "descripción de las subpartidas 8507.60.10 y 8507.60.20 del Arancel Externo Común, de conformidad "
        "con lo que se establece en el Anexo de la presente.\n"
    )
    assert measures(text) == ["nomenclature_change"]


def test_a_proclamation_made_under_the_hts_review_statute():
    text = (
        "To Modify the Harmonized Tariff Schedule of the United States\n"
        "\n"
        "By the President of the United States of America\n"
        "\n"
        "A Proclamation\n"
        "\n"
        "NOW, THEREFORE, I, the President of the United States of America, acting under the authority vested "
        "in me by the Constitution and the laws of the United States, including section 1205 of the Omnibus "
        "Trade and Competitiveness Act of 1988 and section 604 of the Trade Act of 1974, do proclaim that:\n"
        "\n"
        "(1) In order to modify the HTS as set forth in the Annex to this proclamation, the HTS is modified "
        "as provided in that Annex, effective January 1, 2032.\n"
    )
    assert measures(text) == ["nomenclature_change"]


def test_an_order_implementing_harmonized_system_amendments():
    text = (
        "Order Amending the Schedule to the Customs Tariff (2032 Harmonized System Amendments)\n"
        "\n"
        "1. The purpose of this Order is to implement the 2032 amendments to the Harmonized System in the "
        "Schedule to the Customs Tariff.\n"
    )
    assert measures(text) == ["nomenclature_change"]


def test_guard_statistical_numbers_a_section_232_proclamation_may_establish_are_no_change():
    text = (
        "Adjusting Imports of Lithium Batteries Into the United States\n"
        "\n"
        "NOW, THEREFORE, I, the President of the United States of America, by the authority vested in me by "
        "section 232 of the Trade Expansion Act of 1962, do hereby proclaim as follows:\n"
        "\n"
        "(1) Imports of lithium-ion batteries described in the Annex shall be subject to an additional 25 "
        "percent ad valorem rate of duty.\n"
        "\n"
        "(2) The Secretary of Commerce may establish statistical reporting numbers as necessary to monitor "
        "imports of the articles covered by this proclamation.\n"
    )
    assert measures(text) == ["duty_rate_change"]


def test_guard_subheadings_created_in_the_past_are_background():
    text = (
        "Customs Notice 32-020: Changes to the rates of duty\n"
        "\n"
        "1. Following the entry into force of the 2022 amendments to the Harmonized System, many subheadings "
        "were created in the Customs Tariff. This notice concerns other matters.\n"
        "\n"
        "2. Effective March 1, 2032, the Most-Favoured-Nation rate of duty on tariff item 8507.60.00 is "
        "reduced from 7% to Free.\n"
    )
    assert measures(text) == ["duty_rate_change"]


def test_guard_codes_a_remedy_names_its_goods_by_are_no_change():
    text = (
        "COMMISSION IMPLEMENTING REGULATION (EU) 2032/501 imposing a definitive anti-dumping duty on imports "
        "of lithium-ion batteries originating in Ruritania\n"
        "\n"
        "Article 1\n"
        "1. A definitive anti-dumping duty is imposed on imports of lithium-ion batteries, currently falling "
        "under CN code ex 8507 60 00 (TARIC codes 8507 60 00 10 and 8507 60 00 20), originating in "
        "Ruritania.\n"
    )
    assert measures(text) == ["anti_dumping"]


def test_guard_a_revised_merchandise_description_in_a_ruling_is_no_change():
    text = (
        "Ruling HQ H345678\n"
        "\n"
        "The description of the merchandise in the entry papers was revised by the importer before "
        "liquidation. The applicable subheading for the modules is 8507.60.0020, HTSUS.\n"
    )
    assert measures(text) == []


def test_guard_a_recital_on_an_earlier_hs_amendment_is_background():
    text = (
        "COMMISSION IMPLEMENTING REGULATION (EU) 2032/77 imposing a definitive anti-dumping duty on imports "
        "of steel wire from Ruritania\n"
        "\n"
        "Whereas:\n"
        "\n"
        "(12) Commission Implementing Regulation (EU) 2031/1999 amended the Combined Nomenclature to "
        "implement the amendments to the Harmonised System with effect from 1 January 2032.\n"
        "\n"
        "HAS ADOPTED THIS REGULATION:\n"
        "\n"
        "Article 1\n"
        "A definitive anti-dumping duty is imposed on imports of steel wire originating in Ruritania.\n"
    )
    assert measures(text) == ["anti_dumping"]


def test_guard_a_rate_of_duty_deleted_for_listed_subheadings_is_a_rate_change():
    text = (
        "Modifying the Rates of Duty on Certain Batteries\n"
        "\n"
        "(2) Effective January 1, 2033, the rate of duty in the General subcolumn of rates of duty column 1 "
        'for each of the HTS subheadings listed in Annex II is deleted and the rate "Free" is inserted in '
        "lieu thereof.\n"
    )
    assert measures(text) == ["duty_rate_change"]
