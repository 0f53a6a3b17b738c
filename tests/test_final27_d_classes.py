"""Rest-of-the-world texts, by class (round 24 second pass, final27 3837-3846: Uruguay, Kyrgyzstan, Azerbaijan,
Indonesia, Uzbekistan, Malaysia, Cambodia, Tunisia). Each class has a passage in the final27 document's own kind, one
in another wording or jurisdiction, and a near miss that must not give the fact. Every passage is written for these
tests."""

from tests.fact_readers import dates, identifier, jurisdiction, measures

# --- Azerbaijani dates: the place-and-date line, 'tarixinədək' / '-dək' ends, 'imzalandığı gündən qüvvəyə minir' ------


def test_an_azerbaijani_decisions_place_and_date_line_is_its_date():
    """Class: an Azerbaijani Cabinet decision's 'Bakı şəhəri, <day> <month> <year>-ci il' line (final27 3841, 3842),
    its number before it in a copy: the decision's own date; a '<date>-ci il tarixinədək' in a rate cell is the end of
    the temporary rate."""
    text = (
        "№ 118 Bakı şəhəri, 14 mart 2031-ci il\n"
        "Nazirlər Kabinetinin qərarında dəyişiklik edilməsi haqqında\n"
        "1. “0402 21 180 0” alt yarımmövqeyinə aid sətir aşağıdakı redaksiyada verilsin:\n"
        "0402 21 180 0\n– – – digərləri\n–\n10 (30.06.2032-ci il tarixinədək – 0%)\n"
        "2. Bu Qərar dərc edildiyi gündən 30 (otuz) gün sonra qüvvəyə minir.\n"
    )
    found = dates(text)
    assert ("document_date", "2031-03-14") in found
    assert ("application_end", "2032-06-30") in found


def test_an_azerbaijani_decision_in_force_from_signature_until_a_day():
    """Same class, another wording: the place line alone, 'imzalandığı gündən qüvvəyə minir' (in force from the day
    it is signed: derived from the place line) and 'ilin <month-genitive> <day>-dək qüvvədədir' (in force until)."""
    text = (
        "AZƏRBAYCAN RESPUBLİKASININ NAZİRLƏR KABİNETİ\n\nQ Ə R A R\n№ 77\nGəncə şəhəri, 9 iyul 2031-ci il\n\n"
        "1. Qərarda 1701 99 100 0 alt yarımmövqeyinə aid sətir aşağıdakı redaksiyada verilsin.\n"
        "2. Bu qərar imzalandığı gündən qüvvəyə minir və 2031-ci il dekabrın 31-dək qüvvədədir.\n"
    )
    found = dates(text)
    assert ("document_date", "2031-07-09") in found
    assert ("entry_into_force", "2031-07-09") in found
    assert ("application_end", "2031-12-31") in found


def test_an_azerbaijani_cited_decisions_date_is_no_end_nor_the_acts_date():
    """Near miss: a cited decision's 'ilin <day> <month> tarixli' in the operative text ends nothing and does not date
    this one."""
    text = (
        "1. Nazirlər Kabinetinin 2029-cu il 17 noyabr tarixli 500 nömrəli Qərarı ilə təsdiq edilmiş dərəcələrdə"
        " dəyişiklik edilsin.\n"
    )
    found = dates(text)
    assert not [kind for kind, _ in found if kind in ("document_date", "application_end", "entry_into_force")]


# --- a register's data block: 'Promulgación:' / 'Publicación:' ------------------------------------------------------


def test_a_registers_promulgation_and_publication_lines():
    """Class: IMPO's data block over a Uruguayan resolution (final27 3838): 'Promulgación:' is the act's own date,
    'Publicación:' the Diario Oficial's."""
    text = (
        "EXONERACION DE TRIBUTOS A LA IMPORTACION DE INSUMOS\n\nPromulgación: 12/03/2031\nPublicación: 15/03/2031\n"
        "Sección: Ultimo Momento\n   VISTO: lo dispuesto por el artículo 145 del Código Aduanero;\n"
    )
    found = dates(text)
    assert ("document_date", "2031-03-12") in found
    assert ("publication", "2031-03-15") in found


