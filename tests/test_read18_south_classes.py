"""Latin America, Africa, the Gulf, Türkiye and South-East Asia in their own languages (issue 15, round 15,
read18-south): the classes their misses showed. Codes: a Mercosur ex-tariff row's NCM without its ex's number, Chile's
former dotted positions, Malaysian schedules printed with a space before the dot, a code inside a short row of a table
a colon-ended sentence introduces, a Thai subheading written with a comma. Dates: a Chilean decree's heading, period
('a contar del … del año … y hasta el …') and a legal database's 'publicado el'; a Portuguese provision changing
something 'a partir de' a day; 'após decorridos sete dias da data de sua publicação'; Arabic-Indic digits, a Hijri
issue line's Gregorian twin, a dateline with its time first, a duty 'for three years starting from'; the Resmî
Gazete's masthead (its letters lost too); a Malay gazette's glued name; an e-paper's views counter. Measures and
jurisdictions in those words. Every passage is written for these tests."""

from nlp.pipeline import analyse
from tests.fact_readers import dates, jurisdiction, measures, title


def codes(text: str) -> list[str]:
    return sorted(mention.code for mention in analyse(text)._.codes)


def scored_dates(text: str) -> list[tuple[str, str]]:
    return [item for item in dates(text) if item[0] not in ("other", "registration")]


# --- codes ----------------------------------------------------------------------------------------------------------


def test_an_ex_tariff_rows_ncm_is_read_without_the_ex_number_after_it():
    text = (
        "Art. 2º Ficam revogados os Ex-tarifários abaixo:\n\n"
        "NCM Nº Ex DESCRIÇÃO ATO LEGAL\n"
        "8419.89.99 017 Secadores rotativos a vácuo para polímeros. Resolução Gecex nº 12, de 3 de março de 2031\n"
    )
    assert codes(text) == ["84198999"]


def test_chiles_former_positions_dotted_in_pairs_under_a_position_column():
    text = (
        "Artículo 1° Establécese un derecho específico a la importación de productos que se clasifican en las "
        "posiciones arancelarias que a continuación se indican:\n\nPosición Producto\n\n15.14.01.00 De colza\n\n"
        "15.14.02.00 De girasol\n\n15.14.09.99 Los demás\n"
    )
    assert codes(text) == ["15140100", "15140200", "15140999"]


def test_a_malaysian_schedule_printed_with_a_space_before_the_dot():
    text = (
        "(1) (2) (3) (4)<br />\n\nHeading/<br />\n\nSubheading<br />\n\n"
        "1511 .10 - Crude oil kg 0 0 0<br />\n\n1511 .90 100 - - Refined oil kg 5.0 2.5 0<br />\n"
    )
    assert codes(text) == ["151110", "151190100"]


def test_a_code_inside_a_short_row_of_a_table_a_colon_ended_sentence_introduces():
    text = (
        "Artículo 1º Establécese la rebaja que se indica por la importación de productos que se clasifican en la "
        "posición arancelaria que a continuación se indica:\n\nMercancía Código Glosa Rebaja\n\n(US$/Ton)\n\n"
        "Azúcar 1701.9900 Los demás 95,20\n"
    )
    assert codes(text) == ["17019900"]


def test_a_thai_subheading_written_with_a_comma_for_its_last_dot():
    text = "ข้อ 2 ให้ยกเลิกการลดอัตราอากรสำหรับของประเภทย่อย 2208.30,00 ทั้งนี้ตั้งแต่วันถัดจากวันประกาศ"
    assert codes(text) == ["22083000"]


def test_an_amount_with_a_decimal_comma_in_english_is_no_code():
    text = "The importer paid 2208.30,00 euros in duties on the consignment."
    assert codes(text) == []


# --- dates ----------------------------------------------------------------------------------------------------------


def test_a_chilean_decrees_period_runs_from_a_day_of_the_year_until_another():
    text = (
        "Artículo 1º Establécese, a contar del 1 de marzo del año 2031 y hasta el 30 de abril de 2031, las rebajas "
        "a las sumas que corresponda pagar por derechos ad valórem del Arancel Aduanero.\n"
    )
    assert scored_dates(text) == [("application_end", "2031-04-30"), ("application_start", "2031-03-01")]


def test_a_chilean_decrees_heading_line_gives_where_and_when_it_was_signed():
    text = "Núm. 77 exento.- Santiago, 3 de febrero de 2031.- Vistos: lo dispuesto en la ley Nº 18.525, y\n"
    assert scored_dates(text) == [("document_date", "2031-02-03")]


def test_a_legal_databases_heading_of_the_decree_gives_its_publication():
    text = (
        "Decreto núm. 55, publicado el 9 de Marzo de 2031. ESTABLECE DERECHO ESPECIFICO A LA IMPORTACION DE "
        "AZUCAR\n\nNúm. 55.- Santiago, 20 de Febrero de 2031.- Visto: lo dispuesto en la ley.\n"
    )
    assert scored_dates(text) == [("document_date", "2031-02-20"), ("publication", "2031-03-09")]


