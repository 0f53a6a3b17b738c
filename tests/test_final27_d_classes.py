"""Rest-of-the-world texts, by class (round 24 second pass, final27 3837-3846: Uruguay, Kyrgyzstan, Azerbaijan,
Indonesia, Uzbekistan, Malaysia, Cambodia, Tunisia). Each class has a passage in the final27 document's own kind, one
in another wording or jurisdiction, and a near miss that must not give the fact. Every passage is written for these
tests."""

from tests.fact_readers import dates

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
