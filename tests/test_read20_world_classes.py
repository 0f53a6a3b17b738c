"""The rest of the world in its own languages and calendars (issue 15, round 17, read20-world): the classes its misses
showed, dates first. Dates: India's substituted period 'for a period of five years (unless revoked …) from the date of
imposition of the provisional … duty, that is, the …' (its end derived), a Vietnamese act 'có hiệu lực thi hành từ ngày
… đến hết ngày …' (in force on the first, ends on the second, numeric dates too), a Thai notice in force 'จนถึงวันที่ …'
(until, Buddhist-era year), an inquiry's own time limit extended from a day (Portuguese, Spanish, English) and the
announced expiry of duties already imposed as history, a republisher's caption date on the page's first line giving way
to the act's place-and-date line. Measures: a Portuguese or Spanish enacting formula ending 'decide:' names the
proceeding the circular acts in, as a Russian formula names the measure it is made to review ('в целях пересмотра
антидемпинговой меры'); a Vietnamese 'hạn ngạch thuế quan' that a circular
'quy định'. Rates and quotas: Indonesia's 'Rp.' glued to its figure, Vietnamese quota volumes in 'tấn' and 'tá'. Every
passage is written for these tests."""

from nlp.pipeline import analyse
from tests.fact_readers import dates, measures, rates


def scored_dates(text: str) -> list[tuple[str, str]]:
    return [item for item in dates(text) if item[0] not in ("other", "registration")]


# --- dates ----------------------------------------------------------------------------------------------------------


def test_a_five_year_period_from_a_day_described_then_named_ends_five_years_later():
    text = (
        "New Delhi, the 9th March, 2031\n\n"
        "In the said notification, for paragraph 3, the following shall be substituted, namely:-\n"
        "“3. The anti-dumping duty shall be effective for a period of five years (unless revoked, superseded or "
        "amended earlier) from the date of imposition of the provisional anti-dumping duty, that is, the 14 th "
        "August, 2030 and shall be payable in Indian currency.”\n"
    )
    assert scored_dates(text) == [
        ("application_end", "2035-08-13"),
        ("application_start", "2030-08-14"),
        ("document_date", "2031-03-09"),
    ]


def test_a_vietnamese_act_in_force_from_one_day_to_the_end_of_another():
    text = "Điều 4. Thông tư này có hiệu lực thi hành từ ngày 01/03/2031 đến hết ngày 31/12/2033.\n"
    assert scored_dates(text) == [("application_end", "2033-12-31"), ("entry_into_force", "2031-03-01")]


def test_a_vietnamese_act_in_force_from_a_worded_day_to_the_end_of_another():
    text = "Quyết định này có hiệu lực kể từ ngày 1 tháng 7 năm 2031 đến hết ngày 30 tháng 6 năm 2032.\n"
    assert scored_dates(text) == [("application_end", "2032-06-30"), ("entry_into_force", "2031-07-01")]


def test_a_vietnamese_rate_applied_between_two_days_stays_an_application_period():
    text = "Mức thuế suất ưu đãi áp dụng từ ngày 1 tháng 1 năm 2032 đến hết ngày 31 tháng 12 năm 2032.\n"
    assert scored_dates(text) == [("application_end", "2032-12-31"), ("application_start", "2032-01-01")]


def test_a_thai_notice_applies_until_a_buddhist_era_day():
    text = "ข้อ 4 ประกาศนี้ให้ใช้บังคับจนถึงวันที่ 30 กันยายน 2575\n"
    assert scored_dates(text) == [("application_end", "2032-09-30")]


def test_an_inquirys_time_limit_extended_from_a_day_is_no_duty_date_portuguese():
    text = (
        "CIRCULAR Nº 12, DE 3 DE MARÇO DE 2031\n\n"
        "O SECRETÁRIO DE COMÉRCIO EXTERIOR decide prorrogar por até oito meses, a partir de 20 de março de 2031, o "
        "prazo para conclusão da investigação de prática de dumping nas exportações para o Brasil de vidros planos "
        "originárias da Ruritânia.\n"
    )
    assert scored_dates(text) == [("document_date", "2031-03-03")]