def test_a_portuguese_provision_that_excludes_quotas_from_a_day_applies_from_then():
    text = (
        "§ 2º Ficam excluídas, a partir de 1º de janeiro de 2032, as quotas estabelecidas para a NCM 8504.40.90 "
        "pela Resolução Gecex nº 10, de 5 de maio de 2031.\n"
    )
    assert ("application_start", "2032-01-01") in dates(text)
    assert ("entry_into_force", "2032-01-01") not in dates(text)


def test_in_force_after_seven_days_from_publication_counts_from_the_gazette_line():
    text = (
        "RESOLUÇÃO GECEX Nº 901, DE 3 DE MARÇO DE 2031\n\nDOU de 10/03/2031 (nº 47, Seção 1, pág. 12)\n\n"
        "Art. 3º Esta Resolução entra em vigor após decorridos sete dias da data de sua publicação.\n"
    )
    assert ("entry_into_force", "2031-03-17") in dates(text)


def test_a_gregorian_day_under_a_hijri_issue_line_in_arabic_indic_digits_dates_the_decision():
    text = (
        "المادة الثانية\nينشر هذا القرار في الجريدة الرسمية.\n\nصدر في: ٢ من رجب ١٤٥٢هـ\nالموافق: ١٢ من أكتوبر ٢٠٣٠م\n"
    )
    assert scored_dates(text) == [("document_date", "2030-10-12")]


def test_an_arabic_news_dateline_with_its_time_first_is_the_items_day():
    text = "الحكومة تعدل رسوم الصادر على الخردة\n09:15 ص - الخميس 3 أبريل 2031\nقررت وزارة التجارة فرض رسم صادر.\n"
    assert ("publication", "2031-04-03") in dates(text)


def test_an_arabic_duty_for_three_years_starting_from_a_day_ends_three_years_later():
    text = "قررت اللجنة فرض رسوم وقائية نهائية على الواردات لمدة ثلاث سنوات بدءًا من تاريخ 1 يوليو 2031م.\n"
    assert scored_dates(text) == [("application_end", "2034-06-30"), ("application_start", "2031-07-01")]


def test_the_resmi_gazete_masthead_dates_the_issue_even_without_its_turkish_letters():
    for masthead in (
        "14 Mart 2031 CUMARTESİ\n\nResmî Gazete\n\nSayı : 33512\n",
        "14 Mart 2031 CUMARTES\n\nResm Gazete\n",
    ):
        assert ("publication", "2031-03-14") in dates(masthead + "\nTEBLİĞ\n\nTicaret Bakanlığından:\n")


def test_a_malay_gazettes_date_before_its_glued_name_is_the_publication():
    text = "3 Mac 2031  3 March 2031 P.U. (A) 58 WARTAKERAJAANPERSEKUTUAN FEDERAL GOVERNMENT GAZETTE PERINTAH\n"
    assert scored_dates(text) == [("publication", "2031-03-03")]


def test_an_e_papers_views_counter_dates_no_act():
    text = "12.05.2031 Views\n\nWarta Kerajaan\n\nP.U. (A) 90.\n\nRate of Import Duty 0 0 0\n"
    assert scored_dates(text) == []


# --- measures -------------------------------------------------------------------------------------------------------


def test_chiles_price_band_rebates_on_the_ad_valorem_duty_change_rates():
    text = (
        "ESTABLECE REBAJAS POR LA IMPORTACIÓN DE PRODUCTOS QUE SEÑALA\n\nDecreto:\n\nArtículo 1º\n\n"
        "Establécese, a contar del 1 de marzo de 2031, las rebajas a las sumas que corresponda pagar por derechos "
        "ad valórem del Arancel Aduanero, por la importación de azúcar.\n"
    )
    assert measures(text) == ["duty_rate_change"]


def test_an_anti_dumping_duty_in_the_form_of_a_specific_duty_is_no_rate_change():
    text = (
        "RESUELVE:\n\nARTÍCULO 1°.- Fíjase a las operaciones de exportación hacia la REPÚBLICA ARGENTINA de "
        "bicicletas originarias de la REPÚBLICA POPULAR CHINA una medida antidumping definitiva bajo la forma de un "
        "derecho específico de dólares estadounidenses cuarenta (U$S 40) por unidad.\n"
    )
    assert measures(text) == ["anti_dumping"]


def test_a_gecex_resolution_that_alters_an_ncms_rate_changes_rates_beside_its_quota():
    text = (
        "O COMITÊ-EXECUTIVO DE GESTÃO DA CÂMARA DE COMÉRCIO EXTERIOR resolve:\n\n"
        "Art. 1º Fica alterada, no Anexo VI da Resolução Gecex nº 272, a alíquota da NCM 7225.19.00.\n\n"
        "§ 1º Fica mantida a quota estabelecida para a NCM 7225.19.00.\n"
    )
    assert "duty_rate_change" in measures(text)