def test_a_portuguese_registers_promulgation_and_publication_lines():
    """Same class, another language: 'Data de promulgação:' and 'Publicação:' in a Brazilian register's record."""
    text = "Decreto nº 11.900\nData de promulgação: 3 de maio de 2031\nPublicação: 4 de maio de 2031\n"
    found = dates(text)
    assert ("document_date", "2031-05-03") in found
    assert ("publication", "2031-05-04") in found


def test_a_publication_in_a_sentence_is_no_label():
    """Near miss: 'publicación' inside a sentence is no data block's label."""
    text = "La presente resolución entrará en vigencia a partir de su publicación, prevista para el 15/03/2031.\n"
    assert ("publication", "2031-03-15") not in dates(text)


# --- an act's title line 'Sub-Decree No. N, dated on <date>, on ...' and its entry into force on signature ---------


def test_a_sub_decrees_title_line_dates_it_and_its_signature_starts_it():
    """Class: a Cambodian sub-decree's title line 'Sub-Decree No.139, dated on <date>, on the ...' (final27 3846) is
    its own date; 'responsible for the implementation of this sub-decree ... from the date of signing' puts it in
    force that day (derived)."""
    text = (
        "Sub-Decree No.52, dated on 14 March 2031, on the Reduction of Customs Duty on Fertilisers.\n"
        "Article 1: A 0% customs duty rate shall be applied to fertilisers of heading 3102.\n"
        "Article 4: The Minister of Economy and Finance shall be responsible for the implementation of this sub-decree"
        " from the date of signing.\n"
    )
    found = dates(text)
    assert ("document_date", "2031-03-14") in found
    assert ("entry_into_force", "2031-03-14") in found


def test_a_prakas_title_line_dated_is_its_date():
    """Same class, another act and wording: 'Prakas No. 312 dated 2 May 2031 on the ...'."""
    text = "Prakas No. 312 MEF.PrK dated 2 May 2031 on the Customs Valuation of Imported Vehicles\n"
    assert ("document_date", "2031-05-02") in dates(text)


def test_a_cited_sub_decree_repealed_is_no_title_line():
    """Near miss: a line citing an earlier sub-decree and repealing it does not date this act."""
    text = "Sub-Decree No.40, dated on 3 March 2029, on the Customs Tariff is hereby repealed.\n"
    assert ("document_date", "2029-03-03") not in dates(text)


# --- a rate's later step 'since <date>' in a translated ordering list -----------------------------------------------


def test_a_rates_later_step_since_a_day_starts_then():
    """Class: a translated CIS resolution's stepped export duty (final27 3840): '5% ... till December 31, 2031' ends
    the first step and '10% ... since January 1, 2032' starts the second."""
    text = (
        "1. Establish rate of export customs duty on scrap of ferrous metals of heading 7204:\n"
        "- in the amount of 5%, but at least 20 euros for 1000 kg till December 31, 2031;\n"
        "- in the amount of 10%, but at least 40 euros for 1000 kg since January 1, 2032.\n"
    )
    found = dates(text)
    assert ("application_end", "2031-12-31") in found
    assert ("application_start", "2032-01-01") in found


def test_a_duty_in_soms_since_a_day_starts_then():
    """Same class, another wording: a specific duty in the national currency 'is levied at 3 soms per kg since'."""
    text = "2. The import duty on sugar of heading 1701 is levied at 3 som per kg since July 1, 2031.\n"
    assert ("application_start", "2031-07-01") in dates(text)


def test_a_rate_in_force_since_told_in_the_past_is_no_start():
    """Near miss: a rate that 'has been applied since' a day is history."""
    text = "The 5% export duty has been applied since January 1, 2029 under the earlier resolution.\n"
    assert ("application_start", "2029-01-01") not in dates(text)


# --- measure types: Azerbaijani restated tariff lines, a temporary zero in a rate cell -------------------------------


def test_an_azerbaijani_temporary_zero_rate_in_a_restated_line_is_a_suspension():
    """Class: an Azerbaijani decision restating tariff lines whose rate cell reads '15 (<date>-ci il tarixinədək – 0%)'
    (final27 3841): a temporary zero rate, duty_suspension; also with the line's rate in ABŞ dollars per kg."""
    text = (
        "Azərbaycan Respublikasının Nazirlər Kabineti qərara alır:\n"
        "1. “1001 99 000 0” alt yarımmövqeyinə aid sətir aşağıdakı redaksiyada verilsin:\n"
        "1001 99 000 0\n– – digər buğda\n–\n5 (30.06.2032-ci il tarixinədək – 0%)\n"
    )
    assert measures(text) == ["duty_suspension"]