def test_an_inquirys_time_limit_extended_is_no_duty_date_spanish_and_english():
    spanish = (
        "Se resuelve prorrogar hasta el 15 de octubre de 2031 el plazo para concluir la investigación por presunto "
        "dumping en las importaciones de vajillas originarias de Ruritania.\n"
    )
    english = (
        "The time limit for the completion of the investigation is extended by six months from 2 May 2031 to "
        "2 November 2031.\n"
    )
    assert scored_dates(spanish) == []
    assert scored_dates(english) == []


def test_the_announced_expiry_of_duties_already_imposed_is_history():
    text = (
        "Definitive anti-dumping duties were imposed on imports of the subject goods by notification No. "
        "7/2026-Customs (ADD). The anti-dumping duties imposed in this case will expire on 2nd May, 2031.\n"
    )
    assert scored_dates(text) == []


def test_an_acts_own_expiry_stays_its_application_end():
    text = "The anti-dumping duty imposed under this notification shall expire on 2nd May, 2036.\n"
    assert scored_dates(text) == [("application_end", "2036-05-02")]


def test_a_captions_date_on_the_first_line_gives_way_to_the_acts_place_and_date_line():
    text = (
        "Notification No. 11/2031, Dated 4th January 2031\n\n"
        "GOVERNMENT OF INDIA\nMINISTRY OF FINANCE\n\n"
        "New Delhi, the 18th February, 2031\n\n"
        "In exercise of the powers conferred by section 25 of the Customs Act, 1962, the Central Government hereby "
        "makes the following amendment in the notification No. 2/2031-Customs.\n"
    )
    assert scored_dates(text) == [("document_date", "2031-02-18")]


def test_a_blogs_post_date_gives_way_to_the_resolutions_date_line():
    text = (
        "3/21/2031\n\nRESOLUCIÓN Nº 077-2031/CDB-INDECOPI\nLima, 16 de marzo de 2031\n"
        "LA COMISIÓN DE DUMPING dispone el inicio de un procedimiento de investigación.\n"
    )
    assert ("document_date", "2031-03-21") not in scored_dates(text)
    assert ("document_date", "2031-03-16") in scored_dates(text)


# --- measures -------------------------------------------------------------------------------------------------------


def test_a_portuguese_circulars_enacting_formula_names_the_investigation_it_acts_in():
    text = (
        "CIRCULAR Nº 40, DE 5 DE MAIO DE 2031\n\n"
        "O SECRETÁRIO DE COMÉRCIO EXTERIOR, tendo em vista a investigação de prática de dumping nas exportações da "
        "Ruritânia para o Brasil de tubos de aço, decide:\n\n"
        "1. Tornar públicos os prazos que servirão de parâmetro para o restante da investigação.\n"
    )
    assert measures(text) == ["anti_dumping"]


def test_a_russian_boards_formula_ending_in_its_decision_names_the_measure():
    text = (
        "В соответствии с пунктом 109 Протокола и в целях пересмотра антидемпинговой меры в отношении стальных "
        "труб Коллегия Евразийской экономической комиссии решила:\n"
        "1. Внести в приложение к Решению изменение.\n"
    )
    assert measures(text) == ["anti_dumping"]


def test_a_vietnamese_circular_prescribing_tariff_quota_volumes():
    text = (
        "Thông tư quy định lượng hạn ngạch thuế quan nhập khẩu muối năm 2032 là 110.000 tấn.\n"
        "Thông tư có hiệu lực thi hành từ ngày 01/01/2032.\n"
    )
    assert measures(text) == ["tariff_quota"]


# --- rates and quotas -----------------------------------------------------------------------------------------------


def test_a_rupiah_amount_written_with_a_full_stop_after_rp():
    text = "Bea Masuk Tindakan Pengamanan dikenakan sebesar Rp.2.310,00/kg (dua ribu tiga ratus sepuluh rupiah).\n"
    assert [(value, unit) for value, unit, _ in rates(text)] == [(2310, "IDR/kg")]


def test_vietnamese_tariff_quota_volumes_in_tonnes_and_dozens():
    text = (
        "Thông tư quy định lượng hạn ngạch thuế quan nhập khẩu muối năm 2032 là 110.000 tấn; trứng gia cầm năm 2032 "
        "là 12.500 tá.\n"
    )
    assert sorted((quota.amount, quota.unit) for quota in analyse(text)._.quotas) == [
        (12500, "dozen"),
        (110000, "tonnes"),
    ]