def test_a_rate_zeroed_for_a_period_within_a_quota_is_no_rate_change():
    text = (
        "O COMITÊ-EXECUTIVO DE GESTÃO DA CÂMARA DE COMÉRCIO EXTERIOR resolve:\n\n"
        "Art. 1º Fica alterada para zero por cento, por um período de cento e oitenta dias, conforme quota "
        "discriminada na tabela abaixo, a alíquota ad valorem do Imposto de Importação da NCM 3904.10.10.\n"
    )
    assert "duty_rate_change" not in measures(text)


def test_an_arabic_decree_issuing_the_customs_tariff_changes_rates():
    text = (
        "أصدر رئيس الجمهورية قرارا بإصدار التعريفة الجمركية الجديدة، وتحصل الضريبة الجمركية طبقا للفئات الواردة "
        "بالجدول المرفق.\n"
    )
    assert measures(text) == ["duty_rate_change"]


def test_a_thai_notification_on_reduction_and_exemption_of_customs_duty_suspends_duties():
    text = (
        "ประกาศกระทรวงการคลัง\nเรื่อง การลดอัตราอากรและยกเว้นอากรศุลกากร ตามมาตรา 12 แห่งพระราชกำหนดพิกัดอัตราศุลกากร "
        "(ฉบับที่ 9)\n\nข้อ 1 ให้ลดอัตราอากรสำหรับของประเภทย่อย 0901.21 เหลือร้อยละ 0\n"
    )
    assert measures(text) == ["duty_suspension"]


def test_a_malay_fta_duty_order_is_a_preference():
    text = (
        "PERINTAH DUTI KASTAM (BARANG-BARANG DI BAWAH PERJANJIAN PERDAGANGAN BEBAS MALAYSIA-TURKI) 2031\n\n"
        "PADA menjalankan kuasa yang diberikan oleh subseksyen 11(1) Akta Kastam 1967, Menteri membuat perintah "
        "berikut:\n\n1. Perintah ini mula berkuat kuasa pada 1 Ogos 2031.\n"
    )
    assert measures(text) == ["preference"]


def test_a_south_african_temporary_rebates_part_suspends_duties():
    text = (
        "Schedule No. 4 : Rebates and Refunds of Customs Duties\n\n"
        "Part 2 : Temporary Rebates of Customs Duties\n\nRebate Item\n\nTariff Heading\n\nDescription\n\n"
        "460.07\n\nSUGAR CONFECTIONERY FOR THE MANUFACTURE OF MEDICINES\n"
    )
    assert measures(text) == ["duty_suspension"]


# --- titles ---------------------------------------------------------------------------------------------------------


def test_a_vlex_page_titles_act_name_and_issuer_tail_are_no_part_of_the_title():
    text = (
        "Decreto 21 EXENTO - FIJA A CONTAR DE LA FECHA QUE INDICA DERECHOS ESPECIFICOS PARA LA IMPORTACION DE AZUCAR "
        "- MINISTERIO DE HACIENDA - MINISTERIOS - "
        "Legislación Oficial - Legislación - VLEX 123456789\n\nNúm. 21 exento.- Santiago, 2 de enero de 2031.- "
        "Vistos: lo dispuesto en la ley.\n"
    )
    assert title(text) == "FIJA A CONTAR DE LA FECHA QUE INDICA DERECHOS ESPECIFICOS PARA LA IMPORTACION DE AZUCAR"


# --- jurisdictions --------------------------------------------------------------------------------------------------


def test_a_chilean_decree_heading_says_chile_acts():
    assert jurisdiction("Núm. 12 exento.- Santiago, 4 de abril de 2031.- Vistos: lo dispuesto en la ley.\n") == ["CL"]


def test_an_argentine_export_duty_says_argentina_acts():
    text = "Se fija un derecho de exportación del CINCO POR CIENTO (5%) a la exportación para consumo de las mercaderías.\n"
    assert jurisdiction(text) == ["AR"]


def test_a_resmi_gazete_page_without_its_turkish_letters_says_turkiye_acts():
    text = "14 Mart 2031 CUMARTES\n\nResm Gazete\n\nSay : 33512\n\nTEBL\n\nEkonomi Bakanlndan:\n"
    assert jurisdiction(text) == ["TR"]


def test_the_gcc_acts_where_its_states_impose_a_duty_not_where_an_omani_decision_applies_its_law():
    gcc = "دول مجلس التعاون تفرض رسوما وقائية على واردات دول المجلس من الحديد.\n"
    oman = (
        "قرار وزاري بتطبيق اللائحة التنفيذية للقانون الموحد لمكافحة الإغراق لدول مجلس التعاون لدول الخليج العربية "
        "الصادر بالمرسوم السلطاني رقم 20 / 2031.\n"
    )
    assert jurisdiction(gcc) == ["GCC"]
    assert jurisdiction(oman) == ["OM"]