def test_an_azerbaijani_cited_rate_list_alone_is_no_measure_of_a_licensing_act():
    """Near miss: a decision on licences that only names the duty rates list in a cited decision's quoted title."""
    text = (
        "Nazirlər Kabinetinin 2029-cu il 17 noyabr tarixli 500 nömrəli Qərarı ilə təsdiq edilmiş “idxal gömrük"
        " rüsumlarının dərəcələri” nəzərə alınmaqla, lisenziya verilməsi qaydası haqqında məlumat.\n"
    )
    assert "duty_rate_change" not in measures(text)


# --- measure types: an export duty in a translation, a zero rate extended, a one-country zero rate ------------------


def test_an_export_customs_duty_rate_established_is_a_rate_change():
    """Class: a CIS translation's 'rate of export (export) customs duty' (final27 3840): duty_rate_change."""
    text = (
        "The Cabinet of Ministers decides:\n1. Establish rate of export (export) customs duty on wool of heading 5101"
        " in the amount of 5% from customs value.\n"
    )
    assert measures(text) == ["duty_rate_change"]


def test_a_zero_rate_of_import_customs_duty_extended_is_a_suspension():
    """Class: a relay's zero import duty rates extended and applied for a year (final27 3844): duty_suspension."""
    text = (
        "According to the resolution, the zero rate of import customs duty on sugar and wheat flour has been extended"
        " until January 1, 2032, and a zero customs duty rate will be applied to butter from January 1, 2031.\n"
    )
    assert measures(text) == ["duty_suspension"]


def test_a_zero_rate_for_goods_originating_in_one_country_is_a_preference():
    """Class: a sub-decree's 0% rate for goods originating in one named country (final27 3846), its own articles'
    scope limit ('The 0% tariff rate specified in Article 1 shall not apply to used goods') no exclusion."""
    text = (
        "Article 1: A 0% customs duty rate shall be applied to goods originating in Japan and imported into the"
        " Kingdom from Japan.\nArticle 2: The 0% tariff rate specified in Article 1 shall not apply to used goods.\n"
    )
    assert measures(text) == ["preference"]


def test_a_zero_rate_for_goods_from_any_origin_is_no_preference():
    """Near miss: a zero rate 'for goods originating in any country' favours no partner."""
    text = "A zero customs duty rate shall be applied to vaccines, for goods originating in any country.\n"
    assert "preference" not in measures(text)


# --- measure types: Spanish and Portuguese exemptions from import charges --------------------------------------------


def test_a_spanish_exemption_from_all_import_charges_is_a_suspension():
    """Class: a Uruguayan resolution's 'Exonérase de todo recargo ... de tasas y tributos' (final27 3838)."""
    text = (
        "LA MINISTRO DE ECONOMÍA Y FINANZAS\nRESUELVE:\n1. Exonérase de todo recargo, incluso el mínimo, y de tasas y"
        " tributos a la importación de los bienes de la partida 3002.41.\n"
    )
    assert measures(text) == ["duty_suspension"]


def test_a_portuguese_exemption_from_import_duty_is_a_suspension():
    """Same class, another language: 'ficam isentos do imposto de importação'."""
    text = (
        "O COMITÊ EXECUTIVO DE GESTÃO DA CÂMARA DE COMÉRCIO EXTERIOR, no uso das atribuições que lhe confere o art. 7º"
        " do Decreto nº 11.428, RESOLVE:\nArt. 1º Ficam isentos do imposto de importação, pelo prazo de seis meses, os"
        " bens da NCM 3002.41.10 destinados ao atendimento da emergência de saúde pública.\n"
    )
    assert "duty_suspension" in measures(text)


# --- implementing jurisdiction: the acting state's own words where the text names no known authority ---------------


def test_a_cambodian_sub_decree_is_cambodias():
    """Class: a sub-decree whose articles name 'the Kingdom of Cambodia' and a chamber's line 'The Royal Government of
    Cambodia has issued' (final27 3846): KH, although the goods it favours come from another country."""
    text = (
        "The Royal Government of Cambodia has issued a Sub-Decree on Tariff Rates on Goods Imported from Japan.\n"
        "Article 1: A 0% customs duty rate shall be applied to goods originating in Japan and imported into the"
        " Kingdom of Cambodia from Japan.\n"
    )
    assert jurisdiction(text) == ["KH"]


def test_a_tunisian_decree_headed_by_its_gazette_is_tunisias():
    """Same class, another jurisdiction and language: a decree copied under its gazette issue 'JORT numéro …'
    (final27 3839)."""
    text = (
        "Décret n° 2031-12 du 3 mars 2031, modifiant le tarif des droits de douane à l'importation.\n\n"
        "JORT numéro 2031-25\n\nLe Président de la République,\nSur proposition du ministre des finances,\n"
    )
    assert jurisdiction(text) == ["TN"]


def test_an_indonesian_item_on_a_malaysian_duty_is_malaysias():
    """Same class, a relay in Indonesian about a Malaysian act (final27 3845): 'Pemerintah Malaysia' and the
    Malaysian Act of 1993 outweigh the Indonesian words for countervailing duty."""
    text = (
        "Pemerintah Malaysia memberlakukan bea anti-dumping sementara terhadap impor baja dari China, berdasarkan"
        " Undang-Undang Bea Masuk Imbalan dan Anti-Dumping 1993, mulai berlaku pada 3 Maret 2031.\n"
    )
    assert jurisdiction(text) == ["MY"]


def test_a_relay_of_goods_imported_into_uzbekistan_is_uzbekistans():
    """Same class, an English relay that names no authority: the zero rate applies 'when importing … into
    Uzbekistan' (final27 3844)."""
    text = (
        "In addition, from January 1, 2031 the zero rate of customs duty will be applied when importing butter and"
        " cheese into Uzbekistan, the Ministry of Justice reports.\n"
    )
    assert jurisdiction(text) == ["UZ"]


def test_goods_from_the_kingdom_of_cambodia_in_another_states_notice_are_not_cambodias_act():
    """Near miss: a US notice on goods exported 'from the Kingdom of Cambodia' is the US's act, not Cambodia's."""
    text = (
        "DEPARTMENT OF COMMERCE\nInternational Trade Administration\nThe Department of Commerce determines that"
        " solar cells exported from the Kingdom of Cambodia are sold at less than fair value.\n"
    )
    assert "KH" not in jurisdiction(text)


# --- identifiers: an act's designation at the head of its own title line ---------------------------------------------


def test_a_tunisian_decrees_title_line_names_it():
    """Class: a decree's title line 'Décret n° 2022-837 du 14 novembre 2022, complétant …' (final27 3839) gives its
    identifier; an 'Arrêté n° …' heading a Moroccan or Tunisian order likewise."""
    text = (
        "Décret n° 2031-412 du 9 mai 2031, modifiant le tarif des droits de douane à l'importation.\n\n"
        "Le Président de la République,\nVu le décret n° 2004-1090 du 17 mai 2004,\n"
    )
    assert identifier(text) == "Décret n° 2031-412"


def test_a_sub_decree_and_a_prakas_title_line_name_them():
    """Same class, another jurisdiction: 'Sub-Decree No.139, dated on …' (final27 3846) and 'Prakas No. 312 … dated'."""
    assert (
        identifier("Sub-Decree No.52, dated on 14 March 2031, on the Reduction of Customs Duty.\n")
        == "Sub-Decree No.52"
    )
    assert identifier("Prakas No. 312 dated 2 May 2031 on the Customs Valuation of Vehicles\n") == "Prakas No. 312"


def test_an_azerbaijani_decisions_number_before_its_place_line_names_it():
    """Same class, the Azerbaijani form: '№ 60 Bakı şəhəri, 31 yanvar 2024-cü il' (final27 3841)."""
    text = "№ 118 Bakı şəhəri, 14 mart 2031-ci il\nNazirlər Kabinetinin qərarında dəyişiklik edilməsi haqqında\n"
    assert identifier(text) == "№ 118"


def test_a_cited_decree_in_the_visas_names_no_identifier():
    """Near miss: a decree cited in a 'Vu' line of the visas is another act's number."""
    text = "Le Président de la République,\nVu le décret n° 2004-1090 du 17 mai 2004, fixant les conditions,\n"
    assert identifier(text) != "décret n° 2004-1090"
    assert identifier(text) != "Décret n° 2004-1090"
